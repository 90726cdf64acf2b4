"""Who bears a measure and at what rate: "SAIC was hit with the highest rate", "Geely
faces 18.8%", "Temu faces a fine from Korea's Fair Trade Commission", "tariffs of 17% for
BYD"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import negated, objects_of, prep_args, prep_objects_of, subjects_of
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import fits, lemma_of

__all__ = ["bearing_rules", "rate_rules"]


def _charge(ctx: Context, tok: Token) -> bool:
    """Whether a noun names what a measure charges: "a 25% tariff", "the highest rate"."""
    m = ctx.mention_of(tok)
    # (not money given: "secured an EU subsidy")
    if tok.lemma_.lower() in ctx.funding_nouns:
        return False
    return (m is not None and m.type == "POLICY") or tok.lemma_.lower() in ctx.charge_nouns


def _last_measure(ctx: Context, before: int) -> KgMention | None:
    """The measure the text named last before a token: the one a sentence about rates
    and who bears them speaks of."""
    found = [m for m in ctx.mentions if m.type == "POLICY" and m.end <= before]
    # of those, a measure that charges: a rate is a tariff's, not a probe's; and of those,
    # one the text says was imposed ("imposed duties of up to 35%, on top of the EU's 10%
    # tariff": the duties)
    charging = [m for m in found if ctx.tokens[m.end - 1].lemma_.lower() in ctx.charge_nouns]
    issuing = ctx.rules.relations["issues"].verbs
    imposed = [
        m
        for m in charging
        if ctx.tokens[m.end - 1].dep_ == "dobj"
        and ctx.tokens[m.end - 1].head.lemma_.lower() in issuing
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
        # ("was assigned 27%": the rate may hang as an adverbial noun)
        charged = [c for c in kids(tok) if c.dep_ in ("dobj", "npadvmod") and _charge(ctx, c)]
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
        # "faces a fine from China's market regulator": who charges it; "the tribunal said
        # Canadian Solar faces duties": a body that tells who bears a measure of no name
        # (a penalty or a duty borne: not "received a low interest rate from the EIB")
        penal = [c for c in charged if c.lemma_.lower() not in _RATES]
        borne = lemma not in _GOTTEN
        givers = [
            a.mention
            for c in penal
            for p, a in prep_objects_of(ctx, c)
            if borne and p in ("from", "by") and a.mention.type in ("COUNTRY", "AGENCY")
        ]
        said = tok.head if tok.dep_ == "ccomp" else None
        # (not a charge another state levies where goods go: "said Hyundai faces a 15%
        # duty on cars shipped to the United States")
        bound = any(
            a.mention.type == "COUNTRY"
            for t in ctx.tokens[tok.i : tok.sent.end]
            if t.lower_ == "to" and t.dep_ == "prep"
            for a in prep_args(ctx, t.head, ("to",), direct=True)
        )
        if not givers and measure is None and said is not None and penal and borne and not bound:
            givers = [
                s_.mention
                for s_ in subjects_of(ctx, said)[0]
                if said.lemma_.lower() in ctx.stating_verbs
                and s_.direct
                and s_.mention.type == "AGENCY"
            ]
        if measure is not None and measure.type != "POLICY":
            measure = None
        if measure is None and not givers:
            continue
        # the bearer: the subject, or of a passive ("was hit with") what it acts on
        bearers = objects_of(ctx, tok) if passive else list(subjects_of(ctx, tok)[0])
        # "scooters made by Niu and Yadea will face duties": the goods' makers
        makes = ctx.rules.relations["manufactures"].verbs
        bearers += [
            a
            for c in kids(tok)
            if c.dep_ == "nsubj" and ctx.mention_of(c) is None and not passive
            for v in kids(c)
            if v.dep_ == "acl" and v.lemma_.lower() in makes
            for g in kids(v)
            if g.dep_ == "agent"
            for p in kids(g)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.mention.type == "COMPANY"
        ]
        # "Geely faces 18.8% and BYD 17%": a second bearer with its own rate
        bearers += [
            a for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "PROPN" for a in ctx.args(c)
        ]
        for b in bearers:
            if negated(ctx, tok):
                break
            if measure is not None and fits(restricts, measure, b.mention):
                conf = ctx.fixed["bearing"] if named else ctx.fixed["bearing_last"]
                yield Hit(measure, "restricts", b.mention, tok, conf, f"bears:{lemma}")
            for g in givers:
                if fits(restricts, g, b.mention):
                    conf = ctx.fixed["bearing_last"]
                    yield Hit(g, "restricts", b.mention, tok, conf, f"bears:{lemma}:from")
        # "the ministry said lithium batteries would face a 25% tariff": who says what a
        # measure of no named issuer will charge issues it
        if measure is None:
            continue
        if named and said is not None and said.lemma_.lower() in ctx.stating_verbs:
            root = ctx.root_of(measure)
            owned = any(ctx.mention_of(c) for c in kids(root) if c.dep_ in ("poss", "amod"))
            for s_ in subjects_of(ctx, said)[0]:
                if not owned and s_.direct and s_.mention.type in ("COUNTRY", "AGENCY"):
                    yield Hit(
                        s_.mention, "issues", measure, said, ctx.fixed["informs"], "says:bears"
                    )


#: Verbs of getting what one asked for, not of bearing a charge: "secured a rate of 7.8%".
_GOTTEN = frozenset(("receive", "get", "secure", "win", "obtain", "land"))

#: Words a rate for a firm follows: "17% for BYD", "a 12% rate for Pomina".
_RATES = frozenset(("%", "percent", "rate", "rates"))

#: Verbs a measure's rate is given by: "the tariffs range from 7.8% to 35.3%".
_RATING = frozenset(("range", "be", "stand", "vary", "run", "go", "reach", "start"))
#: Heads of a measure that sets a rate: "tariffs ... of 17% for BYD".
_RATED = frozenset(("tariff", "duty", "levy", "surtax", "surcharge"))


def rate_rules(ctx: Context) -> Iterator[Hit]:
    """ "The EU's tariffs on Chinese EVs range from 7.8% for Tesla to 35.3% for SAIC",
    "duties of 17% for BYD": a rate a measure of its sentence sets for a firm restricts
    the firm."""
    restricts = ctx.rules.relations["restricts"]
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        # "17% for BYD", "a 12% rate for Pomina", "the highest rate applied to Hoa Phat"
        rate_for = lower == "for" and tok.i >= 2 and ctx.lower[tok.i - 1] in _RATES
        applied = (
            lower == "to"
            and ctx.lemma[tok.head.i] == "apply"
            and tok.head.dep_ == "acl"
            and ctx.lemma[tok.head.head.i] == "rate"
        )
        if not (rate_for or applied):
            continue
        if negated(ctx, tok.head):
            continue
        firms = [
            a.mention
            for p in kids(tok)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct and a.mention.type == "COMPANY"
        ]
        # the measure the rate is of: above the rate in the parse, or the subject of the
        # verb it hangs on ("the tariffs range from 7.8% for Tesla"; not "despite the
        # tariffs, sales rose 20% for Volvo Cars")
        above = {t.i for t in ctx.tokens[tok.i - 1].ancestors}
        # ("imposed duties of 10% to 35% on steel wire, with the highest rate applied to
        # X": the object of the verb the rate's phrase hangs on)
        above_verbs = {i for i in above if ctx.pos[i] == "VERB"}
        measures = [
            m
            for m in ctx.mentions
            if m.type == "POLICY"
            and ctx.lemma[(root := ctx.root_of(m)).i] in _RATED
            and (
                root.i in above
                or (
                    root.dep_ == "nsubj"
                    and root.head.i in above
                    and ctx.lemma[root.head.i] in _RATING
                )
                or (
                    root.dep_ == "dobj"
                    and root.head.i in above_verbs
                    and (applied or ctx.lower[tok.i - 1] in ("rate", "rates"))
                )
            )
        ]
        for m in measures:
            for f in firms:
                if fits(restricts, m, f):
                    yield Hit(m, "restricts", f, tok, ctx.fixed["bearing"], "rate-for")
