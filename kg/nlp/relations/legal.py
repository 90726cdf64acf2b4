"""Lawsuits said without "sue" or "lawsuit against": "accused X of infringing its
patents", "took X to court", "a patent suit brought by X"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits

__all__ = ["accusation_rules", "brought_rules", "court_rules"]


def _sues(ctx: Context, plaintiffs, defendants, tok: Token, how: str) -> Iterator[Hit]:
    rule = ctx.rules.relations["sues"]
    for p in plaintiffs:
        for d in defendants:
            pm = p.mention if isinstance(p, Arg) else p
            dm = d.mention if isinstance(d, Arg) else d
            if fits(rule, pm, dm):
                yield Hit(pm, "sues", dm, tok, ctx.fixed["legal"], how)


def _parties(ctx: Context, verb: Token) -> tuple[list[Arg], list[Arg]]:
    """Who acts and who is acted on: the subject of "accused X", "took X to court", and X."""
    acted_on = [a for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") for a in ctx.args(c)]
    actors = [a for a in subjects_of(ctx, verb)[0] if a.direct]
    return actors, [a for a in acted_on if a.direct]


def accusation_rules(ctx: Context) -> Iterator[Hit]:
    """ "Halden Robotics accused Kestrel Aero of infringing its patents": an accusation of
    a legal wrong is a legal dispute."""
    if ctx.lemma_set.isdisjoint(ctx.accusing_verbs):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ctx.accusing_verbs:
            continue
        wrongs = [
            g
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in kids(c)
            if g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in ctx.legal_wrongs
        ]
        if wrongs:
            yield from _sues(ctx, *_parties(ctx, tok), tok, "accused-of")


def court_rules(ctx: Context) -> Iterator[Hit]:
    """ "Ericsson took Lenovo to court over 5G patents", "hauled X into court": the one
    bringing the other to court sues it."""
    if ctx.lemma_set.isdisjoint(ctx.bringing_verbs):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ctx.bringing_verbs:
            continue
        to_court = any(
            c.dep_ == "prep"
            and c.lower_ in ("to", "into", "before")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in ctx.courts for p in kids(c))
            for c in kids(tok)
        )
        if to_court:
            yield from _sues(ctx, *_parties(ctx, tok), tok, "to-court")


def brought_rules(ctx: Context) -> Iterator[Hit]:
    """ "Pfizer won a patent lawsuit brought by Moderna", "faces a suit filed by X": who
    brought the suit sues the one who wins, loses or faces it."""
    rule = ctx.rules.relations["sues"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or not _legal(rule, tok, lemma):
            continue
        plaintiffs: list[KgMention] = [
            a.mention
            for v in kids(tok)
            if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in subjects_of(ctx, v)[0]
            if a.direct
        ]
        if not plaintiffs or tok.dep_ != "dobj":
            continue
        defendants = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
        yield from _sues(ctx, plaintiffs, defendants, tok, "brought-by")


def _legal(rule, tok: Token, lemma: str) -> bool:
    """A noun that names a lawsuit: "lawsuit", or "case" with a legal word beside it."""
    if lemma in rule.nouns:
        return True
    return lemma in rule.legal_nouns and any(
        c.lower_ in rule.legal_modifiers for c in kids(tok) if c.dep_ in ("amod", "compound")
    )
