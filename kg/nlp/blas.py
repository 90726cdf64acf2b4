"""BLAS on one thread while kg extracts: one build uses one core, ``--workers N`` uses N."""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache

__all__ = ["one_blas_thread"]


@cache
def _controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()  # finds the loaded BLAS libraries once


def one_blas_thread() -> AbstractContextManager:
    """A context in which BLAS libraries loaded in this process use one thread.

    Examples
    --------
    >>> with one_blas_thread():
    ...     pass
    """
    return _controller().limit(limits=1, user_api="blas")
