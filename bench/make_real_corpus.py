"""Write a seeded corpus of summaries recombined from the annotated summaries' sentences.

The sentences of ``seed.jsonl``, ``dev.jsonl`` and ``dev2.jsonl`` (in ``../shared/data``
from the project root, or ``--data DIR``) are pooled, and each document takes two to five
of them at random, in a random order, with a date in 2025 and an id. The texts are real
news writing, with its long sentences, names the lexicon does not know and constructions
no template has; their combinations are new. Document ``i`` depends only on
``(seed, i)`` and the pool, so a corpus of 10,100 documents starts with the 10,000 of the
same seed: that is how the benchmark grows a corpus by 1%.

    python bench/make_real_corpus.py 10000 -o bench/out/real-10k.jsonl --seed 7

Sentences are split by :func:`split_sentences`, a rule simple enough to check by eye.
"""

from __future__ import annotations

import datetime
import json
import random
import re
from pathlib import Path

from make_corpus import arguments

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
#: The annotated files whose sentences are pooled, in this order.
FILES = ("seed.jsonl", "dev.jsonl", "dev2.jsonl")

#: Words that end with a full stop inside a sentence: "Apple Inc. said", "No. 1".
ABBREVIATIONS = frozenset({
    "Inc", "Corp", "Co", "Ltd", "Bhd", "Plc", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "Prof",
    "St", "Gov", "Sen", "Rep", "Gen", "Col", "Lt", "Mt", "No", "Nos", "vs", "approx", "Jan",
    "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})  # fmt: skip

# A full stop, question or exclamation mark, and any closing quotes or brackets, before
# white space and a capital (or a name like "iFlytek"), a digit or an opening quote: a
# candidate end of sentence.
_END = re.compile(r"""[.!?]["'”’)\]]*(?=\s+["'“‘]?(?:[a-z]?[A-Z]|[0-9]))""")
# The word before a candidate end of sentence.
_WORD = re.compile(r"(\S+)$")
# Initials and dotted abbreviations: "H. Lundbeck", "U.S.", "U.K.", "e.g."
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]$")


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into sentences at a full stop, question or exclamation mark.

    A sentence ends where one of those (with any closing quotes or brackets after it) is
    followed by white space and a capital letter (or a lower-case letter and a capital, as
    in "iFlytek"), a digit or an opening quote, unless the
    word it ends is an abbreviation (``Inc.``, ``Corp.``, ``No.``, ... in
    :data:`ABBREVIATIONS`) or initials (``H.``, ``U.S.``, ``e.g.``). A decimal point is
    never followed by white space, so amounts are whole. A sentence without a final mark
    gets a full stop.

    Examples
    --------
    >>> split_sentences("Apple Inc. sued the U.S. Commerce Department. It lost")
    ['Apple Inc. sued the U.S. Commerce Department.', 'It lost.']
    >>> split_sentences('H. Lundbeck paid $1.5 billion. "We are pleased," it said.')
    ['H. Lundbeck paid $1.5 billion.', '"We are pleased," it said.']
    """
    sentences = []
    start = 0
    for end in _END.finditer(text):
        word = _WORD.search(text, start, end.start())
        stem = word.group(1).lstrip("(\"'“‘") if word else ""
        if end.group(0)[0] == "." and (stem in ABBREVIATIONS or _INITIALS.fullmatch(stem)):
            continue  # an abbreviation or initials, not the end of a sentence
        sentences.append(text[start : end.end()].strip())
        start = end.end()
    sentences.append(text[start:].strip())
    return [s if s[-1] in ".!?\"'”’)" else s + "." for s in sentences if s]


def read_sentences(data: Path = DATA, files: tuple[str, ...] = FILES) -> list[str]:
    """The distinct sentences of the texts of ``files`` in ``data``, in the order read.

    Raises
    ------
    SystemExit
        naming the first file that is missing.
    """
    sentences: dict[str, None] = {}
    for name in files:
        path = Path(data) / name
        if not path.is_file():
            raise SystemExit(
                f"{path}: no such file (the annotated summaries; give their folder with --data)"
            )
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    sentences.update(dict.fromkeys(split_sentences(json.loads(line)["text"])))
    return list(sentences)


def summary(sentences: list[str], seed: int, i: int) -> dict:
    """Document ``i`` of the corpus of ``seed``: id, date and two to five sentences."""
    rng = random.Random(f"real:{seed}:{i}")
    text = " ".join(rng.sample(sentences, rng.randint(2, 5)))
    day = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randrange(365))
    return {"id": f"real-{seed}-{i}", "date": day.isoformat(), "text": text}


def write_corpus(
    path: Path, count: int, *, seed: int = 7, start: int = 0, data: Path = DATA
) -> Path:
    """Write ``count`` summaries to ``path`` (JSON lines), from summary number ``start``."""
    sentences = read_sentences(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + count):
            fh.write(json.dumps(summary(sentences, seed, i), ensure_ascii=False) + "\n")
    return path


def main() -> None:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the folder of " + ", ".join(FILES))
    args = parser.parse_args()
    write_corpus(args.output, args.count, seed=args.seed, data=args.data)


if __name__ == "__main__":
    main()
