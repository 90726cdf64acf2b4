"""Typed, directed relations between the mentions of a parsed ``Doc``.

Pure functions: a ``Doc`` that the ``kg_entities`` component has annotated goes in,
:class:`Relation` tuples come out. Each rule below names the construction it reads.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kg.nlp.entities import KgMention
from kg.nlp.rules import RelationRule, Rules

__all__ = ["Relation", "extract_relations"]

log = logging.getLogger(__name__)

_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "nsubjpass", "attr", "oprd", "dative", "obj")
_RELATIVE = {"which", "that", "who", "whom", "whose"}
_PRONOUNS_COMPANY = {"it", "its", "they", "their", "them", "itself"}
_PRONOUNS_PERSON = {"he", "his", "him", "she", "her"}
_QUANTIFIERS = {
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "several",
    "hundreds",
    "thousands",
    "one",
    "two",
    "three",
    "part",
    "much",
    "none",
    "any",
    "either",
    "neither",
}
_NEGATORS = {"not", "n't", "never", "no"}
_DENIAL = {
    "deny",
    "reject",
    "dismiss",
    "refute",
    "rule",
    "stop",
    "cease",
    "halt",
    "suspend",
    "quit",
    "end",
}
_AGREEING = {"agree", "negotiate", "ally", "partner", "collaborate", "cooperate", "team"}
# verbs that make an agreement only with one as their object: "reached a deal"
_AGREEING_WITH_OBJECT = {"reach", "strike", "sign", "form", "seal", "ink", "announce", "conclude"}
_AGREEMENTS = {
    "agreement",
    "deal",
    "contract",
    "partnership",
    "pact",
    "letter",
    "memorandum",
    "alliance",
    "venture",
    "collaboration",
    "tie-up",
    "truce",
    "pause",
    "settlement",
    "accord",
    "treaty",
    "understanding",
}
_ACQUIRING = {"buy", "acquire", "purchase", "take", "absorb", "merge"}
_PLACE_PREPS = {"in", "at", "from", "since", "during", "across", "throughout", "around"}
_VENTURE_VERBS = {
    "unveil",
    "launch",
    "form",
    "create",
    "establish",
    "set",
    "found",
    "announce",
    "start",
}
_PLANNED = {
    "talk",
    "negotiate",
    "negotiation",
    "plan",
    "expect",
    "aim",
    "intend",
    "prepare",
    "set",
    "due",
    "seek",
    "consider",
    "propose",
    "hope",
    "want",
    "will",
    "would",
    "may",
    "could",
    "might",
}
_KIDS_KEY = ("kg_kids",)  # doc.user_data: each token's children, in order
#: Strings by their hash in the StringStore, lemmas in lower case: see _columns
_NAMES: dict[int, str] = {}
_LEMMAS: dict[int, str] = {}
_NAMES_KEPT = 500_000
_REPORTED = {"reportedly", "allegedly", "reported", "reports", "according"}
_FUNDING = {"subsidy", "grant", "funding", "incentive", "loan", "investment", "aid"}
_GOVERNMENT_NOUNS = {
    "government",
    "administration",
    "officials",
    "authorities",
    "state",
    "regulators",
}
_INFORMING = {
    "inform",
    "tell",
    "notify",
    "warn",
    "rule",
    "decide",
    "order",
    "announce",
    "instruct",
    "require",
}
_GOODS = {
    "product",
    "chip",
    "processor",
    "gpu",
    "accelerator",
    "device",
    "phone",
    "smartphone",
    "model",
    "server",
    "memory",
    "equipment",
    "tool",
    "good",
    "export",
    "sale",
    "shipment",
}
_MAKER_NOUNS = {
    "maker",
    "developer",
    "creator",
    "owner",
    "designer",
    "manufacturer",
    "operator",
    "parent",
}


class Relation(NamedTuple):
    """One extracted edge: ends as mentions, the sentence, and how it was found."""

    source: KgMention
    relation: str
    target: KgMention
    sentence: Span
    confidence: float
    method: str
    modality: str = "stated"
    negated: bool = False


class Arg(NamedTuple):
    """An argument of a trigger resolved to a mention, with how directly it was reached."""

    mention: KgMention
    direct: bool  # the argument's head is the mention itself, not a modifier of a noun


class _Words:
    """The word lists the rules consult, read from a rule set once."""

    def __init__(self, rules: Rules):
        self.descriptors = {
            typ: frozenset(w.lower() for w in words)
            for typ, words in rules.patterns.get("descriptors", {}).items()
        }
        self.titles = rules.words("titles", "words")
        self.title_heads = rules.words("titles", "heads")
        self.gov_titles = rules.words("titles", "government")
        self.weak_titles = rules.words("titles", "weak")
        self.former_titles = rules.words("titles", "former")
        self.company_titles = rules.words("titles", "company")
        self.via_nouns = rules.words("grammar", "via_nouns")
        self.light_verbs = rules.words("grammar", "light_verbs")
        self.irregular: dict[str, str] = rules.patterns.get("lemmas", {}).get("irregular", {})
        self.demonyms: dict[str, str] = {}
        for e in rules.lexicon:
            if e.type == "COUNTRY":
                for a in (e.name, *e.aliases):
                    self.demonyms[a.lower()] = e.name


_WORDS: dict[str, _Words] = {}  # by rule-set version


def _words(rules: Rules) -> _Words:
    found = _WORDS.get(rules.version)
    if found is None:
        found = _WORDS[rules.version] = _Words(rules)
    return found


class _Context:
    """Per-document lookups shared by every rule."""

    def __init__(self, doc: Doc, rules: Rules):
        self.doc = doc
        # Token objects made once: iterating a Doc makes new ones every time
        self.tokens: list[Token] = list(doc)
        self.rules = rules
        self.mentions: list[KgMention] = doc._.kg_mentions or []
        self.at: dict[int, KgMention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.__dict__.update(_words(rules).__dict__)  # shared by every document: read only
        # sentences by token, computed once: Token.sent walks the sentence on every call
        self.sentences = list(doc.sents)
        self._sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sentences):
            self._sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
        self.leads: dict[str, KgMention] = {}
        # each token's part of speech, dependency label, lowercase form and lowercase
        # lemma, for the rules' passes over every token: a Token makes a new string each
        # time it is asked for one
        self.pos, self.dep, self.lower, self.lemma = _columns(doc)
        doc.user_data[_KIDS_KEY] = _children(doc, self.tokens)  # for _kids
        # what args() found for a token at a depth: the rules ask about the same few
        # subjects and objects again and again
        self._args: dict[tuple[int, int], list[Arg]] = {}

    def sent(self, tok: Token) -> Span:
        """The sentence a token is in."""
        return self.sentences[self._sent_of[tok.i]]

    def with_leaders(self, args: list[Arg]) -> list[Arg]:
        """Add, for each person, the organisation a title says they lead: they act for it."""
        out = list(args)
        for a in args:
            org = self.leads.get(a.mention.label) if a.mention.type == "PERSON" else None
            if org is not None and all(o.mention is not org for o in out):
                out.append(Arg(org, False))
        return out

    def topic(self, *, exclude: set[str] = frozenset(), type_: str = "COMPANY") -> KgMention | None:
        """The entity of a type the document names most often (first named breaks ties)."""
        counts: dict[str, int] = {}
        first: dict[str, KgMention] = {}
        for m in self.mentions:
            if m.type == type_ and m.label not in exclude:
                counts[m.label] = counts.get(m.label, 0) + 1
                first.setdefault(m.label, m)
        if not counts:
            return None
        best = max(counts, key=lambda k: (counts[k], -first[k].start))
        return first[best]

    # -- resolving a token to the mentions it stands for ----------------------------------

    def mention_of(self, tok: Token) -> KgMention | None:
        return self.at.get(tok.i)

    def _subject_of(self, m: KgMention) -> bool:
        return self.doc[m.start : m.end].root.dep_ in (*_SUBJ, "nsubjpass")

    def antecedent(
        self, tok: Token, types: Iterable[str], *, country: str = "", depth: int = 0
    ) -> KgMention | None:
        """What "the chipmaker" or "it" refers to: an earlier mention of one of ``types``.

        The subject of the sentence so far, else the subject of the sentence before, else
        the entity the document names most, else the nearest; a nationality ("the Chinese
        foundry") keeps only entities the lexicon places in that country.
        """
        types = set(types)

        def ok(m: KgMention) -> bool:
            if m.end > tok.i or m.type not in types:
                return False
            return not (
                country and m.entry is not None and m.entry.country and m.entry.country != country
            )

        before = [m for m in self.mentions if ok(m)]
        if not before:
            return None
        sent = self.sent(tok)
        here = [m for m in before if m.start >= sent.start and self._subject_of(m)]
        if here:
            return here[-1]
        earlier = [m for m in before if m.end <= sent.start]
        if earlier and sent.start > 0:
            prev_sent = self.sent(self.doc[sent.start - 1])
            subj = [m for m in earlier if m.start >= prev_sent.start and self._subject_of(m)]
            if subj:
                return subj[0]
            # the sentence before spoke of it by a description: "The search giant also ..."
            for t in prev_sent:
                if t.dep_ in _SUBJ and self.mention_of(t) is None and t.i < tok.i:
                    got = [
                        a.mention for a in self._described(t, depth + 1) if a.mention.type in types
                    ]
                    if got and ok(got[0]):
                        return got[0]
        if not country:
            counts: dict[str, int] = {}
            for m in before:
                counts[m.label] = counts.get(m.label, 0) + 1
            top = max(counts.values())
            if top > 1:
                return next(m for m in before if counts[m.label] == top)
            # no entity stands out: the first one the text made its subject
            first = [m for m in before if self._subject_of(m)]
            if first:
                return first[0]
            # "the chip": the product the story is about, named first
            if types == {"PRODUCT"}:
                return before[0]
        return before[-1]

    def modifiers(self, tok: Token) -> tuple[list[Token], list[KgMention]]:
        """A noun's determiners ("the", "its") and the names that modify it ("US", "Nvidia")."""
        det = [c for c in _kids(tok) if c.dep_ in ("det", "poss")]
        named = [
            m
            for c in _kids(tok)
            if c.dep_ in ("compound", "poss", "nmod", "amod")
            for m in [self.mention_of(c)]
            if m is not None
        ]
        return det, named

    def _described(self, tok: Token, depth: int = 0) -> list[Arg]:
        """What a definite description refers to: "the chipmaker", "those chips"."""
        if depth > 2:
            return []
        lemma = tok.lemma_.lower()
        det, named = self.modifiers(tok)
        if not det or det[0].lower_ not in ("the", "this", "that", "these", "those"):
            return []
        for typ, words in self.descriptors.items():
            maker = typ == "COMPANY" and lemma in _MAKER_NOUNS
            if lemma not in words or not all(
                m.type == "COUNTRY" or (maker and m.type in ("PRODUCT", "TECHNOLOGY"))
                for m in named
            ):
                continue
            country = next((m.label for m in named if m.type == "COUNTRY"), "")
            for c in _kids(tok):
                if c.dep_ in ("amod", "compound") and c.lower_ in self.demonyms:
                    country = self.demonyms[c.lower_]
            prev = self.antecedent(
                tok, {typ}, country=country if typ != "AGENCY" else "", depth=depth
            )
            if prev is None and typ == "COMPANY":
                prev = self.topic()
            if prev is not None:
                if typ == "PRODUCT" and (tok.tag_ == "NNS" or det[0].lower_ in ("these", "those")):
                    return [Arg(m, True) for m in self.coordinated(prev)]
                return [Arg(prev, True)]
        return []

    def resolve(self, tok: Token, depth: int = 0) -> list[Arg]:
        """The mentions a token stands for, following modifiers, pronouns and descriptions."""
        if depth > 3:
            return []
        m = self.mention_of(tok)
        if m is not None:
            return [Arg(m, True)]
        low = tok.lower_
        # relative pronoun: "Micron, which runs a plant" -> Micron
        if low in _RELATIVE and tok.head.dep_ == "relcl":
            return self.resolve(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if low in ("its", "their"):
                # possessive pronoun: the nearest organisation earlier in the same sentence
                near = [
                    m
                    for m in self.mentions
                    # a nationality ("Chinese entities") is no antecedent of "its"
                    if self.doc[m.start].pos_ != "ADJ"
                    and self.sent(tok).start <= m.start
                    and m.end <= tok.i
                    and m.type in ("COMPANY", "AGENCY", "COUNTRY")
                ]
                if near:
                    return [Arg(near[-1], True)]
            if low in _PRONOUNS_COMPANY:
                if low in ("it", "itself"):
                    prev = self.antecedent(
                        tok, {"COMPANY", "PRODUCT", "AGENCY", "COUNTRY", "POLICY"}
                    )
                else:
                    prev = self.antecedent(tok, {"COMPANY", "AGENCY", "COUNTRY"})
                return [Arg(prev, True)] if prev else []
            if low in _PRONOUNS_PERSON:
                prev = self.antecedent(tok, {"PERSON"})
                return [Arg(prev, True)] if prev else []
            return []
        if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
            return []
        # apposition: "the startup" in "Nuvia, the startup Qualcomm acquired" -> Nuvia
        host = self.appos_host(tok)
        if host is not None:
            return [Arg(host, True)]
        # quantity of something: "384 of its Ascend 910C processors"
        if tok.pos_ == "NUM" or low in _QUANTIFIERS:
            for c in _kids(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    return [
                        a for p in _kids(c) if p.dep_ == "pobj" for a in self.args(p, depth + 1)
                    ]
            return []
        lemma = tok.lemma_.lower()
        det, named = self.modifiers(tok)
        # a definite noun repeating the head of an earlier name: "the cores", "Oryon CPU cores"
        if det and det[0].lower_ in ("the", "this", "these", "those") and not named:
            for m in reversed(self.mentions):
                if (
                    m.end <= tok.i
                    and m.end - m.start > 1
                    and self.doc[m.end - 1].lemma_.lower() == lemma
                ):
                    return [Arg(m, True)]
        # definite description: "the chipmaker", "the Chinese foundry", "the US export agency"
        described = self._described(tok, depth)
        if described:
            return described
        # "cloud providers including Alibaba Cloud and Baidu", "firms such as Acer"
        for c in _kids(tok):
            if (c.dep_ == "prep" and c.lower_ in ("including", "like")) or (
                c.dep_ == "amod" and c.lower_ == "such"
            ):
                objs = [p for p in c.subtree if p.dep_ == "pobj"][:1]
                if objs:
                    got = self.args(objs[0], depth + 1)
                    if got:
                        return got
        # a plural noun that a colon spells out: "two new AI chips ...: the M100 and the M300"
        if tok.tag_ == "NNS" and not named:
            listed = self.colon_list(tok)
            if listed:
                return listed
        # a common noun modified by names: "Nvidia chips", "exports of the H20"
        found: list[Arg] = []
        for c in _kids(tok):
            if c.dep_ in ("compound", "nmod", "poss", "amod", "nummod"):
                cm = self.mention_of(c)
                if cm is not None and cm.type != "POLICY":
                    found.append(Arg(cm, False))
        if not found and lemma in self.via_nouns:
            for c in _kids(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in _kids(c):
                        if p.dep_ == "pobj":
                            found.extend(Arg(a.mention, False) for a in self.args(p, depth + 1))
        # keep one per mention
        seen, out = set(), []
        for a in found:
            if id(a.mention) not in seen:
                seen.add(id(a.mention))
                out.append(a)
        return out

    def with_conjuncts(self, tok: Token) -> list[Token]:
        """A token and the tokens coordinated with it: "Bosch, Infineon and NXP"."""
        out, stack, seen = [], [tok], set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            out.append(t)
            stack.extend(
                c
                for c in _kids(t)
                if c.dep_ in ("conj", "appos")
                and c.i > t.i
                and (c.dep_ == "conj" or self.mention_of(c))
            )
        # names in a list the parser attached as compounds: "H20, L20 and L2"
        # a list whose first name the parser left out: "SenseTime, Megvii and iFlytek were ..."
        m = self.mention_of(tok)
        while m is not None and m.start >= 2 and self.doc[m.start - 1].text == ",":
            prev = self.mention_of(self.doc[m.start - 2])
            if (
                prev is None
                or prev.type != m.type
                or self.doc[prev.start].dep_ in ("nsubj", "nsubjpass", "dobj")
            ):
                break
            if prev.start in seen:
                break
            seen.add(prev.start)
            out.append(self.doc[prev.start])
            m = prev
        return out

    def appos_host(self, tok: Token) -> KgMention | None:
        """The mention a noun phrase stands in apposition to: "BIS, the US export agency"."""
        if tok.dep_ == "appos" and self.mention_of(tok.head):
            return self.mention_of(tok.head)
        # an apposition the parser missed: "CloudMatrix 384, a rack-scale AI system that ..."
        first = tok.left_edge.i
        if (
            tok.pos_ == "NOUN"
            and first >= 2
            and self.doc[first].lower_ in ("a", "an", "the")
            and self.doc[first - 1].text == ","
        ):
            before = first - 2
            if self.doc[before].text == ")":  # "Bureau of Industry and Security (BIS), the ..."
                before = next(
                    (
                        k - 1
                        for k in range(before, max(before - 6, 0), -1)
                        if self.doc[k].text == "("
                    ),
                    before,
                )
            prev = self.mention_of(self.doc[before])
            last = tok.right_edge.i
            # a definite phrase is an apposition only when a comma closes it: "BIS, the agency, ..."
            closed = last + 1 < len(self.doc) and self.doc[last + 1].text in (",", ";", ")", "—")
            if (
                prev is not None
                and prev.type not in ("PERSON",)
                and (self.doc[first].lower_ != "the" or closed)
            ):
                return prev
        return None

    def colon_list(self, tok: Token) -> list[Arg]:
        """The names after the colon that ends a noun's phrase: "products: the H20 and L20"."""
        end = self.sent(tok).end
        for t in self.doc[tok.i + 1 : end]:
            if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
                return []
            if t.text == ":":
                after = [m for m in self.mentions if t.i < m.start < end]
                if not after:
                    return []
                first = after[0]
                group = list(self.coordinated(first))
                for m in after[1:]:
                    between = self.doc[group[-1].end : m.start]
                    if m in group:
                        continue
                    if all(w.text in (",", "and", "the", "or") for w in between):
                        group.append(m)
                    else:
                        break
                return [Arg(m, True) for m in group if m.type == first.type]
        return []

    def coordinated(self, m: KgMention) -> list[KgMention]:
        """A mention and those listed with it: "the A800 and H800" for "those chips"."""
        root = self.doc[m.start : m.end].root
        top = root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        group = [self.mention_of(t) for t in self.with_conjuncts(top)]
        out = [g for g in group if g is not None and g.type == m.type]
        return out or [m]

    def args(self, tok: Token, depth: int = 0) -> list[Arg]:
        """The mentions a token and the tokens coordinated with it stand for."""
        if depth > 4:
            return []
        found = self._args.get((tok.i, depth))
        if found is None:
            found = self._args[tok.i, depth] = self._find_args(tok, depth)
        return list(found)

    def _find_args(self, tok: Token, depth: int) -> list[Arg]:
        seen, out = set(), []
        for t in self.with_conjuncts(tok):
            for a in self.resolve(t, depth):
                if id(a.mention) not in seen:
                    seen.add(id(a.mention))
                    out.append(a)
            # a multi-token mention's other tokens may carry conjuncts
            m = self.mention_of(t)
            if m is not None:
                for i in range(m.start, m.end):
                    for c in _kids(self.doc[i]):
                        if c.dep_ == "conj" and c.i >= m.end:
                            for a in self.args(c, depth + 1):
                                if id(a.mention) not in seen:
                                    seen.add(id(a.mention))
                                    out.append(a)
        return out


# -- the clause around a trigger ------------------------------------------------------------


def _subjects(ctx: _Context, verb: Token) -> tuple[list[Arg], bool]:
    """The logical subject of a verb, and whether it came from a passive agent."""
    for c in _kids(verb):
        if c.dep_ == "agent":
            return [a for p in _kids(c) if p.dep_ == "pobj" for a in ctx.args(p)], True
    for c in _kids(verb):
        if c.dep_ in _SUBJ:
            return ctx.args(c), False
    # gerund after a preposition: "after launching the S1, Xiaomi ..."
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subjects(ctx, verb.head.head)
    # participle modifying a noun: "guidelines targeting AI chips"; on a plain noun the
    # clause's subject acts: "SMIC makes chips for Huawei using DUV lithography"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        got = ctx.args(verb.head)
        if not got and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.dep_ in _OBJ:
            return _subjects(ctx, verb.head.head)
        return got, False
    # relative clause without its own subject: "Micron, which runs a plant" handled via "which"
    if verb.dep_ == "relcl":
        return ctx.args(verb.head), False
    # object control: "the deal led Arm to sue Qualcomm", "told ByteDance to stop"
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        controllers = [c for c in _kids(verb.head) if c.dep_ == "dobj"]
        if controllers:
            return ctx.args(controllers[0]), False
    # shared or controlled subject: "Huawei unveiled X and introduced Y", "plans to invest"
    if _passive_conjunct(verb):
        return [], False
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VB"):
            return [], False
        return _subjects(ctx, verb.head)
    return [], False


def _passive_conjunct(verb: Token) -> bool:
    """ "X made its debut ... and is manufactured by TSMC": a passive verb sharing a subject."""
    kids = {c.dep_ for c in _kids(verb)}
    return (
        verb.dep_ == "conj"
        and "auxpass" in kids
        and "nsubjpass" not in kids
        and "nsubj" not in kids
    )


def _objects(ctx: _Context, verb: Token) -> list[Arg]:
    out = []
    if _passive_conjunct(verb):
        out.extend(_subjects(ctx, verb.head)[0])
    for c in _kids(verb):
        if c.dep_ in _OBJ:
            out.extend(ctx.args(c))
    # passive participle modifying a noun: "the chip designed by HiSilicon"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        out.extend(ctx.args(verb.head))
    # object of a relative clause: "the startup Qualcomm acquired"
    if (
        verb.dep_ == "relcl"
        and any(c.dep_ in _SUBJ for c in _kids(verb))
        and not any(c.dep_ == "dobj" for c in _kids(verb))
    ):
        out.extend(ctx.args(verb.head))
    return out


def _prep_objects(ctx: _Context, verb: Token) -> list[tuple[str, Arg]]:
    out = []
    # "buy chips from Samsung", "sell chips to Huawei": the preposition may hang on the object
    holders = [verb] + [c for c in _kids(verb) if c.dep_ == "dobj" and ctx.mention_of(c) is None]
    for c in (c for h in holders for c in _kids(h) if h.i == verb.i or c.lower_ in ("from", "to")):
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
            for p in _kids(c):
                if p.dep_ == "pobj":
                    out.extend((c.lower_, a) for a in ctx.args(p))
                # a gerund after the preposition: "poured CNY13.5 billion into developing X"
                if p.dep_ == "pcomp":
                    for o in _kids(p):
                        if o.dep_ == "dobj":
                            out.extend((c.lower_, a) for a in ctx.args(o))
    return out


def _contrastive(neg: Token) -> bool:
    """ "made on N+2, not on 5nm": a "not" that negates the phrase after it, not the verb."""
    doc = neg.doc
    nxt = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    after_comma = neg.i > 0 and doc[neg.i - 1].text == ","
    return neg.i > neg.head.i and (after_comma or (nxt is not None and nxt.pos_ == "ADP"))


def _denies(verb: Token) -> bool:
    """ "denied", "stopped", "ruled out": a verb that takes back what it governs."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in _DENIAL:
        return False
    return lemma != "rule" or any(c.dep_ == "prt" and c.lower_ == "out" for c in _kids(verb))


def _negated(tok: Token) -> bool:
    """A trigger under "not", "never", "no longer", or a verb of denial."""
    t = tok
    for _ in range(4):
        if any(
            (c.dep_ == "neg" or (c.lower_ in _NEGATORS and c.dep_ in ("neg", "advmod", "det")))
            and not _contrastive(c)
            for c in _kids(t)
        ):
            return True
        if t.i != tok.i and _denies(t):
            return True
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "acl", "relcl", "advcl"):
            break
        clause_on_noun = t.dep_ in ("acl", "relcl", "ccomp") and t.head.pos_ == "NOUN"
        t = t.head
        # "did not confirm reports that it would build X": up from the noun to its verb
        if (
            clause_on_noun
            and t.dep_ in ("dobj", "nsubj", "pobj")
            and t.head.pos_ in ("VERB", "AUX")
        ):
            t = t.head
    return False


def _reported(sent: Span) -> bool:
    """Whether a sentence reports what others said ("reportedly", "according to")."""
    doc = sent.doc
    key = ("kg_reported", sent.start)
    if key not in doc.user_data:
        doc.user_data[key] = any(w.lower_ in _REPORTED for w in sent)
    return doc.user_data[key]


def _modality(tok: Token, sent: Span) -> str:
    t = tok
    for _ in range(4):
        if t.lemma_.lower() in _PLANNED or any(
            c.lemma_.lower() in _PLANNED and c.dep_ in ("aux", "auxpass", "advmod")
            for c in _kids(t)
        ):
            return "planned"
        if t.head.i == t.i:
            break
        t = t.head
    if _reported(sent):
        return "reported"
    return "stated"


# -- rules ----------------------------------------------------------------------------------


def _mention(x: Arg | KgMention) -> KgMention:
    return x.mention if isinstance(x, Arg) else x


def _pairs(
    rule: RelationRule,
    sources: Iterable[Arg | KgMention],
    targets: Iterable[Arg | KgMention],
    trigger: Token,
    confidence: float,
    method: str,
) -> Iterator[tuple]:
    """Every source-target pair the schema allows, as a rule's hit."""
    targets = list(targets)
    for s in sources:
        for t in targets:
            if _fit(rule, _mention(s), _mention(t)):
                yield _mention(s), rule.name, _mention(t), trigger, confidence, method


def _each_other(
    rule: RelationRule, parties: list[KgMention], trigger: Token, confidence: float, method: str
) -> Iterator[tuple]:
    """Every pair of parties that, named together, stand in a symmetric relation."""
    for i, a in enumerate(parties):
        yield from _pairs(rule, [a], parties[i + 1 :], trigger, confidence, method)


def _fit(rule: RelationRule, s: KgMention, t: KgMention) -> bool:
    return s is not t and s.label != t.label and rule.fits(s.type, t.type)


def _lemma(tok: Token, words: frozenset[str] | set[str]) -> str:
    """The token's lemma, or a guess at it that names a trigger ("co-designed" -> "co-design")."""
    lemma = tok.lemma_.lower()
    if lemma in words or not tok.text[:1].isalpha():
        return lemma
    return next((f for f in _lemma_guesses(tok.text) if f in words), lemma)


@lru_cache(maxsize=50_000)
def _lemma_guesses(word: str) -> tuple[str, ...]:
    return tuple(sorted(_verb_forms(word)))


def _columns(doc: Doc) -> tuple[list[str], list[str], list[str], list[str]]:
    """Each token's ``pos_``, ``dep_``, ``lower_`` and ``lemma_.lower()``, as lists."""
    if not len(doc):
        return [], [], [], []
    strings = doc.vocab.strings
    names, lemmas = _NAMES, _LEMMAS
    if len(names) > _NAMES_KEPT or len(lemmas) > _NAMES_KEPT:
        names.clear()
        lemmas.clear()
    pos, dep, lower, lemma = doc.to_array([POS, DEP, LOWER, LEMMA]).T.tolist()
    for h in set(pos + dep + lower).difference(names):
        names[h] = strings[h]
    for h in set(lemma).difference(lemmas):
        lemmas[h] = strings[h].lower()
    return (
        [names[h] for h in pos],
        [names[h] for h in dep],
        [names[h] for h in lower],
        [lemmas[h] for h in lemma],
    )


def _kids(tok: Token) -> list[Token]:
    """``tok.children``, from a table made once per reading of a Doc.

    spaCy finds a token's children by scanning every token its subtree spans, each time
    it is asked; the rules ask about the same few verbs and nouns many times.
    """
    doc = tok.doc
    table = doc.user_data.get(_KIDS_KEY)
    if table is None:  # dropped when extract_relations returns
        table = doc.user_data[_KIDS_KEY] = _children(doc, list(doc))
    return table[tok.i]


def _children(doc: Doc, tokens: list[Token]) -> list[list[Token]]:
    """Each token's children, in order, from the Doc's heads: ``tokens`` is ``list(doc)``."""
    table: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array(HEAD).view("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    return table


def _verb_rules(ctx: _Context) -> Iterator[tuple]:
    """Verb triggers: subject -> object, passive agent -> subject, prepositional objects."""
    relations = ctx.rules.relations
    triggers = set().union(*(r.triggers for r in relations.values()))
    uses = relations["uses"]
    supplies = relations["supplies"]
    for tok, pos, dep in zip(ctx.tokens, ctx.pos, ctx.dep, strict=True):
        if pos not in ("VERB", "AUX") and not (pos == "NOUN" and dep == "ROOT"):
            continue
        lemma = _lemma(tok, triggers)
        rules = [r for r in relations.values() if lemma in r.triggers]
        if not rules:
            continue
        subjects, _passive = _subjects(ctx, tok)
        subjects = ctx.with_leaders(subjects)
        objects = _objects(ctx, tok)
        preps = _prep_objects(ctx, tok)
        if lemma in relations["manufactures"].verbs:
            # "to manufacture chips for Tesla": the maker supplies the customer
            customers = [o for p, o in preps if p == "for"]
            conf = supplies.confidence - 0.05
            yield from _pairs(supplies, subjects, customers, tok, conf, f"make-for:{lemma}")
        if lemma in uses.verbs:
            # "used TPUs through Google Cloud", "data centres using Nvidia systems": a supplier
            suppliers = [o for p, o in preps if p in ("through", "via", "from")]
            suppliers += [o for o in objects if not o.direct and o.mention.type == "COMPANY"]
            for s_ in subjects:
                for o in suppliers:
                    if _fit(supplies, o.mention, s_.mention):
                        yield (
                            o.mention,
                            "supplies",
                            s_.mention,
                            tok,
                            supplies.confidence - 0.1,
                            f"supplier:{lemma}",
                        )
        for rule in rules:
            inverse = lemma in rule.inverse_verbs
            pairs = []
            # "the directive identifies X": some verbs restrict only with a measure as subject;
            # "told X to stop": others only through what they tell to stop (below)
            actors = subjects
            if lemma in rule.policy_verbs:
                actors = [a for a in subjects if a.mention.type == "POLICY"]
            elif lemma in rule.stop_verbs:
                actors = []
            for s in actors:
                for o in objects:
                    pairs.append((s, o, "object"))
                for prep, o in preps:
                    if prep in rule.preps:
                        pairs.append((s, o, "prep"))
            # "X is built on Y", "X was fabricated on a 7nm process": the theme uses Y
            if lemma in rule.theme_verbs:
                if lemma not in rule.verbs and lemma not in rule.inverse_verbs:
                    pairs = []
                has_object = any(c.dep_ in _OBJ for c in _kids(tok))
                themes = objects if objects or has_object else subjects
                for th in themes:
                    for prep, o in preps:
                        if prep in rule.theme_preps:
                            pairs.append((th, o, "theme"))
            for s, o, how in pairs:
                src, tgt = (o, s) if inverse else (s, o)
                # "the Netherlands required licences": a government demanding a measure issues it
                if (
                    rule.name == "restricts"
                    and inverse
                    and tgt.mention.type in ("COUNTRY", "AGENCY")
                ):
                    if src.mention.type == "POLICY":
                        yield (
                            tgt.mention,
                            "issues",
                            src.mention,
                            tok,
                            rule.confidence - 0.1,
                            f"verb:{lemma}:demands",
                        )
                    continue
                if rule.name == "acquires" and not tgt.direct:
                    continue
                # "build a new HBM plant": a facility named after what it makes is not that thing
                if rule.name == "develops" and not tgt.direct and how == "object":
                    heads = [c for c in _kids(tok) if c.dep_ in _OBJ]
                    if any(h.lemma_.lower() in relations["operates_in"].nouns for h in heads):
                        continue
                # "exports of the H20 require a licence": only a measure restricts by demand
                if rule.name == "restricts" and inverse and src.mention.type != "POLICY":
                    continue
                # "X bought Y" names an acquisition; "X bought chips from Y" a supplier
                if (
                    rule.name == "supplies"
                    and inverse
                    and how == "object"
                    and src.direct
                    and lemma in ("buy", "acquire", "purchase")
                ):
                    continue
                if not _fit(rule, src.mention, tgt.mention):
                    continue
                conf = rule.confidence - (0.0 if src.direct and tgt.direct else 0.1)
                yield src.mention, rule.name, tgt.mention, tok, conf, f"verb:{lemma}:{how}"
            # "told ByteDance to stop ordering the RTX Pro 6000D": the buyers and the goods
            if rule.name == "restricts" and lemma in rule.stop_verbs | rule.verbs:
                stopped = [
                    c for c in _kids(tok) if c.dep_ == "xcomp" and c.lemma_.lower() in _DENIAL
                ]
                acts = [a for st in stopped for a in _kids(st) if a.dep_ in ("xcomp", "conj")]
                acts += [c for a in acts for c in _kids(a) if c.dep_ == "conj"]
                told = objects if stopped else []
                for o in told + [o for act in acts for o in _objects(ctx, act)]:
                    for s_ in subjects:
                        if _fit(rule, s_.mention, o.mention):
                            conf = rule.confidence - 0.1
                            yield (
                                s_.mention,
                                "restricts",
                                o.mention,
                                tok,
                                conf,
                                f"verb:{lemma}:stop",
                            )
            # a policy as the object of a preposition: "X was added to the entity list"
            if rule.name == "restricts":
                for _, o in preps:
                    if o.mention.type == "POLICY":
                        for t in objects:
                            if _fit(rule, o.mention, t.mention):
                                yield (
                                    o.mention,
                                    "restricts",
                                    t.mention,
                                    tok,
                                    rule.confidence,
                                    f"verb:{lemma}:policy",
                                )
                        # "... by the Commerce Department": who adds to a list keeps it
                        issues = ctx.rules.relations["issues"]
                        for s_ in subjects:
                            if s_.direct and issues.fits(s_.mention.type, "POLICY"):
                                conf = issues.confidence - 0.1
                                yield (
                                    s_.mention,
                                    "issues",
                                    o.mention,
                                    tok,
                                    conf,
                                    f"verb:{lemma}:keeps",
                                )


def _noun_rules(ctx: _Context) -> Iterator[tuple]:
    """Nominalisations: "its acquisition of Mellanox", "the ban on Huawei", "a tie-up with X"."""
    relations = ctx.rules.relations
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "NOUN" or (ctx.mention_of(tok) and ctx.mention_of(tok).type == "POLICY"):
            continue
        lemma = tok.lemma_.lower()
        for rule in relations.values():
            legal = lemma in rule.legal_nouns and any(
                c.lower_ in rule.legal_modifiers
                for c in _kids(tok)
                if c.dep_ in ("amod", "compound")
            )
            if (lemma not in rule.nouns and not legal) or rule.name in ("part_of", "operates_in"):
                continue
            sources: list[Arg] = []
            if rule.name == "competes":
                # "putting it in the same league as Apple's A17 Pro": the governing verb's object
                v = tok.head.head if tok.dep_ == "pobj" else tok.head
                if v.pos_ in ("VERB", "AUX"):
                    sources = [a for c in _kids(v) if c.dep_ == "dobj" for a in ctx.args(c)]
            for c in _kids(tok):
                if c.dep_ == "poss":
                    sources = ctx.args(c)
                if c.dep_ == "prep" and c.lower_ == "by":
                    sources = [a for p in _kids(c) if p.dep_ == "pobj" for a in ctx.args(p)]
            if not sources:
                v = tok.head
                while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                    v = v.head
                # the clause's actor owns the noun when the verb only carries it ("announced
                # the acquisition of X", "filed a lawsuit against Y") or the noun sits in a
                # phrase of circumstance ("amid legal wrangling with Arm"), not when the verb
                # does something to it ("delayed the launch of X")
                carried = tok.dep_ == "dobj" and v.lemma_.lower() in ctx.light_verbs
                if v.pos_ in ("VERB", "AUX") and (carried or tok.dep_ in ("pobj", "conj")):
                    sources, _ = _subjects(ctx, v)
                    # the actor of the clause itself, not a word modifying it ("Chinese firms")
                    sources = ctx.with_leaders([a for a in sources if a.direct])
            targets = []
            holders = [tok]
            if rule.name == "competes" and tok.dep_ == "pobj":
                holders.append(tok.head.head)  # "putting it in the same league as X"
            for holder in holders:
                for c in _kids(holder):
                    if c.dep_ == "prep" and (
                        c.lower_ in rule.preps or (c.lower_ == "of" and holder.i == tok.i)
                    ):
                        targets.extend(a for p in _kids(c) if p.dep_ == "pobj" for a in ctx.args(p))
            if rule.name == "acquires":
                targets = [t for t in targets if t.direct]
            yield from _pairs(rule, sources, targets, tok, rule.confidence - 0.1, f"noun:{lemma}")


def _possessive_rules(ctx: _Context) -> Iterator[tuple]:
    """ "Apple's A17 Pro", "Nvidia H800 GPUs", "China's Ministry of Commerce", "its H20"."""
    part_nouns = ctx.rules.relations["part_of"].nouns
    for tok, dep in zip(ctx.tokens, ctx.dep, strict=True):
        if dep not in ("poss", "compound", "nmod"):
            continue
        owners = ctx.resolve(tok) if dep == "poss" or ctx.mention_of(tok) else []
        if not owners:
            continue
        owner = owners[0].mention
        if ctx.mention_of(tok) is not None and ctx.mention_of(tok.head) is owner:
            continue
        head = tok.head
        owned = []
        hm = ctx.mention_of(head)
        if hm is not None and hm is not owner:
            owned.append(hm)
        else:
            for c in _kids(head):
                cm = ctx.mention_of(c)
                if (
                    c.dep_ in ("compound", "nmod", "appos")
                    and cm is not None
                    and cm is not owner
                    and c.i > tok.i
                ):
                    owned.append(cm)
            # "Alibaba Group's chip unit T-Head": the name after the noun
            if (
                head.i + 1 < len(ctx.doc)
                and ctx.mention_of(ctx.doc[head.i + 1])
                and (head.lemma_.lower() in part_nouns or head.lemma_.lower() == "parent")
            ):
                owned.append(ctx.mention_of(ctx.doc[head.i + 1]))
        host = ctx.appos_host(head) if hm is None else None
        if host is not None and host is not owner and host not in owned:
            owned.append(host)
        lemma = head.lemma_.lower()
        for m in list(owned):
            owned.extend(o for o in ctx.coordinated(m) if o not in owned)
        for m in owned:
            pair = (owner.type, m.type)
            # a bare compound names a maker only before a product: "Nvidia H800 GPUs"
            bare = tok.dep_ != "poss" and (tok.pos_ == "PRON" or m.type != "PRODUCT")
            maker_first = pair == ("COMPANY", "PRODUCT") and owner.end <= m.start
            issuer = pair in (("COUNTRY", "POLICY"), ("AGENCY", "POLICY"))
            if bare and not maker_first and not issuer:
                continue
            # a technology modifying a product is not owned: "its first 2nm chip"
            if pair == ("COMPANY", "PRODUCT") or (
                pair == ("COMPANY", "TECHNOLOGY") and tok.dep_ == "poss" and m is hm
            ):
                yield owner, "develops", m, tok, 0.85, "possessive"
            elif pair == ("PRODUCT", "PRODUCT") and tok.dep_ == "poss":
                # "the phone's Kirin 9000S processor": the phone uses the processor
                yield owner, "uses", m, tok, 0.7, "possessive"
            elif pair in (("COUNTRY", "AGENCY"), ("AGENCY", "AGENCY")) and tok.dep_ == "poss":
                yield m, "part_of", owner, tok, 0.85, "possessive"
            elif pair in (("COUNTRY", "POLICY"), ("AGENCY", "POLICY")):
                yield owner, "issues", m, tok, 0.8, "possessive"
            elif pair == ("COMPANY", "COMPANY") and tok.dep_ == "poss":
                if lemma == "parent":
                    yield owner, "part_of", m, tok, 0.8, "possessive:parent"
                elif lemma in part_nouns or m.start > head.i:
                    yield m, "part_of", owner, tok, 0.8, "possessive:unit"


def _of_maker_rules(ctx: _Context) -> Iterator[tuple]:
    """ "the 3nm process of TSMC", "the XRing of Xiaomi": the company develops it."""
    for m in ctx.mentions:
        if m.type not in ("PRODUCT", "TECHNOLOGY"):
            continue
        root = ctx.doc[m.start : m.end].root
        for c in _kids(root):
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in _kids(c):
                    owner = ctx.mention_of(p)
                    if p.dep_ == "pobj" and owner is not None and owner.type == "COMPANY":
                        yield owner, "develops", m, c, 0.75, "of-maker"


def _apposition_rules(ctx: _Context) -> Iterator[tuple]:
    """ "HiSilicon, Huawei's chip unit", "BIS, part of the Commerce Department", "X-based"."""
    part_nouns = ctx.rules.relations["part_of"].nouns
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "NOUN" or ctx.mention_of(tok) is not None:
            continue
        first = ctx.appos_host(tok)
        if first is None:
            continue
        lemma = tok.lemma_.lower()
        owners = []
        for c in _kids(tok):
            if c.dep_ in ("poss", "compound", "nmod", "amod"):
                owners.extend(
                    ctx.resolve(c)
                    if c.dep_ == "poss"
                    else [Arg(ctx.mention_of(c), True)]
                    if ctx.mention_of(c)
                    else []
                )
            if c.dep_ == "prep" and c.lower_ == "of" and lemma in part_nouns:
                owners.extend(a for p in _kids(c) if p.dep_ == "pobj" for a in ctx.args(p))
        for o in owners:
            m = o.mention
            if m is first:
                continue
            if (
                lemma in part_nouns
                and m.type in ("COMPANY", "AGENCY", "COUNTRY")
                and first.type in ("COMPANY", "AGENCY")
            ):
                yield first, "part_of", m, tok, 0.85, "apposition:part"
            elif first.type == "AGENCY" and m.type == "COUNTRY":
                yield first, "part_of", m, tok, 0.75, "apposition:agency"
            elif first.type == "PRODUCT" and m.type == "PRODUCT" and lemma in part_nouns:
                yield first, "part_of", m, tok, 0.7, "apposition:version"


def _based_rules(ctx: _Context) -> Iterator[tuple]:
    """ "the Hangzhou-based company", "a Singapore-based cloud firm"."""
    doc = ctx.doc
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "based" or tok.i < 2 or doc[tok.i - 1].text != "-":
            continue
        place = ctx.mention_of(doc[tok.i - 2])
        if place is None or place.type not in ("LOCATION", "COUNTRY"):
            continue
        # the noun the compound adjective modifies
        noun = tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
        if noun is None:
            noun = next(
                (t for t in doc[tok.i + 1 : tok.i + 5] if t.pos_ in ("NOUN", "PROPN")), None
            )
        if noun is None:
            continue
        for a in ctx.resolve(noun) or (
            [Arg(ctx.mention_of(noun.head), True)]
            if noun.dep_ == "appos" and ctx.mention_of(noun.head)
            else []
        ):
            if a.mention.type in ("COMPANY", "AGENCY"):
                yield a.mention, "operates_in", place, tok, 0.85, "x-based"


def _facility_rules(ctx: _Context) -> Iterator[tuple]:
    """ "plans a new R&D centre in Shanghai", "runs a packaging plant in Xi'an"."""
    rule = ctx.rules.relations["operates_in"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in rule.nouns:
            continue
        places = []
        for holder in (tok, tok.head) if tok.head.pos_ == "VERB" else (tok,):
            for c in _kids(holder):
                if c.dep_ == "prep" and c.lower_ in ("in", "at"):
                    for p in _kids(c):
                        if p.dep_ == "pobj":
                            places.extend(
                                a.mention
                                for a in ctx.args(p)
                                if a.mention.type in ("LOCATION", "COUNTRY")
                            )
            if places:
                break
        if not places:
            continue
        owners = [a for c in _kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        if not owners:
            v = tok.head
            while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
                v = v.head
            if v.pos_ in ("VERB", "AUX"):
                owners, _ = _subjects(ctx, v)
        for o in owners:
            for p in places:
                if rule.fits(o.mention.type, p.type):
                    yield o.mention, "operates_in", p, tok, 0.75, f"facility:{tok.lemma_.lower()}"


def _title_rules(ctx: _Context) -> Iterator[tuple]:
    """ "Nvidia CEO Jensen Huang", "Richard Yu, chairman of X", "rotating chairman Eric Xu"."""
    for p in ctx.mentions:
        if p.type == "PERSON":
            yield from _title_before(ctx, p)
            yield from _title_after(ctx, p)


def _title_before(ctx: _Context, p: KgMention) -> Iterator[tuple]:
    """Titles before the name, or inside it ("President Donald Trump"), and the organisation."""
    doc = ctx.doc
    inside = p.start
    while inside < p.end - 1 and doc[inside].lower_ in ctx.titles:
        inside += 1
    j = p.start
    while j > 0 and (doc[j - 1].lower_ in ctx.titles or doc[j - 1].text == "-"):
        j -= 1
    words = [t.lower_ for t in doc[j:inside] if t.text != "-"]
    # "vice president", "deputy head": the title leads nothing; "former CEO": no more
    strong = [
        w
        for k, w in enumerate(words)
        if w in ctx.title_heads and not (k > 0 and words[k - 1] in ctx.weak_titles)
    ]
    if not strong or set(words) & ctx.former_titles:
        return
    org = None
    if j > 0:
        k = j - 1
        if doc[k].tag_ == "POS" and k > 0:
            k -= 1
        org = ctx.mention_of(doc[k])
    # "former Intel CEO Pat Gelsinger"
    if org is not None and org.start > 0 and doc[org.start - 1].lower_ in ctx.former_titles:
        return
    if org is not None and org.type == "COUNTRY" and not set(strong) & ctx.gov_titles:
        org = None
    if org is not None and org.type not in ("COMPANY", "AGENCY", "COUNTRY"):
        org = None
    # a company title alone: the company the text is about
    alone = not (j > 0 and ctx.mention_of(doc[j - 1]))
    if org is None and alone and set(strong) & ctx.company_titles:
        org = ctx.topic()
    if org is not None:
        yield p, "leads", org, doc[p.start], 0.9, "title:before"


def _title_after(ctx: _Context, p: KgMention) -> Iterator[tuple]:
    """ "Richard Yu, chairman of Huawei's consumer business group"."""
    doc = ctx.doc
    k = p.end
    if k + 1 >= len(doc) or doc[k].text != ",":
        return
    first = t = doc[k + 1]
    while t.lower_ in ctx.titles and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ctx.titles:
        t = doc[t.i + 1]
    if t.lower_ not in ctx.title_heads or first.lower_ in ctx.weak_titles | ctx.former_titles:
        return
    for c in _kids(t):
        if c.dep_ == "prep" and c.lower_ in ("of", "at"):
            for pobj in _kids(c):
                orgs = [a.mention for a in ctx.args(pobj)] if pobj.dep_ == "pobj" else []
                org = next((m for m in orgs if m.type in ("COMPANY", "AGENCY", "COUNTRY")), None)
                if org is not None:
                    yield p, "leads", org, t, 0.85, "title:after"


def _policy_rules(ctx: _Context) -> Iterator[tuple]:
    """A measure's issuer and targets: "US tariffs on Chinese goods", "rules the BIS issued"."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        head = ctx.doc[m.end - 1]
        # an issuer named just before the measure: "US tariffs", "Washington's export controls"
        if m.start > 0:
            k = m.start - 1
            if ctx.doc[k].tag_ == "POS" and k > 0:
                k -= 1
            prev = ctx.mention_of(ctx.doc[k])
            if (
                prev is not None
                and prev.type in issues.source
                and ctx.doc[k].head.i in range(m.start, m.end)
            ):
                yield prev, "issues", m, head, 0.8, "policy:issuer"
        holders = [head]
        if head.dep_ == "dobj" and head.head.pos_ == "VERB":
            holders.append(head.head)  # "raised tariffs on Korean goods": "on" hangs on the verb
        for c in [
            c for h in holders for c in _kids(h) if h.i == head.i or c.lower_ in ("on", "against")
        ]:
            # "a ruling by the CAC"
            if c.dep_ == "prep" and c.lower_ == "by":
                for p in _kids(c):
                    for a in ctx.args(p):
                        if a.mention.type in issues.source:
                            yield a.mention, "issues", m, head, 0.75, "policy:by"
            # "a German subsidy for TSMC's fab": the issuer invests in what it funds
            if c.dep_ == "prep" and c.lower_ == "for" and head.lemma_.lower() in _FUNDING:
                issuers = [
                    ctx.mention_of(k) for k in _kids(head) if k.dep_ in ("amod", "compound", "poss")
                ]
                for p in _kids(c):
                    for a in ctx.args(p):
                        for i in issuers:
                            if i is not None and _fit(ctx.rules.relations["invests"], i, a.mention):
                                yield i, "invests", a.mention, head, 0.7, "policy:funds"
                continue
            # "restrictions on Huawei", "tariffs on Chinese goods", "a licence requirement for X"
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "for"):
                for p in _kids(c):
                    for a in ctx.args(p):
                        if _fit(restricts, m, a.mention):
                            yield m, "restricts", a.mention, head, 0.75, "policy:on"
            # "guidelines targeting AI chips"
            if c.dep_ == "acl" and c.lemma_.lower() in restricts.verbs:
                for o in _objects(ctx, c):
                    if o.mention is not m and _fit(restricts, m, o.mention):
                        yield m, "restricts", o.mention, c, 0.8, "policy:acl"
            # "export rules the Commerce Department issued"
            if c.dep_ == "relcl" and c.lemma_.lower() in issues.verbs:
                subj, _ = _subjects(ctx, c)
                for s in subj:
                    if s.mention is not m and issues.fits(s.mention.type, "POLICY"):
                        yield s.mention, "issues", m, c, 0.8, "policy:relcl"


def _under_place(tok: Token, top: Token) -> bool:
    """Whether a token hangs under "in", "from", "for"... below ``top``: "sales in China"."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj" and t.head.lower_ in _PLACE_PREPS:
            return True
        t = t.head
    return False


def _partner_rules(ctx: _Context) -> Iterator[tuple]:
    """ "The US and China reached a deal", "X co-developed Y with Z", "signed on as partners"."""
    rule = ctx.rules.relations["partners"]
    develops = ctx.rules.relations["develops"]
    verbs = rule.verbs | develops.verbs
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos not in ("VERB", "AUX", "NOUN"):
            continue  # every case below starts from a verb or the noun "partner"
        lemma = _lemma(tok, verbs)
        agreeing = tok.pos_ != "NOUN" and (
            lemma in _AGREEING
            or (lemma.startswith("co-") and lemma in develops.verbs)
            or (
                lemma in _AGREEING_WITH_OBJECT
                and any(
                    c.dep_ == "dobj"
                    and (
                        c.lemma_.lower() in _AGREEMENTS
                        or (ctx.mention_of(c) and ctx.mention_of(c).type == "POLICY")
                    )
                    for c in _kids(tok)
                )
            )
            or any(
                c.dep_ == "prep"
                and c.lower_ == "under"
                and any(g.lemma_.lower() in _AGREEMENTS for g in c.subtree)
                for c in _kids(tok)
            )
        )
        named_other = agreeing and any(
            c.dep_ == "prep"
            and c.lower_ in ("as", "with")
            and any(ctx.mention_of(t) for t in c.subtree)
            for c in _kids(tok)
        )
        if tok.pos_ in ("VERB", "AUX") and agreeing and not named_other:
            subjects, _ = _subjects(ctx, tok)
            subjects = [a for a in subjects if a.direct]
            # the other party named inside the agreement: "agreed to give the US 15%",
            # "struck a deal to deploy AMD GPUs", "invest in OpenAI under a letter of intent"
            heads = [c for c in _kids(tok) if c.dep_ in ("xcomp", "dobj", "prep")]
            heads += [
                c
                for c in _kids(tok)
                if c.dep_ == "advcl" and any(a.lower_ == "to" for a in _kids(c))
            ]
            heads += [
                g
                for c in _kids(tok)
                if c.dep_ == "dobj"
                for g in _kids(c)
                if g.dep_ in ("acl", "relcl")
            ]
            # an agreement to buy is an acquisition, not a partnership
            heads = [h for h in heads if h.lemma_.lower() not in _ACQUIRING]
            inner = [t for h in heads for t in h.subtree if not _under_place(t, h)]
            others = []
            for t in inner:
                m = ctx.mention_of(t)
                if m is None or m.type not in ("COMPANY", "COUNTRY") or m in others:
                    continue
                # a country naming a market is no party: "15% of their China sales"
                root = ctx.doc[m.start : m.end].root
                market = root.dep_ in ("compound", "amod", "nmod")
                if (
                    m.type == "COUNTRY"
                    and market
                    and root.head.lemma_.lower() not in _GOVERNMENT_NOUNS
                ):
                    continue
                others.append(m)
            if not others and tok.dep_ == "xcomp":
                continue
            others = [m for m in others if all(m is not a.mention for a in subjects)]
            conf = rule.confidence - 0.1
            yield from _pairs(rule, subjects, others, tok, conf, f"agreement:{lemma}")
            if not others:
                # coordinated parties of an agreement partner each other
                ms = [a.mention for a in subjects]
                yield from _each_other(rule, ms, tok, rule.confidence, f"coordinated:{lemma}")
        # a venture launched together: "OpenAI, SoftBank and Oracle unveiled the Stargate Project"
        if tok.pos_ == "VERB" and lemma in _VENTURE_VERBS:
            objs = [o.mention for o in _objects(ctx, tok) if o.direct]
            subjects = [a.mention for a in _subjects(ctx, tok)[0] if a.direct]
            if len(subjects) > 1 and objs and all(o.type == "COMPANY" for o in objs):
                conf = rule.confidence - 0.1
                yield from _each_other(rule, subjects, tok, conf, f"venture:{lemma}")
        if tok.pos_ == "VERB" and lemma in develops.verbs:
            objects = _objects(ctx, tok)
            joint = lemma.startswith("co-")
            # another developer named by a preposition: "Baidu unveiled two chips from its
            # Kunlunxin unit", "Nvidia co-developed the GB10 with MediaTek"
            for prep, o in _prep_objects(ctx, tok):
                if (prep == "from" and o.mention.type == "COMPANY") or (joint and prep == "with"):
                    conf = develops.confidence - 0.1
                    method = "co-develop" if prep == "with" else "develop-from"
                    yield from _pairs(develops, [o], objects, tok, conf, method)
            # "Broadcom co-designed Google's TPUs": a partnership with the owner
            if joint:
                subjects, _ = _subjects(ctx, tok)
                for c in _kids(tok):
                    if c.dep_ == "dobj":
                        m = ctx.mention_of(c)
                        root = ctx.doc[m.start : m.end].root if m else c
                        owners = [
                            a for p in _kids(root) if p.dep_ == "poss" for a in ctx.resolve(p)
                        ]
                        conf = rule.confidence - 0.1
                        yield from _pairs(rule, subjects, owners, tok, conf, "co-develop:owner")
        # "Acer and Asus signed on as launch partners"
        if (
            tok.pos_ == "NOUN"
            and lemma in ("partner", "ally")
            and tok.dep_ in ("pobj", "attr", "oprd")
        ):
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            if head.pos_ not in ("VERB", "AUX"):
                continue
            members, _ = _subjects(ctx, head)
            others = [a for c in _kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
            others += [
                a
                for c in _kids(tok)
                if c.dep_ == "prep" and c.lower_ in ("of", "with")
                for p in _kids(c)
                for a in ctx.args(p)
            ]
            if not others and tok.dep_ == "pobj":
                topic = ctx.topic(exclude={a.mention.label for a in members})
                others = [Arg(topic, True)] if topic else []
            yield from _pairs(rule, members, others, tok, rule.confidence - 0.1, "as-partner")


def _including_rules(ctx: _Context) -> Iterator[tuple]:
    """ "Google's TPUs, including the seventh-generation Ironwood": a member of a family."""
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "including":
            continue
        members = [a.mention for c in _kids(tok) if c.dep_ == "pobj" for a in ctx.args(c)]
        if not members:
            nxt = [m for m in ctx.mentions if tok.i < m.start <= tok.i + 4]
            members = ctx.coordinated(nxt[0]) if nxt else []
        family = [
            m
            for m in ctx.mentions
            if ctx.sent(tok).start <= m.start and m.end <= tok.i and tok.i - m.end <= 12
        ]
        if not family:
            continue
        fam = family[-1]
        for m in members:
            if m.type == fam.type == "PRODUCT" and m is not fam and m.label != fam.label:
                yield m, "part_of", fam, tok, 0.6, "including"


def _maker_rules(ctx: _Context) -> Iterator[tuple]:
    """ "the ChatGPT maker", "TikTok owner ByteDance": the company develops the product."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if lemma not in _MAKER_NOUNS or pos != "NOUN":
            continue
        products = [ctx.mention_of(c) for c in _kids(tok) if c.dep_ in ("compound", "nmod")]
        products = [p for p in products if p is not None and p.type in ("PRODUCT", "TECHNOLOGY")]
        if not products:
            continue
        maker = ctx.mention_of(tok.head) if tok.dep_ == "compound" else None
        if maker is None:
            maker = ctx.antecedent(tok, {"COMPANY"})
        if maker is not None and maker.type == "COMPANY":
            for p in products:
                yield maker, "develops", p, tok, 0.75, "maker-noun"


def _debut_rules(ctx: _Context) -> Iterator[tuple]:
    """ "The XRing O1 made its debut in the Xiaomi 15S Pro": the device uses the part."""
    uses = ctx.rules.relations["uses"]
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if lemma not in ("debut", "appear", "premiere", "launch") or pos not in ("NOUN", "VERB"):
            continue
        verb = tok if tok.pos_ == "VERB" else tok.head
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        parts = _subjects(ctx, verb)[0]
        holders = [tok, verb]
        devices = [
            a
            for h in holders
            for c in _kids(h)
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "aboard")
            for p in _kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
        for part in parts:
            for d in devices:
                if d.mention.type == "PRODUCT" and _fit(uses, d.mention, part.mention):
                    yield d.mention, "uses", part.mention, tok, uses.confidence - 0.05, "debut-in"


def _under_rules(ctx: _Context) -> Iterator[tuple]:
    """ "cannot ship HBM under export rules": the measure restricts what is not allowed."""
    restricts = ctx.rules.relations["restricts"]
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        root = ctx.doc[m.start : m.end].root
        # "export rules the Commerce Department issued": a reduced relative clause
        nxt = [x for x in ctx.mentions if m.end <= x.start <= m.end + 2 and x.type in issues.source]
        between = ctx.doc[m.end : nxt[0].start] if nxt else []
        if nxt and all(t.lower_ in ("the", "a") for t in between):
            after = ctx.doc[nxt[0].end : nxt[0].end + 1]
            if (
                len(after)
                and _lemma(after[0], issues.verbs) in issues.verbs
                and after[0].tag_ in ("VBD", "VBN")
            ):
                yield nxt[0], "issues", m, after[0], 0.7, "policy:reduced-relative"
        if root.dep_ != "pobj" or root.head.lower_ != "under":
            continue
        verb = root.head.head
        if verb.pos_ not in ("VERB", "AUX") or not (
            _negated(verb) or any(c.lower_ in ("cannot", "can't") for c in _kids(verb))
        ):
            continue
        for o in _objects(ctx, verb):
            if _fit(restricts, m, o.mention):
                yield m, "restricts", o.mention, root, 0.7, "policy:under"


def _reported_issuer_rules(ctx: _Context) -> Iterator[tuple]:
    """ "the US government informed Nvidia that exports would require a licence"."""
    issues = ctx.rules.relations["issues"]
    for m in ctx.mentions:
        if m.type != "POLICY":
            continue
        t = ctx.doc[m.start : m.end].root
        for _ in range(5):
            if t.head.i == t.i:
                break
            crossed = t.dep_ == "ccomp"
            t = t.head
            if crossed and t.pos_ == "VERB" and t.lemma_.lower() in _INFORMING:
                for s_ in _subjects(ctx, t)[0]:
                    if s_.mention.type in issues.source:
                        yield s_.mention, "issues", m, t, 0.65, f"informs:{t.lemma_.lower()}"
                break


def _rival_rules(ctx: _Context) -> Iterator[tuple]:
    """ "Rival AMD said ..." competes with the company the text is about."""
    for m in ctx.mentions:
        if m.type != "COMPANY" or m.start == 0:
            continue
        prev = ctx.doc[m.start - 1]
        if prev.lemma_.lower() in ("rival", "competitor", "challenger") and prev.pos_ in (
            "NOUN",
            "ADJ",
            "PROPN",
        ):
            other = ctx.antecedent(prev, {"COMPANY"})
            if other is not None and other.label != m.label:
                yield m, "competes", other, prev, 0.7, "rival"


def _verb_forms(word: str, irregular: dict[str, str] | None = None) -> set[str]:
    """Guesses at the lemma of a verb form, for pipelines without a lemmatizer."""
    w = word.lower()
    forms = {w}
    if irregular and w in irregular:
        forms.add(irregular[w])
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("d", ""),
    ):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)] + repl
            forms.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])  # "planned" -> "plan"
    return forms


def _surface_rules(ctx: _Context) -> Iterator[tuple]:
    """Without a parse: "A <trigger> B" and "A's B" between neighbouring mentions of a sentence."""
    relations = ctx.rules.relations
    by_sent: dict[int, list[KgMention]] = {}
    for m in ctx.mentions:
        by_sent.setdefault(ctx.sent(ctx.doc[m.start]).start, []).append(m)
    for sent in ctx.sentences:
        if any(ctx.pos[sent.start : sent.end]):
            continue  # the sentence was parsed: the rules above read it
        ms = by_sent.get(sent.start, [])
        for a, b in itertools.pairwise(ms):
            gap = ctx.doc[a.end : b.start]
            if len(gap) > 6:
                continue
            # "Apple's A17 Pro"
            if len(gap) >= 1 and gap[0].text in ("'s", "’s", "'") and len(gap) <= 3:
                if a.type == "COMPANY" and b.type in ("PRODUCT", "TECHNOLOGY"):
                    yield a, "develops", b, gap[0], 0.6, "surface:possessive"
                elif a.type in ("COUNTRY", "AGENCY") and b.type == "AGENCY":
                    yield b, "part_of", a, gap[0], 0.6, "surface:possessive"
                continue
            for i, tok in enumerate(gap):
                forms = _verb_forms(tok.text, ctx.irregular)
                passive = (
                    i + 1 < len(gap)
                    and gap[i + 1].lower_ == "by"
                    and (tok.lower_.endswith(("ed", "en", "wn")) or tok.lower_ in ctx.irregular)
                )
                for rule in relations.values():
                    if forms & rule.verbs:
                        src, tgt = (b, a) if passive else (a, b)
                    elif forms & rule.inverse_verbs:
                        src, tgt = (a, b) if passive else (b, a)
                    else:
                        continue
                    if _fit(rule, src, tgt):
                        # "Huawei did not develop X": a negator between the names
                        denied = any(
                            g.lower_ in _NEGATORS or _verb_forms(g.text) & _DENIAL for g in gap
                        )
                        method = f"surface:{tok.lower_}" + (":negated" if denied else "")
                        yield src, rule.name, tgt, tok, rule.confidence - 0.25, method
                        break


_RULES = (
    _surface_rules,
    _verb_rules,
    _noun_rules,
    _possessive_rules,
    _apposition_rules,
    _of_maker_rules,
    _based_rules,
    _facility_rules,
    _title_rules,
    _policy_rules,
    _rival_rules,
    _partner_rules,
    _including_rules,
    _maker_rules,
    _under_rules,
    _reported_issuer_rules,
    _debut_rules,
)


def _derived(found: list[Relation]) -> list[Relation]:
    """The actor restricts what its measure targets (schema.md: a policy edge pair)."""
    issuers: dict[str, list[Relation]] = {}
    for r in found:
        if r.relation == "issues" and not r.negated:
            issuers.setdefault(r.target.label, []).append(r)
    out = []
    for r in found:
        if r.relation == "restricts" and r.source.type == "POLICY" and not r.negated:
            for i in issuers.get(r.source.label, []):
                if i.source.label != r.target.label:
                    out.append(
                        r._replace(
                            source=i.source,
                            confidence=round(min(r.confidence, i.confidence) - 0.1, 2),
                            method=f"derived:{r.method}",
                        )
                    )
    return out


def extract_relations(doc: Doc, rules: Rules) -> list[Relation]:
    """Extract typed relations from a Doc annotated by ``kg_entities``.

    Returns one :class:`Relation` per (source, relation, target, sentence), the most
    confident reading kept. Negated statements are returned with ``negated=True``.

    Examples
    --------
    >>> import spacy
    >>> from kg.nlp.pipeline import load_pipeline
    >>> nlp = load_pipeline("blank")
    >>> doc = nlp("Nvidia CEO Jensen Huang spoke.")
    >>> [(r.source.label, r.relation, r.target.label) for r in doc._.kg_relations]
    [('Jensen Huang', 'leads', 'Nvidia')]
    """
    try:
        return _extract(doc, rules)
    finally:
        doc.user_data.pop(_KIDS_KEY, None)  # the children table serves one reading only


def _extract(doc: Doc, rules: Rules) -> list[Relation]:
    ctx = _Context(doc, rules)
    for person, _, org, *_ in _title_rules(ctx):
        ctx.leads.setdefault(person.label, org)
    found: list[Relation] = []
    for rule in _RULES:
        try:
            hits = list(rule(ctx))
        except (RecursionError, IndexError, ValueError, KeyError) as e:
            # one rule failing on an odd parse loses that rule's edges, not the document
            log.warning("relation rule %s failed on %r: %s", rule.__name__, doc.text[:60], e)
            continue
        for source, relation, target, trigger, confidence, method in hits:
            sent = ctx.sent(trigger)
            found.append(
                Relation(
                    source,
                    relation,
                    target,
                    sent,
                    round(max(0.05, min(confidence, 0.99)), 2),
                    method,
                    _modality(trigger, sent),
                    _negated(trigger) or method.endswith(":negated"),
                )
            )
    found.extend(_derived(found))
    best: dict[tuple, Relation] = {}
    for r in found:
        key = (
            r.source.type,
            r.source.label,
            r.relation,
            r.target.type,
            r.target.label,
            r.sentence.start,
        )
        if r.source.label == r.target.label:
            continue
        old = best.get(key)
        if old is None or r.confidence > old.confidence:
            best[key] = r._replace(negated=r.negated or (old is not None and old.negated))
        elif r.negated and not old.negated:
            # one reading that sees the negation is enough to take the statement back
            best[key] = old._replace(negated=True)
    return sorted(
        best.values(), key=lambda r: (r.sentence.start, r.source.start, r.target.start, r.relation)
    )
