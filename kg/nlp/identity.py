"""One node per real-world thing across a corpus: the ``kg_identity`` component settles,
once a document's relations are read, what each mention's label (and so its node) is.

- A measure the text names keeps its name ("CHIPS and Science Act", "Entity List"). One
  it does not name is known by who issued it and what it covers, in an analyst's words:
  "sanctions" that the US imposed on Huawei are "US sanctions on Huawei", and the
  sanctions the EU imposed on an Indian refiner are another node. Words that belong to
  one sentence ("fresh", "sweeping", "its own") leave the label; a year, a rate or a
  section number stay. A standing instrument (a list, a law) is known by its issuer
  alone. A measure whose words name only a kind of measure ("export rules", "sanctions")
  and whose document does not tell both who issued it and what it covers (for a
  standing instrument, who keeps it) is one of that document alone. A name the lexicon
  gives a measure of another government ("Taiwan's entity list" is not the US Entity
  List) is no name of it.
- A firm the lexicon does not know is named without its legal form: "Lumora Inc." and
  "Lumora" are one node.
- A process node of a maker the text names is that maker's ("TSMC 3nm process"; Samsung's
  is "SF3" where the lexicon knows it so), and a model number a known maker's ("Vivo
  X300"): the generations of different makers stay apart.

The issuers come from the document's ``issues`` edges, else from the government that is
the subject of the verb that issues the measure ("Taiwan's ministry said it would enforce
curbs"); the subjects from its ``restricts`` edges, those of its own words ("on X",
"targeting X") first. A government is a country: an agency stands for the country the
lexicon or the text makes it part of. The word lists are ``[identity]`` in
``kg/rules/grammar.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.names import normalise_name
from kg.nlp.entities import KgMention, clean_label
from kg.nlp.lexicon_choice import LexiconChoice
from kg.nlp.relations import Relation, best_readings
from kg.nlp.rules import LexiconEntry, Rules, load_rules

__all__ = [
    "DOCUMENT_SCOPE",
    "Identity",
    "IdentityWords",
    "PolicyBasis",
    "make_identity",
    "policy_label",
    "settle",
    "without_legal_form",
    "words_of",
]

#: The mark of a measure known only from its document: its node's id and label take the
#: document's id (:func:`kg.extract.doc_result`).
DOCUMENT_SCOPE = "document"

#: At most this many subjects are named in a label; more are "and others".
MAX_SUBJECTS = 3

#: How mentions were found whose words are a measure's name: the lexicon's, a name
#: ending in "Act" or "Rule".
_NAMING = ("lexicon", "policy-name")

_PROCESS = re.compile(r"^(\d+(?:\.\d+)?)\s?nm process$")


class PolicyBasis(NamedTuple):
    """What a measure's identity is built from: its issuers (governments, as countries
    where known) and its subjects (what it restricts), each in the order the text gives."""

    issuers: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()


class IdentityWords:
    """The word lists of ``[identity]`` and what else the identity step consults, made
    once a rule set."""

    def __init__(self, rules: Rules) -> None:
        def grammar(key: str) -> frozenset[str]:
            return rules.words("identity", key, table="grammar")

        self.passing = grammar("passing")
        self.generic = grammar("generic")
        self.standing = grammar("standing")
        self.legal_forms = grammar("legal_forms")
        self.issuer_forms: dict[str, str] = rules.grammar["identity"]["issuer_forms"]
        self.company_words = rules.words("company", "suffixes") | rules.words(
            "company", "descriptors"
        )
        # a licence or a subsidy is "for" what it covers, other measures "on" it
        self.for_heads = rules.words("policy", "demanded") | rules.words(
            "policy", "funding", table="grammar"
        )
        self.issuing = rules.relations["issues"].verbs
        self.speaking = rules.words("policy", "stating", table="grammar") | rules.words(
            "policy", "informing", table="grammar"
        )
        # a maker's own name of a process: "Samsung 3nm" is SF3
        self.processes: dict[str, LexiconEntry] = {}
        for e in rules.lexicon:
            if e.type == "TECHNOLOGY":
                for name in (e.name, *e.aliases):
                    self.processes.setdefault(normalise_name(name), e)

    def form(self, country: str) -> str:
        """How a government stands before its measure: "US", "Chinese", "Malaysia"."""
        return self.issuer_forms.get(country, country)

    def is_standing(self, head: str) -> bool:
        """Whether a measure's head names a standing instrument: "list", "laws"."""
        low = head.lower()
        return low in self.standing or low.removesuffix("s") in self.standing

    def is_generic(self, words: list[str]) -> bool:
        """Whether words name only a kind of measure: "export controls", "licence",
        "export-control rules"."""

        def kind(word: str) -> bool:
            singular = {word, word.removesuffix("s"), word.removesuffix("es")}
            if word.endswith("ies"):
                singular.add(word[:-3] + "y")  # "duties", "levies"
            return bool(singular & self.generic) or word in self.passing

        return all(
            not any(c.isupper() or c.isdigit() for c in w)
            and (kind(w.lower()) or all(kind(part) for part in w.lower().split("-")))
            for w in words
        )


_WORDS: dict[str, IdentityWords] = {}  # by rule-set version


def words_of(rules: Rules) -> IdentityWords:
    """The :class:`IdentityWords` of a rule set, made once a version."""
    found = _WORDS.get(rules.version)
    if found is None:
        found = _WORDS[rules.version] = IdentityWords(rules)
    return found


def without_legal_form(name: str, legal_forms: Iterable[str], keep: Iterable[str] = ()) -> str:
    """A firm's name without the legal forms that end it, unless nothing but a generic
    word (one of ``keep``) would be left.

    Examples
    --------
    >>> forms = ("inc", "co", "ltd", "corp")
    >>> without_legal_form("Lumora Inc.", forms), without_legal_form("Veltrix Co., Ltd", forms)
    ('Lumora', 'Veltrix')
    >>> without_legal_form("Holdings Inc", forms, keep=("holdings",))
    'Holdings Inc'
    """
    forms = {f.lower() for f in legal_forms}
    words = name.split()
    while len(words) > 1 and words[-1].lower().strip(".,") in forms:
        words = words[:-1]
        words[-1] = words[-1].rstrip(",")
    kept = " ".join(words).rstrip(".,")
    if not kept or kept.lower() in {k.lower() for k in keep}:
        return name
    return kept


def _listed(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C", "A, B, C and others"."""
    if len(names) > MAX_SUBJECTS:
        return ", ".join(names[:MAX_SUBJECTS]) + " and others"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def policy_label(words: str, basis: PolicyBasis, forms: IdentityWords) -> str:
    """The label of a measure the text does not name: its words without passing
    modifiers, after its issuers' forms and before what it covers.

    Returns the words alone when the basis is empty; the caller decides whether such
    words identify a measure.

    Examples
    --------
    >>> forms = words_of(load_rules())
    >>> policy_label("sanctions", PolicyBasis(("United States",), ("Huawei",)), forms)
    'US sanctions on Huawei'
    >>> basis = PolicyBasis(("China",), ("gallium", "germanium"))
    >>> policy_label("fresh export controls", basis, forms)
    'Chinese export controls on gallium and germanium'
    >>> policy_label("expanded licence requirement", PolicyBasis(("Netherlands",)), forms)
    'Dutch licence requirement'
    >>> policy_label("pause", PolicyBasis(("United States", "China")), forms)
    'Chinese-US pause'
    """
    kept = [w for w in words.split() if w.lower() not in forms.passing] or words.split()
    said = set(normalise_name(" ".join(kept)).split())

    def named(name: str) -> bool:
        return set(normalise_name(name).split()) <= said

    issuers = sorted({forms.form(i) for i in basis.issuers if not named(i)})
    if any(named(forms.form(i)) for i in basis.issuers):
        issuers = []  # "EU car import tariff": the issuer is in the words already
    head = kept[-1].lower()
    # a standing instrument is known by its issuer alone: "Taiwanese entity list"
    subjects = [s for s in basis.subjects if not named(s)] if not forms.is_standing(head) else []
    label = " ".join(kept)
    if issuers:
        label = f"{'-'.join(issuers)} {label}"
    if subjects:
        # a licence, a permit or a subsidy is for what it covers
        demanded = any(w.lower().removesuffix("s") in forms.for_heads for w in kept)
        prep = "for" if demanded else "on"
        label = f"{label} {prep} {_listed(subjects)}"
    return label


def _government(m: KgMention, relations: list[Relation], mentions: list[KgMention]) -> str:
    """The government a country or agency mention stands for: a country's name, an
    agency's country (the lexicon's, one the text makes it part of, the one its label
    opens with: "China's commerce ministry"), else the agency itself."""
    if m.type == "COUNTRY":
        return m.label
    if m.entry is not None and m.entry.country:
        return m.entry.country
    for r in relations:
        if (
            r.relation == "part_of"
            and not r.negated
            and r.source.label == m.label
            and r.target.type == "COUNTRY"
        ):
            return r.target.label
    owner = m.label.split("'s ", 1)[0]
    if owner != m.label and any(c.type == "COUNTRY" and c.label == owner for c in mentions):
        return owner
    return m.label


def _clause_issuer(head: Token, at: dict[int, KgMention], words: IdentityWords) -> KgMention | None:
    """The government a measure's clause names as its issuer: the one it is "from", the
    subject of the verb issuing it ("METI finalised rules"), or of the verb that says so
    when that verb's subject is a pronoun ("the ministry said it would enforce curbs")."""
    # "a licence from The Hague", "sanctions from Washington"
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            for p in c.children:
                m = at.get(p.i)
                if p.dep_ == "pobj" and m is not None and m.type in ("COUNTRY", "AGENCY"):
                    return m
    # the measure as the object of its verb, through a preposition at most; or a verb
    # that modifies it ("rules the ministry finalised", "finalised rules" misread)
    tok = head.head if head.dep_ == "pobj" else head
    verbs = [tok.head] if tok.head.i != tok.i else []
    verbs += [c for c in head.children if c.dep_ in ("amod", "acl", "relcl")]
    for verb in verbs:
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in words.issuing:
            found = _subject_issuer(verb, at, words)
            if found is not None:
                return found
    return None


def _subject_issuer(
    verb: Token, at: dict[int, KgMention], words: IdentityWords
) -> KgMention | None:
    """The government that is the subject of an issuing verb, or of the verb above that
    speaks for it when its own subject is a pronoun or missing."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        for s in subjects:
            if s.dep_ == "agent":  # "rules issued by METI"
                s = next((p for p in s.children if p.dep_ == "pobj"), s)
            m = at.get(s.i)
            if m is not None and m.type == "POLICY":
                continue
            if m is not None:
                return m if m.type in ("COUNTRY", "AGENCY") else None
        # "said it would enforce", "plans to impose": the verb above speaks for it
        if subjects and not all(s.pos_ == "PRON" for s in subjects):
            return None
        if verb.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() not in words.speaking | words.issuing:
            return None
    return None


def _policy_bases(
    doc: Doc, mentions: list[KgMention], relations: list[Relation], words: IdentityWords
) -> dict[str, tuple[PolicyBasis, list[KgMention]]]:
    """Each measure of the document by its label: its basis and its mentions."""
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    groups: dict[str, list[KgMention]] = {}
    for m in mentions:
        if m.type == "POLICY":
            groups.setdefault(m.label, []).append(m)
    found = {}
    for label, group in groups.items():
        issued = sorted(
            (
                r.source
                for r in relations
                if r.relation == "issues" and r.target.label == label and not r.negated
            ),
            key=lambda s: s.start,
        )
        if not issued:
            issued = [
                i
                for m in group
                for i in [_clause_issuer(doc[m.start : m.end].root, at, words)]
                if i is not None
            ]
        issuers = list(dict.fromkeys(_government(i, relations, mentions) for i in issued))
        restricted = [
            r
            for r in relations
            if r.relation == "restricts" and r.source.label == label and not r.negated
        ]
        # what its own words say it covers ("sanctions on X", "rules targeting X") first
        own = [r for r in restricted if r.method.startswith("policy:")] or restricted
        subjects = [
            r.target.label for r in sorted(own, key=lambda r: (r.sentence.start, r.target.start))
        ]
        subjects = [s for s in dict.fromkeys(subjects) if s not in issuers]
        found[label] = (PolicyBasis(tuple(issuers), tuple(subjects)), group)
    return found


def _policy_labels(
    doc: Doc, mentions: list[KgMention], relations: list[Relation], words: IdentityWords
) -> dict[str, tuple[str, PolicyBasis, str]]:
    """Each measure's label by its label so far: (new label, basis, scope)."""
    out = {}
    for label, (basis, group) in _policy_bases(doc, mentions, relations, words).items():
        entries = {m.entry for m in group if m.entry is not None}
        named = bool(entries) or any(m.method in _NAMING for m in group)
        # "Taiwan's entity list": the lexicon's name of another government's measure
        countries = {e.country for e in entries if e.country}
        said = label
        if entries and countries and basis.issuers and not countries & set(basis.issuers):
            named = False
            said = clean_label(doc[group[0].start : group[0].end].text)
            for m in group:
                m.entry = None
        if named:
            # a name identifies it: what it covers is no part of its identity
            out[label] = (label, basis._replace(subjects=()), "")
            continue
        # "Export rules were eased": capitalised only as the first word of a sentence
        if (
            said[:1].isupper()
            and not said.split()[0].isupper()
            and any(doc[m.start].is_sent_start and doc[m.start].pos_ != "PROPN" for m in group)
        ):
            said = said[0].lower() + said[1:]
        kept = [w for w in said.split() if w.lower() not in words.passing] or said.split()
        standing = words.is_standing(kept[-1])
        if standing:
            basis = basis._replace(subjects=())
        # words of a kind of measure ("sanctions") are one measure across documents only
        # with who issued it and what it covers (or, standing, who keeps it)
        known = basis.issuers and (basis.subjects or standing)
        scope = DOCUMENT_SCOPE if words.is_generic(kept) and not known else ""
        out[label] = (policy_label(said, basis, words), basis, scope)
    return out


def _maker(label: str, relations: list[Relation]) -> KgMention | None:
    """The one firm the document says develops what ``label`` names, else the one it says
    makes it, for a process (a product is named after who designs it, not who fabricates
    it: "NX-218 is made by WuXi Biologics" is no "WuXi Biologics NX-218")."""
    for kinds in (("develops",), ("manufactures",)):
        makers = {
            r.source.label: r.source
            for r in relations
            if r.relation in kinds
            and r.target.label == label
            and r.source.type == "COMPANY"
            and not r.negated
            and (kinds == ("develops",) or r.target.type == "TECHNOLOGY")
        }
        if makers:
            return next(iter(makers.values())) if len(makers) == 1 else None
    return None


def _made_labels(
    mentions: list[KgMention],
    relations: list[Relation],
    words: IdentityWords,
    rules: Rules,
    surfaces: dict[str, str],
) -> dict[tuple[str, str], tuple[str, LexiconEntry | None]]:
    """Process nodes and model numbers of a maker the document names, by (type, label):
    (new label, the lexicon's entry of it or None). A model number takes the shortest name
    the text gives its maker ("Limbach L550E" for Xiamen Limbach Aircraft Engine's);
    ``surfaces`` holds those, by label."""
    out: dict[tuple[str, str], tuple[str, LexiconEntry | None]] = {}
    model = rules.regex("product", "model_regex")
    for m in mentions:
        key = (m.type, m.label)
        if key in out:
            continue
        process = m.type == "TECHNOLOGY" and _PROCESS.match(m.label)
        bare_model = (
            m.type == "PRODUCT"
            and m.entry is None
            and m.method == "model-number"
            and model.match(m.label)
            and " " not in m.label
        )
        if not (process or bare_model):
            continue
        maker = _maker(m.label, relations)
        if maker is None or m.label.startswith(maker.label + " "):
            continue
        if process:
            # the lexicon's name of the maker's process: "Samsung 3nm" is SF3
            size = process.group(1)
            names = (maker.label, *(maker.entry.aliases if maker.entry is not None else ()))
            found = (
                words.processes.get(normalise_name(f"{name} {size}nm{end}"))
                for name in names
                for end in ("", " process")
            )
            entry = next((e for e in found if e is not None and e.name != m.label), None)
            if entry is not None:
                out[key] = (entry.name, entry)
                continue
        name = surfaces.get(maker.label, maker.label) if bare_model else maker.label
        out[key] = (f"{name} {m.label}", None)
    return out


def settle(doc: Doc, rules: Rules) -> None:
    """Settle the labels of a document's mentions (``doc._.kg_mentions``, and the ends of
    ``doc._.kg_relations``) as this module's docstring says; a measure's mentions get
    their ``issuer``, ``subject`` and ``scope``. Relations that became one are kept once,
    the most confident reading (:func:`~kg.nlp.relations.best_readings`)."""
    words = words_of(rules)
    mentions: list[KgMention] = doc._.kg_mentions or []
    relations: list[Relation] = doc._.kg_relations or []
    everyone = {id(m): m for m in mentions}
    for r in relations:
        everyone.setdefault(id(r.source), r.source)
        everyone.setdefault(id(r.target), r.target)
    # firms the lexicon does not know, without their legal form
    for m in everyone.values():
        if m.type == "COMPANY" and m.entry is None:
            m.label = without_legal_form(m.label, words.legal_forms, words.company_words)
    surfaces: dict[str, str] = {}
    for m in mentions:
        text = clean_label(doc[m.start : m.end].text)
        if m.type == "COMPANY" and text and len(text) < len(surfaces.get(m.label, m.label + " ")):
            surfaces[m.label] = text
    made = _made_labels(mentions, relations, words, rules, surfaces)
    for m in everyone.values():
        if (m.type, m.label) in made:
            m.label, m.entry = made[m.type, m.label]
    policies = _policy_labels(doc, mentions, relations, words)
    for m in everyone.values():
        if m.type == "POLICY" and m.label in policies:
            label, basis, scope = policies[m.label]
            m.label = label
            m.issuer, m.subject = basis.issuers, basis.subjects
            m.scope = scope
    doc._.kg_relations = best_readings(relations)


class Identity:
    """Run :func:`settle` on each document."""

    def __init__(self, name: str, rules: Rules) -> None:
        self.name = name
        self.rules = rules

    def __call__(self, doc: Doc) -> Doc:
        settle(doc, self.rules)
        return doc


@Language.factory(
    "kg_identity",
    requires=["doc._.kg_mentions", "doc._.kg_relations"],
    assigns=["doc._.kg_mentions", "doc._.kg_relations"],
    default_config={"rules_dir": None, "lexicon": None},
)
def make_identity(
    nlp: Language, name: str, rules_dir: str | None, lexicon: list[str] | None
) -> Identity:
    """Create the ``kg_identity`` component."""
    return Identity(name, load_rules(rules_dir, LexiconChoice.from_config(lexicon)))
