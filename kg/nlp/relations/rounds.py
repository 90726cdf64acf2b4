"""Funding rounds and who puts money into them: "Mubadala led a $200 million round in
Kestrel", "raised $75 million in a round led by Y", "Backers include X and Y", "The funding
came from Intel Capital", "with Temasek also taking part"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.clause import prep_args, subjects_of
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.money import _INVESTORS, _RECEIVING, _former, _invests, is_money
from kg.nlp.relations.trade import described_by

__all__ = ["TAKING_PART", "round_rules", "took_part_rules"]

#: Verbs of putting money into a round: "led a $200 million round", "joined the round".
_FUNDING_ROUND = frozenset(
    ("lead", "co-lead", "colead", "join", "participate", "back", "anchor", "invest")
)


def _raised_before(ctx: Context, tok: Token) -> list[Arg]:
    """The firm that last raised money in an earlier sentence: "Orvane raised $200
    million in a Series D round." before "The round was led by X"."""
    # (money raised, in the sentence just before or the one before it, unless a firm
    # between is what the text has turned to: not "Rivian raised its forecast. Lucid cut
    # prices. Investors include ...")
    sent = ctx.sent(tok)
    between: set[str] = set()  # the firms the sentences in between are about
    for _ in range(2):
        if sent.start == 0:
            return []
        sent = ctx.sent(ctx.tokens[sent.start - 1])
        for t in reversed(ctx.tokens[sent.start : sent.end]):
            if t.pos_ != "VERB" or t.lemma_.lower() not in ("raise", "secure", "close", "land"):
                continue
            if not any(c.dep_ == "dobj" and is_money(c, ctx.funding_nouns) for c in kids(t)):
                continue
            got = [a for a in subjects_of(ctx, t)[0] if a.direct and a.mention.type == "COMPANY"]
            if got:
                return got if between <= {a.mention.label for a in got} else []
        between |= {
            a.mention.label for a in subjects_of(ctx, sent.root)[0] if a.mention.type == "COMPANY"
        }
    return []


def _in_round(ctx: Context, tok: Token) -> list[Arg]:
    """The firm a round or an investment is in: "a round in X", "X's Series B round", "the
    Series B round of X", "investors in X's latest round"."""
    found = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in ("in", "of", "for"):
            for p in kids(c):
                if p.dep_ != "pobj":
                    continue
                found += _in_round(ctx, p) if p.lemma_.lower() == "round" else ctx.args(p)
                # "a round in Tokyo robotics startup Kaizen Dynamics": the parser may lose
                # the firm named a few words on, after the words that describe it
                if c.lower_ == "in" and not any(a.mention.type == "COMPANY" for a in found):
                    for t in ctx.tokens[p.i + 1 : p.i + 4]:
                        m = ctx.mention_of(t)
                        if m is not None and m.type == "COMPANY":
                            found.append(Arg(m, True))
                            break
                        if not t.is_alpha or t.text[:1].isupper():
                            break
    # the firm, not its city
    firms = [a for a in found if a.mention.type == "COMPANY"]
    return firms or found


#: Verbs by which a round names its investors: "the round included Fidelity".
_DRAWING = frozenset(("include", "draw", "attract", "feature"))

#: Nouns of money put into a firm at once: "a Series B round", "funding led by X".
_ROUNDS = frozenset(("round", "funding", "financing", "raise"))


def _governing_verb(tok: Token) -> Token:
    """The verb a noun hangs on, through prepositions and the nouns they hang on:
    "secured $50 million in funding" -> "secured"."""
    verb = tok.head
    for _ in range(4):
        # ("raised 340 billion won in a round": the currency the tagger took for a verb)
        won = verb.lower_ == "won" and verb.i > 0 and verb.doc[verb.i - 1].like_num
        if (verb.pos_ in ("VERB", "AUX") and not won) or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def _funds_from(ctx: Context, tok: Token) -> Iterator[Hit]:
    """ "With funding from the European Investment Bank, Northvolt expanded": who funds
    invests in the subject of the clause the funds serve."""
    givers = prep_args(ctx, tok, ("from",), direct=True)
    # "Ayar Labs raised $155 million. The funding came from Intel Capital and X": the
    # last raiser's
    came = tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("come", "be")
    if came and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids(tok)):
        givers = prep_args(ctx, tok.head, ("from",), direct=True)
        yield from _invests(ctx, givers, _raised_before(ctx, tok), tok, "round", "funds-from")
        return
    if not givers or tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "through"):
        return
    verb = _governing_verb(tok)
    if verb.pos_ == "VERB":
        funded = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        yield from _invests(ctx, givers, funded, tok, "round", "funds-from")


def round_rules(ctx: Context) -> Iterator[Hit]:
    """ "Mubadala led a $200 million funding round in Kestrel", "participated in the Series
    B round of X", "raised $75 million in a round led by Y", "Y was among the investors in
    X", "its backers include Y": who puts money into a round invests in the firm."""
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # ("joined xAI's latest funding round": "round" may be tagged an adverb)
        misread = lemma == "round" and tok.dep_ in ("dobj", "pobj")
        if pos not in ("NOUN", "PROPN") and not misread:
            continue
        if lemma in ctx.funding_nouns and pos == "NOUN":
            yield from _funds_from(ctx, tok)
        # ("a round of supplier talks", "a round of F-47 bidding": no round of funding)
        other_round = lemma == "round" and any(
            p.dep_ == "pobj"
            and ctx.mention_of(p) is None
            and ctx.lemma[p.i] not in ctx.funding_nouns
            for c in kids(tok)
            if c.lower_ == "of"
            for p in kids(c)
        )
        if other_round:
            continue
        if lemma in _ROUNDS or (tok.text == "Series" and tok.i + 1 < len(ctx.doc)):
            funded = _in_round(ctx, tok)
            verb = _governing_verb(tok)
            funders: list[Arg] = []
            leads = _funds_round(verb)
            if verb.pos_ == "VERB" and leads:
                funders = [a for a in subjects_of(ctx, verb)[0] if a.direct]
            elif verb.pos_ == "VERB" and verb.lemma_.lower() in _RECEIVING | {"close", "complete"}:
                funded += [a for a in subjects_of(ctx, verb)[0] if a.direct]
            # "a round led by Y and co-led by Z"
            # ("the round for OpenAI, which was led by Thrive Capital")
            leading = [c for c in kids(tok) if c.dep_ in ("acl", "relcl") and _funds_round(c)]
            leading += [g for c in leading for g in kids(c) if g.dep_ == "conj" and g.tag_ == "VBN"]
            funders += [
                a
                for c in leading
                for g in kids(c)
                if g.dep_ == "agent"
                for p in kids(g)
                if p.dep_ == "pobj"
                for a in ctx.args(p)
            ]
            # "The round included participation from Temasek"
            if tok.dep_ == "nsubj" and verb.lemma_.lower() == "include":
                funders += [
                    a
                    for c in kids(verb)
                    if c.dep_ == "dobj" and c.lemma_.lower() == "participation"
                    for g in kids(c)
                    if g.dep_ == "prep" and g.lower_ in ("from", "by")
                    for q in kids(g)
                    for a in ctx.args(q)
                ]
            # "The round included Fidelity and Lightspeed", "a round that included Nvidia"
            # (and "The round valued Anthropic at $183 billion": the firm valued)
            drawing = [verb] if tok.dep_ == "nsubj" else []
            drawing += [c for c in kids(tok) if c.dep_ == "relcl"]
            drawing += [
                g for v in drawing for g in kids(v) if g.dep_ == "conj" and g.pos_ == "VERB"
            ]
            funders += [
                a
                for v in drawing
                if v.lemma_.lower() in _DRAWING
                for c in kids(v)
                # (the investors named, not those a common noun stands for: "included
                # customers like Safaricom")
                if c.dep_ == "dobj" and (ctx.mention_of(c) is not None or c.lemma_ in _INVESTORS)
                for a in ctx.args(c)
                if a.direct and a.mention.type == "COMPANY"
            ]
            funded += [
                a
                for v in drawing
                if v.lemma_.lower() == "value"
                for c in kids(v)
                if c.dep_ == "dobj"
                for a in ctx.args(c)
                if a.direct and a.mention.type == "COMPANY"
            ]
            # "..., with participation from Temasek"
            funders += [
                a
                for c in kids(verb)
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in kids(c)
                if p.lemma_.lower() == "participation"
                for g in kids(p)
                if g.dep_ == "prep" and g.lower_ in ("from", "by")
                for q in kids(g)
                for a in ctx.args(q)
            ]
            # "..., with existing backers A and B also participating" (the parser may hang it
            # on the round, or on the name of the one who led it)
            joined = [verb, tok, *leading]
            joined += [ctx.root_of(a.mention) for a in funders]
            funders += [a for h in joined for a in _taking_part(ctx, h) if a.direct]
            # "co-led a round in Qubitra alongside Andreessen Horowitz": a co-investor
            # (the parser may hang it on the firm funded)
            if funders:
                hangers = [verb] + [ctx.root_of(a.mention) for a in funded]
                funders += [
                    a
                    for h in hangers
                    for c in kids(h)
                    if c.dep_ == "prep" and c.lower_ in ("alongside", "with")
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in ctx.args(p)
                    if a.direct and a.mention.type == "COMPANY"
                ]
            # "Orvane raised $200 million. The round was led by X": the firm that raised it
            # in an earlier sentence
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))
            if funders and not funded and definite:
                funded = _raised_before(ctx, tok)
            yield from _invests(ctx, funders, funded, tok, "round", "round")
        elif lemma in _INVESTORS and not _former(tok):
            holders = [a for a in described_by(ctx, tok) if a.direct]
            funded = _in_round(ctx, tok)
            # "Nippon Paint, in which Wuthelam is the largest shareholder": the "in" of the
            # copula
            if not funded and tok.dep_ == "attr":
                funded = [
                    a
                    for c in kids(tok.head)
                    if c.dep_ == "prep" and c.lower_ == "in"
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in ctx.resolve(p)
                ]
            # "counts A and B among its investors": "its" is not one of them
            held = {a.mention.label for a in holders}
            funded = [a for a in funded if a.mention.label not in held]
            # "A and B were among the other investors in the round": the earlier raiser
            # ("in the round" may hang on the verb: "were among the investors in the round")
            holders_of_in = [tok, tok.head.head] if tok.dep_ == "pobj" else [tok]
            rounds = [
                p
                for h in holders_of_in
                for c in kids(h)
                if c.dep_ == "prep" and c.lower_ == "in"
                for p in kids(c)
                if p.lemma_.lower() in _ROUNDS
            ]
            # "among the investors in xAI's latest raise": the round's firm
            if not funded:
                funded = [a for r in rounds for a in _in_round(ctx, r)]
            definite = [r for r in rounds if any(d.lower_ == "the" for d in kids(r))]
            if not funded and definite:
                funded = _raised_before(ctx, definite[0])
            # "Anthropic raised $13 billion. Backers include Iconiq and Fidelity": investors
            # of no one named are the last raiser's
            if not funded and not rounds and not any(c.dep_ == "poss" for c in kids(tok)):
                funded = _raised_before(ctx, tok)
            yield from _invests(ctx, holders, funded, tok, "round", "investors")


def _funds_round(verb: Token) -> bool:
    """Whether a verb leads or joins a round ("co-led", which the lemmatizer cuts short;
    "took part in")."""
    lemma = verb.lemma_.lower()
    return lemma in _FUNDING_ROUND or verb.lower_.startswith("co-le") or _takes_part(verb)


def _takes_part(verb: Token) -> bool:
    """Whether a verb is "take part"."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


#: Verbs of having a part in what others do: "with Google and Nvidia also taking part".
TAKING_PART = frozenset(("participate", "join"))


def _taking_part(ctx: Context, verb: Token) -> list[Arg]:
    """Who is said to take part in what a verb does: "with A and B also participating",
    "with A also investing"."""
    return [
        a
        for w in kids(verb)
        if w.dep_ == "prep" and w.lower_ == "with"
        for c in kids(w)
        if c.dep_ == "pcomp"
        and c.tag_ == "VBG"
        and (c.lemma_.lower() in TAKING_PART | {"invest"} or _takes_part(c))
        for s in kids(c)
        if s.dep_ == "nsubj"
        for a in ctx.args(s)
    ]


def took_part_rules(ctx: Context) -> Iterator[Hit]:
    """ "Sequoia led a round in Figure; Nvidia and Intel Capital also took part", "Kestrel
    raised $50 million. Existing investors A and B also took part": who also takes part
    in a round the text just named invests in its firm."""
    if ctx.lemma_set.isdisjoint(("take", "participate")):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or not (lemma == "participate" or _takes_part(tok)):
            continue
        # (a round named with the verb is another rule's: "took part in the round in X")
        if any(c.dep_ == "prep" and c.lower_ == "in" for c in kids(tok)):
            continue
        if not any(c.lower_ in ("also", "too") for c in kids(tok)):
            continue
        funders = [a for a in subjects_of(ctx, tok)[0] if a.direct and a.mention.type == "COMPANY"]
        # the round named last, in this sentence or the one before
        sent = ctx.sent(tok)
        start = ctx.sent(ctx.tokens[sent.start - 1]).start if sent.start > 0 else sent.start
        rounds = [t for t in ctx.tokens[start : tok.i] if t.lemma_.lower() in _ROUNDS]
        funded = _in_round(ctx, rounds[-1]) if rounds else []
        if not funded:
            funded = _raised_before(ctx, tok)
        yield from _invests(ctx, funders, funded, tok, "round", "took-part")
