"""Money that makes an investment: stakes ("holding minority stakes", "in which Rosneft
holds a 49% stake", "paid $700 million for a stake in X"), funding, grants and loans
("approved ¥802.5 billion in funding for the foundry", "Japan to grant Micron ¥192
billion", "received a loan from the Department of Energy"), backers ("the Nvidia-backed
company"), and a facility's price in a place ("a €5 billion campus in Catania")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import prep_args, prep_objects_of, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, agents_after, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.rivals import role_holders

__all__ = [
    "backer_rules",
    "facility_money_rules",
    "funding_rules",
    "owned_share_rules",
    "partial_share",
    "securities_rules",
    "shareholder_rules",
    "stake_rules",
]

#: Currency words and signs: a number after or before one is money.
_CURRENCY = frozenset(
    (
        "$", "us$", "€", "£", "¥", "₹", "hk$", "nt$", "s$", "a$", "c$", "yuan", "rmb", "cny",
        "dollar", "dollars", "euro", "euros", "pound", "pounds", "yen", "rupee", "rupees",
        "won", "crore", "lakh", "dirham", "dirhams", "real", "reais", "crown", "crowns",
        "krona", "kronor", "krone", "kroner", "baht", "ringgit", "rupiah", "peso", "pesos",
        "rand", "lira", "naira", "shilling", "shillings", "franc", "francs", "dong", "zloty",
        "zlotys", "riyal", "riyals", "dinar", "dinars", "renminbi", "rouble", "roubles",
        "ruble", "rubles", "hryvnia", "tenge", "forint", "koruna",
    )
)  # fmt: skip
#: A currency's sign run into its number: "NT$3.2", "€350", "US$1.5bn".
_SIGNED_AMOUNT = re.compile(r"^(?:us|nt|hk|s|a|c|r)?[$€£¥₹][\d.,]+(?:[mk]|bn|m)?$")

#: Nouns of a holding: "a 49% stake", "a minority interest".
_HOLDINGS = frozenset(
    (
        "stake", "stakes", "interest", "share", "shares", "holding", "%", "percent",
        "quarter", "third", "half", "fifth", "tenth",
    )
)  # fmt: skip
#: Words of a share less than the whole: "15% owned by", "owns about a quarter of".
_PARTIAL = frozenset(
    ("%", "percent", "quarter", "third", "half", "fifth", "tenth", "minority", "part")
)
#: Verbs of holding or taking a share.
_HOLDING_VERBS = frozenset(
    (
        "hold", "own", "take", "buy", "acquire", "pay", "have", "get", "keep", "raise",
        "increase", "boost", "lift", "double", "build",
    )
)  # fmt: skip
#: Verbs of selling a stake to a buyer: "sell a 40% stake in X to Stonepeak".
_SELLING_STAKES = frozenset(("sell", "transfer", "offload"))
#: Verbs of giving money: "pledged ¥476 billion for the plant", "to grant Micron ¥192 billion".
_GIVING = frozenset(
    (
        "grant", "give", "award", "lend", "provide", "pledge", "commit", "approve",
        "contribute", "pour", "inject", "allocate", "earmark", "offer", "extend", "invest",
        "put",
    )
)  # fmt: skip
#: Verbs of spending money on a facility: "is spending $165 billion on fabs in Arizona".
_SPENDING = frozenset(("spend", "invest", "pour", "plough", "plow", "sink"))
#: Verbs of putting up a facility: "will build a €1 billion plant in Heide".
_BUILDING = frozenset(("build", "construct", "open", "set", "establish", "erect", "develop"))
#: Verbs of receiving money: "received a $102 million loan from the Department of Energy".
#: Participles of who leads money raised: "raises $40 billion led by SoftBank".
_LEADING = frozenset(("lead",))
_RECEIVING = frozenset(("receive", "win", "secure", "get", "obtain", "raise", "land"))
#: Nouns for who holds a share of a firm: "among the investors in X".
_INVESTORS = frozenset(("investor", "backer", "shareholder", "stakeholder"))


def is_money(tok: Token, funding: frozenset[str]) -> bool:
    """Whether a noun phrase names money: "¥476 billion", "$2 billion in grants",
    "additional funding", "a $102 million loan"."""
    if tok.lemma_.lower() in funding:
        return True
    # ("approved Micron's $2.75 billion plant": a plant that costs money is no money given)
    if tok.pos_ == "NOUN" and not tok.like_num and tok.lower_ not in _CURRENCY:
        return False
    words = [t for t in tok.subtree][:12]
    # ("NT$3.2 billion", "€350m": a sign run into its number)
    if any(_SIGNED_AMOUNT.match(t.lower_) for t in words):
        return True
    return any(t.lower_ in _CURRENCY for t in words) and any(t.like_num for t in words)


def _facility_owner(ctx: Context, tok: Token) -> list[Arg]:
    """Who owns a facility a noun names: "its plant", "the plant" (the last facility the
    text gave an owner), "the government-backed foundry" (the firm it describes)."""
    nouns = ctx.rules.relations["operates_in"].nouns
    found = ctx.args(tok)
    if found:
        return found
    if tok.lemma_.lower() not in nouns:
        return []
    for c in kids(tok):
        if c.dep_ == "poss":
            return ctx.resolve(c)
    # "the plant": the last facility named before it with an owner
    for t in reversed(ctx.tokens[: tok.i]):
        if t.lemma_.lower() in nouns and t.pos_ == "NOUN":
            owners = [a for c in kids(t) if c.dep_ == "poss" for a in ctx.resolve(c)]
            if not owners and t.dep_ in ("dobj", "pobj"):
                verb = t.head if t.dep_ == "dobj" else t.head.head
                owners = subjects_of(ctx, verb)[0] if verb.pos_ in ("VERB", "AUX") else []
            if owners:
                return owners
    return []


def _facility_place(ctx: Context, tok: Token) -> list[Arg]:
    """Where a facility a noun names stands: "a battery plant in North Carolina"."""
    if tok.lemma_.lower() not in ctx.rules.relations["operates_in"].nouns:
        return []
    # ("a factory on Batam island": the place named before its noun)
    return [
        Arg(m, False)
        for c in kids(tok)
        if c.dep_ == "prep" and c.lower_ in ("in", "at", "on")
        for p in kids(c)
        if p.dep_ == "pobj"
        for q in [p, *(g for g in kids(p) if g.dep_ == "compound" and g.i == p.i - 1)]
        for m in [ctx.mention_of(q)]
        if m is not None and m.type == "LOCATION"
    ]


def _invests(ctx: Context, sources, targets, trigger: Token, key: str, method: str):
    rule = ctx.rules.relations["invests"]
    # ("Kioxia and Sandisk said they would invest in a new plant": givers do not get)
    givers = {(s.mention if isinstance(s, Arg) else s).label for s in sources}
    for s in sources:
        for t in targets:
            sm = s.mention if isinstance(s, Arg) else s
            tm = t.mention if isinstance(t, Arg) else t
            if fits(rule, sm, tm) and tm.label not in givers:
                yield Hit(sm, "invests", tm, trigger, ctx.fixed[key], method)


def stake_rules(ctx: Context) -> Iterator[Hit]:
    """ "with Sony, Denso and Toyota holding minority stakes", "the refiner in which
    Rosneft holds a 49% stake", "paid $700 million for a 4.99% stake in the carmaker",
    "a venture that TSMC owns 70% of": the holder invests in what it holds."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        selling = lemma in _SELLING_STAKES
        if pos != "VERB" or (lemma not in _HOLDING_VERBS and not selling):
            continue
        held = [c for c in kids(tok) if c.dep_ == "dobj" and c.lower_ in _HOLDINGS]
        # "will buy $5 billion of Intel shares": the shares an amount is of
        held += [
            g
            for c in kids(tok)
            if c.dep_ == "dobj" and c.lower_ not in _HOLDINGS
            for p in kids(c)
            if p.dep_ == "prep" and p.lower_ == "of"
            for g in kids(p)
            if g.dep_ == "pobj" and g.lemma_.lower() in ("share", "stock")
        ]
        # "with Sony, Denso and Toyota holding minority stakes": parsed as a noun phrase
        if tok.dep_ == "amod" and tok.head.lower_ in _HOLDINGS:
            held.append(tok.head)
        held += [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in kids(c)
            if p.dep_ == "pobj" and p.lower_ in _HOLDINGS
        ]
        if not held:
            continue
        holders = list(subjects_of(ctx, tok)[0])
        # "agreed to sell a 40% stake in Louisiana LNG to Stonepeak": the buyer holds it
        if selling:
            holders = prep_args(ctx, tok, ("to",), direct=True)
        # "with A, B and C holding stakes": the participle's subject hangs on the noun
        if not holders and tok.dep_ in ("amod", "acl"):
            holders = [
                a
                for c in kids(tok.head)
                if c.dep_ in ("nmod", "compound") and c.i < tok.i
                for a in ctx.args(c)
            ]
        # the company held: "a stake in X", "70% of" the noun a relative clause is on
        targets = _held_in(ctx, held)
        # "Intel shares", "Intel's stock": the firm named before its shares
        targets += [
            a
            for h in held
            if h.lemma_.lower() in ("share", "stock")
            for c in kids(h)
            if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < h.i
            for a in ctx.args(c)
            if a.direct and a.mention.type == "COMPANY"
        ]
        # "holds 51% of the venture and IGO the rest": one listed with "the rest" holds it
        rest = [t for t in targets if _holds_the_rest(ctx, t)]
        targets = [t for t in targets if t not in rest]
        holders += rest
        if not targets and tok.dep_ == "relcl":
            targets = ctx.args(tok.head)
        # "a 50% stake in Spanish renewables firm Saeta Yield", however it was parsed: the
        # first firm after "in", with no verb or comma before it
        if not any(t.direct and t.mention.type == "COMPANY" for t in targets):
            targets = _first_firm_after_in(ctx, held) or targets
        if not targets:
            # "opened its first fab, with A, B and C holding stakes": the clause's subject;
            # "owns 60% of Arctic LNG 2, with A and B each holding 10%": what it holds
            top = held[0] if tok.dep_ == "amod" else tok
            while top.dep_ not in ("ROOT",) and top.head.i != top.i and top.pos_ != "AUX":
                top = top.head
                if top.pos_ == "VERB":
                    top_held = [c for c in kids(top) if c.dep_ == "dobj" and c.lower_ in _HOLDINGS]
                    targets = (
                        _held_in(ctx, top_held) if top.lemma_.lower() in _HOLDING_VERBS else []
                    )
                    targets = targets or [a for a in subjects_of(ctx, top)[0] if a.direct]
                    if targets:
                        break
        targets = [t for t in targets if all(t.mention is not h.mention for h in holders)]
        # (a stake is in a firm or a product, not in the place that modifies it: "the Tokyo
        # start-up in which it holds a stake")
        targets = [t for t in targets if t.mention.type != "LOCATION"]
        yield from _invests(ctx, holders, targets, tok, "stake", f"stake:{tok.lemma_.lower()}")


def _held_in(ctx: Context, held: list[Token]) -> list[Arg]:
    """What holdings are of or in: "a stake in X", "60% of Arctic LNG 2"."""
    return [
        a
        for h in held
        for c in kids(h)
        if c.dep_ == "prep" and c.lower_ in ("in", "of")
        for p in kids(c)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
    ]


def _holds_the_rest(ctx: Context, a: Arg) -> bool:
    """Whether a name is set beside "the rest" of a holding: "... and IGO the rest"."""
    root = ctx.root_of(a.mention)
    return any(
        c.dep_ == "appos" and c.lower_ in ("rest", "remainder", "balance") for c in kids(root)
    )


def partial_share(verb: Token) -> bool:
    """Whether a verb of owning owns a share less than the whole: "is 15% owned by",
    "owns about a quarter of", "a 20%-owned unit"."""
    if "%-" in verb.text:
        return True
    return any(
        c.lower_ in _PARTIAL or (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _PARTIAL)
        for c in kids(verb)
        if c.dep_ in ("npadvmod", "advmod", "nummod", "dobj", "amod")
    )


def owned_share_rules(ctx: Context) -> Iterator[Hit]:
    """ "Kuroshio, which is 15% owned by Mitsui Chemicals", "majority-owned by Vodafone",
    "Qingfeng, which is 20%-owned by Dongfeng": the owner invests in what it owns a share
    of."""
    for tok, lower, lemma in zip(ctx.tokens, ctx.lower, ctx.lemma, strict=True):
        shared = lower.endswith("%-owned")
        if not shared and not (lemma == "own" and tok.tag_ == "VBN"):
            continue
        whole = any(c.lower_ in ("majority", "wholly", "fully") for c in kids(tok))
        owners = [
            a
            for c in kids(tok)
            if c.dep_ in ("agent", "prep") and c.lower_ == "by"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct
        ]
        # "is owned by Renault, Geely and Aramco": each of several owners holds a share
        joint = len({a.mention.label for a in owners}) > 1
        if not (shared or partial_share(tok) or whole or joint):
            continue
        # what is owned: the noun the participle is on, the clause's subject, or what the
        # relative clause is about ("Kuroshio, which is ... owned by")
        owned = [a for c in kids(tok) if c.dep_ == "nsubjpass" for a in ctx.args(c)]
        if not owned and tok.dep_ in ("acl", "amod", "relcl"):
            owned = ctx.args(tok.head)
        if not owned and tok.dep_ in ("acomp", "attr") and tok.head.lemma_ == "be":
            be = tok.head
            owned = ctx.args(be.head) if be.dep_ == "relcl" else subjects_of(ctx, be)[0]
        if not owned and tok.dep_ == "acl" and tok.head.dep_ == "relcl":
            owned = ctx.args(tok.head.head)
        # "Lucid, majority-owned by PIF, will ...": the parser may hang the name on the
        # participle
        if not owned:
            owned = [
                Arg(m, True)
                for c in kids(tok)
                if c.dep_ == "npadvmod" and c.i < tok.i
                for m in [ctx.mention_of(c)]
                if m is not None
            ]
        # a relative pronoun stands for the name the clause is on
        owned = [a for a in owned if a.direct]
        yield from _invests(ctx, owners, owned, tok, "stake", "owned-share")
        # "majority-owned by Vodafone": a part of its owner too
        part_of = ctx.rules.relations["part_of"]
        for a in owned if whole and not joint else []:
            for o in owners:
                if fits(part_of, a.mention, o.mention):
                    yield Hit(a.mention, "part_of", o.mention, tok, part_of.confidence, "owned")


def funding_rules(ctx: Context) -> Iterator[Hit]:
    """ "METI approved ¥802.5 billion in funding for the foundry", "Tokyo has pledged up to
    ¥476 billion for the plant", "Japan to grant Micron ¥192 billion", "received a $102
    million loan from the US Department of Energy": the giver invests in who gets it."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # ("will pay €10 billion in subsidies to Intel": paying gives only funds)
        paying = lemma == "pay"
        if pos != "VERB" or (lemma not in _GIVING and lemma not in _RECEIVING and not paying):
            continue
        money = [c for c in kids(tok) if c.dep_ == "dobj" and is_money(c, ctx.funding_nouns)]
        # "will provide up to ¥920 billion to Rapidus": the parser may read "up to" as a
        # particle and a preposition
        money += [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "to" and ctx.lower[c.i - 1] == "up"
            for p in kids(c)
            if p.dep_ == "pobj" and is_money(p, ctx.funding_nouns)
        ]
        # "will provide Rapidus with ¥100 billion": the money after "with", the receiver the
        # object
        with_money = [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "with" and lemma in _GIVING
            for p in kids(c)
            if p.dep_ == "pobj" and is_money(p, ctx.funding_nouns)
        ]
        if with_money and not money:
            givers = [a for a in subjects_of(ctx, tok)[0] if a.direct]
            gotten = [
                a
                for c in kids(tok)
                if c.dep_ == "dobj"
                for a in ctx.args(c)
                if a.direct and a.mention.type == "COMPANY"
            ]
            yield from _invests(ctx, givers, gotten, tok, "funding", f"funding:{lemma}")
            continue
        if not money:
            continue
        # the funds the money is in: "$750 million in grants", "in CHIPS Act funding"
        # (hung on the verb or on the money)
        funds = [
            p
            for m in [tok, *money]
            for c in kids(m)
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in kids(c)
            if p.lemma_.lower() in ctx.funding_nouns | {"support"}
        ]
        # (only aid paid, not loans paid back: "paid off $2 billion in loans")
        if paying and (
            not any(f.lemma_.lower() in _AID for f in funds)
            or any(c.dep_ == "prt" for c in kids(tok))
        ):
            continue
        receiver = [c for c in kids(tok) if c.dep_ == "nsubjpass"]
        if (lemma in _GIVING or paying) and receiver:
            # "Micron was awarded $6.1 billion in subsidies by the Commerce Department"
            gotten = [
                a for c in receiver for a in ctx.args(c) if a.direct and a.mention.type == "COMPANY"
            ]
            givers = [
                a
                for c in [*kids(tok), *(g for m in [*money, *funds] for g in kids(m))]
                if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "from")
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
            yield from _invests(ctx, givers, gotten, tok, "funding", f"funded:{lemma}")
        elif lemma in _GIVING or paying:
            # ("Germany's government will provide": the state that gives)
            givers = [
                a
                for a in subjects_of(ctx, tok)[0]
                if a.direct or a.mention.type in ("COUNTRY", "AGENCY")
            ]
            # (a state pays aid; a firm pays its suppliers)
            if paying:
                givers = [a for a in givers if a.mention.type in ("COUNTRY", "AGENCY")]
            # "to grant Micron ¥192 billion", "¥476 billion for the plant"
            gotten: list[Arg] = [a for c in kids(tok) if c.dep_ == "dative" for a in ctx.args(c)]
            # "awarded Micron up to $6.1 billion": the parser may make the receiver a second
            # object
            gotten += [
                a
                for c in kids(tok)
                if c.dep_ == "dobj" and c.i < money[0].i and not is_money(c, ctx.funding_nouns)
                for a in ctx.args(c)
                if a.direct and a.mention.type == "COMPANY"
            ]
            # ("will lend €350 million to Soitec": a name after "to" the parser read as a
            # verb)
            gotten += [
                a
                for c in kids(tok)
                if c.dep_ in ("advcl", "xcomp") and any(g.lower_ == "to" for g in kids(c))
                for a in ctx.args(c)
                if a.mention.type == "COMPANY"
            ]
            # "will build a plant in Catania, with Italy contributing €2 billion": the firm
            # of the clause the giving goes with
            # (not where the giving has its own recipient: "with the union providing $5
            # million to workers")
            own = any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") for c in kids(tok))
            # (the building may be the clause's or the one it goes on from: "will build a
            # campus in Catania, integrating ..., with Italy contributing")
            main = tok.head.head
            clauses = [main, main.head] if main.dep_ in ("advcl", "conj", "xcomp") else [main]
            if (
                not gotten
                and not own
                and tok.dep_ == "pcomp"
                and tok.head.lower_ == "with"
                and any(ctx.lemma[v.i] in _BUILDING | _SPENDING for v in clauses)
            ):
                gotten = [
                    a
                    for a in subjects_of(ctx, tok.head.head)[0]
                    if a.direct and a.mention.type == "COMPANY"
                ]
            # "470 billion yen in subsidies to Kioxia": the funds' own preposition
            holders = [tok, *money, *(f for f in funds if f.dep_ == "pobj")]
            # "incentives worth $10 billion for a Tata fab": the preposition on "worth"
            holders += [c for m in money for c in kids(m) if c.lower_ == "worth"]
            for holder in holders:
                for c in kids(holder):
                    if c.dep_ in ("prep", "dative") and c.lower_ in ("for", "to", "into", "in"):
                        for p in kids(c):
                            if p.dep_ == "pobj":
                                gotten.extend(_facility_owner(ctx, p))
                                gotten.extend(_facility_place(ctx, p))
            yield from _invests(ctx, givers, gotten, tok, "funding", f"funding:{lemma}")
        elif lemma in _RECEIVING:
            gotten = [a for a in subjects_of(ctx, tok)[0] if a.direct]
            # ("$7.9 billion in grants from the Commerce Department": "from" on the grants)
            grants = [g for f in funds for g in kids(f)]
            givers = [
                a
                for m in money
                for c in [*kids(m), *kids(tok), *grants]
                if c.dep_ == "prep" and c.lower_ == "from"
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
            # "raises $40 billion led by SoftBank": who leads the money raised
            givers += [a for m in money for a in agents_after(ctx, m, _LEADING)]
            # "wins a $6.1 billion US grant": the government named on the money
            givers += [
                Arg(g, True)
                for m in money
                for c in kids(m)
                if c.dep_ in ("compound", "nmod", "amod") and c.i < m.i
                for g in [ctx.mention_of(c)]
                if g is not None and g.type in ("COUNTRY", "AGENCY")
            ]
            yield from _invests(ctx, givers, gotten, tok, "funding", f"funded:{lemma}")


def backer_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Nvidia-backed company", "a TSMC-controlled venture": the backer invests in it,
    the controller owns it."""
    doc = ctx.doc
    if ctx.lower_set.isdisjoint(
        ("backed", "funded", "controlled", "owned", "financed", "led")
    ):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower not in ("backed", "funded", "controlled", "owned", "financed", "led") or tok.i < 2:
            continue
        if doc[tok.i - 1].text != "-":
            continue
        backer = ctx.mention_of(doc[tok.i - 2])
        if backer is None or (lower == "led") != (backer.type == "PERSON"):
            continue
        # ("the Chinese-owned chipmaker" says whose investors, not what it is part of)
        if lower in ("controlled", "owned") and backer.type != "COMPANY":
            continue
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        backed = ctx.resolve(noun) if noun is not None else []
        if not backed and noun is not None:
            host = ctx.appos_host(noun)
            backed = [Arg(host, True)] if host is not None else []
        # "Satya Nadella-led Microsoft": the one named heads it
        if lower == "led":
            for b in backed:
                if b.mention.type in ("COMPANY", "AGENCY"):
                    yield Hit(backer, "leads", b.mention, tok, ctx.fixed["backer"], "led-by")
        elif lower in ("controlled", "owned"):
            part_of = ctx.rules.relations["part_of"]
            for b in backed:
                if fits(part_of, b.mention, backer):
                    yield Hit(b.mention, "part_of", backer, tok, ctx.fixed["backer"], "owned-by")
        else:
            yield from _invests(ctx, [backer], backed, tok, "backer", "backed-by")


def facility_money_rules(ctx: Context) -> Iterator[Hit]:
    """ "will build a €5 billion silicon carbide campus in Catania", "Tata Electronics'
    ₹91,000 crore fab in Dholera": who pays for a facility invests in its place;
    "Germany is subsidising Intel's Magdeburg fab": who funds a firm's facility invests in
    the firm."""
    nouns = ctx.rules.relations["operates_in"].nouns
    funding = ctx.rules.relations["invests"].verbs
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma in funding and tok.pos_ == "VERB":
            # (or its place, where the parser lost the facility's noun: "Intel's Magdeburg")
            owners = [
                a
                for c in kids(tok)
                if c.dep_ == "dobj"
                and (
                    (c.lemma_.lower() in nouns and ctx.mention_of(c) is None)
                    or getattr(ctx.mention_of(c), "type", "") == "LOCATION"
                )
                for g in kids(c)
                if g.dep_ == "poss"
                for a in ctx.resolve(g)
                if a.mention.type == "COMPANY"
            ]
            if owners:
                funders = [a for a in subjects_of(ctx, tok)[0] if a.direct]
                yield from _invests(ctx, funders, owners, tok, "facility_money", "funded-site")
        # "is spending $165 billion on fabs in Arizona"
        if lemma in _SPENDING and tok.pos_ == "VERB":
            money = [c for c in kids(tok) if c.dep_ == "dobj" and is_money(c, ctx.funding_nouns)]
            sites = [
                p
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ in ("on", "in", "into")
                for p in kids(c)
                if p.dep_ == "pobj" and p.lemma_.lower() in nouns
            ]
            places = [a for site in sites for a in _facility_place(ctx, site)]
            if money and places:
                spenders = [a for a in subjects_of(ctx, tok)[0] if a.direct]
                yield from _invests(ctx, spenders, places, tok, "facility_money", "spent-on")
            continue
        if lemma not in nouns or not any(
            t.lower_ in _CURRENCY for t in tok.lefts for t in t.subtree
        ):
            continue
        # the place itself, not the region after its comma ("in Dholera, Gujarat"); of the
        # facility or of the verb that builds it ("will build a €1 billion plant in Heide")
        built = tok.dep_ == "dobj" and tok.head.lemma_.lower() in _BUILDING
        places: list[KgMention] = [
            m
            for c in [*kids(tok), *(kids(tok.head) if built else ())]
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for p in kids(c)
            if p.dep_ == "pobj"
            for m in [ctx.mention_of(p)]
            if m is not None and m.type == "LOCATION"
        ]
        if not places:
            continue
        owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        if not owners and tok.dep_ == "dobj":
            owners = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
        yield from _invests(ctx, owners, places, tok, "facility_money", "facility-money")


def _first_firm_after_in(ctx: Context, held: list[Token]) -> list[Arg]:
    """The first firm named within a few words after a holding's "in"."""
    for h in held:
        nxt = h.i + 1
        if nxt >= len(ctx.doc) or ctx.tokens[nxt].lower_ != "in":
            continue
        for t in ctx.tokens[nxt + 1 : nxt + 7]:
            if t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "."):
                break
            m = ctx.mention_of(t)
            if m is not None and m.type == "COMPANY":
                return [Arg(m, True)]
    return []


#: Funds a government pays as aid: "will pay €10 billion in subsidies to Intel".
_AID = frozenset(("subsidy", "grant", "aid", "funding", "support"))

#: Securities a firm sells to investors.
_SECURITIES = frozenset(("bond", "note", "share", "equity", "stock", "debenture"))


def securities_rules(ctx: Context) -> Iterator[Hit]:
    """ "Lenovo has sold $2 billion of convertible bonds to Alat": who buys a firm's
    securities invests in it."""
    if ctx.lemma_set.isdisjoint(("sell", "issue", "place")):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ("sell", "issue", "place"):
            continue
        sold = [c for c in kids(tok) if c.dep_ == "dobj"]
        sold += [p for c in sold for g in kids(c) if g.lower_ == "of" for p in kids(g)]
        if not any(c.lemma_.lower() in _SECURITIES for c in sold):
            continue
        buyers = [a for p, a in prep_objects_of(ctx, tok) if p == "to" and a.direct]
        sellers = [a for a in subjects_of(ctx, tok)[0] if a.direct]
        yield from _invests(ctx, buyers, sellers, tok, "round", "securities")


def shareholder_rules(ctx: Context) -> Iterator[Hit]:
    """ "Equinor, its 10% shareholder", "counts Panasonic Energy as a minority shareholder",
    "X is the largest shareholder in Y": a holder of a firm invests in it."""
    if ctx.lemma_set.isdisjoint(_INVESTORS):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in _INVESTORS or ctx.mention_of(tok) is not None:
            continue
        if _former(tok):
            continue
        holders = [a for a in role_holders(ctx, tok) if a.direct]
        mine = {a.mention.label for a in holders}
        held = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        # ("Equinor, its 10% shareholder": "its" is not the one it describes, but the firm
        # the text is about)
        if holders and any(a.mention.label in mine for a in held):
            topic = ctx.topic(exclude=mine, type_="COMPANY")
            held = [Arg(topic, True)] if topic is not None else []
        held += prep_args(ctx, tok, ("in", "of"), direct=True)
        # "Veridian counts Panasonic as a minority shareholder": the one who counts it
        if not held and tok.dep_ == "pobj" and tok.head.lower_ == "as":
            verb = tok.head.head
            if verb.lemma_.lower() in ("count", "list", "name", "have"):
                held = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        held = [a for a in held if a.mention.type == "COMPANY"]
        yield from _invests(ctx, holders, held, tok, "stake", f"holder:{lemma}")


def _former(noun: Token) -> bool:
    """Whether a holder's noun says the holding is past or only possible: "a former
    shareholder", "a prospective investor"."""
    return any(c.lower_ in ("former", "ex", "prospective", "potential") for c in kids(noun))
