"""End to end: ``kg build`` on the sample corpus, and the errors the command line reports."""

from __future__ import annotations

import contextlib
import csv
import io
import json

import networkx as nx
import pytest

from kg.cli import main


@pytest.fixture(scope="module")
def sample_build(tmp_path_factory):
    """The sample corpus built once, with the default pipeline and formats."""
    outdir = tmp_path_factory.mktemp("sample") / "output"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["build", "-o", str(outdir)])
    return status, outdir, out.getvalue()


def _rows(path):
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_cli_build_sample_succeeds_and_reports(sample_build):
    status, _, printed = sample_build
    assert status == 0
    assert "read 14 documents from 1 file" in printed
    assert "extracted 14 on this process, reused 0 from" in printed


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("mentions.csv", {"doc_id", "entity_id", "text", "start_char"}),
        ("evidence.csv", {"doc_id", "source_id", "relation", "target_id", "sentence"}),
        ("nodes.csv", {"id", "label", "type", "mentions"}),
        ("edges.csv", {"source_id", "relation", "target_id", "weight"}),
    ],
)
def test_cli_build_writes_csv_that_parses(sample_build, name, columns):
    rows = _rows(sample_build[1] / name)
    assert rows and columns <= set(rows[0])


def test_cli_build_writes_graphml_that_networkx_reads(sample_build):
    outdir = sample_build[1]
    g = nx.read_graphml(outdir / "graph.graphml")
    assert g.number_of_nodes() == len(_rows(outdir / "nodes.csv")) > 0
    assert g.number_of_edges() == len(_rows(outdir / "edges.csv")) > 0


def test_cli_build_writes_the_graph_page(sample_build):
    page = (sample_build[1] / "graph.html").read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") and "</html>" in page


@pytest.mark.parametrize(
    ("source", "relation", "target"),
    [
        ("Xiaomi", "develops", "XRing O1"),
        ("Bureau of Industry and Security", "restricts", "Ascend"),
        ("Jensen Huang", "leads", "Nvidia"),
        ("Huawei", "develops", "Ascend"),
    ],
)
def test_cli_build_sample_has_the_key_edges(sample_build, source, relation, target):
    edges = {
        (r["source"], r["relation"], r["target"]) for r in _rows(sample_build[1] / "edges.csv")
    }
    assert (source, relation, target) in edges


def test_cli_missing_input_is_one_line_error(tmp_path, capsys):
    missing = tmp_path / "nowhere.jsonl"
    status = main(["build", str(missing), "-o", str(tmp_path / "out"), "-q", "--fast"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith("kg: error:") and "nowhere.jsonl" in err[0]
    assert "Traceback" not in "\n".join(err)


@pytest.fixture
def malformed(tmp_path):
    path = tmp_path / "news.jsonl"
    good = json.dumps({"id": "a", "text": "Xiaomi unveiled the XRing O1."})
    path.write_text(good + "\n{not json\n", encoding="utf-8")
    return path


def test_cli_malformed_line_is_skipped_with_a_warning(malformed, tmp_path, capsys):
    status = main(["build", str(malformed), "-o", str(tmp_path / "out"), "--fast"])
    printed = capsys.readouterr().out
    assert status == 0
    assert "built 1, skipped 1" in printed
    assert f"skipped {malformed}:2: invalid JSON" in printed


def test_cli_strict_fails_on_a_malformed_line(malformed, tmp_path, capsys):
    status = main(["build", str(malformed), "-o", str(tmp_path / "out"), "--fast", "--strict"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2
    assert len(err) == 1 and err[0].startswith("kg: error:") and f"{malformed}:2" in err[0]


def test_cli_fast_and_model_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--fast", "--model", "blank"])
    assert exit_.value.code == 2 and "not allowed with" in capsys.readouterr().err


@pytest.mark.parametrize("value", ["0", "two"])
def test_cli_workers_must_be_a_positive_number(value, capsys):
    with pytest.raises(SystemExit):
        main(["build", "--workers", value])
    assert "--workers" in capsys.readouterr().err


def test_cli_no_store_and_store_path(tmp_path, malformed, capsys):
    store = tmp_path / "elsewhere" / "kg.sqlite"
    main(["build", str(malformed), "-o", str(tmp_path / "a"), "--fast", "--store", str(store)])
    assert store.is_file() and not (tmp_path / "a" / "store.sqlite").exists()
    main(["build", str(malformed), "-o", str(tmp_path / "b"), "--fast", "--no-store"])
    assert "from no store" in capsys.readouterr().out
    assert not (tmp_path / "b" / "store.sqlite").exists()


def test_command_exits_at_once_with_its_output_flushed(tmp_path):
    """`kg` leaves without tearing the interpreter down, yet loses no output or status."""
    import subprocess
    import sys

    news = tmp_path / "news.txt"
    news.write_text("Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "kg", "build", str(news), "-o", str(tmp_path / "out"), "--fast"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "built 2, skipped 0" in done.stdout  # the report reached the pipe
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0
    failed = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert failed.returncode == 2
    assert "missing.jsonl: no such file or folder" in failed.stderr
    usage = subprocess.run([sys.executable, "-m", "kg", "nosuch"], capture_output=True, text=True)
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


# The lexicon (--lexicon) and the rule set (--version, the check at the start of a build)


def test_cli_version_reports_the_rule_set(capsys):
    import kg

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    lines = capsys.readouterr().out.splitlines()
    assert exit_.value.code == 0
    assert lines[0] == f"kg {kg.__version__}" and lines[1].startswith("rules ")
    found = {line.split()[0]: line.split()[1:] for line in lines[3:]}
    assert found["lexicon/companies.jsonl"][1] == "entries"
    assert int(found["lexicon/countries.jsonl"][0]) > 100
    assert found["relations.toml"][1] == "relations"
    assert {"patterns.toml", "grammar.toml", "confidence.toml"} <= set(found)


@pytest.fixture
def damaged_rules(tmp_path, monkeypatch):
    """kg's rules with a lexicon file lost, as an incomplete installation has them."""
    import shutil

    import kg.nlp.manifest
    from kg.nlp.rules import RULES_DIR

    root = tmp_path / "rules"
    shutil.copytree(RULES_DIR, root)
    (root / "lexicon" / "people.jsonl").unlink()
    monkeypatch.setattr(kg.nlp.manifest, "RULES_DIR", root)
    return root


def test_cli_version_says_what_the_rule_set_lacks(damaged_rules, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert "kg: error:" in err and "lexicon/people.jsonl is missing" in err


def test_cli_build_stops_when_the_rule_set_is_not_whole(damaged_rules, malformed, tmp_path, capsys):
    status = main(["build", str(malformed), "-o", str(tmp_path / "out"), "--fast"])
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1
    assert "the rule set is not whole: lexicon/people.jsonl is missing" in err[0]
    assert "reinstall kg" in err[0] and not (tmp_path / "out").exists()


def test_cli_build_lexicon_none_is_reported(tmp_path, capsys):
    news = tmp_path / "news.txt"
    news.write_text("Xiaomi unveiled the XRing O1 in Japan.\n", encoding="utf-8")
    status = main(["build", str(news), "-o", str(tmp_path / "out"), "--fast", "--lexicon", "none"])
    assert status == 0
    assert "(rules alone, lexicon: countries only)" in capsys.readouterr().out
    nodes = _rows(tmp_path / "out" / "nodes.csv")
    assert {(r["label"], r["type"]) for r in nodes} == {
        ("XRing O1", "PRODUCT"),
        ("Japan", "COUNTRY"),
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"name": "Korvath", "type": "COMPANY"}\n{"name": "Vela"}\n', "mine.jsonl:2: 'type'"),
        ('{"name": "Korvath", "type": "COMPANY", "alias": ["K"]}\n', "mine.jsonl:1: unknown keys"),
        (None, "mine.jsonl: cannot read the lexicon: no such file"),
    ],
    ids=["no type", "unknown key", "missing"],
)
def test_cli_bad_user_lexicon_is_one_line_error(tmp_path, capsys, content, message):
    mine = tmp_path / "mine.jsonl"
    if content is not None:
        mine.write_text(content, encoding="utf-8")
    argv = ["build", "-o", str(tmp_path / "out"), "--fast", "--lexicon", str(mine)]
    status = main(argv)
    err = capsys.readouterr().err.strip().splitlines()
    assert status == 2 and len(err) == 1
    assert err[0].startswith(f"kg: error: {tmp_path}/") and message in err[0]
    assert "Traceback" not in err[0] and not (tmp_path / "out").exists()


def test_cli_user_lexicon_that_takes_builtin_names_is_noted(tmp_path, capsys):
    mine = tmp_path / "mine.jsonl"
    mine.write_text(
        '{"name": "Xiaomi Corp", "type": "COMPANY", "aliases": ["Xiaomi"]}\n', encoding="utf-8"
    )
    news = tmp_path / "news.txt"
    news.write_text("Xiaomi unveiled the XRing O1.\n", encoding="utf-8")
    argv = ["build", str(news), "-o", str(tmp_path / "out"), "--fast", "--lexicon", str(mine)]
    assert main(argv) == 0
    printed = capsys.readouterr().out
    assert "lexicon: built-in + mine.jsonl" in printed
    assert "note: mine.jsonl:1: 'Xiaomi Corp' (COMPANY) takes the place of the built-in" in printed
    assert "Xiaomi Corp" in {r["label"] for r in _rows(tmp_path / "out" / "nodes.csv")}


def test_cli_evaluate_takes_the_lexicon(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "Xiaomi unveiled the XRing O1.",
                "entities": [
                    {"name": "Xiaomi", "type": "COMPANY"},
                    {"name": "XRing O1", "type": "PRODUCT"},
                ],
                "relations": [{"source": "Xiaomi", "relation": "develops", "target": "XRing O1"}],
            }
        )
        + "\n",
        encoding="utf-8",
    )
    recalls = []
    for extra in ([], ["--lexicon", "none"]):
        assert main(["evaluate", str(gold), "--fast", "--json", *extra]) == 0
        recalls.append(json.loads(capsys.readouterr().out)["entities"]["recall"])
    assert recalls == [1.0, 0.5]
