"""The wheel holds every file of the package: the rules as data, the page's assets, the code.

The wheel is built from a copy of the source tree as it stands (bytecode caches and all),
with two files the rules do not have yet, so that a new rule file or folder is shown to
go in as well.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# files a future rule set may add, in a new folder and of a new kind
NEW_RULE_FILES = ("kg/rules/triggers/acquires.toml", "kg/rules/stopwords.txt")


def _files(root: Path, under: str) -> set[str]:
    """The files under ``root/under`` a package holds, as paths from ``root``."""
    return {
        path.relative_to(root).as_posix()
        for path in (root / under).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> tuple[Path, set[str], str]:
    """The source copy the wheel was built from, the names in the wheel, its entry points."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "kg", src / "kg")
    for name in NEW_RULE_FILES:
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_text("# a rule file to come\n", encoding="utf-8")
    stray = src / "kg" / "viz" / "__pycache__" / "page.cpython-3.pyc"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"bytecode")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp), str(src)],
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stderr
    (path,) = tmp.glob("kg-*.whl")
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        return src, names, archive.read(entry_points).decode()


@pytest.mark.parametrize("under", ["kg/rules", "kg/viz"])
def test_packaging_wheel_holds_every_file_of_the_source_tree(wheel, under):
    _, names, _ = wheel
    source = _files(ROOT, under)
    assert source and source <= names, sorted(source - names)


def test_packaging_wheel_holds_the_lexicon(wheel):
    _, names, _ = wheel
    lexicon = {n for n in names if n.startswith("kg/rules/lexicon/") and n.endswith(".jsonl")}
    assert lexicon == {p for p in _files(ROOT, "kg/rules/lexicon") if p.endswith(".jsonl")}
    assert len(lexicon) >= 9


def test_packaging_wheel_takes_new_rule_files_and_every_module(wheel):
    src, names, _ = wheel
    assert set(NEW_RULE_FILES) <= names
    assert _files(src, "kg") <= names


def test_packaging_wheel_leaves_bytecode_out_and_names_the_command(wheel):
    _, names, entry_points = wheel
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if n.split("/")[0] in ("tests", "bench", "data", "notebooks")]
    assert "kg = kg.cli:run" in entry_points.splitlines()
