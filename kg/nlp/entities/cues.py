"""The words around a name that type it: "commodity trader Gunvor", "regulator Ofwat",
"EOFlow, a maker of insulin pumps", "Gunvor chief executive X", "Syrah's plant"; and the word
sets the other context rules share."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.entities.patterns import EntityPatterns

__all__ = [
    "FIRM_OBJECT_VERBS",
    "FIRM_SUBJECT_VERBS",
    "FIRM_TITLES",
    "LAUNCH_VERBS",
    "LISTING",
    "MAKING",
    "MONEY",
    "PUNISHING",
    "RAISING",
    "acts_as_firm",
    "cue_type",
    "descriptor_type",
    "goods_from",
    "verb_lemma",
]

#: Nouns an owner's possessive puts before what only an organisation has: "Syrah's plant".
_HELD = frozenset(
    (
        "plant",
        "factory",
        "fab",
        "mine",
        "refinery",
        "shipyard",
        "yard",
        "subsidiary",
        "unit",
        "division",
        "shares",
        "stock",
        "shareholders",
        "board",
        "headquarters",
        "stores",
        "customers",
        "clients",
        "revenue",
        "profit",
        "sales",
        "ceo",
        "chairman",
        "founder",
        "acquisition",
        "takeover",
        "merger",
        "offer",
        "bid",
        "products",
        "licence",
        "license",
        "factories",
        "plants",
        "employees",
        "workers",
    )
)
#: Nouns whose "of" names a firm: "the licence of Binance", "the takeover of X".
_OWNED_OF = frozenset(
    (
        "licence", "license", "share", "stake", "subsidiary", "unit", "division", "acquisition",
        "takeover", "shareholder", "plant", "factory", "listing", "purchase", "buyout",
        "merger",
    )
)  # fmt: skip
#: Verbs whose object is a firm, not a person or a place: "fined Thames Water", "owns
#: Michael Kors and Jimmy Choo".
FIRM_OBJECT_VERBS = frozenset(
    (
        "acquire",
        "buy",
        "fine",
        "sue",
        "delist",
        "sanction",
        "blacklist",
        "own",
        "take",
        "sell",
        "strip",
    )
)
#: Verbs whose subject is a firm: "Nestlé dismissed chief executive X".
FIRM_SUBJECT_VERBS = frozenset(
    ("dismiss", "appoint", "hire", "fire", "oust", "acquire", "divest", "delist", "lay", "sue")
)
#: Verbs whose object, when a firm is their subject, is a product: "Toyota has released
#: the bZ4X", "Nokia introduced the AirScale radio".
LAUNCH_VERBS = frozenset(
    ("unveil", "launch", "debut", "introduce", "release", "roll", "showcase", "unwrap", "tape")
)
#: Endings of the coined words firms' names are made of: "Semitech", "Raytron", "Infosoft".
FIRM_ENDINGS = (
    "tech", "tek", "tron", "tronic", "tronics", "soft", "ware", "chem", "pharma", "semi",
    "logic", "matic", "labs", "corp",
)  # fmt: skip
#: Participles said only of firms: "Qinheng, founded by Wang Chunhua".
FIRM_PARTICIPLES = frozenset(
    ("found", "headquarter", "incorporate", "chair", "helm", "back", "fund", "own")
)
#: Verbs of making goods, whose agent is a firm: "drones made by DJI".
MAKING = frozenset(("make", "manufacture", "produce", "fabricate", "assemble", "supply"))
#: Verbs that put a name on a list: "placed Kalvex on its blacklist".
LISTING = frozenset(("add", "place", "put", "include", "move"))
#: Nouns of money raised: "raised money from investors".
MONEY = frozenset(("money", "funds", "capital", "cash", "financing", "funding"))
#: Verbs of raising money: "Lumora raised $40 million".
RAISING = frozenset(("raise", "secure", "close"))
#: Titles only a firm's people hold: "chief executive of X".
FIRM_TITLES = frozenset(("ceo", "executive", "chairman", "chairwoman", "founder", "co-founder"))
#: Words after a place and a hyphen: "Hamburg-based", "Delhi-headquartered".
_PLACED = frozenset(("based", "headquartered", "born", "registered", "listed"))
#: Words between a name's comma and its title: "X, previously president of Y".
_BEFORE_TITLE = frozenset(
    ("a", "an", "the", "former", "its", "their", "previously", "formerly", "now", "currently")
)
#: Of those, what only a firm is: "Shenzhen-listed", "Delaware-registered" (not "born").
_FIRM_PLACED = _PLACED - {"born"}
#: Nouns for who makes what their "of" names.
_MAKERS = frozenset(("maker", "developer", "creator", "manufacturer", "producer"))


def _is_maker(word: str) -> bool:
    return len(word) > 6 and word.endswith("maker")


def descriptor_type(p: EntityPatterns, tok: Token) -> str | None:
    """The type a describing noun gives what it describes: "maker", "regulator", "drug"."""
    lemma = tok.lemma_.lower()
    low = tok.lower_
    if lemma in p.company_descriptors or low in p.company_descriptors or _is_maker(low):
        return "COMPANY"
    if lemma in p.agency_cues:
        return "AGENCY"
    if lemma in p.product_descriptors or low in p.product_descriptors:
        return "PRODUCT"
    return None


def _apposition_head(doc: Doc, end: int) -> Token | None:
    """The head noun of ", a/the ... <noun>" right after a name, up to the next comma."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    first = doc[end + 1]
    # "EOFlow, a pump maker", "EOFlow, Korea's largest pump maker": a determiner or a
    # possessive opens the phrase
    # (not "whose": "Micromax, whose phones are made by" describes no Micromax)
    opened = first.lower_ in ("a", "an", "the") or first.tag_ == "POS" or first.dep_ == "poss"
    opened = opened and first.lower_ != "whose"
    if not opened and not (end + 2 < len(doc) and doc[end + 2].tag_ == "POS"):
        return None
    head = None
    for t in doc[end + 1 : min(end + 12, len(doc))]:
        # "the Stockholm-based cloud operator": a place the phrase's noun is based in
        if t.lower_ in ("based", "headquartered") and doc[t.i - 1].text == "-":
            continue
        if (
            t.text in (",", ";", ".", "(", ")")
            or (t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound"))
            or t.lower_
            in (
                "of",
                "that",
                "which",
                "who",
                "with",
                "for",
                "in",
                "based",
            )
        ):
            break
        if t.pos_ in ("NOUN", "PROPN") and not t.text[:1].isupper():
            head = t
    # "in Kenitra, Morocco's industry ministry said": the subject of what follows (not a
    # relative clause's: "Lexen, whose parent company is ...")
    subject = head is not None and head.dep_ in ("nsubj", "nsubjpass") and head.head.i > head.i
    # (an apposition closes with a comma: "X, a Chinese chipmaker, said")
    if subject and first.lower_ != "whose" and head.i + 1 == head.head.i:
        return None
    return head


def cue_type(p: EntityPatterns, doc: Doc, start: int, end: int) -> str | None:
    """The type the words around ``doc[start:end]`` give it, or None.

    A describing noun right before it ("commodity trader X", "regulator X"), one in an
    apposition after it ("X, a maker of Y"), a title after it ("X chief executive Y"), or
    what it owns ("X's plant").
    """
    # "Hamburg-based lender X": a place, whatever the words before it say
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _PLACED:
        return None
    # "the maker of Giapreza and Xerava": what a maker makes
    if start > 1 and doc[start - 1].lower_ == "of":
        maker = doc[start - 2].lemma_.lower()
        if maker in _MAKERS or _is_maker(doc[start - 2].lower_):
            return "PRODUCT"
    # "the licence of Binance", "shares of Zentra": what only a firm has
    if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _OWNED_OF:
        return "COMPANY"
    # "chief executive of Vale", "chairman of Masdar": what a firm's title heads
    if start > 1 and doc[start - 1].lower_ in ("of", "at") and doc[start - 2].lower_ in FIRM_TITLES:
        return "COMPANY"
    # "Kuala Lumpur-based Pertama Microtech": what a place is where of is a firm
    # (not "Arm-based Baikal-M": a place's name before the hyphen)
    if (
        start > 2
        and doc[start - 2].text == "-"
        and doc[start - 1].lower_ in _FIRM_PLACED
        and doc[start - 3].ent_type_ in ("GPE", "LOC")
    ):
        return "COMPANY"
    if start > 0:
        before = doc[start - 1]
        if before.is_lower and before.pos_ == "NOUN":
            low = before.lower_
            if low in p.company_cues or _is_maker(low):
                return "COMPANY"
            if low in p.agency_cues:
                return "AGENCY"
    # "Philipp Navratil, head of its coffee unit": a title in apposition names a person
    k = end + 1
    while k < len(doc) and doc[k].lower_ in _BEFORE_TITLE:
        k += 1
    titled = end < len(doc) and doc[end].text == "," and k + 1 < len(doc)
    if titled and doc[k].lower_ in p.title_heads and doc[k + 1].lower_ in ("of", "at", "and"):
        return "PERSON"
    head = _apposition_head(doc, end)
    if head is not None:
        found = descriptor_type(p, head)
        # "launched Ferrous, a serverless inference platform": a noun said of firms and of
        # products alike describes a product where the name is what is launched
        root = doc[start:end].root
        launched = root.dep_ == "dobj" and verb_lemma(root.head) in LAUNCH_VERBS
        if found == "COMPANY" and launched and head.lemma_.lower() in p.product_descriptors:
            return "PRODUCT"
        if found is not None:
            return found
    # "Insmed, based in Bridgewater": where an organisation is
    if (
        end + 2 < len(doc)
        and doc[end].text == ","
        and doc[end + 1].lower_ in ("based", "headquartered")
        and doc[end + 2].lower_ == "in"
    ):
        return "COMPANY"
    # "Lumen Grid, whose clients include Oracle": what only a firm has
    whose = end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "whose"
    if whose and (doc[end + 2].lower_ in _HELD or doc[end + 2].lemma_.lower() in _HELD):
        return "COMPANY"
    if end < len(doc):
        after = doc[end]
        # "Gunvor chief executive Torbjörn Törnqvist", "Nvidia CEO Jensen Huang"
        k = end
        while k < len(doc) and doc[k].lower_ in p.titles:
            k += 1
        titled = k > end and k < len(doc) and doc[k].pos_ == "PROPN"
        if titled and after.lower_ in (
            "ceo",
            "chief",
            "chairman",
            "chairwoman",
            "founder",
            "co-founder",
            "cofounder",
        ):
            return "COMPANY"
        if after.tag_ == "POS" and end + 1 < len(doc):
            owned = doc[end + 1 : end + 4]
            nouns = [t for t in owned if t.pos_ == "NOUN"]
            # "X's wafer fab": the head of what is owned, or its first noun
            owner = doc[start:end].root
            heads = [owner.head] if owner.dep_ == "poss" and owner.head.pos_ == "NOUN" else []
            if any(t.lower_ in _HELD or t.lemma_.lower() in _HELD for t in heads + nouns[:1]):
                return "COMPANY"
    return None


#: Lemmas the trained lemmatizer gets wrong, of verbs the rules read: "fined" -> "fin".
_SLIPS = {"fin": "fine", "co-le": "co-lead", "co-develope": "co-develop"}


def verb_lemma(tok: Token) -> str:
    """A verb's lemma, lower-cased, with the lemmatizer's known slips mended."""
    lemma = tok.lemma_.lower()
    return _SLIPS.get(lemma, lemma) if tok.pos_ in ("VERB", "AUX") else lemma


#: Verbs whose object is a firm, never a product: "fined Micromax".
PUNISHING = frozenset(("fine", "sue", "sanction", "blacklist", "delist", "penalise", "penalize"))
#: Verbs whose subject is a firm, not a product: "Valeo makes sensors", "Valeo, which
#: employs 100,000 people".
_FIRM_ACTS = frozenset(
    (
        "make", "manufacture", "produce", "supply", "employ", "hire", "acquire", "buy",
        "invest", "count", "sign", "raise", "export", "announce", "say",
    )
)  # fmt: skip


def acts_as_firm(span: Span) -> bool:
    """Whether a name is the subject of a firm's verb, itself or through "which"."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    verbs += [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and any(g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)
    ]
    return any(verb_lemma(v) in _FIRM_ACTS for v in verbs)


#: Verbs whose object, or "with", "against" or "to" phrase, is a rival.
_RIVALLING = frozenset(
    ("compete", "vie", "contend", "rival", "challenge", "battle", "outsell", "undercut", "take")
)


def set_against_product(p: EntityPatterns, span: Span, typed: dict[int, str]) -> bool:
    """Whether a name after a firm's possessive is a product, set against a product: "the drug
    will vie with Roche's Phesgo", "the Tarn-4 truck takes on Volvo's FH Electric" (not a
    firm's unit set against a firm: "Tesla competes with Alphabet's Waymo")."""
    root, start = span.root, span.start
    # (a firm's possessive by the words, however the parser read a list of them: "Roche's
    # Phesgo and Merck's Keytruda")
    owned = start > 1 and span.doc[start - 1].lower_ in ("'s", "’s", "'")
    if not (owned and typed.get(start - 2) == "COMPANY") and not any(
        c.dep_ == "poss" and typed.get(c.i) == "COMPANY" for c in root.children
    ):
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in ("with", "against", "to"):
        verb = root.head.head
    elif root.dep_ == "dobj":
        verb = root.head
    else:
        return False
    lemma = verb_lemma(verb)
    # "pitching it against Fanuc's ARC Mate": what a product is pitched against
    if lemma in ("pitch", "position") and root.head.lower_ == "against":
        return any(
            c.dep_ == "dobj" and (typed.get(c.i) == "PRODUCT" or c.lower_ == "it")
            for c in verb.children
        )
    if lemma not in _RIVALLING or (
        lemma == "take" and not any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)
    ):
        return False
    # "is meant to compete with": the subject of the verb the rivalry is the purpose of
    while verb.dep_ in ("xcomp", "conj") and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        verb = verb.head
    products = p.product_heads | p.product_descriptors
    return any(
        typed.get(s.i) == "PRODUCT"
        or (s.pos_ == "NOUN" and s.lower_ in products)
        or any(c.dep_ == "appos" and typed.get(c.i) == "PRODUCT" for c in s.children)
        for s in verb.children
        if s.dep_ in ("nsubj", "nsubjpass")
    )


def named_owned_product(p: EntityPatterns, span: Span) -> bool:
    """Whether a name is set beside an owned product's noun: "Lexly's drafting tool, Quill,",
    "its new assistant, Quill," (a firm's product named, not a unit of it)."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.i < root.i
        and head.lower_ in p.product_heads | p.product_descriptors
        and any(c.dep_ == "poss" for c in head.children)
    )


def owned_brand(span: Span) -> bool:
    """Whether a name is what a firm owns as its owner or parent: "PVH Group, owner of Tommy
    Hilfiger", "the owner of Coach and Kate Spade" (a brand named after a person is a
    firm's)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in ("owner", "parent")
    )


#: Nouns of goods a firm's name may follow "from": "routers from TP-Link".
_GEAR = frozenset(
    (
        "equipment", "gear", "router", "camera", "component", "part", "module", "device",
        "product", "goods", "software", "hardware", "drone", "panel", "inverter", "battery",
        "cell", "tool", "machine", "vehicle", "car", "handset",
    )
)  # fmt: skip


def goods_from(p: EntityPatterns, head: Token) -> bool:
    """Whether a name is where goods come from, as a firm is: "routers from TP-Link and
    Tenda", "chips from Jinghong" (the first of a list the name is in)."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "from":
        return False
    # the noun "from" is on or the verb's object, and the goods they are of ("barred sales
    # of routers from TP-Link", "imports of inverters from Kovrix")
    nouns = [prep.head] if prep.head.pos_ == "NOUN" else []
    if prep.head.pos_ == "VERB":
        nouns = [c for c in prep.head.children if c.dep_ == "dobj"]
    nouns += [g for o in nouns for c in o.children if c.lower_ == "of" for g in c.children]
    return any(n.lemma_.lower() in _GEAR or n.lemma_.lower() in p.product_heads for n in nouns)
