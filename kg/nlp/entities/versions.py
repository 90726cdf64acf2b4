"""A product's version written after its family's name: "Grok 4", "Gemini 2.5 Pro", "Claude
Opus 4.1", "o3-pro", "Qwen2.5-Max", "DeepSeek-V3.2". The version names a product of its own,
as annotators name it, where the family's name alone was found."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from kg.nlp.entities.mention import KgMention
from kg.nlp.entities.patterns import EntityPatterns
from kg.nlp.rules import LexiconEntry

__all__ = ["product_names", "versioned"]

#: A version's number: "4", "2.5", "v3", "4o" (not "2x", a ratio).
_VERSION = re.compile(r"^[vV]?\d{1,2}(?:\.\d{1,2})?o?$")
#: A version's number run into a letter, after a hyphen: "V3.2", "R1".
_GLUED_VERSION = re.compile(r"^[A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?[A-Za-z]{0,2}$")
#: Tiers of a model written beside its number: "Claude Opus 4.1", "Gemini 2.5 Flash".
_TIERS = frozenset(("opus", "sonnet", "haiku", "flash", "turbo", "nano"))
#: Words after a number that make it an amount or a date, not a version: "sold 3 million",
#: "Gemini 12 November".
_AMOUNTS = frozenset(
    (
        "%", "percent", "per", "million", "billion", "trillion", "crore", "lakh", "bn", "mn",
        "year", "month", "week", "day", "hour", "point", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec",
    )
)  # fmt: skip
#: Units of a rating a model's name may end in: "V236-15.0 MW".
_RATINGS = frozenset(("MW", "GW", "kW"))


def _key(name: str) -> str:
    """A product's name as compared: "GLM 4.5" and "GLM-4.5" are one name."""
    return re.sub(r"[\s\-]", "", name.lower())


def product_names(entries: Iterable[LexiconEntry]) -> dict[str, LexiconEntry]:
    """The lexicon's products by each of their names, as :func:`versioned` compares them."""
    return {_key(name): e for e in entries if e.type == "PRODUCT" for name in (e.name, *e.aliases)}


def versioned(
    p: EntityPatterns,
    doc: Doc,
    chosen: list[KgMention],
    known: dict[str, LexiconEntry] | None = None,
) -> list[KgMention]:
    """``chosen``, with each product's name taken on over the version written after it, and
    a firm's name hyphened to a version ("DeepSeek-V3.2") read as the product it names; a
    name the lexicon ``known`` holds, however spaced or hyphened, is its entry's."""
    known = known or {}
    owner = {i: m for m in chosen for i in range(m.start, m.end)}
    out: list[KgMention] = []
    dropped: set[int] = set()
    for m in chosen:
        if id(m) in dropped:
            continue
        end = m.end
        if m.type == "PRODUCT":
            end = _version_end(p, doc, m.end, owner)
        elif (
            m.type == "COMPANY" and _glued(doc, m.end) and _GLUED_VERSION.match(doc[m.end + 1].text)
        ):
            end = m.end + 2
            # (a product the lexicon knows by the version alone is the firm's only where it
            # knows the whole name as that product's too: "DeepSeek-R1" is one model;
            # "Nvidia-H20" is Nvidia and its H20)
            versions = [owner[i].entry for i in (m.end, m.end + 1) if i in owner]
            versions = [e for e in versions if e is not None]
            whole = known.get(_key(doc[m.start : end].text))
            if versions and not any(whole is e for e in versions):
                end = m.end
        if end == m.end:
            out.append(m)
            continue
        # (a version the lexicon read on its own: "-V3.2")
        for i in range(m.end, end):
            if i in owner and owner[i] is not m:
                dropped.add(id(owner[i]))
        out = [o for o in out if id(o) not in dropped]
        label = doc[m.start : end].text
        entry = known.get(_key(label))
        if entry is not None:
            label = entry.name
        out.append(KgMention(m.start, end, "PRODUCT", label, m.priority, entry, "version"))
    return [m for m in out if id(m) not in dropped]


def _glued(doc: Doc, i: int) -> bool:
    """Whether a hyphen at ``i`` joins the words on either side, with no space."""
    return (
        i + 1 < len(doc)
        and doc[i].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i].whitespace_
    )


def _version_end(p: EntityPatterns, doc: Doc, end: int, owner: dict[int, KgMention]) -> int:
    """Where a product's name ends once the version after ``end`` is taken on."""
    n = len(doc)
    first = end
    numbered = any(c.isdigit() for c in doc[end - 1].text)
    while end < n:
        t = doc[end]
        after = doc[end + 1] if end + 1 < n else None
        # "o3-pro", "Qwen2.5-Max", "Grok-3" (not a range: "iPhone 12-15")
        if _glued(doc, end) and after is not None:
            word = after.text
            variant = word in p.variants or word.title() in p.variants
            numbers = doc[end - 1].text.isdigit() and word.isdigit()
            if not numbers and (_GLUED_VERSION.match(word) or variant or word.lower() in _TIERS):
                end += 2
                numbered = numbered or any(c.isdigit() for c in word)
                # "Vestas's V236-15.0 MW": a turbine's rating is in its model's name
                if end < n and numbered and doc[end].text in _RATINGS:
                    end += 1
                continue
            break
        # (the next name's own words are not this one's; but a name the recogniser read
        # as opening with the version is the version: "Gemini 2.5 Flash", with "2.5 Flash"
        # read as a person)
        other = owner.get(end)
        misread = other is not None and other.method.startswith("ner") and other.start >= first
        if other is not None and other.type != "PRODUCT" and not misread:
            break
        # (one number only, and not one straight after another: "the iPhone 17 9
        # September" is no "iPhone 17 9")
        version = (
            _VERSION.match(t.text) is not None
            and p.year_re.match(t.text) is None
            and not any(c.isdigit() for c in doc[end - 1].text)
            and not (after is not None and (after.lower_ in _AMOUNTS or after.tag_ == "NNS"))
        )
        if version:
            end += 1
            numbered = True
            continue
        # "Gemini 2.5 Pro" (a variant after the number), "Claude Opus 4.1" (a tier before it)
        tier = t.text in p.variants or (t.lower_ in _TIERS and t.text[:1].isupper())
        next_version = after is not None and _VERSION.match(after.text) is not None
        if tier and (numbered or next_version):
            end += 1
            continue
        break
    return end
