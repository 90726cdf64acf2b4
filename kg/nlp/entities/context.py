"""The type the words around a name give it, where no lexicon knows the name: "commodity
trader Gunvor", "regulator Ofwat", "EOFlow, a maker of insulin pumps", "Gunvor chief
executive X", "Syrah's plant". The trained recogniser often takes such firms for people or
places; these cues correct it, and find names it missed."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg.nlp.entities.cues import (
    FIRM_ENDINGS,
    FIRM_OBJECT_VERBS,
    FIRM_PARTICIPLES,
    FIRM_SUBJECT_VERBS,
    FIRM_TITLES,
    LAUNCH_VERBS,
    LISTING,
    MAKING,
    MONEY,
    PUNISHING,
    RAISING,
    acts_as_firm,
    cue_type,
    descriptor_type,
    named_owned_product,
    owned_brand,
    set_against_product,
    verb_lemma,
)
from kg.nlp.entities.facilities import facility_place, named_place
from kg.nlp.entities.mention import FUNDING_ROUND, NER, KgMention, clean_label, name_like
from kg.nlp.entities.patterns import EntityPatterns
from kg.nlp.entities.roles import (
    BUYING,
    SELLING,
    SUPPLYING,
    appointed,
    buys_or_sues,
    dealer,
    party,
    stake_holder,
    state_body,
    succeeded,
)
from kg.nlp.entities.shapes import name_run_right

__all__ = [
    "cue_type",
    "retype",
    "unnamed",
]


def retype(p: EntityPatterns, doc: Doc, mentions: list[KgMention]) -> None:
    """Correct, in place, the type the trained recogniser gave a name, where the words
    around it say otherwise ("commodity trader Gunvor" is no person)."""
    typed = {i: m.type for m in mentions for i in range(m.start, m.end)}
    places = {i for i, t in typed.items() if t == "LOCATION"}
    for m in mentions:
        # "the G7 SUV": a group's name with a number before a product's noun is a model
        if (
            m.entry is not None
            and m.type == "COUNTRY"
            and any(c.isdigit() for c in doc[m.start : m.end].text)
            and m.end < len(doc)
            and doc[m.end].lower_ in p.product_heads
        ):
            m.type, m.label, m.entry = "PRODUCT", doc[m.start : m.end].text, None
            m.method += "+context"
            continue
        if m.entry is not None or not m.method.startswith("ner-"):
            continue
        found = cue_type(p, doc, m.start, m.end)
        # ("at CES in Las Vegas, the first laptop built on ...": the description after a
        # place is of the product named before it)
        root = doc[m.start : m.end].root
        placed = root.dep_ == "pobj" and root.head.lower_ in p.place_preps
        if found == "PRODUCT" and m.type == "LOCATION" and placed:
            found = None
        # "its Bikaner solar park", "its Mutanda and Kamoto mines": where a facility is;
        # "the city of Vantaa", "in Kuantan, Pahang": a place by its words
        if m.type != "LOCATION" and found is None:
            span = doc[m.start : m.end]
            if facility_place(p, span, typed) or named_place(span, places):
                found = "LOCATION"
        # "fined Micromax": what only a firm is fined, sued or sanctioned for
        if found is None and m.type == "PRODUCT":
            root = doc[m.start : m.end].root
            obj = root.head if root.dep_ == "conj" and root.head.dep_ == "dobj" else root
            if obj.dep_ == "dobj" and verb_lemma(obj.head) in PUNISHING:
                found = "COMPANY"
        # "Rheinmetall will manufacture Lynx vehicles", "Skoda will start production of
        # the Elroq": what a firm makes, or the name before the noun of what it makes
        if (
            found is None
            and m.type in ("COMPANY", "PERSON")
            and _made_by_firm(p, doc[m.start : m.end].root, typed, m.method == "ner-org")
        ):
            found = "PRODUCT"
        if found is None and m.type in ("PERSON", "LOCATION"):
            root = doc[m.start : m.end].root
            obj = root.head if root.dep_ == "conj" and root.head.dep_ == "dobj" else root
            if obj.dep_ == "dobj" and verb_lemma(obj.head) in FIRM_OBJECT_VERBS:
                found = "COMPANY"  # "fined Thames Water", "sued Metsera and Pfizer"
            # "Insulet sued EOFlow", "Pfizer agreed to buy Metsera": who sues or buys a firm;
            # "the module is assembled by Hana Micron": who makes goods
            elif (root.dep_ == "nsubj" and buys_or_sues(root.head, mentions, m)) or (
                m.type == "PERSON"
                and root.dep_ == "pobj"
                and root.head.dep_ == "agent"
                and verb_lemma(root.head.head) in MAKING
            ):
                found = "COMPANY"
            # a lone name beside firms is a firm: "Aramco and Sinopec", "teamed up with
            # Embraer"; a person is named in full first, and a full name is no firm's
            elif m.type == "PERSON" and m.end - m.start == 1 and not _named_before(doc, m):
                span = doc[m.start : m.end]
                # ("plants in Lund and Malmo": where a facility is, first)
                found = (
                    ("LOCATION" if facility_place(p, span, typed) else None)
                    or _firm_party(p, span, typed)
                    or _runs_facility(p, span)
                    or _measured(span, typed)
                    or _lone_name(p, span, typed)
                )
        if found is None:
            found = _listed_type(p, doc[m.start : m.end]) or _said_to_be(p, doc[m.start : m.end])
        if found is None and m.type in ("COMPANY", "PERSON") and _launched(p, doc, m, mentions):
            found = "PRODUCT"
        # "The Chaiya EV will be assembled at ...": what is made is no firm
        made = root.dep_ == "nsubjpass" and verb_lemma(root.head) in MAKING - {"supply"}
        # "will produce the company's Zymfentra": an owned thing a plant makes
        made = made or (
            root.dep_ == "dobj"
            and verb_lemma(root.head) in MAKING - {"supply"}
            and any(c.dep_ == "poss" for c in root.children)
        )
        if found is None and m.type == "COMPANY" and made:
            found = "PRODUCT"
        if (
            found is None
            and m.type in ("COMPANY", "PERSON")
            and named_owned_product(p, doc[m.start : m.end])
        ):
            found = "PRODUCT"
        if (
            found is None
            and m.type == "COMPANY"
            and set_against_product(p, doc[m.start : m.end], typed)
        ):
            found = "PRODUCT"
        # "its G-Pilot driver-assistance system", "its DStv and Showmax services": a name
        # before the noun of an owned product
        if (
            found is None
            and m.type in ("COMPANY", "PERSON")
            and _before_owned_noun(p, doc[m.start : m.end])
        ):
            found = "PRODUCT"
        # "its Nereid N2 processor", "its Nereid N2 network processor": a name with a
        # model's number before a product's noun
        if (
            found is None
            and m.type in ("COMPANY", "PERSON")
            and any(c.isdigit() for c in doc[m.end - 1].text)
            and any(
                doc[k].lower_ in p.product_heads
                and all(t.is_lower and t.pos_ == "NOUN" for t in doc[m.end : k])
                for k in range(m.end, min(m.end + 3, len(doc)))
            )
        ):
            found = "PRODUCT"
        # "Baikal-M", "Garpiya-3", "Su-57": a word and a model's letter or number the
        # recogniser took for a firm
        if (
            found is None
            and m.type == "COMPANY"
            and m.method.startswith("ner-")
            and _HYPHEN_MODEL.match(doc[m.start : m.end].text)
        ):
            found = "PRODUCT"
        if found is None and m.type == "PRODUCT" and dealer(doc[m.start : m.end]):
            found = "COMPANY"
        # "India's Central Drugs Standard Control Organisation": a country's body
        if found is None and m.type == "COMPANY" and state_body(p, doc[m.start : m.end], typed):
            found = "AGENCY"
        # "Valeo, which makes sensors, counts Renault among its customers": what makes,
        # supplies, hires or buys is a firm
        if found is None and m.type == "PRODUCT" and acts_as_firm(doc[m.start : m.end]):
            found = "COMPANY"
        # "Masdar bought a 49% stake": who holds a stake is a firm
        if found is None and m.type in ("PRODUCT", "PERSON") and stake_holder(doc[m.start : m.end]):
            found = "COMPANY"
        if found is None and m.type == "COMPANY" and succeeded(doc[m.start : m.end], typed):
            found = "PERSON"
        # "Naver appointed Choi Soo-yeon as its chief executive": who is given a title
        if found is None and m.type == "COMPANY" and appointed(p, doc[m.start : m.end]):
            found = "PERSON"
        # "its second-generation Blade Battery will go into": an owned name ending in a
        # product's noun names the product (not one before a facility: "FinDreams Battery
        # plants")
        if (
            found is None
            and m.type in ("PERSON", "COMPANY")
            and m.end - m.start > 1
            and doc[m.end - 1].lower_ in p.product_heads
            and not (m.end < len(doc) and doc[m.end].lemma_.lower() in p.facilities)
            # (an owner "its" stands for: "BYD's FinDreams Battery supplies" is a firm)
            and any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in doc[m.start : m.end].root.children
            )
        ):
            found = "PRODUCT"
        # "Qinheng, founded by Wang Chunhua": what is founded or headquartered is a firm;
        # "Jinghong Semitech": a name ending in a word firms' names are made of
        if (
            found is None
            and m.type == "PERSON"
            and (
                any(
                    c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in FIRM_PARTICIPLES
                    for c in doc[m.start : m.end].root.children
                )
                or (m.end - m.start > 1 and doc[m.end - 1].lower_.endswith(FIRM_ENDINGS))
            )
        ):
            found = "COMPANY"
        # "Thales chief executive Patrice Caine said": a name of two words or more right
        # after a title is a person
        if (
            found is None
            and m.type == "COMPANY"
            and m.end - m.start > 1
            and m.start > 0
            and (
                doc[m.start - 1].lower_ in p.title_heads
                # "secretary-general Narit Therdsteerasukdi"
                or (doc[m.start - 1].lower_ == "general" and doc[m.start - 2].text == "-")
            )
            and doc[m.start - 1].is_lower
            and doc[m.start].is_title
            and not any(t.lower_ in p.company_suffixes for t in doc[m.start : m.end])
        ):
            found = "PERSON"
        if found is None and m.type in ("PERSON", "LOCATION") and party(doc[m.start : m.end]):
            found = "COMPANY"
        if found is None and m.type == "PERSON" and owned_brand(doc[m.start : m.end]):
            found = "COMPANY"
        misplaced = m.type in ("PERSON", "PRODUCT", "COMPANY", "EVENT")
        if found is None and misplaced and facility_place(p, doc[m.start : m.end], typed):
            found = "LOCATION"
        # "shipyards in Bremen, Wolgast and Hamburg": places listed with a place
        listed = _conjunct_type(doc[m.start : m.end], typed) if m.type == "COMPANY" else None
        if found is None and listed in ("LOCATION", "COUNTRY"):
            found = "LOCATION"
        if found is not None and found != m.type:
            m.type = found
            m.method += "+context"
            typed.update(dict.fromkeys(range(m.start, m.end), found))


def _made_by_firm(p: EntityPatterns, root: Token, typed: dict[int, str], firm: bool) -> bool:
    """Whether a name is what a named firm makes: the object of its verb of making, the
    name before that object's noun of a product (unless the recogniser read a firm, whose
    goods another makes: "Magna Steyr will manufacture Fisker vehicles"), or what its
    "production of" is of."""
    obj = root
    if (
        not firm
        and root.dep_ == "compound"
        and root.head.lemma_.lower() in p.product_heads | p.product_descriptors
    ):
        obj = root.head  # "Lynx vehicles"
    if obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.lemma_ == "production":
        obj = obj.head.head  # "production of the Elroq"
        verb = obj.head
        making = obj.dep_ == "dobj" and verb_lemma(verb) in _STARTING
    else:
        verb = obj.head
        making = obj.dep_ == "dobj" and verb_lemma(verb) in MAKING - {"supply"}
    if not making:
        return False
    while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    # (a firm, or a name no finder has typed yet: "Skoda will start production of ...")
    return any(
        c.dep_ == "nsubj"
        and c.i != root.i
        and (typed.get(c.i) == "COMPANY" or (c.i not in typed and c.pos_ == "PROPN"))
        for c in verb.children
    )


#: Verbs of starting or moving a production: "will start production of the Elroq".
_STARTING = frozenset(("start", "begin", "launch", "ramp", "expand", "move", "shift", "halt"))

#: A word joined to a model's letter or number: "Baikal-M", "Garpiya-3", "Su-57".
_HYPHEN_MODEL = re.compile(r"^[A-Z][A-Za-z]+-(?:[A-Z]{1,2}\d*|\d{1,3}[A-Za-z]?)$")


def _before_owned_noun(p: EntityPatterns, span: Span) -> bool:
    """Whether a name modifies a product's noun that an owner opens: "its G-Pilot
    driver-assistance system", "Canal+'s DStv and Showmax services"."""
    t = span.root
    if t.dep_ == "conj":
        t = t.head  # "DStv and Showmax services": the first of the list
    # ("its Exeed and iCar models": a name the tagger took for an adjective)
    if t.dep_ not in ("compound", "nmod") and not (t.dep_ == "amod" and name_like(t)):
        return False
    noun = t.head
    if noun.i < span.end or noun.i > span.end + 3:
        return False
    low = noun.lemma_.lower()
    if low not in p.product_heads and low not in p.product_descriptors:
        return False
    return any(c.dep_ == "poss" and c.i < span.start for c in noun.children)


#: Last words that name a body rather than a product.
_VENTURES = frozenset(("partnership", "alliance", "initiative", "project", "foundation", "fund"))


def _launched(p: EntityPatterns, doc: Doc, m: KgMention, mentions: list[KgMention]) -> bool:
    """Whether a firm is said to launch the name: "Toyota has released the bZ4X"."""
    root = doc[m.start : m.end].root
    if root.dep_ == "compound" and root.head.pos_ == "NOUN":
        root = root.head  # "introduced the AirScale radio"
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in LAUNCH_VERBS:
        return False
    # "Microsoft, Nvidia and BlackRock launched the AI Infrastructure Partnership": what
    # firms launch together, or what is named as a body, is a venture
    last = doc[m.end - 1].lower_
    if last in _VENTURES or last in p.company_descriptors or last in p.company_suffixes:
        return False
    firms = {
        i for f in mentions if f.type == "COMPANY" and f is not m for i in range(f.start, f.end)
    }
    return any(
        c.dep_ == "nsubj" and c.i in firms and not any(g.dep_ == "conj" for g in c.children)
        for c in verb.children
    )


def unnamed(p: EntityPatterns, doc: Doc, mentions: list[KgMention]) -> Iterable[KgMention]:
    """Names no finder found that the words around them type: "regulator Ofwat",
    "fined Thames Water". A name typed by one found here ("Helmsworth launched Quintra, a
    battery") is found on a second pass."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    typed = {i: m.type for m in mentions for i in range(m.start, m.end)}
    labels = {i: m.label for m in mentions for i in range(m.start, m.end)}
    proper = doc.to_array(POS).tolist()
    for _ in range(2):
        found = list(_unnamed_pass(p, doc, proper, covered, typed, labels))
        for m in found:
            covered.update(range(m.start, m.end))
            typed.update(dict.fromkeys(range(m.start, m.end), m.type))
            labels.update(dict.fromkeys(range(m.start, m.end), m.label))
        yield from found
        if not found:
            break


def _unnamed_pass(
    p: EntityPatterns,
    doc: Doc,
    proper: list[int],
    covered: set[int],
    typed: dict[int, str],
    labels: dict[int, str],
) -> Iterable[KgMention]:
    i, n = 0, len(doc)
    while i < n:
        if i in covered:
            i += 1
            continue
        led = False
        if proper[i] != PROPN:
            if not doc[i].text[:1].isupper():
                i += 1
                continue
            text = doc[i].text
            # a name the tagger took for a noun before a firm's title: "Equinor CEO Anders"
            titled = i + 1 < n and doc[i + 1].lower_ in FIRM_TITLES and doc[i].tag_ == "NN"
            # an acronym the tagger took for a noun: "antitrust regulator CADE"
            acronym = len(text) > 2 and text.isupper() and text.isalpha()
            led = _led_by(doc[i], typed) or _opens_as_firm(doc[i])
            # a name the tagger took for a noun opening a list: "makers, among them Goldwind"
            listed = _among_them(doc, i) is not None
            # "Talvik, which is 30% owned by ...": a name the tagger took for a noun
            owned = doc[i].dep_ == "nsubj" and _owned_by_another(doc[i])
            # "Hess was bought by Chevron": a name the tagger took for a noun
            bought = doc[i].dep_ == "nsubjpass" and doc[i].head.lemma_.lower() in _BUYING_FIRMS
            # "Sabic and Aramco will build": a name the tagger took for an adjective or a
            # noun, listed with a firm
            with_firm = doc[i].tag_ in ("NN", "JJ") and _conjunct_type(doc[i : i + 1], typed) in (
                "COMPANY",
            )
            if not (titled or acronym or led or listed or owned or bought or with_firm):
                i += 1
                continue
        if led:
            # "Canal+, which ..., is led by chief executive Maxime Saada": a firm ("Seven & i"
            # with what "&" joins to it)
            end = i + 3 if i + 2 < n and doc[i + 1].text == "&" else i + 1
            if clean_label(doc[i:end].text):
                yield KgMention(i, end, "COMPANY", "", NER, method="context")
            i = end
            continue
        tok = doc[i]
        if not name_like(tok):
            i += 1
            continue
        # "Rivals Telkom and MTN", "Suppliers Foxlink and Luxshare": a firm's noun opening
        # the sentence is capitalised, and no part of the name after it
        if tok.is_sent_start and i + 1 < n and name_like(doc[i + 1]) and _cue_word(p, tok):
            i += 1
            continue
        end = name_run_right(p, doc, i)
        if end <= i or any(k in covered for k in range(i, end)):
            i += 1
            continue
        # (a kind of product is no name: "the Sealion 08 SUV", "its GPU")
        if end - i == 1 and doc[i].lower_ in p.product_heads:
            i += 1
            continue
        span = doc[i:end]
        # "the Indian Army's helicopters": a state's arm after its country's word
        if span.text in _ARMED_FORCES and i > 0 and typed.get(i - 1) == "COUNTRY":
            label = f"{doc[i - 1].text} {span.text}"
            yield KgMention(i, end, "AGENCY", label, NER, method="context")
            i = end
            continue
        found = (
            cue_type(p, doc, i, end)
            or _listed_type(p, span)
            or _among_type(p, doc, i)
            or _conjunct_type(span, typed)
            or _firm_party(p, span, typed)
            or _runs_facility(p, span)
            or _measured(span, typed)
            or _maker(span)
        )
        if found is None:
            root = span.root
            verb = verb_lemma(root.head)
            firm_verb = (root.dep_ == "dobj" and verb in FIRM_OBJECT_VERBS) or (
                root.dep_ == "nsubj" and verb in FIRM_SUBJECT_VERBS
            )
            # "Hess was bought by Chevron": what a firm buys is a firm
            bought = (
                root.dep_ == "nsubjpass"
                and verb in _BUYING_FIRMS
                and any(
                    typed.get(g.i) == "COMPANY"
                    for a in root.head.children
                    if a.dep_ == "agent"
                    for g in a.children
                )
            )
            firm_verb = firm_verb or bought
            # "Corvex's VX-9 processor", "Rivian introduced the R2": who owns or launches a
            # named product is a firm
            if firm_verb or _product_owner(span, typed, labels) or _opens_as_firm(span.root):
                found = "COMPANY"
            elif _owned_product(span, typed):
                found = "PRODUCT"
        words = span.text
        # ("xAI's Series C": a round of funding, no product)
        if found == "PRODUCT" and FUNDING_ROUND.match(words):
            found = None
        if found is not None and words not in p.stop and clean_label(words):
            yield KgMention(i, end, found, "", NER, method="context")
        i = end


#: A state's armed forces, named after its country's word: "the Indian Army".
_ARMED_FORCES = frozenset(("Army", "Navy", "Air Force", "Marine Corps", "Coast Guard"))

#: Verbs of buying a firm.
_BUYING_FIRMS = frozenset(("buy", "acquire", "purchase"))
#: Verbs of leading a firm: "is led by chief executive X", "run by founder Y".
_LEADING = frozenset(("lead", "run", "head", "chair", "helm"))


def _cue_word(p: EntityPatterns, tok: Token) -> bool:
    """Whether a word is a noun that says what a firm is, or its plural: "Rival",
    "Suppliers"."""
    low = tok.lower_
    return low in p.company_cues or (low.endswith("s") and low[:-1] in p.company_cues)


def _led_by(tok: Token, typed: dict[int, str]) -> bool:
    """Whether a word names what a person leads: "X, now led by chief executive Y", "X is
    run by founder Z"."""
    verbs = [c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if tok.dep_ == "nsubjpass":
        verbs.append(tok.head)
    return any(
        v.lemma_.lower() in _LEADING
        and any(
            typed.get(p.i) == "PERSON"
            for a in v.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
        )
        for v in verbs
    )


#: Verbs only a firm does to open a sentence: "Northvolt launched a cell".
_FIRM_OPENING = frozenset(("unveil", "launch", "acquire", "ship", "raise", "sell"))


def _opens_as_firm(tok: Token) -> bool:
    """Whether a capitalised word opens its sentence as the subject of what only a firm
    does: "Orvane raised $200 million", "Northvolt launched a cell" (not "Revenue raised
    concerns": a firm raises money)."""
    head = tok.head
    lemma = head.lemma_.lower()
    if not (
        tok.is_sent_start
        and tok.tag_ in ("NN", "NNP")
        and tok.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and lemma in _FIRM_OPENING
        and not any(c.dep_ in ("amod", "det", "compound") for c in tok.children)
    ):
        return False
    if lemma == "raise":
        money = [g for c in head.children if c.dep_ == "dobj" for g in c.subtree]
        return any(g.like_num or g.text in ("$", "€", "£", "¥") for g in money)
    if lemma == "sell":  # "Equinor sold its Nigerian assets": what "its" holds
        sold = [c for c in head.children if c.dep_ == "dobj"]
        return any(g.lower_ == "its" for c in sold for g in c.children if g.dep_ == "poss")
    return True


def _owned_product(span: Span, typed: dict[int, str]) -> bool:
    """Whether a name is a firm's product: "BYD's Seagull" (a firm's name before it), or
    what a product is set against ("the Seagull rivals the Wuling Bingo")."""
    root = span.root
    if any(c.dep_ == "poss" and typed.get(c.i) == "COMPANY" for c in root.children):
        return True
    head = root.head
    if root.dep_ == "dobj" and head.lemma_.lower() in ("rival", "challenge", "outsell"):
        return any(c.dep_ == "nsubj" and typed.get(c.i) == "PRODUCT" for c in head.children)
    # "Lumryz competes with Xywav, a drug sold by Jazz": what competes with a product is one
    if root.dep_ == "nsubj" and head.lemma_.lower() == "compete":
        return any(
            typed.get(p.i) == "PRODUCT"
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for p in c.children
        )
    return False


def _product_owner(span: Span, typed: dict[int, str], labels: dict[int, str]) -> bool:
    """Whether a name owns a named product ("Corvex's latest VX-9 processor") or is the
    subject of launching one ("Rivian introduced the R2")."""
    root = span.root
    head = root.head
    if root.dep_ == "poss":
        owned = [head.i, *(c.i for c in head.children if c.i > root.i)]
        return any(typed.get(k) == "PRODUCT" and not labels[k].startswith(span.text) for k in owned)
    if root.dep_ == "nsubj" and head.lemma_.lower() in LAUNCH_VERBS:
        return any(c.dep_ == "dobj" and typed.get(c.i) == "PRODUCT" for c in head.children)
    return False


def _measured(span: Span, typed: dict[int, str]) -> str | None:
    """COMPANY for a name put on a list or subject to a measure: "placed Kalvex on its
    export blacklist", "Sinotrans is subject to export controls"."""
    root = span.root
    verb = root.head
    if root.dep_ == "dobj" and verb.lemma_.lower() in LISTING:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto")]
    elif root.dep_ == "nsubj" and verb.lemma_.lower() == "be":
        preps = [
            g
            for c in verb.children
            if c.dep_ == "acomp" and c.lower_ == "subject"
            for g in c.children
            if g.dep_ == "prep" and g.lower_ == "to"
        ]
    else:
        return None
    if any(typed.get(p.i) == "POLICY" for c in preps for p in c.children if p.dep_ == "pobj"):
        return "COMPANY"
    return None


def _maker(span: Span) -> str | None:
    """COMPANY for who makes goods: "drones made by DJI", "chips produced by Hua Hong"."""
    root = span.root
    agent = root.dep_ == "pobj" and root.head.dep_ == "agent"
    return "COMPANY" if agent and root.head.head.lemma_.lower() in MAKING else None


def _runs_facility(p: EntityPatterns, span: Span) -> str | None:
    """COMPANY for the subject of a clause about its plants or its output: "Vinfast began
    production at its plant", "Orlen expanded its refinery"."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return None
    verb = root.head
    held = [c for c in verb.children if c.dep_ == "dobj"]
    held += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(t.lemma_.lower() in p.facilities for t in held):
        return "COMPANY"
    return None


def _lone_name(p: EntityPatterns, span: Span, typed: dict[int, str]) -> str | None:
    """A one-word name the recogniser took for a person, not the surname of one named before
    and with no title before it: news names a person in full first, so what is left is an
    organisation ("Limbach's engine", "Baikal's chips"), or a product where a firm owns it
    ("Insmed's Brinsupri")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (before.lower_ in p.titles or before.text[:1].isupper()):
        return None  # "President Lula", "Minister Joly", or part of a longer name
    if after is not None and (after.text[:1].isupper() or after.lower_ in ("said", "says")):
        return None  # "Modi said": people speak
    root = span.root
    if root.dep_ == "poss" and typed.get(root.head.i) == "COMPANY":
        return None  # "Musk's xAI": a person owns a firm
    owner = next((typed.get(c.i) for c in root.children if c.dep_ == "poss"), None)
    if owner == "COMPANY":
        return "PRODUCT"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in ("say", "tell", "add", "warn"):
        return None
    return "COMPANY"


def _named_before(doc: Doc, m: KgMention) -> bool:
    """Whether a lone name is the surname of a longer name before it: "Huang" after
    "Jensen Huang"."""
    word = doc[m.start].text
    return any(
        t.text == word and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON" for t in doc[: m.start]
    )


def _firm_party(p: EntityPatterns, span: Span, typed: dict[int, str]) -> str | None:
    """COMPANY for a name that deals with a firm as firms do: coordinated with one
    ("Aramco and Sinopec"), or the other party of an agreement a firm is party to
    ("Orsted signed a supply agreement with Amazon", "Saab teamed up with Embraer")."""
    if _conjunct_type(span, typed) == "COMPANY":
        return "COMPANY"

    def firm_in(tokens: Iterable[Token]) -> bool:
        return any(typed.get(t.i) == "COMPANY" for t in tokens)

    def agreements(verb: Token) -> list[Token]:
        """The agreements a verb names: "signed a deal", "entered into a partnership"."""
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
        return [n for n in nouns if n.lemma_.lower() in p.agreements]

    def agreeing(verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        return verb.pos_ == "VERB" and (
            lemma in p.agreeing or (lemma in p.agreeing_with_object and bool(agreements(verb)))
        )

    root = span.root
    # "Lumora raised $40 million": who raises money is a firm
    verb = root.head
    if (
        root.dep_ == "nsubj"
        and verb.lemma_.lower() in RAISING
        and any(
            t.lower_ in p.currency or t.text in p.currency or t.lower_ in MONEY
            for c in verb.children
            if c.dep_ == "dobj"
            for t in c.subtree
        )
    ):
        return "COMPANY"
    if root.dep_ == "nsubj" and agreeing(root.head):
        holders = [root.head, *agreements(root.head)]
        withs = [c for h in holders for c in h.children if c.lower_ in p.partner_preps]
        if any(firm_in(w.subtree) for w in withs):
            return "COMPANY"
    # "Panasonic Energy will supply cells to Lucid", "Ford buys lithium from Albemarle": the
    # other party of a firm's trade in goods
    prep = root.head
    verb = prep.head
    trading = (prep.lower_ == "to" and verb.lemma_.lower() in SUPPLYING) or (
        prep.lower_ == "from" and verb.lemma_.lower() in BUYING
    )
    if _owned_by_another(root):
        return "COMPANY"
    # "Equinor sold its Nigerian assets to Chappal": what "its" holds is sold by a firm
    if root.dep_ == "nsubj" and root.head.lemma_.lower() in SELLING:
        sold = [c for c in root.head.children if c.dep_ == "dobj"]
        if any(g.lower_ == "its" for c in sold for g in c.children if g.dep_ == "poss"):
            return "COMPANY"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        root.dep_ == "pobj"
        and trading
        and verb.pos_ == "VERB"
        and any(firm_in(c.subtree) for c in subjects)
    ):
        return "COMPANY"
    if root.dep_ == "pobj" and root.head.lower_ in p.partner_preps:
        holder = root.head.head
        verb = holder if holder.pos_ == "VERB" else holder.head
        party = agreeing(verb) or holder.lemma_.lower() in p.agreements
        if party and any(firm_in(c.subtree) for c in verb.children if c.dep_ == "nsubj"):
            return "COMPANY"
    return None


def _owned_by_another(tok: Token) -> bool:
    """Whether a relative clause or participle right after a name says another owns it, or
    a share of it: "Kuroshio, which is 15% owned by Mitsui Chemicals"."""
    return any(
        (t.lemma_.lower() == "own" and t.tag_ == "VBN") or t.lower_.endswith("%-owned")
        for c in tok.children
        if c.dep_ in ("relcl", "acl") and c.i > tok.i
        for t in c.subtree
        if t.i < c.i + 4
    )


def _said_to_be(p: EntityPatterns, span: Span) -> str | None:
    """The type a copula or an apposition gives a name: "Reliance Jio is a unit of
    Reliance Industries", "the Indian unit of Suzuki, Maruti Suzuki"."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        attrs = [c for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        return descriptor_type(p, attrs[0]) if attrs else None
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < root.i:
        return descriptor_type(p, root.head)
    return None


def _listed_type(p: EntityPatterns, span: Span) -> str | None:
    """The type of the noun a list spells out: "59 apps, including TikTok and Vimo",
    "three subsidiaries, such as Korvan Marine" (the members are what the noun is)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("including", "like", "as"):
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None
    # the noun right before the list, which the parser may have passed over for one higher
    # up: "sanctions on three subsidiaries of X, including Y"
    k = prep.i - 1
    while k > prep.head.i and not (span.doc[k].pos_ == "NOUN" and span.doc[k].is_lower):
        k -= 1
    host = span.doc[k]
    if host.pos_ != "NOUN" or not host.is_lower:
        return None
    # "customers including IndiGo", "rivals such as Leapmotor": who a firm deals with
    if host.lemma_.lower() in p.company_cues:
        return "COMPANY"
    return descriptor_type(p, host)


def _among_them(doc: Doc, i: int) -> Token | None:
    """The noun a list "among them" opens at ``doc[i]`` spells out: "makers" in "Chinese
    turbine makers, among them Goldwind and Mingyang"."""
    if i < 4 or doc[i - 2].lower_ != "among" or doc[i - 1].lower_ not in ("them", "those"):
        return None
    if doc[i - 3].text != ",":
        return None
    host = doc[i - 4]
    return host if host.pos_ == "NOUN" and host.is_lower else None


def _among_type(p: EntityPatterns, doc: Doc, i: int) -> str | None:
    host = _among_them(doc, i)
    if host is None:
        return None
    if host.lemma_.lower() in p.company_cues:
        return "COMPANY"
    return descriptor_type(p, host)


def _conjunct_type(span: Span, typed: dict[int, str]) -> str | None:
    """The type of the name a name is coordinated with: "Amazon and iRobot" (not a
    country describing the noun after it: "Rolls-Royce SMR and Czech utility CEZ")."""
    doc = span.doc

    def named(t: Token) -> bool:
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        describing = after is not None and after.is_lower and after.pos_ == "NOUN"
        return t.i in typed and not (describing and typed[t.i] == "COUNTRY")

    root = span.root
    if root.dep_ == "conj" and named(root.head):
        return typed[root.head.i]
    for c in root.children:
        if c.dep_ == "conj" and named(c):
            return typed[c.i]
    return None
