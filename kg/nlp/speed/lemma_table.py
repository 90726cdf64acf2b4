"""The ``kg_lemma_table`` component: a trained pipeline's lemmatizer, with a memory.

A lemma depends only on the word, its part of speech and its morphology, so each
distinct triple is lemmatised once by the pipeline's own lemmatizer and the answer
reused: the lemmas are the lemmatizer's own (``tests/nlp/speed/test_lemma_table.py``).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["LemmaTable", "compile_lemmatizer", "make_lemma_table"]


class LemmaTable:
    """A pipeline's lemmatizer, its answer remembered per (word, part of speech, morphology).

    Writes what the lemmatizer writes: tokens that already have a lemma keep it unless
    the lemmatizer overwrites. Build it with :func:`compile_lemmatizer`.
    """

    #: distinct (word, part of speech, morphology) triples remembered at most
    MEMO_SIZE = 500_000

    def __init__(self, name: str, lemmatizer: Lemmatizer) -> None:
        self.name = name
        self.lemmatizer = lemmatizer
        self._memo: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo, overwrite = self._memo, self.lemmatizer.overwrite
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                if len(memo) < self.MEMO_SIZE:
                    memo[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)
        return doc


@Language.factory(
    "kg_lemma_table", assigns=["token.lemma"], default_config={"lemmatizer": "lemmatizer"}
)
def make_lemma_table(nlp: Language, name: str, lemmatizer: str) -> LemmaTable:
    """Create the table from the pipeline's lemmatizer named ``lemmatizer``."""
    return LemmaTable(name, nlp.get_pipe(lemmatizer))


def compile_lemmatizer(nlp: Language) -> bool:
    """Put a :class:`LemmaTable` in place of ``nlp``'s lemmatizer.

    Returns False, leaving the pipeline as it was, when there is no lemmatizer, or it is
    not spaCy's rule or lookup lemmatizer with its tables loaded.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode not in ("rule", "lookup"):
        return False
    required, _ = lemmatizer.get_lookups_config(lemmatizer.mode)
    if any(table not in lemmatizer.lookups for table in required):
        return False
    nlp.add_pipe("kg_lemma_table", before="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    return True
