"""How a description or a pronoun finds what it refers to: "the chipmaker", "the San Jose
company", "its", named before (the part of the relation rules' context that reads back)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.table import SUBJECT_DEPS, Arg, kids

__all__ = ["Reference"]


#: What "it" does where it is a product: "It competes with ...", "it runs on ...".
_PRODUCT_DOES = frozenset(
    (
        "compete", "rival", "challenge", "run", "use", "feature", "carry", "pack", "integrate",
        "cost", "retail", "outperform", "beat", "match", "rely", "target", "deliver", "offer",
    )
)  # fmt: skip
#: What is done to "it" where it is a product: "it is made by TSMC".
_PRODUCT_UNDERGOES = frozenset(
    (
        "make", "build", "fabricate", "manufacture", "assemble", "produce", "power", "base",
        "price", "package", "train",
    )
)  # fmt: skip
#: Verbs that present "it" as something: "pitching it as an alternative to ...".
_PITCHING = frozenset(("pitch", "position", "market", "bill", "tout", "present", "describe"))
#: Verbs by which a firm puts out a product.
LAUNCHING = frozenset(
    ("launch", "unveil", "introduce", "release", "debut", "announce", "develop", "design", "show")
)


#: Nouns of what firms make together: "the venture" is none of its makers.
_JOINT = frozenset(("venture", "consortium", "partnership", "alliance"))


class Reference:
    """Reference resolution, mixed into :class:`kg.nlp.relations.context.Context`, whose
    attributes (mentions, tokens, sentences, word lists) it reads."""

    def antecedent(
        self,
        tok: Token,
        types: Iterable[str],
        *,
        country: str = "",
        depth: int = 0,
        kind: str = "",
    ) -> KgMention | None:
        """What "the chipmaker" or "it" refers to: an earlier mention of one of ``types``.

        The subject of the sentence so far, else the subject of the sentence before, else
        the entity the document names most, else the nearest; a nationality ("the Chinese
        foundry") keeps only entities the lexicon places in that country, and those it places
        before those it cannot.
        """
        types = set(types)

        def ok(m: KgMention) -> bool:
            if m.end > tok.i or m.type not in types:
                return False
            return not (
                country and m.entry is not None and m.entry.country and m.entry.country != country
            )

        # "SoftBank, which will keep the chip designer": a description a verb acts on is
        # not that verb's own subject
        verb = tok.head if tok.dep_ in ("dobj", "attr", "dative") else None
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX"):
            verb = tok.head.head
        own = set()
        if verb is not None:
            own = {
                self.mention_of(c).label
                for c in kids(verb)
                if c.dep_ in SUBJECT_DEPS and self.mention_of(c) is not None
            }
            if verb.dep_ == "relcl" and self.mention_of(verb.head) is not None:
                own.add(self.mention_of(verb.head).label)
        before = [m for m in self.mentions if ok(m) and m.label not in own]
        # a member of a list ("units of Arrow, including Arrow China") is seldom what a
        # description later refers to
        before = [m for m in before if not self._listed(m)] or before
        # "the Korean chipmaker": one the lexicon places there before one it cannot place
        if country:
            before = [m for m in before if m.entry is not None and m.entry.country] or before
        # "the chip": of the things named before, those the lexicon says are chips
        if kind:
            family = self.product_kinds.get(kind, frozenset((kind,)))
            # (of a kind where any mention of the name says so: "its Corvo-9 accelerator
            # ... The Corvo-9 is made by ...")
            kinded = {m.label for m in before if self._kind(m) in family}
            kinds = [m for m in before if m.label in kinded]
            # "the vehicle" is none of the things known to be of another kind
            before = kinds or [
                m for m in before if kind not in self.product_kinds or not self._kind(m)
            ]
        if not before:
            return None
        sent = self.sent(tok)
        here = [m for m in before if m.start >= sent.start and self._subject_of(m, owner=True)]
        if here:
            return here[-1]
        # "the company would launch the phone in Malaysia, as it competes": a description
        # the sentence made its subject before a pronoun
        for t in self.tokens[sent.start : tok.i] if tok.pos_ == "PRON" else ():
            if t.dep_ in SUBJECT_DEPS and self.mention_of(t) is None and t.pos_ == "NOUN":
                got = [a.mention for a in self._described(t, depth + 1) if a.mention.type in types]
                if got and ok(got[0]):
                    return got[0]
        earlier = [m for m in before if m.end <= sent.start]
        if earlier and sent.start > 0:
            prev_sent = self.sent(self.tokens[sent.start - 1])
            subj = [m for m in earlier if m.start >= prev_sent.start and self._subject_of(m)]
            if subj:
                return subj[0]
            # the sentence before spoke of it by a description: "The search giant also ..."
            for t in prev_sent:
                if t.dep_ in SUBJECT_DEPS and self.mention_of(t) is None and t.i < tok.i:
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

    def launched_it(self, tok: Token) -> KgMention | None:
        """The product "it" stands for where what is said of it is said of a product and the
        text has just launched one: "unveiled the Yoga Slim 9. It competes with ...",
        "launched the MI355X, pitching it as an alternative to ..."."""
        verb = tok.head
        lemma = verb.lemma_.lower()
        said_of_product = (
            (tok.dep_ == "nsubj" and lemma in _PRODUCT_DOES)
            or (tok.dep_ == "nsubjpass" and lemma in _PRODUCT_UNDERGOES)
            or (tok.dep_ == "dobj" and lemma in _PITCHING)
        )
        if not said_of_product:
            return None
        # (in this sentence or the one before; two before where the parser cut one short)
        start = self.sent(tok).start
        for _ in range(2):
            if start > 0:
                start = self.sent(self.tokens[start - 1]).start
        launched = [
            m
            for m in self.mentions
            if m.type == "PRODUCT"
            and start <= m.start
            and m.end <= tok.i
            and self.launch_verb(self.root_of(m)) is not None
        ]
        return launched[-1] if launched else None

    @staticmethod
    def launch_verb(root: Token) -> Token | None:
        """The verb of launching that puts out the product whose name's root this is:
        "launched the X1", "launched its X1 accelerator", "unveiled a laptop, the X1",
        "released version 3.0 of its X1 system" (None where none does)."""
        while root.dep_ in ("compound", "nmod") and root.head.i > root.i:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            root = root.head.head
        if root.dep_ == "appos":
            root = root.head
        launched = root.dep_ == "dobj" and root.head.lemma_.lower() in LAUNCHING
        return root.head if launched else None

    def _kind(self, m: KgMention) -> str:
        """What a product is, by the lexicon or by the noun after its name ("the Rizta
        scooter"): "" when neither says."""
        if m.entry is not None and m.entry.kind:
            return m.entry.kind
        if m.type != "PRODUCT":
            return ""
        if m.end < len(self.lower) and self.lower[m.end] in self.product_kinds:
            return self.lower[m.end]
        # "the ET9 flagship sedan", "the Magic8, a flagship phone"
        root = self.root_of(m)
        nouns = [c for c in kids(root) if c.dep_ == "appos"]
        # ("its Helix-2 inference accelerator": the noun at the end of the compound)
        head = root
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
            nouns.append(head)
        return next((n.lemma_.lower() for n in nouns if n.lemma_.lower() in self.product_kinds), "")

    def _described(self, tok: Token, depth: int = 0) -> list[Arg]:
        """What a definite description refers to: "the chipmaker", "those chips"."""
        if depth > 2:
            return []
        lemma = tok.lemma_.lower()
        det, named = self.modifiers(tok)
        if not det or det[0].lower_ not in self.definite:
            return []
        # "the whole vehicle", "the entire industry": no thing named before
        if any(c.dep_ == "amod" and c.lower_ in self.generic for c in kids(tok)):
            return []
        # "the advisory group", "the lobby group": a group of firms, not one ("the Korean
        # group" is one)
        if lemma in self.gatherings or (
            lemma == "group"
            and any(
                c.dep_ in ("amod", "compound")
                and c.lower_ not in self.demonyms
                and c.lower_ not in ("based", "headquartered")  # "the Osaka-based group"
                for c in kids(tok)
            )
        ):
            return []
        for typ, words in self.descriptors.items():
            maker = typ == "COMPANY" and lemma in self.maker_nouns
            if typ == "COMPANY" and len(lemma) > 6 and lemma.endswith("maker"):
                words = words | {lemma}  # "the planemaker", "the drugmaker"
            # ("the San Jose company", "the Shanghai carmaker": a firm's city says which)
            if lemma not in words or not all(
                m.type == "COUNTRY"
                or (maker and m.type in ("PRODUCT", "TECHNOLOGY"))
                or (typ == "COMPANY" and m.type == "LOCATION")
                for m in named
            ):
                continue
            country = next((m.label for m in named if m.type == "COUNTRY"), "")
            for c in kids(tok):
                if c.dep_ in ("amod", "compound") and c.lower_ in self.demonyms:
                    country = self.demonyms[c.lower_]
            # ("The Durham company", "the Beijing company": a firm described by its city is
            # the one the text is about, not the last firm named)
            placed = typ == "COMPANY" and any(m.type == "LOCATION" for m in named)
            prev = (
                self.placed_firm(tok)
                if placed
                else self.antecedent(
                    tok, {typ}, country=country if typ != "AGENCY" else "", depth=depth, kind=lemma
                )
            )
            # (the firm the text is about, unless first named later in the same sentence:
            # "The venture is owned by Tata Electronics, PSMC and Tower" is not Tata's)
            if prev is None and typ == "COMPANY" and not placed:
                prev = self.topic()
                later = prev is not None and prev.start > tok.i
                if later and self._sent_of[prev.start] == self._sent_of[tok.i]:
                    prev = None
            # ("Aramco and Samsung will invest in the venture": what two make is neither)
            if prev is not None and lemma in _JOINT and self._made_by_many(tok, prev):
                return []
            if prev is not None:
                if typ == "PRODUCT" and (tok.tag_ == "NNS" or det[0].lower_ in ("these", "those")):
                    return [Arg(m, True) for m in self.coordinated(prev)]
                return [Arg(prev, True)]
        return []

    def _made_by_many(self, tok: Token, prev: KgMention) -> bool:
        """Whether ``prev`` is one of the joined subjects of the clause ``tok`` is in."""
        verb = self.clause_verb(tok)
        while verb.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in kids(verb)):
            verb = verb.head
        subjects = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")]
        return any(
            any(g.dep_ == "conj" for g in kids(c))
            and c.left_edge.i <= prev.start < c.right_edge.i + 1
            for c in subjects
        )

    def placed_firm(self, tok: Token) -> KgMention | None:
        """The firm a description by its place stands for: as what a sentence is about, the
        firm the sentence before is about ("Alimentation Couche-Tard withdrew ... . The
        Laval, Quebec-based operator of Circle K ..."), else the one the text is about;
        elsewhere none can be told."""
        k = self._sent_of[tok.i]
        sent = self.sentences[k]
        leads = tok.left_edge.i == sent.start or (
            tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == sent.root.i
        )
        if k > 0 and leads:
            root = self.sentences[k - 1].root
            for c in kids(root):
                if c.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                # the subject, or the firm it is of: "Shares of Moore Threads jumped"
                near = [c, *(g for p in kids(c) if p.lower_ == "of" for g in kids(p))]
                named = [self.mention_of(t) for t in near]
                firm = next((m for m in named if m is not None and m.type == "COMPANY"), None)
                if firm is not None:
                    return firm
                # (a subject no rule found a name in may be a firm's all the same)
                return None
            return self.topic()
        # (elsewhere any firm named before may be meant: "Silicon Motion called the deal's
        # end invalid; MaxLinear, the Carlsbad-based chipmaker, said ...")
        return None

    @staticmethod
    def clause_verb(tok: Token) -> Token:
        """The verb of the clause a token is in: its nearest verb above, else the root."""
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def told(self, verb: Token) -> Token | None:
        """The one a complement's governing verb tells to act: "ordered a fund to sell its
        stake" (the fund sells), not the teller."""
        if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _TELLING:
            return None
        return next((c for c in kids(verb.head) if c.dep_ == "dobj" and c.i < verb.i), None)

    def _owner_pronoun(self, tok: Token) -> KgMention | None:
        """Whose "its" or "their" is: an organisation named earlier in the sentence.

        The kind of thing owned picks the kind of owner: a government's "its entity list",
        a firm's "its sales" or "its plant". Of those, the name "and its" is joined to
        ("Viacom18 and its services"), else the subject of the clause (or the subject's
        owner: "Xpeng's chip now powers its G7"), else the nearest name that is itself an
        argument ("sanctions on Skydio over its sales"), else the nearest.
        """
        start = self.sent(tok).start
        near = [
            m
            for m in self.mentions
            # a nationality ("Chinese entities") is no antecedent of "its"
            if self.pos[m.start] != "ADJ"
            and start <= m.start
            and m.end <= tok.i
            and m.type in ("COMPANY", "AGENCY", "COUNTRY")
        ]
        owned = tok.head
        governmental = ("AGENCY", "COUNTRY")
        if owned.lemma_.lower() in self.rules.words("policy", "heads") or (
            self.mention_of(owned) is not None and self.mention_of(owned).type == "POLICY"
        ):
            preferred = [m for m in near if m.type in governmental]
        else:
            preferred = [m for m in near if m.type == "COMPANY"]
        near = preferred or near
        if not near:
            # "The Durham-based company ... said its fab": the subject's description
            verb = self.clause_verb(tok)
            for c in kids(verb):
                if c.dep_ in SUBJECT_DEPS and c.i < tok.i and self.mention_of(c) is None:
                    got = [a.mention for a in self._described(c)]
                    if got:
                        return got[0]
            return None
        # "MultiChoice and its DStv service", "Huawei and its affiliates": the name the
        # phrase is joined to
        if tok.i > 1 and self.lower[tok.i - 1] in ("and", "or"):
            joined = self.mention_of(self.tokens[tok.i - 2])
            if joined is not None and joined in near:
                return joined
        verb = self.clause_verb(tok)
        subjects = [c for c in kids(verb) if c.dep_ in (*SUBJECT_DEPS, "nsubjpass") and c.i < tok.i]
        # "is manufactured by TSMC on its 3nm process": a passive's agent
        if not subjects:
            subjects = [
                p for c in kids(verb) if c.dep_ == "agent" for p in kids(c) if p.dep_ == "pobj"
            ]
        # "Japan lifted its curbs and restored it to its white list": a verb joined to
        # another shares its subject
        # ("Moyuan, which is backed by Alibaba and trains its models": an active verb joined
        # to a passive shares its subject, not its agent)
        shared = verb
        while not subjects and shared.dep_ == "conj" and shared.head.i != shared.i:
            shared = shared.head
            deps = (*SUBJECT_DEPS, "nsubjpass")
            subjects = [c for c in kids(shared) if c.dep_ in deps and c.i < tok.i]
        # "Huawei relies on SMIC to manufacture its Ascend chips": a complement without a
        # subject of its own ("to manufacture") is its governing clause's subject's
        for _ in range(3):
            # (or an infinitive of purpose: the parser may read "to manufacture" so)
            infinitive = verb.dep_ == "advcl" and any(c.lower_ == "to" for c in kids(verb))
            if subjects or not (verb.dep_ == "xcomp" or infinitive) or verb.head.i == verb.i:
                break
            told = self.told(verb)
            if told is not None:
                return next((m for m in near if self.root_of(m).i == told.i), None)
            verb = self.clause_verb(verb)
            subjects = [c for c in kids(verb) if c.dep_ in SUBJECT_DEPS and c.i < tok.i]
        # "Anthropic, which counts Amazon among its investors": the name "which" stands for
        subjects = [
            shared.head if s.lower_ in self.relative_pronouns and shared.dep_ == "relcl" else s
            for s in subjects
        ]
        for m in near:
            root = self.root_of(m)
            if any(root.i == s.i or (root.dep_ == "poss" and root.head.i == s.i) for s in subjects):
                return m
        heads = [
            m
            for m in near
            if self.root_of(m).dep_ not in ("compound", "npadvmod", "amod", "nmod", "poss")
        ]
        return (heads or near)[-1]


#: Verbs that tell another to act: "ordered a fund to sell", "asked Foxconn to move".
_TELLING = frozenset(
    (
        "tell", "order", "instruct", "direct", "ask", "urge", "force", "require", "compel",
        "oblige", "push", "press", "pressure", "persuade", "allow", "permit", "invite",
        "encourage",
    )
)  # fmt: skip
