"""Names of places by the facilities they hold: "its Hamburg plant", "a factory in Szeged"."""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["facility_place", "named_facility", "named_place"]


def named_facility(p: EntityPatterns, span: Span) -> bool:
    """Whether a name before a facility's noun that a determiner or an owner opens (right
    before it, or with a few lower-case words between, or listed with the name that is) is
    where the facility is: "the planemaker's Hamburg plant", "its Ocotillo campus", "its
    Khavda renewable energy park", "its Mutanda and Kamoto mines"."""
    doc = span.doc
    root = span.root
    # "its Mutanda and Kamoto mines": the first of the names listed before the noun
    if root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    noun = root.head
    # "its Khavda renewable energy park": a few lower-case words may come between
    between = doc[span.end : noun.i]
    if (
        noun.i < span.end
        or len(between) > 3
        or any(t.text[:1].isupper() for t in between if t.dep_ != "cc")
    ):
        return False
    lemma = noun.lemma_.lower()
    if lemma not in p.facilities or lemma in _HELD or root.dep_ in ("nsubj", "dobj", "pobj"):
        return False
    # ("BYD's FinDreams Battery plants": a firm's name runs the plants)
    if doc[span.end - 1].lower_ in p.company_suffixes or doc[span.end - 1].lower_ == "battery":
        return False
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "its", "their"))
        for c in noun.children
    )


#: Facility nouns that a firm's name comes before as often as a place's: "the Walton
#: subsidiary", "the Tesla store".
_HELD = frozenset(
    ("subsidiary", "branch", "operation", "presence", "store", "dealership", "studio", "assembly")
)


def facility_place(p: EntityPatterns, span: Span, typed: dict[int, str] | None = None) -> bool:
    """Whether a name is where a plant is: "a factory in Szeged", "will build its first
    factory in Szeged", "its Ocotillo campus", "a campus on Teesside", "a plant at Jorf
    Lasfar"."""
    if named_facility(p, span):
        return True
    root = span.root
    # ("plants in Lund and Malmo": each place listed)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "near", "outside", "on", "at"):
        return False
    # ("a plant at Jorf Lasfar in Morocco"; not a host "at" which a facility stands: "a lab
    # at Seoul National University", "an R&D centre at Telkom in Pretoria")
    if prep.lower_ == "at" and not _place_at(span, typed or {}):
        return False
    host = prep.head
    if host.lemma_.lower() in p.facilities:
        return True
    return host.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in p.facilities for c in host.children
    )


#: Last words of the names of hosts a facility stands at: "at Stellenbosch University".
_HOSTS = frozenset(
    (
        "university", "institute", "college", "school", "hospital", "cement", "group", "bank",
        "laboratory", "laboratories", "centre", "center", "campus", "park",
    )
)  # fmt: skip


def _place_at(span: Span, typed: dict[int, str]) -> bool:
    """Whether a name after "at" is a place: not a host's name, and not set in a town
    after it ("at Telkom in Pretoria"), though it may be in a country ("at Jorf Lasfar in
    Morocco"; ``typed`` the types of the mentions found, by token)."""
    doc = span.doc
    if span[-1].lower_ in _HOSTS:
        return False
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "in":
        return typed.get(span.end + 1) == "COUNTRY"
    return True


#: Nouns of a place that name it after "of": "the city of Vantaa".
_PLACE_NOUNS = frozenset(
    (
        "city", "town", "province", "state", "region", "island", "county", "district",
        "municipality", "prefecture", "village", "port", "emirate", "governorate",
    )
)  # fmt: skip


def named_place(span: Span, places: set[int]) -> bool:
    """Whether a name is a place by the words around it: "the city of Vantaa", or a region
    after its city's comma ("in Kuantan, Pahang", ``places`` the tokens of places)."""
    doc = span.doc
    root = span.root
    if (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in _PLACE_NOUNS
    ):
        return True
    start, end = span.start, span.end
    if end - start != 1 or start < 3 or doc[start - 1].text != "," or start - 2 not in places:
        return False
    after = doc[end] if end < len(doc) else None
    closed = after is None or after.is_punct or after.lower_ in ("on", "in", "by", "from")
    return closed and doc[start - 3].lower_ in ("in", "at", "near", "of", "outside")
