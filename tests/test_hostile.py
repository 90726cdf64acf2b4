"""Hostile and broken input through the whole build: keep working, lose nothing."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import CHUNK_SIZE, build
from kg.cli import main
from kg.errors import InputError, KgError
from kg.export.atomic import LOCK_NAME as LOCK
from kg.export.tables import FORMULA_START
from kg.store import extractor_id
from kg.viz.page import read_page_data

ROOT = Path(__file__).resolve().parent.parent

CSVS = ("mentions.csv", "evidence.csv", "excluded.csv", "documents.csv", "nodes.csv", "edges.csv")
OUTPUTS = (*CSVS, "graph.graphml", "graph.html")

NEWS = [
    "Xiaomi unveiled the XRing O1, built on TSMC's 3nm process.",
    "Huawei unveiled the Ascend 910C.",
    "Nvidia CEO Jensen Huang warned that export curbs help Huawei.",
    "Qualcomm sued Arm.",
    "Apple unveiled the A17 Pro.",
]

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")

PROPERTY = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run(argv: list[str], capsys) -> tuple[int, str, str]:
    """``kg`` with these arguments: exit status, standard output, standard error."""
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def counts(printed: str) -> tuple[int, int, int]:
    """Built, skipped and duplicates from a build report."""
    match = re.search(r"built (\d+), skipped (\d+), duplicates (\d+)", printed)
    assert match, printed
    return tuple(map(int, match.groups()))


def candidates(path: Path) -> int:
    """Lines of a UTF-8 .txt or .jsonl file the reader must account for."""
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    return sum(1 for raw in data.split(b"\n") if raw.decode("utf-8").strip())


def read_rows(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.reader(fh, strict=True))


def assert_outputs_whole(outdir: Path) -> None:
    """Every CSV parses to the end with its header's width; the GraphML parses."""
    for name in CSVS:
        rows = read_rows(outdir / name)
        assert rows and all(len(row) == len(rows[0]) for row in rows), name
    nx.read_graphml(outdir / "graph.graphml")
    assert (outdir / "graph.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def snapshot(outdir: Path) -> dict[str, bytes]:
    return {name: (outdir / name).read_bytes() for name in OUTPUTS}


def tree(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


@contextlib.contextmanager
def time_limit(seconds: float):
    """Raise TimeoutError in the block once ``seconds`` have passed."""

    def expire(signum, frame):
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- accounting ------------------------------------------------------------------------


def test_hostile_every_line_is_built_skipped_or_a_duplicate(tmp_path, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": NEWS[0]}),
                "{not json",
                "[1, 2]",
                json.dumps({"id": "b"}),
                json.dumps({"id": "c", "text": 42}),
                json.dumps({"id": "d", "text": "   "}),
                "",
                "   ",
                json.dumps({"id": "e", "text": NEWS[0]}),
                json.dumps({"id": "f", "text": NEWS[1]}),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    table = tmp_path / "more.csv"
    table.write_text('id,text\ng,"Qualcomm sued Arm."\nh,"unclosed\n', encoding="utf-8")
    status, out, err = run(
        ["build", str(news), str(table), "-o", str(tmp_path / "out"), "--fast"], capsys
    )
    assert status == 0, err
    assert counts(out) == (3, 6, 1)
    for line, reason in [
        (2, "invalid JSON"),
        (3, "a JSON array, not an object"),
        (4, "missing 'text'"),
        (5, "'text' is number, not a string"),
        (6, "'text' is empty"),
    ]:
        assert f"skipped {news}:{line}: {reason}" in out
    assert f"skipped {table}:3: malformed CSV row" in out
    assert "duplicate e: same text as a" in out
    assert [row[0] for row in read_rows(tmp_path / "out" / "mentions.csv")[1:]].count("e") == 0


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON"),
        ('{"id": "x"}', "missing 'text'"),
        ('{"text": null}', "'text' is null, not a string"),
        ("\x00\x01", "control characters"),
    ],
)
def test_hostile_strict_fails_on_one_line_and_leaves_earlier_outputs(
    tmp_path, capsys, line, reason
):
    outdir = tmp_path / "out"
    good = jsonl(tmp_path / "good.jsonl", [{"id": "a", "text": NEWS[3]}])
    assert run(["build", str(good), "-o", str(outdir), "--fast", "-q"], capsys)[0] == 0
    before = snapshot(outdir)
    news = tmp_path / "news.jsonl"
    news.write_text(json.dumps({"text": NEWS[0]}) + "\n" + line + "\n", encoding="utf-8")
    status, out, err = run(["build", str(news), "-o", str(outdir), "--fast", "--strict"], capsys)
    assert status == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"kg: error: {news}:2: ")
    assert reason in lines[0] and "Traceback" not in err
    assert snapshot(outdir) == before
    assert not list(outdir.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.jsonl", None, "missing.jsonl: no such file or folder"),
        ("notes.pdf", "%PDF", "notes.pdf: unsupported file type '.pdf'"),
        ("news.csv", "title\nx\n", "news.csv:1: no 'text' column"),
        ("news.txt", " \n\t\n", "news.txt: no documents"),
    ],
)
def test_hostile_errors_are_one_line_and_debug_shows_the_traceback(
    tmp_path, capsys, name, content, message
):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    argv = ["build", str(path), "-o", str(tmp_path / "out"), "--fast", "-q"]
    status, out, err = run(argv, capsys)
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("kg: error: ") and message in err
    with pytest.raises(KgError, match=re.escape(message)):
        main(["--debug", *argv])


# --- encodings and odd texts -----------------------------------------------------------

ENCODED = "Huawei’s “Ascend” chips — €1 billion, in Zürich."


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("utf8.txt", ENCODED.encode("utf-8"), ENCODED),
        ("bom.txt", b"\xef\xbb\xbf" + ENCODED.encode("utf-8"), ENCODED),
        ("utf16.txt", ENCODED.encode("utf-16"), ENCODED),
        (
            "utf16.jsonl",
            json.dumps({"text": ENCODED}, ensure_ascii=False).encode("utf-16"),
            ENCODED,
        ),
        ("cp1252.txt", ENCODED.encode("cp1252"), ENCODED),
        ("latin1.txt", "Huawei unveiled the Ascend in Zürich, café.".encode("latin-1"), None),
        ("nul.txt", b"Qualcomm\x00 sued\x07 Arm.\x7f", "Qualcomm sued Arm."),
        ("nul.jsonl", b'{"text": "Qualcomm\\u0000 sued\x00 Arm."}', "Qualcomm sued Arm."),
        ("crlf.csv", b'id,text\r\nx,"Qualcomm\r\nsued Arm."\r\n', "Qualcomm\nsued Arm."),
    ],
)
def test_hostile_encodings_and_control_characters_are_built(tmp_path, capsys, name, data, text):
    path = tmp_path / name
    path.write_bytes(data)
    status, out, err = run(["build", str(path), "-o", str(tmp_path / "out"), "--fast"], capsys)
    assert status == 0, err
    assert counts(out) == (1, 0, 0)
    mentions = read_rows(tmp_path / "out" / "mentions.csv")
    assert len(mentions) > 1
    evidence = read_rows(tmp_path / "out" / "evidence.csv")
    if text is not None and len(evidence) > 1:
        sentence = evidence[0].index("sentence")
        assert evidence[1][sentence] in text
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", page)


def test_hostile_empty_and_whitespace_texts_are_skipped_not_built(tmp_path, capsys):
    news = jsonl(
        tmp_path / "news.jsonl",
        [{"text": ""}, {"text": " \t\n "}, {"text": "\u3000\u00a0"}, {"text": NEWS[3]}],
    )
    status, out, _ = run(["build", str(news), "-o", str(tmp_path / "out"), "--fast"], capsys)
    assert status == 0 and counts(out) == (1, 3, 0)
    for line in (1, 2, 3):
        assert f"skipped {news}:{line}: 'text' is empty" in out


def test_hostile_megabyte_document_without_a_newline_is_built(tmp_path):
    text = ("Qualcomm sued Arm over licensing terms. " * 30_000)[: 2**20].strip()
    news = tmp_path / "big.txt"
    news.write_text(text, encoding="ascii")
    jsonl(tmp_path / "small.jsonl", [{"text": NEWS[0]}])
    with time_limit(30):
        report = build([news, tmp_path / "small.jsonl"], tmp_path / "out", model="blank")
    assert report.built + len(report.read.skipped) == 2


def test_hostile_very_long_sentence_is_built_in_reasonable_time(tmp_path):
    # one 32,000-character sentence holding 3,200 names and 1,600 verbs
    news = jsonl(tmp_path / "long.jsonl", [{"id": "long", "text": "Nvidia sued Arm and " * 1600}])
    with time_limit(8):
        report = build([news], tmp_path / "out", model="blank", formats=["csv"])
    assert report.built == 1


# --- security --------------------------------------------------------------------------

HOSTILE_IDS = ["../../etc/passwd", "/tmp/kg-escape", "a/b\\c", "..", "=1+1", "<b>x</b>", "CON"]
HOSTILE_TEXTS = [
    '=HYPERLINK("http://evil.example") Nvidia sued Arm.',
    "+cmd|' /C calc'!A0 Huawei unveiled the Ascend 910C.",
    "@SUM(1+1) Apple unveiled the A17 Pro.",
    "-2+3 Qualcomm sued Arm.",
    "</script><script>alert(1)</script> Xiaomi unveiled the XRing O1.",
    "<img src=x onerror=alert(1)> Acme/../../Evil Corp sued Nvidia.",
    "Shares of Foo/Bar Technologies rose after Nvidia CEO Jensen Huang spoke.",
]


#: A document's title, source and link, as hostile as its text.
HOSTILE_META = {
    "title": '=HYPERLINK("http://evil") <img src=x>',
    "source": "@source</script><script>window.__pwned=1</script>",
    "url": "javascript:window.__pwned=1",
}


def hostile_corpus(folder: Path) -> Path:
    records = [
        {"id": i, "text": t, **(HOSTILE_META if n % 2 else {})}
        for n, (i, t) in enumerate(zip(HOSTILE_IDS, HOSTILE_TEXTS, strict=True))
    ]
    return jsonl(folder / "hostile.jsonl", records)


@pytest.mark.parametrize("model", ["blank", "auto"])
def test_hostile_names_never_escape_outdir(tmp_path, monkeypatch, model):
    work = tmp_path / "work" / "deeper"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    news = hostile_corpus(tmp_path)
    outdir = work / "out"
    before = tree(tmp_path)
    escape = Path("/tmp/kg-escape")
    existed = escape.exists()
    formats = ["csv", "graphml", "gexf", "json", "neo4j", "html"]
    report = build([news], outdir, model=model, formats=formats)
    assert report.built == len(HOSTILE_IDS)
    created = tree(tmp_path) - before
    assert created and all(outdir in p.parents or p == outdir for p in created)
    written = {p.name for p in outdir.iterdir()}
    expected = {*CSVS, "graph.graphml", "graph.gexf", "graph.json", "graph.html", "neo4j"}
    assert expected | {"store.sqlite"} <= written
    assert written <= expected | {"store.sqlite", "store.sqlite-wal", "store.sqlite-shm", LOCK}
    assert {p.name for p in (outdir / "neo4j").iterdir()} == {
        "nodes.csv",
        "relationships.csv",
        "load.cypher",
        "README.md",
    }
    assert escape.exists() == existed
    ids = {row[0] for row in read_rows(outdir / "mentions.csv")[1:]}
    assert "../../etc/passwd" in ids and "'=1+1" in ids


def test_hostile_csv_cells_are_neutralised(tmp_path):
    news = hostile_corpus(tmp_path)
    build([news], tmp_path / "out", model="blank", formats=["csv"])
    cells = [cell for name in CSVS for row in read_rows(tmp_path / "out" / name) for cell in row]
    risky = [c for c in cells if c[:1] in FORMULA_START and not _NUMBER.fullmatch(c)]
    assert risky == []
    sentences = [row[9] for row in read_rows(tmp_path / "out" / "evidence.csv")[1:]]
    assert any(s.startswith("'=HYPERLINK") for s in sentences)


def test_hostile_page_shows_all_text_as_text(tmp_path):
    clean = jsonl(tmp_path / "clean.jsonl", [{"id": "a", "text": NEWS[0]}])
    build([clean], tmp_path / "clean", model="blank", formats=["html"])
    build([hostile_corpus(tmp_path)], tmp_path / "out", model="blank", formats=["html"])
    page = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    reference = (tmp_path / "clean" / "graph.html").read_text(encoding="utf-8")
    for tag in ("<script", "</script", "<img", "onerror"):
        assert page.lower().count(tag) == reference.lower().count(tag), tag
    # the sentences are in the page, packed where no HTML parser reads them as markup
    assert "</script><script>alert(1)" in "".join(read_page_data(page)["sentences"])


def test_hostile_build_does_not_reach_the_network(tmp_path, monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access during a build")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    news = jsonl(tmp_path / "news.jsonl", [{"text": t} for t in NEWS])
    report = build([news], tmp_path / "out", model="auto", formats=["csv", "graphml", "html"])
    assert report.built == len(NEWS) and report.pipeline != "rules alone"
    assert attempts == []
    assert "https://" not in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")[:2000]


# --- atomic outputs --------------------------------------------------------------------


def test_hostile_interrupted_page_write_keeps_the_previous_page(tmp_path, monkeypatch):
    news = jsonl(tmp_path / "news.jsonl", [{"text": NEWS[0]}])
    build([news], tmp_path / "out", model="blank", formats=["html"])
    before = (tmp_path / "out" / "graph.html").read_bytes()
    jsonl(news, [{"text": t} for t in NEWS])

    replace = os.replace

    def interrupted(src, dst):
        # Ctrl-C after the new page is written, before it takes the old one's place
        if Path(dst).name == "graph.html":
            raise KeyboardInterrupt
        replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build([news], tmp_path / "out", model="blank", formats=["html"], store=False)
    assert (tmp_path / "out" / "graph.html").read_bytes() == before
    assert not list((tmp_path / "out").glob(".*.tmp"))


def _stored(store: Path) -> int:
    # (a reader waits for the writer's lock rather than reading nothing: on a loaded machine
    # a read that failed until the build's end let the signal come too late to interrupt it)
    try:
        with contextlib.closing(
            sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=30)
        ) as conn:
            return conn.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:
        return 0


def _start_and_stop(corpus: Path, outdir: Path, sig: int, after: int) -> subprocess.Popen:
    """Start ``kg build`` and send ``sig`` once ``after`` results are in the store."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(outdir), "--fast", "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while _stored(outdir / "store.sqlite") < after:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the build made no progress"
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    return proc


def _assert_store_consistent(store: Path, total: int) -> int:
    with contextlib.closing(sqlite3.connect(store)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("SELECT count(*) FROM results").fetchone()[0]
    # whole chunks only: a chunk is committed in one transaction or not at all
    assert stored == total or stored % CHUNK_SIZE == 0
    return stored


@pytest.mark.slow
def test_hostile_killed_build_leaves_outputs_whole_and_the_next_run_carries_on(tmp_path):
    total = 2400
    templates = [
        "Xiaomi unveiled the XRing O{i}, built on TSMC's 3nm process.",
        "The Bureau of Industry and Security restricted sales of the Ascend {i} to Huawei.",
        "Nvidia CEO Jensen Huang said on day {i} that export curbs help Huawei.",
    ]
    corpus = jsonl(
        tmp_path / "big.jsonl",
        [{"id": f"d{i}", "text": templates[i % 3].format(i=i)} for i in range(total)],
    )
    outdir = tmp_path / "out"
    previous = jsonl(
        tmp_path / "previous.jsonl", [{"id": f"p{i}", "text": t} for i, t in enumerate(NEWS)]
    )
    build([previous], outdir, model="blank", store=False)
    before = snapshot(outdir)

    stopped = _start_and_stop(corpus, outdir, signal.SIGINT, after=CHUNK_SIZE)
    err = stopped.stderr.read()
    assert stopped.returncode == 130, err
    assert (
        err.strip().splitlines()[-1] == "kg: interrupted; outputs of earlier builds are left whole"
    )
    assert snapshot(outdir) == before
    assert not list(outdir.glob(".*.tmp"))
    interrupted = _assert_store_consistent(outdir / "store.sqlite", total)
    assert interrupted >= CHUNK_SIZE

    killed = _start_and_stop(corpus, outdir, signal.SIGKILL, after=interrupted + CHUNK_SIZE)
    assert killed.returncode == -signal.SIGKILL
    assert snapshot(outdir) == before
    assert_outputs_whole(outdir)
    stored = _assert_store_consistent(outdir / "store.sqlite", total)
    assert stored > interrupted

    with contextlib.closing(sqlite3.connect(outdir / "store.sqlite")) as conn:
        extractors = {row[0] for row in conn.execute("SELECT DISTINCT extractor FROM results")}
    resumed = build([corpus], outdir, model="blank")
    if extractors == {extractor_id("blank")}:
        assert resumed.reused == stored and resumed.extracted == total - stored
    else:  # the extraction code changed while the test ran: nothing stored may be reused
        assert resumed.reused == 0 and resumed.extracted == total
    assert resumed.built == total
    assert_outputs_whole(outdir)
    clean = build([corpus], tmp_path / "clean", model="blank", store=False)
    assert clean.built == total
    for name in (*CSVS, "graph.graphml", "graph.html"):
        assert (outdir / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name


# --- properties ------------------------------------------------------------------------

LINE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=60
)
NAMES = st.sampled_from(["Nvidia", "Huawei", "TSMC", "sued", "unveiled", "the", "Ascend", ". "])
NEWSY = st.lists(NAMES | LINE_TEXT, max_size=8).map(" ".join)


def _build_or_nothing(paths: list[Path], outdir: Path, expected: int):
    """Build; a corpus without documents must say that every candidate was skipped."""
    try:
        return build(paths, outdir, model="blank", store=False)
    except InputError as error:
        assert "no documents" in str(error)
        assert error.hint == (
            f"{expected} line{'s' if expected != 1 else ''} skipped" if expected else ""
        )
        return None


@PROPERTY
@given(texts=st.lists(NEWSY, min_size=1, max_size=8))
def test_hostile_property_unicode_texts_never_crash_the_build(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("unicode")
    lines = folder / "news.txt"
    lines.write_text("\n".join(texts) + "\n", encoding="utf-8")
    records = jsonl(folder / "news.jsonl", [{"id": t[:20], "text": t} for t in texts])
    for path in (lines, records):
        expected = candidates(path)
        report = _build_or_nothing([path], folder / "out", expected)
        if report is None:
            continue
        assert report.built + len(report.read.skipped) + len(report.duplicates) == expected
        assert report.built + len(report.duplicates) == report.read.documents
        assert_outputs_whole(folder / "out")
        mentions = read_rows(folder / "out" / "mentions.csv")
        assert len(mentions) - 1 == report.mentions


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | NEWSY,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["id", "text", "date", "title", "meta"]) | st.text(max_size=4),
            children,
            max_size=5,
        )
    ),
    max_leaves=10,
)
RECORDS = st.fixed_dictionaries(
    {"text": NEWSY}, optional={"id": JSON_VALUES, "date": JSON_VALUES, "x": JSON_VALUES}
)


@PROPERTY
@given(values=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=10))
def test_hostile_property_jsonl_structures_never_crash_the_build(tmp_path_factory, values):
    folder = tmp_path_factory.mktemp("structures")
    path = folder / "any.jsonl"
    path.write_text("".join(json.dumps(v) + "\n" for v in values), encoding="utf-8")
    report = _build_or_nothing([path], folder / "out", len(values))
    if report is not None:
        assert report.built + len(report.read.skipped) + len(report.duplicates) == len(values)
        assert (
            len({row[0] for row in read_rows(folder / "out" / "mentions.csv")[1:]}) <= report.built
        )
        assert_outputs_whole(folder / "out")
