"""Who owns whom, said by a noun of ownership or control rather than a possessive: "X is a
unit of Y", "X, whose parent company is Y", "Calvex, owner of the Rova brand", "EcoCloud,
a G42 company", "the Walton subsidiary Brisk Retail", "took control of X", "X will merge
into Y", "agreed to a takeover offer from Y"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import objects_of, prep_args, subjects_of
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import fixed_hit
from kg.nlp.relations.money import is_money

__all__ = [
    "bought_from_rules",
    "control_rules",
    "deal_rules",
    "merger_rules",
    "named_member_rules",
    "owner_rules",
    "paid_for_rules",
    "unit_rules",
]


def _of(ctx: Context, noun: Token, *, preps: tuple[str, ...] = ("of",)) -> list[KgMention]:
    """The names a noun's "of" phrase stands for: "a unit of Sharp", "owner of the Rova brand"."""
    return [a.mention for a in prep_args(ctx, noun, preps)]


def _said_of(ctx: Context, noun: Token) -> list[KgMention]:
    """What a describing noun is said of: the subject of "is", the name it is in apposition
    to, the name right after it ("the Walton subsidiary Brisk Retail")."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_.lower() in ("be", "become", "remain"):
        return [a.mention for a in subjects_of(ctx, head)[0] if a.direct]
    host = ctx.appos_host(noun) if noun.dep_ != "attr" else None
    if host is not None:
        return [host]
    # "the Walton subsidiary Brisk Retail": the name the noun introduces
    named = [ctx.mention_of(c) for c in kids(noun) if c.dep_ == "appos" and c.i > noun.i]
    if noun.i + 1 < len(ctx.doc):
        named.append(ctx.mention_of(ctx.tokens[noun.i + 1]))
    return [m for m in named if m is not None]


def _units_listed(ctx: Context, noun: Token) -> list[KgMention]:
    """The names a plural unit noun's "including" lists: "five subsidiaries of X, including
    Y", the list hung on the noun or on a word above it in the clause."""
    if noun.tag_ != "NNS":
        return []
    holder, found = noun, []
    for _ in range(4):
        for c in kids(holder):
            if c.dep_ == "prep" and c.lower_ in ctx.including_preps and c.i > noun.i:
                # (names themselves, not "including firms such as SMIC" on the verb)
                found += [
                    a.mention
                    for p in kids(c)
                    if p.dep_ == "pobj" and ctx.mention_of(p) is not None
                    for a in ctx.args(p)
                    if a.direct
                ]
        if found or holder.pos_ == "VERB" or holder.head.i == holder.i:
            break
        holder = holder.head
    return [m for m in found if m.type == "COMPANY"]


def bought_from_rules(ctx: Context) -> Iterator[Hit]:
    """ "Prada agreed to buy Versace from Capri Holdings": a business bought from a firm is
    that firm's until the deal closes."""
    buying = ctx.rules.relations["acquires"].verbs
    if ctx.lemma_set.isdisjoint(buying):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # (a deal still to close: "will buy", "agreed to buy"; "bought Motorola from Google
        # in 2014" says whose it was, and "took a customer from Samsung" is no purchase)
        if pos != "VERB" or lemma not in buying or lemma in ("take", "merge") or tok.tag_ != "VB":
            continue
        sellers = [
            a.mention
            for a in prep_args(ctx, tok, ("from",), direct=True)
            if a.mention.type == "COMPANY"
        ]
        if not sellers:
            continue
        bought = [
            a.mention
            for c in kids(tok)
            if c.dep_ == "dobj"
            for a in ctx.args(c)
            if a.direct and a.mention.type == "COMPANY"
        ]
        for b in bought:
            for s_ in sellers:
                yield from fixed_hit(ctx, "part_of", b, s_, tok, "unit", "bought-from")


def unit_rules(ctx: Context) -> Iterator[Hit]:
    """A firm or product said to be part of another: "Waymo is a unit of Alphabet", "the
    Zeta S2 is part of the Zeta family", "EcoCloud, a G42 company", "the Walton subsidiary
    Brisk Retail", "Lexen, whose parent company is Daimler Truck", "part of IAG alongside
    British Airways and Aer Lingus"."""
    part_nouns = ctx.rules.relations["part_of"].nouns
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or ctx.mention_of(tok) is not None:
            continue
        if lemma in part_nouns or lemma == "company":
            wholes = _of(ctx, tok) if lemma != "company" else []
            # "a G42 company", "the Walton subsidiary": the owner as a modifier
            # (not a firm listed before it: "Inari Amertron and materials group Resonac")
            wholes += [
                m
                for c in kids(tok)
                if c.dep_ in ("compound", "nmod")
                and c.i < tok.i
                and not any(k.dep_ in ("cc", "conj") for k in kids(c))
                for m in [ctx.mention_of(c)]
                if m is not None and m.type == "COMPANY"
            ]
            if not wholes:
                continue
            parts = [p for p in _said_of(ctx, tok) if p not in wholes]
            # "four Chinese units of Arrow Electronics, including Arrow China": those the
            # units' list names (however far up the parser hangs "including")
            parts += [m for m in _units_listed(ctx, tok) if m not in wholes and m not in parts]
            # "part of IAG alongside British Airways and Aer Lingus": those beside it too
            for c in kids(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    parts += _alongside(ctx, c)
            said = tok.head if tok.dep_ == "attr" else tok  # "X is not a unit of Y"
            for p in parts:
                for w in wholes:
                    yield from fixed_hit(ctx, "part_of", p, w, said, "unit", f"unit:{lemma}")
        elif lemma == "parent":
            # "Lexen, whose parent company is Daimler Truck", "X's parent is Y"
            noun = tok.head if tok.dep_ == "compound" else tok
            if noun.dep_ != "nsubj" or noun.head.lemma_.lower() != "be":
                continue
            parents = [a.mention for c in kids(noun.head) if c.dep_ == "attr" for a in ctx.args(c)]
            children: list[KgMention] = []
            for c in kids(noun):
                if c.dep_ == "poss":
                    if c.lower_ == "whose" and noun.head.dep_ == "relcl":
                        children += [a.mention for a in ctx.args(noun.head.head)]
                    else:
                        children += [a.mention for a in ctx.resolve(c)]
            for ch in children:
                for p in parents:
                    yield from fixed_hit(ctx, "part_of", ch, p, tok, "unit", "parent-is")


def _alongside(ctx: Context, prep: Token) -> list[KgMention]:
    """The names after "alongside" in a phrase: "part of IAG alongside British Airways"."""
    return [
        a.mention
        for t in prep.subtree
        if t.dep_ == "prep" and t.lower_ in ("alongside", "with")
        for p in kids(t)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
        if a.direct
    ]


def owner_rules(ctx: Context) -> Iterator[Hit]:
    """ "Calvex, owner of the Rova brand", "Coach owner Tapestry", "Y is the owner of X":
    the firm owned is part of its owner."""
    if ctx.lemma_set.isdisjoint(("owner", "parent")):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in ("owner", "parent"):
            continue
        owned = [m for m in _of(ctx, tok) if m.type == "COMPANY"]
        owners = _said_of(ctx, tok) if owned else []
        # "Coach owner Tapestry": the firm owned as a modifier, the owner named after it
        if not owned:
            owned = [
                m
                for c in kids(tok)
                if c.dep_ in ("compound", "nmod") and c.i < tok.i
                for m in [ctx.mention_of(c)]
                if m is not None and m.type == "COMPANY"
            ]
            if owned:
                after = ctx.mention_of(tok.head) if tok.dep_ == "compound" else None
                owners = [after] if after is not None else _said_of(ctx, tok)
        for o in owners:
            for m in owned:
                if o is not m:
                    yield from fixed_hit(ctx, "part_of", m, o, tok, "owner", f"owner:{lemma}")


def control_rules(ctx: Context) -> Iterator[Hit]:
    """ "Pellham Motors took control of Ardent Motors", "gained a controlling stake in X":
    the one taking control acquires."""
    if ctx.lemma_set.isdisjoint(ctx.taking_verbs):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ctx.taking_verbs:
            continue
        for c in kids(tok):
            if c.dep_ != "dobj" or c.lemma_.lower() not in ctx.control_nouns:
                continue
            taken = [m for m in _of(ctx, c, preps=("of", "in", "over")) if m.type == "COMPANY"]
            for s in subjects_of(ctx, tok)[0]:
                for t in taken:
                    if s.direct:
                        yield from fixed_hit(
                            ctx, "acquires", s.mention, t, tok, "control", "control"
                        )


def merger_rules(ctx: Context) -> Iterator[Hit]:
    """ "Norvik Pharma will merge into Halden Group": the firm merged into acquires; "agreed
    to a takeover offer from Renmark Bio", "accepted Y's buyout offer": the bidder acquires
    the firm that agreed."""
    acquires = ctx.rules.relations["acquires"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos == "VERB" and lemma in ("merge", "fold", "absorb") and tok.tag_ != "VBN":
            into = [
                m
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "into"
                for p in kids(c)
                if p.dep_ == "pobj"
                for m in [ctx.mention_of(p)]
                if m is not None
            ]
            for s in subjects_of(ctx, tok)[0] if into else []:
                for w in into:
                    if s.direct:
                        yield from fixed_hit(
                            ctx, "acquires", w, s.mention, tok, "merger", "merge-into"
                        )
        elif pos == "VERB" and lemma in ctx.accepting_verbs:
            offers = [
                p
                for c in kids(tok)
                if c.dep_ in ("dobj", "prep")
                for p in ([c] if c.dep_ == "dobj" else [g for g in kids(c) if g.dep_ == "pobj"])
                if _names_takeover(p, acquires)
            ]
            for offer in offers:
                bidders = [
                    a.mention for c in kids(offer) if c.dep_ == "poss" for a in ctx.resolve(c)
                ]
                bidders += _of(ctx, offer, preps=("from", "by"))
                for s in subjects_of(ctx, tok)[0]:
                    for b in bidders:
                        if s.direct and b is not s.mention:
                            yield from fixed_hit(
                                ctx, "acquires", b, s.mention, tok, "merger", "accepted-offer"
                            )


def _names_takeover(noun: Token, acquires) -> bool:
    """ "a takeover offer", "the buyout", "an acquisition proposal": a noun of buying."""
    if noun.lemma_.lower() in acquires.nouns:
        return True
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in acquires.nouns for c in kids(noun)
    )


def named_member_rules(ctx: Context) -> Iterator[Hit]:
    """ "the association, whose members include X and Y", "its members include X", "members
    of the alliance include X": each member named is part of the group."""
    if "member" not in ctx.lemma:
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        verb = tok.head
        if lemma != "member" or tok.dep_ != "nsubj" or verb.lemma_.lower() not in _COMPRISING:
            continue
        groups = [a.mention for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        groups += _of(ctx, tok)
        for group in groups:
            for member in objects_of(ctx, verb):
                if member.direct and member.mention is not group:
                    yield from fixed_hit(
                        ctx, "part_of", member.mention, group, verb, "members", "members"
                    )


#: Verbs by which a group's members are named: "whose members include X".
_COMPRISING = frozenset(("include", "be", "comprise", "count"))


#: Verbs that make or close a deal: "completes the deal", "agreed to a deal".
_CLOSING = frozenset(
    ("complete", "close", "finalise", "finalize", "seal", "clinch", "agree", "reach", "strike")
)


def deal_rules(ctx: Context) -> Iterator[Hit]:
    """ "Synopsys completes $35 billion Ansys deal", "Mars agreed to a $36 billion deal for
    Kellanova": a priced deal a firm closes for another firm buys it."""
    if ctx.lemma_set.isdisjoint(("deal",)):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma != "deal" or tok.pos_ != "NOUN":
            continue
        verb = tok.head if tok.dep_ == "dobj" else None
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB":
            verb = tok.head.head
        if verb is None or ctx.lemma[verb.i] not in _CLOSING:
            continue
        priced = [c for c in tok.lefts if is_money(c, frozenset())]
        # (not a deal for goods: "a $2 billion Samsung deal to buy chips", "a deal for
        # Tesla's AI6 chips")
        for_goods = any(
            c.dep_ in ("acl", "relcl")
            or (
                c.dep_ == "prep"
                and c.lower_ in ("for", "with")
                and not prep_args(ctx, tok, (c.lower_,), direct=True)
            )
            for c in kids(tok)
        )
        if not priced or for_goods:
            continue
        # the firm named right before the noun, or the one the deal is "for"
        bought = [ctx.mention_of(ctx.tokens[tok.i - 1])]
        bought += [a.mention for a in prep_args(ctx, tok, ("for",), direct=True)]
        buyers = [a.mention for a in subjects_of(ctx, verb)[0] if a.direct]
        for b in bought:
            for buyer in buyers:
                if b is not None and b.type == "COMPANY" and b is not buyer:
                    yield from fixed_hit(ctx, "acquires", buyer, b, tok, "merger", "priced-deal")


def paid_for_rules(ctx: Context) -> Iterator[Hit]:
    """ "Alphabet agreed to pay $32 billion for Wiz": a price paid for a whole firm buys it
    (a stake paid for is an investment, read elsewhere; goods paid for are no firm)."""
    if ctx.lemma_set.isdisjoint(("pay",)):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma != "pay" or tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and is_money(c, frozenset()) for c in kids(tok)):
            continue
        bought = [a.mention for a in prep_args(ctx, tok, ("for",), direct=True)]
        buyers = [a.mention for a in subjects_of(ctx, tok)[0] if a.direct]
        for b in bought:
            for buyer in buyers:
                if b.type == "COMPANY" and buyer.type == "COMPANY" and b is not buyer:
                    yield from fixed_hit(ctx, "acquires", buyer, b, tok, "merger", "paid-for")
