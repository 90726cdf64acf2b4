"""Optional speed-ups of spaCy's trained components, each leaving their annotations as
they were: the plain path, spaCy's own inference, is always there to compare against
(``kg build --no-speedups``) and to fall back to.

:func:`apply_speedups` applies those that change a loaded pipeline; the extractor reads
texts with :func:`read_trained` and :func:`read_transitions` instead of the components'
own ``pipe``. Each module's docstring gives its mechanism, its measured gain and the
test that shows the output unchanged:

- :mod:`~kg.nlp.speed.attribute_table`, :mod:`~kg.nlp.speed.lemma_table`: the attribute
  ruler and the lemmatizer answer from tables of what they have already worked out;
- :mod:`~kg.nlp.speed.matmul`: matrix products through numpy's BLAS instead of BLIS;
- :mod:`~kg.nlp.speed.embeddings`: each distinct token's embedding once a batch;
- :mod:`~kg.nlp.speed.lean`: maxout and layer normalisation without what only training
  reads;
- :mod:`~kg.nlp.speed.transitions`: greedy decoding a step for a whole batch at once.

They rely on thinc's public hooks (``Model.replace_callbacks``, ``replace_node``) and on
two private parts of spaCy, each imported under a guard that falls back to spaCy's own
code: ``spacy.tokens._retokenize.set_token_attrs`` and
``ParserStepModel.get_token_ids``. The versions they were measured with are declared in
``pyproject.toml``.
"""

from __future__ import annotations

from spacy.language import Language

from kg.nlp.speed.attribute_table import compile_attribute_ruler
from kg.nlp.speed.embeddings import share_embeddings
from kg.nlp.speed.lean import lean_layers
from kg.nlp.speed.lemma_table import compile_lemmatizer
from kg.nlp.speed.matmul import use_matmul_ops
from kg.nlp.speed.transitions import read_trained, read_transitions

__all__ = ["apply_speedups", "read_trained", "read_transitions"]


def apply_speedups(nlp: Language) -> dict[str, int]:
    """Apply every speed-up that changes a loaded trained pipeline, in place.

    Returns what each changed: components replaced by tables, layers given numpy's
    matrix products, embedding layers shared, layers made lean.

    Examples
    --------
    >>> import spacy
    >>> apply_speedups(spacy.blank("en"))
    {'attribute_table': 0, 'lemma_table': 0, 'matmul': 0, 'embeddings': 0, 'lean': 0}
    """
    return {
        "attribute_table": int(compile_attribute_ruler(nlp)),
        "lemma_table": int(compile_lemmatizer(nlp)),
        "matmul": use_matmul_ops(nlp),
        "embeddings": share_embeddings(nlp),
        "lean": lean_layers(nlp),
    }
