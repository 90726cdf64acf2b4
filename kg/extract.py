"""Documents in, extraction records out: the NLP stage as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.entities import KgMention, entity_id
from kg.nlp.matmul import one_blas_thread
from kg.records import DocResult, Document, Entity, Evidence, Mention, batched

__all__ = [
    "Extractor",
    "SegmentingExtractor",
    "SelectiveExtractor",
    "doc_result",
    "load_extractor",
    "split_text",
]

#: Longer texts are read in pieces of at most this many characters, cut between sentences.
SEGMENT_CHARS = 20_000


def _entity(m: KgMention) -> Entity:
    aliases: tuple[str, ...] = ()
    wikidata = ""
    if m.entry is not None:
        aliases = tuple(a for a in m.entry.aliases if a != m.label)
        wikidata = m.entry.wikidata
    return Entity(entity_id(m.type, m.label), m.label, m.type, aliases, wikidata)


def doc_result(document: Document, doc: Doc) -> DocResult:
    """Turn a processed Doc into the records the graph stage reads.

    Examples
    --------
    >>> from kg.nlp.pipeline import load_pipeline
    >>> nlp = load_pipeline("blank")
    >>> d = Document("d1", "Xiaomi unveiled the XRing O1.", "2025-05-22")
    >>> res = doc_result(d, nlp(d.text))
    >>> [(m.label, m.type, m.start_char) for m in res.mentions]
    [('Xiaomi', 'COMPANY', 0), ('XRing O1', 'PRODUCT', 20)]
    >>> [(e.source, e.relation, e.target) for e in res.evidence]
    [('Xiaomi', 'develops', 'XRing O1')]
    """
    entities: dict[str, Entity] = {}
    mentions = []
    found = doc._.kg_mentions or []
    text = doc.text
    # where each token starts and how long it is, read once rather than a Span a mention
    places = doc.to_array([IDX, LENGTH]).tolist() if found else []
    for m in found:
        key = entity_id(m.type, m.label)
        ent = entities.get(key)
        if ent is None:
            ent = entities[key] = _entity(m)
        start = places[m.start][0]
        end = sum(places[m.end - 1])
        mentions.append(
            Mention(document.id, ent.id, ent.label, ent.type, text[start:end], start, end)
        )
    evidence = []
    for r in doc._.kg_relations or []:
        s, t = (
            entities[entity_id(r.source.type, r.source.label)],
            entities[entity_id(r.target.type, r.target.label)],
        )
        evidence.append(
            Evidence(
                doc_id=document.id,
                date=document.date or "",
                source_id=s.id,
                source=s.label,
                source_type=s.type,
                relation=r.relation,
                target_id=t.id,
                target=t.label,
                target_type=t.type,
                sentence=r.sentence.text.strip(),
                confidence=r.confidence,
                modality=r.modality,
                negated=r.negated,
                method=r.method,
            )
        )
    return DocResult(
        document.id, document.date, tuple(entities.values()), tuple(mentions), tuple(evidence)
    )


class Extractor:
    """Run the pipeline over a stream of documents, in batches, yielding one record each."""

    def __init__(self, nlp: Language, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.batch_size = batch_size

    def extract(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Yield a :class:`~kg.records.DocResult` for each document, in order."""
        pairs = ((d.text, d) for d in documents)
        with one_blas_thread():
            for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
                yield doc_result(document, doc)


def load_extractor(model: str = "auto", *, batch_size: int | None = None, selective: bool = True):
    """The extractor a build uses: trained components where they count, rules elsewhere.

    ``model="blank"`` extracts with rules alone (``kg build --fast``); with a trained
    pipeline and ``selective`` (the default) a :class:`SelectiveExtractor` runs its
    parser and recogniser only on the sentences that need them; ``selective=False``
    runs the whole pipeline over every text. ``batch_size`` documents are read together:
    by default 256 for the selective reading, whose batched decoding gains from more,
    and 64 for the whole pipeline.

    Examples
    --------
    >>> ex = load_extractor("blank")
    >>> [r.doc_id for r in ex.extract([Document("a", "Nvidia CEO Jensen Huang spoke.")])]
    ['a']
    """
    from kg.nlp.models import resolve_model
    from kg.nlp.pipeline import load_pipeline

    name = resolve_model(model)
    if name is not None and selective:
        return SegmentingExtractor(SelectiveExtractor(name, batch_size=batch_size or 256))
    return SegmentingExtractor(Extractor(load_pipeline(model), batch_size=batch_size or 64))


class SelectiveExtractor:
    """Run the trained pipeline only on the sentences where it can change the result.

    A cheap pass (tokenizer, sentence splitter, lexicon and name shapes) looks at each
    sentence first. The tagger, parser and lemmatizer run on a sentence only when it
    names at least two entities, or one and a word that may refer to another ("it",
    "the company", a title); the trained recogniser runs only on sentences holding a
    capitalised word that no rule names. Other sentences are read by the rules that
    need no parse. The sentences are put back together into one ``Doc`` whose text is
    the document's text, and the entity and relation components read that.
    """

    def __init__(self, model: str, *, batch_size: int = 256) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS
        from spacy.pipeline import Sentencizer

        from kg.nlp.pipeline import flat_parse, load_pipeline

        self.trained = load_pipeline(model)
        self.batch_size = batch_size
        self.ner = self.trained.get_pipe("ner") if "ner" in self.trained.pipe_names else None
        self.entities = self.trained.get_pipe("kg_entities")
        #: the components run after the parse, on the whole document
        self.not_yet = ("ner", "kg_entities", "kg_relations")
        self.relations = self.trained.get_pipe("kg_relations")
        # the cheap pass: the trained pipeline's tokenizer and kg's entity rules, with
        # sentences split at punctuation and a flat parse
        self.cheap = [Sentencizer(), flat_parse, self.entities]
        rules = self.entities.rules
        self.referring = (
            {"it", "its", "they", "their", "he", "his", "she", "her", "which", "who", "that"}
            | {w for ws in rules.patterns.get("descriptors", {}).values() for w in ws}
            | set(rules.words("titles", "heads"))
        )
        self.stop_words = STOP_WORDS
        # capitalised words that name nothing new: titles, months, "AI", "CEO"
        self.known_words = (
            {w.lower() for w in rules.patterns["stop"]["names"]}
            | {w.lower() for w in rules.patterns["product"]["not_brands"]}
            | set(rules.words("titles", "words"))
            | self.referring
        )
        # the same words as hashes of lowercase forms, as Doc.to_array gives them
        strings = self.trained.vocab.strings
        self.referring_ids = {strings.add(w) for w in self.referring}
        self.plain_ids = {strings.add(w) for w in self.stop_words | self.known_words}
        self.sentences = {"parsed": 0, "named": 0, "rules": 0}

    def _needs(self, doc: Doc, sents: list) -> list[tuple[bool, bool]]:
        """For each sentence, whether it needs the parser and whether the recogniser.

        The parser, when the sentence names two entities, or one and a word that may
        refer to another; the recogniser, when it holds a capitalised word that no
        mention covers and that is not a known word (nor, first in the sentence, a
        word capitalised only as the first).
        """
        from spacy.attrs import IDX, LENGTH, LOWER

        text = doc.text
        rows = doc.to_array([LOWER, IDX, LENGTH]).tolist()
        sent_of = [0] * len(doc)
        for k, sent in enumerate(sents):
            sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
        counts = [0] * len(sents)
        covered = [False] * len(doc)
        for m in doc._.kg_mentions:
            k = sent_of[m.start]
            counts[k] += 1
            for i in range(m.start, min(m.end, sents[k].end)):
                covered[i] = True
        needs = []
        for k, sent in enumerate(sents):
            referring = unknown = False
            for i in range(sent.start, sent.end):
                low, idx, length = rows[i]
                if low in self.referring_ids:
                    referring = True
                if (
                    not unknown
                    and not covered[i]
                    and text[idx : idx + 1].isupper()
                    and low not in self.plain_ids
                    and (i != sent.start or any(c.isupper() for c in text[idx + 1 : idx + length]))
                ):
                    unknown = True
            parse = counts[k] >= 2 or (counts[k] == 1 and referring)
            needs.append((parse, unknown and self.ner is not None))
        return needs

    def _glance(self, text: str) -> Doc:
        """The cheap pass over a text: tokens, sentences, names the rules know."""
        doc = self.trained.make_doc(text)
        for step in self.cheap:
            doc = step(doc)
        return doc

    def _runs(self, doc0: Doc) -> list[list]:
        """The document cut into runs of neighbouring sentences that need the same reading.

        A run is read as a whole, so the parser sees the context it would see in the
        whole text.
        """
        text = doc0.text
        sents = list(doc0.sents)
        runs: list[list] = []
        needs = self._needs(doc0, sents)
        for k, (sent, (parse, named)) in enumerate(zip(sents, needs, strict=True)):
            end = sents[k + 1].start_char if k + 1 < len(sents) else len(text)
            start = 0 if k == 0 else sent.start_char
            if runs and runs[-1][1] == parse:
                runs[-1][0] += text[start:end]
                runs[-1][2] = runs[-1][2] or named
            else:
                runs.append([text[start:end], parse, named])
        return runs

    def _read(self, runs: list[list]) -> list[Doc]:
        """Parse, tag and recognise the runs of a batch of documents as they need."""
        import numpy

        from kg.nlp.transitions import read_trained, read_transitions

        to_parse = [self.trained.make_doc(piece) for piece, parse, _ in runs if parse]
        parsed = iter(read_trained(self.trained, to_parse, skip=self.not_yet))
        docs = []
        for piece, parse, _ in runs:
            docs.append(next(parsed) if parse else self._flat(piece))
            self.sentences["parsed" if parse else "rules"] += 1
        named = [d for d, (_, _, n) in zip(docs, runs, strict=True) if n and len(d)]
        if named:
            read_transitions(self.ner, named)
            self.sentences["named"] += len(named)
        for d in docs:
            d.tensor = numpy.zeros((len(d), 0), dtype="float32")
        return docs

    def _flat(self, text: str) -> Doc:
        """Tokens with a flat parse and no tags: one sentence the rules read without a parser."""
        words = self.trained.make_doc(text)
        if not len(words):
            return words
        return Doc(
            self.trained.vocab,
            words=[t.text for t in words],
            spaces=[bool(t.whitespace_) for t in words],
            heads=[0] * len(words),
            deps=["ROOT"] + ["dep"] * (len(words) - 1),
        )

    def extract(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Yield a :class:`~kg.records.DocResult` for each document, in order."""
        for batch in batched(documents, self.batch_size):
            runs = [self._runs(self._glance(document.text)) for document in batch]
            with one_blas_thread():
                read = iter(self._read([r for doc_runs in runs for r in doc_runs]))
            for document, doc_runs in zip(batch, runs, strict=True):
                docs = [d for d in (next(read) for _ in doc_runs) if len(d)]
                if len(docs) == 1:
                    doc = docs[0]  # read whole: nothing to join
                elif docs:
                    doc = Doc.from_docs(docs, ensure_whitespace=False)
                else:
                    doc = self.trained.make_doc(document.text)
                yield doc_result(document, self.relations(self.entities(doc)))


def split_text(text: str, limit: int = SEGMENT_CHARS) -> list[tuple[int, str]]:
    """Cut a text into pieces of at most ``limit`` characters, between sentences if it can.

    Returns ``(offset, piece)`` pairs whose pieces, joined, give the text back.

    Examples
    --------
    >>> split_text("One. Two. Three.", limit=10)
    [(0, 'One. Two. '), (10, 'Three.')]
    >>> split_text("short")
    [(0, 'short')]
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > limit // 4 else window.rfind(" ") + 1
        if cut <= 0:
            cut = limit
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _merge(document: Document, offsets: list[int], parts: list[DocResult]) -> DocResult:
    """One document's record from the records of its pieces."""
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    evidence: list[Evidence] = []
    for offset, part in zip(offsets, parts, strict=True):
        for ent in part.entities:
            entities.setdefault(ent.id, ent)
        mentions.extend(
            m._replace(start_char=m.start_char + offset, end_char=m.end_char + offset)
            for m in part.mentions
        )
        evidence.extend(part.evidence)
    return DocResult(
        document.id, document.date, tuple(entities.values()), tuple(mentions), tuple(evidence)
    )


class SegmentingExtractor:
    """Read very long texts in pieces cut between sentences, so that no text is too long
    for spaCy and the rules' cost grows with the length of the text, not its square.
    """

    def __init__(self, inner, *, limit: int = SEGMENT_CHARS) -> None:
        self.inner = inner
        self.limit = limit

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def extract(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Yield a :class:`~kg.records.DocResult` for each document, in order."""
        from collections import deque

        plan: deque[tuple[Document, list[int]]] = deque()

        def pieces() -> Iterator[Document]:
            for d in documents:
                parts = split_text(d.text, self.limit)
                plan.append((d, [offset for offset, _ in parts]))
                for _, text in parts:
                    yield d._replace(text=text)

        results = self.inner.extract(pieces())
        for first in results:
            document, offsets = plan.popleft()
            if len(offsets) == 1:
                yield first
                continue
            parts = [first] + [next(results) for _ in offsets[1:]]
            yield _merge(document, offsets, parts)
