"""Mentions found from the shape of a name and the words around it, where no lexicon
names them: "Ampere Computing", "chipmaker Sophgo", "Ascend 910C", "7nm process",
"Ministry of Commerce", "CHIPS and Science Act", "AI chip export restrictions"."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.attrs import LEMMA, ORTH, POS
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token

from kg.nlp.entities.mention import DEFINED, SHAPE, KgMention, name_like
from kg.nlp.entities.patterns import EntityPatterns

__all__ = [
    "LED_PARTICIPLES",
    "compound_names",
    "name_run_left",
    "name_run_right",
    "policy_span",
    "shapes",
]


def name_run_left(
    p: EntityPatterns, doc: Doc, end: int, limit: int = 5, *, allow_stop: bool = False
) -> int:
    """Start of the run of name-like tokens that ends at ``end`` (exclusive)."""
    start = end
    while start > 0 and end - start < limit:
        tok = doc[start - 1]
        # "7-Eleven Inc", "T-Mobile US", "Gotion High-Tech": a hyphen joins a name to what
        # is before it
        if (
            tok.text == "-"
            and start > 1
            and not doc[start - 2].whitespace_
            and not tok.whitespace_
            and (name_like(doc[start - 2]) or doc[start - 2].is_digit)
        ):
            start -= 2
            continue
        if not name_like(tok) or (tok.is_sent_start and tok.is_stop):
            break
        if (tok.text in p.stop and not allow_stop) or tok.lower_ in ("the", "and", "of"):
            break
        start -= 1
    return start


def name_run_right(
    p: EntityPatterns, doc: Doc, start: int, limit: int = 5, *, allow_stop: bool = False
) -> int:
    """End (exclusive) of the run of name-like tokens that begins at ``start``; with
    ``allow_stop``, words the stop list holds ("Industry") may be part of it."""
    end = start
    while end < len(doc) and end - start < limit:
        tok = doc[end]
        stopped = not allow_stop and (tok.text in p.stop or tok.text in p.not_brands)
        if not name_like(tok) or stopped:
            break
        end += 1
    # "T-Head": a hyphen between two name parts stays inside the name.
    if (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end].whitespace_
        and name_like(doc[end + 1])
        and doc[end - 1].whitespace_ == ""
    ):
        end += 2
    return end


#: Words after a number that make it an amount, not a model's number.
_AMOUNT_AFTER = frozenset(
    ("%", "percent", "per", "million", "billion", "trillion", "crore", "lakh", "bn", "mn")
)


#: Spans of time a count after a name may be of: "Le Chat 2 weeks ago".
_TIMES = frozenset(
    ("minutes", "hours", "days", "weeks", "months", "years", "times", "quarters", "decades")
)

#: Legal forms written before a firm's name: "PT Vale Indonesia", "OOO Sibintek".
_LEGAL_PREFIXES = frozenset(("PT", "OOO", "OAO", "PJSC", "JSC", "AO"))
#: Capitalised words that open a sentence before a model's name: "The Helix-2 carries ...".
_OPENERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "each"))


def is_model(p: EntityPatterns, tok: Token) -> bool:
    """Whether a word has a model number's shape: "H20", "MI300X", "910C", "the Helix-2"."""
    if p.not_model_re.match(tok.text):
        return False
    if p.model_re.match(tok.text):
        return True
    if not p.joined_model_re.match(tok.text):
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is None or not before.text[:1].isupper() or before.lower_ in _OPENERS


def may_shape(p: EntityPatterns, text: str) -> bool:
    """Whether a word can start any shape below, whatever its context and tags."""
    low = text.lower()
    return bool(
        text in _LEGAL_PREFIXES
        or low in p.company_suffixes
        or low in p.company_cues
        or p.model_re.match(text)
        or p.joined_model_re.match(text)
        or _RUN_IN.match(text)
        or low in p.code_names
        or low in ("named", "as", "called", "dubbed")
        or p.number_re.match(text)
        or low == "nm"
        or low in p.product_heads
        or low in p.materials
        or text == "AI"
        or low in p.product_descriptors
        or (low in p.agency_heads and text[:1].isupper())
        or (low in p.institution_heads and text[:1].isupper())
        or low in p.owned_goods
        or text in p.name_heads
        or low in _BASED
        or low in _UNIT_NOUNS
    )


#: A word with a number run into it: "Magic7", "Mate70".
_RUN_IN = re.compile(r"^[A-Z][a-z]{2,}\d{1,3}[A-Z]?$")

#: Roman numerals of a product's generation: "THS II", "Falcon III".
_NUMERALS = frozenset(("II", "III", "IV", "VI", "VII", "VIII"))

#: A model's short number after its name: "Journey 6P", "Vela 5", "Falcon 9".
_SHORT_MODEL = re.compile(r"^\d{1,3}[A-Z]?$")
#: A version's number after a product's name: "PowerTitan 3.0".
_VERSION = re.compile(r"^\d{1,2}\.\d{1,2}$")

#: The shape of an adjective of place: "European", "Nordic", "Congolese", "Saudi".
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ese|ish|ic|i)$")

#: Nouns of a firm's part that its name comes before: "Millicom's Tigo Chad unit".
_UNIT_NOUNS = frozenset(("unit", "subsidiary", "division", "arm", "affiliate"))

#: Adjectives of place of other shapes than ``_DEMONYM``'s.
_NATIONALS = frozenset(("Dutch", "French", "British", "Swiss", "Greek", "Czech", "Thai"))

#: Words after a place and a hyphen that say a firm is there: "Vevey-based".
_BASED = frozenset(("based", "headquartered"))


def _firm_follows(p: EntityPatterns, doc: Doc, i: int) -> bool:
    """Whether a firm follows "X-based": its name ("Hangzhou-based Xinmo") or a noun for a
    firm within a few words ("the Vevey-based food company"); not "Orin-based systems"."""
    if i < len(doc) and name_like(doc[i]):
        return True
    for t in doc[i : i + 4]:
        low = t.lower_
        if low in p.company_descriptors or t.lemma_.lower() in p.company_descriptors:
            return True
        if len(low) > 6 and low.endswith("maker"):
            return True
        if not t.is_alpha and t.text != "-":
            return False
    return False


def shape_starts(p: EntityPatterns, doc: Doc) -> list[int]:
    """The tokens a shape can start at: most words of a text start none.

    A word's own form decides for every shape but the generic measure, whose head
    is a noun whose lemma names one ("restrictions"); the form's verdict is kept
    across documents.
    """
    known = p.form_starts
    if len(known) > p.FORMS_KEPT:
        known.clear()
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, POS, LEMMA]).tolist()
    starts = []
    for i, (orth, pos, lemma) in enumerate(rows):
        may = known.get(orth)
        if may is None:
            may = known[orth] = may_shape(p, strings[orth])
        if may or (pos == NOUN and strings[lemma].lower() in p.policy_heads):
            starts.append(i)
    return starts


def shapes(p: EntityPatterns, doc: Doc) -> Iterable[KgMention]:
    """Mentions found by name shape and context: "X Technologies", "chipmaker X",
    "Ascend 910C", "3nm process", "Ministry of X", "AI Diffusion Rule", "export controls"."""
    n = len(doc)
    for i in shape_starts(p, doc):
        tok = doc[i]
        low = tok.lower_
        # company by suffix: "Ampere Computing", "Yangtze Memory Technologies Co"
        # and by "AI" after a proper name: "Sarvam AI", "Moonshot AI"
        # ("its H200 AI chips": "AI" before goods is what the goods are for)
        ai = (
            tok.text == "AI"
            and i > 0
            and doc[i - 1].tag_ == "NNP"
            # ("Kestrel AI is backed by ...": a name may open the sentence, not a word any
            # sentence may open with)
            and not (doc[i - 1].is_sent_start and (doc[i - 1].is_stop or doc[i - 1].text in p.stop))
            and not (i + 1 < n and _product_noun(p, doc[i + 1]))
            # ("a Beijing AI company": "AI" before a firm's noun says what the firm does)
            and not (i + 1 < n and doc[i + 1].lower_ in p.company_cues)
        )
        # ("Tech" alone is no name, but ends one: "Ferrovia Tech"; so does a material:
        # "Borealis Lithium")
        # ("Ltd." at the end of a sentence keeps its full stop)
        suffix = low.rstrip(".") in p.company_suffixes or (
            low in p.materials and tok.text[:1].isupper()
        )
        if (suffix or ai) and name_like(tok) and i > 0:
            start = name_run_left(p, doc, i, allow_stop=True)
            # "Infineon's Power & Sensor Systems": one word joined by "&" before the name
            if (
                start > 1
                and doc[start - 1].text == "&"
                and name_like(doc[start - 2])
                and (start == 2 or not name_like(doc[start - 3]))
            ):
                start -= 2
            # ("Prime Planet Energy & Solutions": "&" joins a name's words; "Aethon Energy
            # Management": a suffix may follow another)
            end = i + 1
            while end < n:
                # (not two firms: "Tata Power & Adani Green")
                if (
                    end + 1 < n
                    and doc[end].text == "&"
                    and name_like(doc[end + 1])
                    and (
                        doc[end + 1].lower_ in p.company_suffixes
                        or not (end + 2 < n and name_like(doc[end + 2]))
                    )
                ):
                    end += 2
                elif doc[end].lower_.rstrip(".") in p.suffix_runs and doc[end].text.istitle():
                    end += 1
                else:
                    break
            if start < i:
                yield KgMention(start, end, "COMPANY", "", SHAPE, method="company-suffix")
        # place by "-based": "the Vevey-based food company", "Hangzhou-based Xinmo"
        if low in _BASED and i > 1 and doc[i - 1].text == "-" and _firm_follows(p, doc, i + 1):
            start = name_run_left(p, doc, i - 1, limit=3)
            # ("an AI-based startup": an acronym is no place the lexicon does not know)
            if start < i - 1 and not doc[i - 2].is_upper:
                yield KgMention(start, i - 1, "LOCATION", "", SHAPE - 1, method="based-place")
        # a unit's name between its owner and its noun: "Millicom's Tigo Chad unit",
        # "Lockheed Martin's Sikorsky unit"
        if low in _UNIT_NOUNS and tok.pos_ == "NOUN" and i > 2 and name_like(doc[i - 1]):
            start = name_run_left(p, doc, i, limit=3)
            # (not where the unit is: "JinkoSolar's Malaysian unit", "Wistron's US unit")
            first = doc[start].text
            placed = (
                _DEMONYM.match(first)
                or first in _NATIONALS
                or (first.isupper() and len(first) <= 3)
            )
            if start < i and doc[start - 1].tag_ == "POS" and not placed:
                yield KgMention(start, i, "COMPANY", "", DEFINED, method="unit-name")
        # a firm's legal form before its name: "PT Halmahera Jaya Nikel" (Indonesia)
        if tok.text in _LEGAL_PREFIXES and i + 1 < n and name_like(doc[i + 1]):
            end = name_run_right(p, doc, i + 1, limit=5)
            if end > i + 1:
                yield KgMention(i, end, "COMPANY", "", SHAPE, method="company-prefix")
        # company by context: "chipmaker Sophgo", "consultancy Omdia"
        if low in p.company_cues and tok.pos_ != "PROPN" and not name_like(tok) and i + 1 < n:
            end = name_run_right(p, doc, i + 1, limit=4)
            # "its rival EOPatch device": a name before a product's noun names the product
            product = end < n and doc[end].is_lower and _product_noun(p, doc[end])
            if not product and (
                (end > i + 1 and doc[i + 1].pos_ in ("PROPN", "NOUN", "X", ""))
                or (end > i + 1 and not doc.has_annotation("TAG"))
            ):
                yield KgMention(i + 1, end, "COMPANY", "", SHAPE - 1, method="company-cue")
        # product by model number: "Ascend 910C", "Kirin 9000S", "H20", "Snapdragon 8 Elite"
        if is_model(p, tok) or (
            p.number_re.match(tok.text)
            and not p.year_re.match(tok.text)
            and i > 0
            and name_like(doc[i - 1])
            and not doc[i - 1].is_sent_start
        ):
            if i > 0 and doc[i - 1].lower_ in p.currency:
                continue
            # "BYD 17%": a share, not a model; "fined Mediclinic 2 million rand": money;
            # "sold the SU7 10 months after launch", "the H20 4 Chinese buyers": a count
            # after a model's own number
            if i + 1 < n and doc[i + 1].lower_ in _AMOUNT_AFTER | _TIMES:
                continue
            if not is_model(p, tok) and any(c.isdigit() for c in doc[i - 1].text):
                continue
            start = name_run_left(p, doc, i, limit=3)
            while start < i and doc[start].text in p.not_brands:
                start += 1
            if not is_model(p, tok) and start == i:
                continue
            end = i + 1
            while end < n and (
                doc[end].text in p.variants
                or is_model(p, doc[end])
                or (doc[end].text in ("X", "S") and end == i + 1)
                # "Snapdragon 8 Gen 5": a generation's number after "Gen"
                or (doc[end - 1].text == "Gen" and doc[end].like_num)
            ):
                end += 1
            yield KgMention(start, end, "PRODUCT", "", SHAPE, method="model-number")
        # "Xiaomi's 17 Ultra": a firm's number and variant name its model
        if (
            p.number_re.match(tok.text)
            and not p.year_re.match(tok.text)
            and 1 < i < n - 1
            and doc[i - 1].tag_ == "POS"
            and name_like(doc[i - 2])
            and doc[i + 1].text in p.variants
        ):
            end = i + 1
            while end < n and doc[end].text in p.variants:
                end += 1
            label = f"{doc[i - 2].text} {doc[i:end].text}"
            yield KgMention(i, end, "PRODUCT", label, SHAPE, method="owned-model")
        # process nodes: "3nm process", "7nm"
        if low == "nm" and i > 0 and doc[i - 1].like_num:
            end = i + 1
            if end < n and doc[end].lower_ in ("process", "node"):
                end += 1
            label = f"{doc[i - 1].text}nm process"
            yield KgMention(i - 1, end, "TECHNOLOGY", label, SHAPE, method="process-node")
        # "a chip codenamed Titan": what a code name names is a product
        hyphened_code = (
            low == "named" and i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "code"
        )
        if (low in p.code_names or hyphened_code) and i + 1 < n and name_like(doc[i + 1]):
            end = i + 2
            while end < n and end - i <= 3 and (name_like(doc[end]) or doc[end].like_num):
                end += 1
            yield KgMention(i + 1, end, "PRODUCT", "", SHAPE, method="code-name")
        # "its seventh-generation TPU, known as Ironwood", "a chip called Maia": the name a
        # product's noun is given
        if (
            low == "as"
            and i > 0
            and doc[i - 1].lower_ == "known"
            and i + 1 < n
            and name_like(doc[i + 1])
            and _product_noun(p, doc[i - 1].head)
        ) or (
            low in ("called", "dubbed")
            and i + 1 < n
            and name_like(doc[i + 1])
            and _product_noun(p, tok.head)
        ):
            end = i + 2
            while end < n and end - i <= 3 and (name_like(doc[end]) or doc[end].like_num):
                end += 1
            yield KgMention(i + 1, end, "PRODUCT", "", SHAPE - 1, method="called")
        # a word with a model's number run into it, before a variant: "Magic7 Pro" (not
        # alone: "Viacom18" is a firm)
        if (
            _RUN_IN.match(tok.text)
            and i + 1 < n
            and doc[i + 1].text in p.variants
            and not doc[i].is_sent_start
        ):
            end = i + 2
            while end < n and doc[end].text in p.variants:
                end += 1
            yield KgMention(i, end, "PRODUCT", "", SHAPE - 1, method="model-number")
        # a name right after the noun that says what it is: "its obesity drug Zepbound",
        # "the chatbot Grok", "Russia's Oreshnik missile" aside
        if (
            low in p.named_after
            and tok.pos_ == "NOUN"
            and i + 1 < n
            and name_like(doc[i + 1])
            and doc[i + 1].text not in p.stop
            and doc[i + 1].lower_ not in p.product_heads
            # (not the subject of a clause on the noun: "the jet Ryanair wanted")
            and doc[i + 1].dep_ != "nsubj"
            and not (i + 2 < n and doc[i + 2].tag_ in ("VBD", "VBZ", "VBP", "MD"))
        ):
            end = i + 2
            while end < n and end - i <= 3 and (name_like(doc[end]) or doc[end].like_num):
                end += 1
            yield KgMention(i + 1, end, "PRODUCT", "", SHAPE - 1, method="product-after")
        # product by head noun: "Hanguang 800 inference chip", "Ernie models"
        # ("Zentel network gear", "Orsk battery plant": the noun only modifies another, and
        # the name before it is the maker)
        modifies = tok.dep_ == "compound" and tok.head.i > i and tok.head.pos_ == "NOUN"
        if modifies:
            head = tok.head.lower_
            modifies = head not in p.product_heads and head not in p.product_descriptors
        # ("its Kora radio equipment": a name between an owner and its goods' noun)
        owned = low in p.owned_goods and any(c.dep_ == "poss" for c in tok.children)
        if (
            (low in p.product_heads or low in p.product_descriptors or owned)
            and not modifies
            and tok.pos_
            in (
                "NOUN",
                "PROPN",
            )
        ):
            for left in compound_names(p, doc, tok):
                yield KgMention(left[0], left[1], "PRODUCT", "", SHAPE - 1, method="product-head")
        # agency by name shape: "Ministry of Industry and Information Technology"
        if low in p.agency_heads and tok.text[:1].isupper():
            start = name_run_left(p, doc, i)
            # "Food and Drug Administration", "Securities and Exchange Commission"
            while start > 1 and doc[start - 1].lower_ == "and" and name_like(doc[start - 2]):
                start = name_run_left(p, doc, start - 1)
            end = i + 1
            if end < n and doc[end].text == "General":
                end += 1  # "Directorate General of Foreign Trade"
            end = _fields_after(p, doc, end)
            if end - start >= 2:
                yield KgMention(start, end, "AGENCY", "", SHAPE, method="agency-shape")
        # a university or institute by name shape: "University of Pennsylvania", "Korea
        # Advanced Institute of Science and Technology", "Universiti Kebangsaan Malaysia"
        if low in p.institution_heads and tok.text[:1].isupper():
            start = name_run_left(p, doc, i)
            end = _fields_after(p, doc, i + 1)
            if end == i + 1 and start == i:
                end = name_run_right(p, doc, i + 1)
            if end - start >= 2:
                yield KgMention(start, end, "COMPANY", "", SHAPE, method="institution-shape")
        # named measure: "AI Diffusion Rule", "CHIPS and Science Act"
        if tok.text in p.name_heads and i > 0:
            start = name_run_left(p, doc, i, allow_stop=True)
            while start > 1 and doc[start - 1].lower_ == "and" and name_like(doc[start - 2]):
                start = name_run_left(p, doc, start - 1)
            if start < i:
                yield KgMention(start, i + 1, "POLICY", "", SHAPE, method="policy-name")
        # generic measure: "AI chip export restrictions", "a licence requirement"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in p.policy_heads and tok.dep_ != "compound":
            span = policy_span(p, doc, tok)
            if span is not None:
                yield KgMention(span[0], span[1], "POLICY", "", SHAPE - 1, method="policy-phrase")


def _fields_after(p: EntityPatterns, doc: Doc, end: int) -> int:
    """Where a body's name ends that goes on after its head with what it is of or for:
    "Ministry of Industry and Trade", "Institute of Science and Technology"."""
    n = len(doc)
    # words a name alone would not be stay in one
    while (
        end + 1 < n
        and doc[end].lower_ in ("of", "for", "on", "and")
        and name_like(doc[end + 1])
        and doc[end + 1].lower_ not in _CALENDAR
    ) or _listed_field(doc, end):
        end = name_run_right(p, doc, end + 1, allow_stop=True)
    return end


def _product_noun(p: EntityPatterns, tok: Token) -> bool:
    return tok.lower_ in p.product_heads or tok.lower_ in p.product_descriptors


def compound_names(p: EntityPatterns, doc: Doc, head: Token) -> Iterable[tuple[int, int]]:
    """Name-like compounds before a product noun: "Tianchi" in "Tianchi supernode systems"."""
    j = head.i - 1
    # skip lower-case modifiers between the name and its head ("large language", and
    # hyphened: "its Kavach protein-design models")
    while j >= 0 and head.i - j <= 4:
        hyphen = doc[j].text == "-" and j > 0 and doc[j - 1].is_lower and doc[j + 1].is_lower
        if not hyphen and not (doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "PROPN")):
            break
        j -= 1
    if j > 0 and any(c.dep_ == "poss" and c.i < j for c in head.children):
        end = _owned_name_end(p, doc, j)
        if end is not None:
            start = name_run_left(p, doc, j, limit=3)
            if start < j:
                yield start, end
                return
    # ("IRIS-T missiles": a name's hyphened last part may be a short capital)
    hyphened = j > 1 and doc[j - 1].text == "-" and not doc[j - 1].whitespace_
    if (
        j < 0
        or not name_like(doc[j])
        or doc[j].text in p.stop
        or (doc[j].is_upper and len(doc[j]) <= 3 and not hyphened)
    ):
        return
    start = name_run_left(p, doc, j + 1, limit=3)
    # ("a European service module": an adjective of place before what describes the noun)
    placed = start == j and doc[j].tag_ == "JJ" and bool(_DEMONYM.match(doc[j].text))
    if start <= j and not placed and (not doc[start].is_sent_start or (hyphened and start < j - 1)):
        yield start, j + 1


def _owned_name_end(p: EntityPatterns, doc: Doc, j: int) -> int | None:
    """End of an owned product's name whose last word before the noun is no name by
    itself: a variant's letter or a model's number ("its Pilot X drones", "Horizon's
    Journey 6P processor") ends it; an acronym of what the product is for or made of is
    after it ("its Kozuchi AI platform", "its Zeta DRAM chips"). None when ``doc[j]`` is
    neither, or no name is before it."""
    tok, before = doc[j], doc[j - 1]
    # "Toyota's THS II hybrid system": a generation's numeral ends the name
    if tok.text in _NUMERALS and name_like(before) and before.text not in p.stop:
        return j + 1
    if not name_like(before) or before.text in p.stop or before.is_upper:
        return None
    if tok.text in ("X", "S") or _SHORT_MODEL.match(tok.text) or _VERSION.match(tok.text):
        return j + 1
    if tok.is_upper and tok.is_alpha and len(tok) >= 2:
        return j
    return None


#: Participles of a party before a hyphen that leads or backs a measure: "US-led curbs".
LED_PARTICIPLES = frozenset(("led", "backed", "brokered", "sponsored", "driven"))


def policy_span(p: EntityPatterns, doc: Doc, head: Token) -> tuple[int, int] | None:
    """The words that name a measure headed by ``head``, or None when it names none."""
    # the modifiers before the head: "AI chip export restrictions", "October 2023 update"
    start = head.left_edge.i if doc.has_annotation("DEP") else head.i

    def cut(t: Token) -> bool:
        # a possessive, a preposition or a verb ends the name; a participle that modifies
        # it is part of it ("countervailing duties", "expanded licence requirement")
        modifying = t.dep_ in ("amod", "compound") and (
            t.tag_ == "VBG"
            or (t.tag_ == "VBN" and t.i > 0 and doc[t.i - 1].pos_ not in ("PROPN", "NUM"))
        )
        verbal = t.pos_ == "VERB" and not modifying
        # "US-led restrictions": who leads a measure is no part of its name
        led = t.i > 0 and doc[t.i - 1].text == "-" and t.lower_ in LED_PARTICIPLES
        return t.tag_ == "POS" or t.pos_ == "ADP" or verbal or led

    while start < head.i and (
        doc[start].lower_ in p.policy_drop
        or doc[start].pos_ in ("DET", "PRON", "PUNCT", "ADP", "CCONJ", "ADV")
        or cut(doc[start])
        or doc[start].head.i > head.i
    ):
        start += 1
    cuts = [t.i for t in doc[start : head.i] if cut(t)]
    # (a closing bracket whose opening one is left out: "(SM) export list")
    cuts += [t.i for t in doc[start : head.i] if t.text == ")"]
    if cuts:
        start = max(cuts) + 1
    words = {w for t in doc[start : head.i + 1] for w in (t.lemma_.lower(), t.lower_)}
    # "won Tesla's AI5 orders": orders of goods, no measure
    if head.lemma_.lower() == "order" and head.tag_ == "NNS":
        return None
    # "its list of customers": a firm's list, no measure
    listed = [
        g.lemma_.lower()
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if head.lemma_.lower() == "list" and set(listed) & _TRADE_PARTIES:
        return None
    # "would require a licence": a licence or permit is a measure only where one is demanded
    # (a firm's alone too: "sues Qualcomm over the Nuvia licence"; not "export licence")
    named_only = all(
        t.pos_ == "PROPN" and t.lower_ not in p.policy_qualifiers for t in doc[start : head.i]
    )
    if head.lemma_.lower() in p.policy_demanded and named_only:
        verb = head.head.head if head.dep_ == "pobj" else head.head
        if verb.lemma_.lower() not in p.demanding_verbs:
            return None
        return start, head.i + 1
    if head.lemma_.lower() in p.policy_weak:
        preps = [
            c
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("on", "to", "against", "by")
        ]
        objs = {gc.lemma_.lower() for p in preps for gc in p.subtree}
        qualified = bool((words | objs) & p.policy_qualifiers)
        owned = any(c.dep_ == "poss" for c in head.children) or any(p.lower_ == "by" for p in preps)
        # "Turkey imposed duties on EVs": a measure a government imposes
        imposed = head.dep_ == "dobj" and head.head.lemma_.lower() in _IMPOSING
        # "the Commerce Department finalised a rule on connected cars": a law made
        # (not an order for goods: "signed an order for 180 K2 tanks")
        imposed = imposed or (
            head.dep_ == "dobj"
            and head.lemma_.lower() in _LAWS - {"order"}
            and head.head.lemma_.lower() in _MAKING_LAWS
            and _by_government(p, head.head)
        )
        # "The measure also covers antimony": one named again, doing what measures do
        definite = any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in head.children
        )
        again = definite and (
            (head.dep_ == "nsubj" and head.head.lemma_.lower() in _COVERING | _RESTRICTING)
            # "Under the rules, X must seek approval"
            or (head.dep_ == "pobj" and head.head.lower_ == "under")
            # "Canada has ordered Hikvision to cease operations ... Hikvision called the
            # order groundless": the measure a verb before it enacted
            or _enacted_before(doc, head)
        )
        # "issued a rule that bars Chinese-built cranes": a clause on it that restricts
        # (not one set beside a named measure: "the BIOSECURE Act, a US law that bars ...";
        # nor a firm's list, limit or update: "a supplier list that excludes Luxshare")
        restricting = (
            head.dep_ != "appos"
            and head.lemma_.lower() in _LAWS
            and any(
                c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _RESTRICTING
                for c in head.children
            )
        )
        if (
            not qualified
            and not imposed
            and not again
            and not restricting
            and (not owned or head.lemma_.lower() in ("update", "amendment", "expansion"))
        ):
            return None
    return start, head.i + 1


def _by_government(p: EntityPatterns, verb: Token) -> bool:
    """Whether a verb's subject is a government or its body, by the recogniser's places and
    the words of bodies ("the Commerce Department", "Ottawa"; not "Apple")."""
    # (the subject of the first of joined verbs: "awarded spectrum ... and issued a rule")
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    # (the subject's own head: not "Japan's Toyota", "Chinese automaker BYD")
    return any(
        c.ent_type_ == "GPE" or c.lemma_.lower() in p.agency_words or c.lower_ == "government"
        for c in verb.children
        if c.dep_ == "nsubj"
    )


#: Parties a firm keeps a list of: "its list of customers".
_TRADE_PARTIES = frozenset(
    ("customer", "client", "supplier", "partner", "investor", "shareholder", "buyer", "vendor")
)

#: Days and months: "the Commerce Department on Wednesday" ends before "on".
_CALENDAR = frozenset(
    (
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
)  # fmt: skip


def _listed_field(doc: Doc, end: int) -> bool:
    """Whether a body's name goes on through a listed field: the ", Trade and Industry" of
    "Ministry of Economy, Trade and Industry"."""
    if end + 3 >= len(doc) or doc[end].text != "," or not name_like(doc[end + 1]):
        return False
    return doc[end + 2].lower_ == "and" and name_like(doc[end + 3])


def _enacted_before(doc: Doc, head: Token) -> bool:
    """Whether a verb before ``head``, in its sentence or the one before, enacts a measure:
    "banned 59 apps", "ordered X to cease operations" (an order to do something, not an
    order for goods)."""
    sent = head.sent
    begin = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for t in doc[begin : head.i]:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in _ENACTING:
            continue
        if lemma != "order" or any(c.dep_ in ("xcomp", "ccomp") for c in t.children):
            return True
    return False


#: Verbs that enact a measure a later "the order", "the rules" names again.
_ENACTING = frozenset(
    (
        "ban", "bar", "prohibit", "forbid", "outlaw", "order", "block", "restrict", "sanction",
        "blacklist", "impose", "suspend", "revoke",
    )
)  # fmt: skip
#: Verbs of what a measure does: "the measure covers antimony", "the order bars X".
_COVERING = frozenset(
    ("cover", "target", "hit", "affect", "include", "bar", "ban", "restrict", "prohibit", "block")
)
#: Heads that a restricting clause makes a measure: "a rule that bars X".
_LAWS = frozenset(
    ("rule", "order", "law", "act", "ruling", "regulation", "measure", "decree", "directive")
)
#: Verbs of a clause that make the noun it is on a measure: "a rule that bars X",
#: "an order keeping Y from buying Z".
_RESTRICTING = frozenset(
    (
        "ban", "bar", "prohibit", "forbid", "outlaw", "block", "restrict", "curb", "limit",
        "sanction", "blacklist", "stop", "keep", "exclude",
    )
)  # fmt: skip
#: Verbs whose object is a measure whatever it is called: "imposed duties on X".
#: Verbs that make a law, a rule or a decree: "finalised a rule on connected cars".
_MAKING_LAWS = frozenset(("finalise", "finalize", "adopt", "issue", "publish", "pass", "sign"))
_IMPOSING = frozenset(("impose", "levy", "slap", "raise", "hike", "introduce", "enact", "extend"))
