"""The rule loader: the package's rules validate, broken rule files fail with file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.rules import RULES_DIR, Rules, RulesError, load_rules
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


# The lexicon a build chooses (--lexicon): kg's own without its field entries, the user's.


def _user_file(tmp_path: Path, *lines: str, name: str = "mine.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _load(*values) -> Rules:
    return load_rules(lexicon=LexiconChoice.parse([str(v) for v in values]))


def test_rules_lexicon_none_keeps_the_countries_alone():
    rules = _load("none")
    assert {e.type for e in rules.lexicon} == {"COUNTRY"}
    assert len(rules.lexicon) == sum(1 for e in load_rules().lexicon if e.type == "COUNTRY")
    assert "Washington" in rules.by_name["United States"].gov_aliases
    assert "Nvidia" not in rules.by_name and "Hsinchu" not in rules.by_name


def test_rules_lexicon_none_needs_no_field_lexicon_file(rules_copy):
    for name in ("companies.jsonl", "people.jsonl", "locations.jsonl"):
        (rules_copy / "lexicon" / name).unlink()
    rules = load_rules(str(rules_copy), LexiconChoice(builtin=False))
    assert rules.version == _load("none").version
    (rules_copy / "lexicon" / "countries.jsonl").unlink()
    load_rules.cache_clear()
    with pytest.raises(RulesError, match=r"countries.jsonl: rule file is missing"):
        load_rules(str(rules_copy), LexiconChoice(builtin=False))


def test_rules_user_entries_are_added_to_the_builtin_ones(tmp_path):
    mine = _user_file(
        tmp_path,
        '{"name": "Korvath Systems", "type": "COMPANY", "aliases": ["Korvath"],'
        ' "country": "Japan"}',
        "",
        '{"name": "Vela X2", "type": "PRODUCT", "maker": "Korvath Systems"}',
    )
    rules = _load(mine)
    assert rules.by_name["Korvath Systems"].country == "Japan"
    assert rules.by_name["Vela X2"].maker == "Korvath Systems"
    assert "Nvidia" in rules.by_name and rules.notes == ()
    alone = _load("none", mine)
    assert {e.name for e in alone.lexicon if e.type != "COUNTRY"} == {"Korvath Systems", "Vela X2"}


def test_rules_user_entry_wins_a_name_it_shares_with_a_builtin_one(tmp_path):
    # the built-in entry's own name, as an alias: the built-in entry is left out
    mine = _user_file(
        tmp_path, '{"name": "Nvidia Corporation", "type": "COMPANY", "aliases": ["Nvidia"]}'
    )
    rules = _load(mine)
    assert "Nvidia" not in rules.by_name
    assert rules.by_name["Nvidia Corporation"].aliases == ("Nvidia",)
    assert rules.notes == (
        (
            "mine.jsonl:1: 'Nvidia Corporation' (COMPANY) takes the place of the built-in entry"
            " 'Nvidia' (COMPANY)"
        ),
    )


def test_rules_user_alias_leaves_the_builtin_entry_that_had_it(tmp_path):
    # a built-in alias, spelt in another case: it leaves its entry, which stays
    alias = next(a for a in load_rules().by_name["TSMC"].aliases if " " in a)
    mine = _user_file(
        tmp_path, f'{{"name": "Tee Ess", "type": "COMPANY", "aliases": ["{alias.upper()}"]}}'
    )
    rules = _load(mine)
    assert alias not in rules.by_name["TSMC"].aliases
    assert set(rules.by_name["TSMC"].aliases) == set(load_rules().by_name["TSMC"].aliases) - {alias}
    assert rules.notes == (
        f"mine.jsonl:1: {alias!r} names 'Tee Ess' (COMPANY), no longer the built-in"
        " entry 'TSMC' (COMPANY)",
    )


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        (
            ['{"name": "Korvath", "type": "COMPANY"}', '{"name": "korvath", "type": "COMPANY"}'],
            r"mine.jsonl:2: 'korvath' \(COMPANY\) is defined at mine.jsonl:1 as well",
        ),
        (
            [
                '{"name": "Korvath", "type": "COMPANY", "aliases": ["KV"]}',
                '{"name": "KV Cache", "type": "TECHNOLOGY", "aliases": ["kv"]}',
            ],
            r"mine.jsonl:2: 'kv' names 'Korvath' \(mine.jsonl:1\) as well",
        ),
        (['{"name": "Korvath"}'], r"mine.jsonl:1: 'type' must be one of .* \(fix the line"),
        (["", "{not json"], r"mine.jsonl:2: not valid JSON .* \(fix the line"),
    ],
)
def test_rules_bad_user_lexicon_names_file_and_line(tmp_path, lines, message):
    mine = _user_file(tmp_path, *lines)
    with pytest.raises(RulesError, match=message):
        _load(mine)


def test_rules_user_lexicon_changed_since_it_was_chosen_is_refused(tmp_path):
    mine = _user_file(tmp_path, '{"name": "Korvath", "type": "COMPANY"}')
    choice = LexiconChoice.parse([str(mine)])
    mine.write_text('{"name": "Korvath", "type": "PERSON"}\n', encoding="utf-8")
    with pytest.raises(RulesError, match="changed since the build began"):
        load_rules(lexicon=choice)


def test_rules_user_lexicon_may_start_with_a_byte_order_mark(tmp_path):
    mine = tmp_path / "mine.jsonl"
    mine.write_bytes(b'\xef\xbb\xbf{"name": "Korvath", "type": "COMPANY"}\n')
    assert _load(mine).by_name["Korvath"].type == "COMPANY"


def test_rules_version_names_the_lexicon_chosen(tmp_path):
    a = _user_file(tmp_path, '{"name": "Korvath", "type": "COMPANY"}', name="a.jsonl")
    b = _user_file(tmp_path, '{"name": "Korvath", "type": "PERSON"}', name="b.jsonl")
    same = _user_file(tmp_path, '{"name": "Korvath", "type": "COMPANY"}', name="same.jsonl")
    versions = [
        load_rules().version,
        _load("none").version,
        _load(a).version,
        _load("none", a).version,
        _load(b).version,
    ]
    assert len(set(versions)) == len(versions)
    assert _load(same).version == _load(a).version  # the contents count, not the name
    assert load_rules(lexicon=LexiconChoice()).version == load_rules().version
