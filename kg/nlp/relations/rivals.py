"""Rivals: "Samsung vies with SK Hynix", "rival AMD", "its main rivals are X and Y"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import objects_of, prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import each_other, fits, pairs
from kg.nlp.relations.trade import NOT_GOODS

__all__ = [
    "rival_goods_rules",
    "rival_noun_rules",
    "rival_role_rules",
    "rival_rules",
    "role_holders",
]


def rival_rules(ctx: Context) -> Iterator[Hit]:
    """ "Rival AMD said ..." competes with the company the text is about."""
    for m in ctx.mentions:
        if m.type != "COMPANY" or m.start == 0:
            continue
        prev = ctx.tokens[m.start - 1]
        if prev.lemma_.lower() in ctx.rival_nouns and prev.pos_ in (
            "NOUN",
            "ADJ",
            "PROPN",
        ):
            # "added it and rival Biren Technology": the one it is listed with
            root = ctx.root_of(m)
            listed = [a.mention for a in ctx.args(root.head)] if root.dep_ == "conj" else []
            if root.dep_ == "conj" and root.head.pos_ == "VERB":
                # "added it and rival Biren": the parser hung the name on the verb
                listed = [
                    a.mention for c in kids(root.head) if c.dep_ == "dobj" for a in ctx.args(c)
                ]
            listed = [o for o in listed if o.type == "COMPANY" and o.label != m.label]
            other = listed[0] if listed else ctx.antecedent(prev, {"COMPANY"})
            if other is None:
                continue
            # "Korean rivals LG Energy Solution and SK On": every rival the plural names
            rivals = [m]
            if prev.tag_ == "NNS":
                rivals += [o for o in ctx.coordinated(m) if o.type == "COMPANY" and o is not m]
            for r in rivals:
                if other.label != r.label:
                    yield Hit(r, "competes", other, prev, ctx.fixed["rival"], "rival")


def rival_noun_rules(ctx: Context) -> Iterator[Hit]:
    """ "accusing its larger rival of ...", "the chip goes up against Qualcomm's Snapdragon
    8 Elite": a firm and the rival it names, a product and the one it goes up against."""
    rule = ctx.rules.relations["competes"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos == "NOUN" and lemma in ctx.rival_nouns and ctx.mention_of(tok) is None:
            owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
            if not owners or ctx.mention_of(
                ctx.tokens[tok.i + 1] if tok.i + 1 < len(ctx.doc) else tok
            ):
                continue
            owner = owners[0].mention
            other = ctx.antecedent(tok, {owner.type})
            if other is not None and other.label != owner.label:
                yield Hit(owner, "competes", other, tok, ctx.fixed["rival"], "rival-of")
        elif pos == "VERB" and lemma in ("go", "come", "square", "stack"):
            if not any(c.lower_ == "up" for c in kids(tok)):
                continue
            against = prep_args(ctx, tok, ("against", "to"), direct=True)
            for s in subjects_of(ctx, tok)[0]:
                for o in against:
                    if fits(rule, s.mention, o.mention):
                        yield Hit(
                            s.mention, "competes", o.mention, tok, ctx.fixed["rival"], "up-against"
                        )


def role_holders(ctx: Context, noun: Token) -> list[Arg]:
    """Who a noun of a role (a rival, a partner) is said of: "X is a rival to Y", "X, a
    competitor of Y", "makes X a stronger challenger to Y", "X emerged as a rival to Y",
    "positions X as an alternative to Y"."""
    head = noun.head
    if noun.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
        return subjects_of(ctx, head)[0]
    # "Sony's partner Kioxia": the name the noun is on
    if noun.dep_ == "compound" and ctx.mention_of(head) is not None:
        return ctx.args(head)
    if noun.dep_ == "appos":
        host = ctx.appos_host(noun)
        return [Arg(host, True)] if host is not None else []
    if noun.dep_ in ("ccomp", "oprd", "xcomp"):
        # a small clause: "makes Nokia a stronger challenger"
        inner = [a for c in kids(noun) if c.dep_ in ("nsubj", "nsubjpass") for a in ctx.args(c)]
        return inner or [a for c in kids(head) if c.dep_ == "dobj" for a in ctx.args(c)]
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        objects = [a for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass") for a in ctx.args(c)]
        return objects or subjects_of(ctx, verb)[0]
    # "its partners include Dell and HP": what the noun includes
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "include":
        return objects_of(ctx, head)
    return []


def rival_role_rules(ctx: Context) -> Iterator[Hit]:
    """A name said to be another's rival: "X is a rival to Y", "X, a competitor of Y", "the
    deal makes X a challenger to Y"; and rivals listed: "rivals such as Leapmotor and Geely"
    compete with the firm the text is about, or with the owner of "its rivals"."""
    rule = ctx.rules.relations["competes"]
    nouns = ctx.rival_nouns | {"alternative", "answer"}
    if ctx.lemma_set.isdisjoint(nouns):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in nouns or ctx.mention_of(tok) is not None:
            continue
        others = prep_args(ctx, tok, ("to", "of", "for", "against", "with"), direct=True)
        # ("Cambricon's Siyuan 590 accelerator is seen as an alternative": a product named
        # before its noun is the product)
        holders = [a for a in role_holders(ctx, tok) if a.direct or a.mention.type == "PRODUCT"]
        # "Nokia, its main rival", "X is Y's biggest competitor": the possessor is the
        # other; "its" is not the one it describes, but the firm the text is about
        # ("counts Broadcom and Marvell as its main rivals")
        as_role = tok.dep_ == "pobj" and tok.head.lower_ == "as"
        if not others and (tok.dep_ in ("appos", "attr") or as_role) and holders:
            mine = {a.mention.label for a in holders}
            # "Cerebras, an Nvidia challenger": the firm named before the noun
            others = [
                Arg(m, True)
                for c in kids(tok)
                if c.dep_ in ("compound", "nmod")
                for m in [ctx.mention_of(c)]
                if m is not None and m.type == "COMPANY" and m.label not in mine
            ]
            for c in kids(tok) if not others else []:
                if c.dep_ == "poss":
                    others = [a for a in ctx.resolve(c) if a.mention.label not in mine]
                    topic = ctx.topic(exclude=mine, type_=holders[0].mention.type)
                    if not others and c.lower_ in ctx.company_pronouns and topic is not None:
                        others = [Arg(topic, True)]
        if others:
            # "X is not a rival to Y": the copula carries the negation
            said = tok.head if tok.dep_ in ("attr", "pobj") else tok
            yield from pairs(rule, holders, others, said, ctx.fixed["rival"], f"rival-role:{lemma}")
            continue
        # "The two companies are also rivals in smartphone processors"
        if tok.dep_ == "attr" and tok.tag_ == "NNS" and len(holders) > 1:
            parties = [a.mention for a in holders]
            yield from each_other(rule, parties, tok.head, ctx.fixed["rival"], "are-rivals")
            continue
        # "rivals such as X", "rivals including X", "rivals like X"
        listing = [
            c
            for c in kids(tok)
            if c.dep_ == "prep"
            and (
                c.lower_ in ctx.including_preps
                or (c.lower_ == "as" and any(g.lower_ == "such" for g in kids(c)))
                or any(g.dep_ == "amod" and g.lower_ == "such" for g in kids(tok))
            )
        ]
        # "whose rivals include JSR and TOK", "its rivals include X", "its main rivals are
        # X and Y"
        included = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("include", "be")
        if (not listing and not included) or lemma in ("alternative", "answer"):
            continue
        members = [
            a.mention
            for c in listing
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct
        ]
        if included:
            members += [a.mention for a in objects_of(ctx, tok.head) if a.direct]
        if not members:
            continue
        owners = [a.mention for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        whose = any(c.lower_ == "whose" for c in kids(tok))
        if included and not owners and whose and tok.head.dep_ == "relcl":
            owners = [a.mention for a in ctx.args(tok.head.head) if a.direct]
        if not owners:
            labels = {m.label for m in members}
            other = ctx.antecedent(tok, {members[0].type})
            owners = [other] if other is not None and other.label not in labels else []
        for o in owners:
            yield from pairs(rule, [o], members, tok, ctx.fixed["rival"], "rivals-such-as")


#: Verbs of competing whose "with" or "against" phrase, or object, names the rival.
_COMPETING = frozenset(("compete", "vie", "contend", "battle", "challenge", "rival", "take"))
#: Verbs of setting one thing against another: "pitching the HR-9 against Fanuc's ARC Mate".
_PITCHING = frozenset(("pitch", "position", "set"))


def _firms_behind(ctx: Context, verb: Token) -> list[Arg]:
    """The firms a verb's subject stands for: the firm itself, the owner of "Lumenor's first
    chip", or, for "the kit" in "Viettel said the kit would compete", the one who said it."""
    found = []
    for s in subjects_of(ctx, verb)[0]:
        if s.mention.type == "COMPANY" and s.direct:
            found.append(s)
    v = verb
    while v.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in kids(v)):
        v = v.head
    nouns = [c for c in kids(v) if c.dep_ == "nsubj" and ctx.mention_of(c) is None]
    for n in nouns:
        owners = [a for c in kids(n) if c.dep_ == "poss" for a in ctx.resolve(c)]
        if owners:
            found += [a for a in owners if a.mention.type == "COMPANY"]
        elif n.pos_ == "NOUN" and v.dep_ == "ccomp" and v.head.lemma_.lower() == "say":
            found += [a for a in subjects_of(ctx, v.head)[0] if a.mention.type == "COMPANY"]
    return found


def rival_goods_rules(ctx: Context) -> Iterator[Hit]:
    """ "Lumenor's chip will compete with optical engines from Broadcom and Marvell": the firm
    whose goods compete and the firms the rival goods come from; "pitching it against
    Fanuc's ARC Mate": what is pitched against another competes with it."""
    rule = ctx.rules.relations["competes"]
    conf = ctx.fixed["rival"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB":
            continue
        if lemma in _PITCHING:
            # ("against Fanuc's ARC Mate series": a product a series' noun names)
            against = [
                a
                for a in prep_args(ctx, tok, ("against",))
                if a.direct or a.mention.type == "PRODUCT"
            ]
            pitched = [a for c in kids(tok) if c.dep_ == "dobj" for a in ctx.args(c)]
            yield from pairs(rule, pitched, against, tok, conf, "pitched-against")
            continue
        if lemma not in _COMPETING or (
            lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in kids(tok))
        ):
            continue
        goods = [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for p in kids(c)
            if p.dep_ == "pobj"
        ] + [c for c in kids(tok) if c.dep_ == "dobj"]
        rivals = [
            a
            for g in goods
            if g.pos_ == "NOUN" and ctx.mention_of(g) is None and g.lemma_.lower() not in NOT_GOODS
            for a in prep_args(ctx, g, ("from",), direct=True)
            if a.mention.type == "COMPANY"
        ]
        if rivals:
            yield from pairs(rule, _firms_behind(ctx, tok), rivals, tok, conf, "rival-goods")
