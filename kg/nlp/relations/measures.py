"""What a measure falls on, said without a trigger of its own: "SAIC was hit with the
highest rate", "Geely faces 18.8%", "Cambricon has been on the entity list since 2022"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import negated, objects_of, subjects_of
from kg.nlp.relations.context import Context, Hit, fits, kids, lemma_of

__all__ = ["bearing_rules", "listed_rules"]


def _charge(ctx: Context, tok: Token) -> bool:
    """Whether a noun names what a measure charges: "a 25% tariff", "the highest rate"."""
    m = ctx.mention_of(tok)
    return (m is not None and m.type == "POLICY") or tok.lemma_.lower() in ctx.charge_nouns


def _last_measure(ctx: Context, before: int) -> KgMention | None:
    """The measure the text named last before a token: the one a sentence about rates
    and who bears them speaks of."""
    found = [m for m in ctx.mentions if m.type == "POLICY" and m.end <= before]
    # of those, a measure that charges: a rate is a tariff's, not a probe's; and of those,
    # one the text says was imposed ("imposed duties of up to 35%, on top of the EU's 10%
    # tariff": the duties)
    charging = [m for m in found if ctx.doc[m.end - 1].lemma_.lower() in ctx.charge_nouns]
    issuing = ctx.rules.relations["issues"].verbs
    imposed = [
        m
        for m in charging
        if ctx.doc[m.end - 1].dep_ == "dobj" and ctx.doc[m.end - 1].head.lemma_.lower() in issuing
    ]
    return (imposed or charging or found or [None])[-1]


def bearing_rules(ctx: Context) -> Iterator[Hit]:
    """ "SAIC Motor was hit with the highest rate, while Geely faces 18.8% and BYD 17%",
    "natural graphite will be hit with a 25% tariff": the measure restricts who bears it.

    The measure is the one named in the clause, else the one the text named last.
    """
    restricts = ctx.rules.relations["restricts"]
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "VERB":
            continue
        lemma = lemma_of(tok, ctx.bearing_verbs)
        if lemma not in ctx.bearing_verbs:
            continue
        passive = any(c.dep_ == "auxpass" for c in kids(tok))
        # "was hit with a tariff", "faces a 25% tariff", "secured a rate of 7.8%"
        charged = [c for c in kids(tok) if c.dep_ == "dobj" and _charge(ctx, c)]
        charged += [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ in ("with", "to")
            for p in kids(c)
            if p.dep_ == "pobj" and _charge(ctx, p)
        ]
        if not charged or (lemma == "hit" and not passive):
            continue
        named = [ctx.mention_of(c) for c in charged if ctx.mention_of(c) is not None]
        measure = named[0] if named else _last_measure(ctx, tok.i)
        if measure is None or measure.type != "POLICY":
            continue
        # the bearer: the subject, or of a passive ("was hit with") what it acts on
        bearers = objects_of(ctx, tok) if passive else list(subjects_of(ctx, tok)[0])
        # "Geely faces 18.8% and BYD 17%": a second bearer with its own rate
        bearers += [
            a for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "PROPN" for a in ctx.args(c)
        ]
        for b in bearers:
            if fits(restricts, measure, b.mention) and not negated(ctx, tok):
                conf = ctx.fixed["bearing"] if named else ctx.fixed["bearing_last"]
                yield Hit(measure, "restricts", b.mention, tok, conf, f"bears:{lemma}")


def listed_rules(ctx: Context) -> Iterator[Hit]:
    """ "Cambricon has been on the US entity list since 2022": a list restricts who is on it."""
    restricts = ctx.rules.relations["restricts"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        root = ctx.doc[m.start : m.end].root
        if root.dep_ != "pobj" or root.head.lower_ not in ("on", "onto"):
            continue
        verb = root.head.head
        if verb.lemma_.lower() not in ctx.being_on_verbs:
            continue
        for s in subjects_of(ctx, verb)[0]:
            if fits(restricts, m, s.mention):
                yield Hit(m, "restricts", s.mention, verb, ctx.fixed["listed"], "listed")
