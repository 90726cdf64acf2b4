"""Tests of the ``kg export`` subcommand."""

from __future__ import annotations

import argparse

import networkx as nx
import pytest

from kg.errors import KgError
from kg.export import load_graph, write_exports
from kg.export.cli import register, run


@pytest.fixture
def built(tmp_path):
    g = nx.MultiDiGraph()
    dates = {"first_date": "2025-05-01", "last_date": "2025-05-01"}
    g.add_node("company:tsmc", label="TSMC", type="COMPANY", aliases=["Taiwan Semiconductor"],
               mentions=2, documents=1, wikidata="", issuer=[], subject=[], **dates)  # fmt: skip
    g.add_node("product:xring-o1", label="XRing O1", type="PRODUCT", aliases=[], mentions=1,
               documents=1, wikidata="", issuer=[], subject=[], **dates)  # fmt: skip
    g.add_edge("company:tsmc", "product:xring-o1", key="manufactures", relation="manufactures",
               weight=1, docs=["d1"], confidence=0.8, symmetric=False, evidence=[],
               **dates)  # fmt: skip
    outdir = tmp_path / "output"
    write_exports(g, outdir, formats=["csv"])
    return g, outdir


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kg")
    register(parser.add_subparsers(dest="command"))
    return parser


def test_export_cli_writes_chosen_formats(built, tmp_path, capsys):
    _, outdir = built
    dest = tmp_path / "dest"
    args = _parser().parse_args(
        ["export", str(outdir), "--format", "gexf", "--format", "json", "-o", str(dest)]
    )
    assert args.func(args) == 0
    assert sorted(p.name for p in dest.iterdir()) == ["graph.gexf", "graph.json"]
    assert capsys.readouterr().out.split() == [str(dest / "graph.gexf"), str(dest / "graph.json")]
    assert nx.read_gexf(dest / "graph.gexf").nodes["company:tsmc"]["label"] == "TSMC"


def test_export_cli_defaults_to_graphml_beside_the_build(built):
    _, outdir = built
    assert run(argparse.Namespace(path=outdir, formats=None, dest=None)) == 0
    back = nx.read_graphml(outdir / "graph.graphml")
    assert back.nodes["product:xring-o1"]["label"] == "XRing O1"


def test_export_cli_csv_round_trips(built, tmp_path):
    graph, outdir = built
    dest = tmp_path / "copy"
    run(argparse.Namespace(path=outdir, formats=["csv"], dest=dest))
    assert dict(load_graph(dest).nodes(data=True)) == dict(graph.nodes(data=True))


def test_export_cli_missing_outdir(tmp_path):
    with pytest.raises(KgError, match="none: no such folder or file"):
        run(argparse.Namespace(path=tmp_path / "none", formats=["json"], dest=tmp_path))


def test_export_cli_missing_nodes_csv(tmp_path):
    with pytest.raises(KgError, match=r"no nodes\.csv here \(run `kg build` first\)") as err:
        run(argparse.Namespace(path=tmp_path, formats=["json"], dest=tmp_path / "out"))
    assert "\n" not in str(err.value)
    assert not (tmp_path / "out").exists()


def test_export_cli_rejects_unknown_format(built, capsys):
    _, outdir = built
    with pytest.raises(SystemExit):
        _parser().parse_args(["export", str(outdir), "--format", "dot"])
    assert "invalid choice: 'dot'" in capsys.readouterr().err
