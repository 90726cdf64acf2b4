"""Build the spaCy pipeline: a trained English pipeline where one is installed, then kg's rules."""

from __future__ import annotations

import logging

import spacy
from spacy.language import Language

from kg.errors import KgError
from kg.nlp import (  # noqa: F401  (components)
    entity_recognizer,
    flat_parse,
    identity,
    relation_extractor,
)
from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.models import DEFAULT_MODELS, resolve_model
from kg.nlp.rules import Rules, load_rules

__all__ = ["DEFAULT_MODELS", "load_pipeline", "resolve_model"]

log = logging.getLogger(__name__)


def _keep_abbreviations(nlp: Language, rules: Rules) -> None:
    """Tokenise "approx." and "co-developed" as one word each, as the parser expects."""
    from spacy.symbols import ORTH
    from spacy.util import compile_suffix_regex

    # a full stop after a model number ends the sentence: "TSMC made the Ascend 910B."
    suffixes = [
        *list(nlp.Defaults.suffixes),
        r"(?<=\d[A-Z])\.",
        r"(?<=\d[A-Z]{2})\.",
        r"(?<=\d[A-Z]{3})\.",
        # and after a name that ends in a capital: "owned by Elon Musk's SpaceX."
        r"(?<=[a-z][A-Z])\.",
        # a hyphen left hanging before "and": "Chinese- and Russian-linked software"
        r"(?<=[A-Za-z]{2})-",
    ]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    section = rules.patterns.get("tokenizer", {})
    for word in section.get("abbreviations", []) + section.get("hyphenated", []):
        for form in {word, word.lower(), word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def load_pipeline(
    model: str | None = "auto",
    *,
    rules_dir: str | None = None,
    speedups: bool = True,
    lexicon: LexiconChoice | None = None,
) -> Language:
    """Load the extraction pipeline.

    Parameters
    ----------
    model
        ``"auto"``: the configured or first installed trained English pipeline;
        ``"blank"``: rules alone on ``spacy.blank("en")``; or a pipeline's package name.
    rules_dir
        A rule set other than the package's own (see :func:`kg.nlp.rules.load_rules`).
    speedups
        Apply :func:`kg.nlp.speed.apply_speedups` to a trained pipeline (annotations
        unchanged); False keeps spaCy's own inference.
    lexicon
        Which lexicon entries the rules read (``kg build --lexicon``); the built-in
        lexicon by default.

    Examples
    --------
    >>> nlp = load_pipeline("blank")
    >>> nlp.pipe_names
    ['sentencizer', 'kg_flat_parse', 'kg_entity_recognizer', 'kg_relation_extractor', 'kg_identity']
    >>> [(e.text, e.label_) for e in nlp("Xiaomi unveiled the XRing O1.").ents]
    [('Xiaomi', 'COMPANY'), ('XRing O1', 'PRODUCT')]
    """
    name = resolve_model(model)
    if name is None:
        if model in (None, "auto"):
            log.warning("no trained English pipeline is installed: extracting with rules alone")
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("kg_flat_parse")
    else:
        try:
            nlp = spacy.load(name)
        except OSError as e:
            raise KgError(f"cannot load the spaCy pipeline {name!r}: {e}") from None
        if speedups:
            from kg.nlp.speed import apply_speedups

            apply_speedups(nlp)
    _keep_abbreviations(nlp, load_rules(rules_dir, lexicon))
    config = {"rules_dir": rules_dir, "lexicon": (lexicon or LexiconChoice()).to_config()}
    nlp.add_pipe("kg_entity_recognizer", config=config)
    nlp.add_pipe("kg_relation_extractor", config=config)
    nlp.add_pipe("kg_identity", config=config)
    return nlp
