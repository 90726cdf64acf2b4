"""The rule set kg is shipped with, as ``kg/rules/manifest.toml`` lists it, and a cheap check
that the rules at hand are whole.

The manifest names the rule tables and each lexicon file with the number of entries it
holds. ``kg build`` checks at its start (:func:`check_rules`) that every file listed is
there and that no lexicon file holds fewer entries than listed, so that an installation
that lost ``rules/lexicon/`` or holds a cut-short file stops with what is missing
rather than building a poorer graph. The check counts lines; it parses nothing.
``kg --version`` shows the same survey (:func:`describe`).

The manifest is written from the rules, never by hand: ``python -m kg.nlp.manifest
--write`` (``make manifest``) after editing the lexicon. ``tests/nlp/test_manifest.py``
fails while it disagrees with the rules, so it cannot drift unseen.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import tomllib

from kg.nlp.rules import LAYOUT, RULES_DIR, RulesError

__all__ = [
    "MANIFEST",
    "RuleFile",
    "check_rules",
    "describe",
    "main",
    "manifest_text",
    "survey",
]

#: The manifest's name in a rules folder.
MANIFEST = "manifest.toml"

#: The rule tables every rule set holds.
TABLES = ("relations.toml", *LAYOUT)

#: How to write the manifest again.
REGENERATE = "python -m kg.nlp.manifest --write"

_HEADER = f"""\
# kg's rule set: the tables it holds and the entries of each lexicon file. `kg build`
# stops when a file listed here is missing or a lexicon file holds fewer entries than
# listed (an installation that lost part of its rules); the tests fail while this file
# and the rules disagree. Written from the rules, not by hand: after editing the
# lexicon, run `{REGENERATE}` (or `make manifest`).
"""


class RuleFile(NamedTuple):
    """One file of a rule set: its path in the rules folder, the entries the manifest
    lists (None for a table, or a lexicon file it does not list) and those found (None
    when the file is missing; the tables and relations for a table)."""

    path: str
    listed: int | None
    found: int | None

    @property
    def problem(self) -> str | None:
        """What is wrong with the file, where something is: missing, or cut short."""
        if self.found is None:
            return f"{self.path} is missing"
        if self.listed is not None and self.found < self.listed:
            return f"{self.path} holds {self.found} entries where the manifest lists {self.listed}"
        return None


def _entries(path: Path) -> int:
    """How many entries a lexicon file holds: its lines that are not blank."""
    return sum(1 for line in path.read_bytes().splitlines() if line.strip())


def _read(root: Path) -> dict:
    path = root / MANIFEST
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(
            f"{path}: the rule set's manifest is missing, so its rules cannot be checked"
            " (reinstall kg)"
        ) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise RulesError(f"{path}: the rule set's manifest cannot be read ({e})") from None
    lexicon, tables = data.get("lexicon"), data.get("tables")
    if not (
        isinstance(lexicon, dict)
        and all(isinstance(n, int) for n in lexicon.values())
        and isinstance(tables, list)
        and all(isinstance(t, str) for t in tables)
    ):
        raise RulesError(
            f"{path}: the manifest must give `tables`, a list of files, and a [lexicon]"
            f" table of entry counts (write it again: {REGENERATE})"
        )
    return data


def survey(root: str | Path | None = None) -> list[RuleFile]:
    """Every file the manifest of ``root`` (kg's own rules by default) lists, and every
    lexicon file it does not, as found: the lexicon files first, then the tables.

    Examples
    --------
    >>> files = survey()
    >>> [f for f in files if f.problem]
    []
    >>> [f.path for f in files][-1]
    'confidence.toml'
    """
    root = Path(root) if root else RULES_DIR
    data = _read(root)
    listed: dict[str, int] = data["lexicon"]
    present = {p.name for p in (root / "lexicon").glob("*.jsonl")}
    files = []
    for name in sorted(set(listed) | present):
        path = root / "lexicon" / name
        found = _entries(path) if path.is_file() else None
        files.append(RuleFile(f"lexicon/{name}", listed.get(name), found))
    for name in data["tables"]:
        path = root / name
        files.append(RuleFile(name, None, _table_size(path) if path.is_file() else None))
    return files


#: The header of a TOML table, alone on its line: "[develops]", "[company]  # firms".
_TABLE_HEADER = re.compile(rb"^\[[A-Za-z_][\w.-]*\]\s*(#.*)?$", re.MULTILINE)


def _table_size(path: Path) -> int:
    """How many tables a TOML file holds, counted by their headers (no parse)."""
    return len(_TABLE_HEADER.findall(path.read_bytes()))


def check_rules(root: str | Path | None = None) -> None:
    """Stop with a :class:`~kg.nlp.rules.RulesError` naming what is missing when the
    rules of ``root`` (kg's own by default) are not the whole set their manifest lists.

    Cheap enough for the start of every build: it counts the lines of the lexicon files
    and parses nothing but the manifest.

    Examples
    --------
    >>> check_rules()
    """
    root = Path(root) if root else RULES_DIR
    problems = [f.problem for f in survey(root) if f.problem]
    if problems:
        raise RulesError(
            f"{root}: the rule set is not whole: {'; '.join(problems)} (reinstall kg; if"
            f" you changed the rules on purpose, write the manifest again: {REGENERATE})"
        )


def describe(root: str | Path | None = None) -> list[str]:
    """The rule set as ``kg --version`` shows it: its version and folder, then each file
    with its entries (lexicon files) or tables, and what is wrong where something is.

    Examples
    --------
    >>> lines = describe()
    >>> lines[0].startswith("rules ") and "lexicon/companies.jsonl" in lines[3]
    True
    """
    from kg.nlp.rules import load_rules

    root = Path(root) if root else RULES_DIR
    files = survey(root)
    try:
        version = load_rules(str(root)).version
    except RulesError as e:
        version = f"(cannot be loaded: {e})"
    lines = [f"rules {version}", f"  in {root}"]
    width = max(len(f.path) for f in files)
    for f in files:
        if f.found is None:
            what = "missing"
        elif f.path.startswith("lexicon/"):
            what = f"{f.found} entries"
            if f.listed is None:
                what += " (not in the manifest)"
            elif f.listed != f.found:
                what += f" (the manifest lists {f.listed})"
        else:
            what = f"{f.found} {'relations' if f.path == 'relations.toml' else 'tables'}"
        lines.append(f"  {f.path.ljust(width)}  {what}")
    return lines


def manifest_text(root: str | Path | None = None) -> str:
    """The manifest of the rules of ``root`` (kg's own by default) as they are now.

    Examples
    --------
    >>> text = manifest_text()
    >>> '"companies.jsonl" = ' in text and text == (RULES_DIR / MANIFEST).read_text()
    True
    """
    root = Path(root) if root else RULES_DIR
    tables = ", ".join(f'"{name}"' for name in TABLES)
    lines = [_HEADER, f"tables = [{tables}]", "", "[lexicon]"]
    for path in sorted((root / "lexicon").glob("*.jsonl")):
        lines.append(f'"{path.name}" = {_entries(path)}')
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kg.nlp.manifest [--write] [RULES_DIR]``: print the manifest of the
    rules as they are, or write it; exit 1 when the written one disagrees (``--check``)."""
    parser = argparse.ArgumentParser(prog="python -m kg.nlp.manifest", description=__doc__)
    parser.add_argument("rules", nargs="?", type=Path, default=RULES_DIR, metavar="RULES_DIR")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--write", action="store_true", help="write RULES_DIR/manifest.toml")
    action.add_argument(
        "--check", action="store_true", help="exit 1 when RULES_DIR/manifest.toml is not current"
    )
    args = parser.parse_args(argv)
    text = manifest_text(args.rules)
    path = args.rules / MANIFEST
    if args.write:
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    elif args.check:
        current = path.is_file() and path.read_text(encoding="utf-8") == text
        if not current:
            print(f"{path} is not current: run {REGENERATE}", file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
