"""What the whole document says of a name: a country's other name listed among firms is a
firm's, a name the trained recogniser typed takes the type another finder gave it in the
same text, a name found once is found where the text repeats it, "the ... agency" after a
country is that country's body, and "the Trump administration" is the government."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from kg.nlp.entities.mention import NER, KgMention, name_like, tokens_where
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["administrations", "agency_phrases", "agree_types", "firm_aliases", "repeated"]


def firm_aliases(doc: Doc, mentions: list[KgMention]) -> None:
    """Give, in place, a country's other name listed among firms the firm's type: "its
    customers include IndiGo and Emirates" names an airline, not the UAE."""
    countries = [m for m in mentions if m.type == "COUNTRY" and m.entry is not None]
    if not countries:
        return
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in countries:
        span = doc[m.start : m.end]
        # ("Micron and the Indian government": a government is no firm's other name)
        if span.text == m.label or doc[m.end - 1].lower_ in _GOVERNMENT:
            continue
        # ("Humain and Korea's Naver Cloud": a country that owns is no firm)
        if m.end < len(doc) and doc[m.end].tag_ == "POS":
            continue
        # ("Huawei and US chipmaker Micron": a country's short name, or one before a noun
        # it describes, is the country)
        if (span.text.isupper() and len(span.text) <= 3) or (
            m.end < len(doc) and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN"
        ):
            continue
        root = span.root
        listed = [root.head] if root.dep_ == "conj" else []
        listed += [c for c in root.children if c.dep_ == "conj"]
        others = [at.get(t.i) for t in listed]
        if others and all(o is not None and o.type == "COMPANY" for o in others):
            m.type, m.label, m.entry = "COMPANY", span.text, None
            m.method += "+context"


#: Words that make a country's name its government: "the Indian government".
_GOVERNMENT = frozenset(("government", "administration", "authorities", "officials", "cabinet"))


def agree_types(doc: Doc, mentions: list[KgMention]) -> None:
    """Give, in place, a name the trained recogniser typed the type another finder gave the
    same name in the document: "Metsera, a developer of obesity drugs" is a firm, and so is
    the "Metsera" the recogniser took for a person two sentences later."""

    def words(m: KgMention) -> str:
        return doc[m.start : m.end].text.lower()

    trained = [
        m for m in mentions if m.method.startswith("ner-") and not m.method.endswith("+context")
    ]
    if not trained:
        return
    known: dict[str, str] = {}
    for m in mentions:
        if not m.method.startswith("ner-") or m.method.endswith("+context"):
            known.setdefault(words(m), m.type)
    # "Baikal Electronics ... Baikal's Arm-based Baikal-M": a firm's first word alone,
    # taken for a person, is the firm named before
    firsts = {
        doc[m.start].lower_: m.start
        for m in mentions
        if m.type == "COMPANY" and m.end - m.start > 1 and not m.method.startswith("ner-")
    }
    for m in trained:
        found = known.get(words(m))
        first = firsts.get(words(m), len(doc))
        if found is None and m.type == "PERSON" and m.end - m.start == 1 and first < m.start:
            found = "COMPANY"
        if found is not None and found != m.type:
            m.type = found
            m.method += "+context"


def agency_phrases(doc: Doc, p: EntityPatterns, mentions: list[KgMention]) -> Iterable[KgMention]:
    """Government bodies named in lower case after their country: "China's commerce
    ministry", "Britain's competition watchdog", "the Dutch foreign ministry". The label
    names the country: "China's commerce ministry" whichever way the text named China."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    misread = p.rules.words("clause", "misread_verbs", table="grammar")
    for tok in tokens_where(doc, LOWER, p.agency_words | _CENTRAL):
        # a description of a body named beside it ("BIS, the US export control agency") or
        # of several ("South Korea's regulators") is no body of its own
        # ("Korea's antitrust regulator fines Google": a headline's verb read as a noun that
        # the body's name is a compound of)
        headline = tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.lemma_ in misread
        if (
            tok.i in at
            or not tok.is_lower
            or tok.pos_ not in ("NOUN", "PROPN")
            or tok.tag_ == "NNS"
            or (tok.dep_ in ("compound", "appos", "attr") and not headline)
        ):
            continue
        lemma = tok.lemma_.lower()
        # "the UAE's central bank" is a body of government; "a Chinese bank" is not
        if lemma in _CENTRAL:
            if not any(c.lower_ == "central" for c in tok.children):
                continue
        elif lemma not in p.agency_heads and lemma not in p.agency_cues:
            continue
        # ("the Dutch cabinet" is the government itself, the country; a shadow one is not)
        if lemma in _GOVERNMENTS and not any(c.lower_ == "shadow" for c in tok.children):
            continue
        # "regulator Ofwat": the name after it is the body
        if tok.i + 1 < len(doc) and name_like(doc[tok.i + 1]):
            continue
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        country = None
        for c in [*tok.children, *(tok.head.children if headline else ())]:
            m = at.get(c.i)
            if (
                c.i < tok.i
                and m is not None
                and m.type == "COUNTRY"
                and c.dep_ in ("poss", "amod", "compound")
            ):
                country = m
        if country is None or any(w.i in at for w in words if at.get(w.i) is not country):
            continue
        start = min([w.i for w in words if at.get(w.i) is not country] + [tok.i])
        opens = min(start, country.start)
        if opens > 1 and doc[opens - 1].lower_ == "the" and doc[opens - 2].text == ",":
            continue
        if any(doc[k].i in at or not doc[k].is_lower for k in range(start, tok.i + 1)):
            continue
        phrase = doc[start : tok.i + 1].text.lower()
        yield KgMention(
            start, tok.i + 1, "AGENCY", f"{country.label}'s {phrase}", NER, method="agency-phrase"
        )


#: Nouns that name a body of government when "central" says so: "its central bank".
_CENTRAL = frozenset(("bank",))


#: Nouns after a leader's name that stand for the government they lead.
_GOVERNMENTS = frozenset(("administration", "government", "cabinet"))


def administrations(p: EntityPatterns, doc: Doc, mentions: list[KgMention]) -> list[KgMention]:
    """A leader's government stands for the country: "the Biden administration", "the Modi
    government" act as the United States and India."""
    out = []
    for m in mentions:
        country = m.entry.country if m.type == "PERSON" and m.entry is not None else ""
        entry = p.rules.by_name.get(country)
        if (
            entry is not None
            and entry.type == "COUNTRY"
            and m.end < len(doc)
            and doc[m.end].lower_ in _GOVERNMENTS
        ):
            m = KgMention(
                m.start, m.end + 1, "COUNTRY", entry.name, m.priority, entry, "government"
            )
        out.append(m)
    return out


def repeated(doc: Doc, mentions: list[KgMention]) -> Iterable[KgMention]:
    """The other places a typed name no lexicon knows is written again: "Insmed, based in
    Bridgewater" types "Insmed" in "Insmed's Brinsupri" too."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    named: dict[tuple[str, ...], KgMention] = {}
    for m in mentions:
        if m.entry is None and m.type in _REPEATED and 0 < m.end - m.start <= 4:
            named.setdefault(tuple(t.text for t in doc[m.start : m.end]), m)
    if not named:
        return
    firsts = {words[0] for words in named}
    for tok in tokens_where(doc, ORTH, firsts):
        if tok.i in covered:
            continue
        for words, m in named.items():
            end = tok.i + len(words)
            if (
                words[0] == tok.text
                and tuple(t.text for t in doc[tok.i : end]) == words
                and not any(k in covered for k in range(tok.i, end))
                and (end == len(doc) or not name_like(doc[end]))
            ):
                covered.update(range(tok.i, end))
                yield KgMention(tok.i, end, m.type, "", m.priority, method="repeated")
                break


#: Types whose names, found once, are found wherever the text repeats them.
_REPEATED = frozenset(("COMPANY", "AGENCY", "PRODUCT"))
