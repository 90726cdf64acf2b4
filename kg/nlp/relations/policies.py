"""Measures, their issuers and targets: "US tariffs on X", "rules the BIS issued"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.entities.shapes import LED_PARTICIPLES
from kg.nlp.relations.clause import negated, objects_of, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, Relation, kids
from kg.nlp.relations.hits import fits, lemma_of
from kg.nlp.relations.holders import GROUPS

__all__ = [
    "anaphora_rules",
    "answer_rules",
    "derived_restricts",
    "destinations",
    "issued_by_other",
    "led_rules",
    "made_somewhere",
    "named_later",
    "origins",
    "policy_rules",
    "reported_issuer_rules",
    "under_measure_hits",
    "under_rules",
]


#: Measures a country's name before them may be against: "Russia sanctions", "Iran tariffs".
_AGAINST = frozenset(
    ("sanction", "tariff", "embargo", "curb", "ban", "restriction", "control", "duty", "levy")
)

#: Words in a measure's name that make it one on goods leaving: "export controls".
_EXPORTING = frozenset(("export", "shipment", "transfer"))


def policy_rules(ctx: Context) -> Iterator[Hit]:
    """A measure's issuer and targets: "US tariffs on Chinese goods", "rules the BIS issued"."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        head = ctx.tokens[m.end - 1]
        # an issuer named just before the measure: "US tariffs", "Washington's export controls"
        if m.start > 0:
            k = m.start - 1
            if ctx.tokens[k].tag_ == "POS" and k > 0:
                k -= 1
            prev = ctx.mention_of(ctx.tokens[k])
            named = (
                prev is not None
                and prev.type in issues.source
                and ctx.tokens[k].head.i in range(m.start, m.end)
            )
            # "the EU adopted its package of Russia sanctions": the country the measure is on
            if named and prev.type == "COUNTRY" and issued_by_other(ctx, head, prev):
                yield Hit(m, "restricts", prev, head, ctx.fixed["policy_on"], "policy:named-target")
            elif named:
                yield Hit(prev, "issues", m, head, ctx.fixed["policy_issuer"], "policy:issuer")
            # "a cobalt export suspension", "the Huawei ban": goods or a firm named just before
            if (
                prev is not None
                and prev.type in ("PRODUCT", "TECHNOLOGY", "COMPANY")
                and ctx.tokens[k].dep_ in ("compound", "amod", "nmod")
                and ctx.tokens[k].head.i in range(m.start, m.end)
                and fits(restricts, m, prev)
            ):
                yield Hit(m, "restricts", prev, head, ctx.fixed["policy_on"], "policy:goods")
        holders = [head]
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            holders.append(head.head)  # "raised tariffs on Korean goods": "on" hangs on the verb
        # "duties of up to $664 per tonne on solar glass": "on" may hang on the amount
        holders += [
            p
            for c in kids(head)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in kids(c)
            if p.dep_ == "pobj" and (p.like_num or p.lower_ in ("%", "percent"))
        ]
        # "require licences for exports of X": "for" may hang on the verb too
        verb_preps = ("on", "against", "for") if _demanded(ctx, head) else ("on", "against")
        # "tightened export rules on satellite parts to Russia": where the exports go
        exporting = any(ctx.lemma[k] in _EXPORTING for k in range(m.start, m.end))
        if exporting:
            verb_preps += ("to", "into")
        for c in [
            c
            for h in holders
            for c in kids(h)
            if h.i == head.i
            or c.lower_ in verb_preps
            or c.lower_ in ctx.including_preps
            or (h.like_num and c.lower_ == "on")
        ]:
            # "a ruling by the CAC", "export restrictions from the Commerce Department"
            # (a licence "from" a ministry is one it grants: the rule demanding it is elsewhere)
            # ("will need a licence from The Hague": a licence one must get is the giver's
            # requirement)
            needed = head.dep_ == "dobj" and head.head.lemma_.lower() in ("need", "require")
            if (
                c.dep_ == "prep"
                and c.lower_ == "from"
                and c.head.i == head.i
                and (head.lemma_.lower() not in ctx.rules.words("policy", "demanded") or needed)
            ):
                for p in kids(c):
                    for a in ctx.args(p):
                        if a.direct and a.mention.type == "AGENCY":
                            yield Hit(
                                a.mention, "issues", m, head, ctx.fixed["policy_by"], "policy:from"
                            )
            if c.dep_ == "prep" and c.lower_ == "by":
                for p in kids(c):
                    for a in ctx.args(p):
                        if a.mention.type in issues.source:
                            yield Hit(
                                a.mention, "issues", m, head, ctx.fixed["policy_by"], "policy:by"
                            )
            # "a German subsidy for TSMC's fab": the issuer invests in what it funds
            if c.dep_ == "prep" and c.lower_ == "for" and head.lemma_.lower() in ctx.funding_nouns:
                issuers = [
                    ctx.mention_of(k) for k in kids(head) if k.dep_ in ("amod", "compound", "poss")
                ]
                for p in kids(c):
                    for a in ctx.args(p):
                        for i in issuers:
                            if i is not None and fits(ctx.rules.relations["invests"], i, a.mention):
                                yield Hit(
                                    i,
                                    "invests",
                                    a.mention,
                                    head,
                                    ctx.fixed["policy_funds"],
                                    "policy:funds",
                                )
                continue
            # "sanctions on three units of X, including Y": a list the parser hung on the measure
            # (or on the verb that put it in place: "imposed sanctions on five units of X in
            # October, including Y")
            # (on the verb only "including", of firms: "imposed sanctions on Russia, just like
            # Britain" compares)
            on_verb = (
                c.head.i != head.i
                and c.head.lemma_.lower() in _PUTTING_IN_PLACE
                and c.lower_ == "including"
                and any(k.dep_ == "prep" and k.lower_ == "on" for k in kids(head))
            )
            if (
                c.dep_ == "prep"
                and c.lower_ in ctx.including_preps
                and (c.head.i == head.i or on_verb)
            ):
                for p in kids(c):
                    for a in ctx.args(p):
                        if on_verb and a.mention.type != "COMPANY":
                            continue
                        if a.mention.type != "POLICY" and fits(restricts, m, a.mention):
                            yield Hit(
                                m, "restricts", a.mention, head, ctx.fixed["policy_on"], "policy:on"
                            )
            # "restrictions on Huawei", "tariffs on Chinese goods", "a licence requirement for X"
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "for"):
                if c.lower_ == "for" and _granted(ctx, head):
                    continue  # "issued general licences for exports of gallium" eases
                for p in kids(c):
                    targets = [*ctx.args(p), *destinations(ctx, p), *origins(ctx, p)]
                    # "a ban on buying Huawei gear", "a ban on operators using Zentel kit"
                    # ("a ban on police, fire services and agencies buying drones": the
                    # act may hang on the last of the ones kept from it)
                    acts = (
                        [p]
                        if p.dep_ == "pcomp"
                        else [g for q in ctx.with_conjuncts(p) for g in kids(q) if g.dep_ == "acl"]
                    )
                    targets += [
                        a
                        for v in acts
                        if v.tag_ == "VBG" and v.lemma_.lower() in ctx.taking_in
                        for o in kids(v)
                        if o.dep_ == "dobj"
                        for a in ctx.args(o)
                        if a.direct or a.mention.type == "COMPANY"
                    ]
                    # "a ban on police buying drones made by DJI": whose goods they are
                    targets += [
                        a
                        for v in acts
                        if v.tag_ == "VBG" and v.lemma_.lower() in ctx.taking_in
                        for o in kids(v)
                        if o.dep_ == "dobj" and ctx.mention_of(o) is None
                        for a in origins(ctx, o)
                        if a.mention.type == "COMPANY" or made_somewhere(o)
                    ]
                    # "a ban on merging the two lenders' operations": the firms merged
                    targets += [
                        a
                        for v in acts
                        if v.tag_ == "VBG" and v.lemma_.lower() in _JOINING
                        for o in kids(v)
                        if o.dep_ == "dobj"
                        for g in (o, *kids(o))
                        if g.i == o.i or g.dep_ == "poss"
                        for a in ctx.resolve(g)
                        if a.mention.type == "COMPANY"
                    ]
                    # "levies on American coal and liquefied natural gas": goods the parser
                    # joined to the measure rather than to the goods before them
                    targets += [
                        a
                        for g in kids(head)
                        if g.dep_ == "conj" and c.head.i == head.i
                        for a in ctx.args(g)
                        if a.direct and a.mention.type in ("PRODUCT", "TECHNOLOGY")
                    ]
                    # "a surtax on steel and aluminium from China": "from" hung higher up
                    targets += [
                        a
                        for h in holders
                        for g in kids(h)
                        if g.dep_ == "prep" and g.lower_ == "from"
                        for q in kids(g)
                        if q.dep_ == "pobj"
                        for a in ctx.args(q)
                        if a.mention.type == "COUNTRY"
                    ]
                    for a in targets:
                        if fits(restricts, m, a.mention):
                            yield Hit(
                                m, "restricts", a.mention, head, ctx.fixed["policy_on"], "policy:on"
                            )
            if exporting and c.dep_ == "prep" and c.lower_ in ("to", "into"):
                for p in kids(c):
                    for a in ctx.args(p):
                        if a.mention.type in ("COUNTRY", "COMPANY") and fits(
                            restricts, m, a.mention
                        ):
                            yield Hit(
                                m, "restricts", a.mention, head, ctx.fixed["policy_on"], "policy:to"
                            )
            # "guidelines targeting AI chips", "a sanctions package that lists X and Y"
            verbs = restricts.verbs | restricts.policy_verbs
            if c.dep_ in ("acl", "relcl") and lemma_of(c, verbs) in verbs:
                for o in objects_of(ctx, c):
                    if o.mention is not m and fits(restricts, m, o.mention):
                        yield Hit(
                            m, "restricts", o.mention, c, ctx.fixed["policy_acl"], "policy:acl"
                        )
            # "export rules the Commerce Department issued"
            if c.dep_ == "relcl" and c.lemma_.lower() in issues.verbs:
                subj, _ = subjects_of(ctx, c)
                for s in subj:
                    if s.mention is not m and issues.fits(s.mention.type, "POLICY"):
                        yield Hit(
                            s.mention, "issues", m, c, ctx.fixed["policy_relcl"], "policy:relcl"
                        )


def under_rules(ctx: Context) -> Iterator[Hit]:
    """ "cannot ship HBM under export rules": the measure restricts what is not allowed."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        root = ctx.root_of(m)
        # "export rules the Commerce Department issued": a reduced relative clause
        nxt = [x for x in ctx.mentions if m.end <= x.start <= m.end + 2 and x.type in issues.source]
        between = ctx.doc[m.end : nxt[0].start] if nxt else []
        if nxt and all(t.lower_ in ("the", "a") for t in between):
            after = ctx.doc[nxt[0].end : nxt[0].end + 1]
            if (
                len(after)
                and lemma_of(after[0], issues.verbs) in issues.verbs
                and after[0].tag_ in ("VBD", "VBN")
            ):
                yield Hit(
                    nxt[0],
                    "issues",
                    m,
                    after[0],
                    ctx.fixed["policy_reduced_relative"],
                    "policy:reduced-relative",
                )
        if root.dep_ != "pobj" or root.head.lower_ != "under":
            continue
        verb = root.head.head
        if verb.pos_ not in ("VERB", "AUX") or not (
            negated(ctx, verb) or any(c.lower_ in ctx.cannot for c in kids(verb))
        ):
            continue
        for o in objects_of(ctx, verb):
            if fits(restricts, m, o.mention):
                yield Hit(
                    m, "restricts", o.mention, root, ctx.fixed["policy_under"], "policy:under"
                )


def reported_issuer_rules(ctx: Context) -> Iterator[Hit]:
    """ "the US government informed Nvidia that exports would require a licence", "the
    ministry said exports of X would need a licence"."""
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        t = ctx.root_of(m)
        # "the ministry said exports of X would require a licence": a government that says
        # a licence is needed demands it
        demanded = t.dep_ == "dobj" and t.head.lemma_.lower() in ("require", "need")
        # "The new rules bar TSMC from shipping ..., the BIS said": a measure doing what
        # measures do, in what a government says
        acting = t.dep_ == "nsubj" and (
            t.head.lemma_.lower() in ctx.rules.relations["restricts"].triggers
        )
        # "Washington will raise tariffs on X, the USTR said": the body that says so too
        imposed = t.dep_ == "dobj" and t.head.lemma_.lower() in issues.verbs
        demanded = demanded or acting or imposed
        for _ in range(5):
            if t.head.i == t.i:
                break
            crossed = t.dep_ == "ccomp"
            t = t.head
            lemma = t.lemma_.lower()
            telling = lemma in ctx.informing_verbs or (demanded and lemma in ctx.stating_verbs)
            if crossed and t.pos_ == "VERB" and telling:
                for s_ in subjects_of(ctx, t)[0]:
                    if s_.mention.type in issues.source:
                        yield Hit(
                            s_.mention,
                            "issues",
                            m,
                            t,
                            ctx.fixed["informs"],
                            f"informs:{t.lemma_.lower()}",
                        )
                break


def anaphora_rules(ctx: Context) -> Iterator[Hit]:
    """ "Japan restricted exports of 23 tools. The curbs hit Tokyo Electron": a measure
    named again with "the" in a sentence that names no government is the one the last
    government to act, in an earlier sentence, issued."""
    issues = ctx.rules.relations["issues"]
    restricts = ctx.rules.relations["restricts"]
    acts = restricts.verbs | issues.verbs
    for m in ctx.mentions:
        if m.type != "POLICY" or m.entry is not None:
            continue
        root = ctx.root_of(m)
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids(root)):
            continue
        if any(c.dep_ in ("poss", "amod", "compound") and ctx.mention_of(c) for c in kids(root)):
            continue  # "the US curbs": the issuer is named with it
        sent = ctx.sent(root)
        if any(o.type in issues.source and sent.start <= o.start < m.start for o in ctx.mentions):
            continue  # a government before it in its own sentence is the better issuer
        actor = None
        for k in range(sent.start - 1, -1, -1):
            if ctx.pos[k] != "VERB":
                continue
            tok = ctx.tokens[k]
            if lemma_of(tok, acts) in acts and not negated(ctx, tok):
                got = [a.mention for a in subjects_of(ctx, tok)[0] if a.direct]
                actor = next((g for g in got if g.type in issues.source), None)
                if actor is not None:
                    break
        if actor is not None:
            yield Hit(actor, "issues", m, root, ctx.fixed["anaphora"], "anaphora")


#: Determiners of a measure named again: "the curbs", "these rules".
_DEFINITE = frozenset(("the", "these", "those", "this", "such"))


def answer_rules(ctx: Context) -> Iterator[Hit]:
    """ "Beijing retaliated with export curbs on rare earths", "the EU responded with
    tariffs": a government answers with a measure it issues."""
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        root = ctx.root_of(m)
        if root.dep_ != "pobj" or root.head.lower_ != "with":
            continue
        verb = root.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.answering_verbs:
            continue
        for s_ in subjects_of(ctx, verb)[0]:
            if s_.direct and fits(issues, s_.mention, m) and not negated(ctx, verb):
                yield Hit(s_.mention, "issues", m, verb, ctx.fixed["answers"], "answers-with")


#: Nouns that name, later, a measure a verb enacted: "banned exports ... the ban", "the
#: order", "the measures".
_ACT_NOUNS = {
    "ban": ("ban", "bar", "prohibit", "outlaw", "forbid"),
    "prohibition": ("ban", "bar", "prohibit", "forbid"),
    "restriction": ("restrict", "limit", "curb"),
    "curb": ("curb", "restrict", "limit"),
    "sanction": ("sanction", "blacklist"),
    "limit": ("limit", "cap", "restrict"),
    "order": None,
    "measure": None,
    "move": None,
    "decision": None,
    "determination": None,
    "step": None,
    "action": None,
}


def named_later(ctx: Context, found: list[Relation], confidence: float) -> list[Relation]:
    """ "China banned exports of gallium to the US ... Beijing said the mineral ban was
    needed": a measure named after the verb that enacted it restricts what the verb did,
    and the verb's actor issues it. Only a measure that restricts nothing of its own, in
    a later sentence, takes the nearest such act before it."""
    acts = [
        r
        for r in found
        if r.relation == "restricts"
        and r.method.startswith("verb:")
        and r.source.type in ("COUNTRY", "AGENCY")
        and not r.negated
    ]
    if not acts:
        return []
    bearing = {r.source.label for r in found if r.relation == "restricts"}
    out = []
    doc = ctx.doc
    for m in ctx.mentions:
        if m.type != "POLICY" or m.label in bearing or m.entry is not None:
            continue
        head = doc[m.end - 1].lemma_.lower()
        if head not in _ACT_NOUNS or m.end - m.start > 3:
            continue
        verbs = _ACT_NOUNS[head]
        before = [
            r
            for r in acts
            if r.sentence.end <= m.start and (verbs is None or r.method.split(":")[1] in verbs)
        ]
        if not before:
            continue
        last = max(before, key=lambda r: r.sentence.start)
        verb = last.method.split(":")[1]
        act = [
            r
            for r in before
            if r.sentence.start == last.sentence.start and r.method.split(":")[1] == verb
        ]
        for r in act:
            out.append(r._replace(source=m, confidence=confidence, method=f"named-later:{head}"))
        out.append(
            last._replace(target=m, relation="issues", confidence=confidence, method="named-later")
        )
    return out


def derived_restricts(found: list[Relation], offset: float) -> list[Relation]:
    """The actor restricts what its measure targets (schema.md: a policy edge pair), a
    little less sure (``offset``) than the less sure of the two edges it stands on."""
    issuers: dict[str, list[Relation]] = {}
    for r in found:
        if r.relation == "issues" and not r.negated:
            issuers.setdefault(r.target.label, []).append(r)
    out = []
    for r in found:
        if r.relation == "restricts" and r.source.type == "POLICY" and not r.negated:
            for i in issuers.get(r.source.label, []):
                if i.source.label != r.target.label:
                    out.append(
                        r._replace(
                            source=i.source,
                            confidence=round(min(r.confidence, i.confidence) + offset, 2),
                            method=f"derived:{r.method}",
                        )
                    )
    return out


def _granted(ctx: Context, head: Token) -> bool:
    """Whether a licence or permit is granted ("issued general licences"), which eases."""
    if head.lemma_.lower() not in ctx.rules.words("policy", "demanded"):
        return False
    verb = head.head if head.dep_ in ("dobj", "nsubjpass") else None
    general = any(c.lower_ == "general" for c in kids(head))
    return general or (verb is not None and verb.lemma_.lower() in ctx.granting_verbs)


def _demanded(ctx: Context, head: Token) -> bool:
    """Whether a measure's head is one a rule demands: a licence, permit or approval."""
    return head.lemma_.lower() in ctx.rules.words("policy", "demanded") | {"approval"}


def made_somewhere(goods: Token) -> bool:
    """Whether goods are said to be made somewhere: "Chinese-made parts", "drones made in
    China"."""
    return any(c.dep_ in ("amod", "acl") and c.lemma_.lower() == "make" for c in kids(goods))


def origins(ctx: Context, tok: Token) -> list[Arg]:
    """Where goods a noun names come from: "Chinese-made electric vehicles", "steel
    imported from China", "aluminium from China", "electric vehicles made in China"."""
    out = []
    goods = list(ctx.with_conjuncts(tok))
    # "authorisation of new gear from Huawei": the goods an act is of (not goods exported,
    # whose maker is not the one a control on exports restricts)
    goods += [
        p
        for t in list(goods)
        if ctx.mention_of(t) is None and t.lemma_.lower() != "export"
        for c in kids(t)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in kids(c)
        if p.dep_ == "pobj"
    ]
    for t in goods:
        for c in kids(t):
            # "Chinese steel": goods of a nation
            # ("South Korean shipbuilder Hanwha Ocean" is a firm of a nation, not goods)
            made_in = ctx.mention_of(c) if c.dep_ in ("amod", "compound") else None
            named = ctx.mention_of(t)
            firm = t.lemma_.lower() in ctx.descriptors.get("COMPANY", frozenset()) or (
                named is not None and named.type in ("COMPANY", "AGENCY")
            )
            if made_in is not None and made_in.type == "COUNTRY" and c.i < t.i and not firm:
                out.append(Arg(made_in, False))
            # "steel and aluminium from China", "telecoms gear from Huawei"
            if c.dep_ == "prep" and c.lower_ == "from":
                out.extend(
                    a
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in ctx.args(p)
                    if a.mention.type in ("COUNTRY", "COMPANY") and a.direct
                )
            # "Chinese-made", "made in China", "imported from India"
            if c.dep_ in ("amod", "acl") and c.lemma_.lower() in _MADE:
                for g in kids(c):
                    if g.dep_ in ("npadvmod", "compound", "amod") and ctx.mention_of(g):
                        out.append(Arg(ctx.mention_of(g), False))
                    if g.dep_ in ("prep", "agent") and g.lower_ in ("in", "from", "by"):
                        out.extend(
                            a
                            for p in kids(g)
                            if p.dep_ == "pobj"
                            for a in ctx.args(p)
                            if a.mention.type in ("COUNTRY", "COMPANY")
                        )
    return out


#: Verbs of joining firms that a measure may forbid: "a ban on merging the two lenders".
_JOINING = frozenset(("merge", "combine", "integrate", "consolidate"))


#: Participles of where goods come from: "Chinese-made", "imported from China".
_MADE = frozenset(
    (
        "make", "made", "produce", "manufacture", "build", "import", "source", "originate",
        "link", "linked", "own", "owned", "supply", "design",
    )
)  # fmt: skip


def destinations(ctx: Context, tok: Token) -> list[Arg]:
    """Where goods a noun names move to: "exports of gallium to the United States",
    "high-tech exports to Russia" (the noun and those coordinated with it)."""
    out = []
    joined = ctx.with_conjuncts(tok)
    for t in joined:
        if t.lemma_.lower() not in ctx.trade_nouns:
            continue
        # "exports of chipmaking tools to China": the parser often hangs "to" on the goods
        goods = [p for c in kids(t) if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)]
        # ("exports of nickel, cobalt to China": "to" on the last of the goods listed)
        holders = [t, *(c for g in goods if g.dep_ == "pobj" for c in ctx.with_conjuncts(g))]
        # ("exports of gallium and germanium to the US": the parser may join the last goods
        # to the exports)
        holders += [
            g
            for g in joined
            if g.lemma_.lower() not in ctx.trade_nouns and ctx.mention_of(g) is not None
        ]
        # "imposed curbs on sales of lidar to Chinese buyers": the parser may hang "to" on
        # the verb that puts the measure in place, which takes no "to" of its own
        if t.dep_ == "pobj" and t.head.lower_ == "on":
            verb = t.head.head
            if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
                verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in _PUTTING_IN_PLACE:
                holders.append(verb)
        for h in holders:
            for c in kids(h):
                if c.dep_ == "prep" and c.lower_ in ("to", "into"):
                    out.extend(a for p in kids(c) if p.dep_ == "pobj" for a in ctx.args(p))
    return out


#: Verbs that put a measure in place and take no "to" of their own.
_PUTTING_IN_PLACE = frozenset(
    ("impose", "place", "introduce", "put", "slap", "tighten", "adopt", "enforce", "expand")
)


def under_measure_hits(ctx: Context, hits: list[Hit]) -> list[Hit]:
    """ "New Delhi ordered operators to stop buying from Huawei under a directive": the
    measure a government acts under restricts what it restricts, and the government
    issues it."""
    out: list[Hit] = []
    for source, relation, target, trigger, confidence, method in hits:
        if relation != "restricts" or source.type not in ("COUNTRY", "AGENCY"):
            continue
        for m in _under(ctx, trigger):
            out.append(Hit(m, "restricts", target, trigger, confidence, f"under:{method}"))
            out.append(Hit(source, "issues", m, trigger, confidence, "acts-under"))
    return out


def _under(ctx: Context, verb: Token) -> list[KgMention]:
    """The measures named by "under ..." on a verb or the verbs it governs."""
    found = []
    stack, seen = [verb], set()
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        for c in kids(t):
            if c.dep_ == "prep" and c.lower_ == "under":
                for p in kids(c):
                    m = ctx.mention_of(p)
                    if p.dep_ == "pobj" and m is not None and m.type == "POLICY":
                        found.append(m)
            elif c.dep_ in ("xcomp", "dobj", "pcomp") and c.pos_ in ("VERB", "NOUN"):
                stack.append(c)
    return found


def issued_by_other(ctx: Context, noun: Token, country: KgMention) -> bool:
    """Whether a measure of restriction that a country's name modifies is another's: "the EU
    adopted its package of Russia sanctions" (the owner of what holds it, or the subject of
    the verb that acts on it, is another government). A nationality says whose it is ("the
    EU cleared a German subsidy")."""
    word = ctx.tokens[country.end - 1]
    if word.tag_ != "NNP" or noun.lemma_.lower() not in _AGAINST:
        return False
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    others = [a for c in kids(outer) if c.dep_ == "poss" for a in ctx.resolve(c)]
    # (not who bears it: "Chinese firms face a US ban")
    if (
        outer.dep_ in ("dobj", "nsubjpass")
        and outer.head.pos_ in ("VERB", "AUX")
        and outer.head.lemma_.lower() not in ctx.bearing_verbs
    ):
        others += [
            a for c in kids(outer.head) if c.dep_ in ("nsubj", "agent") for a in ctx.resolve(c)
        ]
    return any(
        a.mention.type in ("COUNTRY", "AGENCY") and a.mention.label != country.label for a in others
    )


#: Groups and efforts one can join: "the US-led coalition".
_JOINABLE = GROUPS | {"effort", "campaign", "bloc"}
#: Verbs of taking part in another's measure or effort: "joined US-led restrictions".
_SIGNING_ON = frozenset(("join", "back", "support", "adopt", "follow", "enter", "align"))


def led_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Netherlands and Japan joined US-led restrictions on chip tools": the one who
    leads a measure issues it, and those who join it partner the leader."""
    issues = ctx.rules.relations["issues"]
    partners = ctx.rules.relations["partners"]
    if ctx.lower_set.isdisjoint(LED_PARTICIPLES):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower not in LED_PARTICIPLES or tok.i < 2 or ctx.tokens[tok.i - 1].text != "-":
            continue
        leader = ctx.mention_of(ctx.tokens[tok.i - 2])
        if leader is None or leader.type not in ("COUNTRY", "AGENCY", "COMPANY"):
            continue
        noun = tok.head
        measure = ctx.mention_of(noun)
        if measure is not None and measure.type == "POLICY" and fits(issues, leader, measure):
            yield Hit(leader, "issues", measure, tok, ctx.fixed["policy_issuer"], "led")
        # (a measure or a group one can join, not "followed Apple-led design trends")
        joinable = (measure is not None and measure.type == "POLICY") or (
            noun.lemma_.lower() in ctx.agreement_nouns | _JOINABLE
        )
        if not joinable:
            continue
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in ("to", "with"):
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SIGNING_ON or negated(ctx, verb):
            continue
        for s_ in subjects_of(ctx, verb)[0]:
            if s_.direct and fits(partners, s_.mention, leader):
                yield Hit(s_.mention, "partners", leader, tok, ctx.fixed["members"], "joined-led")
