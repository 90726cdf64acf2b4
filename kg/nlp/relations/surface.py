"""Relations without a parse: a trigger between neighbouring names, "A's B"."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from kg.nlp.entities import KgMention
from kg.nlp.relations.context import Context, Hit
from kg.nlp.relations.hits import fits, verb_forms

__all__ = ["surface_rules"]


def surface_rules(ctx: Context) -> Iterator[Hit]:
    """Without a parse: "A <trigger> B" and "A's B" between neighbouring mentions of a sentence."""
    relations = ctx.rules.relations
    by_sent: dict[int, list[KgMention]] = {}
    for m in ctx.mentions:
        by_sent.setdefault(ctx.sent(ctx.tokens[m.start]).start, []).append(m)
    for sent in ctx.sentences:
        if any(ctx.pos[sent.start : sent.end]):
            continue  # the sentence was parsed: the rules above read it
        ms = by_sent.get(sent.start, [])
        for a, b in itertools.pairwise(ms):
            gap = ctx.doc[a.end : b.start]
            if len(gap) > 6:
                continue
            # "Apple's A17 Pro"
            if len(gap) >= 1 and gap[0].text in ("'s", "’s", "'") and len(gap) <= 3:
                if a.type == "COMPANY" and b.type in ("PRODUCT", "TECHNOLOGY"):
                    yield Hit(
                        a,
                        "develops",
                        b,
                        gap[0],
                        ctx.fixed["surface_possessive"],
                        "surface:possessive",
                    )
                elif a.type in ("COUNTRY", "AGENCY") and b.type == "AGENCY":
                    yield Hit(
                        b,
                        "part_of",
                        a,
                        gap[0],
                        ctx.fixed["surface_possessive"],
                        "surface:possessive",
                    )
                continue
            for i, tok in enumerate(gap):
                forms = verb_forms(tok.text, ctx.irregular)
                passive = (
                    i + 1 < len(gap)
                    and gap[i + 1].lower_ == "by"
                    and (tok.lower_.endswith(("ed", "en", "wn")) or tok.lower_ in ctx.irregular)
                )
                for rule in relations.values():
                    if forms & rule.verbs:
                        src, tgt = (b, a) if passive else (a, b)
                    elif forms & rule.inverse_verbs:
                        src, tgt = (a, b) if passive else (b, a)
                    else:
                        continue
                    if fits(rule, src, tgt):
                        # "Huawei did not develop X": a negator between the names
                        denied = any(
                            g.lower_ in ctx.negators or verb_forms(g.text) & ctx.denial_verbs
                            for g in gap
                        )
                        method = f"surface:{tok.lower_}" + (":negated" if denied else "")
                        yield Hit(
                            src,
                            rule.name,
                            tgt,
                            tok,
                            rule.confidence + ctx.offset["surface"],
                            method,
                        )
                        break
