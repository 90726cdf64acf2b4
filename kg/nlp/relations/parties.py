"""Who goods come from or go to, by the words around a verb's goods: "cells supplied by LG
Energy Solution", "for Israel's tanks", "to SK Hynix's DRAM plant"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import prep_objects_of
from kg.nlp.relations.context import OBJECT_DEPS, Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.holders import ASSETS
from kg.nlp.relations.licensing import goods_owners

__all__ = [
    "coming_from",
    "facility_owners_to",
    "goods_brands",
    "goods_makers",
    "goods_sources",
    "owners_for",
    "powered_by",
]


def goods_makers(ctx: Context, verb: Token, making: frozenset[str]) -> list[Arg]:
    """The firms a verb's object says made or supplied it: "cells supplied by LG Energy
    Solution", "chips designed by Cerebras", "runs on cells supplied by Kestrel", "kits
    from Yadea", "technology licensed from Gotion"."""
    goods = [d for d in kids(verb) if d.dep_ in OBJECT_DEPS]
    goods += [
        p
        for d in kids(verb)
        if d.dep_ == "prep" and d.lower_ in ("on", "with", "from")
        for p in kids(d)
        if p.dep_ == "pobj"
    ]
    # ("panels from JinkoSolar and a storage system supplied by Sungrow": a listed object)
    goods += [c for d in goods for c in kids(d) if c.dep_ == "conj"]
    made = [
        a
        for d in goods
        for v in kids(d)
        if v.dep_ == "acl" and v.lemma_.lower() in making
        for g in kids(v)
        if g.dep_ == "agent"
        for p in kids(g)
        for a in ctx.args(p)
        if a.mention.type == "COMPANY"
    ]
    return made + goods_sources(ctx, goods)


def goods_brands(ctx: Context, goods: list[Token]) -> list[Arg]:
    """The firms whose products goods are, by the product's name: "20 Boeing 787s", "40
    Airbus A320neo jets", "Ericsson's AirScale radios" (named products only: "Ericsson
    gear" and "its radios" say no product)."""
    found = []
    for g in goods:
        words = [g, *(c for c in kids(g) if c.dep_ in ("compound", "nmod", "poss"))]
        named = [m for t in words if (m := ctx.mention_of(t)) is not None]
        if not any(m.type == "PRODUCT" for m in named):
            continue
        found += [Arg(m, True) for m in named if m.type == "COMPANY"]
        found += [
            a
            for c in kids(g)
            if c.dep_ == "poss" and ctx.mention_of(c) is None
            for a in ctx.resolve(c)
            if a.mention.type == "COMPANY"
        ]
    return found


def goods_sources(ctx: Context, goods: list[Token]) -> list[Arg]:
    """The firms goods a common noun names come from: "kits from Yadea", "technology
    licensed from Gotion" (not a name: "Lumen from Vela" is no goods of Vela's; not what
    a firm holds: "a stake from Arcadia")."""
    sources = [
        f
        for d in goods
        if ctx.mention_of(d) is None and d.lemma_.lower() not in ASSETS
        for v in (d, *(v for v in kids(d) if v.dep_ == "acl" and v.lemma_.lower() in _GOT))
        for f in kids(v)
        if f.dep_ == "prep" and f.lower_ == "from"
    ]
    return [
        a
        for f in sources
        for p in kids(f)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
        if a.direct and a.mention.type == "COMPANY"
    ]


#: Participles of goods got from a firm: "technology licensed from Gotion".
_GOT = frozenset(("license", "licence", "source", "buy", "purchase", "import", "obtain"))


def owners_for(ctx: Context, verb: Token) -> list[Arg]:
    """The owners of the things a verb's "for" names: "for Israel's tanks", "for ASML's
    EUV scanners"; on the verb or on the goods ("supplies the lasers for ...")."""
    goods = [c for c in kids(verb) if c.dep_ == "dobj"]
    return [
        a
        for h in [verb, *goods]
        for c in kids(h)
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in kids(c)
        if p.dep_ == "pobj"
        and getattr(ctx.mention_of(p), "type", "PRODUCT") in ("PRODUCT", "TECHNOLOGY")
        for g in kids(p)
        if g.dep_ == "poss"
        for a in ctx.resolve(g)
        if a.mention.type in ("COMPANY", "COUNTRY")
    ]


def facility_owners_to(ctx: Context, verb: Token) -> list[Arg]:
    """The owners of the facilities a verb's "to" names: "ship tools to SK Hynix's plant",
    "to Microsoft's data centres" (a facility's noun with an owner before it)."""
    nouns = ctx.rules.relations["operates_in"].nouns
    tos = [c for c in kids(verb) if c.dep_ in ("prep", "dative") and c.lower_ == "to"]
    # "to G42 and to Microsoft's data centres": a second "to" joined to the first
    tos += [g for c in tos for g in kids(c) if g.dep_ == "conj" and g.lower_ == "to"]
    return [
        a
        for c in tos
        for p in kids(c)
        if p.dep_ == "pobj" and ctx.mention_of(p) is None and p.lemma_.lower() in nouns
        for g in kids(p)
        if g.dep_ == "poss"
        for a in ctx.resolve(g)
        if a.mention.type == "COMPANY"
    ]


def coming_from(ctx: Context, verb: Token, supplies, preps: list) -> Iterator[Hit]:
    """ "Its cameras come from Mobileye": the goods' owner is supplied by the firm."""
    sellers = [o for p, o in preps if p == "from" and o.direct and o.mention.type == "COMPANY"]
    goods = [c for c in kids(verb) if c.dep_ == "nsubj" and ctx.mention_of(c) is None]
    if not sellers or not goods or goods[0].lemma_.lower() not in ctx.product_nouns | _PARTS:
        return
    owners = [a for c in kids(goods[0]) if c.dep_ == "poss" for a in ctx.resolve(c)]
    if not owners and not any(c.dep_ == "poss" for c in kids(goods[0])):
        other = ctx.antecedent(goods[0], {"COMPANY"})
        owners = [Arg(other, True)] if other is not None else []
    for o in owners:
        for s_ in sellers:
            if fits(supplies, s_.mention, o.mention):
                conf = supplies.confidence + ctx.offset["supplier"]
                yield Hit(s_.mention, "supplies", o.mention, verb, conf, "come-from")


def powered_by(ctx: Context, verb: Token, supplies) -> Iterator[Hit]:
    """ "Its jets will be powered by engines from Rolls-Royce": the firm what powers the
    goods comes from supplies the goods' owner (the goods of the verb it is joined to:
    "its truck will be built by Magna and powered by modules from Toyota")."""
    powering = [p for c in kids(verb) if c.dep_ == "agent" for p in kids(c) if p.dep_ == "pobj"]
    sellers = goods_sources(ctx, powering)
    # ("from Toyota" the parser hung on the verb)
    if powering:
        sellers += [a for p, a in prep_objects_of(ctx, verb) if p == "from" and a.direct]
    goods = [g for g in kids(verb) if g.dep_ == "nsubjpass"]
    if not goods and verb.dep_ == "conj":
        goods = [g for g in kids(verb.head) if g.dep_ == "nsubjpass"]
    for o in goods_owners(ctx, goods) if sellers else ():
        for s_ in sellers:
            if fits(supplies, s_.mention, o.mention):
                conf = supplies.confidence + ctx.offset["supplier"]
                yield Hit(s_.mention, "supplies", o.mention, verb, conf, "powered-by")


#: Parts a product is made of that come from a supplier: "battery cells come from CATL".
_PARTS = frozenset(
    ("cell", "part", "component", "panel", "sensor", "display", "wafer", "memory", "lens")
)
