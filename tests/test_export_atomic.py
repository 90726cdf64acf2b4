"""Tests of kg.export.atomic: a failed write leaves the previous file whole."""

from __future__ import annotations

import os

import pytest

from kg.export import atomic_write, atomic_write_text, write_mentions
from kg.records import Mention


def test_export_atomic_replaces_file(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_export_atomic_keeps_previous_on_error(tmp_path):
    target = tmp_path / "out.bin"
    target.write_bytes(b"previous")
    with pytest.raises(RuntimeError), atomic_write(target, binary=True) as f:
        f.write(b"partial")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_export_atomic_interrupted_stream_keeps_previous_csv(tmp_path):
    path = tmp_path / "mentions.csv"
    first = [Mention("d1", "company:arm", "Arm", "COMPANY", "Arm", 0, 3)]
    write_mentions(first, path)
    before = path.read_bytes()

    def rows():
        yield Mention("d2", "company:tsmc", "TSMC", "COMPANY", "TSMC", 0, 4)
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_mentions(rows(), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mentions.csv"]


def test_export_atomic_uses_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = atomic_write_text(tmp_path / "a.txt", "x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644
