"""Where an organisation operates: "the Hangzhou-based company", "a fab in Arizona"."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import objects_of, prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits

__all__ = [
    "based_rules",
    "described_place_rules",
    "facility_rules",
    "located_rules",
    "moving_rules",
    "staff_rules",
]


#: Nouns of work a firm moves to a place: "shifted production to Vietnam".
_WORK = frozenset(
    (
        "production", "manufacturing", "operations", "assembly", "output", "work", "unit",
        "division", "business", "research", "staff",
    )
)  # fmt: skip


def _places(ctx: Context, holder: Token) -> list[KgMention]:
    """The places an "in" or "at" after a word names: "a fab in Dresden", "in the town of
    Kikuyo", "at shipyards in Bremen, Wolgast and Hamburg"."""
    found = []
    for c in kids(holder):
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "outside"):
            for p in kids(c):
                if p.dep_ == "pobj":
                    found.extend(
                        a.mention for a in ctx.args(p) if a.mention.type in ("LOCATION", "COUNTRY")
                    )
    return found


def _described_company(ctx: Context, noun: Token) -> list[Arg]:
    """The firm a noun stands for: itself, the name it describes ("commodity trader
    Gunvor"), or the name it is in apposition to ("Kupol, a Russian arms maker")."""
    # (what the noun resolves to may be the place that modifies it: "Munich chipmaker X")
    found = [a for a in ctx.resolve(noun) if a.mention.type in ("COMPANY", "AGENCY")]
    if not found and noun.dep_ == "compound" and ctx.mention_of(noun.head) is not None:
        found = [Arg(ctx.mention_of(noun.head), True)]
    if not found:
        host = ctx.appos_host(noun)
        found = [Arg(host, True)] if host is not None else []
    return [a for a in found if a.mention.type in ("COMPANY", "AGENCY")]


#: Words that end a description before a name: "Seoul-based rivals of X".
_NOT_DESCRIBING = frozenset(
    ("and", "or", "but", "of", "in", "on", "for", "with", "to", "by", "as", "such", "than")
)


def _named_after_words(ctx: Context, start: int) -> KgMention | None:
    """The firm or body named right after up to three lower-case words from ``start``, the
    last a noun for what it is ("robotics startup", "memory chip maker")."""
    for k in range(start + 1, min(start + 4, len(ctx.tokens))):
        named = ctx.mention_of(ctx.tokens[k])
        if named is not None:
            words = ctx.doc[start:k]
            if (
                named.start == k
                and named.type in ("COMPANY", "AGENCY")
                and all(
                    t.text.replace("-", "").isalpha()
                    and t.text.islower()
                    and t.lower_ not in _NOT_DESCRIBING
                    for t in words
                )
                and words[-1].tag_ in ("NN", "NNS", "VBD", "VBN", "VB")
            ):
                return named
            return None
    return None


def based_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Hangzhou-based company", "a Singapore-based cloud firm", "Cayman-registered
    Lumen Holdings", "the Durham, North Carolina-based company" (the city, too),
    "Geneva-based commodity trader Gunvor"."""
    doc = ctx.doc
    if ctx.lower_set.isdisjoint(
        ("based", "headquartered", "registered")
    ):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if (
            lower not in ("based", "headquartered", "registered")
            or tok.i < 2
            or doc[tok.i - 1].text != "-"
        ):
            continue
        place = ctx.mention_of(doc[tok.i - 2])
        if place is None or place.type not in ("LOCATION", "COUNTRY"):
            continue
        places = [place]
        # "The San Mateo, California-based company": the city before the comma
        if place.start >= 2 and doc[place.start - 1].text == ",":
            city = ctx.mention_of(doc[place.start - 2])
            if city is not None and city.type == "LOCATION":
                places.insert(0, city)
        # the name right after it ("Delhi-based Arvind Microtech and Tashkent Components",
        # however the parser hangs the list)
        named = ctx.mention_of(doc[tok.i + 1]) if tok.i + 1 < len(doc) else None
        # (not a firm's name before the noun it modifies: "Taipei-based Apple supplier
        # Foxconn")
        modifier = named is not None and (
            doc[named.end - 1].dep_ in ("compound", "nmod", "amod")
            and doc[named.end - 1].head.i >= named.end
            and doc[named.end - 1].head.pos_ == "NOUN"
        )
        if (
            named is not None
            and named.start == tok.i + 1
            and named.type in ("COMPANY", "AGENCY")
            and not modifier
        ):
            for p in places:
                yield Hit(named, "operates_in", p, tok, ctx.fixed["based"], "x-based")
            continue
        # "Munich-based robotics startup Ardent Motion": the name after the words that say
        # what it is, whatever the parser made of them
        described = _named_after_words(ctx, tok.i + 1)
        if described is not None:
            for p in places:
                yield Hit(described, "operates_in", p, tok, ctx.fixed["based"], "x-based")
            continue
        # the noun the compound adjective modifies
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            noun = next(
                (t for t in doc[tok.i + 1 : tok.i + 5] if t.pos_ in ("NOUN", "PROPN")), None
            )
        if noun is None:
            continue
        # "a Hanoi-based healthcare AI start-up": the head of the words the place modifies
        described = _described_company(ctx, noun)
        # "The Durham, North Carolina-based chipmaker is ...": the parser may hang the noun on
        # the city as its apposition; the noun still stands for the firm named before
        # (the firm the text is about, as for "the Durham company")
        if not described and noun.dep_ == "appos" and ctx.mention_of(noun.head) in places:
            about = ctx.placed_firm(noun.head)
            described = [Arg(about, True)] if about is not None else []
        while not described and noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
            noun = noun.head
            described = _described_company(ctx, noun)
        for a in described:
            for p in places:
                yield Hit(a.mention, "operates_in", p, tok, ctx.fixed["based"], "x-based")


#: Verbs of work a firm does where it is: "made by X in Pune", "operated by X in Y".
_WORKING = frozenset(
    (
        "make", "manufacture", "produce", "assemble", "fabricate", "build", "package", "test",
        "operate", "run", "process", "refine", "mine", "develop", "design",
    )
)  # fmt: skip


def located_rules(ctx: Context) -> Iterator[Hit]:
    """ "Insmed, based in Bridgewater", "Hibbett, headquartered in Birmingham", "a Russian
    arms maker based in Izhevsk", "X is headquartered in Y", "made by X in Y": where a firm
    is based or works."""
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in ("base", "headquarter", "locate", "domicile", "incorporate"):
            continue
        if tok.tag_ != "VBN":
            continue
        places = _places(ctx, tok)
        if not places:
            continue
        firms = [a for a in objects_of(ctx, tok) if a.mention.type in ("COMPANY", "AGENCY")]
        if not firms and tok.dep_ in ("acl", "amod", "advcl"):
            firms = _described_company(ctx, tok.head)
        if not firms and tok.dep_ == "advcl":
            firms = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
        for f in firms:
            for p in places[:1] + [p for p in places[1:] if p.type == "LOCATION"]:
                yield Hit(f.mention, "operates_in", p, tok, ctx.fixed["based"], f"located:{lemma}")
    # "is manufactured for Novavax by Serum Institute in Pune": the place the parser hangs
    # on the firm a passive names as its doer
    for m in ctx.mentions:
        root = ctx.root_of(m)
        if m.type != "COMPANY" or root.dep_ != "pobj" or root.head.dep_ != "agent":
            continue
        # (not where one is sued or a product unveiled: "was sued by Nokia in Munich")
        if root.head.head.lemma_.lower() not in _WORKING:
            continue
        for p in _places(ctx, root):
            if p.type == "LOCATION":
                yield Hit(m, "operates_in", p, root, ctx.fixed["based"], "located:agent")


def _facility_owners(ctx: Context, tok: Token) -> list[Arg]:
    """Who owns or runs a facility: "its plant", "Scout's plant", "a fab operated by ESMC",
    else the subject of the verb the facility hangs on ("runs a plant in X")."""
    owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
    if owners:
        return owners
    # "at a Denso plant in Kentucky", "the Tesla battery factory": the firm that names it
    mods = [c for c in kids(tok) if c.dep_ in ("compound", "nmod") and c.i < tok.i]
    mods += [g for c in mods for g in kids(c) if g.dep_ in ("compound", "nmod")]
    named = {id(m): m for c in mods for m in [ctx.mention_of(c)] if m and m.type == "COMPANY"}
    if named:
        return [Arg(m, True) for m in named.values()]
    # "a €10 billion fab in Dresden operated by ESMC"
    for c in kids(tok):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            owners = [
                a
                for g in kids(c)
                if g.dep_ == "agent"
                for p in kids(g)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
            if owners:
                return owners
    v = tok.head
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    # "granted a licence to Amkor for a packaging plant in Bac Ninh": the one given
    # something for the facility
    if v.pos_ == "VERB" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
        given = prep_args(ctx, v, ("to",), direct=True)
        # ("to Amkor" the parser may read as a dative)
        given += [
            a
            for c in kids(v)
            if c.dep_ == "dative"
            for p in ([c] if c.pos_ != "ADP" else [g for g in kids(c) if g.dep_ == "pobj"])
            for a in ctx.args(p)
            if a.direct
        ]
        given = [a for a in given if a.mention.type == "COMPANY"]
        if given:
            return given
    if v.pos_ in ("VERB", "AUX"):
        # "X will no longer build its plant": the facility is taken back with its verb
        return subjects_of(ctx, v)[0]
    return []


#: Facilities a body of state itself runs: "opened an office in Taipei".
_OFFICES = frozenset(
    ("office", "headquarters", "hq", "branch", "base", "presence", "centre", "center")
)


def facility_rules(ctx: Context) -> Iterator[Hit]:
    """ "plans a new R&D centre in Shanghai", "runs a packaging plant in Xi'an", "its
    Hiroshima plant", "employs 2,100 people at shipyards in Bremen"."""
    rule = ctx.rules.relations["operates_in"]
    if ctx.lemma_set.isdisjoint(rule.nouns):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in rule.nouns:
            continue
        # "supplying chips to data centres in China": facilities goods go to are another's
        # (work moved "to plants in Vietnam" is the mover's)
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("to", "for")
            and tok.head.head.lemma_.lower() in ctx.rules.relations["supplies"].verbs
            and not any(c.dep_ == "poss" for c in kids(tok))
        ):
            continue
        places = []
        # ("ASML's headquarters are in Veldhoven": where the verb says it is)
        copula = tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be"
        for holder in (tok, tok.head) if tok.head.pos_ == "VERB" or copula else (tok,):
            places = _places(ctx, holder)
            if places:
                break
        # "its Hiroshima plant", "Tesla's Shanghai factory": the place named before it (and
        # those listed with it: "its Mutanda and Kamoto mines"), which names the facility
        # even where a place after it says where that is ("its Oppama plant in Kanagawa");
        # "BYD's Hungarian plant": the country of an owned facility
        owned = any(c.dep_ == "poss" for c in kids(tok))
        named = [
            m
            for c in kids(tok)
            if c.dep_ in ("compound", "nmod", "amod")
            for t in ctx.with_conjuncts(c)
            for m in [ctx.mention_of(t)]
            if m is not None
            and (m.type == "LOCATION" or (owned and m.type == "COUNTRY"))
            and t.i < tok.i
        ]
        places += [m for m in named if m not in places]
        if not places:
            continue
        for o in _facility_owners(ctx, tok):
            # a body of state approves, funds or picks a firm's plant; it runs an office
            if o.mention.type == "AGENCY" and lemma not in _OFFICES:
                continue
            for p in places:
                if rule.fits(o.mention.type, p.type):
                    yield Hit(
                        o.mention,
                        "operates_in",
                        p,
                        tok,
                        ctx.fixed["facility"],
                        f"facility:{tok.lemma_.lower()}",
                    )


#: Verbs of moving work to a place: "shifted production to Vietnam", "expanded to Ghana".
_MOVING = frozenset(("move", "relocate", "shift", "expand", "transfer", "extend"))


def moving_rules(ctx: Context) -> Iterator[Hit]:
    """ "Shein shifted some production to Vietnam", "moved its headquarters from Shanghai
    to Singapore", "expanded into Ghana": the firm operates where it moves to."""
    rule = ctx.rules.relations["operates_in"]
    if ctx.lemma_set.isdisjoint(_MOVING):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in _MOVING:
            continue
        objects = [c for c in kids(tok) if c.dep_ == "dobj"]
        # "expanded its ties to Japan": only work or a facility moves somewhere
        if any(o.lemma_.lower() not in rule.nouns | _WORK for o in objects):
            continue
        places = [
            m
            for h in [tok, *objects]
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            for m in [a.mention]
            if a.direct and m.type in ("LOCATION", "COUNTRY")
        ]
        for s_ in subjects_of(ctx, tok)[0]:
            for p in places:
                if s_.direct and fits(rule, s_.mention, p):
                    yield Hit(s_.mention, "operates_in", p, tok, ctx.fixed["moving"], "moved-to")


def described_place_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Beijing company", "the Milan fashion house", "a TSMC-controlled venture in
    Kumamoto prefecture", "serves customers in London": where a described firm is."""
    rule = ctx.rules.relations["operates_in"]
    descriptors = ctx.descriptors.get("COMPANY", frozenset())
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN":
            continue
        if lemma in descriptors:
            # ("a Beijing AI company", "Tainan display driver designer Himax": the place may
            # modify a word before the noun)
            mods = [c for c in kids(tok) if c.dep_ in ("compound", "nmod")]
            for _ in range(3):
                mods += [
                    g
                    for c in mods
                    for g in kids(c)
                    if g.dep_ in ("compound", "nmod") and g not in mods
                ]
            places = [
                m
                for c in mods
                for m in [ctx.mention_of(c)]
                if m is not None and m.type == "LOCATION"
            ]
            if tok.dep_ == "appos":
                places += [p for p in _places(ctx, tok) if p.type == "LOCATION"]
            if not places:
                continue
            firms = _described_company(ctx, tok)
            how = "described-place"
        elif (
            lemma in ("customer", "client", "user", "subscriber", "passenger")
            and tok.dep_ == "dobj"
        ):
            if tok.head.lemma_.lower() not in ("serve", "have", "count"):
                continue
            places = _places(ctx, tok)
            firms = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
            how = "serves-in"
        else:
            continue
        for f in firms:
            for p in places:
                if rule.fits(f.mention.type, p.type):
                    yield Hit(f.mention, "operates_in", p, tok, ctx.fixed["facility"], how)
    # "Kalpa Antennas of Thiruvananthapuram", "Sakura Robotics of Osaka": a firm of a place
    for f, p in itertools.pairwise(ctx.mentions):
        if (
            f.type == "COMPANY"
            and p.type == "LOCATION"
            and p.start == f.end + 1
            and ctx.lower[f.end] == "of"
            and (p.end == len(ctx.tokens) or ctx.pos[p.end] not in ("NOUN", "PROPN"))
        ):
            yield Hit(f, "operates_in", p, ctx.tokens[f.end], ctx.fixed["facility"], "firm-of")
    # "Grenoble startup Tessa Photonics", "Austin chip designer Vyre": on the words, however
    # the parser read the noun
    for p in ctx.mentions:
        if p.type != "LOCATION":
            continue
        firm = _named_after_words(ctx, p.end)
        if firm is None or firm.type != "COMPANY":
            continue
        k = firm.start - 1
        if ctx.lemma[k] in descriptors or ctx.lower[k] in descriptors:
            yield Hit(
                firm, "operates_in", p, ctx.tokens[k], ctx.fixed["facility"], "described-place"
            )


#: Nouns of the people a firm has somewhere: "has 1,500 staff in China".
_STAFF = frozenset(
    ("staff", "employee", "worker", "engineer", "people", "researcher", "job", "workforce")
)
#: Verbs of having or changing such people: "has", "employs", "will hire", "cut".
_STAFFING = frozenset(("have", "employ", "hire", "add", "cut", "recruit", "keep"))


def staff_rules(ctx: Context) -> Iterator[Hit]:
    """ "ASML has about 1,500 staff in China", "will hire 500 engineers in India": a firm
    operates where it has people."""
    rule = ctx.rules.relations["operates_in"]
    if ctx.lemma_set.isdisjoint(_STAFF):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in _STAFF or tok.dep_ != "dobj" or ctx.lemma[tok.head.i] not in _STAFFING:
            continue
        places = [*_places(ctx, tok), *_places(ctx, tok.head)]
        firms = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
        for f in firms:
            for p in places:
                if rule.fits(f.mention.type, p.type):
                    conf = ctx.fixed["facility"]
                    yield Hit(f.mention, "operates_in", p, tok.head, conf, "staff-in")
