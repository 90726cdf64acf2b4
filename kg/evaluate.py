"""Score a build against annotated summaries, matching names as ../shared/schema.md says."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

from kg.errors import InputError
from kg.export.tables import unneutralise
from kg.names import normalise_name
from kg.records import SYMMETRIC

__all__ = ["format_scores", "read_gold", "score"]

#: The relations the README's table marks as core.
CORE = ("restricts", "develops", "partners")


def read_gold(path: str | Path) -> dict[str, dict]:
    """Read annotated summaries: document id -> record with entities and relations."""
    docs: dict[str, dict] = {}
    path = Path(path)
    try:
        f = path.open(encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot read the annotations ({e.strerror})", path=str(path)) from None
    with f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"not valid JSON ({e.msg})", path=str(path), line=n) from None
            if not isinstance(rec, dict) or "id" not in rec or "text" not in rec:
                raise InputError(
                    "an annotated summary needs 'id' and 'text'", path=str(path), line=n
                )
            docs[str(rec["id"])] = rec
    if not docs:
        raise InputError("no annotated summaries", path=str(path))
    return docs


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: unneutralise(v or "") for k, v in row.items()} for row in csv.DictReader(f)]


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "predicted": n_p,
        "gold": n_r,
    }


def score(gold: dict[str, dict], outdir: str | Path, *, per_doc: bool = False) -> dict:
    """Score ``outdir``'s mentions.csv and evidence.csv against ``gold``.

    A predicted entity matches a gold one when its label or any text it had in the
    document, normalised, equals the gold name or an alias, and the types agree. A
    predicted edge matches when the relation agrees and both ends match, in either
    order for the symmetric relations. Optional gold edges count neither way.
    """
    outdir = Path(outdir)
    pred_ents: dict[str, dict[str, tuple[str, set[str]]]] = defaultdict(dict)
    for m in _rows(outdir / "mentions.csv"):
        d = m["doc_id"]
        if d not in gold:
            continue
        _, names = pred_ents[d].setdefault(m["label"], (m["type"], set()))
        names.add(normalise_name(m["label"]))
        if m.get("text"):
            names.add(normalise_name(m["text"]))
    pred_rels: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for e in _rows(outdir / "evidence.csv"):
        if e["doc_id"] in gold:
            pred_rels[e["doc_id"]].add((e["source"], e["relation"], e["target"]))

    ent = [0, 0, 0, 0]  # tp_p, n_p, tp_r, n_r
    untyped = 0
    by_rel: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    details = []
    for doc_id, rec in gold.items():
        g_ents = {
            e["name"]: (
                e["type"],
                {normalise_name(e["name"])} | {normalise_name(a) for a in e.get("aliases", [])},
            )
            for e in rec.get("entities", [])
        }
        preds = pred_ents.get(doc_id, {})

        def matches(label: str, preds=preds, g_ents=g_ents) -> set[str]:
            names = preds[label][1] if label in preds else {normalise_name(label)}
            return {g for g, (_, aliases) in g_ents.items() if names & aliases}

        found: set[str] = set()
        for label, (typ, _) in preds.items():
            ent[1] += 1
            hits = matches(label)
            untyped += bool(hits)
            typed = {g for g in hits if g_ents[g][0] == typ}
            if typed:
                ent[0] += 1
                found |= typed
        ent[3] += len(g_ents)
        ent[2] += len(found)

        rels = rec.get("relations", [])
        hit: set[int] = set()
        fps = []
        for p in sorted(pred_rels.get(doc_id, ())):
            s, rel, t = p
            ms, mt = matches(s), matches(t)
            ok = [
                i
                for i, g in enumerate(rels)
                if g["relation"] == rel
                and (
                    (g["source"] in ms and g["target"] in mt)
                    or (rel in SYMMETRIC and g["source"] in mt and g["target"] in ms)
                )
            ]
            by_rel[rel][1] += 1
            if ok:
                by_rel[rel][0] += 1
                hit.update(ok)
            else:
                fps.append(list(p))
        misses = []
        for i, g in enumerate(rels):
            if g.get("optional"):
                continue
            by_rel[g["relation"]][3] += 1
            if i in hit:
                by_rel[g["relation"]][2] += 1
            else:
                misses.append([g["source"], g["relation"], g["target"]])
        if per_doc:
            details.append({"doc": doc_id, "false_positives": fps, "missed": misses})

    total = [sum(v[i] for v in by_rel.values()) for i in range(4)]
    result = {
        "documents": len(gold),
        "entities": _prf(*ent),
        "entities_untyped_precision": round(untyped / ent[1], 4) if ent[1] else 0.0,
        "relations": _prf(*total),
        "by_relation": {k: _prf(*v) for k, v in sorted(by_rel.items())},
    }
    if per_doc:
        result["per_doc"] = details
    return result


def format_scores(result: dict) -> list[str]:
    """Render :func:`score`'s result as the lines ``kg evaluate`` prints."""

    def row(name: str, v: dict) -> str:
        return (
            f"{name} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}"
            f"  (pred {v['predicted']}, gold {v['gold']})"
        )

    lines = [
        f"documents {result['documents']}",
        row("entities  ", result["entities"]),
        row("relations ", result["relations"]),
    ]
    for k, v in result["by_relation"].items():
        mark = "*" if k in CORE else " "
        lines.append(row(f" {mark}{k:13s}", v))
    for d in result.get("per_doc", []):
        if d["false_positives"] or d["missed"]:
            lines.append(f"== {d['doc']}")
            lines.extend(f"  + {s} -{rel}-> {t}" for s, rel, t in d["false_positives"])
            lines.extend(f"  - {s} -{rel}-> {t}" for s, rel, t in d["missed"])
    return lines
