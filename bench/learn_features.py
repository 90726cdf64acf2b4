"""The pairs of mentions a learned model may connect, and what it reads of each pair.

A candidate is an ordered pair of mentions in one sentence whose types the schema allows
for a relation (for a symmetric one, the pair in the order the text names them). Its
features are strings meant to be read when debugging a weight:

- ``types=COMPANY>PRODUCT``: the two ends' types;
- ``path=nsubj< develop >dobj``: the shortest dependency path between the mentions' heads,
  with the lemmas of the words on it and the labels and directions of its arcs (up ``<``
  from the source, down ``>`` to the target); ``shape=nsubj< VERB >dobj`` the same with
  parts of speech; ``len=2`` its length; ``on=develop``, ``arc=<nsubj`` each word and arc;
  ``top=develop`` the word both heads hang from; ``prep=with`` a preposition on the path;
- ``neg``: a negation hangs from a word on the path;
- ``between=with``, ``verb=team``: the words between the mentions, and the verbs among them;
  ``far`` when more than :data:`WINDOW` words lie between, ``first=target`` when the
  target is named first, ``others=1`` when other mentions lie between;
- ``sgov=nsubj:develop``, ``tgov=pobj:with``: each head's label and its governor's lemma;
- ``rule=develops``, ``rule<=part_of``: a relation the rules found between the two
  (``rule<`` from the target to the source), ``rule=none`` when they found none.

Pure and cheap: the parse the pipeline made, read once per document; no model runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from spacy.attrs import HEAD
from spacy.tokens import Doc

from kg.nlp.entities import KgMention
from kg.nlp.rules import Rules

__all__ = ["SYMMETRIC", "WINDOW", "Candidate", "candidates"]

#: Relations that hold in either direction: one candidate per pair, in text order.
SYMMETRIC = frozenset(("partners", "competes", "sues"))
#: The most words between two mentions read one by one.
WINDOW = 10
#: The longest path read word by word; a longer one is ``path=long``.
LONGEST_PATH = 6


class Candidate(NamedTuple):
    """A pair of mentions in a sentence, a relation the schema allows between them, and
    the features of the pair."""

    source: KgMention
    relation: str
    target: KgMention
    sentence: int  # the sentence's first token
    features: tuple[str, ...]
    words: tuple[int, ...]  # the words on the path between the two, its top first


class _Parse:
    """A document's parse as lists: heads, labels, lemmas, parts of speech, children."""

    def __init__(self, doc: Doc):
        n = len(doc)
        self.head = [i + offset for i, offset in enumerate(doc.to_array(HEAD).view("int64"))]
        self.dep = [t.dep_ for t in doc]
        self.lemma = [t.lemma_.lower() for t in doc]
        self.pos = [t.pos_ for t in doc]
        self.kids: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(self.head):
            if h != i:
                self.kids[h].append(i)

    def root_of(self, m: KgMention) -> int:
        """The word of a mention the rest of the sentence hangs it from."""
        for i in range(m.start, m.end):
            if not m.start <= self.head[i] < m.end or self.head[i] == i:
                return i
        return m.end - 1

    def up(self, i: int) -> list[int]:
        """A word and its governors up to the root of its sentence."""
        chain = [i]
        while self.head[chain[-1]] != chain[-1] and len(chain) < 64:
            chain.append(self.head[chain[-1]])
        return chain


def _path(p: _Parse, i: int, j: int) -> tuple[list[int], list[int]] | None:
    """The words from ``i`` up to the nearest common governor, and from it down to ``j``."""
    up_i, up_j = p.up(i), p.up(j)
    where = {t: k for k, t in enumerate(up_j)}
    for k, t in enumerate(up_i):
        if t in where:
            return up_i[: k + 1], list(reversed(up_j[: where[t]]))
    return None  # no common root: the parser split the sentence


def _path_features(p: _Parse, i: int, j: int) -> tuple[list[str], tuple[int, ...]]:
    """The path's features, and the words on it (its top first, then the rest)."""
    found = _path(p, i, j)
    if found is None:
        return ["path=none"], ()
    up, down = found
    top = up[-1]
    # the words strictly between the heads, and the arcs walked
    arcs = [f"{p.dep[t]}<" for t in up[:-1]] + [f">{p.dep[t]}" for t in down]
    inner = [t for t in up[1:] + down[:-1] if t not in (i, j)]
    feats = [f"len={min(len(arcs), LONGEST_PATH + 1)}"]
    if len(arcs) <= LONGEST_PATH:
        lex, shape = [], []
        for t in up[:-1]:
            lex.append(f"{p.dep[t]}<")
            shape.append(f"{p.dep[t]}<")
        if top not in (i, j):
            lex.append(p.lemma[top])
            shape.append(p.pos[top])
        for t in down:
            lex.append(f">{p.dep[t]}")
            shape.append(f">{p.dep[t]}")
        # words below the top on the path: "appos< unit >prep >pobj"
        words = [p.lemma[t] for t in inner if t != top]
        feats.append("path=" + " ".join(lex) + (" | " + " ".join(words) if words else ""))
        feats.append("shape=" + " ".join(shape))
    else:
        feats.append("path=long")
    feats.extend(f"arc={a}" for a in arcs)
    for t in inner:
        feats.append(f"on={p.lemma[t]}")
        if p.dep[t] == "prep" or p.pos[t] == "ADP":
            feats.append(f"prep={p.lemma[t]}")
    if top not in (i, j):
        feats.append(f"top={p.lemma[top]}")
        feats.append(f"toppos={p.pos[top]}")
    on_path = tuple(dict.fromkeys(t for t in (top, *inner) if t not in (i, j)))
    if any(p.dep[k] == "neg" for t in on_path for k in p.kids[t]):
        feats.append("neg")
    return feats, on_path


def _between_features(p: _Parse, s: KgMention, t: KgMention, mentions: list[KgMention]):
    first, second = (s, t) if s.start < t.start else (t, s)
    feats = [] if first is s else ["first=target"]
    gap = range(first.end, second.start)
    if len(gap) > WINDOW:
        feats.append("far")
    for k in list(gap)[:WINDOW]:
        if p.pos[k] in ("PUNCT", "DET") and p.lemma[k] not in (",", "(", ":", ";"):
            continue
        feats.append(f"between={p.lemma[k]}")
        if p.pos[k] == "VERB":
            feats.append(f"verb={p.lemma[k]}")
    others = sum(1 for m in mentions if first.end <= m.start and m.end <= second.start)
    if others:
        feats.append(f"others={min(others, 3)}")
    return feats


def _governor(p: _Parse, i: int, side: str) -> str:
    return f"{side}gov={p.dep[i]}:{p.lemma[p.head[i]]}"


def candidates(doc: Doc, rules: Rules, found: Iterable = ()) -> list[Candidate]:
    """Every pair of mentions in a sentence of ``doc`` that some relation may join, with
    its features; ``found`` are the rules' relations in the document.

    Examples
    --------
    >>> from kg.nlp.pipeline import load_pipeline
    >>> nlp = load_pipeline("blank")
    >>> doc = nlp("Xiaomi unveiled the XRing O1.")
    >>> [(c.source.label, c.relation, c.target.label) for c in candidates(doc, nlp.get_pipe(
    ...     "kg_relation_extractor").rules)]
    [('Xiaomi', 'develops', 'XRing O1'), ('Xiaomi', 'invests', 'XRing O1')]
    """
    mentions: list[KgMention] = sorted(doc._.kg_mentions or [], key=lambda m: m.start)
    if len(mentions) < 2:
        return []
    p = _Parse(doc)
    ruled: dict[tuple[str, str], list[str]] = {}
    for r in found:
        ruled.setdefault((r.source.label, r.target.label), []).append(r.relation)
    sentence_of = {}
    for sent in doc.sents:
        for m in mentions:
            if sent.start <= m.start < sent.end:
                sentence_of[id(m)] = sent.start
    by_sentence: dict[int, list[KgMention]] = {}
    for m in mentions:
        by_sentence.setdefault(sentence_of[id(m)], []).append(m)
    out: list[Candidate] = []
    for start, ms in by_sentence.items():
        roots = [p.root_of(m) for m in ms]
        for a, s in enumerate(ms):
            for b, t in enumerate(ms):
                if a == b or s.label == t.label:
                    continue
                fitting = [
                    name
                    for name, rule in rules.relations.items()
                    if rule.fits(s.type, t.type) and (name not in SYMMETRIC or a < b)
                ]
                if not fitting:
                    continue
                i, j = roots[a], roots[b]
                feats = [f"types={s.type}>{t.type}"]
                path, words = _path_features(p, i, j)
                feats += path
                feats += _between_features(p, s, t, ms)
                feats += [_governor(p, i, "s"), _governor(p, j, "t")]
                forward = ruled.get((s.label, t.label), [])
                backward = ruled.get((t.label, s.label), [])
                feats += [f"rule={r}" for r in forward] + [f"rule<={r}" for r in backward]
                if not forward and not backward:
                    feats.append("rule=none")
                feats = tuple(dict.fromkeys(feats))
                out.extend(Candidate(s, name, t, start, feats, words) for name in fitting)
    return out
