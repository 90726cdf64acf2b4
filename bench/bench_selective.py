"""Selective reading against the trained pipeline over every sentence: speed and quality.

In one process, over the same texts, times:

    bare       spaCy's trained pipeline alone (no kg), every text
    bare-numpy the same with kg's matrix products (numpy's BLAS, one thread)
    full       kg's extractor with the trained pipeline over every text
    selective  kg's default extractor: the parser and recogniser only where they can
               change the result

then where the selective reading's time goes, stage by stage (each trained component,
kg's entity rules, the recogniser where it runs, the relation rules, the records), and
scores ``full`` and ``selective`` against annotated summaries with ``kg.evaluate``
(the rules of ``../shared/tools/score.py``). The runs are timed in ``--rounds`` rounds,
each timing every run in turn, and the median is shown. Timing uses a corpus of
``--docs`` texts, generated from templates (``--corpus generated``, ``make_corpus.py``)
or recombined from the annotated summaries' sentences (``--corpus real``,
``make_real_corpus.py``), or with ``--docs 0`` the texts of ``--gold``, read in slices
of ``--slice`` texts, each by every run in turn; the extraction alone is timed, not the
graph or its files.

    python bench/bench_selective.py --gold ../shared/data/dev.jsonl --docs 2000
    python bench/bench_selective.py --docs 2000 --corpus real
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpora  # noqa: E402

from kg.evaluate import read_gold, score  # noqa: E402
from kg.export.tables import write_evidence, write_mentions  # noqa: E402
from kg.extract import load_extractor  # noqa: E402
from kg.graph.build import GraphBuilder  # noqa: E402
from kg.nlp.blas import one_blas_thread  # noqa: E402
from kg.nlp.models import resolve_model  # noqa: E402
from kg.nlp.speed.matmul import use_matmul_ops  # noqa: E402
from kg.records import Document  # noqa: E402


def quality(extractor, gold_path: Path) -> dict:
    """Scores of ``extractor`` on the annotated summaries at ``gold_path``."""
    gold = read_gold(gold_path)
    documents = [Document(i, g["text"], g.get("date")) for i, g in gold.items()]
    results = list(extractor.extract(documents))
    accepts = GraphBuilder().accepts
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        write_mentions((m for r in results for m in r.mentions), out / "mentions.csv")
        write_evidence((e for r in results for e in r.evidence if accepts(e)), out / "evidence.csv")
        return score(gold, out)


def timed(label: str, texts: list[str], tokens: int, rounds: list[dict[str, float]]) -> float:
    """Print and return the median of the times run ``label`` took in ``rounds``."""
    times = sorted(r[label] for r in rounds)
    seconds = times[len(times) // 2]
    each = " (" + ", ".join(f"{t:.1f}" for t in times) + ")" if len(times) > 1 else ""
    print(
        f"{label:<10} {seconds:>9.1f} {len(texts) / seconds:>9.0f} {tokens / seconds:>10.0f}{each}"
    )
    return seconds


def stages(extractor, texts: list[str]) -> dict[str, float]:
    """Seconds each stage of the selective reading takes over ``texts``, in its batches."""
    from types import SimpleNamespace

    from kg.extract import doc_result
    from kg.nlp.speed import read_trained
    from kg.records import batched

    ex = extractor.inner  # the SelectiveExtractor inside the long-text segmenter
    spent: dict[str, float] = {}

    def clock(label: str, started: float) -> float:
        now = time.perf_counter()
        spent[label] = spent.get(label, 0.0) + now - started
        return now

    for batch in batched([Document(str(i), t) for i, t in enumerate(texts)], ex.batch_size):
        started = time.perf_counter()
        docs = [ex.trained.make_doc(d.text) for d in batch]
        started = clock("tokenizer", started)
        with one_blas_thread():
            for name, component in ex.trained.pipeline:
                if name not in ex.not_yet:
                    only = SimpleNamespace(pipeline=[(name, component)])
                    docs = read_trained(only, docs)
                    started = clock(name, started)
        found = ex._read_entities(docs)
        started = clock("kg_entity_recognizer", started)
        ex._recognise(docs, [d.text for d in batch], found)
        started = clock("recogniser, where it runs", started)
        for doc in docs:
            ex.relations(doc)
        started = clock("kg_relation_extractor", started)
        for document, doc in zip(batch, docs, strict=True):
            doc_result(document, doc)
        clock("records", started)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=HERE.parent.parent / "shared/data/dev.jsonl")
    parser.add_argument(
        "--docs", type=int, default=2000, help="texts of --corpus to time; 0: those of --gold"
    )
    corpora.add_options(parser)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3, help="times to time each run, in turn")
    parser.add_argument("--slice", type=int, default=250, help="texts each run reads in turn")
    args = parser.parse_args()
    name = resolve_model("auto")
    if name is None:
        raise SystemExit("no trained pipeline is installed")
    import spacy

    bare = spacy.load(name)
    bare_numpy = spacy.load(name)
    use_matmul_ops(bare_numpy)
    full = load_extractor(name, selective=False)
    selective = load_extractor(name, selective=True)
    if args.docs:
        texts = corpora.texts(args.corpus, args.docs, seed=args.seed, data=args.data)
    else:
        texts = [json.loads(line)["text"] for line in args.gold.open(encoding="utf-8")]
    tokens = sum(len(bare.make_doc(t)) for t in texts)
    warm = texts[:20]
    for ex in (full, selective):
        list(ex.extract(Document(str(i), t) for i, t in enumerate(warm)))
    list(bare.pipe(warm))
    list(bare_numpy.pipe(warm))
    source = f"{args.corpus} corpus, seed {args.seed}" if args.docs else str(args.gold)
    print(f"{name}, {len(texts)} texts ({source}), {tokens} tokens")
    print(f"{'run':<10} {'seconds':>9} {'docs/s':>9} {'tokens/s':>10}")

    def kg_run(ex):
        return lambda ts: list(ex.extract(Document(str(i), t) for i, t in enumerate(ts)))

    def bare_numpy_run(ts):
        with one_blas_thread():
            return list(bare_numpy.pipe(ts, batch_size=64))

    runs = {
        "bare": lambda ts: list(bare.pipe(ts, batch_size=64)),
        "bare-numpy": bare_numpy_run,
        "full": kg_run(full),
        "selective": kg_run(selective),
    }
    # each round times every run in turn on each slice of the texts, so that a slower
    # spell of the machine falls on all of them alike
    rounds = []
    for _ in range(args.rounds):
        for key in selective.sentences:
            selective.sentences[key] = 0
        times = dict.fromkeys(runs, 0.0)
        for start in range(0, len(texts), args.slice):
            part = texts[start : start + args.slice]
            for label, run in runs.items():
                started = time.perf_counter()
                run(part)
                times[label] += time.perf_counter() - started
        rounds.append(times)
    t_bare = timed("bare", texts, tokens, rounds)
    timed("bare-numpy", texts, tokens, rounds)
    t_full = timed("full", texts, tokens, rounds)
    t_sel = timed("selective", texts, tokens, rounds)
    print(f"selective is {t_bare / t_sel:.2f}x the bare pipeline, {t_full / t_sel:.2f}x full")
    ratios = sorted(r["bare"] / r["selective"] for r in rounds)
    print("selective against bare, round by round: " + ", ".join(f"{x:.2f}x" for x in ratios))
    print(f"sentences read by selective, and by its recogniser: {selective.sentences}")
    spent = stages(selective, texts)
    print(f"\nthe selective reading's {sum(spent.values()):.1f} s, stage by stage:")
    for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{label:<26} {seconds:>6.2f} s {1000 * seconds / len(texts):>7.3f} ms/doc")
    print(f"\nquality on {args.gold}:")
    print(f"{'run':<10} {'entity F1':>9} {'rel P':>7} {'rel R':>7} {'rel F1':>7}")
    for label, ex in (("full", full), ("selective", selective)):
        s = quality(ex, args.gold)
        ent, rel = s["entities"], s["relations"]
        print(f"{label:<10} {ent['f1']:>9.3f} {rel['precision']:>7.3f} {rel['recall']:>7.3f}"
              f" {rel['f1']:>7.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
