"""What a finished build leaves, so that the next one on the same documents and more goes on.

A build folds each document's result into a :class:`~kg.graph.build.GraphBuilder` and
writes its rows to mentions.csv, evidence.csv, excluded.csv and documents.csv, in input
order. When the next build into the same folder reads the same documents first (same
ids, dates, titles, sources, links and texts, in the same order), with the same
extractor, options and code, its builder and files after those documents would be the
very ones the last build finished with. So the
last build's builder is kept in the store (as JSON, :meth:`GraphBuilder.dump`) with a
digest of the documents it read and of the tables it wrote, and the next build checks
both, loads the builder, copies the four tables and goes on with the documents after
them: a corpus that grows at its end (a ``.jsonl`` appended to, daily files named by
date) costs the new documents only, not a pass over every stored result.

Anything else starts from nothing and reuses the stored extraction results as before: a
document edited, removed or inserted before the end; another extractor,
``--min-confidence``, Python or networkx version, or other code of the graph stage; a
table changed or removed since the last build.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.records import Document, document_row

__all__ = [
    "TABLES",
    "Checkpoint",
    "DocumentDigest",
    "TableDigest",
    "checkpoint_settings",
    "folder_key",
    "table_digest",
]

#: The tables a build writes row by row, which a checkpoint carries on.
TABLES = ("mentions.csv", "evidence.csv", "excluded.csv", "documents.csv")

#: Bumped when what a checkpoint holds changes.
CHECKPOINT_VERSION = 2

#: The code that decides what the builder and the tables hold after each document.
_CODE = (
    "checkpoint.py",
    "build.py",
    "records.py",
    "store.py",
    "graph/build.py",
    "export/tables.py",
)


def checkpoint_settings(extractor: str, min_confidence: float) -> str:
    """Name everything besides the documents that a build's builder and tables depend on.

    Examples
    --------
    >>> a = checkpoint_settings("blank/rules-1/code-1", 0.0)
    >>> a == checkpoint_settings("blank/rules-1/code-1", 0.0)
    True
    >>> a == checkpoint_settings("blank/rules-1/code-1", 0.5)
    False
    """
    import networkx

    code = hashlib.sha256()
    package = Path(__file__).resolve().parent
    for name in _CODE:
        code.update(name.encode() + b"\0" + (package / name).read_bytes())
    versions = f"{CHECKPOINT_VERSION}/py{sys.version_info[0]}.{sys.version_info[1]}"
    versions += f"/networkx-{networkx.__version__}"
    return f"{extractor}/{min_confidence!r}/{versions}/code-{code.hexdigest()[:12]}"


class DocumentDigest:
    """A running hash of the documents read: their ids, dates, metadata and texts, in order.

    The metadata are those documents.csv keeps (:data:`~kg.records.DOCUMENT_FIELDS`).

    Examples
    --------
    >>> a, b = DocumentDigest(), DocumentDigest()
    >>> a.update(Document("d1", "Nvidia grew.", "2025-05-01"), b"k" * 16)
    >>> b.update(Document("d1", "Nvidia grew.", "2025-05-02"), b"k" * 16)
    >>> a.count, a.hexdigest() == b.hexdigest()
    (1, False)
    """

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=16)
        self.count = 0

    def update(self, document: Document, key: bytes) -> None:
        """Add a document whose text hashes to ``key``."""
        self._hash.update("\0".join(document_row(document)).encode() + b"\0" + key)
        self.count += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class TableDigest:
    """The size and BLAKE2b hash of a table's bytes, fed as they are written or read.

    Examples
    --------
    >>> a, b = TableDigest(), TableDigest()
    >>> a.update(b"doc_id\\r\\n")
    >>> b.update(b"doc_id"); b.update(b"\\r\\n")
    >>> a.signature == b.signature, a.signature[0]
    (True, 8)
    """

    def __init__(self) -> None:
        self._hash = hashlib.blake2b(digest_size=16)
        self.size = 0

    def update(self, data: bytes) -> None:
        self._hash.update(data)
        self.size += len(data)

    @property
    def signature(self) -> list:
        """``[size, hash]``, as a checkpoint records each table."""
        return [self.size, self._hash.hexdigest()]


def table_digest(path: Path) -> list | None:
    """The :attr:`TableDigest.signature` of the file at ``path``; None if it cannot be read.

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "mentions.csv"
    >>> _ = path.write_bytes(b"doc_id\\r\\n")
    >>> table_digest(path)[0], table_digest(path.with_name("missing.csv"))
    (8, None)
    """
    digest = TableDigest()
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.signature


@dataclass
class Checkpoint:
    """Where a build into a folder stopped: its documents, counts and tables.

    The builder itself is stored beside it (:meth:`GraphBuilder.dump`), read only when
    the next build's documents begin with these.
    """

    settings: str
    documents: int  # documents read, repeats included
    digest: str  # DocumentDigest of them
    built: int = 0
    mentions: int = 0
    evidence: int = 0
    excluded: int = 0
    tables: dict[str, list] = field(default_factory=dict)  # name: [size, blake2b of bytes]

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Checkpoint | None:
        """The checkpoint in ``text``, or None if it is not one this kg wrote."""
        try:
            return cls(**json.loads(text))
        except (TypeError, ValueError):
            return None

    def changed_table(self, outdir: Path) -> str | None:
        """The first of the tables in ``outdir`` that is not as this build wrote it."""
        for name in TABLES:
            kept = self.tables.get(name)
            path = outdir / name
            try:
                same_size = kept is not None and path.stat().st_size == kept[0]
            except OSError:
                same_size = False
            if not same_size or table_digest(path) != kept:
                return name
        return None


def folder_key(outdir: Path, store: Path) -> str:
    """The key of an output folder's checkpoint in the store at ``store``.

    The folder's path from the store's folder, so that a folder moved with its store
    (``OUTDIR/store.sqlite``, the default, has the key ``"."``) keeps its checkpoint.

    Examples
    --------
    >>> folder_key(Path("news/out"), Path("news/out/store.sqlite"))
    '.'
    >>> folder_key(Path("news/out"), Path("news/kept.sqlite"))
    'out'
    """
    outdir, parent = os.path.abspath(outdir), os.path.dirname(os.path.abspath(store))
    try:
        return os.path.relpath(outdir, parent)
    except ValueError:  # another drive
        return outdir
