"""The one normal form of a name that extraction, evaluation and lookup compare, and the
stable id of an entity made from its label."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["entity_id", "normalise_name"]

_POSSESSIVE = re.compile(r"'s\b")
_THE = re.compile(r"^the\s+")
_JOINERS = re.compile(r"[-/]")
_PUNCTUATION = re.compile(r"[^\w\s+]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)
def normalise_name(name: str) -> str:
    """The form of a name that identity, lookup and evaluation compare.

    Unicode compatibility forms folded (NFKC), lower case, no possessive "'s", no
    leading "the", hyphens and slashes as spaces, no punctuation but "+" (which tells
    "Copilot+" from "Copilot"), single spaces. ``../shared/schema.md`` matches names the
    same way.

    Parameters
    ----------
    name : str
        A name as a document, an annotator or a user writes it.

    Returns
    -------
    str

    Examples
    --------
    >>> normalise_name("The U.S. Commerce Department's")
    'us commerce department'
    >>> normalise_name("  The   NVIDIA’s ")
    'nvidia'
    >>> normalise_name("T-Head"), normalise_name("Copilot+ PCs")
    ('t head', 'copilot+ pcs')
    """
    s = unicodedata.normalize("NFKC", name).strip().lower().replace("\u2019", "'")
    s = _POSSESSIVE.sub("", s)
    s = _THE.sub("", s)
    s = _JOINERS.sub(" ", s)
    s = _PUNCTUATION.sub("", s)
    return _SPACES.sub(" ", s).strip()


@lru_cache(maxsize=65_536)
def entity_id(type_: str, label: str) -> str:
    """Return the stable node id of an entity: ``<type>:<slug of label>``.

    Examples
    --------
    >>> entity_id("AGENCY", "Bureau of Industry and Security")
    'agency:bureau-of-industry-and-security'
    >>> entity_id("PRODUCT", "Copilot+ PCs")
    'product:copilot-plus-pcs'
    """
    s = unicodedata.normalize("NFKC", label).lower().replace("+", " plus ")
    slug = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-_")
    return f"{type_.lower()}:{slug or 'unnamed'}"
