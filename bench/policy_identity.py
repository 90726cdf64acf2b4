"""How many policy nodes of a build stand for more than one measure of the annotations.

Build the annotated files together, then count::

    kg build ../shared/data/{seed,dev,dev2}.jsonl -o /tmp/all --no-store -q --formats csv
    python bench/policy_identity.py /tmp/all ../shared/data/{seed,dev,dev2}.jsonl

Each policy node covers, in each document it is mentioned in, the annotated policies
whose name or an alias equals its label or one of the texts it had there (the matching
of ``../shared/tools/score.py``). Two annotated policies are one measure when they are
the same policy of one document, or when their names agree and their issuers do not
disagree:

- names agree when their canonical names are equal, or when the canonical name of one,
  written with a capital or a digit ("EU Chips Act", not "licence requirement"), is an
  alias of the other;
- issuers disagree when both are known and share no country. An issuer is the source
  of an annotated ``issues`` edge, as a country: a country is its own, an agency is of
  the country it is annotated ``part_of`` or the lexicon gives it. Without an annotated
  issuer, the lexicon's country of a policy of that name stands for it.

A node counts as *merged* when the annotated policies it covers are more than one
measure. The script also counts policy nodes whose label is generic (no capital, no
digit, every word one of a kind of measure or a passing modifier of ``grammar.toml``'s
``[identity]``: "export controls", "sanctions"), those of them labelled as known from
one document alone ("export rules (d7)", counted among the generic ones too, and
apart), and labels that keep a passing modifier ("fresh guidelines"). ``--list`` names
the nodes counted; without it only the numbers are printed (as for a held-out file,
whose texts must stay unread).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

from kg.export.tables import unneutralise
from kg.names import normalise_name
from kg.nlp.rules import load_rules


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: unneutralise(v or "") for k, v in row.items()} for row in csv.DictReader(f)]


class Lexicon:
    """The lexicon's countries by any name, and the country of each agency and policy."""

    def __init__(self) -> None:
        self.country: dict[tuple[str, str], str] = {}
        for e in load_rules().lexicon:
            names = {normalise_name(n) for n in (e.name, *e.aliases)}
            own = e.name if e.type == "COUNTRY" else e.country
            if own:
                for n in names:
                    self.country.setdefault((e.type, n), own)

    def of(self, type_: str, name: str) -> str:
        """The country of a name of ``type_``, or ""."""
        return self.country.get((type_, normalise_name(name)), "")


class GoldPolicy:
    """One annotated policy of one document."""

    def __init__(self, doc: str, entity: dict, issuers: set[str]) -> None:
        self.doc = doc
        self.name = entity["name"]
        self.canonical = normalise_name(self.name)
        self.names = {self.canonical} | {normalise_name(a) for a in entity.get("aliases", [])}
        self.specific = any(c.isupper() or c.isdigit() for c in self.name)
        self.issuers = issuers

    def names_agree(self, other: GoldPolicy) -> bool:
        return (
            self.canonical == other.canonical
            or (self.specific and self.canonical in other.names)
            or (other.specific and other.canonical in self.names)
        )

    def same_measure(self, other: GoldPolicy) -> bool:
        if self.doc == other.doc:
            return self.name == other.name
        disagree = self.issuers and other.issuers and not self.issuers & other.issuers
        return self.names_agree(other) and not disagree


def gold_policies(paths: list[Path], lexicon: Lexicon) -> dict[str, list[GoldPolicy]]:
    """The annotated policies of each document, with their issuers as countries."""
    found: dict[str, list[GoldPolicy]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                rec = json.loads(line)
                found[str(rec["id"])] = _policies_of(rec, lexicon)
    return found


def _policies_of(rec: dict, lexicon: Lexicon) -> list[GoldPolicy]:
    """The annotated policies of one document."""
    types = {e["name"]: e["type"] for e in rec.get("entities", [])}
    part_of = defaultdict(set)
    for r in rec.get("relations", []):
        if r["relation"] == "part_of" and types.get(r["target"]) == "COUNTRY":
            part_of[r["source"]].add(r["target"])

    def countries(name: str) -> set[str]:
        if types.get(name) == "COUNTRY":
            return {lexicon.of("COUNTRY", name) or name}
        return part_of[name] or ({lexicon.of("AGENCY", name)} - {""})

    policies = []
    for e in rec.get("entities", []):
        if e["type"] != "POLICY":
            continue
        issuers = {
            c
            for r in rec.get("relations", [])
            if r["relation"] == "issues" and r["target"] == e["name"]
            for c in countries(r["source"])
        } or ({lexicon.of("POLICY", e["name"])} - {""})
        policies.append(GoldPolicy(str(rec["id"]), e, issuers))
    return policies


def measures(covered: list[GoldPolicy]) -> int:
    """How many measures the annotated policies ``covered`` are (one for same ones)."""
    parent = list(range(len(covered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(covered):
        for j in range(i):
            if a.same_measure(covered[j]):
                parent[root(i)] = root(j)
    return len({root(i) for i in range(len(covered))})


def count(outdir: Path, paths: list[Path]) -> dict:
    """The figures of a build in ``outdir`` against the annotated files ``paths``."""
    rules = load_rules()
    gold = gold_policies(paths, Lexicon())
    nodes = {
        row["id"]: row["label"] for row in _rows(outdir / "nodes.csv") if row["type"] == "POLICY"
    }
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for m in _rows(outdir / "mentions.csv"):
        if m["entity_id"] in nodes and m["doc_id"] in gold:
            names[m["entity_id"]][m["doc_id"]].update(
                {normalise_name(m["label"]), normalise_name(m["text"])}
            )
    merged = []
    for node, docs in names.items():
        covered = [g for doc, said in docs.items() for g in gold[doc] if g.names & said]
        if measures(covered) > 1:
            merged.append((nodes[node], sorted({(g.doc, g.name) for g in covered})))
    passing = rules.words("identity", "passing", table="grammar")
    kinds = rules.words("identity", "generic", table="grammar")

    def word_forms(label: str) -> list[str]:
        return normalise_name(label).split()

    def kind(word: str) -> bool:
        singular = {word, word.removesuffix("s"), word.removesuffix("es")}
        if word.endswith("ies"):
            singular.add(word[:-3] + "y")  # "duties", "levies"
        return bool(singular & kinds) or word in passing

    def generic(label: str) -> bool:
        # no name, number or issuer in it: only words of a kind of measure
        return not any(c.isupper() or c.isdigit() for c in label) and all(
            kind(w) for w in word_forms(label)
        )

    covering = [label for node, label in nodes.items() if node in names]
    # a policy known from one document alone is labelled "<words> (<document id>)"
    scoped = {
        label: label.removesuffix(f" ({doc})")
        for node, label in nodes.items()
        if len(names.get(node, ())) == 1
        for doc in names[node]
        if label.endswith(f" ({doc})")
    }
    return {
        "policy nodes": len(nodes),
        "policy nodes in the annotated documents": len(covering),
        "merged": merged,
        "generic": sorted(
            label for label in covering if generic(label) or generic(scoped.get(label, "A"))
        ),
        "known from one document": sorted(scoped),
        "passing": sorted(
            label
            for label in covering
            if (set(word_forms(label)) | set(label.lower().split())) & passing
        ),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path, help="a build of the annotated files")
    ap.add_argument("gold", type=Path, nargs="+", help="annotated files (JSONL)")
    ap.add_argument("--list", action="store_true", help="name the nodes counted")
    a = ap.parse_args(argv)
    found = count(a.outdir, a.gold)
    for key, value in found.items():
        print(f"{key}: {value if isinstance(value, int) else len(value)}")
    if a.list:
        for label, covered in found["merged"]:
            print(f"merged  {label!r}: " + "; ".join(f"{d} {g!r}" for d, g in covered))
        for key in ("generic", "known from one document", "passing"):
            for label in found[key]:
                print(f"{key}: {label!r}")


if __name__ == "__main__":
    sys.exit(main())
