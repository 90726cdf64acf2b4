"""The rule loader: the package's rules validate, broken rule files fail with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.nlp.rules import RULES_DIR, RulesError, load_rules
from kg.records import NODE_TYPES, RELATIONS


def test_rules_package_rules_load_and_cover_schema():
    rules = load_rules()
    assert set(rules.relations) == set(RELATIONS)
    assert {e.type for e in rules.lexicon} == set(NODE_TYPES)
    assert len(rules.version) == 16


def test_rules_lexicon_aliases_are_unique():
    seen: dict[str, str] = {}
    for entry in load_rules().lexicon:
        for alias in (entry.name, *entry.aliases):
            key = f"{entry.type}|{alias}"
            assert key not in seen or seen[key] == entry.name, alias
            seen[key] = entry.name


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "rules"
    shutil.copytree(RULES_DIR, dest, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return dest


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "companies.jsonl:1: not valid JSON"),
        ('["a list"]', "must be a JSON object"),
        ('{"name": "X", "type": "ROBOT"}', "'type' must be one of"),
        ('{"name": "", "type": "COMPANY"}', "'name' must be a non-empty string"),
        ('{"name": "X", "type": "COMPANY", "colour": "red"}', "unknown keys ['colour']"),
        ('{"name": "X", "type": "COMPANY", "aliases": "Y"}', "'aliases' must be a list of strings"),
    ],
)
def test_rules_bad_lexicon_line_names_file_and_line(rules_copy, line, message):
    path = rules_copy / "lexicon" / "companies.jsonl"
    path.write_text(line + "\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(RulesError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_rules(str(rules_copy))


def test_rules_unknown_relation_is_refused(rules_copy):
    path = rules_copy / "relations.toml"
    path.write_text(
        path.read_text(encoding="utf-8")
        + '\n[likes]\nsource = ["COMPANY"]\ntarget = ["COMPANY"]\n',
        encoding="utf-8",
    )
    with pytest.raises(RulesError, match=r"\[likes\] is not a relation of the schema"):
        load_rules(str(rules_copy))


def test_rules_version_changes_with_any_rule(rules_copy):
    before = load_rules(str(rules_copy)).version
    path = rules_copy / "patterns.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8")
    load_rules.cache_clear()
    assert load_rules(str(rules_copy)).version != before


@pytest.mark.parametrize(
    ("file", "edit", "message"),
    [
        # an unknown key, with the line it is on
        ("patterns.toml", ("[company]\n", "[company]\ncolour = ['red']\n"), r"patterns.toml:\d+: "),
        ("patterns.toml", ("[company]\n", "[company]\ncolour = ['red']\n"), "unknown key 'colour'"),
        ("patterns.toml", ("[stop]", "[stops]"), r"unknown section \[stops\]"),
        ("patterns.toml", ("model_regex = '^", "model_regex = '^("), "not a valid regular"),
        ("grammar.toml", ('negators = ["not"', 'negators = [1, "not"'), "non-empty strings"),
        ("grammar.toml", ("negators = ", "negatives = "), "unknown key 'negatives'"),
        ("confidence.toml", ("indirect = -0.1", 'indirect = "low"'), "indirect must be a number"),
        ("confidence.toml", ("title_after = 0.85", ""), r"\[fixed\] lacks title_after"),
    ],
)
def test_rules_table_keys_are_validated(rules_copy, file, edit, message):
    path = rules_copy / file
    text = path.read_text(encoding="utf-8")
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1), encoding="utf-8")
    with pytest.raises(RulesError, match=message):
        load_rules(str(rules_copy))


def test_rules_unknown_key_is_reported_on_its_line(rules_copy):
    path = rules_copy / "grammar.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines, 1) if line.startswith("negators"))
    lines[at - 1] = lines[at - 1].replace("negators", "negatives")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RulesError, match=rf"grammar.toml:{at}: \[clause\] has an unknown key"):
        load_rules(str(rules_copy))


def test_rules_confidences_are_read_from_their_file():
    rules = load_rules()
    assert rules.score("fixed", "title_before") == 0.9
    assert rules.score("offset", "indirect") == -0.1
