"""Who a measure keeps from an act: "told ByteDance to stop ordering X", "ordered Corvane
to sell its stake", "banned Illumina from shipping sequencers", "rules that keep Huawei
from buying tools"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import objects_of, prep_objects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.policies import made_somewhere, origins
from kg.nlp.rules import RelationRule

__all__ = ["kept_from_vendors", "stop_hits"]

#: Acts of deals a measure keeps firms from, besides taking goods in and supplying them:
#: "keep Huawei from bidding on contracts".
_DEALING = frozenset(("invest", "access", "bid", "enter", "operate", "list", "obtain"))
#: Verbs that demand an act of those they name: "will require operators to remove ...".
_DEMANDING = frozenset(("require", "compel", "oblige", "force"))


def kept_from_vendors(ctx: Context, verb: Token) -> list[Arg]:
    """The firms whose goods a verb keeps buyers from taking: "bar operators from using
    components made by Huawei", "banned from buying products from Micron"."""
    acts = [
        p
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in kids(c)
        if p.dep_ == "pcomp" and p.lemma_.lower() in ctx.taking_in
    ]
    # (a firm, not the country goods are named after: "from buying American chips"; but the
    # country they are said to be made in: "from using Chinese-made parts")
    found = [
        a
        for act in acts
        for o in kids(act)
        if o.dep_ == "dobj"
        for a in origins(ctx, o)
        if a.mention.type == "COMPANY" or (a.mention.type == "COUNTRY" and made_somewhere(o))
    ]
    found += [
        a
        for act in acts
        for p, a in prep_objects_of(ctx, act)
        if p == "from" and a.mention.type == "COMPANY"
    ]
    return found


def stop_hits(
    ctx: Context,
    rule: RelationRule,
    tok: Token,
    lemma: str,
    subjects: list[Arg],
    objects: list[Arg],
) -> Iterator[Hit]:
    """The restrictions a verb of stopping, forcing or barring puts on those it names and
    on the goods of the act it keeps them from; ``lemma`` is the verb's, as its rule reads
    it."""
    # "told ByteDance to stop ordering the RTX Pro 6000D": the buyers and the goods;
    # "ordered Corvane to sell its stake", "will require operators to remove
    # components made by Huawei": who must give up, and whose goods go
    if rule.name == "restricts" and lemma in rule.stop_verbs | rule.verbs | _DEMANDING:
        stopped = [
            c
            for c in kids(tok)
            if c.dep_ == "xcomp"
            and (c.lemma_.lower() in ctx.denial_verbs or c.lemma_.lower() in ctx.forced_verbs)
        ]
        acts = [a for st in stopped for a in kids(st) if a.dep_ in ("xcomp", "conj")]
        acts += [c for a in acts for c in kids(a) if c.dep_ == "conj"]
        forced = [st for st in stopped if st.lemma_.lower() in ctx.forced_verbs]
        acts += forced + [c for st in forced for c in kids(st) if c.dep_ == "conj"]
        # "rules that will keep Huawei from buying American tools": who is kept from
        # an act
        # (an act of trade or a deal: not "a loan kept Northvolt from filing for bankruptcy")
        kept = lemma in rule.stop_verbs and any(
            g.dep_ == "pcomp"
            and g.tag_ == "VBG"
            and (
                g.lemma_.lower() in ctx.taking_in | _DEALING
                or g.lemma_.lower() in ctx.rules.relations["supplies"].verbs
            )
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in kids(c)
        )
        told = objects if stopped or kept else []
        given_up = [
            m for act in acts for o in kids(act) if o.dep_ == "dobj" for m in origins(ctx, o)
        ]
        # "to stop buying products from Micron": the seller
        given_up += [
            a
            for act in acts
            if act.lemma_.lower() in ctx.taking_in
            for p, a in prep_objects_of(ctx, act)
            if p == "from" and a.mention.type == "COMPANY"
        ]
        for o in told + given_up + [o for act in acts for o in objects_of(ctx, act)]:
            for s_ in subjects:
                if fits(rule, s_.mention, o.mention):
                    conf = rule.confidence + ctx.offset["stop"]
                    yield Hit(s_.mention, "restricts", o.mention, tok, conf, f"verb:{lemma}:stop")
    # "barred US investors from buying shares in Ferrovia Tech", "bans Illumina from
    # shipping sequencers": what the barred act deals in
    if rule.name == "restricts" and lemma in rule.verbs:
        barred = [
            g
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "from"
            for g in kids(c)
            if g.dep_ == "pcomp" and g.tag_ == "VBG"
        ]
        dealt = [o for g in barred for o in objects_of(ctx, g)]
        dealt += [o for g in barred for _, o in prep_objects_of(ctx, g)]
        dealt += [
            a
            for g in barred
            for o in kids(g)
            if o.dep_ == "dobj"
            for c in kids(o)
            if c.dep_ == "prep" and c.lower_ in ("in", "of", "from")
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
        for o in dealt:
            for s_ in subjects:
                if o.mention.type in ("COMPANY", "PRODUCT") and fits(rule, s_.mention, o.mention):
                    conf = rule.confidence + ctx.offset["stop"]
                    yield Hit(s_.mention, "restricts", o.mention, tok, conf, f"verb:{lemma}:from")
