"""Who goods come from or go to, by the words around a verb's goods: "cells supplied by LG
Energy Solution", "for Israel's tanks", "to SK Hynix's DRAM plant"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.context import OBJECT_DEPS, Arg, Context, kids

__all__ = ["facility_owners_to", "goods_makers", "owners_for"]


def goods_makers(ctx: Context, verb: Token, making: frozenset[str]) -> list[Arg]:
    """The firms a verb's object says made or supplied it: "cells supplied by LG Energy
    Solution", "chips designed by Cerebras", "runs on cells supplied by Kestrel"."""
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
    return [
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
