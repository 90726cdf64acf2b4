"""Who leads what: "Nvidia CEO Jensen Huang", "Richard Yu, chairman of X", "Economy minister
Y", "X replaced Y as chief executive". A past role counts as leading: "former Sogou chief
executive Wang Xiaochuan" leads Sogou."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import objects_of, subjects_of
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import lemma_of, verb_forms

__all__ = [
    "appointment_rules",
    "founder_rules",
    "headline_appointment_rules",
    "succession_rules",
    "title_rules",
]

_ORGS = ("COMPANY", "AGENCY", "COUNTRY")
#: Words that may stand between a name's comma and its title: "X, previously chief
#: executive of Y", "X, a former chief executive of Y".
_BEFORE_TITLE = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "previously",
        "formerly",
        "now",
        "currently",
        "also",
        "then",
        "once",
        "most",
        "recently",
    ]
)
#: Verbs by which an organisation puts someone in or out of a post: "Nestlé dismissed
#: chief executive Laurent Freixe".
_STAFFING = frozenset(
    [
        "appoint",
        "name",
        "hire",
        "dismiss",
        "fire",
        "oust",
        "promote",
        "elect",
        "pick",
        "choose",
        "tap",
        "remove",
        "sack",
    ]
)
#: Verbs by which a person holds, takes or keeps a post: "joined Arm as chief executive",
#: "will remain as chairman", "serves as president of X", "took the helm".
_HOLDING = frozenset(
    ("join", "serve", "remain", "stay", "return", "continue", "act", "take", "assume", "become")
)
#: Titles of several people at once: "founders X and Y".
_PLURAL_TITLES = frozenset(("founders", "co-founders", "cofounders"))
#: Verbs of taking a post, which name it as their object: "took the helm", "became CEO".
_TAKING = frozenset(("take", "assume", "become"))
#: Verbs of one person taking another's post.
_SUCCEEDING = frozenset(("replace", "succeed"))
#: Nouns of a post handed on: "handing the post to Pablo Isla".
_POSTS = frozenset(("post", "role", "job", "reins", "helm", "position", "chair", "title"))


def title_rules(ctx: Context) -> Iterator[Hit]:
    """ "Nvidia CEO Jensen Huang", "Richard Yu, chairman of X", "rotating chairman Eric Xu",
    "Nvidia's chief executive, Jensen Huang"."""
    for p in ctx.mentions:
        if p.type == "PERSON":
            yield from title_before(ctx, p)
            yield from title_after(ctx, p)
            yield from title_in_apposition(ctx, p)
            yield from title_by_copula(ctx, p)


def title_by_copula(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """ "Rene Haas is Arm's chief executive", "Arm, whose chief executive is Rene Haas",
    "the chairman of Foxconn is Young Liu", "Macron is the French president": a title the
    copula gives a person."""
    root = ctx.root_of(p)
    verb = root.head
    if root.dep_ not in ("nsubj", "attr") or verb.lemma_.lower() != "be" or verb.i == root.i:
        return
    other = "attr" if root.dep_ == "nsubj" else "nsubj"
    for t in kids(verb):
        if t.dep_ != other or ctx.mention_of(t) is not None or not _title_of(ctx, t):
            continue
        orgs = [a.mention for c in kids(t) if c.dep_ == "poss" for a in ctx.resolve(c)]
        orgs += [
            a.mention
            for c in kids(t)
            if c.dep_ == "prep" and c.lower_ in ("of", "at")
            for g in kids(c)
            if g.dep_ == "pobj"
            for a in ctx.args(g)
        ]
        # ("the French president": a nation's word before a state's title)
        orgs += [
            m
            for c in kids(t)
            if c.dep_ == "amod"
            for m in [ctx.mention_of(c)]
            if m is not None and m.type == "COUNTRY" and t.lower_ in ctx.gov_titles
        ]
        words = [c for c in kids(t) if c.dep_ in ("amod", "compound") and ctx.mention_of(c) is None]
        first = min([t, *words], key=lambda w: w.i)
        for org in orgs:
            if org.type in _ORGS and _leading_title(ctx, first.i, org.type != "COMPANY"):
                yield Hit(p, "leads", org, t, ctx.fixed["title_after"], "title:copula")


def title_in_apposition(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """ "Nvidia's chief executive, Jensen Huang,", "the regulator's president, Alexandre
    Cordeiro": the one whose title a name is in apposition to leads the title's owner."""
    root = ctx.root_of(p)
    title = root.head
    if root.dep_ != "appos" or title.lower_ not in ctx.title_heads or title.i > p.start:
        return
    # ("vice president", "deputy head": the title leads nothing)
    if any(c.lower_ in ctx.weak_titles for c in kids(title)):
        return
    for c in kids(title):
        if c.dep_ != "poss":
            continue
        for a in ctx.resolve(c):
            if a.mention.type in _ORGS:
                yield Hit(
                    p, "leads", a.mention, title, ctx.fixed["title_before"], "title:apposition"
                )


def _acts_as_leader(ctx: Context, p: KgMention) -> bool:
    """Whether a verb already says what the person leads: "led by chief executive X",
    "X will continue to run it", "Nestlé dismissed chief executive X"."""
    root = ctx.root_of(p)
    leads = ctx.rules.relations["leads"].verbs
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return head.head.lemma_.lower() in leads
    if root.dep_ in ("nsubj", "nsubjpass"):
        return head.lemma_.lower() in leads
    return False


def _field_body(
    ctx: Context, words: list[str], exclude: KgMention | None = None
) -> KgMention | None:
    """The government body a title's field names: "Economy minister" of the Ministry of
    Economy, Trade and Industry or of the Federal Ministry of Economics, "Commerce
    Secretary" of the Commerce Department (not ``exclude``)."""
    fields = {w for w in words if w not in ctx.title_heads and w.isalpha() and len(w) > 2}
    if not fields:
        return None
    best, score = None, 0
    for m in ctx.mentions:
        if m.type != "AGENCY" or m is exclude or (exclude is not None and m.label == exclude.label):
            continue
        label = m.label.replace(",", " ").lower().split()
        named = set(label)
        # another form of the field's word only in a ministry's or department's name:
        # "Economy Minister" of the Federal Ministry of Economics
        if named & _MINISTRIES:
            named |= {_FORMS.get(w, w) for w in label}
        shared = len(fields & named) + len(set(words) & named & ctx.title_heads)
        if shared > score:
            best, score, best_named = m, shared, named
    if best is None or not fields & best_named:
        return None
    return best


#: Nouns of a ministry's name, where a field's word may be in another of its forms.
_MINISTRIES = frozenset(("ministry", "department", "secretariat"))
#: Forms of a field's word: "Economics" of an "Economy" minister.
_FORMS = {
    "economics": "economy",
    "economic": "economy",
    "defense": "defence",
    "financial": "finance",
}


def _org_before_title(ctx: Context, k: int) -> KgMention | None:
    """The organisation named right before a title: "Nvidia CEO", "Nvidia's CEO", "Nestlé
    dismissed chief executive"."""
    doc = ctx.doc
    if doc[k].tag_ == "POS" and k > 0:
        k -= 1
    org = ctx.mention_of(doc[k])
    # "Andes Brine Corp, whose chief executive Rafael Quiroga": the name "whose" is of
    if org is None and doc[k].lower_ == "whose":
        org = next((a.mention for a in ctx.resolve(doc[k]) if a.mention.type in _ORGS), None)
        # (however the parser hung the clause: the name before the comma)
        if org is None and k > 1 and doc[k - 1].text == ",":
            before = ctx.mention_of(doc[k - 2])
            org = before if before is not None and before.type in _ORGS else None
    if org is None and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in _STAFFING:
        subjects = [a.mention for a in subjects_of(ctx, doc[k])[0] if a.direct]
        org = next((m for m in subjects if m.type in _ORGS), None)
    return org


def _title_words(ctx: Context, p: KgMention) -> tuple[int, list[str], list[str]]:
    """Where the title before (or inside) a person's name begins, its words, and the words
    naming its field ("Economy minister", "Commerce Secretary Gina Raimondo", "Minister for
    Electronics and IT Ashwini Vaishnaw")."""
    doc = ctx.doc
    inside = p.start
    while inside < p.end - 1 and (
        doc[inside].lower_ in ctx.titles
        or (doc[inside].text[:1].isupper() and doc[inside + 1].lower_ in ctx.titles)
    ):
        inside += 1
    j = p.start
    field: list[str] = [t.lower_ for t in doc[p.start : inside] if t.lower_ not in ctx.titles]
    while j > 0:
        prev = doc[j - 1]
        if prev.lower_ in ctx.titles or prev.text == "-":
            j -= 1
        # "Minister for Electronics and IT", "Economy minister": the title's field
        elif (
            ctx.mention_of(prev) is None
            and (
                # "Economy minister", "Commerce Secretary": a field right before the title
                (prev.text[:1].isupper() and doc[j].lower_ in ctx.titles)
                # "Minister for Electronics and IT"
                or (
                    (prev.text[:1].isupper() or prev.lower_ in ("for", "of", "and"))
                    and any(t.lower_ in ctx.title_heads for t in doc[max(j - 6, 0) : j - 1])
                )
            )
        ):
            field.append(prev.lower_)
            j -= 1
        else:
            break
    words = [t.lower_ for t in doc[j:inside] if t.text != "-"]
    return j, words, field


_MD = ["managing", "director"]


def title_before(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """Titles before the name, or inside it ("President Donald Trump"), and the organisation."""
    doc = ctx.doc
    j, words, field = _title_words(ctx, p)
    inside = p.start + sum(1 for t in ctx.doc[p.start : p.end] if t.lower_ in ctx.titles)
    # "vice president", "deputy head": the title leads nothing ("managing director" heads a
    # firm)
    strong = [
        w
        for k, w in enumerate(words)
        if w in ctx.title_heads
        and not (k > 0 and words[k - 1] in ctx.weak_titles and words[k - 1 : k + 1] != _MD)
        # ("Rapidus executive X": an executive, not the chief executive)
        and not (w == "executive" and words[k - 1 : k] != ["chief"])
    ]
    if not strong:
        return
    org = _org_before_title(ctx, j - 1) if j > 0 else None
    # "Commerce minister Piyush Goyal", "Finance Minister X": a field's one word read as a
    # name of its own; the body the text names by that field
    cabinet = set(strong) & ctx.gov_titles - {"president", "representative"}
    field_word = ctx.mention_of(doc[j - 1]) if j > 0 and doc[j - 1].text[:1].isupper() else None
    if cabinet and field_word is not None and field_word.end - field_word.start == 1:
        body = _field_body(ctx, [*words, *field, doc[j - 1].lower_], exclude=field_word)
        org = body if body is not None else org
    # "US Trade Representative Jamieson Greer": a body whose name is the title itself
    office = ctx.mention_of(doc[p.start - 1]) if p.start > 0 else None
    if office is not None and office.type == "AGENCY" and office.end == p.start:
        org = office
    # a company's "president" is written small: "president Atsuyoshi Koike"
    formal = any(t.text[:1].isupper() for t in doc[j:inside] if t.lower_ in ctx.title_heads)
    government = bool(set(strong) & ctx.gov_titles) and not set(strong) & ctx.company_titles
    government = government and (formal or set(strong) != {"president"})
    if org is not None and org.type == "COUNTRY" and not government:
        org = None
    # "Digital Secretary Oliver Dowden": a minister or secretary leads no company
    if org is not None and (org.type not in _ORGS or (cabinet and org.type == "COMPANY")):
        org = None
    # "Economy minister Yasutoshi Nishimura", "Trade Representative Katherine Tai"
    if org is None and government:
        org = _field_body(ctx, words + field)
    # "President Joe Biden", "Prime Minister Narendra Modi": the country the lexicon knows
    heads_state = {"president", "prime", "premier", "chancellor"} & set(words)
    if org is None and government and heads_state and not field and p.entry and p.entry.country:
        org = next((m for m in ctx.mentions if m.label == p.entry.country), None)
    # a company title alone: the company the text is about, unless a verb says what the
    # person leads ("led by chief executive X")
    alone = not (j > 0 and ctx.mention_of(doc[j - 1]))
    # "Director-general David Kemei", "secretary-general X": the head of a body
    heads_body = any(
        w in ("director", "secretary") and words[k + 1 : k + 2] == ["general"]
        for k, w in enumerate(words)
    )
    # (a body's head only: "Director-General Tedros said Pfizer's vaccine is safe" heads
    # no firm; not one whose body is named after: "Director-general X of the Ministry")
    of_after = p.end < len(doc) and doc[p.end].lower_ == "of"
    if org is None and alone and heads_body and not of_after and not _acts_as_leader(ctx, p):
        org = _subject_organisation(ctx, p, {"head"})
        org = org if org is not None and org.type == "AGENCY" else None
    elif org is None and alone and not government and not _acts_as_leader(ctx, p):
        # "BP abandoned its takeover of Fastned after failing to agree with founders X
        # and Y": founders are of the firm named last before them
        founders = set(strong) & (_PLURAL_TITLES | {"founder", "co-founder", "cofounder"})
        org = _last_firm_before(ctx, p) if founders else None
        org = org or _subject_organisation(ctx, p, set(strong))
    if org is not None:
        yield Hit(p, "leads", org, doc[p.start], ctx.fixed["title_before"], "title:before")
        # "founders Michiel Langezaal and Bart Lubbers": a plural title is of each name listed
        if any(w in _PLURAL_TITLES for w in words):
            root = ctx.root_of(p)
            for c in kids(root):
                other = ctx.mention_of(c) if c.dep_ == "conj" else None
                if other is not None and other.type == "PERSON":
                    yield Hit(
                        other, "leads", org, doc[p.start], ctx.fixed["title_before"], "title:before"
                    )


def _last_firm_before(ctx: Context, p: KgMention) -> KgMention | None:
    """The last firm named before a person in the sentence."""
    start = ctx.sent(ctx.tokens[p.start]).start
    firms = [
        m for m in ctx.mentions if start <= m.start and m.end <= p.start and m.type == "COMPANY"
    ]
    return firms[-1] if firms else None


def _subject_organisation(ctx: Context, p: KgMention, titles: set[str]) -> KgMention | None:
    """The organisation a title standing alone belongs to: one named earlier in the same
    sentence, else the first the text names (a board's chair may head a government body).
    """
    types = (
        {"COMPANY", "AGENCY"}
        if titles & {"chair", "chairman", "chairwoman", "head"}
        else {"COMPANY"}
    )
    if not titles & (ctx.company_titles | {"president", "head", "chair"}):
        return None
    sent = ctx.sent(ctx.tokens[p.start])
    # "Xpeng's Turing chip now powers its G7, chairman He Xiaopeng said": the subject's
    before = [
        m
        for m in ctx.mentions
        if sent.start <= m.start < p.start
        and m.type in types
        and ctx.root_of(m).dep_ in ("nsubj", "nsubjpass", "poss")
    ]
    if before:
        return before[0]
    # "The Roomba maker said ... co-founder Colin Angle had stepped down": the firm a
    # description before it stands for
    described = [
        a.mention
        for t in ctx.doc[sent.start : p.start]
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and ctx.mention_of(t) is None
        for a in ctx.args(t)
        if a.direct and a.mention.type in types
    ]
    if described:
        return described[0]
    return ctx.topic(type_=tuple(sorted(types)))


def title_after(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """ "Richard Yu, chairman of Huawei's consumer business group", "Tareq Amin,
    previously chief executive of Aramco Digital", "Rene Haas, head of its IP group"."""
    doc = ctx.doc
    k = p.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return
    k += 1
    while k < len(doc) and doc[k].lower_ in _BEFORE_TITLE:
        k += 1
    if k >= len(doc):
        return
    # "Arvind Krishna, IBM's chairman and chief executive": the organisation before the title
    owner = ctx.mention_of(doc[k])
    # "Emmanuel Macron, the French president": a nationality before a state's title
    if owner is not None and owner.type == "COUNTRY" and doc[k].pos_ == "ADJ":
        t = doc[owner.end] if owner.end < len(doc) else doc[k]
        while t.lower_ in ctx.titles and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ctx.titles:
            t = doc[t.i + 1]
        if t.i >= owner.end and t.lower_ in ctx.gov_titles and t.dep_ == "appos":
            yield Hit(p, "leads", owner, t, ctx.fixed["title_after"], "title:after")
        return
    if owner is not None and owner.type in _ORGS and owner.end + 1 < len(doc):
        # (or right before it: "Ursula von der Leyen, the European Commission president")
        if doc[owner.end].tag_ == "POS":
            k = owner.end + 1
        elif doc[owner.end].lower_ in ctx.titles:
            k = owner.end
        else:
            return
    else:
        owner = None
    first = t = doc[k]
    while t.lower_ in ctx.titles and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ctx.titles:
        t = doc[t.i + 1]
    if t.lower_ not in ctx.title_heads or first.lower_ in ctx.weak_titles:
        return
    if owner is not None:
        if _leading_title(ctx, k, owner.type != "COMPANY") and not (
            owner.type == "COMPANY" and t.lower_ in ctx.gov_titles - {"president"}
        ):
            yield Hit(p, "leads", owner, t, ctx.fixed["title_after"], "title:after")
        return
    for c in kids(t):
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            for pobj in kids(c):
                orgs = [a.mention for a in ctx.args(pobj)] if pobj.dep_ == "pobj" else []
                org = next((m for m in orgs if m.type in _ORGS), None)
                if org is not None:
                    yield Hit(p, "leads", org, t, ctx.fixed["title_after"], "title:after")


def _post_of(ctx: Context, verb: Token) -> KgMention | None:
    """The organisation whose post a succession is about: named with the title ("as chief
    executive of X"), led by one of the people, or the one the text is about."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.lower_ == "as":
            for pobj in (g for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ == "of"):
                found = [a.mention for a in ctx.args(pobj) if a.mention.type in _ORGS]
                if found:
                    return found[0]
    # "Arm said Rene Haas had replaced Simon Segars": the organisation that says so
    t = verb
    while t.dep_ in ("ccomp", "conj") and t.head.i != t.i:
        t = t.head
        for a in subjects_of(ctx, t)[0]:
            if a.mention.type in ("COMPANY", "AGENCY"):
                return a.mention
    return None


def succession_rules(ctx: Context) -> Iterator[Hit]:
    """ "Rene Haas had replaced Simon Segars as chief executive", "Ivan Espinosa, who took
    over from Makoto Uchida", "replacing him with Philipp Navratil", "handing the post to
    Pablo Isla", "Colin Angle stepped down as chairman": each leads (or led) the
    organisation whose post it is."""
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "VERB":
            continue
        lemma = tok.lemma_.lower()
        people: list[KgMention] = []
        titled = any(c.dep_ == "prep" and c.lower_ == "as" for c in kids(tok))
        if lemma in _SUCCEEDING or (lemma == "take" and any(c.lower_ == "over" for c in kids(tok))):
            people = [a.mention for a in subjects_of(ctx, tok)[0]]
            people += [a.mention for a in objects_of(ctx, tok)]
            people += [
                a.mention
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ in ("from", "with")
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
        elif lemma in ("hand", "pass") and any(
            g.lemma_.lower() in _POSTS for c in kids(tok) if c.dep_ == "dobj" for g in [c]
        ):
            people = [a.mention for a in subjects_of(ctx, tok)[0]]
            people += [
                a.mention
                for c in kids(tok)
                if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
        elif lemma == "step" and titled:
            people = [a.mention for a in subjects_of(ctx, tok)[0]]
        people = [m for m in people if m.type == "PERSON"]
        if not people:
            continue
        org = _post_of(ctx, tok)
        if org is None:
            known = [ctx.leads[m.label] for m in people if m.label in ctx.leads]
            org = known[0] if known else None
        if org is None and (titled or lemma in ("hand", "pass", "take")):
            org = ctx.topic()
        if org is None:
            continue
        for m in people:
            yield Hit(m, "leads", org, tok, ctx.fixed["succession"], f"succession:{lemma}")


def _leading_title(ctx: Context, k: int, government: bool) -> bool:
    """Whether the lower-case title that begins at ``k`` leads: "chairman and chief
    executive", "rotating chairman", "founder"; not "chief financial officer", "vice
    president"; a minister or premier leads a government (``government``)."""
    doc = ctx.doc
    words = []
    while (k < len(doc) and doc[k].is_lower) or (k < len(doc) and doc[k].lower_ in ctx.titles):
        words.append(doc[k].lower_)
        k += 1
    for n, w in enumerate(words):
        after = words[n + 1] if n + 1 < len(words) else ""
        if n > 0 and words[n - 1] in ctx.weak_titles:
            continue
        if w == "chief" and after != "executive":
            continue
        if w in ctx.company_titles or w in ("president", "ceo", "boss", "chair"):
            return True
        if government and w in ctx.gov_titles:
            return True
    return False


def _title_of(ctx: Context, t: Token) -> bool:
    """Whether a noun is a title that leads: "chief executive", "president", "CEO"; not
    "chief financial officer", "vice president" or "managing director"."""
    if t.lower_ not in ctx.title_heads:
        return False
    mods = [c for c in kids(t) if c.dep_ in ("amod", "compound") and c.i < t.i]
    return not any(c.lower_ in ctx.weak_titles for c in mods)


def _posts(ctx: Context, verb: Token) -> list[Token]:
    """The titles a verb names a person to: "appointed her chief executive", "was named
    CEO", "joined as president", "remain at the helm"."""
    # ("took the helm", "became chief executive", "assumed the post of chairman"; not
    # "took aim at the chief executive of Apple")
    lemma = verb.lemma_.lower()
    taking = lemma in _TAKING
    deps = ("attr", "dobj") if taking else ("oprd", "attr", "xcomp", "ccomp", "dobj")
    found = [c for c in kids(verb) if c.dep_ in deps]
    if lemma == "take":
        found = [c for c in found if c.lemma_.lower() in _POSTS]
    found += [
        p
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in (("as",) if taking else ("as", "at"))
        for p in kids(c)
        if p.dep_ == "pobj"
    ]
    return [t for t in found if _title_of(ctx, t) or t.lemma_.lower() in _POSTS]


def _organisation_of_post(ctx: Context, post: Token) -> KgMention | None:
    """The organisation a title names: "chief executive of X", "X's CEO", "its Intel CEO"."""
    for c in kids(post):
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            for p in kids(c):
                # the name itself, not a description taken for one ("of the venture")
                found = [
                    a.mention
                    for a in ctx.args(p)
                    if ctx.mention_of(p) is not None and a.mention.type in _ORGS
                ]
                if p.dep_ == "pobj" and found:
                    return found[0]
        if c.dep_ in ("poss", "compound"):
            m = ctx.mention_of(c)
            if m is not None and m.type in _ORGS:
                return m
    return None


def headline_appointment_rules(ctx: Context) -> Iterator[Hit]:
    """ "Intel names Lip-Bu Tan as chief executive", "SK Hynix names Kwak Noh-jung CEO": in
    a headline the parser may read the verb as a noun; the words in order say it."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.type != "PERSON" or m.start < 2 or m.end >= len(doc):
            continue
        verb = doc[m.start - 1]
        if verb.pos_ == "VERB" or verb_forms(verb.text) & _STAFFING == set():
            continue
        org = ctx.mention_of(doc[m.start - 2])
        if org is None or org.type not in _ORGS:
            continue
        title = m.end + 1 if doc[m.end].lower_ == "as" else m.end
        if title < len(doc) and _leading_title(ctx, title, org.type != "COMPANY"):
            yield Hit(m, "leads", org, verb, ctx.fixed["succession"], "appointed:headline")


def appointment_rules(ctx: Context) -> Iterator[Hit]:
    """ "The board appointed Ingrid Solberg chief executive", "Lina Okafor was named chief
    executive of Dangote", "joined Arm as president", "will remain at the helm": the
    person leads the organisation the title names, else the one that appoints, else the
    one the text is about."""
    if ctx.lemma_set.isdisjoint(_STAFFING | _HOLDING):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or (lemma not in _STAFFING and lemma not in _HOLDING):
            continue
        posts = _posts(ctx, tok)
        if not posts:
            continue
        subjects, passive = subjects_of(ctx, tok)
        passive = passive or any(c.dep_ == "nsubjpass" for c in kids(tok))
        if lemma in _HOLDING or passive:
            people = [a.mention for a in subjects if a.mention.type == "PERSON"]
            if passive:
                people += [a.mention for a in objects_of(ctx, tok) if a.mention.type == "PERSON"]
            appointer = None
        else:
            people = [a.mention for a in objects_of(ctx, tok) if a.mention.type == "PERSON"]
            # "Halvard's board appointed X": the board's owner appoints
            owners = [a.mention for a in subjects]
            owners += [
                m
                for c in kids(tok)
                if c.dep_ == "nsubj"
                for g in kids(c)
                if g.dep_ == "poss" and (m := ctx.mention_of(g)) is not None
            ]
            appointer = next((m for m in owners if m.type in _ORGS), None)
        if not people:
            continue
        for post in posts:
            org = _organisation_of_post(ctx, post)
            # "chairman of the venture": a post of something the text does not name
            if org is None and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(post)):
                continue
            if org is None and lemma == "join":
                org = next(
                    (a.mention for a in objects_of(ctx, tok) if a.mention.type in _ORGS), None
                )
            # ("Donald Trump became president": a post of state, not of the firm the text
            # is about)
            if org is None and lemma in _TAKING and post.lower_ in ctx.gov_titles:
                continue
            if org is None:
                org = appointer or ctx.topic()
            if org is None:
                continue
            government = post.lower_ in ctx.gov_titles and post.lower_ != "president"
            if government and org.type == "COMPANY":
                continue
            for m in people:
                yield Hit(m, "leads", org, tok, ctx.fixed["appointment"], f"appointed:{lemma}")


#: Verbs of founding a firm: "founded by Zhang Jianzhong", "co-founded Mistral".
_FOUNDING = frozenset(("found", "co-found", "cofound"))


def founder_rules(ctx: Context) -> Iterator[Hit]:
    """ "Founded in 2020 by Zhang Jianzhong, the Beijing company ...", "the start-up,
    co-founded by X", "X was founded by Y", "Y founded X": a founder leads the firm."""
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "VERB" or lemma_of(tok, _FOUNDING) not in _FOUNDING:
            continue
        agents = [
            a.mention
            for c in kids(tok)
            if c.dep_ == "agent"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.mention.type == "PERSON"
        ]
        if agents:
            if tok.dep_ == "acl":
                firms = ctx.args(tok.head)  # "the start-up, co-founded by X"
            elif tok.dep_ == "advcl":
                firms = subjects_of(ctx, tok.head)[0]  # "Founded by X, the company ..."
            else:
                firms = [a for c in kids(tok) if c.dep_ == "nsubjpass" for a in ctx.args(c)]
            founders = agents
        else:
            founders = [a.mention for a in subjects_of(ctx, tok)[0] if a.mention.type == "PERSON"]
            firms = objects_of(ctx, tok)
        for f in firms:
            if f.direct and f.mention.type == "COMPANY":
                for p in founders:
                    yield Hit(p, "leads", f.mention, tok, ctx.fixed["founder"], "founder")
