"""What a name's part in its clause says of its type: a firm deals, holds stakes, is
bought or sued, and is fined or named a body of state ("sold its unit TSB to Banco
Santander", "Masdar bought a 49% stake", "India's Central Drugs Standard Control
Organisation"); a person is appointed or succeeded."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.entities.cues import FIRM_SUBJECT_VERBS, verb_lemma
from kg.nlp.entities.mention import KgMention
from kg.nlp.entities.patterns import EntityPatterns

__all__ = [
    "BUYING",
    "SELLING",
    "SUPPLYING",
    "appointed",
    "buys_or_sues",
    "dealer",
    "party",
    "stake_holder",
    "state_body",
    "succeeded",
]


#: Nouns of an offer a firm makes: "a takeover offer from Alkermes".
_OFFERS = frozenset(("offer", "bid", "proposal", "approach", "order", "investment", "loan"))
#: Verbs that sell a business to a buyer: "sell its unit TSB to Banco Santander".
SELLING = frozenset(("sell", "divest", "transfer", "hand", "license"))


#: Last words of a body's name beside the heads of agencies' names: "... Organisation".
_BODY_ENDS = frozenset(("organisation", "organization", "board"))
#: Words of the name of a firm, a fund or an industry group: "Reliance Industries Board".
_NOT_BODIES = frozenset(
    ("industry", "industries", "world", "news", "fund", "group", "bank", "holdings", "cloud")
)


def state_body(p: EntityPatterns, span: Span, typed: dict[int, str]) -> bool:
    """Whether a name a country's possessive owns ends in a body's word: "India's Central
    Drugs Standard Control Organisation", "Kenya's Pharmacy and Poisons Board" (not a firm's
    board: "Brazil's Petrobras Board", "India's Reliance Industries Board")."""
    last = span[-1].lower_
    if last not in p.agency_heads and last not in _BODY_ENDS:
        return False
    if len(span) < 3 or any(t.lower_ in _NOT_BODIES for t in span):
        return False
    owners = [c for c in span.root.children if c.dep_ == "poss"]
    return any(typed.get(c.i) == "COUNTRY" for c in owners)


def dealer(span: Span) -> bool:
    """Whether a name the recogniser took for a product deals as a firm does: the one an
    offer comes from, the buyer a business is sold to, who acquires."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from":
        return head.head.lemma_.lower() in _OFFERS
    if root.dep_ == "pobj" and head.lower_ == "to" and head.dep_ in ("prep", "dative"):
        # "sell its British unit TSB to X": "to" may hang on what is sold
        verb = head.head
        while (
            verb.pos_ in ("NOUN", "PROPN")
            and verb.dep_ in ("dobj", "appos")
            and verb.head.i != verb.i
        ):
            verb = verb.head
        return verb.lemma_.lower() in SELLING
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return head.head.lemma_.lower() in ("acquire", "buy", "purchase", "own")
    return False


#: Verbs of supplying goods to a buyer: "supplies cells to Lucid".
SUPPLYING = frozenset(("supply", "sell", "ship", "deliver", "provide"))
#: Verbs of buying goods from a seller: "buys cathode material from Ecopro BM".
BUYING = frozenset(("buy", "purchase", "order", "source", "procure", "import"))
#: Nouns of holding or funding a firm: "a stake in Arvella", "a round in Qubitra".
_HOLDING = frozenset(("stake", "round", "investment", "interest", "holding", "shareholding"))


def party(span: Span) -> bool:
    """Whether a name the recogniser took for a person or a place is the seller goods are
    bought from, the buyer of goods from a seller, or the firm a stake or round is in."""
    root = span.root
    prep = root.head
    # "Novo Nordisk buys glass vials from Stevanato": who buys goods from a seller
    if root.dep_ == "nsubj" and prep.lemma_.lower() in BUYING:
        return any(
            c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pobj" for g in c.children)
            for c in prep.children
        ) and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in prep.children)
    if root.dep_ != "pobj":
        return False
    if prep.lower_ == "from":
        return prep.head.lemma_.lower() in BUYING
    return prep.lower_ == "in" and prep.head.lemma_.lower() in _HOLDING


#: Verbs of taking or holding a share of a firm: "bought a 49% stake".
_STAKING = frozenset(("buy", "take", "hold", "own", "acquire", "increase", "raise", "sell"))
#: Nouns of a share of a firm.
_STAKES = frozenset(("stake", "%", "percent", "interest", "shareholding"))


def stake_holder(span: Span) -> bool:
    """Whether a name is who buys, holds or sells a stake: "Abu Dhabi's Masdar bought a
    49% stake"."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _STAKING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _STAKES for c in verb.children)


#: Verbs that give someone a post: "appointed X as chief executive".
_APPOINTING = frozenset(("appoint", "name", "hire", "elect", "promote", "tap", "nominate"))


def appointed(p: EntityPatterns, span: Span) -> bool:
    """Whether a name of two words or more is given a title: "appointed Choi Soo-yeon as
    its chief executive", "Choi Soo-yeon was named chief executive"."""
    root = span.root
    verb = root.head
    if len(span) < 2 or verb.lemma_.lower() not in _APPOINTING:
        return False
    if root.dep_ not in ("dobj", "nsubjpass"):
        return False
    # the title after "as", or the verb's second object ("named him chief executive")
    posts = [
        t
        for c in verb.children
        if (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ in ("oprd", "attr", "xcomp")
        for t in c.subtree
    ]
    # (a title's head, not "new" or "senior"; no firm's name: "named Moelis Company as its
    # new financial adviser")
    return any(t.lower_ in p.title_heads for t in posts) and not any(
        t.lower_ in p.company_suffixes for t in span
    )


def succeeded(span: Span, typed: dict[int, str]) -> bool:
    """Whether a name a person takes over from, succeeds or replaces is a person: "Ivan
    Espinosa, who took over from Makoto Uchida"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "from":
        verb = head.head
        over = any(c.lower_ == "over" for c in verb.children)
        if not (verb.lemma_.lower() == "take" and over):
            return False
    elif root.dep_ == "dobj" and head.lemma_.lower() in ("succeed", "replace"):
        verb = head
    else:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    person = [s for s in subjects if typed.get(s.i) == "PERSON"]
    # "who took over from X": the person the relative pronoun stands for
    relative = verb.dep_ == "relcl" and typed.get(verb.head.i) == "PERSON"
    return len(span) > 1 and (bool(person) or relative)


def buys_or_sues(verb: Token, mentions: list[KgMention], m: KgMention) -> bool:
    """Whether a verb, or the verb it governs ("agreed to buy"), sues, buys or acquires a
    name as its object: what is sued or bought is a firm whatever the recogniser took it
    for."""
    firms = {i for f in mentions if f is not m for i in range(f.start, f.end)}
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if verb_lemma(v) in FIRM_SUBJECT_VERBS | {"buy", "countersue"} and any(
            c.dep_ == "dobj" and c.i in firms for c in v.children
        ):
            return True
    return False
