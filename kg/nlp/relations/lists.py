"""How the relation rules read lists of names: conjuncts the parser joined, and those it
broke ("Ma'aden and Chinese firm Sungrow"), a list after a colon or "among them", and the
sentence that spells out who a plural noun named (mixed into
:class:`kg.nlp.relations.context.Context`)."""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.table import SUBJECT_DEPS, Arg, kids

__all__ = ["Lists"]

#: Nouns of the countries a measure names: "goods from countries ..., among them China".
_NATIONS = frozenset(("country", "nation", "economy", "government"))
#: Nouns of who a measure lists: "sanctioned 20 companies".
_LISTED = frozenset(
    (
        "company", "firm", "entity", "individual", "business", "organisation",
        "organization", "bank", "person", "supplier", "maker", "vessel", "trader",
        "exporter", "importer", "distributor", "manufacturer", "subsidiary",
    )
)  # fmt: skip


#: Parties a firm has of its own, whom a sentence on them lists: "Its customers include".
_OWN_PARTIES = frozenset(
    (
        "customer", "client", "supplier", "partner", "rival", "competitor", "peer", "investor",
        "shareholder", "backer", "buyer", "vendor", "owner", "brand", "product", "unit",
    )
)  # fmt: skip


class Lists:
    """The list reading of :class:`kg.nlp.relations.context.Context`, whose attributes
    (tokens, mentions, sentences, word lists) it reads."""

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
                self._owned_after(c)
                for c in kids(t)
                if c.dep_ in ("conj", "appos")
                and c.i > t.i
                and (c.dep_ == "conj" or self.mention_of(c))
            )
            # a name the parser coordinated with an apposition: "Zhipu AI, one of China's
            # model developers, and chip designer Sophgo"
            stack.extend(
                g
                for c in kids(t)
                if c.dep_ == "appos" and c.i > t.i and not self.mention_of(c)
                for g in kids(c)
                if g.dep_ == "conj" and g.i > c.i
            )
        # names in a list the parser attached as compounds: "H20, L20 and L2"
        # a list whose first name the parser left out: "SenseTime, Megvii and iFlytek were ..."
        # "Tokyo Electron and Screen Holdings", parsed as modifiers of "Holdings"
        # and each with its country's possessive: "Brazil's Petrobras and Norway's Equinor"
        # and each with words that describe it: "Ma'aden and Chinese firm Sungrow", "chip
        # designer Tenzing Silicon and server maker Supermicro have teamed up"
        m = self.mention_of(tok)
        while m is not None:
            lead = self._described_start(m)
            if lead < 2 or self.tokens[lead - 1].lower_ not in (",", "and"):
                break
            prev = self.mention_of(self.tokens[lead - 2])
            if (
                prev is None
                or prev.type != m.type
                or self.tokens[prev.start].dep_ in ("nsubj", "nsubjpass", "dobj")
            ):
                break
            first = self.root_of(prev)
            inside = first.head.i in range(m.start, m.end)
            if self.tokens[lead - 1].lower_ == "and" and not (inside or self._fellow(first, m)):
                break
            if prev.start in seen:
                break
            seen.add(prev.start)
            out.append(self.tokens[prev.start])
            m = prev
        out.extend(self._listed_after(out, seen))
        return out

    def _listed_after(self, listed: list[Token], seen: set[int]) -> list[Token]:
        """A list's last name that the parser hung elsewhere: "competing with BYD and Geely
        for market share", with "Geely" read as a modifier of "for"."""
        found = [m for t in listed if (m := self.mention_of(t)) is not None]
        if not found:
            return []
        m, out = max(found, key=lambda f: f.start), []
        while m.end + 1 < len(self.tokens) and self.lower[m.end] == "and":
            after = self.mention_of(self.tokens[m.end + 1])
            if after is None or after.start != m.end + 1 or after.type != m.type:
                break
            root = self.root_of(after)
            # (a conjunct of a name is read with it; one the parser made a conjunct of the
            # verb is the list's: "is working with Foxconn and TSMC on robotics")
            verbal = root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX")
            if after.start in seen or (
                root.dep_ in (*SUBJECT_DEPS, "nsubjpass", "conj") and not verbal
            ):
                break
            seen.add(after.start)
            out.append(self.tokens[after.start])
            m = after
        return out

    def _owned_after(self, tok: Token) -> Token:
        """The name a country's possessive stands before, where the parser coordinated the
        country: "Korea's Hanwha and Norway's Kongsberg", with "Norway" read as a conjunct
        of "Hanwha"; else the token itself."""
        m = self.mention_of(tok)
        if (
            m is None
            or m.type != "COUNTRY"
            or self.lower[m.end : m.end + 1]
            not in (
                ["'s"],
                ["’s"],
            )
        ):
            return tok
        owned = self.mention_of(self.tokens[m.end + 1]) if m.end + 1 < len(self.tokens) else None
        return tok if owned is None else self.tokens[owned.start]

    def _described_start(self, m: KgMention) -> int:
        """Where a listed name starts with the words that describe it: "Chinese firm
        Sungrow" at "Chinese", "server maker Supermicro" at "server"."""
        start = self._owner_start(m)
        lead = start
        while lead > 0 and start - lead < 4:
            before = self.tokens[lead - 1]
            nationality = (n := self.mention_of(before)) is not None and n.type == "COUNTRY"
            if not (before.is_lower and before.pos_ in ("NOUN", "ADJ")) and not (
                nationality and before.pos_ == "ADJ"
            ):
                break
            lead -= 1
        # (only a description that ends in a noun: not "and new Sungrow")
        return lead if lead < start and self.tokens[start - 1].pos_ == "NOUN" else start

    def _fellow(self, first: Token, m: KgMention) -> bool:
        """Whether a name set in apposition to a subject is a fellow subject of the verb a
        listed name is the subject of ("chip designer Tenzing Silicon and server maker
        Supermicro have teamed up", parsed as two subjects)."""
        host = first.head if first.dep_ == "appos" else first
        root = self.root_of(m)
        return (
            host.dep_ in SUBJECT_DEPS
            and root.dep_ in SUBJECT_DEPS
            and host.head.i == root.head.i
            and host.i != root.i
        )

    def _owner_start(self, m: KgMention) -> int:
        """Where a name starts with the possessive of a country before it: "Norway's
        Equinor" starts at "Norway"."""
        if m.start >= 2 and self.lower[m.start - 1] in ("'s", "’s"):
            owner = self.mention_of(self.tokens[m.start - 2])
            if owner is not None and owner.type == "COUNTRY":
                return owner.start
        return m.start

    def colon_list(self, tok: Token) -> list[Arg]:
        """The names after the colon that ends a noun's phrase: "products: the H20 and L20",
        or after "among them" right after it: "turbine makers, among them Goldwind"."""
        end = self.sent(tok).end
        doc = self.doc
        # "sanctioned six companies in China for supplying engines, among them A and B":
        # the list closing the sentence of the noun of who is listed
        if tok.lemma_.lower() in _LISTED | _NATIONS and tok.tag_ == "NNS":
            among = next(
                (
                    t.i
                    for t in doc[tok.i + 2 : end - 2]
                    if t.text == ","
                    and doc[t.i + 1].lower_ == "among"
                    and doc[t.i + 2].lower_ in ("them", "those")
                ),
                None,
            )
            others = [t for t in doc[tok.i + 1 : among or tok.i] if t.lemma_.lower() in _LISTED]
            if among is not None and not others:
                return self._names_after(among + 3, end)
        for t in doc[tok.i + 1 : end]:
            if t.pos_ in ("VERB", "AUX") or t.text in (";", "."):
                return self._listed_next(tok) if t.text == "." else []
            among = (
                t.i == tok.i + 1
                and t.text == ","
                and t.i + 2 < end
                and doc[t.i + 1].lower_ == "among"
                and doc[t.i + 2].lower_ in ("them", "those")
            )
            if t.text == ":" or among:
                return self._names_after(t.i + 3 if among else t.i + 1, end)
        return []

    def _names_after(self, start: int, end: int) -> list[Arg]:
        """The names listed from ``start``, of the first one's type."""
        after = [m for m in self.mentions if start <= m.start < end]
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

    def _listed_next(self, tok: Token) -> list[Arg]:
        """The names the next sentence lists when it opens "Among them are" or "They
        include": "sanctioned 20 companies on Monday. Among them are Falcon Trading and
        Jinlong Electronics." (the noun must be its sentence's last plural)."""
        k = self._sent_of[tok.i]
        if k + 1 >= len(self.sentences):
            return []
        sent, nxt = self.sentences[k], self.sentences[k + 1]
        # the first plural of who is listed ("adding 31 companies to the list of entities
        # barred from ..."), else the last plural
        if tok.lemma_.lower() in _LISTED:
            if any(
                t.tag_ == "NNS" and t.lemma_.lower() in _LISTED
                for t in self.doc[sent.start : tok.i]
            ):
                return []
        elif any(t.tag_ == "NNS" for t in self.doc[tok.i + 1 : sent.end]):
            return []
        opened = self.spells_out(nxt)
        if opened is None:
            return []
        # (a place that says where a listed name is: "Dubai-based Falcon Trading"; a list
        # that opens with places lists places: "Among them are China and India")
        # (nor a place that opens a firm's name: "Zhejiang Hengyi")
        opening = {
            m.start
            for m, n in itertools.pairwise(self.mentions)
            if m.type in ("LOCATION", "COUNTRY") and n.type == "COMPANY" and n.start == m.end
        }
        after = [
            m
            for m in self.mentions
            if opened <= m.start < nxt.end
            and m.start not in opening
            and not (
                m.type in ("LOCATION", "COUNTRY")
                and m.end + 1 < nxt.end
                and self.tokens[m.end].text == "-"
            )
        ]
        if not after or after[0].type in ("LOCATION", "COUNTRY"):
            return []
        group = [after[0]]
        for m in after[1:]:
            between = self.doc[group[-1].end : m.start]
            if all(
                w.text in (",", "and", "the", "-")
                or w.pos_ in ("ADJ", "VERB")
                or self.mention_of(w)
                for w in between
            ):
                group.append(m)
            else:
                break
        return [Arg(m, True) for m in group if m.type == after[0].type]

    def spells_out(self, sent: Span) -> int | None:
        """Where the names begin in a sentence that spells out who "them" were: "Among them
        are A and B", "They include", "Those named include", "The companies added include"
        (None where it does not open so)."""
        first = self.tokens[sent.start]
        if first.lower_ == "among" and sent.start + 1 < sent.end:
            them = self.lower[sent.start + 1] in ("them", "those", "these", "the")
            return sent.start + 2 if them else None
        for t in self.doc[sent.start : min(sent.start + 5, sent.end)]:
            if t.lemma_.lower() == "include" and t.pos_ in ("VERB", "AUX"):
                opener = self.doc[sent.start : t.i]
                plain = all(w.is_lower or w.i == sent.start for w in opener)
                # (not someone's own parties: "Its biggest customers include X"; "Its
                # targets include" still spells out)
                owned = any(w.tag_ in ("PRP$", "POS") for w in opener) and any(
                    w.lemma_.lower() in _OWN_PARTIES for w in opener
                )
                if opener and plain and not owned and not any(self.mention_of(w) for w in opener):
                    return t.i + 1
                return None
        return None

    def coordinated(self, m: KgMention) -> list[KgMention]:
        """A mention and those listed with it: "the A800 and H800" for "those chips"."""
        root = self.root_of(m)
        top = root
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        group = []
        for t in self.with_conjuncts(top):
            found = self.mention_of(t)
            if found is None and not any(c.dep_ == "poss" for c in kids(t)):
                # "AMD's MI350 or upcoming MI400 processors": the name before the noun
                # listed with it
                named = [self.mention_of(c) for c in kids(t) if c.dep_ in ("compound", "nmod")]
                found = next((n for n in named if n is not None), None)
            group.append(found)
        out = [g for g in group if g is not None and g.type == m.type]
        return out or [m]
