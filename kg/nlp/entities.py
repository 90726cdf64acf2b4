"""The ``kg_entities`` component: typed, canonical entity mentions from lexicon, shapes and NER."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH, POS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.nlp.rules import LexiconEntry, Rules, load_rules
from kg.records import Entity

__all__ = ["EntityRecognizer", "KgMention", "canonical_key", "entity_id", "make_entity_recognizer"]

# Priorities of candidate sources: a higher one wins an overlap.
LEXICON, DEFINED, SHAPE, NER = 4, 3, 2, 1

_NER_TYPES = {
    "ORG": "COMPANY",
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "PRODUCT": "PRODUCT",
    "EVENT": "EVENT",
}
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NUMBER = re.compile(r"^\d{1,5}[a-z]{0,2}$")  # "960", "16e", "7x"
_MEASURE_WORDS = frozenset(("Act", "Rule", "Law", "List", "Regulation", "Directive"))
_CURRENCY = {"us$", "$", "cny", "rmb", "yuan", "€", "£", "¥", "hk$", "nt$", "eur", "usd"}


@dataclass
class KgMention:
    """A mention found in a ``Doc``: token offsets, type, and the canonical label it resolves to."""

    start: int
    end: int
    type: str
    label: str
    priority: int
    entry: LexiconEntry | None = None
    method: str = ""
    aliases: set[str] = field(default_factory=set)

    @property
    def key(self) -> tuple[str, str]:
        return self.type, canonical_key(self.label)


def canonical_key(name: str) -> str:
    """Normalise a name for identity: case, a leading "the", possessives, punctuation.

    Examples
    --------
    >>> canonical_key("The Nvidia's")
    'nvidia'
    >>> canonical_key("U.S.")
    'us'
    """
    s = unicodedata.normalize("NFKC", name).strip().lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"[-/]", " ", s)
    s = re.sub(r"[^\w\s+]", "", s)
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=65_536)
def entity_id(type_: str, label: str) -> str:
    """Return the stable node id of an entity: ``<type>:<slug of label>``.

    Examples
    --------
    >>> entity_id("AGENCY", "Bureau of Industry and Security")
    'agency:bureau-of-industry-and-security'
    >>> entity_id("PRODUCT", "Copilot+ PCs")
    'product:copilot-plus-pcs'
    """
    s = unicodedata.normalize("NFKC", label).lower().replace("+", " plus ")
    slug = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-_")
    return f"{type_.lower()}:{slug or 'unnamed'}"


def clean_label(text: str) -> str:
    """Strip a leading "the", a trailing possessive and stray punctuation from a surface name.

    Examples
    --------
    >>> clean_label("the Financial Times's ")
    'Financial Times'
    """
    s = re.sub(r"\s+", " ", text).strip()
    s = re.sub(r"^(?:the|The|THE)\s+", "", s)
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    return s.strip(' ,;:.!?"“”()[]')


def _name_like(tok: Token) -> bool:
    """A token that can be part of a proper name: "Nvidia", "iFlytek", "SMIC", "X90"."""
    t = tok.text
    if not t or not (t[0].isalpha() or t[0].isdigit()):
        return False
    if t[0].isupper():
        return True
    return t[0].isalpha() and any(c.isupper() for c in t[1:])


class EntityRecognizer:
    """Find typed entity mentions and resolve each to a canonical entity.

    Candidates come, in order of trust, from the lexicon, from acronyms defined in
    parentheses, from name shapes and context ("chipmaker X", "X Technology",
    "Ascend 910C", "X inference chip"), and from the trained recogniser where the
    pipeline has one. Overlaps go to the more trusted source, except that a longer
    shape of the same type ("Ascend 910C" over the family "Ascend") wins.
    Results are stored on the Doc: ``doc._.kg_mentions`` (a list of
    :class:`KgMention`) and ``doc.ents``.
    """

    def __init__(self, nlp: Language, name: str = "kg_entities", rules: Rules | None = None):
        self.name = name
        self.rules = rules or load_rules()
        r = self.rules
        self.company_suffixes = r.words("company", "suffixes")
        self.company_cues = r.words("company", "cue_nouns")
        self.product_heads = r.words("product", "head_nouns")
        self.variants = frozenset(r.patterns["product"]["variants"])
        self.model_re = r.regex("product", "model_regex")
        self.not_model_re = r.regex("product", "not_model_regex")
        self.agency_heads = r.words("agency", "heads")
        self.policy_heads = r.words("policy", "heads")
        self.policy_weak = r.words("policy", "weak_heads")
        self.policy_qualifiers = r.words("policy", "qualifiers")
        self.policy_drop = r.words("policy", "drop_modifiers")
        self.policy_demanded = r.words("policy", "demanded")
        self.demanding_verbs = r.words("policy", "demanding_verbs")
        self.stop = frozenset(r.patterns["stop"]["names"])
        self.place_preps = r.words("location", "place_preps")
        self.stop_lower = frozenset(s.lower() for s in self.stop)
        self.titles = r.words("titles", "words")
        self.not_brands = frozenset(r.patterns["product"]["not_brands"])
        self._form_starts: dict[int, bool] = {}  # ORTH -> whether a shape may start there
        self._build_matchers(nlp)

    # -- lexicon --------------------------------------------------------------------------

    def _build_matchers(self, nlp: Language) -> None:
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entries: dict[str, LexiconEntry] = {}
        self.gov: dict[str, LexiconEntry] = {}
        exact: dict[str, list] = {}
        folded: dict[str, list] = {}
        made: dict[str, Doc] = {}  # names recur: a maker's, under each of its products

        def make_doc(text: str) -> Doc:
            doc = made.get(text)
            if doc is None:
                doc = made[text] = nlp.make_doc(text)
            return doc

        for entry in self.rules.lexicon:
            key = f"{entry.type}|{entry.name}"
            self.entries[key] = entry
            for alias in {entry.name, *entry.aliases}:
                doc = make_doc(alias)
                if len(doc) == 0:
                    continue
                # One word: case matters ("Arm" the company, "arm" the limb).
                if len(doc) == 1 and not any(c.isdigit() for c in alias):
                    for variant in {alias, alias.upper()}:
                        exact.setdefault(key, []).append(make_doc(variant))
                else:
                    folded.setdefault(key, []).append(doc)
            for alias in entry.gov_aliases:
                self.gov[alias] = entry
        self.maker_forms: dict[str, list[list[str]]] = {}
        for entry in self.rules.lexicon:
            maker = self.rules.by_name.get(entry.maker) if entry.maker else None
            if maker is not None:
                forms = {maker.name, *maker.aliases}
                self.maker_forms[entry.name] = [
                    [t.text.lower() for t in make_doc(f)]
                    for f in sorted(forms, key=len, reverse=True)
                ]
        for key, docs in exact.items():
            self.exact.add(key, docs)
        for key, docs in folded.items():
            self.folded.add(key, docs)
        self.gov_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for alias in self.gov:
            self.gov_matcher.add(alias, [make_doc(alias)])

    @staticmethod
    def _case_agrees(span: Span, entry: LexiconEntry) -> bool:
        """A capitalised name does not match lower-case text: "Scale AI" is not "rack-scale AI"."""
        text = "".join(t.text for t in span)
        for alias in (entry.name, *entry.aliases):
            squeezed = alias.replace(" ", "")
            if squeezed.lower() != text.lower():
                continue
            starts, k = [], 0
            for word in alias.split():
                starts.append(k)
                k += len(word)
            if all(not (squeezed[i].isupper() and text[i].islower()) for i in starts):
                return True
        return False

    def _lexicon(self, doc: Doc) -> Iterable[KgMention]:
        vocab = doc.vocab.strings
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                entry = self.entries[vocab[match_id]]
                if matcher is self.folded and not self._case_agrees(doc[start:end], entry):
                    continue
                # "China's market regulator": the owner is a mention of its own
                owner = [t.i for t in doc[start:end] if t.text in ("'s", "’s") and t.i > start]
                if owner:
                    start = owner[-1] + 1
                # "Arm Cortex CPU cores", "Nvidia H100": the maker is a mention of its own
                for form in self.maker_forms.get(entry.name, ()):
                    n = len(form)
                    if end - start > n and [t.text.lower() for t in doc[start : start + n]] == form:
                        start += n
                        break
                yield KgMention(start, end, entry.type, entry.name, LEXICON, entry, "lexicon")
        for match_id, start, end in self.gov_matcher(doc):
            tok = doc[start]
            # "Washington" or "Beijing" acting: a subject, a possessor, or an agent.
            nxt = doc[end] if end < len(doc) else None
            acting = tok.dep_ in ("nsubj", "nsubjpass", "poss") or (
                nxt is not None and nxt.text in ("'s", "’s")
            )
            if acting:
                entry = self.gov[vocab[match_id]]
                yield KgMention(
                    start, end, entry.type, entry.name, LEXICON + 1, entry, "government"
                )

    # -- shapes ---------------------------------------------------------------------------

    def _name_run_left(
        self, doc: Doc, end: int, limit: int = 5, *, allow_stop: bool = False
    ) -> int:
        """Start of the run of name-like tokens that ends at ``end`` (exclusive)."""
        start = end
        while start > 0 and end - start < limit:
            tok = doc[start - 1]
            if not _name_like(tok) or (tok.is_sent_start and tok.is_stop):
                break
            if (tok.text in self.stop and not allow_stop) or tok.lower_ in ("the", "and", "of"):
                break
            start -= 1
        return start

    def _name_run_right(self, doc: Doc, start: int, limit: int = 5) -> int:
        end = start
        while end < len(doc) and end - start < limit:
            tok = doc[end]
            if not _name_like(tok) or tok.text in self.stop or tok.text in self.not_brands:
                break
            end += 1
        # "T-Head": a hyphen between two name parts stays inside the name.
        if (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end].whitespace_
            and _name_like(doc[end + 1])
            and doc[end - 1].whitespace_ == ""
        ):
            end += 2
        return end

    def _is_model(self, tok: Token) -> bool:
        return bool(self.model_re.match(tok.text)) and not self.not_model_re.match(tok.text)

    def _may_shape(self, text: str) -> bool:
        """Whether a word can start any shape below, whatever its context and tags."""
        low = text.lower()
        return bool(
            low in self.company_suffixes
            or low in self.company_cues
            or self.model_re.match(text)
            or _NUMBER.match(text)
            or low == "nm"
            or low in self.product_heads
            or (low in self.agency_heads and text[:1].isupper())
            or text in _MEASURE_WORDS
        )

    def _shape_starts(self, doc: Doc) -> list[int]:
        """The tokens a shape can start at: most words of a text start none.

        A word's own form decides for every shape but the generic measure, whose head
        is a noun whose lemma names one ("restrictions"); the form's verdict is kept
        across documents.
        """
        known = self._form_starts
        if len(known) > 200_000:
            known.clear()
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, POS, LEMMA]).tolist()
        starts = []
        for i, (orth, pos, lemma) in enumerate(rows):
            may = known.get(orth)
            if may is None:
                may = known[orth] = self._may_shape(strings[orth])
            if may or (pos == NOUN and strings[lemma].lower() in self.policy_heads):
                starts.append(i)
        return starts

    def _shapes(self, doc: Doc) -> Iterable[KgMention]:
        n = len(doc)
        for i in self._shape_starts(doc):
            tok = doc[i]
            low = tok.lower_
            # company by suffix: "Ampere Computing", "Yangtze Memory Technologies Co"
            if (
                low in self.company_suffixes
                and _name_like(tok)
                and i > 0
                and tok.text not in self.stop
            ):
                start = self._name_run_left(doc, i)
                if start < i:
                    yield KgMention(start, i + 1, "COMPANY", "", SHAPE, method="company-suffix")
            # company by context: "chipmaker Sophgo", "consultancy Omdia"
            if (
                low in self.company_cues
                and tok.pos_ != "PROPN"
                and not _name_like(tok)
                and i + 1 < n
            ):
                end = self._name_run_right(doc, i + 1, limit=4)
                if (end > i + 1 and doc[i + 1].pos_ in ("PROPN", "NOUN", "X", "")) or (
                    end > i + 1 and not doc.has_annotation("TAG")
                ):
                    yield KgMention(i + 1, end, "COMPANY", "", SHAPE - 1, method="company-cue")
            # product by model number: "Ascend 910C", "Kirin 9000S", "H20", "Snapdragon 8 Elite"
            if self._is_model(tok) or (
                _NUMBER.match(tok.text)
                and not _YEAR.match(tok.text)
                and i > 0
                and _name_like(doc[i - 1])
                and not doc[i - 1].is_sent_start
            ):
                if i > 0 and doc[i - 1].lower_ in _CURRENCY:
                    continue
                start = self._name_run_left(doc, i, limit=3)
                while start < i and doc[start].text in self.not_brands:
                    start += 1
                if not self._is_model(tok) and start == i:
                    continue
                end = i + 1
                while end < n and (
                    doc[end].text in self.variants
                    or self._is_model(doc[end])
                    or (doc[end].text in ("X", "S") and end == i + 1)
                ):
                    end += 1
                yield KgMention(start, end, "PRODUCT", "", SHAPE, method="model-number")
            # process nodes: "3nm process", "7nm"
            if low == "nm" and i > 0 and doc[i - 1].like_num:
                end = i + 1
                if end < n and doc[end].lower_ in ("process", "node"):
                    end += 1
                label = f"{doc[i - 1].text}nm process"
                yield KgMention(i - 1, end, "TECHNOLOGY", label, SHAPE, method="process-node")
            # product by head noun: "Hanguang 800 inference chip", "Ernie models"
            if low in self.product_heads and tok.pos_ in ("NOUN", "PROPN"):
                for left in self._compound_names(doc, tok):
                    yield KgMention(
                        left[0], left[1], "PRODUCT", "", SHAPE - 1, method="product-head"
                    )
            # agency by name shape: "Ministry of Industry and Information Technology"
            if low in self.agency_heads and tok.text[:1].isupper():
                start = self._name_run_left(doc, i)
                end = i + 1
                while (
                    end + 1 < n
                    and doc[end].lower_ in ("of", "for", "on", "and")
                    and _name_like(doc[end + 1])
                ):
                    end = self._name_run_right(doc, end + 1)
                if end - start >= 2:
                    yield KgMention(start, end, "AGENCY", "", SHAPE, method="agency-shape")
            # named measure: "AI Diffusion Rule", "CHIPS and Science Act"
            if tok.text in _MEASURE_WORDS and i > 0:
                start = self._name_run_left(doc, i, allow_stop=True)
                while start > 1 and doc[start - 1].lower_ == "and" and _name_like(doc[start - 2]):
                    start = self._name_run_left(doc, start - 1)
                if start < i:
                    yield KgMention(start, i + 1, "POLICY", "", SHAPE, method="policy-name")
            # generic measure: "AI chip export restrictions", "a licence requirement"
            if (
                tok.pos_ == "NOUN"
                and tok.lemma_.lower() in self.policy_heads
                and tok.dep_ != "compound"
            ):
                span = self._policy_span(doc, tok)
                if span is not None:
                    yield KgMention(
                        span[0], span[1], "POLICY", "", SHAPE - 1, method="policy-phrase"
                    )

    def _compound_names(self, doc: Doc, head: Token) -> Iterable[tuple[int, int]]:
        """Name-like compounds before a product noun: "Tianchi" in "Tianchi supernode systems"."""
        j = head.i - 1
        # skip lower-case modifiers between the name and its head ("large language")
        while (
            j >= 0
            and head.i - j <= 3
            and doc[j].is_lower
            and doc[j].pos_ in ("NOUN", "ADJ", "PROPN")
        ):
            j -= 1
        if (
            j < 0
            or not _name_like(doc[j])
            or doc[j].text in self.stop
            or (doc[j].is_upper and len(doc[j]) <= 3)
        ):
            return
        start = self._name_run_left(doc, j + 1, limit=3)
        if start <= j and not doc[start].is_sent_start:
            yield start, j + 1

    def _policy_span(self, doc: Doc, head: Token) -> tuple[int, int] | None:
        """The words that name a measure headed by ``head``, or None when it names none."""
        # the modifiers before the head: "AI chip export restrictions", "October 2023 update"
        start = head.left_edge.i if doc.has_annotation("DEP") else head.i
        while start < head.i and (
            doc[start].lower_ in self.policy_drop
            or doc[start].pos_ in ("DET", "PRON", "PUNCT", "ADP", "CCONJ", "VERB", "ADV")
            or doc[start].tag_ == "POS"
            or doc[start].head.i > head.i
        ):
            start += 1
        if any(t.tag_ == "POS" or t.pos_ in ("VERB", "ADP") for t in doc[start : head.i]):
            start = (
                max(
                    t.i for t in doc[start : head.i] if t.tag_ == "POS" or t.pos_ in ("VERB", "ADP")
                )
                + 1
            )
        words = {t.lemma_.lower() for t in doc[start : head.i + 1]}
        # "would require a licence": a licence or permit is a measure only where one is demanded
        if head.lemma_.lower() in self.policy_demanded and start == head.i:
            verb = head.head.head if head.dep_ == "pobj" else head.head
            if verb.lemma_.lower() not in self.demanding_verbs:
                return None
            return start, head.i + 1
        if head.lemma_.lower() in self.policy_weak:
            preps = [
                c
                for c in head.children
                if c.dep_ == "prep" and c.lower_ in ("on", "to", "against", "by")
            ]
            objs = {gc.lemma_.lower() for p in preps for gc in p.subtree}
            qualified = bool((words | objs) & self.policy_qualifiers)
            owned = any(c.dep_ == "poss" for c in head.children) or any(
                p.lower_ == "by" for p in preps
            )
            if not qualified and (
                not owned or head.lemma_.lower() in ("update", "amendment", "expansion")
            ):
                return None
        return start, head.i + 1

    # -- the trained recogniser -----------------------------------------------------------

    def _ner(self, doc: Doc) -> Iterable[KgMention]:
        for ent in doc.ents:
            typ = _NER_TYPES.get(ent.label_)
            if typ is None:
                continue
            start, end = ent.start, ent.end
            while (start < end and doc[start].pos_ in ("DET",)) or (
                start < end and doc[start].lower_ == "the"
            ):
                start += 1
            while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
                end -= 1
            if start >= end:
                continue
            text = doc[start:end].text
            if (
                text in self.stop
                or text.lower() in self.stop_lower
                or not any(_name_like(t) for t in doc[start:end])
            ):
                continue
            if typ == "COMPANY" and doc[end - 1].lower_ in self.agency_heads:
                typ = "AGENCY"
            if typ == "PERSON" and end - start == 1 and doc[start].pos_ != "PROPN":
                continue
            # a place the lexicon does not know is one only where the text puts something
            # in it ("a plant in Leuven"); elsewhere the recogniser often takes a firm for one
            if typ == "LOCATION":
                before = doc[start - 1] if start > 0 else None
                after = doc[end : end + 2]
                placed = before is not None and before.lower_ in self.place_preps
                based = len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based"
                if not (placed or based):
                    continue
            yield KgMention(start, end, typ, "", NER, method=f"ner-{ent.label_.lower()}")

    # -- putting it together --------------------------------------------------------------

    def _candidates(self, doc: Doc) -> list[KgMention]:
        cands = list(self._lexicon(doc))
        cands.extend(self._shapes(doc))
        if doc.has_annotation("ENT_IOB"):
            cands.extend(self._ner(doc))
        return cands

    @staticmethod
    def _select(cands: list[KgMention]) -> list[KgMention]:
        """Choose non-overlapping mentions, the more trusted and then the longer first."""

        def rank(m: KgMention) -> tuple:
            return (-m.priority, -(m.end - m.start), m.start)

        chosen: list[KgMention] = []
        taken: dict[int, KgMention] = {}
        for m in sorted(cands, key=rank):
            clash = {taken[i].start for i in range(m.start, m.end) if i in taken}
            if not clash:
                chosen.append(m)
                for i in range(m.start, m.end):
                    taken[i] = m
                continue
            # a measure named after its issuer: "US tariffs" keeps "tariffs" beside "US";
            # a model named after its maker: "Vivo X300" keeps "X300" beside "Vivo"
            if m.type == "POLICY" or (
                m.type == "PRODUCT"
                and m.method == "model-number"
                and all(taken[i].type == "COMPANY" for i in range(m.start, m.end) if i in taken)
            ):
                cut = max(i for i in range(m.start, m.end) if i in taken) + 1
                if cut < m.end and all(i not in taken for i in range(cut, m.end)):
                    trimmed = KgMention(cut, m.end, m.type, m.label, m.priority, m.entry, m.method)
                    chosen.append(trimmed)
                    for i in range(cut, m.end):
                        taken[i] = trimmed
                continue
            # a model number or a longer name that extends a family of the same type
            olds = {id(taken[i]): taken[i] for i in range(m.start, m.end) if i in taken}
            if all(
                o.type == m.type
                and o.start == m.start
                and o.end <= m.end
                and (o.end - o.start) < (m.end - m.start)
                and m.method in ("model-number", "company-suffix")
                for o in olds.values()
            ):
                for o in olds.values():
                    chosen.remove(o)
                chosen.append(m)
                for i in range(m.start, m.end):
                    taken[i] = m
        return sorted(chosen, key=lambda m: m.start)

    def _label(self, doc: Doc, m: KgMention) -> str:
        if m.label:
            return m.label
        words = [t for t in doc[m.start : m.end]]
        if m.type == "POLICY":
            while words and words[0].lower_ in self.policy_drop:
                words = words[1:]
        text = "".join(t.text_with_ws for t in words)
        return clean_label(text)

    def _resolve(self, doc: Doc, mentions: list[KgMention]) -> list[KgMention]:
        """Resolve mentions to canonical labels within the document."""
        for m in mentions:
            m.label = self._label(doc, m)
        mentions = [m for m in mentions if m.label and m.label.lower() not in self.stop_lower]
        # An acronym defined in parentheses names the entity before it: "Bureau of ... (BIS)".
        by_start = {m.start: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        extra = []
        for m in mentions:
            if m.end + 1 >= len(doc) or doc[m.end].text != "(":
                continue
            close = next(
                (k for k in range(m.end + 1, min(m.end + 6, len(doc))) if doc[k].text == ")"),
                None,
            )
            if close is None or close == m.end + 1:
                continue
            inner = doc[m.end + 1 : close]
            other = by_start.get(m.end + 1)
            if other is not None and other.end == close:
                # one of the two is unknown to the lexicon: it takes the other's identity;
                # two known entities stay apart ("SMIC (China)")
                if other.entry is not None and m.entry is None:
                    m.label, m.entry, m.type = other.label, other.entry, other.type
                elif other.entry is None:
                    other.label, other.entry, other.type = m.label, m.entry, m.type
            elif (
                other is None
                and len(inner) == 1
                and not any(i in covered for i in range(inner.start, inner.end))
                and sum(c.isupper() for c in inner.text) >= max(2, len(inner.text) // 2)
            ):
                extra.append(
                    KgMention(inner.start, inner.end, m.type, m.label, DEFINED, m.entry, "acronym")
                )
        mentions = sorted(mentions + extra, key=lambda m: m.start)
        # Later short forms name an earlier full name: "Huang" for "Jensen Huang", "Micron".
        persons = [m for m in mentions if m.type == "PERSON" and m.end - m.start > 1]
        companies = [m for m in mentions if m.type == "COMPANY" and m.entry is None]
        for m in mentions:
            if m.type == "PERSON" and m.end - m.start == 1:
                for p in persons:
                    if doc[m.start].text in p.label.split() and p is not m:
                        m.label, m.entry = p.label, p.entry
                        break
            if m.type == "COMPANY" and m.entry is None:
                for c in companies:
                    if (
                        c is not m
                        and len(c.label) > len(m.label)
                        and c.label.startswith(m.label + " ")
                    ):
                        m.label = c.label
                        break
        covered = {i for m in mentions for i in range(m.start, m.end)}
        surnames = {}
        for p in persons:
            for part in p.label.split():
                surnames.setdefault(part, p)
        for tok in doc if surnames else ():
            if (
                tok.i not in covered
                and tok.text in surnames
                and tok.pos_ in ("PROPN", "")
                and tok.text[:1].isupper()
            ):
                p = surnames[tok.text]
                mentions.append(
                    KgMention(tok.i, tok.i + 1, "PERSON", p.label, DEFINED, p.entry, "surname")
                )
        # "the directive", "the rule": a bare definite measure is the measure named before
        policies: list[KgMention] = []
        for m in mentions:
            if m.type != "POLICY":
                continue
            bare = (
                m.method == "policy-phrase"
                and m.end - m.start == 1
                and m.start > 0
                and doc[m.start - 1].lower_ in ("the", "this", "that")
            )
            if bare and policies:
                m.label, m.entry = policies[-1].label, policies[-1].entry
            elif not bare:
                policies.append(m)
        # A known event followed by its year: "Computex 2025".
        for m in mentions:
            if (
                m.type == "EVENT"
                and m.end < len(doc)
                and _YEAR.match(doc[m.end].text)
                and all(o.start != m.end for o in mentions)
            ):
                m.label = f"{m.label} {doc[m.end].text}"
                m.end += 1
        return sorted(mentions, key=lambda m: m.start)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self._resolve(doc, self._select(self._candidates(doc)))
        doc._.kg_mentions = mentions
        spans = []
        for m in mentions:
            span = Span(doc, m.start, m.end, label=m.type)
            spans.append(span)
        doc.ents = filter_spans(spans)
        return doc

    def entity(self, m: KgMention) -> Entity:
        """The canonical :class:`~kg.records.Entity` a mention resolves to."""
        aliases: tuple[str, ...] = ()
        wikidata = ""
        if m.entry is not None:
            aliases = tuple(a for a in m.entry.aliases if a != m.label)
            wikidata = m.entry.wikidata
        return Entity(entity_id(m.type, m.label), m.label, m.type, aliases, wikidata)


if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)


@Language.factory(
    "kg_entities",
    requires=["token.pos", "token.dep"],
    assigns=["doc.ents", "doc._.kg_mentions"],
    default_config={"rules_dir": None},
)
def make_entity_recognizer(nlp: Language, name: str, rules_dir: str | None) -> EntityRecognizer:
    """Create the ``kg_entities`` component with the package's rules or those in ``rules_dir``."""
    return EntityRecognizer(nlp, name, load_rules(rules_dir))
