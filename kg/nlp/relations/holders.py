"""Groups of firms: the members a group's noun names ("a consortium led by Bosch", "the
alliance, which includes Intel and Dell"), who partner each other, and firms a group holds
("Kioxia is controlled by a consortium led by Bain Capital that includes SK Hynix", "owned
by a group of investors including Temasek and GIC": each member invests in what the group
holds); the parties an agreement names ("the deal between Japan and the United States");
and the party a lone firm's first act names, with whom its second act is done ("bought a
stake in Kadokawa and will jointly produce films")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.entities.shapes import LED_PARTICIPLES
from kg.nlp.relations.clause import objects_of, prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, agents_after, kids
from kg.nlp.relations.hits import each_other, fits, pairs

__all__ = [
    "ASSETS",
    "COMPOSING",
    "GROUPS",
    "first_act_parties",
    "founded_group_rules",
    "group_holder_rules",
    "group_members",
    "joint_group_rules",
    "member_rules",
    "members_of",
    "shares_subject",
    "venture_owner_rules",
]

#: Verbs of holding a firm, in the passive: "is controlled by a consortium".
_HELD = frozenset(("own", "control", "hold", "back", "acquire", "buy"))


def group_holder_rules(ctx: Context) -> Iterator[Hit]:
    """ "X is controlled by a Bain Capital-led consortium that includes SK Hynix", "the
    lender, owned by a group of investors including Temasek": the group's members invest
    in the firm."""
    rule = ctx.rules.relations["invests"]
    if ctx.lemma_set.isdisjoint(_HELD):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in _HELD or tok.tag_ != "VBN":
            continue
        groups = [
            p
            for c in kids(tok)
            if c.dep_ == "agent"
            for p in kids(c)
            if p.dep_ == "pobj" and p.lemma_.lower() in GROUPS
        ]
        if not groups:
            continue
        members = list(
            {id(m): m for g in groups for m in [*group_members(ctx, g), *_led(ctx, g)]}.values()
        )
        # (the firm itself, not one whose unit or stake is held: "Bayer's animal health
        # business was bought by a consortium")
        if tok.dep_ in ("acl", "amod"):
            held = [a for a in ctx.args(tok.head) if a.direct]
        else:
            held = [a for c in kids(tok) if c.dep_ == "nsubjpass" for a in ctx.args(c) if a.direct]
        for a in held:
            for m in members:
                if a.mention.type == "COMPANY" and m is not a.mention and fits(rule, m, a.mention):
                    yield Hit(m, "invests", a.mention, tok, ctx.fixed["stake"], "group-held")


def _led(ctx: Context, group: Token) -> list[KgMention]:
    """The leader hyphened before a group's noun: "a Bain Capital-led consortium"."""
    return [
        a.mention
        for c in kids(group)
        if c.dep_ == "amod" and c.lower_ in LED_PARTICIPLES and ctx.lower[c.i - 1] == "-"
        for g in kids(c)
        if g.dep_ in ("npadvmod", "compound", "nmod")
        for a in ctx.args(g)
        if a.direct
    ]


#: Nouns of a group of members: "a consortium led by Bosch", "members of the alliance".
GROUPS = frozenset(
    ("consortium", "alliance", "coalition", "initiative", "venture", "group", "association")
)


def group_members(ctx: Context, group: Token) -> list[KgMention]:
    """The members a group's noun names: those it is led by, of, or including."""
    found = []
    for g in group.subtree:
        if g.dep_ != "pobj":
            continue
        prep = g.head
        led = prep.dep_ == "agent" and prep.head.lemma_.lower() == "lead"
        if (led and prep.head.head.i == group.i) or prep.lower_ == "including":
            found += [a.mention for a in ctx.args(g) if a.direct]
    # "the coalition, made up of Ericsson and Nokia", "a consortium comprising KDDI and
    # Singtel" (not a loose "group": "a group of firms, made up of Inspur and Sugon", "the
    # G7 group, comprising the US and Japan")
    for v in kids(group):
        if v.dep_ == "acl" and v.lemma_.lower() in COMPOSING and group.lemma_.lower() != "group":
            found += _listed(ctx, v, ("dobj", "pobj"))
    # "the alliance, which includes Intel and Dell", "the coalition includes Nokia and
    # Ericsson", "the alliance brings together Bosch and NXP", "the alliance's members
    # include A and B" (not a firm's "group", which includes its own brands)
    if group.lemma_.lower() not in ("group", "venture"):
        verbs = [v for v in kids(group) if v.dep_ == "relcl"]
        if group.dep_ == "nsubj":
            verbs.append(group.head)
        head = group.head
        if group.dep_ == "poss" and head.lemma_.lower() == "member" and head.dep_ == "nsubj":
            verbs.append(head.head)
        for v in verbs:
            lemma = v.lemma_.lower()
            together = any(c.lower_ == "together" for c in kids(v))
            if lemma in ("include", "comprise", "unite") or (lemma == "bring" and together):
                found += _listed(ctx, v, ("dobj",))
    return found


#: Verbs by which a group is made of its members: "a coalition made up of A and B".
COMPOSING = frozenset(("make", "comprise", "consist", "include", "compose"))


def _listed(ctx: Context, verb: Token, deps: tuple[str, ...]) -> list[KgMention]:
    """The names a verb lists as its object, or after its "of": "made up of A and B"."""
    heads = [c for c in kids(verb) if c.dep_ in deps]
    heads += [p for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)]
    return [a.mention for h in heads if h.dep_ in deps for a in ctx.args(h) if a.direct]


#: Nouns of a programme firms join: "joined imec's Automotive Chiplet Program".
_PROGRAMS = frozenset(("program", "programme", "initiative", "project"))


#: What one joins that is another's undertaking, not a group of its own: "joined Lockheed
#: Martin's team", "joined the bid led by Vinci".
_JOINED_EFFORTS = frozenset(("team", "bid", "effort"))


def member_rules(ctx: Context) -> Iterator[Hit]:
    """ "the deal between Japan and the United States", "talks between Samsung and Tesla",
    "Infineon joined a consortium led by Bosch", "members of the alliance include A, B and
    C": the parties of one agreement or group partner each other."""
    rule = ctx.rules.relations["partners"]
    conf = ctx.fixed["members"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # ("joined imec's Automotive Chiplet Program": a group's name ends in its noun)
        if pos != "NOUN" and not (pos == "PROPN" and lemma in _PROGRAMS):
            continue
        # ("the Toyota-Waymo tie-up": a noun hyphened to the word before it)
        if tok.i > 1 and ctx.lower[tok.i - 1] == "-":
            joined = f"{ctx.lower[tok.i - 2]}-{lemma}"
            lemma = joined if joined in rule.nouns else lemma
        if lemma in ctx.agreement_nouns or lemma in rule.nouns:
            parties = [
                a.mention
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "between"
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
                if a.direct and ctx.root_of(a.mention).dep_ != "appos"
            ]
            yield from each_other(rule, parties, tok, conf, "between")
            # "the pact, signed by Toyota and Panasonic"
            signers = [
                a.mention
                for v in kids(tok)
                if v.dep_ == "acl" and v.lemma_.lower() in ctx.agreeing_with_object
                for g in kids(v)
                if g.dep_ == "agent"
                for p in kids(g)
                for a in ctx.args(p)
                if a.direct
            ]
            yield from each_other(rule, signers, tok, conf, "signed-by")
            # "the EU-US framework agreement", "a Japan-UK trade deal": the parties named in it
            named = [
                m
                for t in tok.subtree
                if t.i < tok.i and t.dep_ in ("compound", "nmod", "amod")
                for m in [ctx.mention_of(t)]
                if m is not None and m.type in ("COUNTRY", "COMPANY")
            ]
            joined = [m for m in named if m.end < len(ctx.doc) and ctx.tokens[m.end].text == "-"]
            if joined:
                parties = list({id(m): m for m in named}.values())
                yield from each_other(rule, parties, tok, conf, "hyphen-pair")
        # "the Hyundai-LG battery plant": a facility two firms' names joined by a hyphen open
        if pos == "NOUN" and lemma in ctx.rules.relations["operates_in"].nouns:
            named = [
                m
                for t in tok.subtree
                if t.i < tok.i and t.dep_ in ("compound", "nmod", "amod")
                for m in [ctx.mention_of(t)]
                if m is not None and m.type == "COMPANY"
            ]
            joined = [m for m in named if m.end < len(ctx.doc) and ctx.tokens[m.end].text == "-"]
            parties = list({id(m): m for m in named}.values())
            if joined and len(parties) == 2:
                yield from each_other(rule, parties, tok, ctx.fixed["members"], "hyphen-pair")
        joining = tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join"
        # ("joined Lockheed Martin's team": another's undertaking, joined)
        if (
            lemma not in GROUPS
            and lemma not in _PROGRAMS
            and not (joining and lemma in _JOINED_EFFORTS)
        ):
            continue
        # "a consortium led by Singtel and including KDDI": the members of one group
        # partner each other
        if not joining:
            yield from each_other(rule, group_members(ctx, tok), tok, conf, "group-members")
        # "joined a consortium led by Bosch", "joined the Ultra Ethernet Consortium",
        # "joined Lockheed Martin's team"
        if joining:
            joiners = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
            group = ctx.mention_of(tok)
            if group is not None and group.type == "COMPANY":
                yield from pairs(rule, joiners, [group], tok.head, conf, "joined-group")
            # "joined imec's chiplet programme": the one whose programme it is
            owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
            yield from pairs(rule, joiners, owners, tok.head, conf, "joined-group")
            leaders = [a for a in agents_after(ctx, tok) if a.direct]
            yield from pairs(rule, joiners, leaders, tok.head, conf, "joined-group")
        # "members of the alliance include Toyota, Denso and NTT"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_ == "member":
            members = tok.head.head
            if members.dep_ == "nsubj" and members.head.lemma_.lower() == "include":
                listed = [a.mention for a in objects_of(ctx, members.head) if a.direct]
                yield from each_other(rule, listed, members.head, conf, "members")
            # "members of the consortium are BASF, Umicore and Solvay"
            if members.dep_ == "nsubj" and members.head.lemma_.lower() == "be":
                listed = [
                    a.mention
                    for c in kids(members.head)
                    if c.dep_ == "attr"
                    for a in ctx.args(c)
                    if a.direct
                ]
                yield from each_other(rule, listed, members.head, conf, "members")
            # "Intel and AMD are both members of the advisory group" (firms; countries in
            # one group are not partners for it)
            if members.dep_ == "attr" and members.head.lemma_.lower() == "be":
                listed = [
                    a.mention
                    for a in subjects_of(ctx, members.head)[0]
                    if a.direct and a.mention.type == "COMPANY"
                ]
                yield from each_other(rule, listed, members.head, conf, "members")


def venture_owner_rules(ctx: Context) -> Iterator[Hit]:
    """ "Silvertal, a joint venture between Bosch and Rohm", "StarPlus Energy is a joint
    venture of Stellantis and Samsung SDI": the venture's members invest in it."""
    rule = ctx.rules.relations["invests"]
    if ctx.lemma_set.isdisjoint(("venture",)):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma != "venture" or tok.pos_ != "NOUN":
            continue
        named = []
        if tok.dep_ == "appos":
            named = [ctx.mention_of(tok.head)]
        elif tok.dep_ == "attr" and tok.head.lemma_.lower() == "be":
            named = [a.mention for a in subjects_of(ctx, tok.head)[0] if a.direct]
        named += [ctx.mention_of(c) for c in kids(tok) if c.dep_ == "appos"]
        ventures = [m for m in named if m is not None and m.type == "COMPANY"]
        if not ventures:
            continue
        members = members_of(ctx, [tok])
        for v in ventures:
            for m in members:
                if m is not v and fits(rule, m, v):
                    yield Hit(m, "invests", v, tok, ctx.fixed["stake"], "venture-owner")


def members_of(ctx: Context, nouns: list[Token]) -> list[KgMention]:
    """The names a group's nouns list after "of", "between" or "among": "a joint venture
    between Bosch and Rohm", "a consortium made up of A and B"."""
    return [
        a.mention
        for h in nouns
        for c in kids(h)
        if c.dep_ == "prep" and c.lower_ in ("of", "between", "among")
        for p in kids(c)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
        if a.direct
    ]


#: What a business owns and sells whole, beside its facilities: "bought offshore wind
#: assets from Orsted".
ASSETS = frozenset(
    (
        "asset", "stake", "share", "stock", "equity", "interest", "business", "unit",
        "division", "operation", "mill", "portfolio",
    )
)  # fmt: skip


def shares_subject(verb: Token) -> bool:
    """Whether a verb is the second of two joined verbs of one subject: "bought a stake in
    Joby and agreed to ..." (not "Qingyun is battling X, and BYD has agreed to ...")."""
    return (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


#: Verbs of taking a stake in a firm: with those of investing, a lone party's first act,
#: whose party its second act, done jointly or agreed, is done with.
_STAKE_TAKING = frozenset(("buy", "acquire", "take", "purchase", "raise", "increase"))


def first_act_parties(ctx: Context, first: Token, party: KgMention) -> list[Arg]:
    """The firms or states a lone party's first act names, whom its second act, done
    together or agreed, is done with: "bought a stake in Kadokawa and will jointly
    produce films", "acquired a stake in Joby and agreed to partner on ..."."""
    # (an act of investing or holding a stake: not "lost Apple as a customer", "sued
    # Lenovo", "sold its stake in X")
    lemma = first.lemma_.lower()
    staked = any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("stake", "share", "interest", "holding")
        for c in kids(first)
    )
    investing = ctx.rules.relations["invests"].verbs
    if lemma not in investing and not (lemma in _STAKE_TAKING and staked):
        return []
    named = prep_args(ctx, first, ("in", "with", "to"), direct=True)
    named += [a for a in objects_of(ctx, first) if a.direct]
    named += [
        a
        for c in kids(first)
        if c.dep_ == "dobj" and ctx.mention_of(c) is None
        for a in prep_args(ctx, c, ("in", "with"), direct=True)
    ]
    return [a for a in named if a.mention.type in ("COMPANY", "COUNTRY") and a.mention is not party]


def founded_group_rules(ctx: Context) -> Iterator[Hit]:
    """ "Seven firms, including Siemens and SAP, launched the EU AI Champions Alliance",
    "Telstra, Optus and TPG founded the Open RAN Consortium": who sets up a named group
    joins it."""
    rule = ctx.rules.relations["partners"]
    if ctx.lemma_set.isdisjoint(ctx.venture_verbs):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ctx.venture_verbs:
            continue
        groups = [
            m
            for c in kids(tok)
            if c.dep_ == "dobj"
            for m in [ctx.mention_of(c)]
            if m is not None
            and m.type == "COMPANY"
            and ctx.lemma[m.end - 1] in GROUPS - {"venture"}
        ]
        founders = [a for a in subjects_of(ctx, tok)[0] if a.mention.type == "COMPANY"]
        for g in groups:
            conf = rule.confidence + ctx.offset["agreement"]
            yield from pairs(rule, founders, [Arg(g, True)], tok, conf, "founded-group")


#: Nouns of a joint undertaking whose members an "of" names: "a collaboration of A and B".
_JOINT_GROUPS = frozenset(
    ("venture", "consortium", "partnership", "alliance", "coalition", "collaboration")
)


def joint_group_rules(ctx: Context) -> Iterator[Hit]:
    """The parties of one joint undertaking partner each other: "a joint venture of CG
    Power, Renesas and Stars Microelectronics", "a joint bid from TotalEnergies and
    Equinor", "Hyundai Motor and LG Energy Solution's joint venture"."""
    rule = ctx.rules.relations["partners"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN":
            continue
        if any(c.dep_ == "amod" and c.lower_ == "joint" for c in kids(tok)):
            # "a joint bid from TotalEnergies and Equinor", "a joint offer by A and B": those
            # whose joint undertaking it is
            makers = [
                a.mention
                for a in prep_args(ctx, tok, ("from", "by"), direct=True)
                if a.mention.type in ("COMPANY", "COUNTRY")
            ]
            if len(makers) > 1:
                yield from each_other(rule, makers, tok, rule.confidence, f"joint:{lemma}")
        if lemma not in _JOINT_GROUPS:
            continue
        # "a joint venture of CG Power, Renesas and Stars Microelectronics"
        # ("a consortium made up of A, B and C", "comprising A and B")
        holders = [tok] + [
            v for v in kids(tok) if v.dep_ == "acl" and v.lemma_.lower() in COMPOSING
        ]
        members = members_of(ctx, holders)
        members += [
            a.mention
            for h in holders[1:]
            for c in kids(h)
            if c.dep_ == "dobj"
            for a in ctx.args(c)
            if a.direct
        ]
        # ("a joint venture between Stellantis and Samsung SDI, StarPlus Energy": the name in
        # apposition is the venture, not a member)
        members = [m for m in members if ctx.root_of(m).dep_ != "appos"]
        # (but a list the parser went on with in apposition: "a consortium of Brazil's
        # Embraer, Portugal's OGMA and Spain's Indra")
        if members:
            members += [
                a.mention
                for c in kids(tok)
                if c.dep_ == "appos" and any(k.dep_ == "conj" for k in kids(c))
                for a in ctx.args(c)
                if a.direct and a.mention not in members
            ]
        if len(members) > 1:
            yield from each_other(rule, members, tok, rule.confidence, f"members:{lemma}")
        # "Hyundai Motor and LG Energy Solution's joint venture", however it was parsed
        owners = _joint_owners(ctx, tok)
        if len(owners) > 1:
            yield from each_other(rule, owners, tok, rule.confidence, f"owners:{lemma}")


def _joint_owners(ctx: Context, noun: Token) -> list[KgMention]:
    """The firms of "A and B's joint venture" before a venture's noun, read on the words:
    the parser often joins the noun to the first firm."""
    k = noun.i - 1
    while k > 0 and noun.i - k <= 4:
        word = ctx.tokens[k]
        if not ((word.is_lower and word.is_alpha) or word.text == "-"):
            break
        k -= 1
    if k < 1 or ctx.tokens[k].text not in ("'s", "’s"):
        return []
    second = ctx.mention_of(ctx.tokens[k - 1])
    if second is None or second.start < 2 or ctx.lower[second.start - 1] != "and":
        return []
    first = ctx.mention_of(ctx.tokens[second.start - 2])
    if first is None or first.type != "COMPANY" or second.type != "COMPANY":
        return []
    return [first, second]
