"""Documents in, extraction records out: the NLP stage as plain data."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.attrs import IDX, LENGTH, LOWER, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc

from kg.nlp.blas import one_blas_thread
from kg.nlp.entities import KgMention, entity_id
from kg.nlp.entity_recognizer import copied
from kg.nlp.identity import DOCUMENT_SCOPE
from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.models import ExtractorSpec
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


def _entity(m: KgMention, doc_id: str) -> Entity:
    aliases: tuple[str, ...] = ()
    wikidata = ""
    if m.entry is not None:
        aliases = tuple(a for a in m.entry.aliases if a != m.label)
        wikidata = m.entry.wikidata
    label, scope = m.label, ""
    if m.scope == DOCUMENT_SCOPE:
        # a measure known only from this document: "export rules (d1)"
        label, scope = f"{m.label} ({doc_id})", doc_id
    return Entity(
        entity_id(m.type, label), label, m.type, aliases, wikidata, m.issuer, m.subject, scope
    )


def doc_result(document: Document, doc: Doc) -> DocResult:
    """Turn a processed Doc, the reading of ``document.text``, into the records the graph
    stage reads.

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
    by_label: dict[tuple[str, str], Entity] = {}  # by type and label
    mentions = []
    found = doc._.kg_mentions or []
    relations = doc._.kg_relations or []
    text = document.text  # what doc.text would join again from every token
    # where each token starts and how long it is, read once rather than a Span a mention
    places = doc.to_array([IDX, LENGTH]).tolist() if found or relations else []
    sentences: dict[int, str] = {}  # each sentence's text by its first token

    def sentence(span) -> str:
        said = sentences.get(span.start)
        if said is None:
            start, end = places[span.start][0], sum(places[span.end - 1])
            said = sentences[span.start] = text[start:end].strip()
        return said

    def node(m: KgMention) -> Entity:
        ent = by_label.get((m.type, m.label))
        if ent is None:
            made = _entity(m, document.id)
            ent = by_label[m.type, m.label] = entities.setdefault(made.id, made)
        return ent

    for m in found:
        ent = node(m)
        start = places[m.start][0]
        end = sum(places[m.end - 1])
        mentions.append(
            Mention(document.id, ent.id, ent.label, ent.type, text[start:end], start, end)
        )
    evidence = []
    for r in relations:
        s, t = node(r.source), node(r.target)
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
                sentence=sentence(r.sentence),
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


def load_extractor(
    spec: ExtractorSpec | str = "auto", *, batch_size: int | None = None, selective: bool = True
):
    """The extractor a build uses: trained components where they count, rules elsewhere.

    ``spec`` names the pipeline (a name alone, or an :class:`~kg.nlp.models.ExtractorSpec`
    that also says whether the speed-ups run). ``"blank"`` extracts with rules alone
    (``kg build --fast``); with a trained pipeline and ``selective`` (the default) a
    :class:`SelectiveExtractor` runs its recogniser only on the sentences that need it;
    ``selective=False`` runs the whole pipeline over every text. ``batch_size``
    documents are read together; by default each extractor's own (256 for the selective
    reading, whose batched decoding gains from more, 64 for the whole pipeline).

    Examples
    --------
    >>> ex = load_extractor("blank")
    >>> [r.doc_id for r in ex.extract([Document("a", "Nvidia CEO Jensen Huang spoke.")])]
    ['a']
    """
    from kg.nlp.models import resolve_model
    from kg.nlp.pipeline import load_pipeline

    spec = ExtractorSpec.of(spec)
    name = resolve_model(spec.model)
    sized = {} if batch_size is None else {"batch_size": batch_size}
    if name is not None and selective:
        return SegmentingExtractor(
            SelectiveExtractor(name, speedups=spec.speedups, lexicon=spec.lexicon, **sized)
        )
    nlp = load_pipeline(spec.model, speedups=spec.speedups, lexicon=spec.lexicon)
    return SegmentingExtractor(Extractor(nlp, **sized))


class SelectiveExtractor:
    """Run the trained recogniser only on the sentences where it can change the result.

    The tagger, parser and lemmatizer read every text: kg's rules read the parse, and
    nearly every sentence of a news summary names two entities or more. kg's entity
    rules then read each parsed text. The recogniser, which costs as much as all the
    rest of the trained pipeline, reads only the sentences that hold a capitalised word
    no rule names and that is not a known word (a title, a month, a stop word, a word
    capitalised only as the first of its sentence): neighbouring ones together, as one
    piece. The entity rules read those texts again with what it found, and the
    relation rules read every text.
    """

    def __init__(
        self,
        model: str,
        *,
        batch_size: int = 256,
        speedups: bool = True,
        lexicon: LexiconChoice | None = None,
    ) -> None:
        from spacy.lang.en.stop_words import STOP_WORDS

        from kg.nlp.pipeline import load_pipeline

        self.trained = load_pipeline(model, speedups=speedups, lexicon=lexicon)
        self.speedups = speedups
        self.batch_size = batch_size
        self.ner = self.trained.get_pipe("ner") if "ner" in self.trained.pipe_names else None
        self.entities = self.trained.get_pipe("kg_entity_recognizer")
        self.relations = self.trained.get_pipe("kg_relation_extractor")
        self.identity = self.trained.get_pipe("kg_identity")
        #: the components that do not read every text whole
        self.not_yet = ("ner", "kg_entity_recognizer", "kg_relation_extractor", "kg_identity")
        rules = self.entities.rules
        # capitalised words that name nothing new: titles, months, "AI", "CEO", "It"
        known = (
            {"it", "its", "they", "their", "he", "his", "she", "her", "which", "who", "that"}
            | {w for ws in rules.patterns.get("descriptors", {}).values() for w in ws}
            | set(rules.words("titles", "heads"))
            | {w.lower() for w in rules.patterns["stop"]["names"]}
            | {w.lower() for w in rules.patterns["product"]["not_brands"]}
            | set(rules.words("titles", "words"))
            | STOP_WORDS
        )
        # as hashes of lowercase forms, as Doc.to_array gives them
        self.known_ids = {self.trained.vocab.strings.add(w) for w in known}
        self.sentences = {"read": 0, "named": 0}

    def _unnamed(self, doc: Doc, text: str, sents: list) -> list[bool]:
        """For each sentence of ``doc``, the reading of ``text``, whether it holds a
        capitalised word that no mention covers and that is not a known word (nor, first
        in the sentence, capitalised only as the first)."""
        rows = doc.to_array([LOWER, IDX, LENGTH, POS]).tolist()
        covered = [False] * len(doc)
        for m in doc._.kg_mentions:
            covered[m.start : m.end] = [True] * (m.end - m.start)
        found = []
        for sent in sents:
            unknown = False
            for i in range(sent.start, sent.end):
                low, idx, length, pos = rows[i]
                # a first word is capitalised anyway, unless the tagger takes it for a name,
                # a capital follows in it, or one starts the next word too: "Kuroshio, which
                # ...", "Norrvik Cloud, the ... operator, said"
                first = i == sent.start and not (
                    pos == PROPN
                    or any(c.isupper() for c in text[idx + 1 : idx + length])
                    or (i + 1 < sent.end and not covered[i + 1] and text[rows[i + 1][1]].isupper())
                )
                if (
                    not covered[i]
                    and text[idx : idx + 1].isupper()
                    and low not in self.known_ids
                    and not first
                ):
                    unknown = True
                    break
            found.append(unknown)
        return found

    def _pieces(self, docs: list[Doc], texts: list[str]) -> list[tuple[int, int, int]]:
        """The stretches of neighbouring sentences the recogniser reads: (doc, start, end)."""
        pieces: list[list[int]] = []
        for k, (doc, text) in enumerate(zip(docs, texts, strict=True)):
            sents = list(doc.sents)
            self.sentences["read"] += len(sents)
            last = None
            for sent, unknown in zip(sents, self._unnamed(doc, text, sents), strict=True):
                if not unknown:
                    last = None
                    continue
                self.sentences["named"] += 1
                if last is not None:
                    last[2] = sent.end
                else:
                    last = [k, sent.start, sent.end]
                    pieces.append(last)
        return [(k, start, end) for k, start, end in pieces]

    def _read_entities(self, docs: list[Doc]) -> list[list[KgMention]]:
        """Run the entity rules on each parsed text; return each text's rule candidates,
        kept for its second reading if the recogniser runs on it."""
        found = [self.entities.rule_candidates(doc) for doc in docs]
        for doc, cands in zip(docs, found, strict=True):
            self.entities(doc, copied(cands))  # a reading changes the mentions it is given
        return found

    def _recognise(self, docs: list[Doc], texts: list[str], cands: list[list[KgMention]]) -> None:
        """Run the recogniser where it can change the result, and the entity rules again
        on the texts where it ran; ``cands`` holds each text's rule candidates
        (:meth:`~kg.nlp.entity_recognizer.EntityRecognizer.rule_candidates`), which do not
        depend on the recogniser and are not found again."""
        from spacy.tokens import Span

        pieces = self._pieces(docs, texts) if self.ner is not None else []
        if not pieces:
            return
        # the recogniser reads the words (its own embedding of them) and where sentences
        # start, which no entity crosses: a Doc of those, not a copy of all the pipeline wrote
        read = []
        for k, start, end in pieces:
            words = docs[k][start:end]
            piece = Doc(
                self.trained.vocab,
                [t.text for t in words],
                [bool(t.whitespace_) for t in words],
                sent_starts=[t.i == start or bool(t.is_sent_start) for t in words],
            )
            piece.set_ents([], default="missing")  # the recogniser reads it afresh
            read.append(piece)
        with one_blas_thread():
            if self.speedups:
                from kg.nlp.speed import read_transitions

                read_transitions(self.ner, read)
            else:
                read = list(self.ner.pipe(read))
        found: dict[int, list[tuple[int, int, str]]] = {k: [] for k, _, _ in pieces}
        for (k, start, _), piece in zip(pieces, read, strict=True):
            found[k].extend((e.start + start, e.end + start, e.label_) for e in piece.ents)
        for k, ents in found.items():
            doc = docs[k]
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
            self.entities(doc, cands[k])

    def extract(self, documents: Iterable[Document]) -> Iterator[DocResult]:
        """Yield a :class:`~kg.records.DocResult` for each document, in order."""
        for batch in batched(documents, self.batch_size):
            docs = [self.trained.make_doc(document.text) for document in batch]
            with one_blas_thread():
                if self.speedups:
                    from kg.nlp.speed import read_trained

                    docs = read_trained(self.trained, docs, skip=self.not_yet)
                else:
                    docs = list(self.trained.pipe(docs, disable=list(self.not_yet)))
            found = self._read_entities(docs)
            self._recognise(docs, [document.text for document in batch], found)
            for document, doc in zip(batch, docs, strict=True):
                yield doc_result(document, self.identity(self.relations(doc)))


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
