"""The context every relation rule reads: a document's mentions, its parse as lists, and
how a token resolves to the mentions it stands for (names, pronouns, descriptions, lists).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.lists import Lists
from kg.nlp.relations.reference import Reference
from kg.nlp.relations.table import (
    KIDS_KEY,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    Arg,
    children,
    columns,
    forget_children,
    kids,
    start_reading,
)
from kg.nlp.relations.words import words_of
from kg.nlp.rules import Rules

__all__ = [
    "KIDS_KEY",
    "OBJECT_DEPS",
    "SUBJECT_DEPS",
    "Arg",
    "Context",
    "Hit",
    "Relation",
    "agents_after",
    "children",
    "columns",
    "forget_children",
    "kids",
]


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


class Hit(NamedTuple):
    """What a rule found: an edge between two mentions, the word that stated it, how sure
    the rule is, and the rule's name for how it was found (the ``method`` column)."""

    source: KgMention
    relation: str
    target: KgMention
    trigger: Token
    confidence: float
    method: str


class Context(Reference, Lists):
    """Per-document lookups shared by every rule."""

    def __init__(self, doc: Doc, rules: Rules):
        self.doc = doc
        # Token objects made once: iterating a Doc makes new ones every time
        self.tokens: list[Token] = list(doc)
        self.rules = rules
        # (a region named after a place's comma, "Chandler, Arizona", is a node but no end
        # of an edge: what is said of the place is said of it)
        self.mentions: list[KgMention] = [
            m for m in doc._.kg_mentions or [] if "+enclosing" not in m.method
        ]
        self.at: dict[int, KgMention] = {}
        for m in self.mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.__dict__.update(words_of(rules).__dict__)  # shared by every document: read only
        # sentences by token, computed once: Token.sent walks the sentence on every call
        self.sentences = list(doc.sents)
        self._sent_of = [0] * len(doc)
        for k, sent in enumerate(self.sentences):
            self._sent_of[sent.start : sent.end] = [k] * (sent.end - sent.start)
        self.leads: dict[str, KgMention] = {}
        # each token's part of speech, dependency label, lowercase form and lowercase
        # lemma, for the rules' passes over every token: a Token makes a new string each
        # time it is asked for one
        self.pos, self.dep, self.lower, self.lemma = columns(doc)
        # the lowercase forms and lemmas the text has: a rule that starts from a word it
        # lacks finds nothing
        self.lower_set, self.lemma_set = frozenset(self.lower), frozenset(self.lemma)
        start_reading(doc, self.tokens)  # the children table kids() reads
        # what args() found for a token at a depth: the rules ask about the same few
        # subjects and objects again and again
        self._args: dict[tuple[int, int], list[Arg]] = {}
        # what clause.py found of a verb: its subjects, objects, prepositions' objects
        self.memo: dict[tuple[str, int], object] = {}
        # where the root of a mention's words is, by its (start, end)
        self._roots: dict[tuple[int, int], int] = {}

    def sent(self, tok: Token) -> Span:
        """The sentence a token is in."""
        return self.sentences[self._sent_of[tok.i]]

    def root_of(self, m: KgMention) -> Token:
        """The root of a mention's words, ``doc[m.start : m.end].root``: a Span costs more
        to make than the root costs to find, and the rules ask for the same few roots."""
        i = self._roots.get((m.start, m.end))
        if i is None:
            i = self._roots[m.start, m.end] = self.doc[m.start : m.end].root.i
        return self.doc[i]

    def with_leaders(self, args: list[Arg]) -> list[Arg]:
        """Add, for each person, the organisation a title says they lead: they act for it."""
        out = list(args)
        for a in args:
            org = self.leads.get(a.mention.label) if a.mention.type == "PERSON" else None
            if org is not None and all(o.mention is not org for o in out):
                out.append(Arg(org, False))
        return out

    def topic(
        self, *, exclude: set[str] = frozenset(), type_: str | tuple[str, ...] = "COMPANY"
    ) -> KgMention | None:
        """The entity of a type (or of one of several) the document names in the most
        sentences (one it makes a subject, then the first named, breaks ties)."""
        types = (type_,) if isinstance(type_, str) else type_
        counts: dict[str, int] = {}
        first: dict[str, KgMention] = {}
        seen: set[tuple[str, int]] = set()
        ours = [m for m in self.mentions if m.type in types and m.label not in exclude]
        # a name cut short counts for the full one: "Norrvik" for "Norrvik Cloud"
        full = {m.label.split()[0]: m.label for m in ours if " " in m.label}
        for m in ours:
            label = full.get(m.label, m.label)
            first.setdefault(label, m)
            where = (label, self._sent_of[m.start])
            if where not in seen:
                seen.add(where)
                counts[label] = counts.get(label, 0) + 1
        if not counts:
            return None
        # the subject of the first sentence that has one is what the text leads with
        lead = next((m for m in ours if self._subject_of(m)), None)
        if lead is not None and self._sent_of[lead.start] == self._sent_of[ours[0].start]:
            # or its owner: "Lenovo's Intelligent Devices Group said ..."
            owners = [self.mention_of(c) for c in self.root_of(lead).children if c.dep_ == "poss"]
            owner = next((o for o in owners if o is not None and o.label in counts), None)
            label = full.get(lead.label, lead.label) if owner is None else owner.label
            counts[label] += 1
        # of those named as often, one the text makes a subject, then the first named
        subjects = {full.get(m.label, m.label) for m in ours if self._subject_of(m)}
        best = max(counts, key=lambda k: (counts[k], k in subjects, -first[k].start))
        return first[best]

    # -- resolving a token to the mentions it stands for ----------------------------------

    def mention_of(self, tok: Token) -> KgMention | None:
        return self.at.get(tok.i)

    def _subject_of(self, m: KgMention, *, owner: bool = False) -> bool:
        """Whether a mention is its clause's subject, or with ``owner`` owns it ("Xpeng's
        chip now powers ...": the firm the sentence is about)."""
        root = self.root_of(m)
        subjects = (*SUBJECT_DEPS, "nsubjpass")
        owns = owner and root.dep_ == "poss" and root.head.dep_ in subjects
        return root.dep_ in subjects or owns

    def _listed(self, m: KgMention) -> bool:
        root = self.root_of(m)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        return root.dep_ == "pobj" and root.head.lower_ in self.including_preps

    def state_of(self, m: KgMention, *, buyer: bool = False) -> KgMention | None:
        """The country a body's name is of: the country named right before it ("the
        Republic of Korea Air Force", "the Indian Army"); for a ``buyer`` of goods, also the
        country that owns it ("Indonesia's defence ministry ordered jets") or that the
        lexicon gives it where the sentence names that country too."""
        before = self.mention_of(self.tokens[m.start - 1]) if m.start > 0 else None
        if before is not None and before.type == "COUNTRY":
            return before
        if not buyer:
            return None
        root = self.root_of(m)
        owners = [self.mention_of(c) for c in kids(root) if c.dep_ == "poss"]
        if m.entry is not None and m.entry.country:
            sent = root.sent
            owners += [
                o
                for o in self.mentions
                if o.label == m.entry.country and sent.start <= o.start < sent.end
            ]
        return next((o for o in owners if o is not None and o.type == "COUNTRY"), None)

    def code_named(self, tok: Token) -> KgMention | None:
        """The name a noun is given by a code name: "a chip codenamed Titan", however the
        parser hangs it ("the processor, codenamed Quasar, will ...")."""
        verbs = [c for c in kids(tok) if c.dep_ == "acl"]
        # (a subject set off by a comma, as the parser reads "the chip, codenamed X, will";
        # not the one who names: "analysts have dubbed the chip X")
        if tok.dep_ == "nsubj" and tok.i + 1 < len(self.lower) and self.lower[tok.i + 1] == ",":
            verbs.append(tok.head)
        # ("an AI chip codenamed SeedChip", "its own chip, codenamed X": the parser may join
        # the code name's verb to the clause's)
        # (a product's: "a new company, codenamed Project Bromo" is no product)
        k = tok.i + 1 + (tok.i + 1 < len(self.lower) and self.lower[tok.i + 1] == ",")
        firm = tok.lemma_.lower() in self.descriptors.get("COMPANY", frozenset())
        if k < len(self.lower) and self.lower[k] in self.code_naming and not firm:
            verbs.append(self.tokens[k])
        for v in verbs:
            known = v.lemma_.lower() in ("know", "call", "name") and v.tag_ == "VBN"
            if (
                v.lemma_.lower() not in self.code_naming
                and v.lower_ not in self.code_naming
                and not known
            ):
                continue
            named = [c for c in kids(v) if c.dep_ in ("oprd", "dobj", "attr", "xcomp")]
            # "its seventh TPU, known as Ironwood"
            named += [p for c in kids(v) if c.dep_ == "prep" and c.lower_ == "as" for p in kids(c)]
            for c in named:
                m = self.mention_of(c)
                if m is not None and (not known or m.type == "PRODUCT"):
                    return m
        return None

    def modifiers(self, tok: Token) -> tuple[list[Token], list[KgMention]]:
        """A noun's determiners ("the", "its") and the names that modify it ("US", "Nvidia")."""
        det = [c for c in kids(tok) if c.dep_ in ("det", "poss")]
        named = [
            m
            for c in kids(tok)
            if c.dep_ in ("compound", "poss", "nmod", "amod")
            for m in [self.mention_of(c)]
            if m is not None
        ]
        return det, named

    def resolve(self, tok: Token, depth: int = 0) -> list[Arg]:
        """The mentions a token stands for, following modifiers, pronouns and descriptions."""
        if depth > 3:
            return []
        m = self.mention_of(tok)
        if m is not None:
            # "seven heavy rare earths, including samarium and terbium": a kind of goods
            # and the goods it lists
            if m.method == "goods":
                listed = [
                    a
                    for c in kids(tok)
                    if c.dep_ == "prep" and c.lower_ in self.including_preps
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in self.args(p, depth + 1)
                    if a.mention.type == m.type and a.mention is not m
                ]
                return [Arg(m, True), *listed]
            return [Arg(m, True)]
        low = tok.lower_
        # relative pronoun: "Micron, which runs a plant" -> Micron
        if low in self.relative_pronouns and tok.head.dep_ == "relcl":
            return self._clause_host(tok.head, depth)
        # "the BR100, which it says can match the A100": a relative clause of saying
        if (
            low in self.relative_pronouns
            and tok.head.dep_ == "ccomp"
            and tok.head.head.dep_ == "relcl"
        ):
            return self.resolve(tok.head.head.head, depth + 1)
        # "Joby Aviation, in which Toyota has invested": a relative pronoun after a
        # preposition of the clause
        if (
            low in self.relative_pronouns
            and tok.dep_ == "pobj"
            and tok.head.head.dep_ == "relcl"
            and tok.head.i < tok.i
        ):
            return self.resolve(tok.head.head.head, depth + 1)
        # "Xiaomi, whose XRing O2 chip is made by TSMC": the name the clause is on
        if low == "whose":
            clause = tok.head
            for _ in range(3):
                if clause.dep_ in ("relcl", "acl"):
                    return self._clause_host(clause, depth)
                if clause.head.i == clause.i:
                    break
                clause = clause.head
        # "a modem that it designed and that TSMC fabricates": a second relative clause
        clause = tok.head
        if low in self.relative_pronouns and clause.dep_ == "conj" and clause.head.dep_ == "relcl":
            return self.resolve(clause.head.head, depth + 1)
        # "the S1 and S2, both of which are made on ...": all that the clause is on
        if low in self.quantifiers and tok.head.dep_ == "relcl":
            for c in kids(tok):
                if c.dep_ == "prep" and any(p.lower_ in self.relative_pronouns for p in kids(c)):
                    return self.args(tok.head.head, depth + 1)
        if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$"):
            if low in ("its", "their"):
                found = self._owner_pronoun(tok)
                if found is not None:
                    return [Arg(found, True)]
                # ("ordered a fund to sell its stake": an owner no name names)
                if self.told(self.clause_verb(tok)) is not None:
                    return []
            # "Thales and Airbus said they would pool ...": the speakers
            if low == "they" and tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp":
                said = [c for c in kids(tok.head.head) if c.dep_ == "nsubj"]
                speakers = self.args(said[0], depth + 1) if said else []
                if len(speakers) > 1:
                    return speakers
            if low in self.company_pronouns:
                made = self.launched_it(tok) if low == "it" else None
                if made is not None:
                    return [Arg(made, True)]
                if low in ("it", "itself"):
                    prev = self.antecedent(
                        tok, {"COMPANY", "PRODUCT", "AGENCY", "COUNTRY", "POLICY"}
                    )
                else:
                    prev = self.antecedent(tok, {"COMPANY", "AGENCY", "COUNTRY"})
                return [Arg(prev, True)] if prev else []
            if low in self.person_pronouns:
                prev = self.antecedent(tok, {"PERSON"})
                return [Arg(prev, True)] if prev else []
            return []
        if tok.pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
            return []
        # "buy Millicom's Tigo Chad unit": the unit's name before its noun
        if tok.lemma_.lower() in _UNITS:
            named = [self.mention_of(c) for c in kids(tok) if c.dep_ == "compound" and c.i < tok.i]
            firms = [m for m in named if m is not None and m.type == "COMPANY"]
            if firms:
                return [Arg(firms[-1], True)]
            # "Alibaba's Qwen team launched X": a team named after a product is its owner's
            # (not goods, nor a unit whose own name follows: "its coffee unit Nespresso")
            product = any(
                m is not None and m.type == "PRODUCT" and m.method != "goods" for m in named
            )
            if product and tok.tag_ == "NN" and not any(c.dep_ == "appos" for c in kids(tok)):
                owners = [
                    a
                    for c in kids(tok)
                    if c.dep_ == "poss"
                    for a in self.resolve(c, depth + 1)
                    if a.mention.type == "COMPANY"
                ]
                if owners:
                    return owners
        # apposition: "the startup" in "Nuvia, the startup Qualcomm acquired" -> Nuvia
        host = self.appos_host(tok)
        if host is not None:
            return [Arg(host, True)]
        # "its next processor, codenamed Quasar": the name the code name gives
        coded = self.code_named(tok)
        if coded is not None:
            return [Arg(coded, True)]
        # quantity of something: "384 of its Ascend 910C processors", "192GB of HBM3E"
        measured = (
            tok.lower_ in self.units
            and any(c.dep_ == "nummod" for c in kids(tok))
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(tok))
        )
        # "exports of 23 types of chipmaking equipment": the kind of goods is the goods
        kind = tok.lemma_.lower() in _KINDS
        if tok.pos_ == "NUM" or low in self.quantifiers or measured or kind:
            for c in kids(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    return [a for p in kids(c) if p.dep_ == "pobj" for a in self.args(p, depth + 1)]
            # "fined Google 42 billion won": the parser hung the name on the amount
            named = [self.mention_of(c) for c in kids(tok) if c.dep_ in ("compound", "nmod")]
            return [Arg(m, True) for m in named if m is not None and m.type == "COMPANY"]
        lemma = tok.lemma_.lower()
        # "the two sides agreed", "both countries": the last two parties named before
        pair = self.pairs.get(lemma)
        # ("the two lenders", "both companies"; not "invested in two companies")
        both = any(c.lower_ == "both" for c in kids(tok))
        two = any(c.lower_ == "two" for c in kids(tok)) and any(
            c.lower_ == "the" for c in kids(tok)
        )
        if pair and (both or two):
            found: list[KgMention] = []
            for m in reversed(self.mentions):
                if m.end <= tok.i and m.type in pair and all(m.label != f.label for f in found):
                    found.append(m)
                if len(found) == 2:
                    return [Arg(m, True) for m in reversed(found)]
        det, named = self.modifiers(tok)
        # a definite noun repeating the head of an earlier name: "the cores", "Oryon CPU cores"
        if det and det[0].lower_ in ("the", "this", "these", "those") and not named:
            for m in reversed(self.mentions):
                if (
                    m.end <= tok.i
                    and m.end - m.start > 1
                    and self.tokens[m.end - 1].lemma_.lower() == lemma
                ):
                    return [Arg(m, True)]
        # a noun and the name it is given: "a drug called Lumiva", "a startup named Zyra Labs"
        for c in kids(tok):
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in self.naming_verbs:
                named_as = [self.mention_of(g) for g in kids(c) if g.dep_ in ("oprd", "attr")]
                if named_as and named_as[0] is not None:
                    return [Arg(named_as[0], True)]
        # "to buy Norwegian drone maker Skyvik": a describing noun the parser left apart
        # from the name right after it
        following = (
            self.mention_of(self.tokens[tok.i + 1]) if tok.i + 1 < len(self.tokens) else None
        )
        if (
            following is not None
            and following.start == tok.i + 1
            and following.type in self.descriptors
            and lemma in self.descriptors[following.type]
            # ("the startup Qualcomm acquired": the name after it is a clause's subject, unless
            # both are one verb's: "Chile's development agency Corfo awarded ...")
            and (
                self.root_of(following).dep_ not in ("nsubj", "nsubjpass")
                or (tok.dep_ == "nsubj" and self.root_of(following).head.i == tok.head.i)
            )
        ):
            return [Arg(following, True)]
        # definite description: "the chipmaker", "the Chinese foundry", "the US export agency"
        described = self._described(tok, depth)
        if described:
            return described
        # "cloud providers including Alibaba Cloud and Baidu", "firms such as Acer"
        for c in kids(tok):
            such_as = c.lower_ == "as" and any(g.lower_ == "such" for g in kids(c))
            if (c.dep_ == "prep" and (c.lower_ in self.including_preps or such_as)) or (
                c.dep_ == "amod" and c.lower_ == "such"
            ):
                objs = [p for p in c.subtree if p.dep_ == "pobj"][:1]
                if objs:
                    got = self.args(objs[0], depth + 1)
                    if got:
                        return got
        # a plural noun that a colon spells out: "two new AI chips ...: the M100 and the M300"
        among = tok.i + 2 < len(self.tokens) and self.lower[tok.i + 2] == "among"
        if tok.tag_ == "NNS" and (not named or among):
            listed = self.colon_list(tok)
            if listed:
                return listed
        # "a group of banks led by the EIB", "a syndicate led by Citi": the group acts as
        # its leader
        if lemma in _LED_GROUPS:
            led = [
                a
                for c in kids(tok)
                if c.dep_ == "acl" and c.lemma_.lower() == "lead"
                for g in kids(c)
                if g.dep_ == "agent"
                for p in kids(g)
                if p.dep_ == "pobj"
                for a in self.args(p, depth + 1)
                if a.direct
            ]
            if led:
                return led
        # "the government of Japan": the state itself
        if lemma in self.government_nouns:
            states = [
                m
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in kids(c)
                if p.dep_ == "pobj"
                for t in self.with_conjuncts(p)
                for m in [self.mention_of(t)]
                if m is not None and m.type == "COUNTRY"
            ]
            if states:
                return [Arg(m, True) for m in states]
        # a common noun modified by names: "Nvidia chips", "exports of the H20"
        found: list[Arg] = []
        # ("a nickel smelter", "a lithium hydroxide refinery": the goods a facility works
        # are not what is built or invested in)
        facility = lemma in self.rules.relations["operates_in"].nouns
        # ("Microsoft's Maia 2 AI accelerator": a name may modify a modifier of the noun)
        inner = [
            g
            for c in kids(tok)
            if c.dep_ == "compound" and self.mention_of(c) is None
            for g in kids(c)
            if g.dep_ in ("compound", "nmod") and g.i < c.i
        ]
        for c in [*kids(tok), *inner]:
            if c.dep_ in ("compound", "nmod", "poss", "amod", "nummod"):
                cm = self.mention_of(c)
                if (
                    cm is not None
                    and cm.type != "POLICY"
                    and not (facility and cm.method == "goods")
                ):
                    # "the Indonesian government", "Germany's government": the state itself
                    # (not one out of power: "Britain's shadow cabinet")
                    state = (
                        cm.type == "COUNTRY"
                        and lemma in self.government_nouns
                        and not any(k.lower_ in ("shadow", "opposition") for k in kids(tok))
                    )
                    found.append(Arg(cm, state))
                    # "Nvidia's A800 and H800 chips": the names listed with the modifier
                    if c.dep_ in ("compound", "nmod", "amod"):
                        found.extend(
                            Arg(m2, False)
                            for g in kids(c)
                            if g.dep_ == "conj"
                            for m2 in [self.mention_of(g)]
                            if m2 is not None and m2.type == cm.type
                        )
        # "Nvidia's A800 chips", "Huawei's chip arm HiSilicon": a named product or unit
        # stands for what the noun names, not its owner
        named = [a for a in found if a.mention.type in ("PRODUCT", "TECHNOLOGY", "COMPANY")]
        owners = {
            id(self.mention_of(c))
            for c in kids(tok)
            if c.dep_ == "poss" and self.mention_of(c) is not None
        }
        if any(id(a.mention) not in owners for a in named):
            found = [a for a in found if id(a.mention) not in owners]
        # "sales of the H20", and "Tapestry's purchase of Capri": both the owner and the
        # thing a noun of trade stands for
        if lemma in self.via_nouns and (not found or lemma in self.trade_nouns | {"purchase"}):
            for c in kids(tok):
                if c.dep_ == "prep" and c.lower_ == "of":
                    for p in kids(c):
                        if p.dep_ == "pobj":
                            found.extend(Arg(a.mention, False) for a in self.args(p, depth + 1))
        # keep one per mention
        seen, out = set(), []
        for a in found:
            if id(a.mention) not in seen:
                seen.add(id(a.mention))
                out.append(a)
        return out

    def _clause_host(self, clause: Token, depth: int) -> list[Arg]:
        """What a relative clause is on ("Kioxia and Sandisk, which jointly operate fabs,
        said": a clause after the whole list of a clause's subjects is on all of it)."""
        host = clause.head
        listed = [c for c in kids(host) if c.dep_ == "conj"]
        subject = host.dep_ in ("nsubj", "nsubjpass")
        if listed and subject and all(c.i < clause.i for c in listed):
            return self.args(host, depth + 1)
        return self.resolve(host, depth + 1)

    def owned_by(self, a: Arg) -> Arg:
        """The firm that owns a product, where a possessive names it ("cells for Tesla's
        Model Y": Tesla), else the argument itself."""
        if a.mention.type not in ("PRODUCT", "PERSON"):
            return a
        root = self.root_of(a.mention)
        # ("Qualcomm's Snapdragon X Elite laptops": the owner may open the noun it names)
        heads = [root, root.head] if root.dep_ in ("compound", "nmod", "amod") else [root]
        for h in heads:
            for c in kids(h):
                if c.dep_ != "poss":
                    continue
                # ("its VF 3": the firm "its" stands for)
                owners = [self.mention_of(c)] if self.mention_of(c) else self.resolve(c)
                owner = owners[0] if owners else None
                owner = owner.mention if isinstance(owner, Arg) else owner
                if owner is not None and owner.type == "COMPANY":
                    return Arg(owner, False)
        # "VinFast unveiled its VF 3 ... The VF 3 uses packs supplied by Gotion": the owner
        # an earlier mention of the product gave it
        earlier = [
            m
            for m in self.mentions
            if m.start <= a.mention.start and m.label == a.mention.label and m.type == "PRODUCT"
        ]
        for m in reversed(earlier):
            root = self.root_of(m)
            owners = [self._launcher(m)] + [
                a.mention for c in kids(root) if c.dep_ == "poss" for a in self.resolve(c)
            ]
            owner = next((o for o in owners if o is not None and o.type == "COMPANY"), None)
            if owner is not None:
                return Arg(owner, False)
        return a

    def _launcher(self, m: KgMention) -> KgMention | None:
        """The firm a verb of launching says put out a product: "VinFast unveiled the VF 3",
        "Lenovo unveiled a laptop, the Yoga Aura 14"."""
        verb = self.launch_verb(self.root_of(m))
        if verb is None:
            return None
        subjects = [self.mention_of(c) for c in kids(verb) if c.dep_ == "nsubj"]
        return next((s for s in subjects if s is not None and s.type == "COMPANY"), None)

    def _product_before(self, tok: Token, host: KgMention | None) -> KgMention | None:
        """The product a product's noun in apposition stands for, past a place or an event
        named between ("introduced the XPS 14 at CES in Las Vegas, the first laptop
        built on ..."), else ``host``."""
        if host is None or host.type == "PRODUCT" or tok.lemma_.lower() not in self.product_nouns:
            return host
        start, first = self.sent(tok).start, tok.left_edge.i
        return next(
            (
                m
                for m in reversed(self.mentions)
                if start <= m.start and m.end < first and m.type == "PRODUCT"
            ),
            host,
        )

    def appos_host(self, tok: Token) -> KgMention | None:
        """The mention a noun phrase stands in apposition to: "BIS, the US export agency"."""
        if tok.dep_ == "appos" and self.mention_of(tok.head):
            # "Zhipu AI, SenseTime and Baichuan, the start-up founded by X": the name right
            # before the comma, when the parser hung the apposition on the first of a list
            first = tok.left_edge.i
            if first >= 2 and self.tokens[first - 1].text == ",":
                nearest = self.mention_of(self.tokens[first - 2])
                if nearest is not None and nearest.type == self.mention_of(tok.head).type:
                    return nearest
            return self._product_before(tok, self.mention_of(tok.head))
        # an apposition the parser missed: "CloudMatrix 384, a rack-scale AI system that ..."
        first = tok.left_edge.i
        if (
            tok.pos_ == "NOUN"
            and first >= 2
            and self.tokens[first].lower_ in ("a", "an", "the")
            and self.tokens[first - 1].text == ","
        ):
            before = first - 2
            if self.tokens[before].text == ")":  # "Bureau of Industry and Security (BIS), the ..."
                before = next(
                    (
                        k - 1
                        for k in range(before, max(before - 6, 0), -1)
                        if self.tokens[k].text == "("
                    ),
                    before,
                )
            prev = self._product_before(tok, self.mention_of(self.tokens[before]))
            last = tok.right_edge.i
            # a definite phrase is an apposition only when a comma closes it: "BIS, the agency, ..."
            # (or the sentence ends it: "from Sakana AI, the Tokyo start-up in which it holds a
            # stake.")
            closed = last + 1 < len(self.doc) and self.tokens[last + 1].text in (",", ";", ")", "—")
            closed = (
                closed
                or last + 1 == self.sent(tok).end
                or (last + 2 == self.sent(tok).end and self.tokens[last + 1].is_punct)
            )
            if (
                prev is not None
                and prev.type not in ("PERSON",)
                and (self.tokens[first].lower_ != "the" or closed)
            ):
                return prev
        return None

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
                    for c in kids(self.tokens[i]):
                        if c.dep_ == "conj" and c.i >= m.end:
                            for a in self.args(self._owned_after(c), depth + 1):
                                if id(a.mention) not in seen:
                                    seen.add(id(a.mention))
                                    out.append(a)
        return out


#: Nouns of a group that acts through its leader: "a group of banks led by the EIB".
_LED_GROUPS = frozenset(("group", "syndicate", "consortium"))
#: Nouns of a kind of goods: "23 types of chipmaking equipment", "a range of sensors".
_KINDS = frozenset(("type", "kind", "category", "class", "sort", "variety", "range"))
#: Nouns of a firm's part that its name comes before: "Millicom's Tigo Chad unit".
_UNITS = frozenset(("unit", "subsidiary", "division", "arm", "affiliate", "team", "lab"))


def agents_after(ctx: Context, noun: Token, lemmas: frozenset[str] | None = None) -> list[Arg]:
    """Whom a participle after a noun names as its agent, if the participle is one of
    ``lemmas`` (any, without them): "a consortium led by Bosch", "$40 billion led by
    SoftBank"."""
    return [
        a
        for c in kids(noun)
        if c.dep_ == "acl" and (lemmas is None or c.lemma_.lower() in lemmas)
        for g in kids(c)
        if g.dep_ == "agent"
        for p in kids(g)
        if p.dep_ == "pobj"
        for a in ctx.args(p)
    ]
