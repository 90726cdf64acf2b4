"""The benchmark corpora by name, for the scripts that time kg on either.

    generated  summaries from templates and the lexicon's names (make_corpus.py)
    real       the annotated summaries' sentences, recombined (make_real_corpus.py)

Both are seeded, and document ``i`` depends only on the seed and ``i``.
"""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from pathlib import Path

import make_corpus
import make_real_corpus

#: Each corpus by name, as the scripts' reports describe it.
CORPORA = {
    "generated": "summaries from templates and the lexicon's names (make_corpus.py)",
    "real": "the annotated summaries' sentences, recombined (make_real_corpus.py)",
}


def add_options(parser: argparse.ArgumentParser) -> None:
    """Add ``--corpus`` and ``--data`` (the annotated files' folder) to ``parser``."""
    parser.add_argument(
        "--corpus",
        choices=list(CORPORA),
        default="generated",
        help="generated: from templates; real: the annotated summaries' sentences",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=make_real_corpus.DATA,
        help="--corpus real: the folder of " + ", ".join(make_real_corpus.FILES),
    )


def writer(corpus: str, data: Path = make_real_corpus.DATA) -> Callable[..., Path]:
    """The ``write_corpus(path, count, *, seed, start)`` of ``corpus``."""
    if corpus == "real":
        return functools.partial(make_real_corpus.write_corpus, data=data)
    return make_corpus.write_corpus


def texts(corpus: str, count: int, *, seed: int, data: Path = make_real_corpus.DATA) -> list[str]:
    """The texts of the first ``count`` documents of ``corpus``."""
    if corpus == "real":
        pool = make_real_corpus.read_sentences(data)
        return [make_real_corpus.summary(pool, seed, i)["text"] for i in range(count)]
    vocab = make_corpus.Vocabulary()
    return [make_corpus.summary(vocab, seed, i)["text"] for i in range(count)]
