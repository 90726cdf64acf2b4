"""One BLAS thread while a pipeline predicts: the limit holds inside and is undone after."""

from __future__ import annotations

import pytest

from kg.nlp.blas import one_blas_thread


def test_blas_one_blas_thread_limits_numpy_blas():
    from threadpoolctl import threadpool_info

    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    if not blas:
        pytest.skip("numpy links no BLAS that threadpoolctl can see")
    with one_blas_thread():
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {1}
    after = {lib["filepath"]: lib["num_threads"] for lib in threadpool_info()}
    assert all(after[lib["filepath"]] == lib["num_threads"] for lib in blas)
