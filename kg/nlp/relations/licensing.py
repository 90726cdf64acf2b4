"""Work done under licence: "builds the engines under licence from Safran", "GE's F414
engines, built under licence by Hanwha": the licensee makes the goods, and licensee and
licensor are partners."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import pairs

__all__ = ["goods_owners", "licensed_work_rules", "under_licence"]

#: Nouns of a licence: "under licence", "under a license".
_LICENCES = frozenset(("licence", "license", "licensing"))


def under_licence(verb: Token) -> Token | None:
    """The licence a verb's work is done under ("built under licence from X"), or None."""
    for c in kids(verb):
        if c.dep_ == "prep" and c.lower_ == "under":
            for p in kids(c):
                if p.dep_ == "pobj" and p.lemma_.lower() in _LICENCES:
                    return p
    return None


#: Kinds of licence a regulator grants, not a licensor: "a banking licence".
_REGULATORY = frozenset(
    ("banking", "operating", "export", "import", "mining", "broadcasting", "telecom", "spectrum")
)


def _regulatory(licence: Token) -> bool:
    """Whether a licence is a regulator's: "a banking licence from the PRA"."""
    return any(c.lower_ in _REGULATORY for c in kids(licence) if c.dep_ in ("amod", "compound"))


def goods_owners(ctx: Context, goods: list[Token]) -> list[Arg]:
    """The firms that own goods a common noun names: "Lava's phones", "whose phones" (not
    a name: "the Mona M03 is made by" names no goods' owner)."""
    return [
        a
        for g in goods
        if ctx.mention_of(g) is None
        for c in kids(g)
        if c.dep_ == "poss"
        for a in ctx.resolve(c)
        if a.mention.type == "COMPANY"
    ]


def _firms(args: list[Arg]) -> list[Arg]:
    """The firms among arguments reached directly."""
    return [a for a in args if a.direct and a.mention.type == "COMPANY"]


def licensed_work_rules(ctx: Context) -> Iterator[Hit]:
    """The licensee of work done under licence partners the licensor: who grants it
    ("under licence from Safran"), else the owner of the goods ("GE's F414 engines built
    under licence")."""
    rule = ctx.rules.relations["partners"]
    if ctx.lemma_set.isdisjoint(_LICENCES):  # none of the words it starts from
        return
    for licence, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        # (read from the licences a text names, most name none)
        if lemma not in _LICENCES or licence.dep_ != "pobj" or licence.head.lower_ != "under":
            continue
        verb = licence.head.head
        # work on goods only: not a firm that "operates under a banking licence from" its
        # regulator
        goods = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
        goods += [verb.head] if verb.dep_ == "acl" else []
        if verb.pos_ != "VERB" or not goods or _regulatory(licence):
            continue
        licensees = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        # ("built under licence by Hanwha": the parser may hang "by" on the licence)
        licensees += _firms(prep_args(ctx, licence, ("by",)))
        named = [ctx.owned_by(a) for g in goods for a in ctx.args(g) if a.mention.type == "PRODUCT"]
        licensors = _firms(prep_args(ctx, licence, ("from", "of"))) or (
            [a for a in named if a.mention.type == "COMPANY"] + goods_owners(ctx, goods)
        )
        licensors = [a for a in licensors if all(a.mention is not b.mention for b in licensees)]
        conf = rule.confidence + ctx.offset["agreement"]
        yield from pairs(rule, licensees, licensors, verb, conf, "under-licence")
