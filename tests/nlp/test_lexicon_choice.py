"""The lexicon a build reads: ``--lexicon`` values, the files named by their contents."""

from __future__ import annotations

import pickle

import pytest

from kg.errors import InputError
from kg.nlp.lexicon_choice import LexiconChoice, UserLexicon
from kg.nlp.models import ExtractorSpec

ENTRY = '{"name": "Korvath Systems", "type": "COMPANY"}\n'


@pytest.fixture
def mine(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(ENTRY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("values", "builtin", "files"),
    [
        ([], True, 0),
        (["none"], False, 0),
        (["MINE"], True, 1),
        (["none", "MINE"], False, 1),
        (["MINE", "none"], False, 1),
        (["MINE", "MINE"], True, 1),
    ],
)
def test_lexicon_choice_parse_reads_none_and_files_in_any_order(mine, values, builtin, files):
    choice = LexiconChoice.parse([str(mine) if v == "MINE" else v for v in values])
    assert (choice.builtin, len(choice.files)) == (builtin, files)
    assert choice.is_default == (builtin and not files)


def test_lexicon_choice_names_a_file_by_its_absolute_path_and_contents(mine, monkeypatch):
    monkeypatch.chdir(mine.parent)
    (found,) = LexiconChoice.parse(["mine.jsonl"]).files
    assert found.path == str(mine.resolve())
    before = found.digest
    mine.write_text(ENTRY + '{"name": "Vela X2", "type": "PRODUCT"}\n', encoding="utf-8")
    assert UserLexicon.read(mine).digest != before


@pytest.mark.parametrize("what", ["missing", "folder"])
def test_lexicon_choice_unreadable_file_is_an_error_naming_it(tmp_path, what):
    path = tmp_path / "mine.jsonl"
    if what == "folder":
        path.mkdir()
    with pytest.raises(InputError, match="or 'none'") as error:
        LexiconChoice.parse([str(path)])
    assert error.value.path == str(path)


def test_lexicon_choice_key_changes_with_the_choice_and_the_contents(mine, tmp_path):
    other = tmp_path / "other.jsonl"
    other.write_text('{"name": "Vela X2", "type": "PRODUCT"}\n', encoding="utf-8")
    keys = {
        LexiconChoice().key(),
        LexiconChoice.parse(["none"]).key(),
        LexiconChoice.parse([str(mine)]).key(),
        LexiconChoice.parse(["none", str(mine)]).key(),
        LexiconChoice.parse([str(other)]).key(),
    }
    assert len(keys) == 5


def test_lexicon_choice_config_round_trip(mine):
    for choice in (
        LexiconChoice(),
        LexiconChoice.parse(["none"]),
        LexiconChoice.parse(["none", str(mine)]),
        LexiconChoice.parse([str(mine)]),
    ):
        assert LexiconChoice.from_config(choice.to_config()) == choice
    assert LexiconChoice().to_config() is None


def test_lexicon_choice_travels_with_the_extractor_spec(mine):
    spec = ExtractorSpec("blank", True, LexiconChoice.parse(["none", str(mine)]))
    copy = pickle.loads(pickle.dumps(spec))
    assert copy == spec and hash(copy) == hash(spec)
    assert ExtractorSpec.of(spec) is spec
    assert ExtractorSpec.of("blank").lexicon == LexiconChoice()


def test_lexicon_choice_describes_itself(mine):
    assert LexiconChoice().describe() == "built-in"
    assert LexiconChoice.parse(["none", str(mine)]).describe() == "countries only + mine.jsonl"
