"""Tests of kg.corpus: formats, folders, ids, dates, encodings, and every failure mode."""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.corpus import SUPPORTED, ReadReport, Skipped, format_skipped, read_corpus
from kg.errors import InputError
from kg.records import Document

DATA = Path(__file__).parent / "data" / "corpus"

NVIDIA = "Nvidia CEO Jensen Huang warned that export curbs help Huawei."
XIAOMI = "Xiaomi unveils the XRing O1, built on TSMC's 3nm process."
ENCODED = "Huawei’s “Ascend” chips — €1 billion, café in Zürich"


def read(*paths, strict=False):
    """Read everything and return the documents with the report."""
    report = ReadReport()
    docs = list(read_corpus(list(paths), strict=strict, report=report))
    return docs, report


def write_lines(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(line + "\n" for line in lines).encode(encoding))
    return path


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


def write_format(folder: Path, fmt: str, texts: list[str]) -> Path:
    """Write the same summaries, without ids, in one of the three formats."""
    if fmt == "jsonl":
        return write_lines(folder / "news.jsonl", [json.dumps({"text": t}) for t in texts])
    if fmt == "csv":
        return write_csv(folder / "news.csv", [["text"], *([t] for t in texts)])
    return write_lines(folder / "news.txt", texts)


def scrubbed(text: str) -> str:
    """A text without the characters the reader removes."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]", "", text)


def expected_text(text: str) -> str:
    """What a text reads back as: newlines normalised, controls removed, stripped."""
    text = scrubbed(text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub("[\ud800-\udfff]", "\ufffd", text).strip()


# --- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "txt"])
def test_corpus_reads_each_format(tmp_path, fmt):
    path = write_format(tmp_path, fmt, [NVIDIA, XIAOMI])
    docs, report = read(path)
    assert [doc.text for doc in docs] == [NVIDIA, XIAOMI]
    assert all(isinstance(doc, Document) for doc in docs)
    line = {"jsonl": 1, "csv": 2, "txt": 1}[fmt]  # a CSV's header is line 1
    assert [doc.id for doc in docs] == [f"news:{line}", f"news:{line + 1}"]
    assert [doc.origin for doc in docs] == [f"{path}:{line}", f"{path}:{line + 1}"]
    assert (report.files, report.documents, report.skipped, report.warnings) == (1, 2, [], [])


def test_corpus_jsonl_fields_and_meta(tmp_path):
    record = {
        "id": "n-1",
        "date": "2025-05-22",
        "title": "Huang on China",
        "source": "Reuters",
        "url": "https://example.com/n-1",
        "text": NVIDIA,
        "tags": ["export controls"],
    }
    (doc,), _ = read(write_lines(tmp_path / "a.jsonl", [json.dumps(record)]))
    assert doc == Document(
        id="n-1",
        text=NVIDIA,
        date="2025-05-22",
        meta={
            "title": "Huang on China",
            "source": "Reuters",
            "url": "https://example.com/n-1",
            "tags": ["export controls"],
        },
        origin=f"{tmp_path / 'a.jsonl'}:1",
    )


def test_corpus_reads_gold_format_with_annotations_in_meta():
    docs, report = read(DATA / "gold.jsonl")
    assert [doc.id for doc in docs] == ["seed-01", "seed-02"]
    assert [doc.date for doc in docs] == [None, "2025-05-22"]
    assert set(docs[0].meta) == {"entities", "relations"}
    xiaomi = {
        "name": "Xiaomi",
        "type": "COMPANY",
        "aliases": ["Xiaomi Corp", "Xiaomi Corporation", "Xiaomi Group"],
    }
    assert xiaomi in docs[0].meta["entities"]
    assert all(rel["relation"] for rel in docs[1].meta["relations"])
    assert report.warnings == []


def test_corpus_csv_fixture_columns_quotes_and_multiline_rows():
    docs, report = read(DATA / "news.csv")
    assert [doc.id for doc in docs] == ["csv-1", "news:4", "csv-3"]
    assert [doc.origin.rsplit(":", 1)[1] for doc in docs] == ["2", "4", "6"]
    assert docs[0].meta == {
        "title": "Nvidia on China",
        "source": "Reuters",
        "url": "https://example.com/1",
    }
    # a quoted cell spanning two lines; its CRLF becomes LF; empty cells stay out of meta
    assert docs[1].text.endswith("on Ascend chips.\nIt names Huawei.")
    assert (docs[1].date, docs[1].meta) == ("2025-05-20", {})
    assert "TSMC's 3nm process, rivals" in docs[2].text
    assert report.skipped == []


def test_corpus_csv_header_is_matched_without_case(tmp_path):
    rows = [[" ID ", "Text", "Date", "Source"], ["x1", NVIDIA, "2025-01-02", "FT"]]
    path = write_csv(tmp_path / "a.csv", rows)
    (doc,), _ = read(path)
    assert (doc.id, doc.text, doc.date, doc.meta) == ("x1", NVIDIA, "2025-01-02", {"Source": "FT"})


def test_corpus_txt_skips_blank_lines_and_keeps_inner_whitespace():
    docs, report = read(DATA / "summaries.txt")
    assert [(doc.id, doc.text) for doc in docs] == [
        ("summaries:1", "Xiaomi unveils the XRing O1 chip."),
        ("summaries:4", "Huawei launches HarmonyOS  Next."),
        ("summaries:5", "TSMC fabricates the XRing O1."),
    ]
    assert report.skipped == []


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "txt"])
def test_corpus_reads_a_one_megabyte_line(tmp_path, fmt):
    text = ("word " * 250_000).strip() + " " + "x" * 100_000
    path = write_format(tmp_path, fmt, [text, XIAOMI])
    docs, _ = read(path)
    assert [len(doc.text) for doc in docs] == [len(text), len(XIAOMI)]
    assert docs[0].text == text


def test_corpus_accepts_one_path_not_in_a_list(tmp_path):
    path = write_format(tmp_path, "txt", [XIAOMI])
    assert [doc.text for doc in read_corpus(str(path))] == [XIAOMI]
    assert [doc.text for doc in read_corpus(path)] == [XIAOMI]


def test_corpus_accepts_upper_case_extensions(tmp_path):
    path = write_lines(tmp_path / "NEWS.JSONL", [json.dumps({"text": XIAOMI})])
    docs, _ = read(path)
    assert [doc.id for doc in docs] == ["NEWS:1"]


# --- folders ---------------------------------------------------------------------------


def test_corpus_folder_is_read_recursively_in_sorted_order_without_hidden_files():
    folder = DATA / "folder"
    docs, report = read(folder)
    assert [Path(doc.origin.rsplit(":", 1)[0]).relative_to(folder).as_posix() for doc in docs] == [
        "A.txt",
        "b.jsonl",
        "sub/c.csv",
        "sub/d.TXT",
    ]
    assert [doc.id for doc in docs] == ["A:1", "folder-b", "c:2", "d:1"]
    assert not any("hidden" in doc.text or "not read" in doc.text for doc in docs)
    assert report.files == 4


def test_corpus_folder_notes_a_file_without_documents(tmp_path):
    write_format(tmp_path, "txt", [XIAOMI])
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    docs, report = read(tmp_path)
    assert [doc.text for doc in docs] == [XIAOMI]
    assert report.warnings == [f"{tmp_path / 'empty.jsonl'}: no documents"]


def test_corpus_reads_a_file_given_twice_once(tmp_path):
    path = write_format(tmp_path, "txt", [XIAOMI])
    docs, report = read(tmp_path, path)
    assert len(docs) == 1
    assert report.warnings == [f"{path}: given more than once; read once"]


def test_corpus_streams_one_file_at_a_time(tmp_path):
    write_format(tmp_path, "txt", [XIAOMI])
    # sorted after news.txt, and broken: it must not be opened before it is reached
    write_csv(tmp_path / "z.csv", [["title"], ["no text column"]])
    docs = read_corpus([tmp_path])
    assert next(docs).text == XIAOMI
    with pytest.raises(InputError, match="no 'text' column"):
        next(docs)


def test_corpus_memory_does_not_grow_with_the_file(tmp_path):
    line = json.dumps({"text": "x" * 2_000})
    path = write_lines(tmp_path / "big.jsonl", [line] * 4_000)  # 8 MB
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_corpus([path]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 4_000
    assert peak < 2_000_000  # the ids set and a few lines, not the 8 MB file


# --- ids -------------------------------------------------------------------------------


def test_corpus_repeated_explicit_id_is_kept_and_renamed(tmp_path):
    first = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": "n-1", "text": NVIDIA})])
    second = write_lines(tmp_path / "b.jsonl", [json.dumps({"id": "n-1", "text": XIAOMI})])
    docs, report = read(first, second)
    assert [doc.id for doc in docs] == ["n-1", f"n-1@{second}:1"]
    assert [doc.text for doc in docs] == [NVIDIA, XIAOMI]
    assert report.warnings == [f"{second}:1: id 'n-1' is already used; renamed 'n-1@{second}:1'"]


def test_corpus_generated_ids_of_same_named_files_are_made_unique(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write_format(tmp_path / "x", "txt", [NVIDIA])
    second = write_format(tmp_path / "y", "txt", [XIAOMI])
    docs, report = read(tmp_path)
    assert [doc.id for doc in docs] == ["news:1", f"news:1@{second}:1"]
    assert len(report.warnings) == 1


def test_corpus_explicit_id_that_looks_generated_does_not_collide(tmp_path):
    path = write_lines(
        tmp_path / "news.jsonl",
        [json.dumps({"text": NVIDIA}), json.dumps({"id": "news:1", "text": XIAOMI})],
    )
    docs, _ = read(path)
    assert len({doc.id for doc in docs}) == 2


@pytest.mark.parametrize(
    ("given", "expected", "warned"),
    [
        ("  n-7 ", "n-7", False),
        (7, "7", False),
        (None, "a:1", False),
        ("", "a:1", False),
        (True, "a:1", True),
        (1.5, "a:1", True),
        (["n-7"], "a:1", True),
        ({"id": 1}, "a:1", True),
    ],
)
def test_corpus_id_types(tmp_path, given, expected, warned):
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"id": given, "text": XIAOMI})])
    (doc,), report = read(path)
    assert doc.id == expected
    assert bool(report.warnings) is warned
    assert report.skipped == []


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-05-20", "2025-05-20"),
        (" 2025-05-20 ", "2025-05-20"),
        ("20250520", "2025-05-20"),
        ("2025-05-20T08:30:00Z", "2025-05-20"),
        ("2025-05-20T23:30:00-07:00", "2025-05-20"),
        ("2025-05-20 08:30", "2025-05-20"),
        ("2025-05-20T08:30:00.123456+0200", "2025-05-20"),
        ("2024-02-29", "2024-02-29"),
        (None, None),
        ("", None),
    ],
)
def test_corpus_dates_are_normalised(tmp_path, given, expected):
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"date": given, "text": XIAOMI})])
    (doc,), report = read(path)
    assert doc.date == expected
    assert report.warnings == []


BAD_DATES = ["May 20, 2025", "20/05/2025", "2025-02-30", "2025-13-01", "2025-05", "2025",
             "2025-0520", "2025-05-20Tnoon"]  # fmt: skip


@pytest.mark.parametrize("given", BAD_DATES)
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_corpus_bad_date_is_dropped_with_a_warning(tmp_path, given, fmt):
    if fmt == "jsonl":
        path = write_lines(tmp_path / "a.jsonl", [json.dumps({"date": given, "text": XIAOMI})])
    else:
        path = write_csv(tmp_path / "a.csv", [["date", "text"], [given, XIAOMI]])
    (doc,), report = read(path)
    assert (doc.text, doc.date) == (XIAOMI, None)
    assert "date" not in doc.meta
    (warning,) = report.warnings
    assert warning.startswith(f"{path}:") and "not an ISO 8601 date" in warning
    assert report.skipped == []


@pytest.mark.parametrize("given", [20250520, ["2025-05-20"], {"y": 2025}, True])
def test_corpus_date_that_is_not_a_string_is_dropped_with_a_warning(tmp_path, given):
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"date": given, "text": XIAOMI})])
    (doc,), report = read(path)
    assert doc.date is None
    assert len(report.warnings) == 1


# --- lines that are not documents ------------------------------------------------------

MALFORMED_JSONL = [
    ("{not json", "invalid JSON"),
    ('{"text": "unterminated', "invalid JSON"),
    ("[1, 2]", "a JSON array, not an object"),
    ('"a bare string"', "a JSON string, not an object"),
    ("42", "a JSON number, not an object"),
    ("null", "a JSON null, not an object"),
    ('{"title": "no text"}', "missing 'text'"),
    ('{"text": ""}', "'text' is empty"),
    ('{"text": " \\t\\n "}', "'text' is empty"),
    ('{"text": "\\u0000\\u0001"}', "'text' is empty"),
    ('{"text": null}', "'text' is null, not a string"),
    ('{"text": 3}', "'text' is number, not a string"),
    ('{"text": ["a"]}', "'text' is array, not a string"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON"),
    ('{"n": ' + "9" * 5_000 + ', "text": "a"}', "invalid JSON"),
    ("\x00\x00", "only control characters"),
]


@pytest.mark.parametrize(("line", "reason"), MALFORMED_JSONL)
def test_corpus_malformed_jsonl_line_is_skipped(tmp_path, line, reason):
    lines = [json.dumps({"text": NVIDIA}), line, json.dumps({"text": XIAOMI})]
    path = write_lines(tmp_path / "a.jsonl", lines)
    docs, report = read(path)
    assert [doc.text for doc in docs] == [NVIDIA, XIAOMI]
    assert [doc.id for doc in docs] == ["a:1", "a:3"]
    (skip,) = report.skipped
    assert skip.origin == f"{path}:2"
    assert reason in skip.reason


@pytest.mark.parametrize(("line", "reason"), MALFORMED_JSONL)
def test_corpus_malformed_jsonl_line_is_an_error_when_strict(tmp_path, line, reason):
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"text": NVIDIA}), line])
    docs = read_corpus([path], strict=True)
    assert next(docs).text == NVIDIA
    with pytest.raises(InputError) as caught:
        next(docs)
    assert (caught.value.path, caught.value.line) == (str(path), 2)
    assert reason in str(caught.value)


@pytest.mark.parametrize(
    ("rows", "reason"),
    [
        ([["id", "text"], ["a", ""]], "'text' is empty"),
        ([["id", "text"], ["a", "   "]], "'text' is empty"),
        ([["id", "text"], ["a"]], "missing 'text'"),
        ([["id", "text"], ["a", "one, two", "three"]], "3 fields, but the header names 2"),
    ],
)
def test_corpus_malformed_csv_row_is_skipped(tmp_path, rows, reason):
    path = write_csv(tmp_path / "a.csv", [*rows, ["b", XIAOMI]])
    docs, report = read(path)
    assert [doc.id for doc in docs] == ["b"]
    assert report.skipped == [Skipped(f"{path}:2", reason)]


def test_corpus_csv_row_with_an_unclosed_quote_is_skipped_not_merged(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(f'id,text\na,{NVIDIA}\nb,"open quote\nc,{XIAOMI}\n', encoding="utf-8")
    docs, report = read(path)
    assert [doc.id for doc in docs] == ["a"]
    (skip,) = report.skipped
    assert skip.origin == f"{path}:3"
    assert "malformed CSV row (lines 3-4)" in skip.reason


def test_corpus_csv_row_with_a_stray_quote_is_skipped(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(f'id,text\na,"quoted"tail\nb,{NVIDIA}\nc,a "fine" quote\n', encoding="utf-8")
    docs, report = read(path)
    assert [doc.id for doc in docs] == ["b", "c"]
    assert docs[1].text == 'a "fine" quote'
    assert [skip.origin for skip in report.skipped] == [f"{path}:2"]


def test_corpus_csv_without_a_text_column_is_an_error(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["id", "title", "body"], ["a", "t", NVIDIA]])
    with pytest.raises(InputError) as caught:
        read(path)
    assert (caught.value.path, caught.value.line) == (str(path), 1)
    assert "'id', 'title', 'body'" in str(caught.value)
    assert "no 'text' column" in str(caught.value)


# --- paths that cannot be read ---------------------------------------------------------


def test_corpus_missing_path_is_an_error_when_called(tmp_path):
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(InputError, match="no such file or folder") as caught:
        read_corpus([missing])  # raised before any iteration
    assert caught.value.path == str(missing)


def test_corpus_no_paths_is_an_error():
    with pytest.raises(InputError, match="no input files"):
        read_corpus([])


@pytest.mark.parametrize("name", ["news.json", "news.md", "news", "news.jsonl.gz"])
def test_corpus_unsupported_file_type_is_an_error_with_a_hint(tmp_path, name):
    path = tmp_path / name
    path.write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="unsupported file type") as caught:
        read_corpus([path])
    assert all(ext in caught.value.hint for ext in SUPPORTED)


def test_corpus_folder_without_supported_files_is_an_error(tmp_path):
    (tmp_path / "notes.md").write_text("x\n", encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text('{"text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"no \.jsonl, \.csv or \.txt files") as caught:
        read_corpus([tmp_path])
    assert caught.value.path == str(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"\n\n  \n", b"\xef\xbb\xbf", "\n".encode("utf-16"), "\ufeff\n".encode("utf-16")],
)
@pytest.mark.parametrize("suffix", SUPPORTED)
def test_corpus_file_without_documents_is_an_error(tmp_path, content, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(content)
    with pytest.raises(InputError, match="no documents") as caught:
        read(path)
    assert caught.value.path == str(path)


def test_corpus_csv_with_only_a_header_is_an_error(tmp_path):
    path = write_csv(tmp_path / "a.csv", [["id", "text"]])
    with pytest.raises(InputError, match="no documents"):
        read(path)


def test_corpus_file_whose_lines_are_all_skipped_is_an_error_saying_so(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", ["{bad", '{"text": ""}'])
    report = ReadReport()
    with pytest.raises(InputError, match="no documents") as caught:
        list(read_corpus([path], report=report))
    assert caught.value.hint == "2 lines skipped"
    assert len(report.skipped) == 2


def test_corpus_broken_link_in_a_folder_is_an_error(tmp_path):
    write_format(tmp_path, "txt", [XIAOMI])
    (tmp_path / "zz.jsonl").symlink_to(tmp_path / "gone.jsonl")
    docs = read_corpus([tmp_path])
    assert next(docs).text == XIAOMI
    with pytest.raises(InputError, match="cannot read") as caught:
        next(docs)
    assert caught.value.path == str(tmp_path / "zz.jsonl")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_corpus_unreadable_file_is_an_error(tmp_path):
    path = write_format(tmp_path, "txt", [XIAOMI])
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        read(path)


# --- encodings and characters ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "doc_id", "text", "warned"),
    [
        ("utf8-bom.jsonl", "bom-1", ENCODED, False),
        ("utf16le.txt", "utf16le:1", ENCODED, False),
        ("utf16be.csv", "be-1", ENCODED, False),
        ("cp1252.txt", "cp1252:1", ENCODED, True),
        ("latin1.jsonl", "latin-1", "Huawei ouvre un café à Zürich", True),
    ],
)
def test_corpus_encoding_fixtures(name, doc_id, text, warned):
    path = DATA / "encodings" / name
    (doc,), report = read(path)
    assert (doc.id, doc.text) == (doc_id, text)
    if warned:
        (warning,) = report.warnings
        assert warning.startswith(f"{path}:1: not UTF-8")
    else:
        assert report.warnings == []


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "cp1252", "latin-1"]
)
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "txt"])
def test_corpus_encodings(tmp_path, fmt, encoding):
    text = "Zürich café" if encoding == "latin-1" else ENCODED
    path = write_format(tmp_path, fmt, [text, XIAOMI])
    content = path.read_text(encoding="utf-8")
    if encoding == "utf-16-be-bom":
        path.write_bytes(("\ufeff" + content).encode("utf-16-be"))
    else:
        path.write_bytes(content.encode(encoding))
    docs, report = read(path)
    assert [doc.text for doc in docs] == [text, XIAOMI]
    legacy = encoding in ("cp1252", "latin-1") and fmt != "jsonl"  # json.dumps writes \u escapes
    assert len(report.warnings) == legacy


def test_corpus_reads_mixed_utf8_and_cp1252_lines(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("naïve UTF-8\n".encode() + "café – cp1252\n".encode("cp1252"))
    docs, report = read(path)
    assert [doc.text for doc in docs] == ["naïve UTF-8", "café – cp1252"]
    (warning,) = report.warnings
    assert warning.startswith(f"{path}:2: not UTF-8; read as Windows-1252 (cp1252)")


def test_corpus_bytes_cp1252_leaves_undefined_are_read_as_latin1(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"caf\xe9 \x81 \x80\n")
    (doc,), _ = read(path)
    assert doc.text == "café \x81 €"


def test_corpus_invalid_utf16_is_an_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffok\n".encode("utf-16-le") + b"\x00\xd8\n\x00")  # lone surrogate
    with pytest.raises(InputError, match="not valid UTF-16") as caught:
        read(path)
    assert caught.value.path == str(path)


def test_corpus_control_characters_are_removed_with_one_warning_a_file():
    path = DATA / "controls.jsonl"
    docs, report = read(path)
    assert [doc.text for doc in docs] == ["Nvidia unveils NVLink\tFusion.", "Line one\nline two."]
    (warning,) = report.warnings
    assert warning.startswith(f"{path}:1: removed NUL, other control characters")


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "txt"])
def test_corpus_crlf_and_nul_in_each_format(tmp_path, fmt):
    path = write_format(tmp_path, fmt, [NVIDIA.replace(" ", "\x00 ", 2), XIAOMI])
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    docs, report = read(path)
    assert [doc.text for doc in docs] == [NVIDIA, XIAOMI]
    (warning,) = report.warnings  # in JSON the NUL is an escape, removed all the same
    assert "removed NUL" in warning
    assert report.skipped == []


def test_corpus_unpaired_surrogate_escape_is_replaced(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", ['{"text": "chip \\ud800 maker"}'])
    (doc,), report = read(path)
    assert doc.text == "chip \ufffd maker"
    assert doc.text.encode("utf-8")
    assert len(report.warnings) == 1


# --- reporting -------------------------------------------------------------------------


def test_corpus_format_skipped_lines(tmp_path):
    path = write_lines(tmp_path / "a.jsonl", ["{bad", "[]", '{"text": "ok"}', '{"text": 1}'])
    _, report = read(path)
    assert format_skipped(report) == [
        f"skipped {path}:1: invalid JSON: Expecting property name enclosed in double quotes at column 2",  # noqa: E501
        f"skipped {path}:2: a JSON array, not an object",
        f"skipped {path}:4: 'text' is number, not a string",
    ]
    assert format_skipped(report, limit=1)[1:] == ["... and 2 more skipped lines"]
    assert format_skipped(ReadReport()) == []


def test_corpus_logs_when_no_report_is_given(tmp_path, caplog):
    path = write_lines(tmp_path / "a.jsonl", ["{bad", json.dumps({"date": "soon", "text": "ok"})])
    with caplog.at_level(logging.WARNING, logger="kg.corpus"):
        docs = list(read_corpus([path]))
    assert [doc.text for doc in docs] == ["ok"]
    messages = [record.getMessage() for record in caplog.records]
    assert messages[0].startswith(f"skipped {path}:1: invalid JSON")
    assert "not an ISO 8601 date" in messages[1]


def test_corpus_does_not_log_when_a_report_is_given(tmp_path, caplog):
    path = write_lines(tmp_path / "a.jsonl", ["{bad", json.dumps({"text": "ok"})])
    with caplog.at_level(logging.DEBUG, logger="kg.corpus"):
        _, report = read(path)
    assert caplog.records == []
    assert len(report.skipped) == 1


# --- properties ------------------------------------------------------------------------

# text a UTF-8 file can hold: no unpaired surrogates
ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
LINE_TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r"), max_size=40
)
PROPERTY = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def candidate(text: str) -> bool:
    return bool(text.strip())


def assert_all_accounted(path: Path, texts: list[str], docs, report) -> None:
    """Every candidate is a document or a skip, and documents read back as written."""
    kept = [t for t in texts if candidate(t)]
    assert len(docs) + len(report.skipped) == len(kept)
    assert [doc.text for doc in docs] == [expected_text(t) for t in kept if expected_text(t)]
    assert len({doc.id for doc in docs}) == len(docs)
    assert all(doc.origin.startswith(f"{path}:") for doc in docs)


@PROPERTY
@given(texts=st.lists(LINE_TEXT, max_size=12))
def test_corpus_property_txt_lines_are_all_accounted_for(tmp_path_factory, texts):
    # U+FEFF opening a UTF-8 file is its byte-order mark, not text
    assume(not texts or not texts[0].startswith("\ufeff"))
    folder = tmp_path_factory.mktemp("txt")
    path = write_format(folder, "txt", texts)
    if not any(candidate(t) and expected_text(t) for t in texts):
        with pytest.raises(InputError, match="no documents"):
            read(path)
        return
    docs, report = read(path)
    assert_all_accounted(path, texts, docs, report)


@PROPERTY
@given(texts=st.lists(ANY_TEXT, max_size=12), escaped=st.lists(st.text(max_size=40), max_size=3))
def test_corpus_property_jsonl_texts_are_all_accounted_for(tmp_path_factory, texts, escaped):
    folder = tmp_path_factory.mktemp("jsonl")
    # raw UTF-8 texts, then \\u-escaped ones that may hold unpaired surrogates
    records = [json.dumps({"text": t}, ensure_ascii=False) for t in texts]
    records += [json.dumps({"text": t}) for t in escaped]
    texts = texts + escaped
    path = write_lines(folder / "news.jsonl", records)
    if not any(expected_text(t) for t in texts):
        with pytest.raises(InputError, match="no documents"):
            read(path)
        return
    docs, report = read(path)
    # every JSON line is a candidate, even one whose text is blank
    assert len(docs) + len(report.skipped) == len(texts)
    assert [doc.text for doc in docs] == [expected_text(t) for t in texts if expected_text(t)]


@PROPERTY
@given(rows=st.lists(st.tuples(LINE_TEXT, ANY_TEXT), max_size=12))
def test_corpus_property_csv_rows_are_all_accounted_for(tmp_path_factory, rows):
    folder = tmp_path_factory.mktemp("csv")
    path = write_csv(folder / "news.csv", [["title", "text"], *map(list, rows)])
    # a row is a candidate when any of its cells is not blank once control characters go
    candidates = [text for title, text in rows if scrubbed(title + text).strip()]
    if not any(expected_text(t) for t in candidates):
        with pytest.raises(InputError, match="no documents"):
            read(path)
        return
    docs, report = read(path)
    assert len(docs) + len(report.skipped) == len(candidates)
    assert [doc.text for doc in docs] == [expected_text(t) for t in candidates if expected_text(t)]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["id", "text", "date", "title", "x"]) | st.text(max_size=5),
            children,
            max_size=5,
        )
    ),
    max_leaves=12,
)


@PROPERTY
@given(values=st.lists(JSON_VALUES, min_size=1, max_size=10))
def test_corpus_property_any_json_line_is_a_document_or_a_skip(tmp_path_factory, values):
    folder = tmp_path_factory.mktemp("json")
    path = write_lines(folder / "any.jsonl", [json.dumps(value) for value in values])
    report = ReadReport()
    docs = []
    try:
        docs.extend(read_corpus([path], report=report))
    except InputError as error:
        assert "no documents" in str(error)
        assert docs == []
    assert len(docs) + len(report.skipped) == len(values)
    assert all(isinstance(doc.text, str) and doc.text == doc.text.strip() for doc in docs)
    # with strict, a line that is not a document raises instead
    if report.skipped:
        with pytest.raises(InputError) as caught:
            list(read_corpus([path], strict=True))
        assert caught.value.line is not None or "no documents" in str(caught.value)


@PROPERTY
@given(
    lines=st.lists(st.binary(max_size=60).filter(lambda b: b"\n" not in b), min_size=1, max_size=8)
)
@pytest.mark.parametrize("suffix", SUPPORTED)
def test_corpus_property_random_bytes_never_raise_anything_but_input_errors(
    tmp_path_factory, suffix, lines
):
    path = tmp_path_factory.mktemp("bytes") / f"noise{suffix}"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report = ReadReport()
    try:
        for doc in read_corpus([path], report=report):
            assert doc.text and doc.text == doc.text.strip()
            assert not re.search("[\x00-\x08\x0b-\x1f\x7f]", doc.text)
    except InputError as error:
        assert error.path == str(path)
