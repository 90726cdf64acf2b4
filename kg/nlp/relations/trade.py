"""Who supplies, makes and sells to whom, said without a verb of supply between the two:
"whose clients include Microsoft", "relies on SMIC to manufacture its chips", "an agreement
with AWS to supply accelerators", "made on TSMC's 3nm process", "built at Scout's plant",
"the maker of Giapreza", "agreed to sell its unit TSB to Banco Santander"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import (
    negated,
    objects_of,
    phrasal_lemma,
    prep_args,
    prep_objects_of,
    subjects_of,
)
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import fits
from kg.nlp.relations.holders import ASSETS

__all__ = [
    "NOT_GOODS",
    "TRADE_ROLES",
    "bought_made_rules",
    "clients_rules",
    "described_by",
    "goods_from_rules",
    "hit",
    "losing_rules",
    "made_at_rules",
    "maker_of_rules",
    "misread_verb_rules",
    "offtake_rules",
    "plant_owner",
    "relies_rules",
    "role_rules",
    "sale_rules",
    "supply_deal_rules",
]

#: Nouns for who buys from a firm: "its customers include", "whose clients include".
_BUYERS = frozenset(("customer", "client", "buyer", "user", "purchaser", "offtaker"))
#: Nouns for who sells to a firm: "a key supplier to Deutsche Telekom".
_SELLERS = frozenset(("supplier", "vendor", "provider", "seller", "distributor", "contractor"))


def _earlier_clause_subject(ctx: Context, noun: Token, exclude: set[str]) -> list[Arg]:
    """The firm that is the subject of the clause a clause is joined to: "Wolfspeed will
    open the fab, and Infineon signed up as its first customer" (Wolfspeed)."""
    verb = noun
    while verb.dep_ != "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "conj":
        return []
    return [
        Arg(a.mention, False)
        for a in subjects_of(ctx, verb.head)[0]
        if a.direct and a.mention.type == "COMPANY" and a.mention.label not in exclude
    ]


#: Words that make "the ... customer" the seller's, the one the text is about.
_FIRST = frozenset(("first", "largest", "biggest", "main", "anchor", "launch", "initial", "key"))
#: Nouns of who buys or sells in a trade: "with BYD as its first customers".
TRADE_ROLES = _BUYERS | _SELLERS
#: Nouns that name a business as a thing sold: "sell its unit TSB", "bought the yard".
_BUSINESSES = frozenset(
    (
        "unit",
        "business",
        "division",
        "subsidiary",
        "arm",
        "brand",
        "stake",
        "operations",
        "operation",
        "assets",
        "asset",
        "interest",
        "holding",
        "portfolio",
        "company",
        "firm",
        "yard",
        "chain",
        "label",
        "maker",
        # securities sold to investors: "sold $2 billion of convertible bonds to Alat"
        "bond",
        "note",
        "share",
        "equity",
    )
)


def hit(ctx: Context, relation: str, s: KgMention, t: KgMention, tok: Token, key: str, how: str):
    if fits(ctx.rules.relations[relation], s, t) and not negated(ctx, tok):
        yield Hit(s, relation, t, tok, ctx.fixed[key], how)


def clients_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Nvidia-backed company, whose clients include Microsoft and OpenAI", "sells its
    chip to customers that include ByteDance": the seller supplies them."""
    if ctx.lemma_set.isdisjoint(("include",)):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma != "include" or tok.pos_ != "VERB":
            continue
        buyers = [c for c in kids(tok) if c.dep_ in ("nsubj", "nsubjpass")]
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in _BUYERS:
            buyers.append(tok.head)
        for noun in buyers:
            if noun.lemma_.lower() not in _BUYERS:
                continue
            sellers: list[Arg] = [a for c in kids(noun) if c.dep_ == "poss" for a in ctx.resolve(c)]
            # "whose clients": the noun the relative clause is on
            for c in kids(noun):
                if c.lower_ == "whose" and tok.dep_ == "relcl":
                    sellers += ctx.args(tok.head)
            # "sells its chip to customers that include X": who sells
            if not sellers and noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
                sellers = [a for a in subjects_of(ctx, noun.head.head)[0] if a.direct]
            for s in sellers:
                for o in objects_of(ctx, tok):
                    yield from hit(ctx, "supplies", s.mention, o.mention, tok, "clients", "clients")


def relies_rules(ctx: Context) -> Iterator[Hit]:
    """ "it relies on SMIC to manufacture its chips", "uses TSMC to make its processors":
    the maker supplies the firm that relies on it."""
    if ctx.lemma_set.isdisjoint(
        ("rely", "depend", "count", "turn", "use", "tap")
    ):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in ("rely", "depend", "count", "turn", "use", "tap") or tok.pos_ != "VERB":
            continue
        makers = [
            a
            for c in kids(tok)
            if c.dep_ in ("prep", "dobj")
            for p in ([c] if c.dep_ == "dobj" else [g for g in kids(c) if g.dep_ == "pobj"])
            for a in ctx.args(p)
            if a.direct and a.mention.type == "COMPANY"
        ]
        # ("counts Renault among its customers": counting on, not counting as)
        if lemma == "count" and not any(c.lower_ == "on" for c in kids(tok)):
            continue
        # the work the maker is relied on for, not a clause on the subject ("Valeo, which
        # makes sensors, counts ...")
        work = [
            v
            for t in [*[c for c in kids(tok) if c.dep_ in ("prep", "dobj")]]
            for v in t.subtree
            if v.dep_ in ("xcomp", "acl", "advcl", "relcl")
        ] + [c for c in kids(tok) if c.dep_ in ("xcomp", "advcl")]
        work = [
            v
            for v in work
            if v.pos_ == "VERB" and v.lemma_.lower() in ctx.rules.relations["manufactures"].verbs
        ]
        if not makers or not work:
            continue
        for s in subjects_of(ctx, tok)[0]:
            for m in makers:
                yield from hit(ctx, "supplies", m.mention, s.mention, tok, "relies", "relies-on")


#: How a verb of supply hangs on the deal it is the purpose of.
_PURPOSE = ("acl", "xcomp", "advcl")


def supply_deal_rules(ctx: Context) -> Iterator[Hit]:
    """ "signed a five-year agreement with Amazon Web Services to supply custom AI
    accelerators": the party the deal is with is the one supplied."""
    supplies = ctx.rules.relations["supplies"]
    if ctx.lemma_set.isdisjoint(supplies.verbs):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in supplies.verbs or tok.pos_ != "VERB" or tok.dep_ not in _PURPOSE:
            continue
        if any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in kids(tok)):
            continue  # the one supplied is named: the verb rules read it
        # "a collaboration with Leapmotor to sell EVs in Europe": selling in a market together
        if any(
            a.mention.type in ("LOCATION", "COUNTRY")
            for prep, a in prep_objects_of(ctx, tok)
            if prep in ("in", "across", "throughout")
        ):
            continue
        deal = tok.head
        # "signed an agreement with AWS on Monday to supply ...": the purpose on the verb
        if tok.dep_ == "advcl":
            deal = next((c for c in kids(deal) if c.dep_ == "dobj"), deal)
        if deal.lemma_.lower() not in ctx.agreement_nouns:
            continue
        others = prep_args(ctx, deal, ("with",))
        # "a memorandum of understanding with Panasonic", "a letter of intent with X"
        others = others or [
            a
            for c in kids(deal)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in prep_args(ctx, p, ("with",))
        ]
        verb = deal.head if deal.dep_ in ("dobj", "pobj") else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        sellers = [a for a in subjects_of(ctx, verb)[0] if a.direct] if verb is not None else []
        # "a contract with Romania's defence ministry to supply howitzers": its country
        buyers = [
            _government_of(ctx, o.mention) if o.mention.type == "AGENCY" else o.mention
            for o in others
        ]
        for s in sellers:
            for b in buyers:
                if b is not None:
                    yield from hit(
                        ctx, "supplies", s.mention, b, tok, "supply_deal", "deal-to-supply"
                    )


def offtake_rules(ctx: Context) -> Iterator[Hit]:
    """ "Kalgoorlie Nickel signed an offtake agreement with Tesla", "Umicore signed an offtake
    deal with Pilbara Minerals to buy its spodumene": the party that sells is the one the
    deal's purpose says, else the one whose name says it produces raw goods (a signer may
    be either side: "Tesla signed an offtake agreement with Piedmont Lithium")."""
    inverse = ctx.rules.relations["supplies"].inverse_verbs
    if ctx.lower_set.isdisjoint(("offtake",)):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "offtake":
            continue
        deal = tok.head if tok.dep_ in ("compound", "amod", "nmod") else tok
        if deal is not tok and deal.lemma_.lower() not in ctx.agreement_nouns:
            continue
        verb = deal.head if deal.dep_ in ("dobj", "pobj") else None
        while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb is None:
            continue
        others = prep_args(ctx, deal, ("with",), direct=True) or prep_args(
            ctx, verb, ("with",), direct=True
        )
        signers = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        purposes = [
            c.lemma_.lower()
            for h in (deal, verb)
            for c in kids(h)
            if c.dep_ in _PURPOSE and c.pos_ == "VERB"
        ]
        buying = any(p in inverse for p in purposes)
        selling = any(p in ctx.rules.relations["supplies"].verbs for p in purposes)
        for s_ in signers:
            for o in others:
                # who sells is what the deal is for, else the party named as a producer
                # ("Arunta Rare Earths", "Kalgoorlie Nickel"); else it is not said
                if buying or selling:
                    seller, buyer = (o, s_) if buying else (s_, o)
                elif _producer(ctx, s_.mention) and not _producer(ctx, o.mention):
                    seller, buyer = s_, o
                elif _producer(ctx, o.mention) and not _producer(ctx, s_.mention):
                    seller, buyer = o, s_
                else:
                    continue
                yield from hit(
                    ctx, "supplies", seller.mention, buyer.mention, deal, "supply_deal", "offtake"
                )


#: Words of a producer's name beside the materials it may be named after: "Arunta Rare
#: Earths", "Ivanhoe Mines" ("Kalgoorlie Nickel": a material of `patterns.toml`).
_PRODUCING = frozenset(
    (
        "mining", "mines", "minerals", "metals", "resources", "earths", "chemical",
        "chemicals", "materials", "energy", "oil", "gas", "lng", "copper", "gold", "iron", "zinc",
        "tin", "uranium",
    )
)  # fmt: skip


def _producer(ctx: Context, m: KgMention) -> bool:
    """Whether a firm's name says it produces raw goods: "Arunta Rare Earths"."""
    word = m.label.split()[-1].lower()
    return word in _PRODUCING or word in ctx.rules.words("goods", "materials")


#: Verbs of getting goods: "switch to cells from X", "buy the entire output of X's plant".
_GETTING = frozenset(
    ("switch", "turn", "move", "shift", "buy", "purchase", "source", "take", "import", "procure")
)
#: What is had from a firm that is no goods: "bought a stake from SoftBank", "took on
#: orders from Apple".
NOT_GOODS = frozenset(
    (
        "stake", "share", "holding", "unit", "business", "asset", "loan", "investment",
        "funding", "approval", "licence", "license", "permission", "help", "support", "control",
        "order", "contract", "customer", "client", "work", "deal", "bid", "offer",
    )
)  # fmt: skip
#: Nouns of all a maker turns out: "the entire output of X's plant".
_OUTPUT = frozenset(("output", "production", "capacity"))


def _output_makers(ctx: Context, noun: Token) -> list[Arg]:
    """Whose output a noun of output is: "of Arcadia's plant", "of the Arcadia mine", "of
    Arcadia"."""
    found = []
    for p in (p for c in kids(noun) if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)):
        if p.dep_ != "pobj":
            continue
        m = ctx.mention_of(p)
        if m is not None:
            found.append(Arg(m, True))
            continue
        found += [
            Arg(m, True)
            for c in kids(p)
            if c.dep_ in ("poss", "compound")
            for m in [ctx.mention_of(c)]
            if m is not None and m.type == "COMPANY"
        ]
    return found


def goods_from_rules(ctx: Context) -> Iterator[Hit]:
    """ "said it would switch to cells from Hanh Phat", "agreed to buy the entire output of
    Arcadia's plant": who makes the goods a firm gets supplies it."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma in NOT_GOODS:
            continue
        if tok.dep_ == "dobj":
            verb = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("to", "on"):
            verb = tok.head.head
        else:
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GETTING:
            continue
        if tok.lemma_.lower() in _OUTPUT:
            makers = _output_makers(ctx, tok)
        else:
            makers = prep_args(ctx, tok, ("from",), direct=True)
        for s_ in subjects_of(ctx, verb)[0]:
            for m in makers:
                if s_.direct and m.mention is not s_.mention:
                    yield from hit(
                        ctx, "supplies", m.mention, s_.mention, verb, "order", "goods-from"
                    )


def _government_of(ctx: Context, body: KgMention) -> KgMention | None:
    """The country a body of state belongs to: its possessor ("Romania's defence
    ministry"), else the one the lexicon gives it, where the text names that country."""
    root = ctx.root_of(body)
    for c in kids(root):
        m = ctx.mention_of(c)
        if c.dep_ == "poss" and m is not None and m.type == "COUNTRY":
            return m
    if body.start > 1 and ctx.tokens[body.start - 1].tag_ == "POS":
        m = ctx.mention_of(ctx.tokens[body.start - 2])
        if m is not None and m.type == "COUNTRY":
            return m
    country = body.entry.country if body.entry is not None else None
    return next((m for m in ctx.mentions if m.type == "COUNTRY" and m.label == country), None)


def _is_facility(ctx: Context, tok: Token) -> bool:
    """Whether a noun names a place goods are made at: "the Genoa site", "its plant"."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in _MAKING_PLACES


#: Nouns of places where goods are made.
_MAKING_PLACES = frozenset(
    (
        "plant", "fab", "factory", "facility", "site", "shipyard", "yard", "works", "line",
        "gigafactory", "campus", "complex", "mill", "foundry",
    )
)  # fmt: skip


def plant_owner(ctx: Context, tok: Token) -> list[Arg]:
    """The owner of a facility named by a noun: "Scout's plant", "its Shanghai factory"."""
    nouns = ctx.rules.relations["operates_in"].nouns
    if tok.lemma_.lower() not in nouns:
        return []
    owners = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
    # "at a Zhenyu plant": a firm's name before the noun
    return owners + [
        Arg(m, True)
        for c in kids(tok)
        if c.dep_ == "compound" and c.i < tok.i
        for m in [ctx.mention_of(c)]
        if m is not None and m.type == "COMPANY"
    ]


#: What a firm loses to a rival: "lost ground to TSMC", "losing orders to LG Display".
_LOST = frozenset(
    ("ground", "share", "lead", "order", "customer", "client", "business", "contract", "deal")
)


def losing_rules(ctx: Context) -> Iterator[Hit]:
    """ "Samsung lost further ground to TSMC", "after losing Apple's orders to LG Display":
    who loses business to a firm competes with it."""
    if ctx.lemma_set.isdisjoint(("lose",)):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma != "lose" or tok.pos_ != "VERB":
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in _LOST for c in kids(tok)):
            continue
        # ("to" may hang on what is lost: "lost share in memory to SK Hynix")
        holders = [tok, *(c for c in kids(tok) if c.dep_ == "dobj")]
        winners = [a for h in holders for a in prep_args(ctx, h, ("to",), direct=True)]
        for s_ in subjects_of(ctx, tok)[0]:
            for w in winners:
                if s_.direct and w.mention.type == s_.mention.type:
                    yield from hit(ctx, "competes", s_.mention, w.mention, tok, "rival", "lost-to")


def made_at_rules(ctx: Context) -> Iterator[Hit]:
    """ "made on TSMC's 16nm process", "the models will be built at Scout's plant",
    "exports Model 3 sedans from its Shanghai factory": who owns the process or the plant
    makes the product."""
    makes = ctx.rules.relations["manufactures"].verbs | {"build", "assemble", "tape"}
    ships = {"export", "ship", "deliver", "supply", "sell"}
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB":
            continue
        lemma = phrasal_lemma(ctx, tok, lemma)  # "taped out the X on TSMC's N4P process"
        if lemma not in makes and lemma not in ships:
            continue
        preps = ("from",) if lemma in ships else ("on", "at", "in")
        makers: list[Arg] = []
        # ("build the V9 on Samsung's SF2 process": "on" may hang on what is made)
        on_made = [c for d in kids(tok) if d.dep_ == "dobj" for c in kids(d) if c.lower_ == "on"]
        for c in [*kids(tok), *on_made]:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in kids(c):
                    if p.dep_ != "pobj":
                        continue
                    makers += plant_owner(ctx, p)
                    # "on TSMC's 3nm process": the process's owner ("TSMC's N3E process":
                    # the name may be only a modifier of the noun the owner opens)
                    named = [ctx.mention_of(g) for g in (p, *kids(p)) if g.dep_ != "poss"]
                    process = next((m for m in named if m is not None), None)
                    if c.lower_ == "on" and process is not None and process.type == "TECHNOLOGY":
                        root = ctx.root_of(process)
                        holders = [root, p] if root.i != p.i else [root]
                        makers += [
                            a
                            for h in holders
                            for g in kids(h)
                            if g.dep_ == "poss"
                            for a in ctx.resolve(g)
                        ]
                        makers += [
                            Arg(m, True)
                            for k in range(max(process.start - 2, 0), process.start)
                            for m in [ctx.mention_of(ctx.tokens[k])]
                            if m is not None and m.type == "COMPANY"
                        ]
        # "Baykar would build its drones at the Genoa site": who builds at a plant makes
        # (not at another firm's: "Apple would build the iPhone at Foxconn's site")
        plants = [
            p
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ in ("at", "in")
            for p in kids(c)
            if p.dep_ == "pobj" and _is_facility(ctx, p)
        ]
        if lemma in makes and plants:
            builders = [a for a in subjects_of(ctx, tok)[0] if a.direct]
            owners = {a.mention.label for p in plants for a in plant_owner(ctx, p)}
            makers += [a for a in builders if not owners or a.mention.label in owners]
        # "will assemble the P9 with contract manufacturer Sinar": who makes it with them
        if lemma in ctx.rules.relations["manufactures"].verbs:
            makers += prep_args(ctx, tok, ("with",), direct=True)
        if not makers:
            continue
        made = objects_of(ctx, tok)
        for m in makers:
            for p in made:
                if p.mention.type == "PRODUCT":
                    yield from hit(
                        ctx,
                        "manufactures",
                        m.mention,
                        p.mention,
                        tok,
                        "made_at",
                        f"made-at:{lemma}",
                    )


def _owned_by_other(ctx: Context, product: KgMention, maker: KgMention) -> bool:
    """Whether a possessive gives a product an owner other than ``maker``."""
    root = ctx.root_of(product)
    roots = [root, root.head] if root.dep_ in ("compound", "nmod") else [root]
    return any(
        o is not None and o.type == "COMPANY" and o.label != maker.label
        for r in roots
        for c in kids(r)
        if c.dep_ == "poss"
        for o in [ctx.mention_of(c)]
    )


def maker_of_rules(ctx: Context) -> Iterator[Hit]:
    """ "La Jolla Pharmaceutical Company, the maker of Giapreza and Xerava": the maker
    makes and develops them; "Mistral, the developer of the Le Chat assistant", "X, a
    developer of silicon photonics": the developer develops them."""
    # nouns a product's name is given before: "the Brisa sedan", "the Le Chat assistant"
    product_words = ctx.rules.words("product", "descriptors") | ctx.rules.words(
        "product", "head_nouns"
    )
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        # ("the main assembler of Dell's servers": one who only puts goods together)
        assembling = lemma in ("assembler", "fabricator")
        making = lemma in ("maker", "manufacturer", "producer") or assembling
        if not (making or lemma in ("developer", "designer", "creator")) or tok.pos_ != "NOUN":
            continue
        kinds = ("PRODUCT",) if making else ("PRODUCT", "TECHNOLOGY")
        products = [
            a.mention
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            # ("the maker of the Brisa sedan": the name the product's noun is given; not the
            # material it is made of, "a maker of gallium nitride power chips")
            if (a.direct or (p.lemma_.lower() in product_words and not a.mention.label.islower()))
            and a.mention.type in kinds
        ]
        if not products:
            continue
        host = ctx.appos_host(tok)
        makers = [host] if host is not None else []
        if not makers and tok.dep_ == "attr":
            makers = [a.mention for a in subjects_of(ctx, tok.head)[0]]
        for m in makers:
            for p in products:
                if making:
                    yield from hit(ctx, "manufactures", m, p, tok, "maker_of", "maker-of")
                # ("the sole maker of Tesla's AI5 chip": another firm's product is made, not
                # developed)
                if not assembling and not (making and _owned_by_other(ctx, p, m)):
                    yield from hit(ctx, "develops", m, p, tok, "maker_of", "maker-of")


def misread_verb_rules(ctx: Context) -> Iterator[Hit]:
    """ "Panasonic Energy ships battery cells to Lucid Motors", "Panasonic sources nickel
    from Sumitomo Metal Mining": a verb of supplying or of buying in -s that the parser
    took for a plural noun after the seller's or the buyer's name."""
    supplies = ctx.rules.relations["supplies"]
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        buying = lemma in supplies.inverse_verbs
        if (lemma not in supplies.verbs and not buying) or tok.tag_ != "NNS" or tok.i == 0:
            continue
        # (a buying verb only before the goods: "sources nickel from"; "TSMC orders from
        # Nvidia rose" are orders)
        if buying and tok.dep_ != "compound":
            continue
        seller = ctx.mention_of(ctx.tokens[tok.i - 1])
        if seller is None or seller.type != "COMPANY" or seller.end != tok.i:
            continue
        # the noun phrase the parser made of the verb and its object: "ships battery cells"
        phrase = {tok.i}
        head = tok
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
            phrase.add(head.i)
        for t in ctx.tokens[tok.i + 1 : ctx.sent(tok).end]:
            if t.pos_ in ("VERB", "AUX"):
                break  # another clause
            if t.lower_ == ("from" if buying else "to") and t.dep_ == "prep" and t.head.i in phrase:
                for a in [a for p in kids(t) if p.dep_ == "pobj" for a in ctx.args(p)]:
                    # (the name before a verb of buying is the buyer)
                    src, tgt = (a.mention, seller) if buying else (seller, a.mention)
                    if a.direct and fits(supplies, src, tgt):
                        yield Hit(src, "supplies", tgt, tok, ctx.fixed["misread_verb"], "noun-verb")
                break


def sale_rules(ctx: Context) -> Iterator[Hit]:
    """ "agreed to sell its British unit TSB to Banco Santander", "Tapestry sells Stuart
    Weitzman to Caleres": the buyer acquires the business sold."""
    acquires = ctx.rules.relations["acquires"]
    if ctx.lemma_set.isdisjoint(("sell", "divest", "offload")):  # none of the words it starts from
        return
    for tok, lemma in zip(ctx.tokens, ctx.lemma, strict=True):
        if lemma not in ("sell", "divest", "offload") or tok.pos_ != "VERB":
            continue
        sold = [a.mention for a in objects_of(ctx, tok) if a.direct and a.mention.type == "COMPANY"]
        buyers = [
            a.mention
            for c in kids(tok)
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct
        ]
        for b in buyers:
            for s in sold:
                if fits(acquires, b, s) and not negated(ctx, tok):
                    yield Hit(b, "acquires", s, tok, ctx.fixed["sale"], "sold-to")


def sold_business(ctx: Context, verb: Token) -> bool:
    """Whether a verb of buying or selling deals in a business, not in goods: "sell its unit
    TSB", "bought Intel's modem business", "buy Alphawave IP Group"."""
    things = [c for c in kids(verb) if c.dep_ in ("dobj", "nsubjpass", "dative")]
    # "Intel's modem business, which Apple bought" (not "Reliance, which buys oil": the
    # relative pronoun is the buyer)
    buyer = any(c.dep_ == "nsubj" and c.lower_ in ctx.relative_pronouns for c in kids(verb))
    if verb.dep_ in ("relcl", "acl") and not buyer:
        things.append(verb.head)
    # ("sold $2 billion of convertible bonds": what the amount is of)
    things += [p for c in things for g in kids(c) if g.lower_ == "of" for p in kids(g)]
    for c in things:
        m = ctx.mention_of(c)
        lemma = c.lemma_.lower()
        # "sold its plant to Tata": a facility sold is a business, not goods
        facility = lemma in ctx.rules.relations["operates_in"].nouns and lemma != "line"
        if (m is not None and m.type == "COMPANY") or lemma in _BUSINESSES or facility:
            return True
    return False


def described_by(ctx: Context, noun: Token) -> list[Arg]:
    """Who a noun of a role describes: "X is a supplier", "X, a supplier", "made X a
    supplier", "named X as its supplier", "counts X among its customers", "supplier X"."""
    head = noun.head
    # "X is one of Y's main vendors": what "one" is said of (not "invested in one of ...")
    one = head.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and one.lower_ == "one" and one.dep_ != "pobj":
        return described_by(ctx, one)
    if noun.dep_ == "attr" and head.pos_ in ("AUX", "VERB"):
        return subjects_of(ctx, head)[0]
    if noun.dep_ == "appos":
        return ctx.args(head)
    if noun.dep_ == "oprd":
        return [a for c in kids(head) if c.dep_ == "dobj" for a in ctx.args(c)]
    # "makes Nokia a key supplier": a small clause with its own subject
    own = [a for c in kids(noun) if c.dep_ == "nsubj" for a in ctx.args(c)]
    if own:
        return own
    if noun.dep_ == "pobj" and head.lower_ in ("as", "among") and head.head.pos_ in ("VERB", "AUX"):
        verb = head.head
        # "launched the chip, with BYD and Chery as its first customers": who "with" names
        withs = [
            a
            for c in kids(verb)
            if c.dep_ == "prep" and c.lower_ == "with" and head.lower_ == "as"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
        if withs:
            return withs
        objects = [a for c in kids(verb) if c.dep_ == "dobj" for a in ctx.args(c)]
        return objects or subjects_of(ctx, verb)[0]
    # "its investors include Y": what the noun includes
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "include":
        return objects_of(ctx, head)
    # "its largest customer is Samsung": what the noun is said to be
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        return [a for c in kids(head) if c.dep_ == "attr" for a in ctx.args(c)]
    # "chip supplier Foxconn": the name the noun describes
    if noun.dep_ == "compound" and ctx.mention_of(head) is not None:
        return ctx.args(head)
    # ("TSMC customer AMD said": the parser may make the noun and the name two subjects)
    named = ctx.mention_of(ctx.doc[noun.i + 1]) if noun.i + 1 < len(ctx.doc) else None
    if named is not None and named.start == noun.i + 1 and noun.dep_ in ("nsubj", "nsubjpass"):
        root = ctx.root_of(named)
        if root.dep_ == noun.dep_ and root.head.i == head.i:
            return [Arg(named, True)]
    return []


def role_rules(ctx: Context) -> Iterator[Hit]:
    """ "Bosch is a major supplier of brakes to Volkswagen", "made Nokia a key supplier to
    Telekom", "counts Broadcom among its customers", "X is a customer of Y", "Apple's
    supplier Foxconn": who sells to whom, said by the role one of them has."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        selling = lemma in _SELLERS
        if pos != "NOUN" or not (selling or lemma in _BUYERS):
            continue
        holders = [a for a in described_by(ctx, tok) if a.direct]
        if not holders:
            continue
        # "one of its vendors alongside Ericsson and Samsung": others who hold the role
        holders += [
            a
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ == "alongside"
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct
        ]
        preps = ("to", "for") if selling else ("of",)
        # "a supplier of microcontrollers to Toyota and Denso": "to" may hang on the goods
        holders_of = [tok]
        if selling:
            holders_of += [
                p for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in kids(c)
            ]
        # ("the main supplier of panels for Huawei's phones": the goods' owner buys)
        others = [
            a
            for h in holders_of
            for c in kids(h)
            if c.dep_ == "prep"
            and c.lower_ in preps
            and (h.i == tok.i or c.lower_ in ("to", "for"))
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct
            or a.mention.type == "COUNTRY"
            or (c.lower_ == "for" and a.mention.type in ("COMPANY", "PRODUCT"))
        ]
        # (a firm is not its own customer: "Wolfspeed will open the fab, and Apple and
        # Samsung signed up as its first customers" names another's, the subject of the
        # clause before)
        mine = {h.mention.label for h in holders}
        for c in kids(tok):
            if c.dep_ == "poss":
                owners = [a for a in ctx.resolve(c) if a.mention.label not in mine]
                if not owners and c.lower_ in ("its", "their"):
                    owners = _earlier_clause_subject(ctx, tok, mine)
                others += owners
        # "Apple supplier Luxshare", "TSMC customer AMD": the firm named before the noun
        others += [
            Arg(m, True)
            for c in kids(tok)
            if c.dep_ in ("compound", "nmod") and c.i < tok.i
            for m in [ctx.mention_of(c)]
            if m is not None and m.type == "COMPANY"
        ]
        # "the first customer would be Siemens": the firm the text is about sells to it
        first = any(c.dep_ == "amod" and c.lower_ in _FIRST for c in kids(tok)) and any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)
        )
        if first and not selling and not others:
            # ("the first customer for Mobileye's system": the owner of what it buys)
            bought = [
                ctx.owned_by(a)
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in kids(c)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
            if bought:
                others = [a for a in bought if a.mention.type == "COMPANY"]
            else:
                topic = ctx.topic(exclude={h.mention.label for h in holders})
                # (not the one who reports it: "..., Reuters reported")
                said = topic is not None and any(
                    ctx.root_of(m).dep_ == "nsubj"
                    and ctx.root_of(m).head.lemma_.lower() in ("report", "say")
                    for m in ctx.mentions
                    if m.label == topic.label
                )
                others = [Arg(topic, False)] if topic is not None and not said else []
        # "has won Tesla as a customer", "counts Apple as a customer": the one who has the
        # customer sells to it
        as_role = tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.pos_ == "VERB"
        if as_role and not selling and not others:
            verb = tok.head.head
            if any(c.dep_ == "dobj" for c in kids(verb)):
                others = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        # "panels for Apple's iPad Pro tablets": the one supplied owns the product
        if selling:
            others = [ctx.owned_by(a) for a in others]
        for h in holders:
            for o in others:
                seller, buyer = (h, o) if selling else (o, h)
                yield from hit(ctx, "supplies", seller.mention, buyer.mention, tok, "role", "role")


#: Verbs of making goods, in the participle that names their maker: "lithium produced by
#: Pilbara Minerals".
_MADE = frozenset(
    ("make", "produce", "manufacture", "build", "mine", "refine", "fabricate", "generate")
)


def bought_made_rules(ctx: Context) -> Iterator[Hit]:
    """ "Posco will buy all of the lithium produced by Pilbara Minerals", "Apple will buy
    chips made at Samsung's fab in Austin": the maker of goods bought supplies the buyer."""
    supplies = ctx.rules.relations["supplies"]
    bought = supplies.inverse_verbs - {"acquire", "receive"}
    if ctx.lemma_set.isdisjoint(bought):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # (not assets acquired: "acquired the parks built by SoftBank Energy")
        if pos != "VERB" or lemma not in bought:
            continue
        goods = [c for c in kids(tok) if c.dep_ == "dobj"]
        # "all of the lithium", "most of its chips"
        goods += [p for g in goods for c in kids(g) if c.lower_ == "of" for p in kids(c)]
        makers: list[Arg] = []
        held = ctx.rules.relations["operates_in"].nouns | ASSETS
        for g in goods:
            # (another firm's goods are its to sell: "bought Nvidia chips made at TSMC's fab";
            # "buys most of Glencore's cobalt hydroxide": the owner sells them, but not its
            # shares, plants or assets)
            owned = [c for c in kids(g) if c.dep_ in ("poss", "compound", "nmod")]
            if any((m := ctx.mention_of(c)) is not None and m.type == "COMPANY" for c in owned):
                goods_named = ctx.mention_of(g)
                if (goods_named is None or goods_named.type == "PRODUCT") and (
                    g.lemma_.lower() not in held
                ):
                    makers += [
                        Arg(m, True)
                        for c in owned
                        if c.dep_ == "poss"
                        for m in [ctx.mention_of(c)]
                        if m is not None and m.type == "COMPANY"
                    ]
                continue
            for v in kids(g):
                if v.dep_ != "acl" or v.tag_ != "VBN" or v.lemma_.lower() not in _MADE:
                    continue
                makers += [
                    a
                    for c in kids(v)
                    if c.dep_ == "agent"
                    for p in kids(c)
                    for a in ctx.args(p)
                    if a.direct
                ]
                # "made at Samsung's fab": the owner of the plant
                makers += [
                    a
                    for c in kids(v)
                    if c.dep_ == "prep" and c.lower_ in ("at", "in")
                    for p in kids(c)
                    for a in plant_owner(ctx, p)
                ]
        for m in makers:
            for b in subjects_of(ctx, tok)[0]:
                if b.direct and m.mention is not b.mention:
                    yield from hit(ctx, "supplies", m.mention, b.mention, tok, "order", "made-by")
