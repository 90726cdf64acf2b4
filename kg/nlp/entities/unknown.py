"""Names no finder reads: a firm's short name written after its full one ("Shenzhen Feiyu
Microelectronics ... Feiyu, which resells FPGAs"), and a name no English dictionary holds
that does what firms do ("Ionity runs 700 charging stations", "Fibocom, which makes
modules in Wuxi, said").

Telling a name from an English word takes a word list: the one the installed trained
pipeline's lemmatizer carries (its ``lemma_index``, WordNet's words). With no trained
pipeline there is no list, and no name is read here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import spacy
from spacy.lookups import Lookups
from spacy.tokens import Doc, Token

from kg.nlp.entities.cues import cue_type, goods_from, verb_lemma
from kg.nlp.entities.mention import NER, KgMention, clean_label
from kg.nlp.entities.patterns import EntityPatterns
from kg.nlp.models import resolve_model

__all__ = ["english_words", "is_english", "unknown_names"]

#: Parts of speech whose words the list holds.
_PARTS = ("noun", "verb", "adj", "adv")
#: What the trained recogniser reads that is no firm: places, nationalities, dates,
#: amounts (a person it read is a mention, and a lone word of a person's name is theirs:
#: a single word it calls a person and no finder kept may still be a firm, "Shinko to
#: supply").
_NOT_FIRMS = frozenset(
    ("GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")
)
#: Verbs whose subject is a firm: "Ionity runs", "Vodacom said", "Hsinmao supplies" (not
#: what a product or an event does: "Bitcoin rose", "Brexit hurt sales", "Leqembi won
#: approval").
#: Verbs of winning work, and the work a firm wins: "Talgo secured a contract".
_WINNING = frozenset(("win", "secure", "land", "clinch", "bag"))
_WON = frozenset(("contract", "order", "tender", "deal"))
#: What is done only to firms: "which is backed by Alibaba", "which is owned by X".
_HELD_FIRMS = frozenset(("back", "own", "fund", "acquire", "buy", "control", "list"))
_FIRMS_DO = frozenset(
    (
        "say", "supply", "sell", "make", "manufacture", "produce", "hold", "own", "buy",
        "acquire", "sign", "employ", "raise", "invest", "export", "ship", "build", "open",
        "announce", "unveil", "launch", "host", "hire", "agree", "run", "operate", "expand",
        "count", "plan", "expect", "report", "post", "rent", "lease", "resell", "assemble",
        "lead", "license", "partner", "team", "join", "order", "award", "fund", "back",
    )
)  # fmt: skip


@functools.cache
def english_words() -> frozenset[str]:
    """The lower-cased words of the installed trained pipeline's lemmatizer index, or none
    where no trained pipeline is installed or it has no such index."""
    name = resolve_model("auto")
    if name is None:
        return frozenset()
    try:
        root = spacy.util.get_package_path(name)
    except (ImportError, ModuleNotFoundError, AttributeError):
        return frozenset()
    for path in sorted(root.glob("**/lemmatizer/lookups/lookups.bin")):
        lookups = Lookups().from_disk(path.parent)
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            return frozenset(w for part in _PARTS for w in index.get(part, ()))
    return frozenset()


def _name_word(
    tok: Token, words: frozenset[str], *, acronym: bool = False, owned: bool = False
) -> bool:
    """Whether a word can only be a name: capitalised, of letters, no English word, and
    not what the recogniser took for a place or an amount; in capitals only where
    ``acronym`` allows ("BEML makes the cars"); what it took for a nationality only where a
    place ``owned`` one name, as no people is a place's ("South Africa's Vodacom", not
    "Oman's Kessaris")."""
    text = tok.text
    nationality = tok.ent_type_ == "NORP" and not (owned and tok.tag_ == "NNP")
    return (
        len(text) >= 3
        and text[:1].isupper()
        and text.isalpha()
        and (acronym or not text.isupper())
        and not is_english(tok.lower_, words)
        and tok.ent_type_ not in _NOT_FIRMS - {"NORP"}
        and not nationality
    )


def is_english(word: str, words: frozenset[str]) -> bool:
    """Whether a word, or the singular a plural's ending gives ("Shipments", "Officials",
    "Companies"), is in the list."""
    if word in words:
        return True
    if word.endswith("ies") and word[:-3] + "y" in words:
        return True
    return (word.endswith("es") and word[:-2] in words) or (
        word.endswith("s") and word[:-1] in words
    )


def _name_owners(
    p: EntityPatterns, doc: Doc, mentions: list[KgMention], words: frozenset[str]
) -> tuple[dict[str, set[str]], dict[str, int]]:
    """The firms each word of a firm's name of two words or more is of, and where the first
    such name ends."""
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.type != "COMPANY" or m.end - m.start < 2:
            continue
        for t in doc[m.start : m.end]:
            if _name_word(t, words) and t.lower_ not in p.company_suffixes:
                owners.setdefault(t.text, set()).add(
                    m.label or clean_label(doc[m.start : m.end].text)
                )
                first[t.text] = min(first.get(t.text, m.end), m.end)
    return owners, first


def _firms_not_places(
    p: EntityPatterns, doc: Doc, mentions: list[KgMention], words: frozenset[str]
) -> None:
    """Retype, in place, the recogniser's one-word place that is a word of one firm's name
    written before it: "added Jinghong Semitech ... exports to Jinghong"."""
    owners, first = _name_owners(p, doc, mentions, words)
    for m in mentions:
        text = doc[m.start].text
        labels = owners.get(text, ())
        if (
            m.type == "LOCATION"
            and m.entry is None
            and (m.method.startswith("ner-") or m.method == "context")
            and m.end - m.start == 1
            and len(labels) == 1
            and m.start >= first[text]
        ):
            m.type, m.label, m.method = "COMPANY", next(iter(labels)), m.method + "+short-name"


def _short_names(
    p: EntityPatterns, doc: Doc, mentions: list[KgMention], covered: set[int], words: frozenset[str]
) -> Iterable[KgMention]:
    """A word of one firm's name, and of no other's, written alone after it: that firm."""
    owners, first = _name_owners(p, doc, mentions, words)
    for t in doc:
        labels = owners.get(t.text)
        if (
            labels
            and len(labels) == 1
            and t.i not in covered
            and t.i >= first[t.text]
            and not (t.i + 1 < len(doc) and t.nbor().text[:1].isupper() and t.nbor().is_alpha)
        ):
            covered.add(t.i)
            yield KgMention(t.i, t.i + 1, "COMPANY", next(iter(labels)), NER, None, "short-name")


#: Acts firms share with another: "PLDT will co-own the cable" (not "Ruto co-hosted").
_SHARED_ACTS = frozenset(
    (
        "co-own", "co-invest", "co-develop", "co-produce", "co-manufacture", "co-build",
        "co-fund", "co-finance", "co-operate", "co-design", "co-engineer",
    )
)  # fmt: skip


def _firm_verb(verb: Token) -> bool:
    """Whether a verb's subject acts as firms do: "Ionity runs", or shares such an act with
    another ("PLDT will co-own the cable")."""
    lemma = verb_lemma(verb)
    return lemma in _FIRMS_DO or lemma in _SHARED_ACTS


def _acts_as_firm(head: Token) -> bool:
    """Whether a name acts: the subject of a verb ("Masdar will expand", "Sif cut its
    outlook") or its agent ("led by Norfund"), or the subject of a firm's verb through
    "which" ("Fibocom, which makes modules")."""
    # (or of the verb it governs: "Fastned failed to agree terms")
    verbs = [head.head, *(c for c in head.head.children if c.dep_ == "xcomp")]
    if head.dep_ in ("nsubj", "nsubjpass") and any(_firm_verb(v) for v in verbs):
        return True
    # "Talgo secured a contract" (not "Chhattisgarh landed a chip project")
    if head.dep_ == "nsubj" and any(
        verb_lemma(v) in _WINNING
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _WON for c in v.children)
        for v in verbs
    ):
        return True
    # "a round led by Norfund", "phones made by Wingtech": the agent of a passive
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return True
    # (an agent the parser read as a preposition, on the passive verb or on its object:
    # "was awarded a contract by Amprion")
    prep = head.head
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    passive = verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children)
    if head.dep_ == "pobj" and prep.lower_ == "by" and passive:
        return True
    # a headline's "Shinko to supply substrates for ...": the name its infinitive is of
    if head.i == head.sent.start and any(
        c.dep_ in ("relcl", "acl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for c in head.children
    ):
        return True
    # (or what is backed or owned through "which": "Moyuan, which is backed by Alibaba")
    return any(
        c.dep_ == "relcl"
        and any(
            g.lower_ in ("which", "that")
            and (
                (g.dep_ == "nsubj" and verb_lemma(c) in _FIRMS_DO)
                or (g.dep_ == "nsubjpass" and verb_lemma(c) in _HELD_FIRMS)
            )
            for g in c.children
        )
        for c in head.children
    )


def _joined_name(p: EntityPatterns, doc: Doc, t: Token, words: frozenset[str]) -> bool:
    """Whether ``t`` opens a name of two capitalised parts joined by a hyphen, no English
    word, where goods come from: "routers from TP-Link"."""
    if t.i + 2 >= len(doc) or t.nbor().text != "-" or t.whitespace_ or t.nbor().whitespace_:
        return False
    last = doc[t.i + 2]
    return (
        t.text[:1].isupper()
        and t.is_alpha
        and last.is_title
        and last.is_alpha
        and (t.i + 3 == len(doc) or doc[t.i + 3].text != "-")
        and (t.i == 0 or doc[t.i - 1].text != "-")
        and not is_english(f"{t.lower_}-{last.lower_}", words)
        # (a name the recogniser read as no firm's is not one: "from Schleswig-Holstein")
        and t.ent_type_ in ("", "ORG", "PRODUCT")
        and last.ent_type_ in ("", "ORG", "PRODUCT")
        and goods_from(p, last)
    )


def _unknown_firms(
    p: EntityPatterns, doc: Doc, covered: set[int], words: frozenset[str], places: set[int]
) -> Iterable[KgMention]:
    """A name no dictionary holds that acts as a firm or that the words around call one;
    ``places`` holds the tokens of the places found."""
    for t in doc:
        owned = t.i > 1 and doc[t.i - 1].tag_ == "POS" and t.i - 2 in places
        joined = _joined_name(p, doc, t, words)
        # (a name no dictionary holds may be tagged a noun, or even a number: "Ionity runs",
        # "operated by TenneT"; not a plural the dictionary lacks: "Hyperscalers plan")
        plural = t.tag_ == "NNS"
        if (
            t.i in covered
            or t.pos_ not in ("PROPN", "NOUN", "NUM")
            or plural
            or not _name_word(t, words, owned=owned)
        ):
            # an acronym no finder knows that is a verb's subject: "BEML makes the cars"
            acronym = (
                t.text.isupper()
                and len(t.text) <= 6
                and t.dep_ == "nsubj"
                and _firm_verb(t.head)
                and t.lower_ not in p.titles
                and t.lower_ not in p.stop_lower
            )
            if t.i in covered or not ((acronym and _name_word(t, words, acronym=True)) or joined):
                continue
        # (a part of a hyphened name: "In-Q-Tel")
        hyphened = (t.i > 0 and doc[t.i - 1].text == "-") or (
            t.i + 1 < len(doc) and t.nbor().text == "-"
        )
        if hyphened and not joined:
            continue
        # the capitalised names the parser joins to it: "Idemitsu Kosan", "Bureau Toetsing"
        start, end = t.i, t.i + 3 if joined else t.i + 1
        while (
            start > 0
            and start - 1 not in covered
            and doc[start - 1].pos_ == "PROPN"
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].dep_ == "compound"
            and doc[start - 1].head.i >= start
        ):
            start -= 1
        while (
            end < len(doc)
            and end not in covered
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end - 1].dep_ == "compound"
        ):
            end += 1
        head = doc[end - 1]
        found = cue_type(p, doc, start, end)
        if found is None and (_acts_as_firm(head) or goods_from(p, head)):
            found = "COMPANY"
        if found in ("COMPANY", "AGENCY"):
            covered.update(range(start, end))
            yield KgMention(start, end, found, "", NER, None, "unknown-name")


def unknown_names(
    p: EntityPatterns, doc: Doc, mentions: list[KgMention], words: frozenset[str]
) -> list[KgMention]:
    """The mentions of names no finder read in ``doc``, beside ``mentions``: only once the
    trained recogniser has read it (a first reading without it, which decides where it
    reads, finds none, so a name left here is the recogniser's to read first)."""
    if not words or not doc.has_annotation("ENT_IOB"):
        return []
    _firms_not_places(p, doc, mentions, words)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # (a person's surname, a place's word written alone is theirs: "Nishimura said")
    others = {
        t.text
        for m in mentions
        if m.type in ("PERSON", "LOCATION", "COUNTRY")
        for t in doc[m.start : m.end]
    }
    covered.update(t.i for t in doc if t.text in others)
    found = list(_short_names(p, doc, mentions, covered, words))
    places = {
        i for m in mentions if m.type in ("COUNTRY", "LOCATION") for i in range(m.start, m.end)
    }
    found += _unknown_firms(p, doc, covered, words, places)
    found += _appointed_people(p, doc, covered, words)
    return found


#: Verbs that give a person a post "as" its title: "appointed Hideki Hanazawa as president".
_APPOINTING = frozenset(("appoint", "name", "hire", "promote", "elect", "tap", "pick"))


def _appointed_people(
    p: EntityPatterns, doc: Doc, covered: set[int], words: frozenset[str]
) -> Iterable[KgMention]:
    """A name of two or three capitalised words no finder read, given a post "as" a title:
    "Kioxia appointed Hideki Hanazawa as its new president", "X was named as chief
    executive"."""
    for t in doc:
        if t.dep_ not in ("dobj", "nsubjpass") or t.i in covered or t.pos_ != "PROPN":
            continue
        verb = t.head
        if verb_lemma(verb) not in _APPOINTING:
            continue
        posts = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if not any(g.lower_ in p.title_heads or g.lower_ in p.titles for g in posts):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i:
            start -= 1
        span = doc[start : t.i + 1]
        if not 2 <= len(span) <= 3 or any(i in covered for i in range(start, t.i + 1)):
            continue
        if all(
            w.text[:1].isupper() and w.is_alpha and not is_english(w.lower_, words) for w in span
        ):
            covered.update(range(start, t.i + 1))
            yield KgMention(start, t.i + 1, "PERSON", "", NER, None, "unknown-name")
