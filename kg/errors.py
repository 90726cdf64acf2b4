"""Errors that reach the user as one clear line instead of a traceback."""

from __future__ import annotations

__all__ = ["InputError", "KgError"]


class KgError(Exception):
    """An error the command line reports as ``kg: error: <message>`` and exit status 2."""


class InputError(KgError):
    """Bad input, located at a file and, where it applies, a line.

    Examples
    --------
    >>> print(InputError("no text column", path="news.csv", line=1, hint="add one"))
    news.csv:1: no text column (add one)
    """

    def __init__(
        self, message: str, *, path: str = "", line: int | None = None, hint: str = ""
    ) -> None:
        self.path = path
        self.line = line
        self.reason = message
        self.hint = hint
        where = path if line is None else f"{path}:{line}"
        text = f"{where}: {message}" if where else message
        if hint:
            text += f" ({hint})"
        super().__init__(text)
