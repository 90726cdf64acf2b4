"""Tests for kg.query: the ``kg query`` subcommands on a graph written to a folder or a file.

Every test runs on the same graph as a build folder and as kg's GraphML, GEXF and JSON
files: the answers must be the same.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pandas as pd
import pytest

from kg.errors import KgError
from kg.export import (
    write_edges,
    write_evidence,
    write_gexf,
    write_graphml,
    write_json,
    write_nodes,
)
from kg.graph.analysis import CENTRALITY_COLUMNS, sample_graph, sample_records
from kg.query import register, run


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("built")
    g = sample_graph()
    write_nodes(g, out / "nodes.csv")
    write_edges(g, out / "edges.csv")
    write_evidence([ev for r in sample_records() for ev in r.evidence], out / "evidence.csv")
    write_graphml(g, out / "graph.graphml")
    write_gexf(g, out / "graph.gexf")
    write_json(g, out / "graph.json")
    return out


@pytest.fixture(scope="module", params=["folder", "graph.graphml", "graph.gexf", "graph.json"])
def outdir(built, request) -> Path:
    """What ``kg query`` is given: the build folder, or one of the graph files in it."""
    return built if request.param == "folder" else built / request.param


def _query(*argv: str) -> str:
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["query", *argv])
    out = io.StringIO()
    assert args.func(args, out) == 0
    return out.getvalue()


def test_query_centrality_readable(outdir):
    text = _query("centrality", str(outdir), "--top", "3")
    note, header, *rows = text.splitlines()
    assert note.startswith("note: eigenvector computed per connected component")
    assert header.split()[:3] == ["label", "type", "degree"]
    assert rows[0].startswith("China ")
    assert len(rows) == 3


@pytest.mark.parametrize("flag, value", [("--type", "product"), ("--type", "COMPANY")])
def test_query_centrality_type_csv(outdir, flag, value):
    table = pd.read_csv(io.StringIO(_query("centrality", str(outdir), flag, value, "--csv")))
    assert table.columns.tolist() == CENTRALITY_COLUMNS
    assert set(table["type"]) == {value.upper()}


def test_query_centrality_relation(outdir):
    table = pd.read_csv(
        io.StringIO(_query("centrality", str(outdir), "--relation", "develops", "--csv"))
    )
    assert set(table["type"]) == {"COMPANY", "PRODUCT"}


def test_query_communities_summary_and_members(outdir):
    summary = pd.read_csv(io.StringIO(_query("communities", str(outdir), "--csv")))
    members = pd.read_csv(io.StringIO(_query("communities", str(outdir), "--members", "--csv")))
    assert (summary["size"] >= 2).all()
    assert summary["size"].sum() == len(members)
    assert "top_members" in _query("communities", str(outdir)).splitlines()[0]


def test_query_ego_by_alias(outdir):
    text = _query("ego", str(outdir), "the BIS", "--depth", "1")
    assert "restricts" in text and "Huawei" in text
    table = pd.read_csv(io.StringIO(_query("ego", str(outdir), "bis", "--csv")))
    assert set(table["hop"]) == {1, 2}
    assert table["sentence"].notna().all()


def test_query_path_shows_each_hop(outdir):
    table = pd.read_csv(io.StringIO(_query("path", str(outdir), "Xiaomi", "Apple", "--csv")))
    assert table["direction"].tolist() == ["->", "<->", "<-"]
    assert table["sentence"].str.len().gt(0).all()


def test_query_edges_truncates_sentences(outdir):
    text = _query("edges", str(outdir), "--relation", "restricts", "--width", "20")
    assert "…" in text
    assert all(len(cell) <= 20 for line in text.splitlines()[1:] for cell in line.split("  "))
    full = pd.read_csv(
        io.StringIO(_query("edges", str(outdir), "--relation", "restricts", "--csv"))
    )
    assert full["sentence"].str.len().max() > 20


def test_query_as_of_filters(outdir):
    table = pd.read_csv(
        io.StringIO(
            _query(
                "edges", str(outdir), "--relation", "restricts", "--as-of", "2025-02-01", "--csv"
            )
        )
    )
    assert table[["source", "target"]].values.tolist() == [["United States", "China"]]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["ego", "{out}", "Huawai"], "closest: Huawei"),
        (["path", "{out}", "Xiaomi", "Huawei"], "nothing connects"),
        (["centrality", "{missing}"], "nowhere"),
    ],
)
def test_query_errors_raise_kgerror(outdir, tmp_path, argv, message):
    argv = [a.format(out=outdir, missing=tmp_path / "nowhere") for a in argv]
    with pytest.raises(KgError, match=message):
        _query(*argv)


def test_query_bad_type_is_a_usage_error(outdir, capsys):
    with pytest.raises(SystemExit) as err:
        _query("centrality", str(outdir), "--type", "planet")
    assert err.value.code == 2
    assert "unknown node type" in capsys.readouterr().err


def test_query_run_prints_note_to_stderr_with_csv(outdir, monkeypatch, capsys):
    from kg.graph.analysis import centrality

    monkeypatch.setattr(centrality, "EXACT_WORK", 10)
    monkeypatch.setattr(centrality, "MIN_SOURCES", 4)
    text = _query("centrality", str(outdir), "--csv")
    assert "estimated from 4 of" in capsys.readouterr().err
    assert text.startswith("id,label,type")
    assert "note: betweenness estimated" in _query("centrality", str(outdir)).splitlines()[0]


def test_query_run_defaults_to_stdout(outdir, capsys):
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command"))
    assert run(parser.parse_args(["query", "edges", str(outdir), "--relation", "issues"])) == 0
    assert "BIS guidance on Ascend chips" in capsys.readouterr().out
