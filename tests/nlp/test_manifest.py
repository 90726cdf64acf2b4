"""The rule set's manifest: current with the rules, and a check that fires on a rule set
that lost a file or holds a cut-short one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.nlp.manifest import MANIFEST, REGENERATE, check_rules, describe, main, manifest_text
from kg.nlp.rules import RULES_DIR, RulesError


def test_manifest_is_current_with_the_rules():
    written = (RULES_DIR / MANIFEST).read_text(encoding="utf-8")
    assert written == manifest_text(), f"kg/rules/manifest.toml is not current: run {REGENERATE}"


def test_manifest_lists_every_lexicon_file_and_table():
    text = manifest_text()
    for path in (RULES_DIR / "lexicon").glob("*.jsonl"):
        assert f'"{path.name}" = ' in text
    for table in ("relations.toml", "patterns.toml", "grammar.toml", "confidence.toml"):
        assert f'"{table}"' in text


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(RULES_DIR, dest, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return dest


def test_manifest_check_passes_on_a_whole_copy(rules_copy):
    check_rules(rules_copy)


def _cut(path: Path, keep: int) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:keep]), encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (
            lambda root: (root / "lexicon" / "companies.jsonl").unlink(),
            r"lexicon/companies.jsonl is missing",
        ),
        (
            lambda root: shutil.rmtree(root / "lexicon"),
            r"lexicon/agencies.jsonl is missing; lexicon/companies.jsonl is missing",
        ),
        (
            lambda root: _cut(root / "lexicon" / "people.jsonl", 100),
            r"lexicon/people.jsonl holds 100 entries where the manifest lists \d+",
        ),
        (lambda root: (root / "grammar.toml").unlink(), r"grammar.toml is missing"),
        (lambda root: (root / MANIFEST).unlink(), r"manifest is missing"),
        (
            lambda root: (root / MANIFEST).write_text("[lexicon]\n", encoding="utf-8"),
            r"must give `tables`",
        ),
    ],
    ids=["file removed", "folder removed", "file cut short", "table removed", "no manifest", "bad"],
)
def test_manifest_check_names_what_is_missing(rules_copy, damage, message):
    damage(rules_copy)
    with pytest.raises(RulesError, match=message) as error:
        check_rules(rules_copy)
    assert str(rules_copy) in str(error.value)


def test_manifest_check_leaves_a_grown_file_to_the_test_of_the_manifest(rules_copy):
    # an entry added: the rule set is whole, the manifest no longer current
    path = rules_copy / "lexicon" / "companies.jsonl"
    with path.open("a", encoding="utf-8") as f:
        f.write('{"name": "Korvath Systems", "type": "COMPANY"}\n')
    check_rules(rules_copy)
    assert main([str(rules_copy), "--check"]) == 1
    assert main([str(rules_copy), "--write"]) == 0
    assert main([str(rules_copy), "--check"]) == 0


def test_manifest_describe_shows_each_file_and_what_is_wrong(rules_copy):
    _cut(rules_copy / "lexicon" / "events.jsonl", 3)
    (rules_copy / "lexicon" / "mine.jsonl").write_text(
        '{"name": "Korvath Systems", "type": "COMPANY"}\n', encoding="utf-8"
    )
    lines = describe(rules_copy)
    assert lines[0].startswith("rules ") and lines[1] == f"  in {rules_copy}"
    found = {line.split()[0]: " ".join(line.split()[1:]) for line in lines[2:]}
    assert found["lexicon/events.jsonl"].startswith("3 entries (the manifest lists ")
    assert found["lexicon/mine.jsonl"] == "1 entries (not in the manifest)"
    assert found["relations.toml"].endswith(" relations")
    assert found["patterns.toml"].endswith(" tables")
