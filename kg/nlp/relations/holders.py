"""Groups of firms: the members a group's noun names ("a consortium led by Bosch", "the
alliance, which includes Intel and Dell"), and firms a group holds ("Kioxia is controlled by
a consortium led by Bain Capital that includes SK Hynix", "owned by a group of investors
including Temasek and GIC": each member invests in what the group holds)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.entities.shapes import LED_PARTICIPLES
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import fits

__all__ = ["GROUPS", "group_holder_rules", "group_members"]

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
    # "the alliance, which includes Intel and Dell", "the coalition includes Nokia and
    # Ericsson" (not a firm's "group", which includes its own brands)
    if group.lemma_.lower() not in ("group", "venture"):
        verbs = [v for v in kids(group) if v.dep_ == "relcl"]
        if group.dep_ == "nsubj":
            verbs.append(group.head)
        for v in verbs:
            if v.lemma_.lower() in ("include", "comprise"):
                found += [
                    a.mention for c in kids(v) if c.dep_ == "dobj" for a in ctx.args(c) if a.direct
                ]
    return found
