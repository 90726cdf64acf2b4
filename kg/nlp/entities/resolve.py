"""From candidate mentions to the document's mentions: overlaps settled, labels made,
acronyms, surnames, short names and bare measures resolved to what they stand for."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from kg.nlp.entities.mention import DEFINED, KgMention, clean_label, tokens_where
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["label", "resolve", "select"]


def _body_over_place(m: KgMention, olds: list[KgMention]) -> bool:
    """Whether a body's or firm's name begins with a place the lexicon knows ("Delhi High
    Court", "Jiangsu Semiconductor Industry Association"), a firm's name holds a country
    after its first word ("Arrow China Electronics Trading"), or a university's or
    institute's holds places ("University of Pennsylvania")."""
    first = min(olds, key=lambda o: o.start, default=None)
    if first is None or not all(m.start <= o.start and o.end <= m.end for o in olds):
        return False
    # ("Millicom's Tigo Chad unit", "its subsidiary GWM Kenya": a unit's name may end in
    # its country's)
    # ("University of Pennsylvania", "Universiti Kebangsaan Malaysia": anywhere in it)
    if m.method == "institution-shape":
        return all(o.type in ("COUNTRY", "LOCATION") for o in olds)
    if m.method in ("unit-name", "company-cue"):
        return first.start > m.start and all(o.type in ("COUNTRY", "LOCATION") for o in olds)
    if first.start > m.start:
        inside = m.method == "company-suffix" and first.end < m.end
        return inside and all(o.type in ("COUNTRY", "LOCATION") for o in olds)
    return (
        m.method in ("agency-shape", "company-suffix")
        and first.type == "LOCATION"
        and first.end < m.end
    )


def _longer_firm(m: KgMention, olds: list[KgMention], doc: Doc) -> bool:
    """Whether the recogniser read a longer name that begins with a firm the lexicon knows
    and goes on with words no finder knows: "Samsung Biologics", "GE Vernova" are other
    firms than Samsung and GE (not a list it ran together: "with Qualcomm, Viettel
    said")."""
    return (
        m.method in ("ner-org", "ner-person")
        and len(olds) == 1
        and olds[0].method == "lexicon"
        and olds[0].type == "COMPANY"
        and olds[0].start == m.start
        and olds[0].end < m.end
        and not any(t.text == "," for t in doc[olds[0].end : m.end])
    )


def _partners_firm(m: KgMention, olds: list[KgMention]) -> bool:
    """Whether the recogniser read one firm named after people joined by "&" where a
    finder read a surname: "Kessler & Roth" is no Jeffrey Kessler."""
    return (
        m.method == "ner-org+amp"
        and m.type == "COMPANY"
        and bool(olds)
        and all(o.type == "PERSON" and m.start <= o.start and o.end <= m.end for o in olds)
    )


def _firm_over_product(m: KgMention, olds: list[KgMention]) -> bool:
    """Whether a name with a company suffix holds only products or technologies, each
    ending before it does ("Axion Labs", "Falcon Systems"), or its owner's name and then a
    technology's ("Kyocera Advanced Packaging")."""
    if m.method != "company-suffix" or not olds:
        return False
    if all(
        o.type in ("PRODUCT", "TECHNOLOGY") and o.start >= m.start and o.end < m.end for o in olds
    ):
        return True
    owner = [o for o in olds if o.type == "COMPANY" and o.start == m.start]
    rest = [o for o in olds if o not in owner]
    return (
        len(owner) <= 1
        and bool(rest)
        and all(
            o.type == "TECHNOLOGY" and o.start > m.start and o.method == "lexicon" for o in rest
        )
    )


def select(cands: list[KgMention], doc: Doc, pat: EntityPatterns) -> list[KgMention]:
    """Choose non-overlapping mentions, the more trusted and then the longer first."""

    def rank(m: KgMention) -> tuple:
        return (-m.priority, -(m.end - m.start), m.start)

    chosen: list[KgMention] = []
    taken: dict[int, KgMention] = {}
    for m in sorted(cands, key=rank):
        clash = {taken[i].start for i in range(m.start, m.end) if i in taken}
        if not clash:
            chosen.append(m)
            for i in range(m.start, m.end):
                taken[i] = m
            continue
        # a measure whose name holds a place: "Investment Canada Act", "the European
        # Chips Act" name one measure, not a country and an "Act"
        olds = {id(taken[i]): taken[i] for i in range(m.start, m.end) if i in taken}
        if (
            m.type == "POLICY"
            and m.method == "policy-name"
            and all(
                o.type in ("COUNTRY", "LOCATION") and o.end < m.end and o.start > m.start
                for o in olds.values()
            )
        ):
            for o in olds.values():
                chosen.remove(o)
            chosen.append(m)
            for i in range(m.start, m.end):
                taken[i] = m
            continue
        # a firm's arm named after its country: "Hikvision Canada", "Huawei India"; a firm
        # whose name begins with a product's: "Axion Labs" is no Axion chip
        others = list(olds.values())
        if _longer_firm(m, others, doc):
            m.type = "COMPANY"  # "Samsung Biologics" is a firm, whatever the recogniser said
        if (
            _local_arm(m, others)
            or _partners_firm(m, others)
            or _firm_over_product(m, others)
            or _body_over_place(m, others)
            or _longer_firm(m, others, doc)
        ):
            for o in olds.values():
                chosen.remove(o)
            chosen.append(m)
            for i in range(m.start, m.end):
                taken[i] = m
            continue
        # a measure named after its issuer: "US tariffs" keeps "tariffs" beside "US" (and
        # a body "Food and Drug Administration" beside it);
        # a model named after its maker: "Vivo X300" keeps "X300" beside "Vivo"
        if (
            m.type == "POLICY"
            or m.method == "agency-shape"
            or (
                m.type == "PRODUCT"
                and m.method == "model-number"
                and all(taken[i].type == "COMPANY" for i in range(m.start, m.end) if i in taken)
            )
        ):
            cut = max(i for i in range(m.start, m.end) if i in taken) + 1
            # a body's name is whole or none: "and Commission" after "Olaf Scholz" is none
            body = m.method == "agency-shape"
            if body and (m.end - cut < 2 or not _opens_name(m, cut, taken)):
                continue
            if cut < m.end and all(i not in taken for i in range(cut, m.end)):
                # "the Nigerian Communications Commission": a commission's name keeps the
                # nationality it opens with, which is a mention of its own too (not a
                # ministry's: "the Chinese Commerce Ministry")
                label = m.label
                # (from the country's word on, not a short code: "the US Federal Trade
                # Commission", nor words before it: "On Monday Nigerian ...")
                country = taken[cut - 1]
                first = doc[country.start].text
                named = country.type == "COUNTRY" and first.isalpha() and not first.isupper()
                if body and doc[m.end - 1].lower_ in _NAMED_BODIES and named:
                    label = doc[country.start : m.end].text
                trimmed = KgMention(cut, m.end, m.type, label, m.priority, m.entry, m.method)
                chosen.append(trimmed)
                for i in range(cut, m.end):
                    taken[i] = trimmed
            continue
        # a model number or a longer name that extends a family of the same type; a firm
        # named after its city ("Xiamen Limbach Aircraft Engine Co", "Shenzhen Investment
        # Holdings") takes the place's name into its own
        olds = {id(taken[i]): taken[i] for i in range(m.start, m.end) if i in taken}
        if all(
            o.type == m.type
            and o.start == m.start
            and o.end <= m.end
            and (o.end - o.start) < (m.end - m.start)
            and m.method in ("model-number", "company-suffix")
            for o in olds.values()
        ) or all(
            o.type in ("LOCATION", "COUNTRY")
            and o.start == m.start
            and o.end < m.end
            and (m.method == "company-suffix" or _named_after_place(pat, m, o, doc))
            for o in olds.values()
        ):
            for o in olds.values():
                chosen.remove(o)
            chosen.append(m)
            for i in range(m.start, m.end):
                taken[i] = m
    return sorted(chosen, key=lambda m: m.start)


#: Last words of a body's proper name, which may open with a nationality: "the Nigerian
#: Communications Commission", "the Australian Competition and Consumer Commission".
_NAMED_BODIES = frozenset(
    ("commission", "organisation", "organization", "authority", "board", "council")
)


def _named_after_place(pat: EntityPatterns, m: KgMention, place: KgMention, doc: Doc) -> bool:
    """Whether the recogniser's name is a place's name and more words: "Asia Pacific Links",
    "Qatar Airways", "Korea Customs Service" (the lexicon's place is only the start of it;
    not a state's forces: "Indian Army", "US Air Force"; nor a description before a common
    noun: "a Beijing AI company"). A body of state's name is typed an agency."""
    described = m.end < len(doc) and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN"
    tail = {t.lower_ for t in doc[place.end : m.end]}
    if m.method != "ner-org" or m.end <= place.end or described or tail & _FORCES:
        return False
    if m.type == "COMPANY" and tail & (pat.agency_words | _BODIES):
        m.type = "AGENCY"
    return m.type in ("COMPANY", "AGENCY")


#: Words of a state's forces, which a place's name may open: "Indian Army".
_FORCES = frozenset(
    (
        "army", "navy", "air", "force", "forces", "military", "guard", "police", "marines",
        "corps", "coast", "government", "state", "party",
    )
)  # fmt: skip
#: Words of a body of state beyond the agency words of ``patterns.toml``, which a place's
#: name may open: "Korea Customs Service", "UK Export Finance".
_BODIES = frozenset(
    (
        "service", "board", "organization", "organisation", "mission", "finance",
        "legislature", "institute", "assembly",
    )
)  # fmt: skip


def _opens_name(m: KgMention, cut: int, taken: dict[int, KgMention]) -> bool:
    """Whether what is left of a body's name, after a name before it, is one: "US Food
    and Drug Administration" leaves "Food and Drug Administration"; only a country or a
    place may stand before it."""
    return all(taken[i].type in ("COUNTRY", "LOCATION") for i in range(m.start, cut) if i in taken)


def _local_arm(m: KgMention, olds: list[KgMention]) -> bool:
    """Whether the recogniser's firm is a known firm's name and then its country's."""
    if m.method != "ner-org" or len(olds) != 2:
        return False
    firm, place = sorted(olds, key=lambda o: o.start)
    return (
        firm.type == "COMPANY"
        and place.type in ("COUNTRY", "LOCATION")
        and firm.start == m.start
        and firm.end == place.start
        and place.end == m.end
    )


def label(pat: EntityPatterns, doc: Doc, m: KgMention) -> str:
    """The canonical label of a mention: the lexicon's name, else its cleaned words."""
    if m.label:
        return m.label
    words = [t for t in doc[m.start : m.end]]
    if m.type == "POLICY":
        while words and words[0].lower_ in pat.policy_drop:
            words = words[1:]
    text = "".join(t.text_with_ws for t in words)
    return clean_label(text)


#: Nouns of a part whose "of" names the whole: "a unit of Hitachi".
_PARTS = frozenset(("unit", "subsidiary", "division", "arm", "affiliate", "part", "branch"))


def _named_whole(doc: Doc, m: KgMention) -> bool:
    """Whether a name is said to be the whole of a part: "Hitachi Energy, a unit of
    Hitachi" (no short form of the part's name)."""
    root = doc[m.start : m.end].root
    return (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in _PARTS
    )


def _initials(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are, in order, initials of the name's words: "BOI" of
    "Board of Investment" (not "NVL" of a name cut short to "Vessels Lürssen")."""
    initials = [w[0].lower() for w in name.replace("-", " ").split() if w]
    k = 0
    for c in acronym.lower():
        while k < len(initials) and initials[k] != c:
            k += 1
        if k == len(initials):
            return False
        k += 1
    return True


def _said_alone_first(doc: Doc, mentions: list[KgMention], m: KgMention, c: KgMention) -> bool:
    """Whether the short name was written alone before the longer one: "Murata set up a
    subsidiary, Murata Electronics Vietnam ... Murata's Wuxi factory" names Murata (not
    where the words after it repeat the longer one's: "Intel Foundry ... Intel's foundry
    services unit")."""
    text, n = doc[m.start : m.end].text, m.end - m.start
    rest = {w.lower() for w in c.label[len(text) :].split()}
    after = {t.lower_ for t in doc[m.end : m.end + 4]}
    earlier = [i for i in range(c.start - n + 1) if doc[i : i + n].text == text]
    if rest & after or not earlier:
        return False
    # a firm the lexicon knows, one the body names before, or one whose longer name is a
    # part's; not a headline's short name for the firm named in full below
    first = next(iter(doc.sents))
    headline = doc[first.end - 1].text not in (".", "!", "?")
    return m.entry is not None or not headline or earlier[0] >= first.end or _named_part(doc, c)


def _named_part(doc: Doc, c: KgMention) -> bool:
    """Whether the text names a firm as another's part: "a subsidiary, Murata Electronics
    Vietnam", "subsidiary Hana Micron Vina", "X, a unit of Y" (a headline's short name
    for a firm named in full below is the same firm: "Kestrel Dynamics wins order")."""
    root = doc[c.start : c.end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in _PARTS:
        return True
    if c.start > 0 and doc[c.start - 1].lemma_.lower() in _PARTS:
        return True
    # ("set up a unit, Suzhou Zentrix Electronics Vietnam,": however the parser hangs it)
    if c.start > 1 and doc[c.start - 1].text == "," and doc[c.start - 2].lemma_.lower() in _PARTS:
        return True
    return (
        c.end + 3 < len(doc)
        and doc[c.end].text == ","
        and doc[c.end + 1].lower_ in ("a", "an", "the", "its")
        and any(t.lemma_.lower() in _PARTS for t in doc[c.end + 2 : c.end + 5])
    )


def resolve(pat: EntityPatterns, doc: Doc, mentions: list[KgMention]) -> list[KgMention]:
    """Resolve mentions to canonical labels within the document."""
    for m in mentions:
        m.label = label(pat, doc, m)
    mentions = [m for m in mentions if m.label and m.label.lower() not in pat.stop_lower]
    # An acronym defined in parentheses names the entity before it: "Bureau of ... (BIS)".
    by_start = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    extra = []
    for m in mentions:
        if m.end + 1 >= len(doc) or doc[m.end].text != "(":
            continue
        close = next(
            (k for k in range(m.end + 1, min(m.end + 6, len(doc))) if doc[k].text == ")"),
            None,
        )
        if close is None or close == m.end + 1:
            continue
        inner = doc[m.end + 1 : close]
        other = by_start.get(m.end + 1)
        if other is not None and other.end == close:
            # one of the two is unknown to the lexicon: it takes the other's identity;
            # two known entities stay apart ("SMIC (China)")
            if other.entry is not None and m.entry is None:
                m.label, m.entry, m.type = other.label, other.entry, other.type
            elif other.entry is None:
                other.label, other.entry, other.type = m.label, m.entry, m.type
        elif (
            other is None
            and len(inner) == 1
            and not any(i in covered for i in range(inner.start, inner.end))
            and sum(c.isupper() for c in inner.text) >= max(2, len(inner.text) // 2)
        ):
            extra.append(
                KgMention(inner.start, inner.end, m.type, m.label, DEFINED, m.entry, "acronym")
            )
    mentions = sorted(mentions + extra, key=lambda m: m.start)
    # the acronym written again elsewhere names the same ("Board of Investment (BOI) ...
    # BOI secretary-general"), whatever the recogniser took it for
    defined = {
        doc[m.end + 1 : m.end + 2].text: m
        for m in mentions
        if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")"
    }
    for m in mentions:
        full = defined.get(doc[m.start : m.end].text) if m.end - m.start == 1 else None
        if (
            full is not None
            and full is not m
            and m.entry is None
            and (m.method.startswith("ner-") or m.method == "unknown-name")
            and _initials(doc[m.start].text, full.label)
        ):
            m.label, m.entry, m.type = full.label, full.entry, full.type
    # Later short forms name an earlier full name: "Huang" for "Jensen Huang", "Micron".
    persons = [m for m in mentions if m.type == "PERSON" and m.end - m.start > 1]
    companies = [m for m in mentions if m.type == "COMPANY" and m.entry is None]
    for m in mentions:
        if m.type == "PERSON" and m.end - m.start == 1:
            for p in persons:
                if doc[m.start].text in p.label.split() and p is not m:
                    m.label, m.entry = p.label, p.entry
                    break
        if m.type == "COMPANY" and m.entry is None:
            for c in companies:
                # (a name given before: "GlobalWafers ... its subsidiary GlobalWafers
                # America" names two firms)
                if (
                    c is not m
                    and c.start < m.start
                    and len(c.label) > len(m.label)
                    and c.label.startswith(m.label + " ")
                    and not _said_alone_first(doc, mentions, m, c)
                ):
                    m.label = c.label
                    break
            # "Dongguan Xinrui Electronics ... Xinrui": the one earlier name a word is of
            word = m.label if m.end - m.start == 1 else ""
            holders = {
                c.label
                for c in companies
                if c.start < m.start
                and c.end - c.start > 1
                and word in c.label.split()[1:-1]
                and not _said_alone_first(doc, mentions, m, c)
            }
            if word and m.label == word and len(holders) == 1:
                m.label = holders.pop()
        # "JD Sports Fashion ... which JD already owns": a known short name is the longer
        # one the text gave first, not another firm the lexicon calls so
        if m.type == "COMPANY" and m.entry is not None:
            words = doc[m.start : m.end].text + " "
            for c in mentions:
                if c.start >= m.start:
                    break
                if (
                    c.type == "COMPANY"
                    and c.label != m.label
                    and c.label.startswith(words)
                    and not _named_whole(doc, m)
                    and not _said_alone_first(doc, mentions, m, c)
                ):
                    m.label, m.entry = c.label, c.entry
                    break
    covered = {i for m in mentions for i in range(m.start, m.end)}
    surnames = {}
    for p in persons:
        for part in p.label.split():
            surnames.setdefault(part, p)
    for tok in tokens_where(doc, ORTH, set(surnames)) if surnames else ():
        if (
            tok.i not in covered
            and tok.text in surnames
            and tok.pos_ in ("PROPN", "")
            and tok.text[:1].isupper()
        ):
            p = surnames[tok.text]
            mentions.append(
                KgMention(tok.i, tok.i + 1, "PERSON", p.label, DEFINED, p.entry, "surname")
            )
    # "the directive", "the rule": a bare definite measure is the measure named before
    policies: list[KgMention] = []
    for m in mentions:
        if m.type != "POLICY":
            continue
        bare = (
            m.method == "policy-phrase"
            and m.end - m.start == 1
            and m.start > 0
            and doc[m.start - 1].lower_ in ("the", "this", "that")
        )
        if bare and policies:
            m.label, m.entry = policies[-1].label, policies[-1].entry
        elif not bare:
            policies.append(m)
    # A known event followed by its year: "Computex 2025".
    for m in mentions:
        if (
            m.type == "EVENT"
            and m.end < len(doc)
            and pat.year_re.match(doc[m.end].text)
            and all(o.start != m.end for o in mentions)
        ):
            m.label = f"{m.label} {doc[m.end].text}"
            m.end += 1
    return sorted(mentions, key=lambda m: m.start)
