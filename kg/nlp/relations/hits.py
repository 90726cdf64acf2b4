"""Building a rule's hits: the pairs of ends the schema allows, at a rule's confidence, and
the trigger word a token's form names ("co-designed" -> "co-design")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.context import Arg, Context, Hit
from kg.nlp.rules import RelationRule

__all__ = [
    "each_other",
    "fits",
    "fixed_hit",
    "lemma_of",
    "pairs",
    "verb_forms",
]


def _mention(x: Arg | KgMention) -> KgMention:
    return x.mention if isinstance(x, Arg) else x


def pairs(
    rule: RelationRule,
    sources: Iterable[Arg | KgMention],
    targets: Iterable[Arg | KgMention],
    trigger: Token,
    confidence: float,
    method: str,
) -> Iterator[Hit]:
    """Every source-target pair the schema allows, as a rule's hit."""
    targets = list(targets)
    for s in sources:
        for t in targets:
            if fits(rule, _mention(s), _mention(t)):
                yield _mention(s), rule.name, _mention(t), trigger, confidence, method


def fixed_hit(
    ctx: Context, relation: str, s: KgMention, t: KgMention, trigger: Token, key: str, method: str
) -> Iterator[Hit]:
    """The edge a construction without a trigger word states, when the schema allows it,
    at the construction's fixed confidence (``confidence.toml``, ``fixed.<key>``)."""
    if fits(ctx.rules.relations[relation], s, t):
        yield Hit(s, relation, t, trigger, ctx.fixed[key], method)


def each_other(
    rule: RelationRule, parties: list[KgMention], trigger: Token, confidence: float, method: str
) -> Iterator[Hit]:
    """Every pair of parties that, named together, stand in a symmetric relation."""
    for i, a in enumerate(parties):
        yield from pairs(rule, [a], parties[i + 1 :], trigger, confidence, method)


def fits(rule: RelationRule, s: KgMention, t: KgMention) -> bool:
    return s is not t and s.label != t.label and rule.fits(s.type, t.type)


def lemma_of(tok: Token, words: frozenset[str] | set[str]) -> str:
    """The token's lemma, or a guess at it that names a trigger ("co-designed" -> "co-design")."""
    lemma = tok.lemma_.lower()
    if lemma in words or not tok.text[:1].isalpha():
        return lemma
    return next((f for f in _lemma_guesses(tok.text) if f in words), lemma)


@lru_cache(maxsize=50_000)
def _lemma_guesses(word: str) -> tuple[str, ...]:
    return tuple(sorted(verb_forms(word)))


def verb_forms(word: str, irregular: dict[str, str] | None = None) -> set[str]:
    """Guesses at the lemma of a verb form, for pipelines without a lemmatizer."""
    w = word.lower()
    forms = {w}
    if irregular and w in irregular:
        forms.add(irregular[w])
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("d", ""),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "planned" -> "plan"
    return forms
