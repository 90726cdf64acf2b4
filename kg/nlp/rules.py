"""Load and validate the rule set: lexicon, entity patterns and relation triggers."""

from __future__ import annotations

import hashlib
import io
import json
import re
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path

import tomllib

from kg.errors import KgError
from kg.nlp.lexicon_choice import LANGUAGE_DATA, LexiconChoice, UserLexicon
from kg.records import NODE_TYPES, RELATIONS

__all__ = ["LAYOUT", "LexiconEntry", "RelationRule", "Rules", "RulesError", "load_rules"]

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

_ENTRY_KEYS = {
    "name",
    "type",
    "aliases",
    "wikidata",
    "country",
    "kind",
    "part_of",
    "maker",
    "gov_aliases",
}
_RELATION_KEYS = {
    "source",
    "target",
    "verbs",
    "inverse_verbs",
    "theme_verbs",
    "theme_preps",
    "preps",
    "nouns",
    "confidence",
    "policy_verbs",
    "stop_verbs",
    "legal_nouns",
    "legal_modifiers",
    "same_type",
    "phrases",
    "inverse_phrases",
}


#: What the keys of the TOML rule files hold: a list of words, a regular expression, a
#: table of words to words, or a number.
WORDS, REGEX, MAP, NUMBER = "words", "regex", "map", "number"

#: Every section and key of ``patterns.toml``, ``grammar.toml`` and ``confidence.toml``.
#: A key listed here must be given; a key not listed is refused, except in the sections
#: of ``_OPEN`` whose keys are all optional.
LAYOUT: dict[str, dict[str, dict[str, str]]] = {
    "patterns.toml": {
        "company": {
            "suffixes": WORDS,
            "cue_nouns": WORDS,
            "descriptors": WORDS,
            "national_firm_words": WORDS,
            "suffix_tails": WORDS,
            "institution_heads": WORDS,
        },
        "product": {
            "owned_goods": WORDS,
            "head_nouns": WORDS,
            "descriptors": WORDS,
            "variants": WORDS,
            "model_regex": REGEX,
            "number_regex": REGEX,
            "year_regex": REGEX,
            "currency": WORDS,
            "not_model_regex": REGEX,
            "joined_model_regex": REGEX,
            "not_brands": WORDS,
            "named_after": WORDS,
            "code_names": WORDS,
        },
        "goods": {"materials": WORDS, "modifiers": WORDS, "forms": WORDS},
        "tokenizer": {"hyphenated": WORDS, "abbreviations": WORDS},
        "agency": {"cue_nouns": WORDS, "heads": WORDS},
        "policy": {
            "name_heads": WORDS,
            "heads": WORDS,
            "demanded": WORDS,
            "demanding_verbs": WORDS,
            "weak_heads": WORDS,
            "qualifiers": WORDS,
            "drop_modifiers": WORDS,
        },
        "descriptors": dict.fromkeys(NODE_TYPES, WORDS),
        "titles": {
            "words": WORDS,
            "heads": WORDS,
            "government": WORDS,
            "weak": WORDS,
            "company": WORDS,
        },
        "stop": {"names": WORDS},
        "location": {"place_preps": WORDS},
        "lemmas": {"irregular": MAP},
        "trained": {"types": MAP},
    },
    "grammar.toml": {
        "reference": {
            "relative_pronouns": WORDS,
            "company_pronouns": WORDS,
            "person_pronouns": WORDS,
            "definite": WORDS,
            "quantifiers": WORDS,
            "including": WORDS,
            "naming": WORDS,
            "maker_nouns": WORDS,
            "via_nouns": WORDS,
            "product_kinds": MAP,
            "generic": WORDS,
            "gatherings": WORDS,
            "code_naming": WORDS,
            "units": WORDS,
            "pairs": MAP,
        },
        "clause": {
            "light_verbs": WORDS,
            "winning": WORDS,
            "orders": WORDS,
            "negators": WORDS,
            "cannot": WORDS,
            "denial": WORDS,
            "failing": WORDS,
            "forced": WORDS,
            "calling_off": WORDS,
            "planned": WORDS,
            "reported": WORDS,
            "circumstance_preps": WORDS,
            "phrasal": MAP,
            "misread_verbs": WORDS,
        },
        "agreement": {
            "agreeing": WORDS,
            "agreeing_with_object": WORDS,
            "agreements": WORDS,
            "acquiring": WORDS,
            "venture_verbs": WORDS,
            "agreement_steps": WORDS,
            "apart": WORDS,
            "partner_nouns": WORDS,
            "shared_work": WORDS,
            "rival_nouns": WORDS,
        },
        "policy": {
            "funding": WORDS,
            "government": WORDS,
            "informing": WORDS,
            "answering": WORDS,
            "trade_nouns": WORDS,
            "granting": WORDS,
            "stating": WORDS,
            "bearing": WORDS,
            "charges": WORDS,
            "being_on": WORDS,
            "taking_in": WORDS,
            "permitting": WORDS,
            "refusing": WORDS,
            "traders": WORDS,
        },
        "product": {
            "debut": WORDS,
            "inside": WORDS,
            "entering": WORDS,
            "powering": WORDS,
            "fitting": WORDS,
            "vending": WORDS,
        },
        "identity": {
            "passing": WORDS,
            "generic": WORDS,
            "standing": WORDS,
            "legal_forms": WORDS,
            "issuer_forms": MAP,
        },
        "ownership": {"taking": WORDS, "control": WORDS, "accepting": WORDS},
        "legal": {"accusing": WORDS, "wrongs": WORDS, "bringing": WORDS, "courts": WORDS},
    },
    "confidence.toml": {
        "offset": dict.fromkeys(
            (
                "indirect",
                "noun",
                "surface",
                "demands",
                "stop",
                "policy_object",
                "keeps",
                "make_for",
                "supplier",
                "agreement",
                "coordinated",
                "venture",
                "codevelop",
                "codevelop_owner",
                "as_partner",
                "debut",
                "derived",
            ),
            NUMBER,
        ),
        "fixed": dict.fromkeys(
            (
                "possessive_develops",
                "possessive_uses",
                "possessive_leads",
                "possessive_part_of",
                "possessive_issues",
                "possessive_parent",
                "possessive_unit",
                "surface_possessive",
                "of_maker",
                "maker_noun",
                "including",
                "apposition_part",
                "apposition_agency",
                "apposition_version",
                "based",
                "facility",
                "title_before",
                "title_after",
                "rival",
                "policy_issuer",
                "policy_by",
                "policy_funds",
                "policy_on",
                "policy_acl",
                "policy_relcl",
                "policy_reduced_relative",
                "policy_under",
                "informs",
                "bearing",
                "bearing_last",
                "listed",
                "succession",
                "appointment",
                "founder",
                "stake",
                "funding",
                "backer",
                "facility_money",
                "round",
                "answers",
                "revoked",
                "refused",
                "penalty",
                "partner_role",
                "members",
                "named_later",
                "moving",
                "order",
                "role",
                "origin",
                "vendor",
                "described",
                "hyphen",
                "inside",
                "unit",
                "owner",
                "control",
                "merger",
                "legal",
                "clients",
                "relies",
                "supply_deal",
                "made_at",
                "maker_of",
                "sale",
                "misread_verb",
                "anaphora",
                "licence",
            ),
            NUMBER,
        ),
    },
}
_OPEN = {("patterns.toml", "descriptors")}


class RulesError(KgError):
    """A rule file that does not follow its format; the message names the file and line."""


@dataclass(frozen=True)
class LexiconEntry:
    """One canonical entity the lexicon knows."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str = ""
    country: str = ""
    kind: str = ""
    part_of: str = ""
    maker: str = ""
    gov_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationRule:
    """The triggers of one relation and the node types its ends may have."""

    name: str
    source: frozenset[str]
    target: frozenset[str]
    verbs: frozenset[str] = frozenset()
    inverse_verbs: frozenset[str] = frozenset()
    theme_verbs: frozenset[str] = frozenset()
    theme_preps: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()
    confidence: float = 0.7
    policy_verbs: frozenset[str] = frozenset()
    stop_verbs: frozenset[str] = frozenset()
    legal_nouns: frozenset[str] = frozenset()
    legal_modifiers: frozenset[str] = frozenset()
    same_type: bool = False
    #: Word sequences that state the relation between two names next to them in any
    #: sentence, however it was parsed: "A runs on B"; "A powers B" for the inverse.
    phrases: tuple[tuple[str, ...], ...] = ()
    inverse_phrases: tuple[tuple[str, ...], ...] = ()

    def fits(self, source_type: str, target_type: str) -> bool:
        """Whether the schema allows this relation between these node types."""
        if self.same_type and source_type != target_type:
            return False
        return source_type in self.source and target_type in self.target

    @cached_property
    def triggers(self) -> frozenset[str]:
        """Every verb lemma that can state this relation."""
        return (
            self.verbs | self.inverse_verbs | self.theme_verbs | self.policy_verbs | self.stop_verbs
        )


@dataclass(frozen=True)
class Rules:
    """The whole rule set, validated, with a version that changes when any rule file does."""

    lexicon: tuple[LexiconEntry, ...]
    relations: dict[str, RelationRule]
    patterns: dict
    version: str
    grammar: dict = field(default_factory=dict)
    confidence: dict = field(default_factory=dict)
    by_name: dict[str, LexiconEntry] = field(default_factory=dict)
    #: what the user's lexicon files took from the built-in entries, for the build report
    notes: tuple[str, ...] = ()
    _words: dict = field(default_factory=dict, repr=False, compare=False)

    def words(self, section: str, key: str, *, table: str = "patterns") -> frozenset[str]:
        """A word list of ``patterns.toml`` (or of ``grammar.toml``), lower-cased."""
        found = self._words.get((table, section, key))
        if found is None:
            source = self.grammar if table == "grammar" else self.patterns
            found = frozenset(w.lower() for w in source.get(section, {}).get(key, []))
            self._words[table, section, key] = found
        return found

    def score(self, kind: str, key: str) -> float:
        """A confidence of ``confidence.toml``: an ``"offset"`` or a ``"fixed"`` value."""
        return self.confidence[kind][key]

    def regex(self, section: str, key: str) -> re.Pattern:
        """A compiled regular expression from patterns.toml."""
        return re.compile(self.patterns[section][key])


def _fail(path: Path, line: int | None, message: str) -> RulesError:
    where = f"{path}:{line}" if line else str(path)
    return RulesError(f"{where}: {message}")


def _read_lexicon(path: Path, text: str | None = None) -> list[tuple[int, LexiconEntry]]:
    """The entries of a lexicon file (of ``text``, its contents, if given), each with the
    number of its line."""
    entries = []
    numbers = []
    with path.open(encoding="utf-8") if text is None else io.StringIO(text, newline=None) as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as e:
                raise _fail(path, n, f"not valid JSON ({e.msg})") from None
            if not isinstance(obj, dict):
                raise _fail(path, n, "a lexicon line must be a JSON object")
            unknown = set(obj) - _ENTRY_KEYS
            if unknown:
                raise _fail(path, n, f"unknown keys {sorted(unknown)}")
            name, typ = obj.get("name"), obj.get("type")
            if not isinstance(name, str) or not name.strip():
                raise _fail(path, n, "'name' must be a non-empty string")
            if typ not in NODE_TYPES:
                raise _fail(path, n, f"'type' must be one of {', '.join(NODE_TYPES)}, not {typ!r}")
            aliases = obj.get("aliases", [])
            gov = obj.get("gov_aliases", [])
            for key, value in (("aliases", aliases), ("gov_aliases", gov)):
                if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
                    raise _fail(path, n, f"'{key}' must be a list of strings")
            entries.append(
                LexiconEntry(
                    name=name.strip(),
                    type=typ,
                    aliases=tuple(a.strip() for a in aliases if a.strip()),
                    wikidata=str(obj.get("wikidata", "")),
                    country=str(obj.get("country", "")),
                    kind=str(obj.get("kind", "")),
                    part_of=str(obj.get("part_of", "")),
                    maker=str(obj.get("maker", "")),
                    gov_aliases=tuple(gov),
                )
            )
            numbers.append(n)
    return list(zip(numbers, entries, strict=True))


def _line_of(text: str, section: str, key: str | None = None) -> int | None:
    """The line of a section's header, or of a key inside it, in a TOML text."""
    lines = text.splitlines()
    header = re.compile(rf"^\s*\[\s*{re.escape(section)}\s*\]")
    for n, line in enumerate(lines, 1):
        if header.match(line):
            if key is None:
                return n
            for m, inner in enumerate(lines[n:], n + 1):
                if inner.lstrip().startswith("["):
                    break
                if re.match(rf"^\s*{re.escape(key)}\s*=", inner):
                    return m
            return n
    return None


def _check_value(kind: str, value) -> str | None:
    """What is wrong with a value of a kind, or None."""
    if kind == WORDS:
        if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
            return "must be a list of non-empty strings"
    elif kind == REGEX:
        if not isinstance(value, str):
            return "must be a regular expression in a string"
        try:
            re.compile(value)
        except re.error as e:
            return f"is not a valid regular expression ({e})"
    elif kind == MAP:
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            return "must be a table of strings"
    elif kind == NUMBER and (isinstance(value, bool) or not isinstance(value, int | float)):
        return "must be a number"
    return None


def _read_table(path: Path) -> dict:
    """Read one of the TOML files of :data:`LAYOUT` and check its sections and keys."""
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise _fail(path, None, f"not valid TOML ({e})") from None
    layout = LAYOUT[path.name]
    for section, spec in data.items():
        if section not in layout:
            known = ", ".join(f"[{k}]" for k in layout)
            raise _fail(
                path, _line_of(text, section), f"unknown section [{section}] (known: {known})"
            )
        if not isinstance(spec, dict):
            raise _fail(path, _line_of(text, section), f"[{section}] must be a table")
        for key, value in spec.items():
            kind = layout[section].get(key)
            if kind is None:
                raise _fail(
                    path,
                    _line_of(text, section, key),
                    f"[{section}] has an unknown key {key!r} (known: {', '.join(layout[section])})",
                )
            problem = _check_value(kind, value)
            if problem:
                raise _fail(path, _line_of(text, section, key), f"[{section}] {key} {problem}")
    for section, keys in layout.items():
        if (path.name, section) in _OPEN:
            continue
        missing = [k for k in keys if k not in data.get(section, {})]
        if missing:
            where = _line_of(text, section)
            raise _fail(path, where, f"[{section}] lacks {', '.join(missing)}")
    return data


def _read_relations(path: Path) -> dict[str, RelationRule]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        raise _fail(path, None, f"not valid TOML ({e})") from None
    rules = {}
    for name, spec in data.items():
        if name not in RELATIONS:
            raise _fail(path, None, f"[{name}] is not a relation of the schema")
        unknown = set(spec) - _RELATION_KEYS
        if unknown:
            raise _fail(path, None, f"[{name}] has unknown keys {sorted(unknown)}")
        for end in ("source", "target"):
            bad = set(spec.get(end, [])) - set(NODE_TYPES)
            if bad or not spec.get(end):
                raise _fail(path, None, f"[{name}] {end} must list node types, not {sorted(bad)}")
        rules[name] = RelationRule(
            name=name,
            source=frozenset(spec["source"]),
            target=frozenset(spec["target"]),
            verbs=frozenset(v.lower() for v in spec.get("verbs", [])),
            inverse_verbs=frozenset(v.lower() for v in spec.get("inverse_verbs", [])),
            theme_verbs=frozenset(v.lower() for v in spec.get("theme_verbs", [])),
            theme_preps=frozenset(v.lower() for v in spec.get("theme_preps", [])),
            preps=frozenset(v.lower() for v in spec.get("preps", [])),
            nouns=frozenset(v.lower() for v in spec.get("nouns", [])),
            confidence=float(spec.get("confidence", 0.7)),
            policy_verbs=frozenset(v.lower() for v in spec.get("policy_verbs", [])),
            stop_verbs=frozenset(v.lower() for v in spec.get("stop_verbs", [])),
            legal_nouns=frozenset(v.lower() for v in spec.get("legal_nouns", [])),
            legal_modifiers=frozenset(v.lower() for v in spec.get("legal_modifiers", [])),
            same_type=bool(spec.get("same_type", False)),
            phrases=tuple(_phrase_words(v) for v in spec.get("phrases", [])),
            inverse_phrases=tuple(_phrase_words(v) for v in spec.get("inverse_phrases", [])),
        )
        both = rules[name].verbs & rules[name].inverse_verbs
        if both:
            raise _fail(
                path, None, f"[{name}] lists {sorted(both)} as both verbs and inverse_verbs"
            )
        if not 0.0 < rules[name].confidence <= 1.0:
            raise _fail(path, None, f"[{name}] confidence must be in (0, 1]")
    missing = set(RELATIONS) - set(rules)
    if missing:
        raise _fail(path, None, f"no rules for relations {sorted(missing)}")
    return rules


#: What to do about a bad line of a user's lexicon file.
_USER_HINT = (
    "fix the line: each is a JSON object with a 'name', a node type as 'type' and the"
    " optional keys of kg/rules/lexicon/README.md"
)


def _user_entries(
    builtin: list[LexiconEntry], files: tuple[UserLexicon, ...], digest
) -> tuple[list[LexiconEntry], list[str]]:
    """The built-in entries with those of the user's files added, and notes of what the
    user's entries took from the built-in ones; ``digest`` hashes the files read.

    A name or alias the user gives belongs to the user's entry: a built-in entry of
    that name is left out, and a built-in alias it spells (in any case) is dropped from
    its entry. The user's own entries must not clash: an entry given twice, or a name
    given to two, is an error at its line.
    """
    user: list[LexiconEntry] = []
    where: dict[str, str] = {}  # "TYPE:name" of each user entry: its file and line
    owner: dict[str, tuple[str, LexiconEntry]] = {}  # a lower-cased name or alias: whose
    for lexicon in files:
        path = Path(lexicon.path)
        try:
            data = path.read_bytes()
        except OSError as e:
            raise _fail(path, None, f"cannot read the lexicon ({e.strerror or e})") from None
        if hashlib.sha256(data).hexdigest() != lexicon.digest:
            raise _fail(path, None, "the lexicon changed since the build began: build again")
        digest.update(b"user\0" + data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise _fail(path, None, f"not UTF-8 text ({e.reason} at byte {e.start})") from None
        try:
            found = _read_lexicon(path, text)
        except RulesError as e:
            raise RulesError(f"{e} ({_USER_HINT})") from None
        for n, entry in found:
            at = f"{path.name}:{n}"
            key = f"{entry.type}:{entry.name.lower()}"
            if key in where:
                raise _fail(
                    path, n, f"{entry.name!r} ({entry.type}) is defined at {where[key]} as well"
                )
            where[key] = at
            for alias in {a.lower(): a for a in (entry.name, *entry.aliases)}.values():
                taken = owner.get(alias.lower())
                if taken is not None:
                    raise _fail(
                        path,
                        n,
                        f"{alias!r} names {taken[1].name!r} ({taken[0]}) as well: "
                        "give each name to one entry",
                    )
                owner[alias.lower()] = (at, entry)
            user.append(entry)
    kept: list[LexiconEntry] = []
    notes: list[str] = []
    for entry in builtin:
        taken = owner.get(entry.name.lower())
        if taken is not None:
            at, mine = taken
            notes.append(
                f"{at}: {mine.name!r} ({mine.type}) takes the place of the built-in entry"
                f" {entry.name!r} ({entry.type})"
            )
            continue
        lost = [a for a in entry.aliases if a.lower() in owner]
        for alias in lost:
            at, mine = owner[alias.lower()]
            notes.append(
                f"{at}: {alias!r} names {mine.name!r} ({mine.type}), no longer the built-in"
                f" entry {entry.name!r} ({entry.type})"
            )
        if lost:
            entry = replace(entry, aliases=tuple(a for a in entry.aliases if a not in lost))
        kept.append(entry)
    return kept + user, notes


def _phrase_words(phrase: str) -> tuple[str, ...]:
    """A phrase's words as the tokenizer cuts them: "head-to-head" is "head", "-", "to", ..."""
    return tuple(re.findall(r"[\w']+|[^\w\s]", phrase.lower()))


@lru_cache(maxsize=8)
def load_rules(rules_dir: str | None = None, lexicon: LexiconChoice | None = None) -> Rules:
    """Load, validate and version the rule set.

    Parameters
    ----------
    rules_dir
        A folder laid out like ``kg/rules``: ``lexicon/*.jsonl``, ``relations.toml``,
        ``patterns.toml``, ``grammar.toml`` and ``confidence.toml``. The package's own
        rules by default.
    lexicon
        Which lexicon entries to read (:class:`~kg.nlp.lexicon_choice.LexiconChoice`):
        by default every built-in file; without them, the countries gazetteer alone;
        and the user's files, whose entries win over built-in ones for the names they
        give (``Rules.notes`` says what they took). The version covers the choice and
        the contents of the user's files.

    Examples
    --------
    >>> rules = load_rules()
    >>> sorted(rules.relations) == sorted(RELATIONS)
    True
    >>> rules.relations["develops"].fits("COMPANY", "PRODUCT")
    True
    >>> bare = load_rules(lexicon=LexiconChoice(builtin=False))
    >>> {e.type for e in bare.lexicon}, bare.version != rules.version
    ({'COUNTRY'}, True)
    """
    root = Path(rules_dir) if rules_dir else RULES_DIR
    choice = lexicon or LexiconChoice()
    tables = [root / name for name in LAYOUT]
    if choice.builtin:
        lexicon_files = sorted((root / "lexicon").glob("*.jsonl"))
    else:
        lexicon_files = [root / "lexicon" / name for name in LANGUAGE_DATA]
    files = [*lexicon_files, root / "relations.toml", *tables]
    digest = hashlib.sha256()
    for path in files:
        if not path.is_file():
            raise _fail(path, None, "rule file is missing")
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    entries = []
    seen: dict[str, tuple[Path, str]] = {}
    for path in lexicon_files:
        for _, entry in _read_lexicon(path):
            key = f"{entry.type}:{entry.name.lower()}"
            if key in seen:
                raise _fail(path, None, f"{entry.name!r} ({entry.type}) is defined twice")
            seen[key] = (path, entry.name)
            entries.append(entry)
    notes: list[str] = []
    if choice.files:
        entries, notes = _user_entries(entries, choice.files, digest)
    patterns, grammar, confidence = (_read_table(path) for path in tables)
    return Rules(
        lexicon=tuple(entries),
        relations=_read_relations(root / "relations.toml"),
        patterns=patterns,
        version=digest.hexdigest()[:16],
        grammar=grammar,
        confidence=confidence,
        by_name={e.name: e for e in entries},
        notes=tuple(notes),
    )
