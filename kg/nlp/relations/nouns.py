"""Nominalisations: "its acquisition of X", "the ban on Y", "made its debut in Z"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import objects_of, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits, pairs
from kg.nlp.relations.policies import origins
from kg.nlp.relations.trade import plant_owner

__all__ = ["contact_rules", "debut_rules", "delivery_rules", "noun_rules"]


#: Verbs of giving up a holding: "sold its stake in Mobileye", "disposed of its shares".
_GIVING_UP = frozenset(("sell", "divest", "offload", "unload", "dump", "exit", "dispose"))


def _given_up(noun: Token) -> bool:
    """Whether a verb gave up the holding a noun names: "sold its stake in X", "disposed
    of its stake"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "of":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    # (a stake one is told or plans to sell is still held: "ordered X to sell its stake")
    to_come = any(c.dep_ == "aux" and c.lower_ in ("to", "will", "would") for c in verb.children)
    return verb.lemma_.lower() in _GIVING_UP and not to_come


def noun_rules(ctx: Context) -> Iterator[Hit]:
    """Nominalisations: "its acquisition of Mellanox", "the ban on Huawei", "a tie-up with X"."""
    relations = ctx.rules.relations
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "NOUN" or (ctx.mention_of(tok) and ctx.mention_of(tok).type == "POLICY"):
            continue
        lemma = tok.lemma_.lower()
        # "a tie-up with X", "a buy-out of Y": a noun hyphened to the word before it (that
        # names a trigger; not "joint-venture", read as "venture")
        if tok.i > 1 and ctx.lower[tok.i - 1] == "-" and ctx.tokens[tok.i - 2].head.i == tok.i:
            joined = f"{ctx.lower[tok.i - 2]}-{lemma}"
            if any(joined in r.nouns for r in relations.values()):
                lemma = joined
        for rule in relations.values():
            legal = lemma in rule.legal_nouns and any(
                c.lower_ in rule.legal_modifiers
                for c in kids(tok)
                if c.dep_ in ("amod", "compound")
            )
            if (lemma not in rule.nouns and not legal) or rule.name in ("part_of", "operates_in"):
                continue
            sources: list[Arg] = []
            # "sold its stake in Mobileye": a stake given up is no investment
            if rule.name == "invests" and _given_up(tok):
                continue
            # ("Apple's legal battle with Masimo", "a patent war": a fight in court is no
            # rivalry)
            fought = rule.name == "competes" and any(
                c.lower_ in relations["sues"].legal_modifiers
                for c in kids(tok)
                if c.dep_ in ("amod", "compound")
            )
            if fought:
                continue
            # (the verb's object and its preposition's are the rivals of a role, "putting it
            # in the same league as X", not of a fight the clause is set in: "bought ITA amid
            # a price war with Ryanair")
            league = rule.name == "competes" and lemma not in _FIGHTS
            if league:
                # "putting it in the same league as Apple's A17 Pro": the governing verb's object
                v = tok.head.head if tok.dep_ == "pobj" else tok.head
                if v.pos_ in ("VERB", "AUX"):
                    sources = [a for c in kids(v) if c.dep_ == "dobj" for a in ctx.args(c)]
            for c in kids(tok):
                if c.dep_ == "poss":
                    sources = ctx.args(c)
                if c.dep_ == "prep" and c.lower_ == "by":
                    sources = [a for p in kids(c) if p.dep_ == "pobj" for a in ctx.args(p)]
            # "Production of the A350 at Airbus's Toulouse plant rose", "mass production of
            # the Model Y will begin at Tesla's plant": the plant's owner makes what it makes
            if not sources and rule.name == "manufactures":
                verb = [tok.head] if tok.dep_ in ("nsubj", "dobj") else []
                # (or on the goods: "production of the Corsa at Stellantis's plant")
                made = [p for c in kids(tok) if c.lower_ == "of" for p in kids(c)]
                sources = [
                    a
                    for h in (tok, *verb, *made)
                    for c in kids(h)
                    if c.dep_ == "prep" and c.lower_ in ("at", "in")
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in plant_owner(ctx, p)
                ]
            if not sources:
                v = tok.head
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                # the clause's actor owns the noun when the verb only carries it ("announced
                # the acquisition of X", "filed a lawsuit against Y") or the noun sits in a
                # phrase of circumstance ("amid legal wrangling with Arm"), not when the verb
                # does something to it ("delayed the launch of X")
                carried = tok.dep_ == "dobj" and v.lemma_.lower() in ctx.light_verbs
                # ("blocked the sale of a stake in Ampleon": a stake being sold is no
                # stake the clause's subject takes)
                sold = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in _SELLING_NOUNS
                if sold:
                    continue
                # "raised the tariff on EVs to 35%, a blow to BYD": what the clause did
                # is the blow; the measure it acted on deals it too
                blow = tok.dep_ == "appos" and rule.name == "restricts"
                if v.pos_ in ("VERB", "AUX") and (carried or blow or tok.dep_ in ("pobj", "conj")):
                    sources, _ = subjects_of(ctx, v)
                    # the actor of the clause itself, not a word modifying it ("Chinese firms")
                    sources = ctx.with_leaders([a for a in sources if a.direct])
                    if blow:
                        sources += [o for o in objects_of(ctx, v) if o.mention.type == "POLICY"]
            targets = []
            holders = [tok]
            # "a fine that the FCCPC imposed on Meta": the clause on the noun says who acted
            # and on whom
            relative = [
                v for v in kids(tok) if v.dep_ == "relcl" and v.lemma_.lower() in ctx.light_verbs
            ]
            if relative and rule.name == "restricts":
                mine = [a for a in subjects_of(ctx, relative[0])[0] if a.direct]
                if mine:
                    sources = mine
                    holders += relative
            # "opened an investigation on Monday into Temu": the parser may hang what the
            # measure is on upon the verb that carries it
            carrier = tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" else None
            if rule.name == "restricts" and carrier and carrier.lemma_.lower() in ctx.light_verbs:
                holders.append(carrier)
            if league and tok.dep_ == "pobj":
                holders.append(tok.head.head)  # "putting it in the same league as X"
            for holder in holders:
                for c in kids(holder):
                    if c.dep_ == "prep" and (
                        c.lower_ in rule.preps or (c.lower_ == "of" and holder.i == tok.i)
                    ):
                        # (on the verb, goods a probe is into are not what it restricts)
                        targets.extend(
                            a
                            for p in kids(c)
                            if p.dep_ == "pobj"
                            for a in ctx.args(p)
                            if holder.i == tok.i or a.mention.method != "goods"
                        )
                        # "a probe into analog chips imported from the United States"
                        if rule.name == "restricts" and c.lower_ in ("into", "on", "against"):
                            targets += [
                                a for p in kids(c) if p.dep_ == "pobj" for a in origins(ctx, p)
                            ]
            # "SoftBank completes Ampere acquisition": the firm named before the noun, when
            # the clause's actor is the buyer
            if rule.name == "acquires" and sources and not targets:
                targets = [
                    Arg(m, True)
                    for c in kids(tok)
                    if c.dep_ in ("compound", "amod") and c.i < tok.i
                    for m in [ctx.mention_of(c)]
                    if m is not None
                    and m.type == "COMPANY"
                    and all(m is not a.mention for a in sources)
                ]
            # "a stake in Canadian lithium miners" is no stake in lithium
            if rule.name in ("acquires", "invests"):
                targets = [t for t in targets if t.direct]
            yield from pairs(
                rule, sources, targets, tok, rule.confidence + ctx.offset["noun"], f"noun:{lemma}"
            )


#: Nouns of a fight between rivals: "a price war with BYD".
_FIGHTS = frozenset(("battle", "war", "rivalry"))
#: Nouns of a sale: what is "the sale of" is being given up.
_SELLING_NOUNS = frozenset(("sale", "divestment", "disposal", "transfer", "spin-off", "spinoff"))


def debut_rules(ctx: Context) -> Iterator[Hit]:
    """ "The XRing O1 made its debut in the Xiaomi 15S Pro": the device uses the part."""
    uses = ctx.rules.relations["uses"]
    if ctx.lemma_set.isdisjoint(ctx.debut_words):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if lemma not in ctx.debut_words or pos not in ("NOUN", "VERB"):
            continue
        verb = tok if tok.pos_ == "VERB" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        parts = subjects_of(ctx, verb)[0]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            parts = ctx.args(verb.head)  # "the Vela 4, introduced in the Corvid R5"
        holders = [tok, verb]
        devices = [
            a
            for h in holders
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ in ctx.inside_preps
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
        for part in parts:
            for d in devices:
                if d.mention.type == "PRODUCT" and fits(uses, d.mention, part.mention):
                    yield Hit(
                        d.mention,
                        "uses",
                        part.mention,
                        tok,
                        uses.confidence + ctx.offset["debut"],
                        "debut-in",
                    )


#: Relations a clause on a described name may state of it.
_CONTACT = ("acquires", "develops", "manufactures", "invests", "sues", "supplies")


def contact_rules(ctx: Context) -> Iterator[Hit]:
    """A clause without "that" on a description of a name: "Senseye, the unit Siemens
    bought in 2022", "the Kirin 9000S, the chip Huawei designed": the firm before the verb
    did it to the name the description is of."""
    relations = ctx.rules.relations
    for m in ctx.mentions:
        if m.type != "COMPANY" or m.start < 3 or m.end >= len(ctx.tokens):
            continue
        verb, noun = ctx.tokens[m.end], ctx.tokens[m.start - 1]
        if verb.tag_ != "VBD" or noun.pos_ != "NOUN" or ctx.mention_of(noun) is not None:
            continue
        if any(c.dep_ in ("dobj", "nsubjpass") for c in kids(verb)):
            continue
        opened = noun.left_edge if noun.left_edge.i < noun.i else noun
        while (
            opened.i > 0 and ctx.lower[opened.i] not in ("the", "a", "an") and opened.i > noun.i - 4
        ):
            opened = ctx.tokens[opened.i - 1]
        if ctx.lower[opened.i] not in ("the", "a", "an") or ctx.lower[opened.i - 1] != ",":
            continue
        host = ctx.mention_of(ctx.tokens[opened.i - 2])
        if host is None:
            continue
        lemma = verb.lemma_.lower()
        for name in _CONTACT:
            rule = relations[name]
            if lemma in rule.verbs and fits(rule, m, host):
                yield Hit(m, name, host, verb, rule.confidence, f"contact:{lemma}")


#: Verbs of putting off what one would do: "delayed taking delivery", "halted deliveries".
_PUTTING_OFF = frozenset(("delay", "postpone", "defer", "halt", "stop", "suspend"))
#: Verbs of getting goods delivered: "took delivery of its first A321XLR".
_TAKING_DELIVERY = frozenset(("take", "accept", "receive", "await", "get"))


def delivery_rules(ctx: Context) -> Iterator[Hit]:
    """ "Qantas took delivery of its first Airbus A321XLR", "took delivery of the jet at
    Airbus's Hamburg plant": the maker supplies the one who takes delivery."""
    supplies = ctx.rules.relations["supplies"]
    variants = frozenset(ctx.rules.patterns["product"]["variants"])
    if ctx.lemma_set.isdisjoint(("delivery", "handover")):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in ("delivery", "handover") or tok.dep_ != "dobj":
            continue
        verb = tok.head
        if verb.lemma_.lower() not in _TAKING_DELIVERY:
            continue
        # ("declined to take delivery of the jets": delivery refused is none)
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ctx.refusing_verbs | _PUTTING_OFF:
            continue
        goods = [p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)]
        # the maker named on the goods ("its first Airbus A321XLR") or the plant's owner
        makers = [
            m
            for g in goods
            for c in kids(g)
            if c.dep_ in ("compound", "nmod", "poss") and c.i < g.i
            for m in [ctx.mention_of(c)]
            # (not a model's variant word the recogniser took for a firm: "737 MAX jets")
            if m is not None
            and m.type == "COMPANY"
            and ctx.doc[m.start : m.end].text not in variants
        ]
        makers += [
            a.mention
            for h in (verb, tok, *goods)
            for c in kids(h)
            if c.dep_ == "prep" and c.lower_ in ("at", "from")
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in [*plant_owner(ctx, p), *(ctx.args(p) if c.lower_ == "from" else ())]
            if a.mention.type == "COMPANY"
        ]
        buyers = [a.mention for a in subjects_of(ctx, verb)[0] if a.direct]
        for maker in makers:
            for buyer in buyers:
                if maker is not buyer and fits(supplies, maker, buyer):
                    conf = supplies.confidence + ctx.offset["indirect"]
                    yield Hit(maker, "supplies", buyer, tok, conf, "delivery-taken")
