"""Where an organisation operates: "the Hangzhou-based company", "a fab in Arizona"."""

from __future__ import annotations

from collections.abc import Iterator

from kg.nlp.relations.clause import subjects_of
from kg.nlp.relations.context import (
    Arg,
    Context,
    Hit,
    kids,
)

__all__ = ["based_rules", "facility_rules"]


def based_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Hangzhou-based company", "a Singapore-based cloud firm"."""
    doc = ctx.doc
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "based" or tok.i < 2 or doc[tok.i - 1].text != "-":
            continue
        place = ctx.mention_of(doc[tok.i - 2])
        if place is None or place.type not in ("LOCATION", "COUNTRY"):
            continue
        # the noun the compound adjective modifies
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            noun = next(
                (t for t in doc[tok.i + 1 : tok.i + 5] if t.pos_ in ("NOUN", "PROPN")), None
            )
        if noun is None:
            continue
        for a in ctx.resolve(noun) or (
            [Arg(ctx.mention_of(noun.head), True)]
            if noun.dep_ == "appos" and ctx.mention_of(noun.head)
            else []
        ):
            if a.mention.type in ("COMPANY", "AGENCY"):
                yield Hit(a.mention, "operates_in", place, tok, ctx.fixed["based"], "x-based")


def facility_rules(ctx: Context) -> Iterator[Hit]:
    """ "plans a new R&D centre in Shanghai", "runs a packaging plant in Xi'an"."""
    rule = ctx.rules.relations["operates_in"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in rule.nouns:
            continue
        places = []
        for holder in (tok, tok.head) if tok.head.pos_ == "VERB" else (tok,):
            for c in kids(holder):
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    for p in kids(c):
                        if p.dep_ == "pobj":
                            places.extend(
                                a.mention
                                for a in ctx.args(p)
                                if a.mention.type in ("LOCATION", "COUNTRY")
                            )
            if places:
                break
        if not places:
            continue
        owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        if not owners:
            v = tok.head
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            if v.pos_ in ("VERB", "AUX"):
                owners, _ = subjects_of(ctx, v)
        for o in owners:
            for p in places:
                if rule.fits(o.mention.type, p.type):
                    yield Hit(
                        o.mention,
                        "operates_in",
                        p,
                        tok,
                        ctx.fixed["facility"],
                        f"facility:{tok.lemma_.lower()}",
                    )
