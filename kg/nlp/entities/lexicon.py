"""Mentions of the entities a lexicon names, by any of their names: case matters for one
word ("Arm" the firm, "arm" the limb), not for longer names, and a capital ("Washington")
stands for its government only where it acts."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from kg.nlp.entities.mention import LEXICON, KgMention
from kg.nlp.entities.unknown import english_words, is_english
from kg.nlp.rules import LexiconEntry, Rules

__all__ = ["LexiconMatcher"]


class LexiconMatcher:
    """Find the mentions of a rule set's lexicon entries in a ``Doc``."""

    def __init__(
        self, nlp: Language, rules: Rules, agency_heads: frozenset[str] = frozenset()
    ) -> None:
        self.rules = rules
        self.agency_heads = agency_heads
        self.titles = rules.words("titles", "words")
        self.words = english_words()
        # each country's names, lower-cased: whose a body is ("India's commerce ministry")
        self.country_names: dict[str, str] = {
            name.lower(): e.name
            for e in rules.lexicon
            if e.type == "COUNTRY"
            for name in (e.name, *e.aliases, *e.gov_aliases)
        }
        # every one-word name, lower-cased: a known name before a code names its maker
        self.names: frozenset[str] = frozenset(
            name.lower() for e in rules.lexicon for name in (e.name, *e.aliases) if " " not in name
        )
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

        # a name as written is another's in capitals only where no entry is written so:
        # "BOE" is BOE Technology, "BoE" the Bank of England
        written = {a for e in self.rules.lexicon for a in (e.name, *e.aliases)}
        for entry in self.rules.lexicon:
            key = f"{entry.type}|{entry.name}"
            self.entries[key] = entry
            for alias in {entry.name, *entry.aliases}:
                doc = make_doc(alias)
                if len(doc) == 0:
                    continue
                # One word: case matters ("Arm" the company, "arm" the limb).
                if len(doc) == 1 and not any(c.isdigit() for c in alias):
                    capitals = {alias.upper()} - written
                    for variant in {alias, *capitals}:
                        exact.setdefault(key, []).append(make_doc(variant))
                else:
                    folded.setdefault(key, []).append(doc)
            for alias in entry.gov_aliases:
                self.gov[alias] = entry
        self.maker_forms: dict[str, list[list[str]]] = {}
        # each product's maker's one-word names, lower-cased
        self.makers: dict[str, frozenset[str]] = {}
        for entry in self.rules.lexicon:
            maker = self.rules.by_name.get(entry.maker) if entry.maker else None
            if maker is not None:
                forms = {maker.name, *maker.aliases}
                self.maker_forms[entry.name] = [
                    [t.text.lower() for t in make_doc(f)]
                    for f in sorted(forms, key=len, reverse=True)
                ]
                self.makers[entry.name] = frozenset(f.lower() for f in forms if " " not in f)
        # "US Treasury", "US entity list": the country a body or measure of it is named after
        # is a mention of its own
        self.country_forms: dict[str, list[list[str]]] = {}
        for entry in self.rules.lexicon:
            country = self.rules.by_name.get(entry.country) if entry.country else None
            if country is not None and entry.type in ("AGENCY", "POLICY"):
                forms = {country.name, *country.aliases}
                self.country_forms[entry.name] = [
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

    def _body_of_country(self, doc: Doc, start: int, end: int, entry: LexiconEntry) -> bool:
        """ "China's commerce ministry": a government body named in lower case, which is the
        entry only where its country is named with it."""
        if (
            entry.type != "AGENCY"
            or not entry.country
            or doc[end - 1].lower_ not in self.agency_heads
        ):
            return False
        k = start - 1
        if k > 0 and doc[k].text in ("'s", "’s", "'"):
            k -= 1
        if k < 0:
            return False
        # the owner's whole name ends at k: "the United States'", "Beijing's"
        for n in (3, 2, 1):
            owner = doc[max(k - n + 1, 0) : k + 1].text.lower()
            if owner in self.country_names:
                return self.country_names[owner] == entry.country
        return False

    def _other_country(self, doc: Doc, start: int, entry: LexiconEntry) -> bool:
        """Whether the country named right before a body ("Thai", "Taiwan's") is not the
        one the lexicon gives it."""
        if not entry.country or start == 0:
            return False
        k = start - 1
        if k > 0 and doc[k].text in ("'s", "’s", "'"):
            k -= 1
        for n in (3, 2, 1):
            owner = doc[max(k - n + 1, 0) : k + 1].text.lower()
            if owner in self.country_names:
                return self.country_names[owner] != entry.country
        return False

    def _end_of_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a firm's name ends a longer name the lexicon does not know: the parser
        joins an unknown capitalised word before it ("Hana Micron" is not Micron)."""
        if start == 0:
            return False
        before = doc[start - 1]
        return (
            before.pos_ == "PROPN"
            and before.dep_ == "compound"
            and start <= before.head.i < end
            and before.is_alpha
            and before.text[:1].isupper()
            # ("PT Vale Indonesia": a legal form before the name)
            and not before.text.isupper()
            and not before.is_sent_start
            and before.lower_ not in self.names
            and before.lower_ not in self.titles
            # (no English word: "Chinese Carmaker BYD Overtakes Tesla", a headline's capitals)
            and bool(self.words)
            and not is_english(before.lower_, self.words)
        )

    def __call__(self, doc: Doc) -> Iterable[KgMention]:
        """The lexicon's mentions in ``doc``, and the capitals that stand for a government."""
        vocab = doc.vocab.strings
        words: set[str] | None = None
        for matcher in (self.exact, self.folded):
            for match_id, start, end in matcher(doc):
                entry = self.entries[vocab[match_id]]
                if (
                    matcher is self.folded
                    and not self._case_agrees(doc[start:end], entry)
                    and not self._body_of_country(doc, start, end, entry)
                ):
                    continue
                # "the Thai Food and Drug Administration": another country's body of the
                # same name
                if entry.type == "AGENCY" and self._other_country(doc, start, entry):
                    continue
                # "Korean packager Hana Micron": a firm's name at the end of another's
                if entry.type == "COMPANY" and self._end_of_name(doc, start, end):
                    continue
                # "Nereid N2": a process's short code at the end of another's name (a firm's
                # own, "TSMC N2", is found: its maker is named in the lexicon)
                if entry.type == "TECHNOLOGY" and _model_of_name(doc, start, end, self.names):
                    continue
                # "Taishan V3 cores", "Neoverse V3": a product's short code after a name that
                # is not its maker's is the end of another product's name (not "DeepSeek
                # V3", "Nvidia H20")
                if entry.type == "PRODUCT" and _model_of_name(
                    doc, start, end, self.makers.get(entry.name, frozenset())
                ):
                    continue
                # "Rivian said the R2 would ...": a code of two characters names a maker's
                # product only in a text that names the maker ("DeepSeek released R1")
                makers = self.makers.get(entry.name)
                short = end - start == 1 and len(doc[start].text) <= 2
                if entry.type == "PRODUCT" and makers and short:
                    words = {t.lower_ for t in doc} if words is None else words
                    if not makers & words:
                        continue
                # "China's market regulator": the owner is a mention of its own
                owner = [i for i in range(start + 1, end) if doc[i].text in ("'s", "’s")]
                if owner:
                    start = owner[-1] + 1
                # "the US-China tariff truce": the parties named before a measure are mentions
                # of their own
                if (
                    entry.type == "POLICY"
                    and end - start > 3
                    and doc[start + 1].text == "-"
                    and doc[start].text.lower() in self.country_names
                    and doc[start + 2].text.lower() in self.country_names
                ):
                    start += 3
                # "Arm Cortex CPU cores", "Nvidia H100": the maker is a mention of its own
                forms = [
                    *self.maker_forms.get(entry.name, ()),
                    *self.country_forms.get(entry.name, ()),
                ]
                for form in forms:
                    n = len(form)
                    if end - start > n and [t.text.lower() for t in doc[start : start + n]] == form:
                        start += n
                        break
                yield KgMention(start, end, entry.type, entry.name, LEXICON, entry, "lexicon")
        for match_id, start, end in self.gov_matcher(doc):
            if _acting(doc[start:end]):
                entry = self.gov[vocab[match_id]]
                yield KgMention(
                    start, end, entry.type, entry.name, LEXICON + 1, entry, "government"
                )


def _model_of_name(doc: Doc, start: int, end: int, names: frozenset[str]) -> bool:
    """Whether a one-word code ("N2") follows a capitalised word the lexicon does not
    know, in the middle of a sentence: the end of a product's name ("Nereid N2")."""
    if end - start != 1 or start == 0 or not any(c.isdigit() for c in doc[start].text):
        return False
    before = doc[start - 1]
    return (
        before.text[:1].isupper()
        and before.is_alpha
        and not before.is_sent_start
        and before.text.lower() not in names
    )


#: Verbs whose object a capital stands for a government in: "pressing The Hague to curb".
_PRESSED = frozenset(("press", "urge", "pressure", "lobby", "persuade", "ask", "push", "call"))
#: Nouns of what only a government gives: "a licence from The Hague".
_GRANTED = frozenset(("licence", "license", "permit", "approval", "permission", "clearance"))


#: Deals and the verbs of making them, whose "with" names a party: "a deal with Washington".
_AGREED = frozenset(
    (
        "deal", "agreement", "pact", "truce", "talk", "negotiation", "accord", "treaty",
        "framework", "strike", "sign", "reach", "negotiate", "agree", "conclude", "seal",
        # and of working together: "will work with Washington to curb exports"
        "work", "cooperate", "coordinate", "collaborate", "partner", "team", "align",
        "coordination", "cooperation", "talks",
    )
)  # fmt: skip


def _acting(span: Span) -> bool:
    """Whether a capital stands for its government: "Washington" or "Beijing" as a
    subject, a possessor, an agent, the one pressed to act, the giver of a licence, or a
    party to a deal."""
    doc, tok = span.doc, span.root
    nxt = doc[span.end] if span.end < len(doc) else None
    if tok.dep_ in ("nsubj", "nsubjpass", "poss") or (nxt is not None and nxt.text in ("'s", "’s")):
        return True
    # "Washington barred ...", however the parser hung it: a sentence's first word before its verb
    if span.start == span.sent.start and nxt is not None and nxt.tag_ in ("VBD", "VBZ", "MD"):
        return True
    # "Brussels and Tokyo struck a partnership": a capital beside an acting one
    if tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _PRESSED:
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("from", "by"):
        holder = tok.head.head
        return tok.head.lower_ == "by" or holder.lemma_.lower() in _GRANTED
    # "its trade deal with Washington", "the deal struck with Washington": a party to a deal
    if tok.dep_ == "pobj" and tok.head.lower_ == "with":
        return tok.head.head.lemma_.lower() in _AGREED
    # "the accord between Washington and Tokyo": the parties of a deal
    first = tok.head if tok.dep_ == "conj" else tok
    if first.dep_ == "pobj" and first.head.lower_ == "between":
        return first.head.head.lemma_.lower() in _AGREED
    return False
