"""Tests of the build: incremental rebuilds from the store, duplicates, interruption, workers."""

from __future__ import annotations

import json
import multiprocessing
import time
from pathlib import Path

import pytest

import kg.build
import kg.parallel
from kg.build import build
from kg.errors import KgError
from kg.export import load_graph, write_exports
from kg.parallel import Runner
from kg.store import Store, extractor_id
from kg.viz.page import read_page_data

OUTPUTS = (
    "mentions.csv",
    "evidence.csv",
    "excluded.csv",
    "documents.csv",
    "nodes.csv",
    "edges.csv",
)

TEXTS = [
    "Xiaomi unveiled the XRing O1.",
    "Huawei unveiled the Ascend 910C.",
    "Nvidia CEO Jensen Huang spoke at Computex.",
    "TSMC manufactures the XRing O1.",
    "Qualcomm sued Arm.",
    "Apple unveiled the A17 Pro.",
]


def _write(path: Path, texts: list[str], *, prefix: str = "n") -> Path:
    """A .jsonl of ``texts``, every other one with a title, a source and a link."""
    lines = [
        json.dumps(
            {
                "id": f"{prefix}{i}",
                "date": f"2025-05-{i + 1:02d}",
                "text": t,
                **(
                    {"title": f"Story {i}", "source": "Wire", "url": f"https://x.test/{i}"}
                    if i % 2 == 0
                    else {}
                ),
            }
        )
        for i, t in enumerate(texts)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _bytes(outdir: Path) -> dict[str, bytes]:
    return {name: (outdir / name).read_bytes() for name in OUTPUTS}


def _build(corpus: Path, outdir: Path, **options):
    options.setdefault("model", "blank")
    return build([corpus], outdir, formats=["csv"], **options)


def test_build_rerun_reuses_every_result_without_loading_the_pipeline(tmp_path, monkeypatch):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    first = _build(corpus, tmp_path / "out")
    assert (first.extracted, first.reused) == (len(TEXTS), 0)
    before = _bytes(tmp_path / "out")
    loads = []
    monkeypatch.setattr(kg.parallel, "cached_extractor", lambda m: loads.append(m))
    monkeypatch.setattr(kg.parallel, "_loaded", {"blank"})  # extract here, if at all
    again = _build(corpus, tmp_path / "out")
    assert (again.extracted, again.reused, again.carried, again.built) == (0, 0, 6, 6)
    assert loads == [] and "not needed" in again.pipeline
    assert _bytes(tmp_path / "out") == before
    assert "extracted 0, reused 0 from" in "\n".join(again.lines())
    assert "carried 6 over from the last build" in "\n".join(again.lines())
    (tmp_path / "out" / "evidence.csv").unlink()  # what the last build left is gone
    third = _build(corpus, tmp_path / "out")
    assert (third.extracted, third.reused, third.carried) == (0, len(TEXTS), 0)
    assert loads == [] and _bytes(tmp_path / "out") == before


def test_build_grown_corpus_extracts_only_new_documents(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    _build(corpus, tmp_path / "out")
    _write(corpus, TEXTS)
    grown = _build(corpus, tmp_path / "out")
    assert (grown.extracted, grown.reused, grown.carried) == (2, 0, 4)
    fresh = _build(corpus, tmp_path / "fresh", store=False)
    assert fresh.store is None and fresh.extracted == len(TEXTS)
    assert _bytes(tmp_path / "out") == _bytes(tmp_path / "fresh")
    assert grown.built == fresh.built and grown.mentions == fresh.mentions
    assert (grown.evidence, grown.excluded) == (fresh.evidence, fresh.excluded)


def test_build_going_on_loads_the_pipeline_beside_it(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.parallel, "_loaded", set())  # as in a fresh process
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    first = _build(corpus, tmp_path / "out")
    assert first.runner == "this process"  # nothing to go on from: no process beside
    monkeypatch.setattr(kg.parallel, "_loaded", set())
    _write(corpus, TEXTS)
    grown = _build(corpus, tmp_path / "out")
    assert grown.runner == "a process beside this one"
    assert (grown.extracted, grown.carried) == (2, 4)
    same = _build(corpus, tmp_path / "out")  # nothing new: the process is stopped unused
    assert (same.runner, same.extracted, same.carried) == ("a process beside this one", 0, 6)
    assert multiprocessing.active_children() == []
    _build(corpus, tmp_path / "fresh", store=False)
    assert _bytes(tmp_path / "out") == _bytes(tmp_path / "fresh")


def test_build_going_on_extracts_here_once_the_pipeline_is_loaded(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    _build(corpus, tmp_path / "out")
    _write(corpus, TEXTS)
    assert kg.parallel.is_loaded("blank")
    assert _build(corpus, tmp_path / "out").runner == "this process"


@pytest.mark.parametrize(
    "grow",
    [
        pytest.param(lambda old, new: new + old, id="new documents first"),
        pytest.param(lambda old, new: old[:2] + new + old[2:], id="new documents between"),
        pytest.param(lambda old, new: [old[1], old[0], *old[2:], *new], id="reordered"),
    ],
)
def test_build_corpus_not_grown_at_its_end_reuses_stored_results(tmp_path, grow):
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    _build(corpus, tmp_path / "out")
    _write(corpus, grow(TEXTS[:4], TEXTS[4:]))
    again = _build(corpus, tmp_path / "out")
    assert (again.extracted, again.reused, again.carried) == (2, 4, 0)
    _build(corpus, tmp_path / "fresh", store=False)
    assert _bytes(tmp_path / "out") == _bytes(tmp_path / "fresh")


def test_build_goes_on_only_from_the_same_settings_and_tables(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    out = tmp_path / "out"
    _build(corpus, out)
    assert _build(corpus, out, min_confidence=0.5).carried == 0
    assert _build(corpus, out, min_confidence=0.5).carried == len(TEXTS)
    with (out / "mentions.csv").open("a", encoding="utf-8") as f:
        f.write("edited by hand\n")
    again = _build(corpus, out, min_confidence=0.5)
    assert (again.carried, again.reused) == (0, len(TEXTS))
    assert "edited by hand" not in (out / "mentions.csv").read_text()


def test_build_table_changed_in_place_is_not_carried_over(tmp_path):
    import os

    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    out = tmp_path / "out"
    _build(corpus, out)
    # the same size and time, other bytes: as a coarse clock would leave a rewrite
    table = out / "mentions.csv"
    stat, data = table.stat(), table.read_bytes()
    table.write_bytes(data.replace(b"\nn0,", b"\nm0,"))
    os.utime(table, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert table.stat().st_size == stat.st_size
    _write(corpus, TEXTS)
    grown = _build(corpus, out)
    assert (grown.carried, grown.reused, grown.extracted) == (0, 4, 2)
    assert "not carried over from the last build: mentions.csv" in "\n".join(grown.lines())
    _build(corpus, tmp_path / "fresh", store=False)
    assert _bytes(out) == _bytes(tmp_path / "fresh")


def test_build_checkpoint_holds_data_not_code(tmp_path):
    import zlib

    from kg.checkpoint import folder_key

    out = tmp_path / "out"
    _build(_write(tmp_path / "news.jsonl", TEXTS), out)
    with Store(out / "store.sqlite", extractor_id("blank")) as store:
        key = folder_key(out, store.path)
        header, blob = store.checkpoint(key), store.checkpoint_builder(key)
    assert json.loads(header)["documents"] == len(TEXTS)
    lines = zlib.decompress(blob).decode().split("\n")
    records = [r for line in lines[1:] for r in json.loads(line)]  # JSON: nothing to run
    assert json.loads(lines[0]) == {"min_confidence": 0.0}
    assert {r[0] for r in records} == {"n", "e"}


def test_build_unreadable_checkpoint_starts_from_the_stored_results(tmp_path):
    from kg.checkpoint import folder_key

    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    out = tmp_path / "out"
    _build(corpus, out)
    before = _bytes(out)
    with Store(out / "store.sqlite", extractor_id("blank")) as store:
        key = folder_key(out, store.path)
        store.put_checkpoint(key, store.checkpoint(key), b"not a dumped builder")
    again = _build(corpus, out)
    assert (again.carried, again.reused) == (0, len(TEXTS)) and _bytes(out) == before
    assert "its graph cannot be read" in "\n".join(again.lines())


def test_build_repeat_of_a_carried_document_is_reported(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:3])
    _build(corpus, tmp_path / "out")
    _write(corpus, [*TEXTS[:3], TEXTS[0], TEXTS[3]])
    grown = _build(corpus, tmp_path / "out")
    assert (grown.carried, grown.extracted, grown.built) == (3, 1, 4)
    assert grown.duplicates == [("n3", "n0")]


def test_build_checkpoint_of_a_removed_folder_is_dropped(tmp_path):
    import shutil

    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    store = tmp_path / "store.sqlite"
    _build(corpus, tmp_path / "a", store=store)
    _build(corpus, tmp_path / "b", store=store)
    shutil.rmtree(tmp_path / "a")
    _build(corpus, tmp_path / "b", store=store)
    with Store(store, extractor_id("blank")) as kept:
        folders = [f for (f,) in kept.conn.execute("SELECT folder FROM checkpoints")]
    assert folders == ["b"]


def test_build_folder_moved_with_its_store_goes_on_from_its_last_build(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS[:4])
    _build(corpus, tmp_path / "out")
    (tmp_path / "out").rename(tmp_path / "moved")
    _write(corpus, TEXTS)
    grown = _build(corpus, tmp_path / "moved")
    assert (grown.carried, grown.extracted) == (4, 2)


def test_build_removed_documents_drop_out_of_the_graph(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    _build(corpus, tmp_path / "out")
    assert "company:qualcomm" in (tmp_path / "out" / "nodes.csv").read_text()
    _write(corpus, [t for t in TEXTS if "Qualcomm" not in t])
    shrunk = _build(corpus, tmp_path / "out")
    assert shrunk.extracted == 0
    assert "company:qualcomm" not in (tmp_path / "out" / "nodes.csv").read_text()


def test_build_changed_rules_extract_everything_again(tmp_path, monkeypatch):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    _build(corpus, tmp_path / "out")
    monkeypatch.setattr(kg.build, "extractor_id", lambda model: extractor_id(model) + "-edited")
    again = _build(corpus, tmp_path / "out")
    assert (again.extracted, again.reused) == (len(TEXTS), 0)


def test_build_renamed_document_is_reused_under_its_new_id(tmp_path):
    _build(_write(tmp_path / "a.jsonl", TEXTS), tmp_path / "out")
    renamed = _build(_write(tmp_path / "b.jsonl", TEXTS, prefix="m"), tmp_path / "out")
    assert renamed.reused == len(TEXTS)
    mentions = (tmp_path / "out" / "mentions.csv").read_text()
    assert "\nm0," in mentions and "\nn0," not in mentions


def test_build_duplicates_are_extracted_once_and_reported(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", [*TEXTS, TEXTS[0], TEXTS[1]])
    report = _build(corpus, tmp_path / "out")
    assert report.extracted == len(TEXTS) and report.built == len(TEXTS)
    assert report.duplicates == [("n6", "n0"), ("n7", "n1")]
    assert "duplicate n6: same text as n0" in "\n".join(report.lines())


def test_build_interrupted_keeps_finished_chunks_and_old_outputs(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    old = _build(_write(tmp_path / "old.jsonl", TEXTS[:1]), tmp_path / "out", store=False)
    assert old.built == 1
    before = _bytes(tmp_path / "out")

    def stop_after_four(results):
        for i, result in enumerate(results):
            if i == 4:
                raise KeyboardInterrupt
            yield result

    with pytest.raises(KeyboardInterrupt):
        _build(corpus, tmp_path / "out", chunk_size=2, progress=stop_after_four)
    assert _bytes(tmp_path / "out") == before
    assert not list((tmp_path / "out").glob(".*.tmp"))
    with Store(tmp_path / "out" / "store.sqlite", extractor_id("blank")) as store:
        assert len(store) in (4, 6)  # whole chunks of two, never a part of one
    resumed = _build(corpus, tmp_path / "out")
    assert resumed.reused >= 4 and resumed.extracted + resumed.reused == len(TEXTS)


def test_build_extract_all_keeps_input_order_across_store_and_runner(tmp_path):
    from kg.records import Document

    docs = [Document(f"d{i}", t) for i, t in enumerate(TEXTS)]
    report = kg.build.BuildReport(outdir=tmp_path)
    with Store(tmp_path / "s.sqlite", "x") as store, Runner("blank") as runner:
        list(kg.build.extract_all(docs[::2], runner, report, store=store, chunk_size=2))
        order = [
            r.doc_id for r in kg.build.extract_all(docs, runner, report, store=store, chunk_size=4)
        ]
    assert order == [d.id for d in docs]


@pytest.mark.slow
def test_build_workers_give_the_single_process_build(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS * 1 + [t.replace(".", " again.") for t in TEXTS])
    one = _build(corpus, tmp_path / "one", store=False)
    two = _build(corpus, tmp_path / "two", store=False, workers=2, chunk_size=3)
    assert two.runner == "2 processes" and two.extracted == one.extracted == 12
    assert _bytes(tmp_path / "one") == _bytes(tmp_path / "two")


def test_build_sweeps_what_a_killed_build_left_half_written(tmp_path):
    import os
    import time

    from kg.build import _sweep_temporaries

    stale = tmp_path / ".evidence.csv.0123456789ab.tmp"
    fresh = tmp_path / ".nodes.csv.ba9876543210.tmp"
    other = tmp_path / ".notes.tmp"
    for p in (stale, fresh, other):
        p.write_text("half", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    _sweep_temporaries(tmp_path)
    assert not stale.exists()
    assert fresh.exists()  # may belong to a build running now
    assert other.exists()  # not one of ours


def test_build_into_a_folder_another_build_is_writing_fails_clearly(tmp_path):
    from kg.errors import KgError
    from kg.export.atomic import folder_lock

    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    out = tmp_path / "out"
    out.mkdir()
    with folder_lock(out), pytest.raises(KgError, match="another build is writing there"):
        _build(corpus, out)
    assert _build(corpus, out).built == len(TEXTS)  # released with the first


def test_build_that_fails_writes_no_new_page_nor_export(tmp_path, monkeypatch):
    import kg.viz

    def slow_page(graph, path):
        time.sleep(30)
        return kg.viz.write_html.__wrapped__(graph, path)

    def slow_exports(*args):
        time.sleep(30)
        return write_exports(*args)

    def fail(*args):
        raise RuntimeError("the store went away")

    slow_page.__wrapped__ = kg.viz.write_html
    monkeypatch.setattr(kg.viz, "write_html", slow_page)
    monkeypatch.setattr(kg.build, "write_exports", slow_exports)
    monkeypatch.setattr(kg.build, "_keep_checkpoint", fail)
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="the store went away"):
        build([corpus], tmp_path / "out", model="blank", formats=["csv", "graphml", "html"])
    assert time.monotonic() - started < 20  # stopped, not waited for
    assert not multiprocessing.active_children()  # nor left to write later
    out = tmp_path / "out"
    assert not any((out / name).exists() for name in ("graph.html", "graph.graphml", "nodes.csv"))


def test_build_export_failure_in_its_copy_fails_the_build(tmp_path, monkeypatch):
    def full(graph, outdir, formats):
        raise KgError(f"{outdir}/graph.graphml: no space left on device")

    monkeypatch.setattr(kg.build, "write_exports", full)
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    with pytest.raises(KgError, match="no space left"):
        build([corpus], tmp_path / "out", model="blank", formats=["csv", "graphml", "html"])


def test_build_keeps_what_lasts_out_of_the_collectors_passes_and_then_lets_go(tmp_path):
    """Once the pipeline is loaded the process's objects are frozen for the build, and
    unfrozen after it; a caller's own freeze is left alone."""
    import gc

    news = tmp_path / "news.txt"
    news.write_text("Xiaomi unveiled the XRing O1.\nQualcomm sued Arm.\nArm sued Qualcomm.\n")
    seen = []

    def watch(results):
        for result in results:
            seen.append(gc.get_freeze_count())
            yield result

    assert gc.get_freeze_count() == 0
    build([news], tmp_path / "a", model="blank", formats=["csv"], progress=watch)
    assert seen[0] == 0 and seen[-1] > 0  # frozen from the first document on
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        mine = gc.get_freeze_count()
        seen.clear()
        build([news], tmp_path / "b", model="blank", formats=["csv"], progress=watch)
        assert seen == [mine] * 3 and gc.get_freeze_count() == mine
    finally:
        gc.unfreeze()


def test_build_keeps_each_documents_title_source_and_link(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    report = build([corpus], tmp_path / "out", model="blank", formats=["csv", "html"])
    rows = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "doc_id,date,title,source,url"
    assert rows[1:3] == ["n0,2025-05-01,Story 0,Wire,https://x.test/0", "n1,2025-05-02,,,"]
    assert len(rows) == 1 + len(TEXTS)
    documents = load_graph(tmp_path / "out").graph["documents"]
    assert documents == report.graph.graph["documents"]
    assert sorted(documents) == ["n0", "n2", "n4"]
    assert documents["n2"] == {
        "date": "2025-05-03",
        "title": "Story 2",
        "source": "Wire",
        "url": "https://x.test/2",
    }
    page = read_page_data((tmp_path / "out" / "graph.html").read_text(encoding="utf-8"))
    n0 = page["documents"]["id"].index("n0")
    assert (page["documents"]["title"][n0], page["documents"]["url"][n0]) == (
        "Story 0",
        "https://x.test/0",
    )


def test_build_does_not_go_on_past_an_edited_title(tmp_path):
    corpus = _write(tmp_path / "news.jsonl", TEXTS)
    _build(corpus, tmp_path / "out")
    corpus.write_text(corpus.read_text().replace("Story 0", "Story zero"), encoding="utf-8")
    again = _build(corpus, tmp_path / "out")
    assert (again.carried, again.reused) == (0, len(TEXTS))
    assert "Story zero" in (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")


def test_build_sample_corpus_is_package_data():
    path = kg.build.sample_corpus()
    assert path.resolve() == (Path(kg.__file__).parent / "data" / "sample.jsonl").resolve()
    # the checkout's data/ holds a link to it, for the commands that name it there
    checkout = Path(__file__).resolve().parents[1] / "data" / "sample.jsonl"
    assert checkout.resolve() == path.resolve()
