"""Work done under licence: "builds the engines under licence from Safran", "GE's F414
engines, built under licence by Hanwha": the licensee makes the goods, and licensee and
licensor are partners."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import pairs

__all__ = ["licensed_work_rules", "under_licence"]

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


def _licensors(ctx: Context, verb: Token, licence: Token) -> list[Arg]:
    """Who grants the licence: "under licence from Safran", else the owner of the goods
    ("GE's F414 engines built under licence")."""
    named = [
        a
        for c in kids(licence)
        if c.dep_ == "prep" and c.lower_ in ("from", "of")
        for p in kids(c)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
        if a.direct and a.mention.type == "COMPANY"
    ]
    if named:
        return named
    goods = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl":
        goods.append(verb.head)
    return [ctx.owned_by(a) for g in goods for a in ctx.args(g) if a.mention.type == "PRODUCT"] + [
        a
        for g in goods
        if ctx.mention_of(g) is None
        for c in kids(g)
        if c.dep_ == "poss"
        for a in ctx.resolve(c)
        if a.mention.type == "COMPANY"
    ]


def licensed_work_rules(ctx: Context) -> Iterator[Hit]:
    """The licensee of work done under licence partners the licensor."""
    rule = ctx.rules.relations["partners"]
    # (read from the licences a text names, most name none)
    verbs = {
        t.head.head.i
        for t, lemma in zip(ctx.tokens, ctx.lemma, strict=True)
        if lemma in _LICENCES and t.dep_ == "pobj" and t.head.lower_ == "under"
    }
    for tok in (ctx.tokens[i] for i in sorted(verbs)):
        if tok.pos_ != "VERB":
            continue
        licence = under_licence(tok)
        # work on goods only: not a firm that "operates under a banking licence from" its
        # regulator
        goods = any(c.dep_ in ("dobj", "nsubjpass") for c in kids(tok)) or tok.dep_ == "acl"
        if licence is None or not goods or _regulatory(licence):
            continue
        licensees = [a for a in subjects_of(ctx, tok)[0] if a.direct]
        # ("built under licence by Hanwha": the parser may hang "by" on the licence)
        licensees += [
            a
            for c in kids(licence)
            if c.dep_ == "prep" and c.lower_ == "by"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct and a.mention.type == "COMPANY"
        ]
        licensors = [
            a
            for a in _licensors(ctx, tok, licence)
            if a.mention.type == "COMPANY" and all(a.mention is not b.mention for b in licensees)
        ]
        conf = rule.confidence + ctx.offset["agreement"]
        yield from pairs(rule, licensees, licensors, tok, conf, "under-licence")
