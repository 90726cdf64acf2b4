"""Firms held by a group: "Kioxia is controlled by a consortium led by Bain Capital that
includes SK Hynix", "owned by a group of investors including Temasek and GIC": each member
of the group invests in what it holds."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.entities.shapes import LED_PARTICIPLES
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.partners import GROUPS, group_members

__all__ = ["group_holder_rules"]

#: Verbs of holding a firm, in the passive: "is controlled by a consortium".
_HELD = frozenset(("own", "control", "hold", "back", "acquire", "buy"))


def group_holder_rules(ctx: Context) -> Iterator[Hit]:
    """ "X is controlled by a Bain Capital-led consortium that includes SK Hynix", "the
    lender, owned by a group of investors including Temasek": the group's members invest
    in the firm."""
    rule = ctx.rules.relations["invests"]
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
