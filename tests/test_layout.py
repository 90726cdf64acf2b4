"""The package stays in modules a reader can hold: none is over 900 lines."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
MOST_LINES = 900


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_layout_finds_the_package_modules():
    names = {p.relative_to(PACKAGE).as_posix() for p in _modules()}
    assert {"build.py", "nlp/entities/context.py", "nlp/relations/context.py"} <= names


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_layout_module_is_at_most_900_lines(path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines; split it"
