"""Who leads what: "Nvidia CEO Jensen Huang", "Richard Yu, chairman of X"."""

from __future__ import annotations

from collections.abc import Iterator

from kg.nlp.entities import KgMention
from kg.nlp.relations.context import (
    Context,
    Hit,
    kids,
)

__all__ = ["title_rules"]


def title_rules(ctx: Context) -> Iterator[Hit]:
    """ "Nvidia CEO Jensen Huang", "Richard Yu, chairman of X", "rotating chairman Eric Xu"."""
    for p in ctx.mentions:
        if p.type == "PERSON":
            yield from title_before(ctx, p)
            yield from title_after(ctx, p)


def title_before(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """Titles before the name, or inside it ("President Donald Trump"), and the organisation."""
    doc = ctx.doc
    inside = p.start
    while inside < p.end - 1 and doc[inside].lower_ in ctx.titles:
        inside += 1
    j = p.start
    while j > 0 and (doc[j - 1].lower_ in ctx.titles or doc[j - 1].text == "-"):
        j -= 1
    words = [t.lower_ for t in doc[j:inside] if t.text != "-"]
    # "vice president", "deputy head": the title leads nothing; "former CEO": no more
    strong = [
        w
        for k, w in enumerate(words)
        if w in ctx.title_heads and not (k > 0 and words[k - 1] in ctx.weak_titles)
    ]
    if not strong or set(words) & ctx.former_titles:
        return
    org = None
    if j > 0:
        k = j - 1
        if doc[k].tag_ == "POS" and k > 0:
            k -= 1
        org = ctx.mention_of(doc[k])
    # "former Intel CEO Pat Gelsinger"
    if org is not None and org.start > 0 and doc[org.start - 1].lower_ in ctx.former_titles:
        return
    if org is not None and org.type == "COUNTRY" and not set(strong) & ctx.gov_titles:
        org = None
    if org is not None and org.type not in ("COMPANY", "AGENCY", "COUNTRY"):
        org = None
    # a company title alone: the company the text is about
    alone = not (j > 0 and ctx.mention_of(doc[j - 1]))
    if org is None and alone and set(strong) & ctx.company_titles:
        org = ctx.topic()
    if org is not None:
        yield Hit(p, "leads", org, doc[p.start], ctx.fixed["title_before"], "title:before")


def title_after(ctx: Context, p: KgMention) -> Iterator[Hit]:
    """ "Richard Yu, chairman of Huawei's consumer business group"."""
    doc = ctx.doc
    k = p.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return
    first = t = doc[k + 1]
    while t.lower_ in ctx.titles and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ctx.titles:
        t = doc[t.i + 1]
    if t.lower_ not in ctx.title_heads or first.lower_ in ctx.weak_titles | ctx.former_titles:
        return
    for c in kids(t):
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            for pobj in kids(c):
                orgs = [a.mention for a in ctx.args(pobj)] if pobj.dep_ == "pobj" else []
                org = next((m for m in orgs if m.type in ("COMPANY", "AGENCY", "COUNTRY")), None)
                if org is not None:
                    yield Hit(p, "leads", org, t, ctx.fixed["title_after"], "title:after")
