"""Write files atomically, so an interrupted build leaves the previous file whole."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from kg.errors import KgError

__all__ = ["atomic_write", "atomic_write_text", "folder_lock"]


def _fsync_dir(directory: Path) -> None:
    # POSIX only: make the rename itself durable; Windows cannot open a directory.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _create_temp(path: Path) -> tuple[int, Path]:
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 so the finished file gets the umask's usual permissions.
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), tmp
        except FileExistsError:
            continue


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike,
    *,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Iterator[IO]:
    """Open ``path`` for writing so that it appears whole or not at all.

    The data goes to a temporary file in the same directory; when the ``with``
    block ends without an error the file is flushed, synced to disk and renamed
    over ``path`` (``os.replace``). When the block raises, the temporary file is
    removed and ``path`` keeps its previous content.

    Parameters
    ----------
    path : str or path-like
        The file to write; its directory must exist.
    binary : bool
        Open in binary mode (``"wb"``) instead of text mode (``"w"``).
    encoding, newline : str
        As for :func:`open`, in text mode only.

    Yields
    ------
    file object
        Write to it as to a file opened with :func:`open`.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_write(target) as f:
    ...     _ = f.write("whole")
    >>> target.read_text()
    'whole'
    >>> try:
    ...     with atomic_write(target) as f:
    ...         _ = f.write("half")
    ...         raise RuntimeError("interrupted")
    ... except RuntimeError:
    ...     pass
    >>> target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('whole', ['out.txt'])
    """
    path = Path(path)
    fd, tmp = _create_temp(path)
    try:
        if binary:
            f = os.fdopen(fd, "wb")
        else:
            f = os.fdopen(fd, "w", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    try:
        with f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def atomic_write_text(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically and return the path.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "note.md"
    >>> atomic_write_text(target, "# Note\\n").read_text()
    '# Note\\n'
    """
    path = Path(path)
    with atomic_write(path, encoding=encoding, newline="") as f:
        f.write(text)
    return path


#: The file a build holds locked in its output folder.
LOCK_NAME = ".kg-build.lock"


@contextlib.contextmanager
def folder_lock(folder: str | os.PathLike) -> Iterator[None]:
    """Hold ``folder`` for one writer: a second one meanwhile fails at once, saying so.

    Two builds writing one folder would interleave their files; the lock (an advisory
    lock on ``.kg-build.lock``, released when the block ends or the process dies)
    refuses the second.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> with folder_lock(folder):
    ...     try:
    ...         with folder_lock(folder):
    ...             pass
    ...     except KgError as e:
    ...         print(str(e).endswith("another build is writing there"))
    True
    """
    path = Path(folder) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise KgError(f"{folder}: cannot write in the output folder ({e.strerror})") from None
    try:
        try:
            _lock(fd)
        except OSError:
            raise KgError(f"{folder}: another build is writing there") from None
        yield
    finally:
        os.close(fd)  # releases the lock


def _lock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
