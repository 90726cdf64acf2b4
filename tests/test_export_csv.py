"""Tests of the CSV writers and of load_graph, which reads a build back."""

from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.errors import InputError, KgError
from kg.export import load_graph, write_edges, write_evidence, write_mentions, write_nodes
from kg.export.tables import format_cell, format_row, neutralise, unneutralise
from kg.graph.build import build_graph
from kg.records import (
    EDGE_COLUMNS,
    EVIDENCE_COLUMNS,
    MENTION_COLUMNS,
    NODE_COLUMNS,
    DocResult,
    Entity,
    Evidence,
    Mention,
)

SCORE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"

BIS = Entity("agency:bis", "Bureau of Industry and Security", "AGENCY", ("BIS",), "Q2928726")
HUAWEI = Entity("company:huawei", "Huawei", "COMPANY")
ASCEND = Entity("product:ascend", "Ascend", "PRODUCT")


def _ev(doc, date, src, rel, tgt, sentence, conf, **kw):
    return Evidence(
        doc,
        date,
        src.id,
        src.label,
        src.type,
        rel,
        tgt.id,
        tgt.label,
        tgt.type,
        sentence,
        conf,
        **kw,
    )


def _results() -> list[DocResult]:
    d1 = [
        _ev("d1", "2025-05-13", BIS, "restricts", ASCEND, "BIS restricts Ascend.", 0.9),
        _ev("d1", "2025-05-13", HUAWEI, "develops", ASCEND, "Huawei's Ascend.", 0.8),
        _ev(
            "d1",
            "2025-05-13",
            BIS,
            "restricts",
            HUAWEI,
            "BIS did not ban Huawei.",
            0.9,
            negated=True,
        ),
    ]
    d2 = [
        _ev("d2", "2025-05-20", BIS, "restricts", ASCEND, "Using Ascend may breach rules.", 0.3),
        _ev(
            "d2",
            "2025-05-20",
            BIS,
            "restricts",
            ASCEND,
            "BIS warns on Ascend.",
            0.7,
            modality="reported",
        ),
    ]
    d3 = [_ev("d3", "", HUAWEI, "competes", ASCEND, "=cmd|' /C calc'!A0", 0.6)]
    men = [Mention("d1", BIS.id, BIS.label, BIS.type, "BIS", 4, 7)]
    return [
        DocResult("d1", "2025-05-13", (BIS, HUAWEI, ASCEND), tuple(men), tuple(d1)),
        DocResult("d2", "2025-05-20", (BIS, ASCEND), (), tuple(d2)),
        DocResult("d3", None, (HUAWEI, ASCEND), (), tuple(d3)),
    ]


def _write_build(outdir: Path, results: list[DocResult], *, min_confidence: float = 0.0):
    graph = build_graph(results, min_confidence=min_confidence)
    write_nodes(graph, outdir / "nodes.csv")
    write_edges(graph, outdir / "edges.csv")
    write_evidence((ev for r in results for ev in r.evidence), outdir / "evidence.csv")
    write_mentions((m for r in results for m in r.mentions), outdir / "mentions.csv")
    return graph


def _edges(graph) -> dict:
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def _read(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def test_export_csv_headers_match_records(tmp_path):
    _write_build(tmp_path, _results())
    for name, columns in [
        ("nodes.csv", NODE_COLUMNS),
        ("edges.csv", EDGE_COLUMNS),
        ("evidence.csv", EVIDENCE_COLUMNS),
        ("mentions.csv", MENTION_COLUMNS),
    ]:
        assert _read(tmp_path / name)[0] == columns, name


def test_export_csv_cells_lists_and_booleans(tmp_path):
    _write_build(tmp_path, _results())
    nodes = {row[0]: row for row in _read(tmp_path / "nodes.csv")[1:]}
    assert nodes["agency:bis"][3] == "BIS"
    assert nodes["agency:bis"][8] == "Q2928726"
    edges = {(r[0], r[2], r[3]): r for r in _read(tmp_path / "edges.csv")[1:]}
    restricts = edges["agency:bis", "restricts", "product:ascend"]
    assert restricts[6] == "d1; d2"
    assert restricts[9:] == ["0.9", "false"]
    assert edges["company:huawei", "competes", "product:ascend"][10] == "true"
    evidence = _read(tmp_path / "evidence.csv")[1:]
    assert [row[12] for row in evidence] == ["false", "false", "true", "false", "false", "false"]


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@import", "'@import"),
        ("\tindent", "'\tindent"),
        ("\rreturn", "'\rreturn"),
        ("'quoted", "''quoted"),
        ("-0.5", "-0.5"),
        ("+3", "+3"),
        ("-1e-3", "-1e-3"),
        ("Nvidia", "Nvidia"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_export_csv_neutralises_formula_cells(text, cell):
    assert neutralise(text) == cell
    assert unneutralise(cell) == text


def test_export_csv_numbers_are_never_neutralised():
    assert format_cell(-0.5) == "-0.5"
    assert format_cell(-3) == "-3"
    assert format_cell(0.1 + 0.2) == "0.30000000000000004"


def _csv_line(cells: list) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(cells)
    return out.getvalue()


CELL_VALUES = st.one_of(
    st.text(),
    st.sampled_from(["=1", "+3", "-0.5", "-x", "@a", "\tx", "\rx", "'x", "''", "1e-3"]),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=5), max_size=3),
)


@given(st.lists(CELL_VALUES, max_size=8))
def test_export_csv_format_row_writes_what_format_cell_writes(values):
    assert _csv_line(format_row(values)) == _csv_line([format_cell(v) for v in values])


def test_export_csv_neutralised_cell_in_file(tmp_path):
    _write_build(tmp_path, _results())
    sentences = [row[9] for row in _read(tmp_path / "evidence.csv")[1:]]
    assert sentences[-1] == "'=cmd|' /C calc'!A0"


def test_export_load_graph_round_trips(tmp_path):
    graph = _write_build(tmp_path, _results())
    back = load_graph(tmp_path)
    assert list(back.nodes(data=True)) == list(graph.nodes(data=True))
    assert _edges(back) == _edges(graph)
    edge = back.edges["agency:bis", "product:ascend", "restricts"]
    assert [e["sentence"] for e in edge["evidence"]] == [
        "BIS restricts Ascend.",
        "Using Ascend may breach rules.",
        "BIS warns on Ascend.",
    ]
    assert isinstance(edge["confidence"], float) and isinstance(edge["weight"], int)


def test_export_load_graph_restores_evidence_above_threshold(tmp_path):
    graph = _write_build(tmp_path, _results(), min_confidence=0.5)
    back = load_graph(tmp_path)
    edge = back.edges["agency:bis", "product:ascend", "restricts"]
    assert edge["weight"] == 2
    assert [e["confidence"] for e in edge["evidence"]] == [0.9, 0.7]
    assert _edges(back) == _edges(graph)


def test_export_load_graph_reads_issuer_and_subject_and_builds_without_them(tmp_path):
    policy = Entity(
        "policy:us-sanctions-on-huawei",
        "US sanctions on Huawei",
        "POLICY",
        issuer=("United States",),
        subject=("Huawei", "HiSilicon"),
    )
    graph = _write_build(tmp_path, [DocResult("d1", "2025-05-13", (policy,), (), ())])
    back = load_graph(tmp_path)
    assert back.nodes[policy.id]["subject"] == ["Huawei", "HiSilicon"]
    assert list(back.nodes(data=True)) == list(graph.nodes(data=True))
    # nodes.csv of a build from before the columns
    rows = _read(tmp_path / "nodes.csv")
    keep = [i for i, c in enumerate(rows[0]) if c not in ("issuer", "subject")]
    with (tmp_path / "nodes.csv").open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([[r[i] for i in keep] for r in rows])
    assert load_graph(tmp_path).nodes[policy.id]["issuer"] == []


def test_export_load_graph_without_evidence_csv(tmp_path):
    graph = _write_build(tmp_path, _results())
    (tmp_path / "evidence.csv").unlink()
    back = load_graph(tmp_path)
    assert all(d["evidence"] == [] for _, _, d in back.edges(data=True))
    assert back.number_of_edges() == graph.number_of_edges()


def test_export_load_graph_missing_outdir(tmp_path):
    with pytest.raises(KgError, match=r"nowhere: no such folder or file \(name a folder"):
        load_graph(tmp_path / "nowhere")


def test_export_load_graph_missing_nodes_csv(tmp_path):
    with pytest.raises(KgError, match=r"no nodes\.csv here"):
        load_graph(tmp_path)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda rows: [[c for c in r if c != "weight"] for r in rows[:1]], "missing column"),
        (lambda rows: [rows[0], [*rows[1][:10], "maybe"]], "column symmetric"),
        (lambda rows: [rows[0], [*rows[1][:5], "many", *rows[1][6:]]], "column weight"),
        (lambda rows: [rows[0], ["company:ghost", *rows[1][1:]]], "not in nodes.csv"),
    ],
)
def test_export_load_graph_reports_bad_edges_csv(tmp_path, edit, message):
    _write_build(tmp_path, _results())
    path = tmp_path / "edges.csv"
    rows = edit(_read(path))
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    with pytest.raises(InputError, match=message) as err:
        load_graph(tmp_path)
    assert str(err.value).startswith(str(path))


@pytest.mark.skipif(not SCORE.is_file(), reason="shared/tools/score.py is not beside the repo")
def test_export_csv_score_matches_neutralised_names(tmp_path):
    spec = importlib.util.spec_from_file_location("score", SCORE)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    odd = Entity("company:at-home", "@Home", "COMPANY")
    ev = _ev("d9", "", odd, "partners", HUAWEI, "@Home teams up with Huawei.", 0.9)
    men = [
        Mention("d9", odd.id, odd.label, odd.type, "@Home", 0, 5),
        Mention("d9", HUAWEI.id, HUAWEI.label, HUAWEI.type, "Huawei", 20, 26),
    ]
    write_mentions(men, tmp_path / "mentions.csv")
    write_evidence([ev], tmp_path / "evidence.csv")
    gold = {
        "d9": {
            "id": "d9",
            "entities": [
                {"name": "@Home", "type": "COMPANY"},
                {"name": "Huawei", "type": "COMPANY"},
            ],
            "relations": [{"source": "@Home", "relation": "partners", "target": "Huawei"}],
        }
    }
    result = score.score(gold, str(tmp_path))
    assert result["entities"]["f1"] == 1.0
    assert result["relations"]["f1"] == 1.0
