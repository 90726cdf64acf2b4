"""Which lexicon a build reads: kg's own, none of it but the countries, and the user's files.

``kg build --lexicon none`` leaves out every built-in lexicon file but the countries
gazetteer (:data:`LANGUAGE_DATA`); ``--lexicon FILE`` (repeatable) adds a user's own
entries, in the format of ``kg/rules/lexicon/README.md``. A :class:`LexiconChoice`
names the user's files with the hash of their contents, so that results extracted with
one lexicon are never taken for another's (:func:`kg.store.extractor_id`), and the
processes that extract check they read the file the build was started with.

No spaCy here: the command line reads the choice before anything heavy is imported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError

__all__ = ["LANGUAGE_DATA", "NONE", "LexiconChoice", "UserLexicon"]

#: The ``--lexicon`` value that leaves the built-in entries out.
NONE = "none"

#: Built-in lexicon files read under ``--lexicon none``: language data, not knowledge of
#: the field (nations, the words for their people, the capitals that stand for them).
LANGUAGE_DATA = ("countries.jsonl",)

#: What to do about a lexicon file that cannot be read.
_HINT = "name a JSONL file of lexicon entries, or 'none' to leave kg's own entries out"


class UserLexicon(NamedTuple):
    """A user's lexicon file: its absolute path and the SHA-256 of its bytes."""

    path: str
    digest: str

    @classmethod
    def read(cls, path: str | Path) -> UserLexicon:
        """Name the file at ``path`` by its contents as they are now.

        Examples
        --------
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "mine.jsonl"
        >>> _ = path.write_text('{"name": "Korvath", "type": "COMPANY"}\\n')
        >>> UserLexicon.read(path).digest[:12]
        '366fb04d362f'
        """
        path = Path(path).expanduser().resolve()
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise InputError(
                "is a folder, not a lexicon file", path=str(path), hint=_HINT
            ) from None
        except OSError as e:
            reason = (e.strerror or str(e)).lower()
            raise InputError(
                f"cannot read the lexicon: {reason}", path=str(path), hint=_HINT
            ) from None
        return cls(str(path), hashlib.sha256(data).hexdigest())

    @property
    def name(self) -> str:
        """The file's name, as reports show it."""
        return Path(self.path).name


class LexiconChoice(NamedTuple):
    """Whether the built-in lexicon is read, and which files of the user's are added.

    ``builtin`` False keeps the countries gazetteer alone of kg's own files
    (:data:`LANGUAGE_DATA`). Hashable and small: it travels with
    :class:`~kg.nlp.models.ExtractorSpec` to every process that extracts.

    Examples
    --------
    >>> LexiconChoice().is_default, LexiconChoice.parse(["none"]).describe()
    (True, 'countries only')
    """

    builtin: bool = True
    files: tuple[UserLexicon, ...] = ()

    @classmethod
    def parse(cls, values: Iterable[str]) -> LexiconChoice:
        """The choice of ``--lexicon`` values: ``none`` and file paths, in any order.

        No value keeps the built-in lexicon alone; ``none`` leaves it out, however many
        files come with it. A file named twice is read once.

        Examples
        --------
        >>> LexiconChoice.parse([]) == LexiconChoice()
        True
        >>> LexiconChoice.parse(["none"])
        LexiconChoice(builtin=False, files=())
        """
        builtin = True
        files: dict[str, UserLexicon] = {}
        for value in values:
            if value == NONE:
                builtin = False
                continue
            found = UserLexicon.read(value)
            files.setdefault(found.path, found)
        return cls(builtin, tuple(files.values()))

    @classmethod
    def of(cls, choice: LexiconChoice | Iterable[str] | None) -> LexiconChoice:
        """A choice from a choice, ``--lexicon`` values (:meth:`parse`) or None (the default)."""
        if isinstance(choice, cls):
            return choice
        if isinstance(choice, str):
            choice = [choice]
        return cls.parse(choice or ())

    @property
    def is_default(self) -> bool:
        """Whether this is the built-in lexicon alone, as a build reads it by default."""
        return self.builtin and not self.files

    def describe(self) -> str:
        """The choice in a few words, for reports.

        Examples
        --------
        >>> LexiconChoice(True, (UserLexicon("/data/mine.jsonl", "0" * 64),)).describe()
        'built-in + mine.jsonl'
        """
        first = "built-in" if self.builtin else "countries only"
        return " + ".join([first, *(f.name for f in self.files)])

    def key(self) -> str:
        """A short name of the choice and the contents of the user's files, for store keys.

        Examples
        --------
        >>> LexiconChoice.parse(["none"]).key()
        'none'
        >>> LexiconChoice(True, (UserLexicon("/data/mine.jsonl", "0" * 64),)).key()
        'builtin+60e05bd1b195'
        """
        first = "builtin" if self.builtin else NONE
        if not self.files:
            return first
        users = hashlib.sha256("\0".join(f.digest for f in self.files).encode()).hexdigest()
        return f"{first}+{users[:12]}"

    def to_config(self) -> list[str] | None:
        """The choice as a spaCy component's config holds it: None for the default, else
        ``"none"`` and each file as ``PATH#SHA256``.

        Examples
        --------
        >>> choice = LexiconChoice(False, (UserLexicon("/data/mine.jsonl", "ab" * 32),))
        >>> LexiconChoice.from_config(choice.to_config()) == choice
        True
        """
        if self.is_default:
            return None
        return [
            *([] if self.builtin else [NONE]),
            *(f"{f.path}#{f.digest}" for f in self.files),
        ]

    @classmethod
    def from_config(cls, config: list[str] | None) -> LexiconChoice:
        """The choice :meth:`to_config` wrote."""
        if not config:
            return cls()
        files = tuple(UserLexicon(*item.rsplit("#", 1)) for item in config if item != NONE)
        return cls(NONE not in config, files)
