"""Relations read on the words alone: a trigger between neighbouring names where a sentence
has no parse, "A's B", and a relation's phrases between names in any sentence."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

from kg.nlp.entities import KgMention
from kg.nlp.relations.context import Context, Hit
from kg.nlp.relations.hits import fits, verb_forms

__all__ = ["phrase_rules", "surface_rules"]


def surface_rules(ctx: Context) -> Iterator[Hit]:
    """Without a parse: "A <trigger> B" and "A's B" between neighbouring mentions of a sentence."""
    relations = ctx.rules.relations
    by_sent: dict[int, list[KgMention]] = {}
    for m in ctx.mentions:
        by_sent.setdefault(ctx.sent(ctx.tokens[m.start]).start, []).append(m)
    for sent in ctx.sentences:
        # the sentence was parsed: the rules above read it (a headline's parse is often lost:
        # "Huawei unveils Ascend 950 AI chip", with "unveils" read as a noun)
        parsed = any(ctx.pos[sent.start : sent.end])
        if parsed and not _headline(ctx, sent):
            continue
        ms = by_sent.get(sent.start, [])
        for a, b in itertools.pairwise(ms):
            gap = ctx.doc[a.end : b.start]
            if len(gap) > 6:
                continue
            # "Apple's A17 Pro"
            if len(gap) >= 1 and gap[0].text in ("'s", "’s", "'") and len(gap) <= 3:
                if a.type == "COMPANY" and b.type in ("PRODUCT", "TECHNOLOGY"):
                    yield Hit(
                        a,
                        "develops",
                        b,
                        gap[0],
                        ctx.fixed["surface_possessive"],
                        "surface:possessive",
                    )
                elif a.type in ("COUNTRY", "AGENCY") and b.type == "AGENCY":
                    yield Hit(
                        b,
                        "part_of",
                        a,
                        gap[0],
                        ctx.fixed["surface_possessive"],
                        "surface:possessive",
                    )
                continue
            for i, tok in enumerate(gap):
                # (in a parsed headline, only a verb in -s the parser took for a noun)
                if parsed and not (tok.pos_ == "NOUN" and tok.tag_ == "NNS"):
                    continue
                forms = verb_forms(tok.text, ctx.irregular)
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
                    if fits(rule, src, tgt):
                        # "Huawei did not develop X": a negator between the names
                        denied = any(
                            g.lower_ in ctx.negators or verb_forms(g.text) & ctx.denial_verbs
                            for g in gap
                        )
                        method = f"surface:{tok.lower_}" + (":negated" if denied else "")
                        yield Hit(
                            src,
                            rule.name,
                            tgt,
                            tok,
                            rule.confidence + ctx.offset["surface"],
                            method,
                        )
                        break


def _headline(ctx: Context, sent) -> bool:
    """Whether a sentence is a headline: the text's only sentence, short, with no closing
    stop."""
    return (
        len(ctx.sentences) == 1
        and len(sent) <= 25
        and ctx.tokens[sent.end - 1].text not in (".", "!", "?", '"', "”")
    )


#: Words that may stand between a name and a phrase: "X, which now runs on Y".
_BEFORE_PHRASE = frozenset(
    (
        ",", "which", "that", "now", "also", "still", "currently", "already", "will", "would",
        "can", "could", "is", "are", "was", "were", "mainly", "largely", "mostly", "fully",
        "partly", "only", "primarily", "instead", "not", "n't", "no", "longer", "never",
        "does", "did", "do", "has", "have", "had", "been",
        # "is trying to take market share from", "is expected to take on"
        "to", "trying", "tries", "aims", "aiming", "plans", "planning", "hopes", "hoping",
        "seeks", "seeking", "wants", "expected", "likely", "set", "poised", "looking",
    )
)  # fmt: skip
#: Words that may stand between a phrase and a name: "pairs two Taishan V3 cores".
_AFTER_PHRASE = frozenset(
    (
        "the", "a", "an", "its", "their", "his", "her", "custom", "new", "latest", "own",
        "in-house", "upgraded", "upcoming", "current", "next", "first",
    )
)  # fmt: skip


def _subject(ctx: Context, m: KgMention) -> bool:
    """Whether a name may be its clause's subject: one, or a name the parse says nothing of
    (a flat parse's, a headline's)."""
    return ctx.root_of(m).dep_ in ("nsubj", "nsubjpass", "dep", "ROOT")


def _phrase_at(
    gap: list[str],
    words: list[str],
    phrases: tuple[tuple[str, ...], ...],
    nouns: frozenset[str],
) -> tuple[int, int] | None:
    """Where one of ``phrases`` stands in ``gap`` with only small words, or the product
    ``nouns`` of the name before it ("the H7 tier runs on"), around it."""
    firsts = _first_words(phrases)
    for i in range(min(len(gap), 4)):
        if any(w not in _BEFORE_PHRASE and w not in nouns for w in gap[:i]):
            break
        for phrase in firsts.get(gap[i], ()):
            end = i + len(phrase)
            if tuple(gap[i:end]) != phrase:
                continue
            # (a capitalised word is part of a name the recogniser cut short: "two
            # Taishan V3 cores")
            rest = words[end:]
            if len(rest) <= 3 and all(
                w.lower() in _AFTER_PHRASE
                or w.lower() in _NUMBERS
                or w.isdigit()
                or w[:1].isupper()
                for w in rest
            ):
                return i, end
    return None


@functools.cache
def _first_words(
    phrases: tuple[tuple[str, ...], ...],
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A relation's phrases by their first word, so that a gap is matched only against the
    phrases that can start where it stands."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


#: Words that end a phrase between a country and the name after it.
_NOT_BETWEEN = frozenset(("and", "or", "but", "on", "in", "for", "with", "to", "of", "by", "as"))


def _country_of(ctx: Context, country: KgMention, name: KgMention) -> bool:
    """Whether a country stands before a firm or body as its owner or its nationality:
    "Poland's PGZ", "Indian conglomerate Mahindra", "South Korean battery maker SK On"."""
    if name.type not in ("COMPANY", "AGENCY"):
        return False
    between = ctx.lower[country.end : name.start]
    if between in (["'s"], ["’s"]):
        return True
    words = [t.text for t in ctx.doc[country.end : name.start]]
    return 0 < len(words) <= 3 and all(
        w.isalpha() and w.islower() and w not in _NOT_BETWEEN for w in words
    )


#: Verbs of "A ships goods to B", read on the words where the parser took the verb for a
#: noun ("Kioxia supplies NAND flash to Apple") or hung "to" on a word it took for a verb
#: ("which supplies welding robots to Maruti").
_SHIPPING = frozenset(("supply", "sell", "ship", "provide", "deliver", "export"))
#: What a firm holds rather than makes: "sold its stake to X" supplies nothing.
_HELD = frozenset(
    (
        "stake", "stakes", "unit", "units", "business", "businesses", "division", "shares",
        "share", "assets", "asset", "subsidiary", "arm", "operations", "interest", "holding",
        "holdings", "plant", "plants", "factory", "factories", "brand", "brands", "rights",
        "licence", "license", "patents", "itself", "out",
    )
)  # fmt: skip


def _shipped(ctx: Context, a: KgMention, after: list[KgMention]) -> Iterator[Hit]:
    """ "A supplies <goods> to B", "A, which ships inverters to B": A supplies B, with the
    goods (a name or a few words) between the verb and "to"."""
    rule = ctx.rules.relations.get("supplies")
    if rule is None or not after:
        return
    to = after[0]
    goods = None
    if to.type in ("PRODUCT", "TECHNOLOGY") and len(after) > 1:
        goods, to = to, after[1]
    words = ctx.lower[a.end : to.start]
    stop = to.start - 1  # where "to" stands
    # "ships cells to Pune-based bus maker Deccan eBus": the firm the place describes
    if to.type == "LOCATION" and ctx.lower[to.end : to.end + 2] == ["-", "based"]:
        to = next(
            (
                m
                for m in ctx.mentions
                if to.end + 2 < m.start <= to.end + 6
                and all(w.isalpha() and w.islower() for w in ctx.lower[to.end + 2 : m.start])
            ),
            to,
        )
    if len(words) > 9 or words[-1:] != ["to"] or not fits(rule, a, to):
        return
    verb = next((k for k, w in enumerate(words) if verb_forms(w, ctx.irregular) & _SHIPPING), None)
    if verb is None or verb > 3:
        return
    small = words[:verb]
    # (an infinitive's subject only: "Kioxia is set to supply", not "beat Ericsson to
    # supply")
    if "to" in small and not _subject(ctx, a):
        return
    # (", which supplies", not a list's comma)
    if any(w not in _BEFORE_PHRASE for w in small) or (
        "," in small and small[small.index(",") + 1 : small.index(",") + 2] != ["which"]
    ):
        return
    middle = [
        k
        for k in range(a.end + verb + 1, stop)
        if goods is None or not goods.start <= k < goods.end
    ]
    if len(middle) > 4 or (goods is None and not middle):
        return
    if any(
        ctx.mention_of(ctx.tokens[k]) is not None
        or not ctx.tokens[k].text.replace("-", "").isalpha()
        or ctx.lower[k] in _HELD
        or ctx.lower[k] in _NOT_BETWEEN
        for k in middle
    ):
        return
    denied = any(w in ctx.negators for w in small)
    yield Hit(
        a,
        "supplies",
        to,
        ctx.tokens[a.end + verb],
        rule.confidence + ctx.offset["surface"],
        f"phrase:{words[verb]}:to" + (":negated" if denied else ""),
    )


#: Nouns for a grade of a product, after its name: "the God's Eye A tier".
_GRADES = frozenset(("tier", "trim", "trims", "edition", "version", "versions"))
_NUMBERS = frozenset(("two", "three", "four", "five", "six", "eight", "ten", "twelve", "one"))


def phrase_rules(ctx: Context) -> Iterator[Hit]:
    """ "the G-Pilot H7 tier runs on Nvidia's Drive Thor", "the M100 powers the L9": a
    relation's phrase between two neighbouring names, read on the words alone, so that it
    holds where the parser lost the sentence."""
    rules = [r for r in ctx.rules.relations.values() if r.phrases or r.inverse_phrases]
    if not rules:
        return
    nouns = ctx.product_nouns | _GRADES
    by_sent: dict[int, list[KgMention]] = {}
    for m in ctx.mentions:
        by_sent.setdefault(ctx.sent(ctx.tokens[m.start]).start, []).append(m)
    for ms in by_sent.values():
        for k, (a, b) in enumerate(itertools.pairwise(ms)):
            words = [t.text for t in ctx.doc[a.end : b.start]]
            gap = [w.lower() for w in words]
            if not gap or len(gap) > 8:
                continue
            # "runs on Nvidia's Drive Thor": the owner's name stands before the one meant;
            # "teamed up with Indian conglomerate Mahindra", "with Poland's PGZ": the
            # country only says whose the name after it is
            owned = ms[k + 2] if k + 2 < len(ms) else None
            if owned is not None and (
                (
                    b.type == "COMPANY"
                    and owned.start == b.end + 1
                    and ctx.lower[b.end] in ("'s", "’s")
                )
                or (b.type == "COUNTRY" and _country_of(ctx, b, owned))
            ):
                b = owned
            yield from _shipped(ctx, a, ms[k + 1 : k + 3])
            for rule in rules:
                for phrases, inverse in ((rule.phrases, False), (rule.inverse_phrases, True)):
                    found = _phrase_at(gap, words, phrases, nouns)
                    if found is None:
                        continue
                    src, tgt = (b, a) if inverse else (a, b)
                    if not fits(rule, src, tgt):
                        continue
                    # (an infinitive's subject only: "Oppo is trying to win back share
                    # from Vivo", not "formed a venture with Xpeng to take on BYD")
                    if "to" in gap[: found[0]] and not _subject(ctx, a):
                        continue
                    denied = any(w in ctx.negators for w in gap)
                    trigger = ctx.tokens[a.end + found[0]]
                    method = f"phrase:{'_'.join(gap[found[0] : found[1]])}"
                    yield Hit(
                        src,
                        rule.name,
                        tgt,
                        trigger,
                        rule.confidence + ctx.offset["surface"],
                        method + (":negated" if denied else ""),
                    )
