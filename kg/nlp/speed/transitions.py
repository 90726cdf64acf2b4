"""The parser's and recogniser's greedy decoding with each step done across a batch.

spaCy's greedy decoding (``Parser.greedy_parse``) advances every unfinished state one
transition per step: it sums the precomputed hidden features of each state's context
tokens, takes the maxout, scores the moves, and applies the best valid one. Its compiled
loop does this one state and one feature at a time, through BLIS's reference kernels
taking Python's lock to check for an error after each vector addition: about 9
microseconds a transition over news summaries on the machines kg is measured on.
:func:`read_transitions` does each step for all the batch's states at once with numpy:
one gather of their features, one maxout, one matrix product. The states, the valid
moves and the choice among them are spaCy's own (``Parser.transition_states``), and the
features are summed in spaCy's order, so the parses and entities are the same
(``tests/nlp/speed/test_transitions.py`` compares them). It halves the parser's time over
news summaries.

The states' context tokens are read with the method spaCy's own step model reads them
with (``ParserStepModel.get_token_ids``, private): a spaCy release without it, or where
it fails, decodes with the component's own ``pipe``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from types import SimpleNamespace

import numpy
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc

__all__ = ["greedy_states", "read_trained", "read_transitions", "reads_in_steps"]

log = logging.getLogger(__name__)

#: Components whose decoding failed here: they decode with their own ``pipe`` from then on.
_REFUSED: set[int] = set()

#: Tokens decoded together at most. Larger batches take fewer numpy steps; the table of
#: precomputed features takes 4 KB a token for English parsers.
STEP_TOKENS = 4_096

#: Documents the other trained components read together: arrays of a few thousand rows
#: stay in the processor's caches between one layer and the next.
PIPE_BATCH = 32


def reads_in_steps(component: object) -> bool:
    """Whether :func:`read_transitions` can stand in for ``component``'s own decoding.

    True for a greedy transition-based parser or recogniser whose model is the usual
    token-to-vector, precomputed-hidden, output-layer stack on the CPU.
    """
    from spacy.pipeline.transition_parser import Parser
    from thinc.api import NumpyOps

    try:  # the step model whose reading of context tokens greedy_states borrows
        from spacy.ml.parser_model import ParserStepModel  # noqa: F401
    except ImportError:
        return False
    if not isinstance(component, Parser) or component.cfg.get("beam_width", 1) != 1:
        return False
    if id(component) in _REFUSED:
        return False
    model = component.model
    if model.name != "parser_model" or not model.attrs.get("has_upper"):
        return False
    lower = model.get_ref("lower")
    return (
        isinstance(lower.ops, NumpyOps)
        and lower.has_dim("nP") is True
        and lower.get_dim("nP") >= 1
        and model.get_ref("upper").has_param("W")
    )


def greedy_states(component, docs: Sequence[Doc]) -> list:
    """Decode ``docs`` greedily with ``component``; returns its final states, one per doc."""
    from spacy.ml.parser_model import ParserStepModel

    model = component.model
    tok2vec, lower, upper = model.get_ref("tok2vec"), model.get_ref("lower"), model.get_ref("upper")
    batch = component.moves.init_batch(docs)
    # each token's contribution to each feature slot of the hidden layer, after a
    # padding row for slots with no token: shape (tokens + 1, slots, hidden, pieces)
    cached = lower.predict(tok2vec.predict(docs))
    _, n_slots, n_hidden, n_pieces = cached.shape
    table = cached.reshape(-1, n_hidden * n_pieces)
    bias = lower.get_param("b").reshape(n_hidden * n_pieces)
    weights = numpy.ascontiguousarray(upper.get_param("W").T)
    out_bias = upper.get_param("b")
    unseen = sorted(model.attrs.get("unseen_classes", ()))
    slots = numpy.arange(n_slots, dtype="int32")
    # ParserStepModel.get_token_ids reads only the number of slots from its model
    ids_of = SimpleNamespace(state2vec=SimpleNamespace(nF=n_slots))
    states = [s for s in batch if not s.is_final()]
    while states:
        ids = ParserStepModel.get_token_ids(ids_of, states)
        features = table[(ids + 1) * n_slots + slots]  # (states, slots, hidden * pieces)
        summed = features[:, 0].copy()
        for slot in range(1, n_slots):  # in spaCy's order, so the sums are its own
            summed += features[:, slot]
        summed += bias
        pieces = summed.reshape(len(states), n_hidden, n_pieces)
        hidden = pieces[:, :, 0]
        for piece in range(1, n_pieces):
            hidden = numpy.maximum(hidden, pieces[:, :, piece])
        scores = hidden @ weights
        scores += out_bias
        if unseen:
            scores[:, unseen] = scores.min()
        states = component.transition_states(states, scores)
    return batch


def read_transitions(component, docs: Sequence[Doc], max_tokens: int = STEP_TOKENS) -> list[Doc]:
    """Annotate ``docs`` with a transition-based ``component``, as its ``pipe`` would.

    Documents of similar length are decoded together, up to ``max_tokens`` tokens at
    a time (one longer document alone), so that few states sit finished while the
    longest run on. Components :func:`reads_in_steps` does not cover go through their
    own ``pipe``.
    """
    if not reads_in_steps(component):
        return list(component.pipe(docs))
    _decode(component, docs, max_tokens)
    return list(docs)


def _decode(component, docs: Sequence[Doc], max_tokens: int) -> None:
    """Decode ``docs`` in batches of similar length, each up to ``max_tokens`` tokens."""
    parts: list[list[Doc]] = [[]]
    size = 0
    for doc in sorted((d for d in docs if len(d)), key=len):
        if parts[-1] and size + len(doc) > max_tokens:
            parts.append([])
            size = 0
        parts[-1].append(doc)
        size += len(doc)
    for k, part in enumerate(p for p in parts if p):
        try:
            states = greedy_states(component, part)
        except (AttributeError, TypeError) as e:
            # spaCy's step model changed: its own decoding reads the rest
            log.warning("decoding with %s's own pipe: %s", type(component).__name__, e)
            _REFUSED.add(id(component))
            for rest in parts[k:]:
                for _ in component.pipe(rest):
                    pass
            return
        component.set_annotations(part, states)


def read_trained(nlp: Language, docs: Sequence[Doc], skip: Sequence[str] = ()) -> list[Doc]:
    """Run ``nlp``'s components but ``skip`` over ``docs``, each over all of them in turn."""
    for name, component in nlp.pipeline:
        if name in skip:
            continue
        if reads_in_steps(component):
            _decode(component, docs, STEP_TOKENS)
        elif isinstance(component, Pipe):
            docs = list(component.pipe(docs, batch_size=PIPE_BATCH))
        elif hasattr(component, "pipe"):
            docs = list(component.pipe(docs))
        else:
            docs = [component(d) for d in docs]
    return list(docs)
