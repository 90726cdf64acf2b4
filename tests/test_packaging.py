"""The wheel holds every file of the package: the rules as data, the page's assets, the
sample corpus, the code; unpacked outside the checkout, it builds and reports its rule set.

The wheel is built from a copy of the source tree as it stands (bytecode caches and all),
with two files the rules do not have yet, so that a new rule file or folder is shown to
go in as well.
"""

from __future__ import annotations

import os
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


@pytest.mark.parametrize("under", ["kg/rules", "kg/viz", "kg/data"])
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


def test_packaging_wheel_holds_the_sample_corpus_and_the_manifest(wheel):
    _, names, _ = wheel
    assert {"kg/data/sample.jsonl", "kg/rules/manifest.toml"} <= names


@pytest.fixture(scope="module")
def unpacked(wheel, tmp_path_factory) -> Path:
    """The wheel's files in a folder of their own, as an installation lays them out."""
    src, _, _ = wheel
    (path,) = src.parent.glob("kg-*.whl")
    site = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(path) as archive:
        archive.extractall(site)
    return site


def _kg(site: Path, cwd: Path, *argv: str) -> subprocess.CompletedProcess:
    """``kg ARGV`` as the wheel's files run it, from a folder outside the checkout."""
    code = "import sys, kg.cli; assert kg.cli.__file__.startswith(sys.argv.pop(1)); kg.cli.run()"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    return subprocess.run(
        [sys.executable, "-c", code, str(site), *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
    )


def test_packaging_installed_kg_builds_the_sample_with_no_input(unpacked, tmp_path):
    done = _kg(unpacked, tmp_path, "build", "-o", "out", "--fast", "--formats", "csv")
    assert done.returncode == 0, done.stderr
    assert "read 14 documents from 1 file" in done.stdout
    bare = _kg(unpacked, tmp_path, "build", "-o", "bare", "--fast", "--lexicon", "none", "-q")
    assert bare.returncode == 0, bare.stderr
    full = (tmp_path / "out" / "mentions.csv").read_text(encoding="utf-8")
    alone = (tmp_path / "bare" / "mentions.csv").read_text(encoding="utf-8")
    assert "company:nvidia" in full and "company:nvidia" not in alone
    assert "country:china" in alone


def test_packaging_installed_kg_reports_its_rule_set(unpacked, tmp_path):
    done = _kg(unpacked, tmp_path, "--version")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("kg ") and lines[2] == f"  in {unpacked / 'kg' / 'rules'}"
    assert sum(1 for line in lines if line.startswith("  lexicon/")) >= 9
    (unpacked / "kg" / "rules" / "lexicon" / "events.jsonl").rename(tmp_path / "events.jsonl")
    try:
        broken = _kg(unpacked, tmp_path, "--version")
        build = _kg(unpacked, tmp_path, "build", "-o", "out", "--fast", "-q")
    finally:
        (tmp_path / "events.jsonl").rename(unpacked / "kg" / "rules" / "lexicon" / "events.jsonl")
    assert broken.returncode == build.returncode == 2
    assert "lexicon/events.jsonl is missing" in broken.stderr
    assert "the rule set is not whole: lexicon/events.jsonl is missing" in build.stderr
