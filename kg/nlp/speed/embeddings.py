"""Each distinct word's embedding computed once a batch, not once a token.

A spaCy ``tok2vec`` begins by embedding each token from a few of its lexical attributes
(its norm, prefix, suffix, shape, ...): hashed lookups, concatenated and mixed by a
maxout layer with layer normalisation. What comes out for a token depends on those
attributes alone, so tokens that share them share it, and a batch of news summaries has
few distinct ones (one row in fourteen over 256 generated summaries).
:func:`share_embeddings` wraps each such layer of a pipeline so that it computes the
rows of the distinct attribute tuples and hands each token its row, saving a quarter of
the ``tok2vec`` matrix products and most of its hashed lookups. The rows are the layer's
own up to float rounding (a matrix product over fewer rows; within 2e-6 here), and the
annotations the same (``tests/nlp/speed/test_embeddings.py``). Training goes through the
layer unchanged. The wrapper takes the layer's place with thinc's public
``Model.replace_node``.
"""

from __future__ import annotations

import numpy
from spacy.language import Language
from thinc.api import Model

from kg.nlp.speed.matmul import trained_layers

__all__ = ["is_embedding", "share_embeddings"]


def is_embedding(layer: Model) -> bool:
    """Whether ``layer`` is spaCy's ``MultiHashEmbed`` without static vectors.

    That is ``extract_features >> list2ragged >> with_array(hashed lookups,
    concatenated) >> with_array(maxout) >> ragged2list``.
    """
    names = [child.name for child in layer.layers]
    return (
        len(names) == 5
        and names[0] == "extract_features"
        and names[1] == "list2ragged"
        and names[2].startswith("with_array(")
        and names[3].startswith("with_array(maxout")
        and names[4] == "ragged2list"
    )


def _forward(model: Model, docs, is_train: bool):
    embed = model.layers[0]
    if is_train:
        return embed(docs, is_train)
    extract, _, lookups, mix, _ = embed.layers
    features = extract.predict(docs)
    if not features:
        return [], lambda d: []
    rows = numpy.concatenate(features)
    if not len(rows):
        width = mix.layers[0].get_dim("nO")
        return [model.ops.alloc2f(0, width) for _ in features], lambda d: []
    distinct, which = numpy.unique(rows, axis=0, return_inverse=True)
    vectors = mix.layers[0].predict(lookups.layers[0].predict(distinct))
    out = vectors[which.reshape(-1)]
    bounds = numpy.cumsum([len(f) for f in features])[:-1]
    return numpy.split(out, bounds), lambda d: []


def _shared(embed: Model) -> Model:
    return Model(f"shared({embed.name})", _forward, layers=[embed], attrs={"kg_shared": True})


def share_embeddings(nlp: Language) -> int:
    """Wrap every embedding layer (:func:`is_embedding`) of ``nlp``'s components.

    Returns the number of layers wrapped; a second call wraps none.
    """
    found = [
        child
        for layer in trained_layers(nlp)
        if not layer.attrs.get("kg_shared")
        for child in layer.layers
        if is_embedding(child)
    ]
    roots = [
        component.model
        for _, component in nlp.pipeline
        if isinstance(getattr(component, "model", None), Model)
    ]
    wrapped = 0
    for embed in {id(e): e for e in found}.values():
        shared = _shared(embed)
        replaced = False
        for root in roots:
            # a model that holds the wrapper already shares the part replaced: its own
            # replace_node would put the wrapper inside itself
            if not any(node is shared for node in root.walk()):
                replaced = root.replace_node(embed, shared) or replaced
        wrapped += replaced
    return wrapped
