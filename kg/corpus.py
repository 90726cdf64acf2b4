"""Read news summaries from .jsonl, .csv and .txt files and folders as Document records.

One input file is open at a time and read line by line, so a corpus of any size streams
through in constant memory (apart from the set of document ids, kept to make them unique).

Formats
-------
``.jsonl``
    One JSON object a line with a ``text`` string and optional ``id``, ``date``,
    ``title``, ``source``, ``url``. Every key other than ``id``, ``text`` and ``date``
    is kept in ``Document.meta``, so the annotated files of ``shared/data`` read as they
    are, with ``entities`` and ``relations`` in ``meta``.
``.csv``
    A header row naming the same columns (matched without regard to case) and one
    document a row; a row may span lines inside quotes. Empty cells are left out of
    ``meta``. A CSV without a ``text`` column is an :class:`~kg.errors.InputError`.
``.txt``
    Each non-blank line is one summary.
a folder
    Every ``.jsonl``, ``.csv`` and ``.txt`` file under it, recursively, in sorted path
    order. Hidden files and folders (a name starting with ``.``) and other files are
    ignored; symbolic links to folders are not followed.

Ids
---
A document keeps the ``id`` it is given (a string or an integer, stripped). One without
an id gets ``<file stem>:<line>``, e.g. ``news:12`` for line 12 of ``data/news.jsonl``;
for a CSV the line is the one the row starts on, the header being line 1. Ids are unique
across one call: a later document whose id is taken is renamed ``<id>@<path>:<line>``
and a warning says so.

Text
----
Files may be UTF-8 with or without a byte-order mark, UTF-16 or UTF-32 with a
byte-order mark, or Windows-1252 / Latin-1 (any line that is not valid UTF-8 is read as
Windows-1252, with one warning for the file). In every text, ``\\r\\n`` and a lone ``\\r``
become ``\\n``; NUL, the other C0 control characters except tab and newline, DEL, and a
byte-order mark inside the file are removed (one warning for the file); unpaired
surrogates from JSON escapes become U+FFFD. Texts are stripped; whitespace inside them
is kept.

Problems
--------
A line that could be a document but is not one (invalid JSON, JSON that is not an
object, a missing, empty or non-string ``text``, a malformed CSV row) is skipped and
recorded in :attr:`ReadReport.skipped`, or, with ``strict=True``, raises
:class:`~kg.errors.InputError` naming the file and line. A date that is not ISO 8601 is
dropped with a warning; the document is kept. Every non-blank line is either read as a
document or recorded as skipped. A missing path, an unreadable file, an unsupported file
type given by name, and a path that yields no documents at all raise
:class:`~kg.errors.InputError`.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from kg.errors import InputError
from kg.records import Document

__all__ = ["SUPPORTED", "ReadReport", "Skipped", "format_skipped", "read_corpus"]

#: File extensions read from a folder or accepted by name (matched without regard to case).
SUPPORTED = (".jsonl", ".csv", ".txt")

#: Keys that become ``Document`` fields; every other key or column goes to ``meta``.
_FIELDS = ("id", "text", "date")

#: CSV fields may be as long as a document can be (the csv module's default is 128 KiB).
_CSV_FIELD_LIMIT = 2**31 - 1

logger = logging.getLogger(__name__)

# C0 controls but tab, LF and CR; DEL; and a byte-order mark met inside a file.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")
_SURROGATES = re.compile("[\ud800-\udfff]")

# Windows-1252 for bytes 0x80-0x9F on top of Latin-1; the five bytes cp1252 leaves
# undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their Latin-1 code points.
_CP1252 = {
    byte: char
    for byte in range(0x80, 0xA0)
    if (char := bytes([byte]).decode("cp1252", errors="ignore"))
}

# Byte-order marks that choose a codec; UTF-32 before UTF-16, whose LE mark it begins with.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

# ISO 8601 calendar date, extended (2025-05-20) or basic (20250520), optionally followed
# by a time of day and a zone; the date is kept as written, not moved to UTC.
_ISO_DATE = re.compile(
    r"(\d{4})(-?)(\d{2})\2(\d{2})"
    r"(?:[Tt ]\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)


class Skipped(NamedTuple):
    """A line that could have been a document but was not read as one."""

    origin: str  # "path:line"
    reason: str


@dataclass
class ReadReport:
    """What :func:`read_corpus` read, skipped and warned about.

    Attributes
    ----------
    files : int
        Files opened.
    documents : int
        Documents yielded.
    skipped : list of Skipped
        Lines skipped, in reading order; :func:`format_skipped` renders them.
    warnings : list of str
        Everything else worth telling: decoding, removed control characters,
        dropped dates, renamed ids, files without documents. Skips are not repeated here.

    Examples
    --------
    >>> report = ReadReport()
    >>> report.files, report.documents, report.skipped, report.warnings
    (0, 0, [], [])
    """

    files: int = 0
    documents: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_corpus(
    paths: Sequence[str | Path] | str | Path,
    *,
    strict: bool = False,
    report: ReadReport | None = None,
) -> Iterator[Document]:
    """Stream the documents of files and folders, one file open at a time.

    The paths are checked when this is called; the files are read as the result is
    iterated.

    Parameters
    ----------
    paths : sequence of str or Path, or one str or Path
        ``.jsonl``, ``.csv`` and ``.txt`` files, and folders holding them. A file met
        twice (named twice, or named and inside a named folder) is read once.
    strict : bool, default False
        Raise :class:`~kg.errors.InputError` at the first line that is not a document,
        instead of skipping it.
    report : ReadReport, optional
        Filled in while reading. Without one, warnings and skips are logged to the
        ``kg.corpus`` logger at WARNING level instead.

    Yields
    ------
    Document
        With ``date`` as ``YYYY-MM-DD`` or None, ``meta`` a dict (possibly empty) and
        ``origin`` as ``"path:line"``.

    Raises
    ------
    InputError
        No paths; a path that does not exist; a file of an unsupported type given by
        name; a folder without supported files; a file that cannot be read or decoded; a
        CSV without a ``text`` column; a path that yields no documents; with ``strict``,
        a line that is not a document.

    Examples
    --------
    >>> import tempfile
    >>> from pathlib import Path
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     path = Path(tmp, "news.jsonl")
    ...     _ = path.write_text(
    ...         '{"id": "n1", "date": "2025-05-20T08:00Z", "text": " Nvidia unveils NVLink. "}\\n'
    ...         '{"text": "Xiaomi launches the XRing O1.", "source": "SCMP"}\\n'
    ...         "not json\\n",
    ...         encoding="utf-8",
    ...     )
    ...     report = ReadReport()
    ...     docs = list(read_corpus([path], report=report))
    >>> [(doc.id, doc.date, doc.text, doc.meta) for doc in docs]  # doctest: +NORMALIZE_WHITESPACE
    [('n1', '2025-05-20', 'Nvidia unveils NVLink.', {}),
     ('news:2', None, 'Xiaomi launches the XRing O1.', {'source': 'SCMP'})]
    >>> report.documents, [skip.reason for skip in report.skipped]
    (2, ['invalid JSON: Expecting value at column 1'])
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    reader = _Reader(report, strict=strict)
    plan = reader.plan(paths)
    return reader.read(plan)


def format_skipped(report: ReadReport, *, limit: int | None = None) -> list[str]:
    """Render the skipped lines of a report for the build report, one string a line.

    Parameters
    ----------
    report : ReadReport
        A report filled in by :func:`read_corpus`.
    limit : int, optional
        Show at most this many, then one line counting the rest.

    Returns
    -------
    list of str
        Empty when nothing was skipped.

    Examples
    --------
    >>> report = ReadReport(skipped=[
    ...     Skipped("news.jsonl:3", "invalid JSON: Expecting value at column 1"),
    ...     Skipped("news.jsonl:7", "'text' is empty"),
    ...     Skipped("more.csv:2", "missing 'text'"),
    ... ])
    >>> for line in format_skipped(report, limit=2):
    ...     print(line)
    skipped news.jsonl:3: invalid JSON: Expecting value at column 1
    skipped news.jsonl:7: 'text' is empty
    ... and 1 more skipped line
    """
    shown = report.skipped if limit is None else report.skipped[:limit]
    lines = [f"skipped {skip.origin}: {skip.reason}" for skip in shown]
    rest = len(report.skipped) - len(shown)
    if rest:
        lines.append(f"... and {rest} more skipped line{'s' if rest > 1 else ''}")
    return lines


# --- reading ---------------------------------------------------------------------------


class _Source:
    """One file being read: its name for messages and its once-a-file warnings."""

    def __init__(self, path: Path, note: Callable[[str], None]) -> None:
        self.path = path
        self.name = str(path)
        self._note = note
        self._warned: set[str] = set()

    def origin(self, line: int) -> str:
        return f"{self.name}:{line}"

    def warn_once(self, kind: str, message: str) -> None:
        if kind not in self._warned:
            self._warned.add(kind)
            self._note(message)

    def scrub(self, line: str, number: int) -> str:
        """Remove control characters from a raw line, keeping tab, CR and LF."""
        scrubbed = _CONTROLS.sub("", line)
        if len(scrubbed) != len(line):
            self._controls_removed(number)
        return scrubbed

    def clean(self, value: str, number: int) -> str:
        """Normalise a field value: newlines, control characters, unpaired surrogates."""
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        value, removed = _CONTROLS.subn("", value)
        value, replaced = _SURROGATES.subn("\ufffd", value)
        if removed or replaced:
            self._controls_removed(number)
        return value

    def _controls_removed(self, number: int) -> None:
        self.warn_once(
            "controls",
            f"{self.origin(number)}: removed NUL, other control characters or a stray "
            "byte-order mark (here and anywhere else in this file)",
        )


# One candidate document: its line, its fields, or why it is not a document.
_Row = tuple[int, dict | None, str]


class _Reader:
    def __init__(self, report: ReadReport | None, *, strict: bool) -> None:
        self.log = report is None
        self.report = ReadReport() if report is None else report
        self.strict = strict
        self.ids: set[str] = set()

    def note(self, message: str) -> None:
        self.report.warnings.append(message)
        if self.log:
            logger.warning("%s", message)

    def skip(self, src: _Source, line: int, reason: str) -> None:
        if self.strict:
            raise InputError(reason, path=src.name, line=line)
        self.report.skipped.append(Skipped(src.origin(line), reason))
        if self.log:
            logger.warning("skipped %s: %s", src.origin(line), reason)

    def plan(self, paths: Sequence[str | Path]) -> list[tuple[Path, list[Path]]]:
        """Check every path and list the files each one stands for, each file once."""
        if not paths:
            raise InputError("no input files given", hint=_supported_hint())
        seen: set[Path] = set()
        plan = []
        for given in map(Path, paths):
            files = []
            for path in _expand(given):
                key = path.resolve()
                if key in seen:
                    self.note(f"{path}: given more than once; read once")
                    continue
                seen.add(key)
                files.append(path)
            plan.append((given, files))
        return plan

    def read(self, plan: list[tuple[Path, list[Path]]]) -> Iterator[Document]:
        for given, files in plan:
            total = 0
            skipped = len(self.report.skipped)
            for path in files:
                count = 0
                for doc in self.read_file(path):
                    count += 1
                    yield doc
                if count == 0 and path != given:
                    self.note(f"{path}: no documents")
                total += count
            if files and total == 0:
                skipped = len(self.report.skipped) - skipped
                raise InputError(
                    "no documents" + (" in any file under it" if given.is_dir() else ""),
                    path=str(given),
                    hint=f"{skipped} line{'s' if skipped != 1 else ''} skipped" if skipped else "",
                )

    def read_file(self, path: Path) -> Iterator[Document]:
        src = _Source(path, self.note)
        self.report.files += 1
        suffix = path.suffix.lower()
        lines = _decoded_lines(src)
        if suffix == ".jsonl":
            rows = _jsonl_rows(src, lines)
        elif suffix == ".csv":
            rows = _csv_rows(src, lines)
        else:
            rows = _txt_rows(src, lines)
        for number, fields, problem in rows:
            doc = None if fields is None else self.document(src, number, fields)
            if isinstance(doc, Document):
                self.report.documents += 1
                yield doc
            else:
                self.skip(src, number, doc or problem)

    def document(self, src: _Source, number: int, fields: dict) -> Document | str:
        """Build a document from one record's fields, or say why it is not one."""
        if "text" not in fields:
            return "missing 'text'"
        text = fields["text"]
        if not isinstance(text, str):
            return f"'text' is {_json_kind(text)}, not a string"
        text = src.clean(text, number).strip()
        if not text:
            return "'text' is empty"
        origin = src.origin(number)
        return Document(
            id=self.unique_id(src, number, fields.get("id")),
            text=text,
            date=self.date(origin, fields.get("date")),
            meta={
                key: src.clean(value, number) if isinstance(value, str) else value
                for key, value in fields.items()
                if key not in _FIELDS
            },
            origin=origin,
        )

    def unique_id(self, src: _Source, number: int, given: object) -> str:
        origin = src.origin(number)
        doc_id = f"{src.path.stem}:{number}"
        if isinstance(given, str):
            doc_id = src.clean(given, number).strip() or doc_id
        elif isinstance(given, int) and not isinstance(given, bool):
            doc_id = str(given)
        elif given is not None:
            self.note(
                f"{origin}: 'id' is {_json_kind(given)}, neither a string nor an integer; "
                f"using {doc_id!r}"
            )
        if doc_id in self.ids:
            taken = doc_id
            doc_id = f"{taken}@{origin}"
            n = 2
            while doc_id in self.ids:
                doc_id, n = f"{taken}@{origin}#{n}", n + 1
            self.note(f"{origin}: id {taken!r} is already used; renamed {doc_id!r}")
        self.ids.add(doc_id)
        return doc_id

    def date(self, origin: str, value: object) -> str | None:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        date = _iso_date(value) if isinstance(value, str) else None
        if date is None:
            shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
            self.note(f"{origin}: date {shown} is not an ISO 8601 date (YYYY-MM-DD); dropped")
        return date


def _expand(given: Path) -> list[Path]:
    """The files a path given by the user stands for, checked, in reading order."""
    if given.is_dir():
        files = sorted(_walk(given), key=lambda path: path.relative_to(given).parts)
        if not files:
            raise InputError("no .jsonl, .csv or .txt files in this folder", path=str(given))
        return files
    if not given.exists():
        raise InputError("no such file or folder", path=str(given))
    if given.suffix.lower() not in SUPPORTED:
        kind = f"'{given.suffix}'" if given.suffix else "without an extension"
        raise InputError(f"unsupported file type {kind}", path=str(given), hint=_supported_hint())
    return [given]


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in files:
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED:
                yield Path(root, name)


def _supported_hint() -> str:
    return "supported: " + ", ".join(SUPPORTED) + " files, or a folder of them"


def _decoded_lines(src: _Source) -> Iterator[tuple[int, str]]:
    """Yield ``(line number, text)`` for each line, with its line ending kept."""
    try:
        with open(src.path, "rb") as fh:
            head = fh.read(4)
            fh.seek(0)
            codec = next((codec for bom, codec in _BOMS if head.startswith(bom)), None)
            if codec:
                yield from _decode_stream(src, fh, codec)
            else:
                yield from _decode_bytes(src, fh)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=src.name) from exc


def _decode_bytes(src: _Source, lines: Iterable[bytes]) -> Iterator[tuple[int, str]]:
    # UTF-8 (with or without a BOM), falling back line by line to Windows-1252.
    for number, raw in enumerate(lines, 1):
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("latin-1").translate(_CP1252)
            src.warn_once(
                "encoding",
                f"{src.origin(number)}: not UTF-8; read as Windows-1252 (cp1252) "
                "here and on every other line of this file that is not UTF-8",
            )
        yield number, line


def _decode_stream(src: _Source, fh: io.BufferedReader, codec: str) -> Iterator[tuple[int, str]]:
    # UTF-16 or UTF-32, whose byte-order mark the codec reads; only LF ends a line.
    text = io.TextIOWrapper(fh, encoding=codec, newline="\n")
    number = 0
    try:
        for number, line in enumerate(text, 1):
            yield number, line
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not valid {codec.upper()} after line {number}: {exc.reason}", path=src.name
        ) from exc
    finally:
        text.detach()


def _jsonl_rows(src: _Source, lines: Iterable[tuple[int, str]]) -> Iterator[_Row]:
    for number, line in lines:
        if not line.strip():
            continue
        line = src.scrub(line, number)
        if not line.strip():
            yield number, None, "the line holds only control characters"
            continue
        try:
            value = json.loads(line, strict=False)
        except json.JSONDecodeError as exc:
            yield number, None, f"invalid JSON: {exc.msg} at column {exc.colno}"
            continue
        except RecursionError:
            yield number, None, "invalid JSON: nested too deeply"
            continue
        except ValueError as exc:  # e.g. an integer with too many digits
            yield number, None, f"invalid JSON: {exc}"
            continue
        if isinstance(value, dict):
            yield number, value, ""
        else:
            yield number, None, f"a JSON {_json_kind(value)}, not an object"


def _txt_rows(src: _Source, lines: Iterable[tuple[int, str]]) -> Iterator[_Row]:
    for number, line in lines:
        if line.strip():
            yield number, {"text": line}, ""


def _csv_rows(src: _Source, lines: Iterable[tuple[int, str]]) -> Iterator[_Row]:
    if csv.field_size_limit() < _CSV_FIELD_LIMIT:
        csv.field_size_limit(_CSV_FIELD_LIMIT)
    # csv counts the items it takes from this iterator, one per physical line.
    reader = csv.reader((src.scrub(line, number) for number, line in lines), strict=True)
    columns: list[str] | None = None
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            end = reader.line_num
            where = f" (lines {start}-{end})" if end > start else ""
            yield start, None, f"malformed CSV row{where}: {exc}"
            continue
        if not any(cell.strip() for cell in row):
            continue
        if columns is None:
            columns = _csv_columns(src, start, row)
        elif len(row) > len(columns):
            yield start, None, f"{len(row)} fields, but the header names {len(columns)}"
        else:
            yield (
                start,
                {
                    name: cell
                    for name, cell in zip(columns, row, strict=False)
                    if cell.strip() or name == "text"
                },
                "",
            )


def _csv_columns(src: _Source, line: int, header: list[str]) -> list[str]:
    names = [name.strip() for name in header]
    columns = [name.lower() if name.lower() in _FIELDS else name for name in names]
    if "text" not in columns:
        raise InputError(
            "no 'text' column; the columns are: " + ", ".join(repr(name) for name in names),
            path=src.name,
            line=line,
            hint="name the column that holds the summaries 'text'",
        )
    return columns


def _iso_date(value: str) -> str | None:
    """Return the ``YYYY-MM-DD`` of an ISO 8601 date or date-time, or None.

    Examples
    --------
    >>> _iso_date("2025-05-20T08:00:00+02:00"), _iso_date("20250520"), _iso_date("2025-02-30")
    ('2025-05-20', '2025-05-20', None)
    """
    match = _ISO_DATE.fullmatch(value.strip())
    if not match:
        return None
    year, _, month, day = match.groups()
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def _json_kind(value: object) -> str:
    kinds = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return kinds.get(type(value), "number" if isinstance(value, (int, float)) else "value")
