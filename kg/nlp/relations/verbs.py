"""Verb triggers: "X unveiled Y", "Y was fabricated by X", "bought chips from Z"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import (
    is_goods,
    not_origins,
    objects_of,
    phrasal_lemma,
    policy_prep_objects,
    prep_args,
    prep_objects_of,
    subjects_of,
)
from kg.nlp.relations.context import OBJECT_DEPS, Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits, lemma_of, pairs
from kg.nlp.relations.holders import ASSETS
from kg.nlp.relations.licensing import goods_owners, under_licence
from kg.nlp.relations.money import is_money, partial_share
from kg.nlp.relations.parties import (
    coming_from,
    facility_owners_to,
    goods_brands,
    goods_makers,
    owners_for,
    powered_by,
)
from kg.nlp.relations.policies import destinations, origins
from kg.nlp.relations.stopping import kept_from_vendors, stop_hits
from kg.nlp.relations.trade import sold_business
from kg.nlp.relations.users import not_makers, own_product, unnamed_owners

__all__ = ["modifier_verb_rules", "verb_rules"]

#: Verbs of putting parts together: "pairs a Cortex-X925 core with Cortex-X4 cores".
_PAIRING = frozenset(("pair", "combine", "couple", "match"))
#: Verbs of fitting a thing with a part: "will equip the iPhone 17 with its C1 modem".
_FITTING = frozenset(("equip", "fit", "outfit", "arm", "kit"))
#: Verbs of putting a part in a product: "fit its FSD software to the Model Y".
_PUTTING_IN = frozenset(("fit", "install", "put", "add"))
#: Verbs of making what another uses: "cells made by CATL".
_MAKING = frozenset(("make", "produce", "manufacture", "build"))


#: Nouns of buying a firm: a verb that blocks one restricts the buyer.
_DEALS_BLOCKED = frozenset(
    ("takeover", "acquisition", "purchase", "bid", "buyout", "merger", "deal", "offer")
)


def _buyers_of_blocked(ctx: Context, verb: Token) -> list[Arg]:
    """The buyers in a deal a verb blocks: the deal's owner ("Nippon Steel's takeover") or
    its "by" ("the takeover of X by Y")."""
    found = []
    for c in kids(verb):
        if c.dep_ not in ("dobj", "nsubjpass") or c.lemma_.lower() not in _DEALS_BLOCKED:
            continue
        found += [a for g in kids(c) if g.dep_ == "poss" for a in ctx.resolve(g)]
        # ("its merger with Tapestry": both parties to a merger)
        preps = ("by", "with") if c.lemma_.lower() == "merger" else ("by",)
        holders = [c]
        # (an active verb's "by" is the deal's: the parser hangs it on the verb)
        if c.dep_ == "dobj" and any(g.dep_ == "nsubj" for g in kids(verb)):
            holders.append(verb)
        found += [
            a
            for h in holders
            for g in kids(h)
            if g.dep_ == "prep" and g.lower_ in preps
            for p in kids(g)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
    return [a for a in found if a.mention.type == "COMPANY"]


#: Verbs of supplying whose subject may be either party: "leased jets to X", "from X".
_EITHER_WAY = frozenset(("lease", "rent", "charter"))

#: Verbs of building that make another firm's product rather than develop it.
_BUILDING_FOR = frozenset(("build", "make", "assemble"))


def _owned_by_another(ctx: Context, verb: Token, subjects: list[Arg]) -> bool:
    """Whether a verb's object belongs to a firm other than its subject: "builds Nvidia's
    GB200 servers", "Kia's EV5, built by Hyundai Transys", "Kia's EV5 is built by X"."""
    mine = {a.mention.label for a in subjects}
    made = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        made.append(verb.head)
    for c in made:
        m = ctx.mention_of(c)
        root = ctx.root_of(m) if m is not None else c
        for g in (root, c):
            for p in kids(g):
                owner = ctx.mention_of(p) if p.dep_ == "poss" else None
                if owner is not None and owner.type == "COMPANY" and owner.label not in mine:
                    return bool(mine)
    return False


#: Verbs that halt what they govern: with a measure as object they lift it, not restrict.
_HALTING = frozenset(("suspend", "halt", "freeze", "pause", "stop"))

#: Measures beside the restricting nouns that a halting verb lifts: "suspended the rule".
_MEASURES = frozenset(("measure", "rule", "regulation", "requirement", "policy"))

#: Words that make what a firm is named as a threat: "listed X as a military company".
_THREATS = frozenset(
    ("military", "threat", "risk", "adversary", "concern", "unreliable", "hostile", "sanctioned")
)


#: Nouns of a list a government puts firms on.
_LISTS = frozenset(("list", "blacklist", "watchlist", "register"))


def _put_on_list(verb: Token) -> bool:
    """Whether a verb puts what it governs on a list: "put Autel on a list of military
    companies", "added the firms to a trade blacklist"."""
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _LISTS and not _kept_by_choice(p)
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ in ("on", "to", "onto")
        for p in kids(c)
    )


#: Words that make a list one of those chosen: "its list of approved suppliers".
_CHOSEN = frozenset(
    (
        "supplier", "customer", "vendor", "partner", "client", "investor", "shareholder",
        "buyer", "approved", "preferred", "qualified", "trusted",
    )
)  # fmt: skip


def _kept_by_choice(noun: Token) -> bool:
    """Whether a list is of those chosen, not of those restricted: "its list of approved
    suppliers", "a preferred-vendor list"."""
    return any(t.lemma_.lower() in _CHOSEN for t in noun.subtree)


def _named_threat(verb: Token) -> bool:
    """Whether a verb names what it governs as a threat: "listed CATL as a Chinese military
    company", "named the firm as a national security risk"."""
    return any(
        w.lemma_.lower() in _THREATS
        for c in kids(verb)
        if c.dep_ == "prep" and c.lower_ == "as"
        for w in c.subtree
    )


#: What one "makes" for a firm without making goods: "made a bid for Sabadell".
_DEALS = frozenset(("bid", "offer", "approach", "proposal", "pitch", "case", "payment"))
#: What work is done under for a customer: "makes antibodies under contract for Pfizer".
_CONTRACTS = frozenset(("contract", "agreement", "deal", "licence", "license"))


def _measure_it(ctx: Context, verb: Token) -> list[Arg]:
    """The measure "it" stands for as a verb's subject, where the sentence before named a
    measure after its issuer: "The EU adopted its 19th package. It lists two refiners"."""
    subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "it":
        return []
    sent = ctx.sent(verb)
    if sent.start == 0:
        return []
    before = ctx.sent(ctx.tokens[sent.start - 1])
    named = [m for m in ctx.mentions if before.start <= m.start < before.end]
    if not named or named[-1].type != "POLICY":
        return []
    # (the measure a government or its body issued: not "Toyota warned of a hit from the
    # US tariff. It also named Denso")
    root = ctx.root_of(named[-1])
    issuer = root.head
    issuing = ctx.rules.relations["issues"].verbs
    # (of the sentence's own verb, not a clause in it: "Nokia cut its forecast after
    # Washington imposed new tariffs")
    if root.dep_ != "dobj" or issuer.lemma_.lower() not in issuing or issuer.i != before.root.i:
        return []
    if not any(
        a.direct and a.mention.type in ("COUNTRY", "AGENCY") for a in subjects_of(ctx, issuer)[0]
    ):
        return []
    return [Arg(named[-1], True)]


#: Verbs of getting an order or a contract: "won an order to build radars for X".
_GETTING_WORK = frozenset(("win", "secure", "land", "sign", "receive", "get", "clinch", "bag"))


def _under_order_won(verb: Token) -> bool:
    """Whether a verb says what an order or a contract won or signed is for: "won an order
    to build radars for X" (not "lost a contract to build frigates for Canada")."""
    return (
        verb.dep_ in ("acl", "relcl")
        and verb.head.lemma_.lower() in _CONTRACTS | {"order"}
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in _GETTING_WORK
    )


def _shares_dealt(verb: Token) -> bool:
    """Whether a verb's object is a holding: "bought Intel shares", "$5 billion of its
    stock"."""
    return any(
        t.lemma_.lower() in ASSETS
        for c in verb.children
        if c.dep_ == "dobj"
        for t in (c, *(g for p in c.children if p.lower_ == "of" for g in p.children))
    )


def _hung_agents(ctx: Context, verb: Token) -> list[Arg]:
    """The firms a passive's "by" names where the parser hung it on the name a preposition
    of the verb governs: "are assembled for Nokia by Dixon"."""
    return [
        a
        for c in kids(verb)
        if c.dep_ == "prep"
        for p in kids(c)
        if p.dep_ == "pobj"
        for a in prep_args(ctx, p, ("by",), direct=True)
        if a.mention.type == "COMPANY"
    ]


def verb_rules(ctx: Context) -> Iterator[Hit]:
    """Verb triggers: subject -> object, passive agent -> subject, prepositional objects."""
    relations = ctx.rules.relations
    triggers = ctx.all_triggers
    uses = relations["uses"]
    supplies = relations["supplies"]
    for tok, pos, dep in zip(ctx.tokens, ctx.pos, ctx.dep, strict=True):
        # a verb in -s the parser took for a plural noun: "Samsung vies with", "the chip,
        # which Samsung manufactures"
        if pos not in ("VERB", "AUX") and not (pos == "NOUN" and dep in ("ROOT", "relcl")):
            continue
        lemma = phrasal_lemma(ctx, tok, lemma_of(tok, triggers))
        # "is building DeepSeek's R1 model into its cockpit software": built into is used
        if lemma == "build" and any(c.dep_ == "prep" and c.lower_ == "into" for c in kids(tok)):
            lemma = "integrate"
        rules = ctx.rules_by_trigger.get(lemma)
        if not rules:
            continue
        subjects, _passive = subjects_of(ctx, tok)
        subjects = ctx.with_leaders(subjects)
        objects = objects_of(ctx, tok)
        # a headline's passive without its auxiliary: "Cadence fined $140 million by US"
        if (
            lemma in relations["restricts"].verbs
            and tok.tag_ in ("VBD", "VBN")
            and not _passive
            and not any(
                c.dep_ == "auxpass" or (c.dep_ == "dobj" and ctx.mention_of(c)) for c in kids(tok)
            )
            # (an active clause's actor: "Japan blocked acquisitions by China")
            and not any(a.mention.type in ("COUNTRY", "AGENCY") for a in subjects)
        ):
            by = [
                a
                for a in prep_args(ctx, tok, ("by",), direct=True)
                if a.mention.type in ("COUNTRY", "AGENCY")
            ]
            if by:
                subjects, objects = by, subjects
        # "Developed by Cerebras, the WSE-3 packs ...": an opening passive participle is
        # said of the clause's subject
        opening = tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.left_edge.is_sent_start
        if opening and not objects and any(c.dep_ == "agent" for c in kids(tok)):
            objects = [
                a
                for a in subjects_of(ctx, tok.head)[0]
                if a.direct or a.mention.type in ("PRODUCT", "TECHNOLOGY")
            ]
        # "unveiled the Mi 16 on Monday, powered by its XRing O2": a closing participle of
        # powering is said of the product the clause is about
        if (
            not opening
            and not objects
            and tok.tag_ == "VBN"
            and tok.dep_ == "advcl"
            and lemma in uses.inverse_verbs
            and any(c.dep_ == "agent" for c in kids(tok))
        ):
            objects = [
                a for a in objects_of(ctx, tok.head) if a.direct and a.mention.type == "PRODUCT"
            ]
        preps = prep_objects_of(ctx, tok)
        # ("made a bid for Sabadell", "made an offer for X": a deal, not goods)
        dealt = any(c.dep_ == "dobj" and c.lemma_.lower() in _DEALS for c in kids(tok))
        # "will build K9 howitzers for Romania": building named goods is making them (not
        # building a plant for a sum)
        built_goods = lemma == "build" and any(
            a.mention.type == "PRODUCT" for c in kids(tok) if c.dep_ == "dobj" for a in ctx.args(c)
        )
        # "won an order to build modems for Qualcomm": goods built under a contract or an
        # order (not a plant: "a contract to build a fab for Tata")
        facilities = relations["operates_in"].nouns
        built_goods = built_goods or (
            lemma == "build"
            and _under_order_won(tok)
            and any(
                c.dep_ == "dobj" and c.tag_ == "NNS" and c.lemma_.lower() not in facilities
                for c in kids(tok)
            )
        )
        if (lemma in relations["manufactures"].verbs or built_goods) and not dealt:
            # "to manufacture chips for Tesla": the maker supplies the customer
            # (named goods built "for" a firm itself: not "for Tesla drivers")
            customers = [
                ctx.owned_by(o)
                for p, o in preps
                if p == "for" and (o.direct or lemma in relations["manufactures"].verbs)
            ]
            # "to produce antibody-drug conjugates for Arvelle": the goods' customer
            customers += [
                ctx.owned_by(a)
                for c in kids(tok)
                if c.dep_ == "dobj"
                for a in prep_args(ctx, c, ("for",), direct=True)
            ]
            # "makes antibodies under contract for Pfizer": the contract's customer
            customers += [
                ctx.owned_by(a)
                for h in (tok, *(c for c in kids(tok) if c.dep_ == "dobj"))
                for c in kids(h)
                if c.dep_ == "prep" and c.lower_ == "under"
                for p in kids(c)
                if p.dep_ == "pobj" and p.lemma_.lower() in _CONTRACTS
                for a in prep_args(ctx, p, ("for",), direct=True)
            ]
            # "won an order to make Tesla's next self-driving chip": whose goods an order won
            # makes
            if _under_order_won(tok):
                customers += goods_owners(ctx, [g for g in kids(tok) if g.dep_ == "dobj"])
            makers = subjects
            if any(c.dep_ == "auxpass" for c in kids(tok)):
                # "Lava's phones are made by Dixon", "Lava, whose phones are made by Dixon":
                # the goods' owner
                customers += goods_owners(ctx, [g for g in kids(tok) if g.dep_ == "nsubjpass"])
                # ("are assembled for Nokia by Dixon": the parser may hang "by" on the name)
                if not _passive:
                    makers = _hung_agents(ctx, tok)
            conf = supplies.confidence + ctx.offset["make_for"]
            yield from pairs(supplies, makers, customers, tok, conf, f"make-for:{lemma}")
        passive = any(c.dep_ == "auxpass" for c in kids(tok))
        goods = [g for g in kids(tok) if g.dep_ == "nsubjpass"]
        # "Disco, whose tools are sold heavily to China": the goods' owner sells to them
        if passive and lemma in supplies.verbs:
            buyers = [o for p, o in preps if p == "to"]
            conf = supplies.confidence + ctx.offset["make_for"]
            yield from pairs(supplies, goods_owners(ctx, goods), buyers, tok, conf, "sold-to")
        # "its Vega-9 chip has been ordered by Jio": the product's owner sells to the buyer
        if passive and lemma in supplies.inverse_verbs and lemma not in ("acquire", "receive"):
            owners = [ctx.owned_by(a) for g in goods for a in ctx.args(g)]
            owners = [o for o in owners if not o.direct] + goods_owners(ctx, goods)
            conf = supplies.confidence + ctx.offset["make_for"]
            yield from pairs(supplies, owners, subjects, tok, conf, f"bought-by:{lemma}")
        # "agreed to buy chips designed by Cerebras": the firm whose goods are bought
        if lemma in supplies.inverse_verbs:
            sellers = goods_makers(ctx, tok, supplies.verbs | _MAKING | {"design"})
            # "will buy 20 Boeing 787s": the firm whose product is bought
            sellers += goods_brands(ctx, [c for c in kids(tok) if c.dep_ == "dobj"])
            for s_ in [ctx.owned_by(a) for a in subjects if a.direct]:
                for o in sellers:
                    if fits(supplies, o.mention, s_.mention):
                        conf = supplies.confidence + ctx.offset["supplier"]
                        yield Hit(o.mention, "supplies", s_.mention, tok, conf, f"made-by:{lemma}")
        # "its cameras come from Mobileye", "battery cells come from CATL": the firm the goods
        # come from supplies their owner, else the firm the text is about
        if lemma == "come":
            yield from coming_from(ctx, tok, supplies, preps)
        if lemma == "power" and tok.tag_ == "VBN":
            yield from powered_by(ctx, tok, supplies)
        # "the AS-220 sensor is used in Toyota's latest system", "is used in the iPhone 17":
        # what it is used in, or the firm that owns that, uses it
        if passive and lemma in ("use", "deploy", "install", "integrate", "employ"):
            users = [o for p, o in preps if p in ("in", "inside", "across")]
            users += goods_owners(
                ctx,
                [
                    g
                    for c in kids(tok)
                    if c.dep_ == "prep" and c.lower_ in ("in", "inside")
                    for g in kids(c)
                    if g.dep_ == "pobj"
                ],
            )
            # (the product the goods' words name: "Akane's AS-220 depth sensor")
            used = [
                m
                for g in goods
                for t in ctx.doc[g.left_edge.i : g.i + 1]
                for m in [ctx.mention_of(t)]
                if m is not None and m.type in ("PRODUCT", "TECHNOLOGY")
            ] or [a for g in goods for a in ctx.args(g)]
            conf = uses.confidence + ctx.offset["supplier"]
            yield from pairs(uses, users, used, tok, conf, "used-in")
        if lemma in uses.verbs:
            # "used TPUs through Google Cloud", "data centres using Nvidia systems": a supplier
            # (not a firm's own unit: "runs the plant through its subsidiary X")
            part_nouns = relations["part_of"].nouns
            suppliers = [
                o
                for p, o in preps
                if p in ("through", "via", "from")
                # (a unit of another is a supplier: "batteries from VinES, Vingroup's unit")
                and not any(
                    w.lemma_.lower() in part_nouns
                    and not any(c.dep_ == "poss" and ctx.mention_of(c) for c in kids(w))
                    for r in [ctx.root_of(o.mention)]
                    for w in (r.head, *kids(r))
                )
            ]
            # "had relied on Samsung SDI for cells": whom one relies on for goods
            if lemma == "rely" and any(c.dep_ == "prep" and c.lower_ == "for" for c in kids(tok)):
                suppliers += [o for p, o in preps if p in ("on", "upon") and o.direct]
            # (not a business one runs: "GoTo, which runs Gojek")
            if lemma not in ("run", "host"):
                suppliers += [o for o in objects if not o.direct and o.mention.type == "COMPANY"]
            # "Telia uses Ericsson for its network", "Telenor relies on Nokia": a firm used
            # (named there, not a pronoun's antecedent: "the first phones to use it")
            # (not one named as an example: "uses Nvidia as an example of a winner")
            if lemma in _SERVED and not any(
                c.dep_ == "prep" and c.lower_ == "as" for c in kids(tok)
            ):
                named = [c for c in kids(tok) if c.dep_ == "dobj"] + [
                    p
                    for c in kids(tok)
                    if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                    for p in kids(c)
                    if p.dep_ == "pobj"
                ]
                suppliers += [
                    Arg(m, True)
                    for n in named
                    for t in ctx.with_conjuncts(n)
                    if (m := ctx.mention_of(t)) is not None and m.type == "COMPANY"
                ]
            # "the R2 uses cells supplied by LG Energy Solution": who made what is used
            suppliers += goods_makers(ctx, tok, supplies.verbs | _MAKING)
            # "picked Ericsson's AirScale radios": the firm whose product is chosen
            if lemma in _CHOSEN_GOODS:
                suppliers += goods_brands(ctx, [c for c in kids(tok) if c.dep_ == "dobj"])

            # ("its cars will use batteries from VinES": the owner of what uses them)
            users = subjects or goods_owners(
                ctx, [c for c in kids(tok) if c.dep_ == "nsubj" and ctx.mention_of(c) is None]
            )
            for s_ in [ctx.owned_by(s_) for s_ in users]:
                for o in suppliers:
                    if fits(supplies, o.mention, s_.mention):
                        yield Hit(
                            o.mention,
                            "supplies",
                            s_.mention,
                            tok,
                            supplies.confidence + ctx.offset["supplier"],
                            f"supplier:{lemma}",
                        )
        # "to build the AI6 on its 2nm process": building a chip on a process makes it
        if lemma == "build" and any(
            g.lemma_.lower() in ("process", "node")
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "on"
            for g in kids(c)
            if g.dep_ == "pobj"
        ):
            rules = [relations["manufactures"] if r.name == "develops" else r for r in rules]
        # "Wistron builds Nvidia's GB200 servers": building another firm's product makes it,
        # and so does building it under licence
        if lemma in _BUILDING_FOR and (
            _owned_by_another(ctx, tok, subjects) or under_licence(tok) is not None
        ):
            rules = [relations["manufactures"] if r.name == "develops" else r for r in rules]
        # "excluded Chinese vendors from its 5G networks": what one is kept out of is not
        # restricted, unless goods come "from" it ("banned imports from China"); nor the
        # nation of a place ("bars Chinese-built cranes from US ports")
        kept_from = any(
            c.dep_ == "dobj" and c.lemma_.lower() not in ctx.trade_nouns for c in kids(tok)
        )
        excluded_from = bool(objects) and kept_from
        # "blocked Nippon Steel's takeover of U.S. Steel", "blocked the takeover of X by
        # Pinnacle": a blocked deal restricts the buyer
        buyers = _buyers_of_blocked(ctx, tok) if lemma in relations["restricts"].verbs else []
        # ("received a $2 billion loan from JBIC": money given is funding, not goods sold;
        # "sold $2 billion of chips to X" sells the chips)
        funded = any(
            c.dep_ == "dobj"
            and is_money(c, ctx.funding_nouns)
            and not any(g.dep_ == "prep" and g.lower_ == "of" for g in kids(c))
            for c in kids(tok)
        )
        # "suspended its export ban on gallium to the US": halting a measure lifts it
        lifted = lemma in _HALTING and any(
            c.dep_ == "dobj"
            and (
                c.lemma_.lower() in relations["restricts"].nouns | _MEASURES
                or ((m := ctx.mention_of(c)) is not None and m.type == "POLICY")
            )
            for c in kids(tok)
        )
        for rule in rules:
            inverse = lemma in rule.inverse_verbs
            if rule.name == "supplies" and funded:
                continue
            if rule.name == "restricts" and lifted:
                continue
            readings = []
            if rule.name == "restricts" and buyers:
                objects = buyers
            # "the directive identifies X": some verbs restrict only with a measure as subject;
            # "told X to stop": others only through what they tell to stop (below)
            actors = subjects
            # "Lenovo's laptops feature Intel's chips", "its robots, which will use X": a
            # firm's product no name names uses it, and so the firm
            if rule.name == "uses" and not actors and not _passive:
                actors = not_makers(ctx, unnamed_owners(ctx, tok, subject=True), objects)
            if lemma in rule.policy_verbs:
                actors = [a for a in subjects if a.mention.type == "POLICY"]
                # "The EU adopted its 19th package. It lists two refiners": "it" that a
                # measure's issuer or the measure may stand for is the measure
                if not actors and rule.name == "restricts":
                    actors = _measure_it(ctx, tok)
                # "the Pentagon listed CATL as a Chinese military company": a government
                # that names a firm a threat restricts it
                # ("put Autel on a list of military companies": a list no name names)
                if _named_threat(tok) or _put_on_list(tok):
                    actors += [a for a in subjects if a.mention.type in ("COUNTRY", "AGENCY")]
                # "Japan tightened its curbs, hitting Tokyo Electron": the measure the
                # clause acts on is what hits
                # ("expanded its blacklist to include YMTC": the same with an infinitive)
                purpose = tok.tag_ == "VB" and any(c.lower_ == "to" for c in kids(tok))
                if tok.dep_ == "advcl" and (tok.tag_ == "VBG" or purpose) and not actors:
                    actors = [o for o in objects_of(ctx, tok.head) if o.mention.type == "POLICY"]
                # "Washington has restricted sales of HBM to China, hitting SK Hynix": the
                # government that restricted hits
                head_lemma = lemma_of(tok.head, rule.verbs)
                if (
                    tok.dep_ == "advcl"
                    and tok.tag_ == "VBG"
                    and not actors
                    and head_lemma in rule.verbs
                ):
                    actors = [
                        a
                        for a in subjects_of(ctx, tok.head)[0]
                        if a.direct and a.mention.type in rule.source
                    ]
            elif lemma in rule.stop_verbs:
                actors = []
            # "the ban covers drones made by DJI", "barred Chinese-made cameras": the goods' maker
            if rule.name == "restricts":
                goods = [c for c in kids(tok) if c.dep_ in OBJECT_DEPS]
                # "the rules apply to shipments to China": goods a preposition names
                goods += [
                    p
                    for c in kids(tok)
                    if c.dep_ == "prep" and c.lower_ in ("to", "on")
                    for p in kids(c)
                    if p.dep_ == "pobj" and p.lemma_.lower() in ctx.trade_nouns
                ]
                # "... along with video surveillance equipment from Hikvision"
                goods += [
                    p
                    for c in kids(tok)
                    if c.lower_ == "along"
                    for w in kids(c)
                    if w.lower_ == "with"
                    for p in kids(w)
                    if p.dep_ == "pobj"
                ]
                made = [a for c in goods for a in origins(ctx, c)]
                # (the maker the parser hung on "along": "along with cameras from Dahua")
                made += [
                    a
                    for c in kids(tok)
                    if c.lower_ == "along"
                    for a in prep_args(ctx, c, ("from",), direct=True)
                    if a.mention.type == "COMPANY"
                ]
                readings += [(s, o, "origin") for s in actors for o in made]
                # "bar operators from using components made by Huawei", "... from buying
                # products from Micron": the firms whose goods the buyers may not take
                readings += [
                    (s, o, "kept-from") for s in actors for o in kept_from_vendors(ctx, tok)
                ]
                # "banned exports of gallium to the United States": where the goods go
                bound = [a for c in goods for a in destinations(ctx, c)]
                # ("bans exports of gallium, germanium to US": "to" on the last of goods a
                # headline lists by commas, which the parser joins to the verb)
                bound += [
                    a
                    for c in kids(tok)
                    if c.dep_ == "conj" and is_goods(ctx, c)
                    for a in prep_args(ctx, c, ("to",), direct=True)
                    if a.mention.type == "COUNTRY"
                ]
                readings += [(s, o, "destination") for s in actors for o in bound]
                # "curb shipments by Tokyo Electron and Nikon": who ships
                # (an active verb's "by" is the goods' too: the parser hangs it on the verb)
                traded = [c for c in goods if c.lemma_.lower() in ctx.trade_nouns]
                active = any(c.dep_ == "nsubj" for c in kids(tok))
                sellers = [
                    a
                    for c in traded + ([tok] if traded and active else [])
                    for p in kids(c)
                    if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                    for q in kids(p)
                    for a in ctx.args(q)
                    if a.direct and a.mention.type == "COMPANY"
                ]
                readings += [(s, o, "seller") for s in actors for o in sellers]
                # "exports of the X5 to Russia will require a licence": the measure
                # demanded restricts where the goods go
                if inverse:
                    moved = [c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")]
                    bound = [a for c in moved for a in destinations(ctx, c)]
                    readings += [
                        (b, o, "destination")
                        for b in bound
                        for o in objects
                        if o.mention.type == "POLICY"
                    ]
            # "fined Lumora $40 million", "denied Orsk a permit": who is fined or denied
            if rule.name == "restricts" and lemma in rule.verbs:
                given = [a for c in kids(tok) if c.dep_ == "dative" for a in ctx.args(c)]
                objects = objects + [a for a in given if a.mention.type == "COMPANY"]
            # "to integrate ChatGPT into Siri": what it goes into uses it, not the one who
            # puts it there
            if rule.name == "supplies" and not inverse:
                objects = not_origins(ctx, tok, objects)
            # "pairs one Cortex-X925 core with three Cortex-X4 cores": both are used
            # ("with" may hang on the first part)
            if rule.name == "uses" and lemma in _PAIRING:
                firsts = [c for c in kids(tok) if c.dep_ == "dobj"]
                paired = [a for h in (tok, *firsts) for a in prep_args(ctx, h, ("with",))]
                objects = objects + [
                    a for a in paired if a.mention.type in ("PRODUCT", "TECHNOLOGY")
                ]
            hosts = [o for p, o in preps if p == "into" and o.mention.type == "PRODUCT"]
            if rule.name == "uses" and hosts and objects:
                readings += [(h, o, "into") for h in hosts for o in objects]
                actors = []
            for s in actors:
                for o in objects:
                    # "BYD will fit its God's Eye system": a firm's own product it makes
                    if rule.name == "uses" and own_product(ctx, s, o):
                        continue
                    readings.append((s, o, "object"))
                # "shipping tools to SK Hynix's DRAM plant": the facility's owner gets them
                # (not to one's own plants: "must obtain licences to ship tools to their
                # China fabs")
                if rule.name == "supplies" and not inverse:
                    own = {a.mention.label for a in actors}
                    readings += [
                        (s, o, "to-facility")
                        for o in facility_owners_to(ctx, tok)
                        if o.mention.label not in own
                    ]
                    # "engines that Renk supplies for Israel's Merkava tanks": the owner of
                    # what the goods are for
                    readings += [(s, o, "for-owner") for o in owners_for(ctx, tok)]
                for prep, o in preps:
                    # "leased jets from Aerfin": who leases from another is supplied by it
                    if rule.name == "supplies" and prep == "from" and lemma in _EITHER_WAY:
                        readings.append((o, s, "from"))
                        continue
                    kept_out = (
                        rule.name == "restricts"
                        and prep == "from"
                        and (
                            excluded_from
                            or (kept_from and not o.direct and o.mention.type != "COMPANY")
                        )
                    )
                    if prep in rule.preps and not kept_out:
                        readings.append((s, o, "prep"))
            # "X is built on Y", "X was fabricated on a 7nm process": the theme uses Y
            if lemma in rule.theme_verbs:
                if lemma not in rule.verbs and lemma not in rule.inverse_verbs:
                    readings = []
                has_object = any(c.dep_ in OBJECT_DEPS for c in kids(tok))
                themes = objects if objects or has_object else subjects
                # "MCST's Elbrus-16S, all of which were made on 16nm": what is made is the
                # product, not the firm that owns it
                themes = [t for t in themes if t.direct or t.mention.type != "COMPANY"]
                # "built its assistant on Llama", "Klarna's assistant, built with GPT-4o": a
                # firm's unnamed product uses it, and so the firm
                if not themes:
                    themes = unnamed_owners(ctx, tok) or not_makers(
                        ctx, unnamed_owners(ctx, tok, subject=True), [o for _, o in preps]
                    )
                # "trained its GLM model on Ascend chips": "on" may hang on the object
                on_object = [
                    (c.lower_, a)
                    for d in kids(tok)
                    if d.dep_ in OBJECT_DEPS
                    for c in kids(d)
                    if c.dep_ == "prep" and c.lower_ in rule.theme_preps
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in ctx.args(p)
                ]
                fitted = [
                    (th, o, "theme")
                    for th in themes
                    for prep, o in [*preps, *on_object]
                    if prep in rule.theme_preps and o.mention is not th.mention
                ]
                # "Apple will equip the iPhone 17 with its C1 modem": what is fitted with a
                # part uses it, not the one who fits it
                if fitted and lemma in _FITTING and objects:
                    readings = []
                readings += fitted
            # "will fit its FSD software to the Model Y", "installs HyperOS on the Xiaomi 17":
            # the product it is put in uses it, not the one who puts it there
            if rule.name == "uses" and lemma in _PUTTING_IN and objects and not _passive:
                hosts = [
                    a
                    for p, a in prep_objects_of(ctx, tok)
                    if p in ("to", "in", "into", "on") and a.mention.type == "PRODUCT"
                ]
                put = [
                    (h, o, "put-in")
                    for h in hosts
                    for o in objects
                    if o.mention.type in ("PRODUCT", "TECHNOLOGY") and o.mention is not h.mention
                ]
                if put:
                    readings = put
            for s, o, how in readings:
                src, tgt = (o, s) if inverse else (s, o)
                # "the Netherlands required licences": a government demanding a measure issues it
                if (
                    rule.name == "restricts"
                    and inverse
                    and how != "destination"
                    and tgt.mention.type in ("COUNTRY", "AGENCY")
                ):
                    if src.mention.type == "POLICY":
                        yield Hit(
                            tgt.mention,
                            "issues",
                            src.mention,
                            tok,
                            rule.confidence + ctx.offset["demands"],
                            f"verb:{lemma}:demands",
                        )
                    continue
                if rule.name == "acquires" and not tgt.direct:
                    continue
                # "delivered the fighters to the Republic of Korea Air Force": goods for a
                # state's arm go to its state
                if rule.name == "supplies" and tgt.mention.type == "AGENCY":
                    state = ctx.state_of(tgt.mention, buyer=lemma in rule.inverse_verbs)
                    tgt = Arg(state, tgt.direct) if state is not None else tgt
                # "is 15% owned by X", "owns a quarter of X": a share, not the whole
                if rule.name == "part_of" and lemma == "own" and partial_share(tok):
                    continue
                # ("is owned by Renault, Geely and Aramco": a part of none of them)
                if rule.name == "part_of" and lemma == "own" and len(subjects) > 1:
                    continue
                # "took over X", "took control of X" acquire; "took MediaTek to court" no
                if (
                    rule.name == "acquires"
                    and lemma == "take"
                    and not any(c.lower_ in ("over", "control") for c in kids(tok))
                ):
                    continue
                # "build a new HBM plant": a facility named after what it makes is not that thing
                if rule.name == "develops" and not tgt.direct and how == "object":
                    heads = [c for c in kids(tok) if c.dep_ in OBJECT_DEPS]
                    if any(h.lemma_.lower() in relations["operates_in"].nouns for h in heads):
                        continue
                # "Wiz will join Google Cloud": a firm that joins a firm becomes part of it
                if (
                    rule.name == "partners"
                    and lemma == "join"
                    and how == "object"
                    and src.mention.type == tgt.mention.type == "COMPANY"
                ):
                    continue
                # "exports of the H20 require a licence": only a measure restricts by demand
                if rule.name == "restricts" and inverse and src.mention.type != "POLICY":
                    continue
                # "ordered Corvane to sell its stake" commands, "ordered a tax probe into X"
                # opens one; neither buys anything
                if (
                    rule.name == "supplies"
                    and inverse
                    and lemma == "order"
                    and any(
                        c.dep_ in ("xcomp", "ccomp")
                        or (c.dep_ == "dobj" and c.lemma_.lower() in relations["restricts"].nouns)
                        for c in kids(tok)
                    )
                ):
                    continue
                # "X bought Y" names an acquisition; "X bought chips from Y" a supplier;
                # "sold its unit TSB to Y" is a sale of a business, not of goods
                if (
                    rule.name == "supplies"
                    and lemma in ("buy", "acquire", "purchase", "sell", "divest")
                    and ((inverse and how == "object" and src.direct) or sold_business(ctx, tok))
                ):
                    continue
                # ("agreed to buy $2 billion of Intel stock": shares bought are a stake)
                if rule.name == "supplies" and how == "object" and _shares_dealt(tok):
                    continue
                # "provides cells for Tesla's Model Y": the one supplied owns the product
                # (not the goods supplied: "supplied its TB2 drones")
                if rule.name == "supplies" and (inverse or how != "object"):
                    tgt = ctx.owned_by(tgt)
                if not fits(rule, src.mention, tgt.mention):
                    continue
                conf = rule.confidence + (
                    0.0 if src.direct and tgt.direct else ctx.offset["indirect"]
                )
                yield Hit(src.mention, rule.name, tgt.mention, tok, conf, f"verb:{lemma}:{how}")
            yield from stop_hits(ctx, rule, tok, lemma, subjects, objects)
            # a policy as the object of a preposition: "X was added to the entity list"
            if rule.name == "restricts":
                for o in policy_prep_objects(ctx, tok, preps):
                    for t in objects:
                        if fits(rule, o.mention, t.mention):
                            yield Hit(
                                o.mention,
                                "restricts",
                                t.mention,
                                tok,
                                rule.confidence + ctx.offset["policy_object"],
                                f"verb:{lemma}:policy",
                            )
                    # "... by the Commerce Department": who adds to a list keeps it
                    issues = ctx.rules.relations["issues"]
                    for s_ in subjects:
                        if s_.direct and issues.fits(s_.mention.type, "POLICY"):
                            conf = issues.confidence + ctx.offset["keeps"]
                            yield Hit(
                                s_.mention,
                                "issues",
                                o.mention,
                                tok,
                                conf,
                                f"verb:{lemma}:keeps",
                            )


def modifier_verb_rules(ctx: Context) -> Iterator[Hit]:
    """ "The Treasury designated Sovcomflot": a verb in the past tense the parser hung on
    the name after it as a modifier; the name right before it acts on that name."""
    for tok, dep in zip(ctx.tokens, ctx.dep, strict=True):
        if dep not in ("amod", "compound") or tok.tag_ != "VBD" or tok.i == 0:
            continue
        rules = ctx.rules_by_trigger.get(lemma_of(tok, ctx.all_triggers))
        actor = ctx.mention_of(ctx.tokens[tok.i - 1])
        if not rules or actor is None or actor.end != tok.i:
            continue
        acted = [a for a in ctx.args(tok.head) if a.direct]
        for rule in rules:
            if rule.name in ("restricts", "acquires", "invests", "sues", "develops", "partners"):
                conf = rule.confidence + ctx.offset["surface"]
                yield from pairs(
                    rule, [Arg(actor, True)], acted, tok, conf, f"modifier:{tok.lemma_}"
                )


#: Verbs of taking up a firm's product, which that firm supplies: "picked Ericsson's
#: AirScale radios", "will deploy Nokia's AirScale gear".
_CHOSEN_GOODS = frozenset(("pick", "select", "choose", "deploy", "install", "adopt"))

#: Verbs whose object, where it is a firm, is a supplier: "uses Ericsson", "relies on Nokia".
_SERVED = frozenset(("use", "rely", "depend"))
