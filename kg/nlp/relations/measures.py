"""What a measure falls on, said without a trigger of its own: "Cambricon has been on the
entity list since 2022", "must obtain licences before shipping X", "a measure aimed mainly
at China"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.entities.cues import owned_brand
from kg.nlp.relations.clause import (
    MOVES,
    negated,
    not_origins,
    objects_of,
    prep_args,
    prep_objects_of,
    subjects_of,
)
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.policies import destinations

__all__ = [
    "aimed_rules",
    "licence_rules",
    "list_addition_rules",
    "listed_rules",
    "marked_rules",
    "misread_restrict_rules",
    "penalty_rules",
    "refused_rules",
    "revoked_rules",
    "seized_rules",
    "subject_to_rules",
]


def listed_rules(ctx: Context) -> Iterator[Hit]:
    """ "Cambricon has been on the US entity list since 2022": a list restricts who is on
    it; "SMIC has been under US sanctions since 2020": a measure restricts who is under it."""
    restricts = ctx.rules.relations["restricts"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        root = ctx.root_of(m)
        if root.dep_ != "pobj":
            continue
        verb = root.head.head
        # (under a measure of restricting, not "under the rules, X must ...")
        under = root.head.lower_ == "under" and root.lemma_.lower() in restricts.nouns
        if root.head.lower_ not in ("on", "onto") and not under:
            continue
        lemma = verb.lemma_.lower()
        if lemma not in ctx.being_on_verbs and not (under and lemma in _FALLING_UNDER):
            continue
        for s in subjects_of(ctx, verb)[0]:
            if fits(restricts, m, s.mention):
                yield Hit(m, "restricts", s.mention, verb, ctx.fixed["listed"], "listed")


#: Verbs of coming or being under a measure, beside those of being on a list: "has
#: operated under sanctions", "fell under the controls".
_FALLING_UNDER = frozenset(("operate", "fall", "come", "live"))

#: Verbs that put names on a list.
_LISTING = frozenset(("add", "place", "put", "include", "move", "designate"))


def _spelt_out_next(ctx: Context, sent) -> range:
    """The sentence after ``sent`` when it spells out who "them" were: "Among them were A
    and B", "They include A and B" (empty otherwise)."""
    doc = ctx.doc
    if sent.end + 1 >= len(doc):
        return range(0)
    nxt = ctx.sent(doc[sent.end])
    return range(nxt.start, nxt.end) if ctx.spells_out(nxt) is not None else range(0)


def misread_restrict_rules(ctx: Context) -> Iterator[Hit]:
    """ "Turkey's competition authority fines Google 2.6 billion lira", "EU fines Apple
    500 million euros": a verb of restricting in -s that the parser took for a plural noun
    between the body and the firm."""
    restricts = ctx.rules.relations["restricts"]
    misread = ctx.rules.words("clause", "misread_verbs", table="grammar")
    if ctx.lemma_set.isdisjoint(misread):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in misread or tok.tag_ != "NNS" or tok.i == 0:
            continue
        actor = ctx.mention_of(ctx.tokens[tok.i - 1])
        target = ctx.mention_of(ctx.tokens[tok.i + 1]) if tok.i + 1 < len(ctx.doc) else None
        if actor is None or target is None or actor.end != tok.i or target.start != tok.i + 1:
            continue
        if actor.type in ("COUNTRY", "AGENCY") and fits(restricts, actor, target):
            yield Hit(actor, "restricts", target, tok, ctx.fixed["misread_verb"], "noun-verb")


#: Nouns of putting a name on a list: "the addition of X to the entity list".
_ADDITIONS = frozenset(("addition", "inclusion", "listing", "placement", "designation"))


def _added_by_noun(ctx: Context, m: KgMention, noun: Token) -> Iterator[Hit]:
    """What "the addition of X to the list" puts on it, and who announced it."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    if negated(ctx, noun):
        return
    for a in prep_args(ctx, noun, ("of",)):
        if a.mention.type in ("COMPANY", "PRODUCT") and fits(restricts, m, a.mention):
            yield Hit(m, "restricts", a.mention, noun, ctx.fixed["listed"], "addition-to-list")
    # "announced on Saturday by the International Trade Administration"
    for v in kids(noun):
        if v.dep_ != "acl":
            continue
        agents = [a for c in kids(v) if c.dep_ == "agent" for p in kids(c) for a in ctx.args(p)]
        for a in agents:
            if a.direct and issues.fits(a.mention.type, "POLICY"):
                yield Hit(a.mention, "issues", m, v, ctx.fixed["listed"], "lists")


#: Words that open a list of what a noun before them covers.
_OPENERS = frozenset(("including", "among", "such", "notably", "namely"))


def list_addition_rules(ctx: Context) -> Iterator[Hit]:
    """ "Washington added 27 Chinese entities, among them Zentri Optics and Halden
    Microsystems, to the Entity List": every firm or product named between the verb and the
    list is on it, however the parser hung the names in between."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    doc = ctx.doc
    for m in ctx.mentions:
        if m.type != "POLICY" or m.start < 2:
            continue
        if doc[m.end - 1].lemma_.lower() not in ("list", "blacklist"):
            continue
        k = m.start - 1
        # (past "the", "its", "Taiwan's strategic high-tech commodities": what modifies it)
        head = doc[m.end - 1]
        while k > 0 and (
            doc[k].pos_ in ("DET", "ADJ")
            or doc[k].tag_ in ("PRP$", "POS")
            or (doc[k].dep_ != "prep" and head in doc[k].ancestors)
        ):
            k -= 1
        # ("to its strategic high-tech commodities (SHTC) entity list": a list the parser set
        # beside the words before it)
        if head.dep_ == "appos" and doc[k].i == head.head.i:
            k = doc[k].left_edge.i - 1
        if doc[k].lower_ not in ("to", "onto", "on"):
            continue
        # "the addition of Huawei and SMIC to Taiwan's entity list, announced by the ITA"
        noun = doc[k].head
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in _ADDITIONS and doc[k].dep_ == "prep":
            yield from _added_by_noun(ctx, m, noun)
            continue
        sent = ctx.sent(doc[m.start])
        verbs = [
            t for t in doc[sent.start : k] if t.pos_ == "VERB" and t.lemma_.lower() in _LISTING
        ]
        if not verbs:
            continue
        verb = verbs[-1]
        if negated(ctx, verb):
            continue
        # (not what a firm added is said to own: "added PVH Group, owner of Calvin Klein")
        added = [
            a
            for a in ctx.mentions
            if verb.i < a.start
            and a.end <= k
            and a.type in ("COMPANY", "PRODUCT")
            and not owned_brand(ctx.doc[a.start : a.end])
        ]
        # "YMTC, the memory maker added to the Entity List in 2022": what the participle
        # describes
        if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):
            added += [
                a.mention for a in ctx.args(verb.head) if a.mention.type in ("COMPANY", "PRODUCT")
            ]
        # "added 12 Chinese chip firms to the list": the firms' country
        added += [
            a
            for a in ctx.mentions
            if verb.i < a.start
            and a.end <= k
            and a.type == "COUNTRY"
            and doc[a.start].dep_ in ("amod", "compound")
            and doc[a.start].head.tag_ == "NNS"
        ]
        # "added 27 companies to the entity list, including Xinmo and its affiliate, Xinmo
        # Global": a list after the measure
        e = m.end
        listing = e + 1 < sent.end and doc[e].text == "," and doc[e + 1].lower_ in _OPENERS
        if listing:
            # up to the next clause ("Hangzhou-based" is no clause)
            clause = ("amod", "compound", "prep")
            stop = next(
                (
                    t.i
                    for t in doc[e + 2 : sent.end]
                    if (t.pos_ in ("VERB", "AUX") and t.dep_ not in clause) or t.text == ";"
                ),
                sent.end,
            )
            added += [
                a for a in ctx.mentions if e < a.start and a.end <= stop and a.type == "COMPANY"
            ]
        # "... to the Entity List. Among them were Kunlun Micro and Sopher Tech."
        after = _spelt_out_next(ctx, sent)
        added += [a for a in ctx.mentions if a.type in ("COMPANY", "PRODUCT") and a.start in after]
        for a in added:
            if fits(restricts, m, a):
                yield Hit(
                    m, "restricts", a, verb, ctx.fixed["listed"], f"added-to-list:{verb.lemma_}"
                )
        for s in subjects_of(ctx, verb)[0]:
            if s.direct and issues.fits(s.mention.type, "POLICY"):
                yield Hit(s.mention, "issues", m, verb, ctx.fixed["listed"], "lists")


#: Nouns of a permission a rule demands.
_PERMITS = frozenset(
    (
        "licence",
        "license",
        "permit",
        "approval",
        "permission",
        "authorisation",
        "authorization",
        "clearance",
        "authority",
    )
)
#: Verbs by which someone must get a permission.
_NEEDING = frozenset(("need", "obtain", "seek", "apply", "get", "secure", "require", "have"))
#: Verbs of goods leaving: what a licence is needed for.
_SHIPPING = frozenset(
    ("ship", "export", "sell", "supply", "deliver", "transfer", "send", "provide")
)


def licence_rules(ctx: Context) -> Iterator[Hit]:
    """A licence a rule demands: "ASML will need a licence from The Hague to ship its
    NXT:1970i and NXT:1980i", "the rule requires companies to obtain a licence before
    shipping HBM to China", "would require licences for exports of memory chips to Russia".

    The government or measure that demands it restricts the goods, where they go, and the
    firms that must ask.
    """
    restricts = ctx.rules.relations["restricts"]
    if ctx.lemma_set.isdisjoint(_PERMITS):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in _PERMITS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        if tok.dep_ == "pobj" and tok.head.lower_ == "for":
            verb = tok.head.head  # "must apply for a licence"
        if verb is None or verb.lemma_.lower() not in _NEEDING or negated(ctx, verb):
            continue
        # "must obtain a licence" is demanded; "obtained a licence", "applied for one" not
        if verb.lemma_.lower() not in ("need", "require") and not _obliged(verb):
            continue
        # who demands it: "a licence from The Hague", "the rule requires ...", "X said
        # it would require ..."
        actors: list[KgMention] = [
            a.mention
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.mention.type in ("COUNTRY", "AGENCY")
        ]
        demander = verb
        if verb.lemma_.lower() != "require" and verb.dep_ in ("xcomp", "ccomp"):
            demander = verb.head  # "requires companies to obtain a licence"
        needers: list[Arg] = []
        if demander.lemma_.lower() == "require":
            actors += [a.mention for a in subjects_of(ctx, demander)[0]]
            needers += [a for a in objects_of(ctx, demander) if a.mention.type == "COMPANY"]
            if demander is not verb:
                needers += [a for a in subjects_of(ctx, verb)[0] if a.mention.type == "COMPANY"]
        else:
            needers += [a for a in subjects_of(ctx, verb)[0] if a.mention.type == "COMPANY"]
        # a government that says so: "the Dutch government said" (its statement)
        if not [a for a in actors if a.type in ("COUNTRY", "AGENCY", "POLICY")]:
            top = demander
            while top.dep_ in ("ccomp", "xcomp", "conj") and top.head.i != top.i:
                top = top.head
            actors += [
                a.mention
                for a in subjects_of(ctx, top)[0]
                if a.mention.type in ("COUNTRY", "AGENCY")
            ]
        policy = ctx.mention_of(tok)
        if policy is not None and policy.type == "POLICY":
            actors.append(policy)
        # "Under the rules, X must seek approval": the measure it is demanded under
        actors += [
            a.mention
            for t in [verb, *verb.ancestors]
            for c in kids(t)
            if c.dep_ == "prep" and c.lower_ == "under"
            for p in kids(c)
            for a in ctx.args(p)
            if a.mention.type == "POLICY"
        ]
        # what for: "to ship X to Y", "before shipping X to Y", "for exports of X to Y"
        acts = [
            t
            for t in [*verb.subtree, *demander.subtree]
            if t.pos_ == "VERB" and t.lemma_.lower() in _SHIPPING and t.i != verb.i
        ]
        goods: list[Arg] = [o for act in acts for o in not_origins(ctx, act, objects_of(ctx, act))]
        goods += [o for act in acts for p, o in prep_objects_of(ctx, act) if p in ("to", "into")]
        for c in kids(tok):
            if c.dep_ == "prep" and c.lower_ == "for":
                for p in kids(c):
                    if p.dep_ == "pobj":
                        goods += [*ctx.args(p), *destinations(ctx, p)]
        goods += [o for p, o in prep_objects_of(ctx, demander) if p == "to"]
        # "exporters of flake graphite will need licences": the goods of those who need them
        goods += [
            a
            for c in kids(verb)
            if c.dep_ == "nsubj" and c.lemma_.lower() in ctx.trader_nouns
            for a in prep_args(ctx, c, ("of",))
            if a.mention.type in ("PRODUCT", "TECHNOLOGY")
        ]
        targets = [a.mention for a in [*goods, *needers] if a.mention.type in restricts.target]
        seen = set()
        for actor in actors:
            for t in targets:
                if (actor.label, t.label) in seen or not fits(restricts, actor, t):
                    continue
                seen.add((actor.label, t.label))
                yield Hit(actor, "restricts", t, tok, ctx.fixed["licence"], f"licence:{lemma}")


def _obliged(verb: Token) -> bool:
    """Whether a verb is something one must do: "must obtain", "will have to seek", "needs
    to get", or what a requirement asks ("requires companies to obtain")."""
    # ("requiring firms such as X to obtain licences" may be parsed as a clause)
    demands = ("require", "need", "have", "force", "oblige")
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in demands:
        return True
    return any(c.dep_ == "aux" and c.lower_ in ("must", "shall") for c in verb.children)


#: Verbs that take away a licence a firm holds: "revoked the licence of X".
_REVOKING = frozenset(
    ("revoke", "suspend", "cancel", "withdraw", "pull", "strip", "rescind", "terminate", "deny")
)


def revoked_rules(ctx: Context) -> Iterator[Hit]:
    """ "Nigeria suspended the licence of Binance", "revoked Kenya Power's permit",
    "stripped X of its licence", "denied X an export licence": who takes a licence away
    restricts who held it."""
    restricts = ctx.rules.relations["restricts"]
    if ctx.lemma_set.isdisjoint(_REVOKING):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in _REVOKING or negated(ctx, tok):
            continue
        permits = [c for c in kids(tok) if c.dep_ == "dobj" and c.lemma_.lower() in _PERMITS]
        holders: list[Arg] = []
        for p in permits:
            holders += [a for c in kids(p) if c.dep_ == "poss" for a in ctx.resolve(c)]
            # "licences that allowed Intel and Qualcomm to ship chips to Huawei": who was
            # allowed, and the one they sold to
            for v in kids(p):
                if v.dep_ != "relcl" or v.lemma_.lower() not in (
                    "allow",
                    "let",
                    "permit",
                    "enable",
                ):
                    continue
                acts = [x for x in kids(v) if x.dep_ in ("xcomp", "ccomp")]
                allowed = [c for c in kids(v) if c.dep_ in ("dobj", "nsubj") and c.i > v.i]
                allowed += [c for x in acts for c in kids(x) if c.dep_ == "nsubj"]
                holders += [a for c in allowed for a in ctx.args(c)]
                holders += [
                    a
                    for x in acts
                    for c in kids(x)
                    if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for g in kids(c)
                    if g.dep_ == "pobj"
                    for a in ctx.args(g)
                ]
                # and the goods they were allowed to ship: "to ship its NXT:2050i systems"
                holders += [
                    a
                    for x in acts
                    for c in kids(x)
                    if c.dep_ == "dobj"
                    for a in ctx.args(c)
                    if a.mention.type in ("PRODUCT", "TECHNOLOGY")
                ]
            holders += [
                a
                for c in kids(p)
                if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
                for g in kids(c)
                if g.dep_ == "pobj"
                for a in ctx.args(g)
            ]
        # "stripped X of its licence", "denied X a licence"
        of_permit = any(
            c.dep_ == "prep" and c.lower_ == "of" and g.lemma_.lower() in _PERMITS
            for c in kids(tok)
            for g in kids(c)
        )
        if of_permit or permits:
            holders += [a for c in kids(tok) if c.dep_ == "dative" for a in ctx.args(c)]
        if of_permit:
            holders += [a for c in kids(tok) if c.dep_ == "dobj" for a in ctx.args(c)]
        actors = [a for a in subjects_of(ctx, tok)[0] if a.direct]
        for s_ in actors:
            for h in holders:
                if h.mention.type in ("COMPANY", "PRODUCT", "COUNTRY", "TECHNOLOGY") and fits(
                    restricts, s_.mention, h.mention
                ):
                    yield Hit(
                        s_.mention, "restricts", h.mention, tok, ctx.fixed["revoked"], "revoked"
                    )


#: Verbs of keeping a permit back: "withheld sales permits for the Pixel 10".
_WITHHOLDING = frozenset(("withhold", "deny", "refuse"))


def refused_rules(ctx: Context) -> Iterator[Hit]:
    """ "Germany will not approve any exports of military equipment to Israel", "Japan
    refused to grant export licences for photoresists to South Korea": a government that
    will not let goods go restricts where they would go, and the goods."""
    restricts = ctx.rules.relations["restricts"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # "has withheld sales permits for the Pixel 10": permits kept back
        withheld = (
            lemma in _WITHHOLDING
            and any(c.dep_ == "dobj" and c.lemma_.lower() in _PERMITS for c in kids(tok))
            and not any(c.dep_ == "neg" for c in kids(tok))
        )
        if pos != "VERB" or (lemma not in ctx.permitting_verbs and not withheld):
            continue
        refused = withheld or (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ctx.refusing_verbs
        )
        if not refused and not any(c.dep_ == "neg" for c in kids(tok)):
            continue
        # "has not yet approved": a decision still to come
        if any(c.lower_ in ("yet", "still") for c in kids(tok)):
            continue
        actors = [a for a in subjects_of(ctx, tok)[0] if a.direct]
        actors = [a for a in actors if a.mention.type in ("COUNTRY", "AGENCY")]
        if not actors:
            continue
        held = [c for c in kids(tok) if c.dep_ == "dobj"]
        # "licences for photoresists to South Korea": a permit's goods and destination
        # (or on the verb, where the parser may hang it)
        permits = [h for h in held if h.lemma_.lower() in _PERMITS]
        held += [
            p
            for h in [*permits, *([tok] if permits else [])]
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in kids(c)
            if p.dep_ == "pobj"
        ]
        traded = [h for h in held if h.lemma_.lower() in ctx.trade_nouns]
        if not traded and not any(h.lemma_.lower() in _PERMITS for h in held):
            continue
        targets = [a for h in traded for a in destinations(ctx, h)]
        targets += [
            a
            for h in held
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ in ("of", "to")
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.mention.type in ("PRODUCT", "COUNTRY", "COMPANY")
        ]
        targets += [
            a
            for h in held
            if h.lemma_.lower() not in _PERMITS and h.lemma_.lower() not in ctx.trade_nouns
            for a in ctx.args(h)
            if a.mention.type == "PRODUCT"
        ]
        # the statement is the refusal: it is said, not taken back (the trigger is the one
        # who refuses, not the negated verb)
        said = ctx.root_of(actors[0].mention)
        for s_ in actors:
            for t in targets:
                if fits(restricts, s_.mention, t.mention) and t.mention is not s_.mention:
                    yield Hit(
                        s_.mention, "restricts", t.mention, said, ctx.fixed["refused"], "refused"
                    )


#: Nouns of money paid as a punishment: "pay a $300 million penalty to BIS".
_PENALTIES = frozenset(("penalty", "fine", "forfeiture"))


def penalty_rules(ctx: Context) -> Iterator[Hit]:
    """ "Seagate agreed to pay a $300 million penalty to the Bureau of Industry and
    Security": the body a penalty is paid to restricts the one who pays it."""
    restricts = ctx.rules.relations["restricts"]
    if ctx.lemma_set.isdisjoint(("pay",)):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma != "pay" or negated(ctx, tok):
            continue
        fines = [c for c in kids(tok) if c.dep_ == "dobj" and c.lemma_.lower() in _PENALTIES]
        if not fines:
            continue
        # ("to" may hang on the penalty)
        takers = [
            a
            for h in (tok, *fines)
            for c in kids(h)
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct and a.mention.type in ("COUNTRY", "AGENCY")
        ]
        payers = [a for a in subjects_of(ctx, tok)[0] if a.direct]
        for t in takers:
            for p in payers:
                if fits(restricts, t.mention, p.mention):
                    yield Hit(
                        t.mention, "restricts", p.mention, tok, ctx.fixed["penalty"], "penalty"
                    )


#: Words for who bears a measure, and the preposition that names it: "subject to export
#: controls", "the target of US sanctions".
_BEARING = {"subject": "to", "target": "of"}


def marked_rules(ctx: Context) -> Iterator[Hit]:
    """ "US-sanctioned Huawei", "EU-blacklisted carriers": a government before a participle
    of restricting restricts the name it describes."""
    restricts = ctx.rules.relations["restricts"]
    if ctx.lower_set.isdisjoint(_MARKED):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower not in _MARKED or tok.i < 2 or ctx.tokens[tok.i - 1].text != "-":
            continue
        actor = ctx.mention_of(ctx.tokens[tok.i - 2])
        if actor is None or actor.type not in ("COUNTRY", "AGENCY"):
            continue
        # the participle describes the name after it, however the parser hung it
        described = ctx.mention_of(tok.head) if tok.head.i > tok.i else None
        if described is None and tok.i + 1 < len(ctx.doc):
            described = ctx.mention_of(ctx.tokens[tok.i + 1])
        if described is not None and fits(restricts, actor, described):
            yield Hit(actor, "restricts", described, tok, ctx.fixed["bearing"], "marked")


#: Participles that mark a name as restricted: "US-sanctioned", "EU-blacklisted".
_MARKED = frozenset(("sanctioned", "blacklisted", "banned", "designated", "restricted"))


def subject_to_rules(ctx: Context) -> Iterator[Hit]:
    """ "Sinotrans is subject to export controls", "firms subject to the sanctions",
    "Huawei, the target of sweeping US sanctions": the measure restricts who is subject to
    it or its target."""
    restricts = ctx.rules.relations["restricts"]
    if ctx.lower_set.isdisjoint(_BEARING):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower not in _BEARING or tok.pos_ not in ("ADJ", "NOUN"):
            continue
        measures = [
            m
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == _BEARING[lower]
            for p in kids(c)
            if p.dep_ == "pobj"
            for m in [ctx.mention_of(p)]
            if m is not None and m.type == "POLICY"
        ]
        if tok.dep_ in ("acomp", "attr") and tok.head.pos_ in ("AUX", "VERB"):
            bearers = subjects_of(ctx, tok.head)[0]
            negating = tok.head
        elif tok.dep_ == "appos" and (host := ctx.appos_host(tok)) is not None:
            bearers = [Arg(host, True)]
            negating = tok
        else:
            bearers = ctx.args(tok.head) if tok.dep_ == "amod" else []
            negating = tok
        for m in measures:
            for b in bearers:
                if fits(restricts, m, b.mention) and not negated(ctx, negating):
                    yield Hit(m, "restricts", b.mention, tok, ctx.fixed["bearing"], "subject-to")
        # "Exports of lithography systems to China will be subject to licensing, the Dutch
        # government said": an unnamed measure, the government that says so
        if measures or lower != "subject" or tok.dep_ != "acomp" or negated(ctx, negating):
            continue
        demanded = ctx.rules.words("policy", "demanded") | {"licensing", "control"}
        licensing = any(
            p.lemma_.lower() in demanded
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "to"
            for p in kids(c)
            if p.dep_ == "pobj"
        )
        verb = tok.head
        sayer = verb.head if verb.dep_ == "ccomp" else None
        if not licensing or sayer is None or sayer.lemma_.lower() not in ctx.stating_verbs:
            continue
        governments = [
            a.mention for a in subjects_of(ctx, sayer)[0] if a.mention.type in ("COUNTRY", "AGENCY")
        ]
        # (trade made subject to it: not "the acquisition of Arm would be subject to review")
        subject = [
            c for c in kids(verb) if c.dep_ == "nsubj" and c.lemma_.lower() in ctx.trade_nouns
        ]
        if not subject:
            continue
        bearers += [a for c in subject for a in destinations(ctx, c)]
        for g in governments:
            for b in bearers:
                if fits(restricts, g, b.mention):
                    yield Hit(g, "restricts", b.mention, tok, ctx.fixed["bearing"], "subject-to")


#: Verbs of a government taking a firm over: "has taken control of Nexperia".
_SEIZING = frozenset(("take", "seize", "assume", "gain"))


def seized_rules(ctx: Context) -> Iterator[Hit]:
    """ "The Dutch government has taken control of Nexperia": a government that takes
    control of a firm restricts it."""
    restricts = ctx.rules.relations["restricts"]
    if ctx.lemma_set.isdisjoint(_SEIZING):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in _SEIZING:
            continue
        controls = [c for c in kids(tok) if c.dep_ == "dobj" and c.lower_ == "control"]
        if not controls:
            continue
        firms = [
            a
            for a in prep_args(ctx, controls[0], ("of", "over"), direct=True)
            if a.mention.type == "COMPANY"
        ]
        for s_ in subjects_of(ctx, tok)[0]:
            if s_.mention.type not in ("COUNTRY", "AGENCY"):
                continue
            for f_ in firms:
                if fits(restricts, s_.mention, f_.mention) and not negated(ctx, tok):
                    yield Hit(
                        s_.mention, "restricts", f_.mention, tok, ctx.fixed["revoked"], "seized"
                    )


#: Verbs of pointing a measure at someone: "a measure aimed mainly at China".
_AIMING = frozenset(("aim", "target", "direct"))


#: Verbs of lowering, beside those of restricting, that a measure may be aimed at: "aimed at
#: cutting shipments".
_LOWERING = frozenset(("cut", "reduce", "stem", "choke"))


def aimed_rules(ctx: Context) -> Iterator[Hit]:
    """ "approved tariffs of up to 50% on cars ..., a measure aimed mainly at China": a
    measure of restricting restricts whom it is aimed at."""
    restricts = ctx.rules.relations["restricts"]
    # (a licence a rule requires restricts as a measure does)
    measures = restricts.nouns | ctx.rules.words("policy", "demanded") | {"requirement", "list"}
    if ctx.lemma_set.isdisjoint(_AIMING):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        # "a measure aimed at China", "in a move targeting DJI"
        if lemma not in _AIMING or tok.dep_ != "acl":
            continue
        if tok.tag_ != "VBN" and not (tok.tag_ == "VBG" and tok.head.lemma_.lower() in MOVES):
            continue
        if negated(ctx, tok):
            continue
        noun = tok.head
        measure = ctx.mention_of(noun) or ctx.appos_host(noun)
        # (a mention that is the bare word "measure" names no measure of its own)
        # (nor is the name before the comma a measure's: "with Mexico, a measure aimed at")
        if measure is not None and (
            (measure.end - measure.start == 1 and measure.start == noun.i)
            or measure.type != "POLICY"
        ):
            measure = None
        # (the noun in apposition, or set beside the measure as a second object)
        if measure is None and noun.dep_ in ("dobj", "appos"):
            measure = next(
                (
                    m
                    for c in kids(noun.head)
                    if c.dep_ == "dobj" and c.i < noun.i
                    for m in [ctx.mention_of(c)]
                    if m is not None
                ),
                None,
            )
        # ("raised tariffs on 544 product lines, a measure aimed at China", "ordered that
        # imports require a licence, in a move aimed at ...": the measure its clause names)
        if measure is None and noun.lemma_.lower() in MOVES:
            verb = noun
            # (past a participle read as a preposition: "..., including textiles, a measure")
            while (
                verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep"
            ) and verb.head.i != verb.i:
                verb = verb.head
            named = [
                m
                for m in ctx.mentions
                if m.type == "POLICY"
                and verb.left_edge.i <= m.start
                and m.end <= noun.i
                and not (noun.left_edge.i <= m.start < noun.right_edge.i)
            ]
            measure = named[-1] if named else None
        # (a measure of no restricting, "approved the subsidy, in a move aimed at X", aims
        # at whom it helps)
        if measure is not None and (
            measure.type != "POLICY" or ctx.tokens[measure.end - 1].lemma_.lower() not in measures
        ):
            continue
        if measure is None:
            measure = _mover(ctx, noun)
        if measure is None:
            continue
        aimed = prep_args(ctx, tok, ("at",), direct=True)
        if tok.tag_ == "VBG":
            aimed += objects_of(ctx, tok)
        # "aimed at curbing shipments from China": whence what it curbs comes, or where it goes
        aimed += [
            a
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "at"
            for g in kids(c)
            if g.dep_ == "pcomp" and g.lemma_.lower() in restricts.verbs | _LOWERING
            for o in (g, *(o for o in kids(g) if o.dep_ == "dobj"))
            for a in prep_args(ctx, o, ("from", "to"))
            if a.mention.type == "COUNTRY"
        ]
        for a in aimed:
            if fits(restricts, measure, a.mention):
                yield Hit(measure, "restricts", a.mention, tok, ctx.fixed["bearing"], "aimed-at")


def _mover(ctx: Context, noun: Token) -> KgMention | None:
    """The state or body that made a move: "Seoul's move, aimed at Huawei", "Washington
    added 12 firms to its list, in a move targeting ..."."""
    if noun.lemma_.lower() not in MOVES:
        return None
    acts = ctx.rules.relations["restricts"]
    # (a move of restricting: its sentence says so, "Ottawa's move, aimed at Hikvision,
    # adds to US curbs"; not "Korea's step, aimed at Hyundai, extends tax credits")
    sent = ctx.sent(noun)
    if not any(ctx.lemma[k] in acts.verbs | acts.nouns for k in range(sent.start, sent.end)):
        return None
    made = [a for c in kids(noun) if c.dep_ == "poss" for a in ctx.resolve(c)]
    if not made and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
        verb = noun.head.head
        if verb.lemma_.lower() in acts.verbs | acts.policy_verbs:
            made = subjects_of(ctx, verb)[0]
    return next((a.mention for a in made if a.mention.type in ("COUNTRY", "AGENCY")), None)
