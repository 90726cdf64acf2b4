"""An SQLite store of extraction results, so a rebuild extracts only new or changed texts.

Each row holds one text's :class:`~kg.records.DocResult`, as zlib-compressed JSON, keyed
by a hash of the text and by the extractor that produced it: the trained pipeline's name
and version, the rule set's version and a hash of the extraction code
(:func:`extractor_id`). Editing a rule file, the extraction code or switching the pipeline
therefore misses every stored row, and the next build extracts everything again. A
finished build keeps the rows of the three most recently used extractors and drops the
rest (:meth:`Store.prune`): switching back and forth between ``--fast`` and the default
reuses both, and an edited rule set does not leave a stale copy of the corpus behind.

A result is stored without its document id and date; :meth:`Store.get_many` stamps them
back from the document read this time, so a text renamed or re-dated is still reused.

The store also keeps, per output folder, where the last build into it finished (see
:mod:`kg.checkpoint`), so that a build on the same documents and more goes on from there.

Writes go in one transaction per batch (:meth:`Store.put_many`): a build interrupted by
Ctrl-C or a kill leaves every finished batch stored and nothing half-written, and the
next build carries on from there.

A store that cannot be opened or read (damaged on disk, not an SQLite file, unreadable)
raises :class:`StoreError`, whose message says what to do: ``kg build --rebuild-store``
moves it aside (:func:`move_aside`) and starts a new one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputError
from kg.names import entity_id
from kg.records import DocResult, Document, Entity, Evidence, Mention

if TYPE_CHECKING:
    from kg.nlp.models import ExtractorSpec

__all__ = [
    "REBUILD_HINT",
    "Store",
    "StoreError",
    "decode_result",
    "encode_result",
    "extractor_id",
    "move_aside",
    "text_hash",
]

T = TypeVar("T")

#: Bumped when the layout of the table or of a stored result changes.
SCHEMA_VERSION = "1"

#: A finished build keeps the results of this many most recently used extractors.
KEEP_EXTRACTORS = 3

#: SQLite allows at least this many ``?`` parameters in one statement.
_MAX_PARAMS = 900

#: What to do about a store that cannot be opened or read.
REBUILD_HINT = (
    "build again with --rebuild-store to move it aside and extract everything again,"
    " or with --no-store to build without a store"
)


class StoreError(InputError):
    """The store cannot be opened, read or written; the message says what to do.

    Examples
    --------
    >>> e = StoreError("cannot open the store: file is not a database", path="store.sqlite")
    >>> str(e).startswith("store.sqlite: cannot open the store: file is not a database (build")
    True
    >>> e.hint == REBUILD_HINT
    True
    """

    def __init__(self, message: str, *, path: str, hint: str = REBUILD_HINT) -> None:
        super().__init__(message, path=path, hint=hint)


def _failed(path: Path, doing: str, error: sqlite3.Error | OSError) -> StoreError:
    """The error of an SQLite call on the store, with what to do about its cause."""
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    if "locked" in reason or "busy" in reason:
        hint = "another build may be using it: wait for it, or build with --no-store"
    elif "full" in reason:
        hint = "free some disk space, or build with --no-store"
    else:  # damaged, not a database, unreadable
        hint = REBUILD_HINT
    return StoreError(f"cannot {doing} the store: {reason}", path=str(path), hint=hint)


def _reported(doing: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Turn the SQLite errors of a :class:`Store` method into a :class:`StoreError`."""

    def decorate(method: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(method)
        def wrapper(self: Store, *args: object, **kwargs: object) -> T:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as e:
                raise _failed(self.path, doing, e) from e

        return wrapper

    return decorate


def move_aside(path: str | os.PathLike) -> Path | None:
    """Rename a store, with its journal files, to ``<name>.<YYYYmmdd-HHMMSS>.bak`` beside it.

    What ``kg build --rebuild-store`` does before it starts a new store. The journal
    files (``-wal``, ``-shm``, ``-journal``) go with it, so that a new store never
    meets an old journal and the one moved aside can still be opened.

    Returns
    -------
    pathlib.Path or None
        Where the store went; None when there was nothing at ``path``.

    Raises
    ------
    StoreError
        When it cannot be renamed (a read-only folder).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "store.sqlite"
    >>> _ = path.write_bytes(b"not a database")
    >>> aside = move_aside(path)
    >>> path.exists(), aside.name.startswith("store.sqlite."), aside.suffix, aside.read_bytes()
    (False, True, '.bak', b'not a database')
    >>> move_aside(path) is None
    True
    """
    path = Path(path)
    suffixes = ("", "-wal", "-shm", "-journal")
    found = [s for s in suffixes if os.path.lexists(f"{path}{s}")]
    if not found:
        return None
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside, n = path.with_name(f"{path.name}.{stamp}.bak"), 1
    while any(os.path.lexists(f"{aside}{s}") for s in suffixes):
        n += 1
        aside = path.with_name(f"{path.name}.{stamp}-{n}.bak")
    try:
        for suffix in found:
            os.rename(f"{path}{suffix}", f"{aside}{suffix}")
    except OSError as e:
        hint = "move or remove it yourself, or build with --no-store"
        message = f"cannot move the store aside: {e.strerror}"
        raise StoreError(message, path=str(path), hint=hint) from None
    return aside


def text_hash(text: str) -> bytes:
    """The 16-byte key of a text (BLAKE2b).

    Examples
    --------
    >>> text_hash("Xiaomi unveiled the XRing O1.").hex()[:8], len(text_hash(""))
    ('57e4bb90', 16)
    """
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def extractor_id(
    model: ExtractorSpec | str | None = "auto", *, rules_dir: str | None = None
) -> str:
    """Name what extracts for ``model``: pipeline and version, the versions of spaCy, thinc
    and numpy, rule set, extraction code, and the lexicon when it is not the built-in one
    alone (``--lexicon``: which, and the contents of the user's files).

    ``model`` is a pipeline's name or an :class:`~kg.nlp.models.ExtractorSpec`. Stored
    results are reused only by the same extractor.

    Examples
    --------
    >>> ident = extractor_id("blank")
    >>> ident.split("/")[0], ident == extractor_id("blank")
    ('blank', True)
    >>> from kg.nlp.models import ExtractorSpec
    >>> from kg.nlp.lexicon_choice import LexiconChoice
    >>> bare = extractor_id(ExtractorSpec("blank", lexicon=LexiconChoice(builtin=False)))
    >>> bare.split("/")[-1], bare == ident
    ('lexicon-none', False)
    """
    import importlib.metadata

    from kg.nlp.models import ExtractorSpec, resolve_model
    from kg.nlp.rules import load_rules

    spec = ExtractorSpec.of(model)
    name = resolve_model(spec.model)
    if name is None:
        pipeline = "blank"
    else:
        try:
            pipeline = f"{name}-{importlib.metadata.version(name)}"
        except importlib.metadata.PackageNotFoundError:
            pipeline = name  # a pipeline loaded from a path
        if not spec.speedups:
            pipeline += "-plain"  # spaCy's own inference, asked for to compare with
    code = hashlib.sha256()
    package = Path(__file__).resolve().parent
    # the names module makes ids and the normal form labels are compared in
    for path in [
        package / "extract.py",
        package / "names.py",
        *sorted((package / "nlp").rglob("*.py")),
    ]:
        code.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    rules = load_rules(rules_dir, spec.lexicon).version
    ident = f"{pipeline}/{_libraries()}/rules-{rules}/code-{code.hexdigest()[:12]}"
    if not spec.lexicon.is_default:
        ident += f"/lexicon-{spec.lexicon.key()}"
    return ident


@functools.cache
def _libraries() -> str:
    """The versions of the libraries whose arithmetic the trained components' results
    depend on: ``spacy3.8.18-thinc8.3.14-numpy2.4.6``."""
    import importlib.metadata

    return "-".join(
        f"{lib}{importlib.metadata.version(lib)}" for lib in ("spacy", "thinc", "numpy")
    )


def encode_result(result: DocResult) -> bytes:
    """Serialise a result without its document id and date (compressed JSON).

    Examples
    --------
    >>> doc = Document("d1", "Nvidia grew.", "2025-05-01")
    >>> res = DocResult("d1", "2025-05-01", (Entity("company:nvidia", "Nvidia", "COMPANY"),),
    ...                 (Mention("d1", "company:nvidia", "Nvidia", "COMPANY", "Nvidia", 0, 6),), ())
    >>> decode_result(encode_result(res), doc) == res
    True
    """
    data = [
        [
            [e.id, e.label, e.type, list(e.aliases), e.wikidata, list(e.issuer), list(e.subject)]
            + ([e.scope] if e.scope else [])
            for e in result.entities
        ],
        [list(m[1:]) for m in result.mentions],
        [[*ev[2:]] for ev in result.evidence],
    ]
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 1)


def decode_result(data: bytes, document: Document) -> DocResult:
    """Read a stored result back as ``document``'s (its id and date stamped in).

    A measure known only from its document is named after it (``Entity.scope``): read
    under another id than the one it was stored under, it takes this one.

    Examples
    --------
    >>> ent = Entity("policy:sanctions-d1", "sanctions (d1)", "POLICY", scope="d1")
    >>> res = DocResult("d1", None, (ent,), (), ())
    >>> back = decode_result(encode_result(res), Document("d2", "The sanctions bit."))
    >>> back.entities[0].id, back.entities[0].label, back.entities[0].scope
    ('policy:sanctions-d2', 'sanctions (d2)', 'd2')
    """
    entities, mentions, evidence = json.loads(zlib.decompress(data))
    doc_id, date = document.id, document.date
    result = DocResult(
        doc_id,
        date,
        tuple(
            Entity(i, label, t, tuple(aliases), wd, *(tuple(x) for x in found[:2]), *found[2:])
            for i, label, t, aliases, wd, *found in entities
        ),
        tuple(Mention(doc_id, *m) for m in mentions),
        tuple(Evidence(doc_id, date or "", *ev) for ev in evidence),
    )
    if any(e.scope and e.scope != doc_id for e in result.entities):
        result = _named_after(result, doc_id)
    return result


def _named_after(result: DocResult, doc_id: str) -> DocResult:
    """The result with its measures known only from their document named after
    ``doc_id``: "sanctions (d1)" read as document d2's is "sanctions (d2)"."""
    renamed: dict[str, Entity] = {}
    for e in result.entities:
        if e.scope and e.scope != doc_id:
            label = f"{e.label.removesuffix(f' ({e.scope})')} ({doc_id})"
            renamed[e.id] = e._replace(id=entity_id(e.type, label), label=label, scope=doc_id)

    def mention(m: Mention) -> Mention:
        new = renamed.get(m.entity_id)
        return m if new is None else m._replace(entity_id=new.id, label=new.label)

    def evidence(ev: Evidence) -> Evidence:
        s, t = renamed.get(ev.source_id), renamed.get(ev.target_id)
        if s is not None:
            ev = ev._replace(source_id=s.id, source=s.label)
        if t is not None:
            ev = ev._replace(target_id=t.id, target=t.label)
        return ev

    return result._replace(
        entities=tuple(renamed.get(e.id, e) for e in result.entities),
        mentions=tuple(map(mention, result.mentions)),
        evidence=tuple(map(evidence, result.evidence)),
    )


class Store:
    """Extraction results of one extractor, in an SQLite file.

    Parameters
    ----------
    path
        The database file; created with its folder if missing.
    extractor
        Whose results to read and write (see :func:`extractor_id`).

    Examples
    --------
    >>> import tempfile
    >>> doc = Document("d1", "Nvidia grew.", "2025-05-01")
    >>> res = DocResult("d1", "2025-05-01", (), (), ())
    >>> with Store(Path(tempfile.mkdtemp()) / "store.sqlite", "blank/test") as store:
    ...     store.put_many([(text_hash(doc.text), res)])
    ...     found = store.get_many([text_hash(doc.text), text_hash("other")])
    ...     size = len(store)
    >>> list(found) == [text_hash(doc.text)], size
    (True, 1)
    """

    def __init__(self, path: str | Path, extractor: str) -> None:
        self.path = Path(path)
        self.extractor = extractor
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            hint = "name another with --store, or build with --no-store"
            message = f"cannot create its folder: {e.strerror}"
            raise StoreError(message, path=str(path), hint=hint) from None
        try:
            self.conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            with self._transaction():
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS extractors (id TEXT PRIMARY KEY,"
                    " used INTEGER NOT NULL)"
                )
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS results (text_hash BLOB NOT NULL,"
                    " extractor TEXT NOT NULL, data BLOB NOT NULL,"
                    " PRIMARY KEY (extractor, text_hash)) WITHOUT ROWID"
                )
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS checkpoints (folder TEXT PRIMARY KEY,"
                    " header TEXT NOT NULL, builder BLOB NOT NULL)"
                )
                row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is None:
                    self.conn.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                elif row[0] != SCHEMA_VERSION:
                    raise StoreError(
                        f"a store of another kg version (layout {row[0]})",
                        path=str(self.path),
                        hint="build again with --rebuild-store to move it aside and start"
                        " a new one, or name another with --store",
                    )
        except sqlite3.Error as e:
            raise _failed(self.path, "open", e) from None

    def _transaction(self):
        return _Transaction(self.conn)

    @_reported("read")
    def get_many(self, hashes: Sequence[bytes]) -> dict[bytes, bytes]:
        """The stored (encoded) results among ``hashes``; decode with :func:`decode_result`."""
        found: dict[bytes, bytes] = {}
        for i in range(0, len(hashes), _MAX_PARAMS):
            part = hashes[i : i + _MAX_PARAMS]
            rows = self.conn.execute(
                "SELECT text_hash, data FROM results WHERE extractor = ? AND text_hash IN"
                f" ({','.join('?' * len(part))})",
                (self.extractor, *part),
            )
            found.update(rows)
        return found

    @_reported("write to")
    def put_many(self, items: Iterable[tuple[bytes, DocResult]]) -> None:
        """Store results in one transaction: all of them or, if interrupted, none."""
        rows = [(h, self.extractor, encode_result(r)) for h, r in items]
        if not rows:
            return
        with self._transaction():
            self.conn.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)

    @_reported("read")
    def checkpoint(self, folder: str) -> str | None:
        """The header of the last build into ``folder`` (see :mod:`kg.checkpoint`).

        ``folder`` is the output folder's path from the store's folder.
        """
        sql = "SELECT header FROM checkpoints WHERE folder = ?"
        row = self.conn.execute(sql, (folder,)).fetchone()
        return row[0] if row else None

    @_reported("read")
    def checkpoint_builder(self, folder: str) -> bytes | None:
        """The builder the last build into ``folder`` finished with, as stored."""
        sql = "SELECT builder FROM checkpoints WHERE folder = ?"
        row = self.conn.execute(sql, (folder,)).fetchone()
        return row[0] if row else None

    @_reported("write to")
    def put_checkpoint(self, folder: str, header: str, builder: bytes) -> None:
        """Keep where the build into ``folder`` finished, replacing its last checkpoint.

        Examples
        --------
        >>> import tempfile
        >>> with Store(Path(tempfile.mkdtemp()) / "store.sqlite", "blank/test") as store:
        ...     store.put_checkpoint("out", '{"documents": 2}', b"builder")
        ...     store.checkpoint("out"), store.checkpoint_builder("out")
        ('{"documents": 2}', b'builder')
        """
        with self._transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO checkpoints VALUES (?, ?, ?)", (folder, header, builder)
            )

    @_reported("prune")
    def prune(self, keep: int = KEEP_EXTRACTORS) -> int:
        """Record this extractor as the latest used; drop results of all but ``keep`` extractors.

        Called when a build has finished. A changed rule or extraction code makes a new
        extractor, whose results replace the old ones: the store does not grow by a
        copy of the corpus with each change. The ``keep`` most recently used extractors
        stay, so moving between ``--fast``, the default and another ``--model`` reuses
        them. Returns how many results were dropped; SQLite reuses their space.

        Examples
        --------
        >>> import tempfile
        >>> path = Path(tempfile.mkdtemp()) / "store.sqlite"
        >>> res = DocResult("d1", None, (), (), ())
        >>> for version in ("v1", "v2", "v3"):
        ...     with Store(path, f"blank/{version}") as store:
        ...         store.put_many([(text_hash("Nvidia grew."), res)])
        ...         dropped = store.prune(keep=2)
        >>> dropped, len(Store(path, "blank/v1")), len(Store(path, "blank/v2"))
        (1, 0, 1)
        """
        with self._transaction():
            used = dict(self.conn.execute("SELECT id, used FROM extractors"))
            used[self.extractor] = max(used.values(), default=0) + 1
            stored = self._extractors()
            ranked = sorted(stored | set(used), key=lambda i: (used.get(i, 0), i), reverse=True)
            kept, stale = ranked[:keep], ranked[keep:]
            dropped = 0
            for ident in stale:
                # the key starts with the extractor: each deletion is one range of it
                sql = "DELETE FROM results WHERE extractor = ?"
                dropped += self.conn.execute(sql, (ident,)).rowcount
            # the checkpoints of output folders that are gone can serve no build
            folders = [f for (f,) in self.conn.execute("SELECT folder FROM checkpoints")]
            gone = [(f,) for f in folders if not (self.path.parent / f).is_dir()]
            self.conn.executemany("DELETE FROM checkpoints WHERE folder = ?", gone)
            self.conn.execute("DELETE FROM extractors")
            self.conn.executemany(
                "INSERT INTO extractors VALUES (?, ?)", [(i, used.get(i, 0)) for i in kept]
            )
        return dropped

    def _extractors(self) -> set[str]:
        """The extractors with stored results, found by seeking the key, not by a scan."""
        found: set[str] = set()
        last = ""
        sql = "SELECT extractor FROM results WHERE extractor > ? ORDER BY extractor LIMIT 1"
        while (row := self.conn.execute(sql, (last,)).fetchone()) is not None:
            last = row[0]
            found.add(last)
        return found

    def decode(self, data: bytes, document: Document) -> DocResult:
        """:func:`decode_result`, or a :class:`StoreError` when the stored bytes are damaged.

        Examples
        --------
        >>> import tempfile
        >>> with Store(Path(tempfile.mkdtemp()) / "store.sqlite", "blank/test") as store:
        ...     try:
        ...         store.decode(b"garbage", Document("d1", "Nvidia grew."))
        ...     except StoreError as e:
        ...         print(e.reason.split(" (")[0])
        cannot read the store: a stored result is damaged
        """
        try:
            return decode_result(data, document)
        except (zlib.error, ValueError, TypeError) as e:
            message = f"cannot read the store: a stored result is damaged ({e})"
            raise StoreError(message, path=str(self.path)) from e

    @_reported("read")
    def __len__(self) -> int:
        """How many results of this extractor are stored."""
        sql = "SELECT count(*) FROM results WHERE extractor = ?"
        return self.conn.execute(sql, (self.extractor,)).fetchone()[0]

    def close(self) -> None:
        """Close the database; every committed batch stays."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` on any exception (Ctrl-C too)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type | None, *exc: object) -> None:
        self.conn.execute("COMMIT" if kind is None else "ROLLBACK")
