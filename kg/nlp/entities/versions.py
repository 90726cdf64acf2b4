"""A product's version written after its family's name: "Grok 4", "Gemini 2.5 Pro", "Claude
Opus 4.1", "o3-pro", "Qwen2.5-Max", "DeepSeek-V3.2". The version names a product of its own,
as annotators name it, where the family's name alone was found."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.nlp.entities.mention import KgMention
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["versioned"]

#: A version's number: "4", "2.5", "v3", "4o".
_VERSION = re.compile(r"^[vV]?\d{1,2}(?:\.\d{1,2})?[a-z]?$")
#: A version's number run into a letter, after a hyphen: "V3.2", "R1".
_GLUED_VERSION = re.compile(r"^[A-Za-z]{0,2}\d{1,2}(?:\.\d{1,2})?[A-Za-z]{0,2}$")
#: Tiers of a model written beside its number: "Claude Opus 4.1", "Gemini 2.5 Flash".
_TIERS = frozenset(("opus", "sonnet", "haiku", "flash", "turbo", "nano"))
#: Units of a rating a model's name may end in: "V236-15.0 MW".
_RATINGS = frozenset(("MW", "GW", "kW"))
#: Words after a number that make it an amount, not a version: "sold 3 million", "H20 5%".
_AMOUNTS = frozenset(
    ("%", "percent", "per", "million", "billion", "trillion", "crore", "lakh", "bn", "mn")
)


def versioned(p: EntityPatterns, doc: Doc, chosen: list[KgMention]) -> list[KgMention]:
    """``chosen``, with each product's name taken on over the version written after it, and
    a firm's name hyphened to a version ("DeepSeek-V3.2") read as the product it names."""
    owner = {i: m for m in chosen for i in range(m.start, m.end)}
    out: list[KgMention] = []
    dropped: set[int] = set()
    for m in chosen:
        if id(m) in dropped:
            continue
        if m.type == "PRODUCT":
            end = _version_end(p, doc, m.end, owner)
        elif (
            m.type == "COMPANY" and _glued(doc, m.end) and _GLUED_VERSION.match(doc[m.end + 1].text)
        ):
            end = m.end + 2
        else:
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
        out.append(KgMention(m.start, end, "PRODUCT", label, m.priority, None, "version"))
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
        # "o3-pro", "Qwen2.5-Max", "Grok-3"
        if _glued(doc, end) and after is not None:
            word = after.text
            variant = word in p.variants or word.title() in p.variants
            if _GLUED_VERSION.match(word) or variant or word.lower() in _TIERS:
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
        version = (
            _VERSION.match(t.text) is not None
            and p.year_re.match(t.text) is None
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
