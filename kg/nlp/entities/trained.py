"""Mentions from the trained recogniser, where it is right: its labels mapped to node
types, names the graph does not hold dropped, places kept only where the text puts
something in them."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from kg.nlp.entities.facilities import named_facility
from kg.nlp.entities.mention import FUNDING_ROUND, NER, KgMention, name_like
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["shadowed_by_name", "trained_mentions"]


def trained_mentions(p: EntityPatterns, doc: Doc) -> Iterable[KgMention]:
    """The trained recogniser's entities (``doc.ents``) that name a node of the graph,
    typed, trimmed and checked against what the recogniser often gets wrong."""
    ents = [part for ent in doc.ents for part in _split_listed(doc, ent)]
    for k, ent in enumerate(ents):
        typ = p.trained_types.get(ent.label_)
        if typ is None:
            continue
        start, end = ent.start, ent.end
        # a firm's name read as a firm and a person: "Lockheed Martin", "Booz Allen"
        after = ents[k + 1] if k + 1 < len(ents) else None
        if (
            typ == "COMPANY"
            and after is not None
            and after.start == end
            and p.trained_types.get(after.label_) == "PERSON"
            and doc[end - 1].dep_ == "compound"
            and after.start <= doc[end - 1].head.i < after.end
        ):
            end = after.end
            ents[k + 1] = doc[end:end]
        while (start < end and doc[start].pos_ in ("DET",)) or (
            start < end and doc[start].lower_ == "the"
        ):
            start += 1
        # "defence start-up Helsing", "miner Tianqi": the noun that says what the name is,
        # run into it, is no part of it, and says it is a firm
        cued = False
        while start < end - 1 and doc[start].is_lower and doc[start].lower_ in p.company_cues:
            start += 1
            cued = True
        if cued and typ in ("PERSON", "LOCATION", "PRODUCT"):
            typ = "COMPANY"
        # "Gotion's Gemstone cells": the owner's possessive ends the name where what it owns
        # is a product, another's to find
        owner = next((t.i for t in doc[start + 1 : end - 1] if t.tag_ == "POS"), None)
        # (or a name's last words before it: "Cohere's Command A model")
        ahead = 0
        while ahead < 2 and end + ahead < len(doc) and name_like(doc[end + ahead]):
            ahead += 1
        product = end + ahead < len(doc) and doc[end + ahead].lower_ in p.product_heads
        if owner is not None and typ == "COMPANY" and product:
            end = owner
        # "Meta 200 million": an amount run into the name
        if doc[end - 1].lower_ in _AMOUNTS:
            while end > start and (doc[end - 1].lower_ in _AMOUNTS or doc[end - 1].like_num):
                end -= 1
        # "Board of Investment (BOI": a bracket the name opens and does not close
        opened = [t.i for t in doc[start:end] if t.text == "("]
        if opened and not any(t.text == ")" for t in doc[opened[-1] : end]):
            end = opened[-1]
        # ("Tata Electronics and": a conjunction the recogniser ran on into)
        while end > start and (
            doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in _TRAILING
        ):
            end -= 1
        # ("Samsung on Galaxy": a preposition that no name holds cuts the span there)
        # ("Select Committee on the CCP": a body's noun may take one)
        cut = next(
            (
                t.i
                for t in doc[start + 1 : end - 1]
                if t.lower_ in _NOT_IN_NAMES and doc[t.i - 1].lower_ not in p.agency_heads
            ),
            None,
        )
        if cut is not None:
            end = cut
        if start >= end:
            continue
        text = doc[start:end].text
        if (
            text in p.stop
            or text.lower() in p.stop_lower
            or not any(name_like(t) for t in doc[start:end])
        ):
            continue
        # a title the recogniser ran into a name that opens a sentence: "Founder Aditi Rao"
        while typ == "PERSON" and end - start > 2 and doc[start].lower_ in p.titles:
            start += 1
        # a name the recogniser cut short: "Prime Minister Pham Minh Chinh"
        while (
            typ == "PERSON"
            and end < len(doc)
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN"
            and doc[end].text.istitle()
            and not doc[end].ent_type_
        ):
            end += 1
        # and at its start: "CEO Anders Opedal", "chairman Tengku Taufik"
        while (
            typ == "PERSON"
            and start > 1
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            and doc[start - 1].lower_ not in p.titles
            and not doc[start - 1].ent_type_
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
            and doc[start - 2].lower_ in p.titles
        ):
            start -= 1
        # and a firm's at its start, the name's first word run into it: "Lumen Orbit raised"
        while (
            typ == "COMPANY"
            and start > 0
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text.istitle()
            and not doc[start - 1].ent_type_
            and doc[start - 1].dep_ == "compound"
            and start <= doc[start - 1].head.i < end
            and doc[start - 1].lower_ not in p.titles
            and doc[start - 1].lower_ not in p.company_cues
            and doc[start - 1].text not in p.stop
        ):
            start -= 1
        # "Reykjavik-headquartered": a place, whatever the recogniser says
        if typ == "COMPANY" and _based(doc[end : end + 2]):
            typ = "LOCATION"
        if typ == "COMPANY" and doc[end - 1].lower_ in p.agency_heads:
            typ = "AGENCY"
        # "National Cyber Security Centre", "Federal Institute for Drugs": a state's body
        national = doc[start].text in ("National", "Federal") and end - start > 2
        if typ == "COMPANY" and national and doc[end - 1].lower_ in _STATE_BODIES:
            typ = "AGENCY"
        # (a capitalised word the tagger took for a common noun names something only within
        # a sentence: "makers including Goldwind")
        if (
            typ == "PERSON"
            and end - start == 1
            and doc[start].pos_ != "PROPN"
            and (doc[start].is_sent_start or not doc[start].is_title)
        ):
            continue
        # "Tesla's Model Y", "the Series 7": a model's word and its letter or number
        if (
            typ == "PERSON"
            and end - start == 2
            and doc[start].text in _MODEL_WORDS
            and _MODEL_MARK.match(doc[start + 1].text)
            and not FUNDING_ROUND.match(doc[start:end].text)
        ):
            typ = "PRODUCT"
        # "a medical AI start-up": a name ends in a capital, a person's too
        # (not the hyphened end of one: "Jun Seo-yeon")
        hyphened = end - start > 1 and doc[end - 2].text == "-"
        if typ == "PERSON" and doc[end - 1].is_lower and not hyphened:
            continue
        # a place the lexicon does not know is one only where the text puts something
        # in it ("a plant in Leuven"); elsewhere the recogniser often takes a firm for one
        # "BYD's FinDreams Battery plants": a name that ends as firms' do is a firm's
        last = doc[end - 1].lower_
        if (
            typ == "LOCATION"
            and end - start > 1
            and (last in p.company_suffixes or last == "battery")
        ):
            typ = "COMPANY"
        if typ == "LOCATION":
            before = doc[start - 1] if start > 0 else None
            after = doc[end : end + 2]
            placed = (
                before is not None and before.lower_ in p.place_preps and not _invested(before.head)
            )
            # "The San Mateo, California-based company": the city before its state
            based = _based(after) or (
                end < len(doc)
                and doc[end].text == ","
                and any(_based(doc[k : k + 2]) for k in range(end + 2, min(end + 5, len(doc))))
            )
            # "Catania, Sicily": the region a place is named in, after its comma
            # (set beside the place, not listed after it: "in Boise, Manassas and Clay")
            enclosing = (
                before is not None
                and before.text == ","
                and start > 1
                and doc[start - 2].ent_type_ in ("GPE", "LOC")
                and doc[start:end].root.dep_ in ("appos", "npadvmod")
                and not (end < len(doc) and doc[end].lower_ in ("and", "or"))
            )
            if enclosing and not (placed or based):
                yield KgMention(
                    start, end, typ, "", NER, method=f"ner-{ent.label_.lower()}+enclosing"
                )
                continue
            if not (placed or based or named_facility(p, doc[start:end]) or _home_of(p, doc, end)):
                # "a stake in Altium", "lent 500 million euros to Northvolt": a firm
                if before is None or not _invested(before.head):
                    continue
                typ = "COMPANY"
        # ("Kessler & Roth": a firm named after people, marked for the choice of mentions)
        joined = "+amp" if any(t.text == "&" for t in doc[start:end]) else ""
        yield KgMention(start, end, typ, "", NER, method=f"ner-{ent.label_.lower()}{joined}")


def _home_of(p: EntityPatterns, doc: Doc, end: int) -> bool:
    """Whether a place is said to be a firm's home by the words after it: "Leipzig chip
    designer Quantia Labs", "Grenoble startup X" (up to three lower-case words, the last
    a firm's noun, then a name)."""
    for k in range(end, min(end + 3, len(doc) - 1)):
        if not doc[k].is_lower or not doc[k].is_alpha:
            return False
        if doc[k].lower_ in p.company_cues and doc[k + 1].text[:1].isupper():
            return True
    return False


#: Words that open a model's name before its letter or number: "Model Y", "Series 7".
_MODEL_WORDS = frozenset(("Model", "Series", "Type", "Class"))

#: What follows a model's word: a letter or a short number ("Y", "7", "3X").
_MODEL_MARK = re.compile(r"^(?:[A-Z]|\d{1,3}[A-Z]?)\.?$")

#: Prepositions names do not hold ("of", "for", "on" in "Bank of China", "Centre for AI"
#: aside): "Samsung on Galaxy", "Nvidia at Computex".
_NOT_IN_NAMES = frozenset(("on", "at", "with", "over", "after", "from", "into", "against"))


def _split_listed(doc: Doc, ent: Span) -> list[Span]:
    """An entity the recogniser ran across a comma into a possessive ("the Omnipod,
    Insulet's pump" names two things, "Omnipod" and "Insulet"), or across "and"."""
    # "Poalim Equity and Mirae Asset": two names of two words or more the parser joins
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) == 1 and ands[0] - ent.start >= 2 and ent.end - ands[0] > 2:
        right = Span(doc, ands[0] + 1, ent.end, label=ent.label)
        if right.root.dep_ == "conj" and right.root.head.i < ands[0]:
            return [Span(doc, ent.start, ands[0], label=ent.label), right]
    commas = [t.i for t in ent if t.text == ","]
    owned = ent[-1].tag_ == "POS" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    if len(commas) != 1 or not owned or commas[0] + 1 >= ent.end:
        return [ent]
    k = commas[0]
    return [Span(doc, ent.start, k, label=ent.label), Span(doc, k + 1, ent.end, label=ent.label)]


#: Words no name ends with: "Tata Electronics and", "Chips of".
_TRAILING = frozenset(("and", "or", "of", "the", "with", "for", "to", "in"))
#: Words of an amount the recogniser may run into a name: "Meta 200 million".
_AMOUNTS = frozenset(("million", "billion", "trillion", "mln", "bln", "bn"))
#: Heads of a national body's name: "National Cyber Security Centre".
_STATE_BODIES = frozenset(("centre", "center", "institute", "service", "council", "board"))
#: Words whose "in" or "to" names a firm, not a place: "a stake in X", "lent money to X".
_INVESTED = frozenset(("stake", "holding", "interest", "lend", "loan", "shares", "raise"))

#: What a firm sells that its buyer holds: "sold its stake", "sold the unit".
_HOLDINGS = frozenset(("stake", "holding", "interest", "share", "unit", "business", "division"))


def _based(after) -> bool:
    """Whether the words after a name make it where something is: "-based"."""
    return (
        len(after) == 2 and after[0].text == "-" and after[1].lower_ in ("based", "headquartered")
    )


def _invested(tok) -> bool:
    """Whether a word takes or gives a holding: "a stake in X", "lent ... to X", "raised
    $13 billion from X", "sold its stake in Altera to X" (the buyer of a holding is a
    firm)."""
    if tok.lemma_.lower() == "sell":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in _HOLDINGS for c in tok.children)
    return tok.lemma_.lower() in _INVESTED


def shadowed_by_name(doc: Doc, m: KgMention) -> bool:
    """Whether a one-word name the lexicon knows is part of a longer person's name the
    recogniser read: "Yoon" in "Yoon Kim" is not President Yoon, and "Kaspersky" in
    "Eugene Kaspersky" is no firm."""
    if m.type not in ("PERSON", "COMPANY") or m.end - m.start != 1 or m.method != "lexicon":
        return False
    tok = doc[m.start]
    if tok.ent_type_ != "PERSON":
        return False
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.end - ent.start < 2:
        return False
    if m.type == "COMPANY":
        # the surname of a person the recogniser read in full, first name before it
        return ent.start < tok.i and ent.end == tok.i + 1
    return m.label not in ent.text
