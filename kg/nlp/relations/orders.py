"""Orders and contracts: the firm that wins work supplies the one it comes from ("won a
contract from the Polish army", "Egypt awarded Siemens a contract", "placed an order with
Airbus for 40 jets"), and the firm chosen to do work supplies the one that chose it
("Conexa picked Nordtel to build its 5G network"); a firm whose goods go into another's
supplies it ("Murata's capacitors go into Apple's iPhones")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.parties import goods_brands
from kg.nlp.relations.trade import hit

__all__ = ["chosen_rules", "going_into_rules", "order_rules"]


#: Verbs of choosing a firm for work: "picked Nordtel to build its network".
_CHOOSING = frozenset(("pick", "select", "choose", "tap", "hire", "appoint", "contract"))


def chosen_rules(ctx: Context) -> Iterator[Hit]:
    """ "Conexa picked Nordtel to build its 5G network", "Nokia was picked by Vodafone to
    supply radios": the firm chosen to do work supplies the one that chose it."""
    if ctx.lemma_set.isdisjoint(_CHOOSING):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in _CHOOSING:
            continue
        # (the infinitive may be read as a clause of purpose: "picked X to build its network")
        work = [
            c
            for c in kids(tok)
            if c.pos_ == "VERB"
            and (
                c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(g.lower_ == "to" for g in kids(c)))
            )
        ]
        if not work:
            continue
        got, passive = subjects_of(ctx, tok)
        if passive:
            chosen = [a for c in kids(tok) if c.dep_ == "nsubjpass" for a in ctx.args(c)]
        else:
            chosen = [a for c in kids(tok) if c.dep_ == "dobj" for a in ctx.args(c)]
        for w in chosen:
            for s_ in got:
                if w.direct and s_.direct and w.mention.type == "COMPANY":
                    yield from hit(ctx, "supplies", w.mention, s_.mention, tok, "order", "chosen")


#: Verbs of placing an order with a seller: "signed a contract with X for 180 tanks".
_PLACING = frozenset(("sign", "place", "ink", "seal", "finalise", "finalize", "conclude"))


def _for_goods(ctx: Context, order: Token, verb: Token) -> bool:
    """Whether an order is for goods: a "for" on it or its verb names a product or a
    counted thing ("for three C-390 aircraft", "for 180 K2 tanks")."""
    for h in (order, verb):
        for c in kids(h):
            if c.dep_ != "prep" or c.lower_ != "for":
                continue
            for p in kids(c):
                m = ctx.mention_of(p)
                counted = any(g.dep_ == "nummod" for g in kids(p)) and p.pos_ == "NOUN"
                if p.dep_ == "pobj" and ((m is not None and m.type == "PRODUCT") or counted):
                    return True
    return False


#: Work an order's infinitive asks for that a supplier does: "a contract to supply radars".
_ORDERED_WORK = frozenset(
    (
        "supply", "build", "deliver", "make", "provide", "produce", "manufacture", "install",
        "construct", "develop", "design", "maintain", "upgrade", "modernise", "modernize",
        "equip", "ship", "sell", "repair", "overhaul", "assemble",
    )
)  # fmt: skip


def _buyer(ctx: Context, giver: Arg, order: Token, verb: Token) -> Arg:
    """Who gives an order, as the one supplied: a state's arm that orders goods or work
    stands for its state ("won a contract from Indonesia's defence ministry for 12
    radars"); not a regulator's order to do something ("an order from China's market
    regulator to halt sales"), which no supplier fills."""
    m = giver.mention
    if m.type != "AGENCY" or ctx.mention_of(order) is not None:
        return giver
    asked = [
        v
        for h in (order, verb)
        for v in kids(h)
        if v.dep_ in ("acl", "relcl", "advcl", "xcomp") and any(g.lower_ == "to" for g in kids(v))
    ]
    work = not asked or any(v.lemma_.lower() in _ORDERED_WORK for v in asked)
    state = ctx.state_of(m, buyer=True) if work else None
    return Arg(state, giver.direct) if state is not None else giver


def order_rules(ctx: Context) -> Iterator[Hit]:
    """ "Aixtron received an order from a Chinese customer", "won a contract from the Polish
    army": the firm that wins work supplies the one it comes from."""
    if ctx.lemma_set.isdisjoint(ctx.order_nouns):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in ctx.order_nouns or tok.dep_ != "dobj":
            continue
        verb = tok.head
        # "Egypt awarded Siemens a contract": the one given the work supplies the giver
        if verb.lemma_.lower() in ("award", "give", "grant", "hand"):
            winners = [a for c in kids(verb) if c.dep_ in ("dative", "iobj") for a in ctx.args(c)]
            givers, by_agent = subjects_of(ctx, verb)
            # "Siemens Energy was awarded a contract by TenneT" (the parser may hang "by" on
            # the contract, or read it as a preposition)
            passive = [a for c in kids(verb) if c.dep_ == "nsubjpass" for a in ctx.args(c)]
            # (not "from", which may be the one it was won away from)
            if passive:
                winners = passive
                givers = [a for a in givers if by_agent] + [
                    a for h in (verb, tok) for a in prep_args(ctx, h, ("by",), direct=True)
                ]
            for s_ in (_buyer(ctx, g, tok, verb) for g in givers):
                for w in winners:
                    if s_.direct and w.direct:
                        yield from hit(
                            ctx, "supplies", w.mention, s_.mention, tok, "order", "awarded"
                        )
            continue
        # "Poland signed a contract with Hyundai Rotem for 180 K2 tanks", "placed an order with
        # Airbus for 40 jets": the party the order is with supplies the goods it is for
        if verb.lemma_.lower() in _PLACING and _for_goods(ctx, tok, verb):
            sellers = [a for a in prep_args(ctx, tok, ("with",), direct=True)]
            method = "order-with" if sellers else "order-for"
            # "placed an order for 40 Airbus A320neo jets": the firm whose product it is
            if not sellers:
                sellers = goods_brands(
                    ctx,
                    [
                        p
                        for h in (tok, verb)
                        for c in kids(h)
                        if c.dep_ == "prep" and c.lower_ == "for"
                        for p in kids(c)
                        if p.dep_ == "pobj"
                    ],
                )
            for s_ in (_buyer(ctx, g, tok, verb) for g in subjects_of(ctx, verb)[0]):
                for w in sellers:
                    if s_.direct:
                        yield from hit(ctx, "supplies", w.mention, s_.mention, tok, "order", method)
            continue
        if verb.lemma_.lower() not in ctx.winning_verbs:
            continue
        buyers = [
            a
            for h in (tok, verb)
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct or a.mention.type == "COUNTRY"
        ]
        # "had won Tesla's AI5 orders": the one whose orders they are
        buyers += [
            a
            for c in kids(tok)
            if c.dep_ == "poss"
            for a in ctx.resolve(c)
            if a.mention.type in ("COMPANY", "COUNTRY")
        ]
        for s_ in subjects_of(ctx, verb)[0]:
            for b in (_buyer(ctx, b, tok, verb) for b in buyers):
                if s_.direct and b.mention is not s_.mention:
                    yield from hit(ctx, "supplies", s_.mention, b.mention, tok, "order", "order")


def _owners(ctx: Context, tok: Token) -> list[Arg]:
    """The firms a noun is of: its possessor ("Apple's iPhones", "whose boards"), or the
    firm that assembles it ("servers assembled by Quanta")."""
    found = [
        a
        for c in kids(tok)
        if c.dep_ == "poss"
        for a in ctx.resolve(c)
        if a.mention.type == "COMPANY"
    ]
    found += [
        a
        for v in kids(tok)
        if v.dep_ == "acl" and v.tag_ == "VBN"
        for g in kids(v)
        if g.dep_ == "agent"
        for p in kids(g)
        for a in ctx.args(p)
        if a.direct and a.mention.type == "COMPANY"
    ]
    # (a product named for its maker: "Apple's iPhones" read as one name)
    m = ctx.mention_of(tok)
    if not found and m is not None and m.type == "PRODUCT":
        found = [
            a
            for c in kids(tok)
            if c.dep_ in ("poss", "compound") and c.i < m.start
            for a in ctx.args(c)
            if a.mention.type == "COMPANY"
        ]
    return found


def going_into_rules(ctx: Context) -> Iterator[Hit]:
    """ "Murata's capacitors go into Apple's iPhones", "Ibiden, whose substrates go into
    Nvidia's GPUs and into servers assembled by Foxconn": the goods' owner supplies the
    owner of what they go into."""
    if ctx.lemma_set.isdisjoint(("go", "end")):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ("go", "end"):
            continue
        goods = [c for c in kids(tok) if c.dep_ == "nsubj" and ctx.mention_of(c) is None]
        sellers = [a for g in goods for a in _owners(ctx, g)]
        intos = [c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "into"]
        # "... and into servers assembled by Foxconn": a second "into" joined to the first
        intos += [g for c in intos for g in kids(c) if g.dep_ == "conj" and g.lower_ == "into"]
        hosts = [p for c in intos for p in kids(c) if p.dep_ == "pobj"]
        hosts += [g for h in hosts for g in kids(h) if g.dep_ == "conj"]
        buyers = [a for h in hosts for a in _owners(ctx, h)]
        for s_ in sellers:
            for b in buyers:
                if s_.mention is not b.mention:
                    yield from hit(ctx, "supplies", s_.mention, b.mention, tok, "order", "go-into")
