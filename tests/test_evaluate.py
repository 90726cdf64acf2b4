"""kg evaluate: scores that agree with ../shared/tools/score.py, and clear errors on bad gold."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.evaluate import format_scores, read_gold, score
from kg.records import EVIDENCE_COLUMNS, MENTION_COLUMNS

SCORER = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"

GOLD = [
    {
        "id": "g1",
        "text": "The US Commerce Department's BIS restricted Huawei's Ascend chips.",
        "entities": [
            {"name": "Bureau of Industry and Security", "type": "AGENCY", "aliases": ["BIS"]},
            {"name": "Huawei", "type": "COMPANY", "aliases": []},
            {"name": "Ascend", "type": "PRODUCT", "aliases": ["Ascend chips"]},
        ],
        "relations": [
            {
                "source": "Bureau of Industry and Security",
                "relation": "restricts",
                "target": "Ascend",
            },
            {"source": "Huawei", "relation": "develops", "target": "Ascend"},
            {"source": "Ascend", "relation": "part_of", "target": "Huawei", "optional": True},
        ],
    },
    {
        "id": "g2",
        "text": "Intel and Nvidia partner.",
        "entities": [
            {"name": "Intel", "type": "COMPANY"},
            {"name": "Nvidia", "type": "COMPANY", "aliases": ["NVIDIA"]},
        ],
        "relations": [{"source": "Intel", "relation": "partners", "target": "Nvidia"}],
    },
]


def _write(outdir: Path, mentions: list[dict], evidence: list[dict]) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, columns, rows in (
        ("mentions.csv", MENTION_COLUMNS, mentions),
        ("evidence.csv", EVIDENCE_COLUMNS, evidence),
    ):
        with (outdir / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, columns)
            w.writeheader()
            for row in rows:
                w.writerow({c: row.get(c, "") for c in columns})


@pytest.fixture
def build(tmp_path: Path) -> tuple[Path, Path]:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    m = [
        {"doc_id": "g1", "label": "BIS", "type": "AGENCY", "text": "BIS"},
        {"doc_id": "g1", "label": "Huawei", "type": "COMPANY", "text": "Huawei's"},
        {"doc_id": "g1", "label": "Ascend", "type": "COMPANY", "text": "Ascend"},  # wrong type
        {"doc_id": "g1", "label": "US", "type": "COUNTRY", "text": "US"},  # not annotated
        {"doc_id": "g2", "label": "NVIDIA", "type": "COMPANY", "text": "NVIDIA"},
        {"doc_id": "g2", "label": "Intel", "type": "COMPANY", "text": "Intel"},
    ]
    e = [
        {"doc_id": "g1", "source": "BIS", "relation": "restricts", "target": "Ascend"},
        {"doc_id": "g1", "source": "Ascend", "relation": "part_of", "target": "Huawei"},
        {"doc_id": "g1", "source": "Huawei", "relation": "restricts", "target": "BIS"},
        {"doc_id": "g2", "source": "NVIDIA", "relation": "partners", "target": "Intel"},
    ]
    _write(tmp_path / "out", m, e)
    return gold, tmp_path / "out"


def test_evaluate_counts_matches_as_schema_says(build):
    gold, out = build
    result = score(read_gold(gold), out)
    # entities: BIS, Huawei, Nvidia, Intel right; Ascend has the wrong type; US is not annotated
    assert result["entities"]["predicted"] == 6
    assert result["entities"]["precision"] == pytest.approx(4 / 6, abs=1e-4)
    assert result["entities"]["recall"] == pytest.approx(4 / 5, abs=1e-4)
    # relations: restricts and partners (either order) right, optional part_of counts
    # neither way, the reversed restricts is wrong; the develops edge is missed
    rel = result["relations"]
    assert (rel["predicted"], rel["gold"]) == (4, 3)
    assert rel["precision"] == pytest.approx(3 / 4, abs=1e-4)
    assert rel["recall"] == pytest.approx(2 / 3, abs=1e-4)


@pytest.mark.skipif(
    not SCORER.is_file(), reason="../shared/tools/score.py is not beside the project"
)
def test_evaluate_agrees_with_shared_scorer(build):
    gold, out = build
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    shared = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(shared)
    ours = score(read_gold(gold), out, per_doc=True)
    theirs = shared.score(shared.read_gold(str(gold)), str(out), per_doc=True)
    for key in ("entities", "relations", "by_relation", "entities_untyped_precision"):
        assert ours[key] == theirs[key], key


def test_evaluate_per_doc_lists_misses_and_false_positives(build):
    gold, out = build
    result = score(read_gold(gold), out, per_doc=True)
    g1 = next(d for d in result["per_doc"] if d["doc"] == "g1")
    assert ["Huawei", "restricts", "BIS"] in g1["false_positives"]
    assert ["Huawei", "develops", "Ascend"] in g1["missed"]
    text = "\n".join(format_scores(result))
    assert "== g1" in text and "  - Huawei -develops-> Ascend" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "no annotated summaries"),
        ("{not json\n", r"gold.jsonl:1: not valid JSON"),
        ('{"text": "no id"}\n', r"gold.jsonl:1: an annotated summary needs 'id' and 'text'"),
    ],
)
def test_evaluate_bad_gold_names_file_and_line(tmp_path, content, message):
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_gold(path)
