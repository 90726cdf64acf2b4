"""The ``kg_attribute_table`` component: a trained pipeline's attribute ruler, as a lookup.

English pipelines map fine-grained tags to coarse parts of speech and morphology with an
``AttributeRuler`` of about 180 one-token patterns, run through spaCy's ``Matcher`` on
every sentence; that costs as much as the parser. Nearly all of those patterns look at
one token's tag, lowercase form, dependency label or whether it is a space, so the
attributes a token receives depend only on that key. This component evaluates the
patterns once per distinct key and caches the result; the few patterns that span two
tokens ("gon na", "let 's") still go through a ``Matcher``, given only the texts with a
token that may begin one. The attributes written are those the ruler would write, in
the ruler's order (a later pattern wins).

It writes the tokens a two-token pattern matches with spaCy's own retokenizer helper,
from a private module: where a spaCy release lacks it, :func:`compile_attribute_ruler`
keeps the attribute ruler as it is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

try:  # private: how spaCy's own ruler writes a token's attributes
    from spacy.tokens._retokenize import set_token_attrs
except ImportError:  # pragma: no cover - another spaCy release
    set_token_attrs = None

__all__ = ["AttributeTable", "compile_attribute_ruler", "make_attribute_table"]

log = logging.getLogger(__name__)

#: A token's key: what one-token patterns may look at.
_Key = tuple[str, str, str, bool]
_Test = Callable[[_Key], bool]
#: What a token with a key needs: whether it may begin a longer pattern, the one-token
#: rules it matches, and what they write as (column, value) pairs, or None when some
#: attribute is no column, with the attributes as a dict
_Plan = tuple[bool, tuple[int, ...], list[tuple[int, int]] | None, dict]

_FIELDS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
#: Attributes written for every token at once, through ``Doc.from_array``.
_COLUMNS = (POS, MORPH, LEMMA)


class UnsupportedPattern(ValueError):
    """A pattern this table cannot evaluate by key; the ruler is then kept as it is."""


def _value_test(field: int, spec) -> _Test:
    """A test of one field of the key against a Matcher value spec."""
    if not isinstance(spec, dict):
        return lambda key: key[field] == spec
    if len(spec) != 1:
        raise UnsupportedPattern(f"several predicates: {spec}")
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda key: key[field] in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda key: key[field] not in banned
    if op == "REGEX":
        search = re.compile(arg).search
        return lambda key: bool(search(key[field]))
    raise UnsupportedPattern(f"predicate {op}")


def _token_test(pattern: dict) -> _Test:
    """A test of a key against a one-token pattern."""
    tests = []
    for attr, spec in pattern.items():
        if attr not in _FIELDS:
            raise UnsupportedPattern(f"attribute {attr}")
        tests.append(_value_test(_FIELDS[attr], spec))
    return lambda key: all(test(key) for test in tests)


class AttributeTable:
    """Apply an ``AttributeRuler``'s patterns by token key, with a cache.

    Build it with :func:`compile_attribute_ruler`.
    """

    def __init__(self, name: str, ruler: AttributeRuler) -> None:
        self.name = name
        self.single: list[tuple[int, _Test]] = []
        self.multi = Matcher(ruler.vocab)
        self.attrs = ruler.attrs
        self.indices = ruler.indices
        singles = []
        # tests of the first token of each longer pattern: a text none passes is not
        # given to the Matcher
        self._first: list[_Test] = []
        for i in range(len(ruler.attrs)):
            _, patterns = ruler.matcher.get(str(i))
            if all(len(p) == 1 for p in patterns):
                singles.append((i, patterns))
                tests = [_token_test(p[0]) for p in patterns]
                self.single.append((i, lambda key, tests=tests: any(t(key) for t in tests)))
            else:
                self.multi.add(str(i), patterns)
                for p in patterns:
                    try:
                        self._first.append(_token_test(p[0]))
                    except UnsupportedPattern:
                        self._first.append(lambda key: True)  # the Matcher reads every text
        self.strings = ruler.vocab.strings
        self._ids = {self.strings.add(str(i)): i for i in range(len(ruler.attrs))}
        self._cache: dict[tuple[int, ...], tuple[int, ...]] = {}
        # A value no one-token pattern names or matches behaves like any other such
        # value: they share one key, so the cache stays small.
        self._named: list[set[int] | None] = []
        self._regexes: list[list[re.Pattern]] = []
        for field in _FIELDS:
            specs = [tok[field] for _, pats in singles for p in pats for tok in p if field in tok]
            values: set = set()
            regexes = []
            for spec in specs:
                if isinstance(spec, dict) and "REGEX" in spec:
                    regexes.append(re.compile(spec["REGEX"]))
                elif isinstance(spec, dict):
                    values.update(*spec.values())
                else:
                    values.add(spec)
            named = None if field == "IS_SPACE" else {self.strings.add(v) for v in values}
            self._named.append(named)
            self._regexes.append(regexes)
        self._plain: list[set[int]] = [set() for _ in _FIELDS]
        self._merges: dict[tuple[int, ...], tuple[dict, list[tuple[int, int]] | None]] = {}
        #: by a token's key: whether it may begin a longer pattern, the one-token rules it
        #: matches and what they write (see _plan)
        self._plans: dict[tuple[int, ...], _Plan] = {}

    def _significant(self, field: int, value: int) -> bool:
        named = self._named[field]
        if named is None or value in named:
            return True
        if value in self._plain[field]:
            return False
        if any(r.search(self.strings[value]) for r in self._regexes[field]):
            named.add(value)
            return True
        self._plain[field].add(value)
        return False

    def _rules_for(self, row: tuple[int, ...]) -> tuple[int, ...]:
        """The one-token rules a token with ``row`` matches (memoised by the row
        collapsed to the values the patterns name)."""
        key = tuple(v if self._significant(f, v) else -1 for f, v in enumerate(row))
        found = self._cache.get(key)
        if found is None:
            # -1 stands for any value no pattern names: "" is not one either
            words = tuple(
                bool(v) if field == "IS_SPACE" else "\0" if v == -1 else self.strings[v]
                for field, v in zip(_FIELDS, key, strict=True)
            )
            found = tuple(i for i, test in self.single if test(words))
            if len(self._cache) < 100_000:
                self._cache[key] = found
        return found

    def _opens(self, row: tuple[int, ...]) -> bool:
        """Whether a token with ``row`` may begin a match of a longer pattern."""
        words = tuple(
            bool(v) if field == "IS_SPACE" else self.strings[v]
            for field, v in zip(_FIELDS, row, strict=True)
        )
        return any(test(words) for test in self._first)

    def _plan(self, row: tuple[int, ...]) -> _Plan:
        """All that a token with ``row`` needs, found once and kept."""
        plan = self._plans.get(row)
        if plan is None:
            ids = self._rules_for(row)
            attrs, columns = self._merged(ids) if ids else ({}, [])
            plan = (self._opens(row), ids, columns, attrs)
            if len(self._plans) < 500_000:
                self._plans[row] = plan
        return plan

    def _merged(self, ids: tuple[int, ...]) -> tuple[dict, list[tuple[int, int]] | None]:
        """The attributes rules ``ids`` write, a later rule winning; and, when they are
        all columns of :data:`_COLUMNS`, the same as (column, value) pairs."""
        found = self._merges.get(ids)
        if found is None:
            attrs: dict = {}
            for rule in ids:
                attrs.update(self.attrs[rule])
            columns = None
            if all(type(v) is int and k in _COLUMNS for k, v in attrs.items()):
                columns = [(_COLUMNS.index(k), v) for k, v in attrs.items()]
            found = self._merges[ids] = (attrs, columns)
        return found

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        values = doc.to_array(list(_COLUMNS)).tolist()
        plans = self._plans
        opens = False
        by_token: dict[int, dict] = {}  # tokens whose attributes no column holds
        for i, row in enumerate(rows):
            key = tuple(row)
            plan = plans.get(key) or self._plan(key)
            opens = opens or plan[0]
            columns = plan[2]
            if columns is None:
                by_token[i] = plan[3]
            else:
                for column, value in columns:
                    values[i][column] = value
        # two-token patterns see the tokens as they came, as in spaCy's ruler
        pairs = list(self.multi(doc, allow_missing=True)) if opens and len(self.multi) else []
        doc.from_array(list(_COLUMNS), numpy.array(values, dtype="uint64"))
        if pairs:
            # a token a two-token pattern matches takes every rule's attributes at once
            todo: dict[int, list[int]] = {}
            for match_id, start, end in pairs:
                i = self._ids[match_id]
                target = range(start, end)[self.indices[i]]
                todo.setdefault(target, []).append(i)
            for target, ids in todo.items():
                both = tuple(sorted((*self._plan(tuple(rows[target]))[1], *ids)))
                by_token[target] = self._merged(both)[0]
        for i, attrs in by_token.items():
            set_token_attrs(doc[i], attrs)
        return doc


@Language.factory(
    "kg_attribute_table",
    assigns=["token.pos", "token.morph", "token.lemma", "token.tag"],
    default_config={"ruler": "attribute_ruler"},
)
def make_attribute_table(nlp: Language, name: str, ruler: str) -> AttributeTable:
    """Create the table from the pipeline's attribute ruler named ``ruler``."""
    return AttributeTable(name, nlp.get_pipe(ruler))


def compile_attribute_ruler(nlp: Language) -> bool:
    """Put an :class:`AttributeTable` in place of ``nlp``'s attribute ruler.

    Returns False, leaving the pipeline as it was, when the pipeline has no attribute
    ruler, one whose patterns the table cannot evaluate by key, or when this spaCy lacks
    the helper the table writes with.
    """
    if "attribute_ruler" not in nlp.pipe_names or set_token_attrs is None:
        return False
    try:
        nlp.add_pipe("kg_attribute_table", before="attribute_ruler")
    except UnsupportedPattern as e:
        log.info("keeping the attribute ruler: %s", e)
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
