"""Possessives, compounds and appositions: "Apple's A17 Pro", "HiSilicon, Huawei's unit"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.relations.context import (
    Arg,
    Context,
    Hit,
    kids,
)
from kg.nlp.relations.policies import issued_by_other

__all__ = [
    "apposition_rules",
    "including_rules",
    "maker_rules",
    "of_maker_rules",
    "possessive_rules",
]


#: Dependency labels of a name the parser could not place.
_LOST = frozenset(("punct", "dep", "meta", "intj"))


def possessive_rules(ctx: Context) -> Iterator[Hit]:
    """ "Apple's A17 Pro", "Nvidia H800 GPUs", "China's Ministry of Commerce", "its H20"."""
    part_nouns = ctx.rules.relations["part_of"].nouns
    # nouns that name a firm's product before its name: "its drug candidate NX-218"
    product_nouns = ctx.rules.words("product", "descriptors") | {"candidate"}
    for tok, dep in zip(ctx.tokens, ctx.dep, strict=True):
        if dep not in ("poss", "compound", "nmod"):
            continue
        owners = ctx.resolve(tok) if dep == "poss" or ctx.mention_of(tok) else []
        if not owners:
            continue
        # "DeepSeek and Moonshot AI's Kimi": the possessive is the last name's alone
        listed_owner = [
            c
            for c in kids(tok)
            if c.dep_ == "conj" and c.i + 1 < len(ctx.doc) and ctx.tokens[c.i + 1].tag_ == "POS"
        ]
        mine = ctx.mention_of(tok)
        end = mine.end if mine is not None else tok.i + 1
        marked = end < len(ctx.doc) and ctx.tokens[end].tag_ == "POS"
        if listed_owner and (dep != "poss" or not marked):
            owner = ctx.mention_of(listed_owner[0])
            owned_name = ctx.mention_of(tok.head)
            if (
                owner is not None
                and owned_name is not None
                and (owner.type, owned_name.type) == ("COMPANY", "PRODUCT")
            ):
                conf = ctx.fixed["possessive_develops"]
                yield Hit(owner, "develops", owned_name, listed_owner[0], conf, "possessive")
            # "Stellantis and Samsung SDI's StarPlus Energy": a firm two firms own together
            first = ctx.mention_of(tok)
            if (
                owner is not None
                and first is not None
                and owned_name is not None
                and owner.type == first.type == owned_name.type == "COMPANY"
                and dep == "poss"
                and marked is False
                and owner.label != first.label
            ):
                conf = ctx.fixed["members"]
                yield Hit(first, "partners", owner, listed_owner[0], conf, "joint-owners")
            continue
        owner = owners[0].mention
        if ctx.mention_of(tok) is not None and ctx.mention_of(tok.head) is owner:
            continue
        head = tok.head
        owned = []
        hm = ctx.mention_of(head)
        # "B-Flake, its purified graphite": the name a material describes is what is owned
        if hm is not None and hm.method == "goods" and ctx.appos_host(head) is not None:
            hm = None
        # "Tenstorrent's next processor, codenamed Quasar", "Google's TPU, known as Ironwood"
        coded = ctx.code_named(head)
        if coded is not None and coded is not owner and hm is not None:
            owned.append(coded)
        hm = hm or coded
        if hm is not None and hm is not owner:
            owned.append(hm)
        else:
            # ("its H200 AI chips": the name may modify a modifier of the noun)
            # ("Akane's AS-220 SPAD depth sensor": however deep the compounds run)
            modifiers, stack = [], [c for c in kids(head) if c.dep_ == "compound"]
            while stack:
                c = stack.pop()
                modifiers.append(c)
                stack.extend(g for g in kids(c) if g.dep_ in ("compound", "nmod") and g.i < c.i)
            for c in [*kids(head), *modifiers]:
                cm = ctx.mention_of(c)
                # ("Lumora's new NP-40 processor": a model number may be read as a number)
                # ("Nvidia's A800 chips": the tagger may read a model number as an adjective)
                model = c.dep_ == "amod" and cm is not None and cm.type == "PRODUCT"
                if (
                    (c.dep_ in ("compound", "nmod", "appos", "nummod") or model)
                    and cm is not None
                    and cm is not owner
                    and c.i > tok.i
                ):
                    owned.append(cm)
            # "Alibaba Group's chip unit T-Head", "Chile's development agency Corfo": the name
            # after the noun
            after = ctx.mention_of(ctx.tokens[head.i + 1]) if head.i + 1 < len(ctx.doc) else None
            named_product = (
                after is not None and after.type == "PRODUCT" and owner.type == "COMPANY"
            )
            if after is not None and (
                head.lemma_.lower() in part_nouns
                or head.lemma_.lower() == "parent"
                or (owner.type == "COUNTRY" and after.type == "AGENCY")
                # "Nexa Bio's obesity drug candidate NX-218"
                or (named_product and head.lemma_.lower() in product_nouns)
            ):
                owned.append(after)
        # "its Ghat-400 Ethernet switch chip", with the name read as punctuation: the
        # product right after the possessive, however the parser hung it
        mark = end + 1 if marked else end
        right = (
            ctx.mention_of(ctx.tokens[mark]) if dep == "poss" and mark < len(ctx.tokens) else None
        )
        lost = right is not None and ctx.root_of(right).dep_ in _LOST
        if lost and right.start == mark and right.type == "PRODUCT" and right not in owned:
            owned.append(right)
        # (a product's technology named with it is not the owner's: "its Ghat-400 Ethernet
        # switch chip")
        if any(m.type == "PRODUCT" for m in owned):
            owned = [m for m in owned if m.type != "TECHNOLOGY" or m is hm]
        host = ctx.appos_host(head) if hm is None else None
        if host is not None and host is not owner and host not in owned:
            owned.append(host)
        lemma = head.lemma_.lower()
        # "Tencent's WeChat and QQ": those listed with it, unless one has its own owner
        # ("ByteDance's TikTok, Tencent's WeChat and Alibaba's UC Browser")
        for m in list(owned):
            owned.extend(
                o
                for o in ctx.coordinated(m)
                if o not in owned
                # ("Baikal's M and S chip as well as MCST's Elbrus": an owner's list runs
                # on after it, not back)
                and o.start > tok.i
                and not any(c.dep_ == "poss" for c in kids(ctx.root_of(o)))
                and not (o.start > 1 and ctx.tokens[o.start - 1].tag_ == "POS")
                # (nor one that owns: "Sanofi's Lantus and Biocon Biologics' Semglee")
                and not (o.end < len(ctx.doc) and ctx.tokens[o.end].tag_ == "POS")
            )
        for m in owned:
            pair = (owner.type, m.type)
            # ("TVS Motor's iQube and Bajaj Auto's Chetak": a name right after another's
            # possessive is that one's, however the parser hangs the list)
            before = ctx.mention_of(ctx.tokens[m.start - 2]) if m.start >= 2 else None
            if ctx.tokens[m.start - 1].tag_ == "POS" and before not in (None, owner):
                continue
            # ("the Airbus A320neo and Boeing 737 MAX": nor one with its own maker before it)
            right_before = ctx.mention_of(ctx.tokens[m.start - 1]) if m.start >= 1 else None
            if (
                tok.dep_ != "poss"
                and right_before is not None
                and right_before not in (owner, m)
                and right_before.type == "COMPANY"
            ):
                continue
            # a bare compound names a maker only before a product: "Nvidia H800 GPUs"
            bare = tok.dep_ != "poss" and (tok.pos_ == "PRON" or m.type != "PRODUCT")
            maker_first = pair == ("COMPANY", "PRODUCT") and owner.end <= m.start
            issuer = pair in (("COUNTRY", "POLICY"), ("AGENCY", "POLICY"))
            if bare and not maker_first and not issuer:
                continue
            # ("the Foxconn iPhone plant": a firm named before a product that names its
            # facility makes it there, no more, unless the lexicon knows it as the maker:
            # "the Tesla Model Y plant")
            facility = ctx.rules.relations["operates_in"].nouns
            known_maker = m.entry is not None and m.entry.maker == owner.label
            if (
                tok.dep_ != "poss"
                and maker_first
                and not known_maker
                and m.end < len(ctx.doc)
                and ctx.lemma[m.end] in facility
            ):
                continue
            # a technology modifying a product is not owned: "its first 2nm chip"
            # "its cathode material": goods a firm holds are not goods it develops
            if m.method == "goods":
                continue
            # "buys most of its high-bandwidth memory from SK Hynix": what it buys
            if pair[0] == "COMPANY" and tok.pos_ == "PRON" and _bought(ctx, head):
                continue
            # "took delivery of its first Airbus A321XLR": a maker named between the owner
            # and the product made it (not one hyphened to a word: "its Arm-based Baikal-M";
            # nor a named owner's unit: "Huawei's HiSilicon Kirin 9000")
            between = [ctx.mention_of(t) for t in ctx.tokens[end : m.start]]
            if (
                pair == ("COMPANY", "PRODUCT")
                and tok.pos_ == "PRON"
                and any(
                    b is not None
                    and b is not owner
                    and b.type == "COMPANY"
                    and ctx.lower[b.end] != "-"
                    for b in between
                )
            ):
                continue
            # "SK Hynix's HBM3E", "the chipmaker's HBM3E and DDR5 products": a technology
            # that names the firm's own line; not "its first 2nm chip"
            # ("its 12-layer HBM3E memory": a technology named before the goods it is, not a
            # process the goods are made on)
            # ("TSMC's N2P process": a process a name before its noun names; not a node's
            # size, "its 22nm process")
            said = ctx.doc[m.start : m.end].text.lower()
            sized = "nm" in said or "nanomet" in said
            own_line = (
                m is hm
                or lemma in _LINES
                or (lemma in ("process", "node") and not sized)
                or (
                    lemma in ("memory", "chip", "module", "stack")
                    and "nm" not in m.label.lower()
                    and "process" not in m.label.lower()
                )
            )
            if pair == ("COMPANY", "PRODUCT") or (
                pair == ("COMPANY", "TECHNOLOGY") and tok.dep_ == "poss" and own_line
            ):
                yield Hit(owner, "develops", m, tok, ctx.fixed["possessive_develops"], "possessive")
            elif pair == ("PRODUCT", "PRODUCT") and tok.dep_ == "poss":
                # "the phone's Kirin 9000S processor": the phone uses the processor
                yield Hit(owner, "uses", m, tok, ctx.fixed["possessive_uses"], "possessive")
            elif (
                pair == ("PERSON", "COMPANY")
                and tok.dep_ == "poss"
                and m is hm
                and owner.end - owner.start > 1
            ):
                # "Sam Altman's OpenAI": the firm of the one who runs it (a full name: one
                # word may be a firm the recogniser took for a person)
                yield Hit(owner, "leads", m, tok, ctx.fixed["possessive_leads"], "possessive")
            elif (
                pair == ("COMPANY", "PERSON")
                and tok.dep_ == "poss"
                and m is hm
                and m.end - m.start > 1
                and not any(
                    c.dep_ in ("amod", "compound") and c.i < head.i and ctx.mention_of(c) is None
                    for c in kids(head)
                )
            ):
                # "Nvidia's Jensen Huang said": a firm's person named by it alone, with no
                # title between, is the one who heads it
                yield Hit(m, "leads", owner, tok, ctx.fixed["possessive_leads"], "possessive")
            elif pair in (("COUNTRY", "AGENCY"), ("AGENCY", "AGENCY")) and tok.dep_ == "poss":
                yield Hit(m, "part_of", owner, tok, ctx.fixed["possessive_part_of"], "possessive")
            elif pair == ("LOCATION", "COMPANY") and tok.dep_ == "poss" and m is hm:
                # "Dubai's Falcon Gulf Trading": the firm of a place is there
                yield Hit(m, "operates_in", owner, tok, ctx.fixed["based"], "possessive:place")
            elif (
                pair == ("COUNTRY", "POLICY")
                and dep == "compound"
                and issued_by_other(ctx, head, owner)
            ):
                # "its 20th package of Russia sanctions": the country the measure is on
                yield Hit(m, "restricts", owner, tok, ctx.fixed["policy_on"], "policy:named-target")
            elif pair in (("COUNTRY", "POLICY"), ("AGENCY", "POLICY")):
                yield Hit(owner, "issues", m, tok, ctx.fixed["possessive_issues"], "possessive")
                # "the US-China tariff truce": both parties named before it
                k = owner.start
                other = ctx.mention_of(ctx.tokens[k - 2]) if k > 1 else None
                if ctx.tokens[k - 1].text == "-" and other is not None and other.type == "COUNTRY":
                    yield Hit(other, "issues", m, tok, ctx.fixed["possessive_issues"], "possessive")
            elif pair == ("COMPANY", "COMPANY") and tok.dep_ == "poss":
                if lemma == "parent":
                    yield Hit(
                        owner,
                        "part_of",
                        m,
                        tok,
                        ctx.fixed["possessive_parent"],
                        "possessive:parent",
                    )
                elif lemma in ctx.rival_nouns:
                    # "its larger rival Amgen"
                    yield Hit(owner, "competes", m, tok, ctx.fixed["rival"], "possessive:rival")
                elif lemma in ctx.partner_nouns:
                    # "Nvidia's Thai partner Siam AI": a partner, no unit
                    partners = ctx.rules.relations["partners"]
                    yield Hit(owner, "partners", m, tok, partners.confidence, "possessive:partner")
                # ("Rohm's subsidiary SiCrystal": the unit's noun run into its name)
                elif (
                    lemma in part_nouns
                    or m.start > head.i
                    or any(
                        c.dep_ == "compound" and c.i < m.start and c.lemma_.lower() in part_nouns
                        for c in kids(head)
                    )
                ):
                    yield Hit(
                        m, "part_of", owner, tok, ctx.fixed["possessive_unit"], "possessive:unit"
                    )


def _bought(ctx: Context, noun: Token) -> bool:
    """Whether what "its" owns is what a verb of buying takes: "buys most of its memory"."""
    t = noun
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ == "of":
            t = t.head.head  # "most of its memory"
        if t.dep_ in ("dobj", "nsubjpass") and t.head.lemma_.lower() in ctx.taking_in:
            return True
        if t.dep_ not in ("pobj",) or t.head.i == t.i:
            break
    return False


#: Nouns for a firm's range of goods, which a technology before them names.
_LINES = frozenset(("product", "line", "lineup", "family", "range", "portfolio", "series"))


def of_maker_rules(ctx: Context) -> Iterator[Hit]:
    """ "the 3nm process of TSMC", "the XRing of Xiaomi": the company develops it."""
    for m in ctx.mentions:
        if m.type not in ("PRODUCT", "TECHNOLOGY"):
            continue
        root = ctx.root_of(m)
        for c in kids(root):
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in kids(c):
                    owner = ctx.mention_of(p)
                    if p.dep_ == "pobj" and owner is not None and owner.type == "COMPANY":
                        yield Hit(owner, "develops", m, c, ctx.fixed["of_maker"], "of-maker")


def maker_rules(ctx: Context) -> Iterator[Hit]:
    """ "the ChatGPT maker", "TikTok owner ByteDance", "DeepSeek, the start-up behind the R1
    model": the company develops the product."""
    company_nouns = ctx.descriptors.get("COMPANY", frozenset())
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        # "the start-up behind the R1 reasoning model"
        if pos == "NOUN" and (lemma in company_nouns or lemma in ("start-up", "startup")):
            objects = [
                p
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "behind"
                for p in kids(c)
                if p.dep_ == "pobj"
            ]
            behind = [
                a.mention
                for p in objects
                for a in ctx.args(p)
                if a.mention.type in ("PRODUCT", "TECHNOLOGY")
            ]
            # ("the NS-7 solid-state lidar": the product named before its technology's noun)
            named = [
                m
                for p in objects
                for t in ctx.doc[p.left_edge.i : p.i]
                for m in [ctx.mention_of(t)]
                if m is not None and m.type == "PRODUCT"
            ]
            behind = named or behind
            firm = ctx.appos_host(tok) if behind else None
            if firm is not None and firm.type == "COMPANY":
                for p in behind:
                    yield Hit(firm, "develops", p, tok, ctx.fixed["maker_noun"], "behind")
        if lemma not in ctx.maker_nouns or pos != "NOUN":
            continue
        products = [ctx.mention_of(c) for c in kids(tok) if c.dep_ in ("compound", "nmod")]
        products = [p for p in products if p is not None and p.type in ("PRODUCT", "TECHNOLOGY")]
        if not products:
            continue
        maker = ctx.mention_of(tok.head) if tok.dep_ == "compound" else None
        if maker is None:
            maker = ctx.antecedent(tok, {"COMPANY"})
        if maker is not None and maker.type == "COMPANY":
            for p in products:
                yield Hit(maker, "develops", p, tok, ctx.fixed["maker_noun"], "maker-noun")


def apposition_rules(ctx: Context) -> Iterator[Hit]:
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
        for c in kids(tok):
            if c.dep_ in ("poss", "compound", "nmod", "amod"):
                owners.extend(
                    ctx.resolve(c)
                    if c.dep_ == "poss"
                    else [Arg(ctx.mention_of(c), True)]
                    if ctx.mention_of(c)
                    else []
                )
            if c.dep_ == "prep" and c.lower_ == "of" and lemma in part_nouns:
                owners.extend(a for p in kids(c) if p.dep_ == "pobj" for a in ctx.args(p))
        for o in owners:
            m = o.mention
            if m is first:
                continue
            # "Syrah Technologies, the US subsidiary": a firm's country is not its owner
            if (
                lemma in part_nouns
                and m.type in ("COMPANY", "AGENCY", "COUNTRY")
                and first.type in ("COMPANY", "AGENCY")
                and not (first.type == "COMPANY" and m.type == "COUNTRY")
            ):
                yield Hit(first, "part_of", m, tok, ctx.fixed["apposition_part"], "apposition:part")
            elif first.type == "AGENCY" and m.type == "COUNTRY":
                yield Hit(
                    first, "part_of", m, tok, ctx.fixed["apposition_agency"], "apposition:agency"
                )
            elif first.type == "PRODUCT" and m.type == "PRODUCT" and lemma in part_nouns:
                yield Hit(
                    first, "part_of", m, tok, ctx.fixed["apposition_version"], "apposition:version"
                )


def including_rules(ctx: Context) -> Iterator[Hit]:
    """ "Google's TPUs, including the seventh-generation Ironwood": a member of a family."""
    if ctx.lower_set.isdisjoint(("including",)):  # none of the words it starts from
        return
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "including":
            continue
        members = [a.mention for c in kids(tok) if c.dep_ == "pobj" for a in ctx.args(c)]
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
        # ("heavy rare earths, including samarium": goods of a kind are no models of it)
        if fam.method == "goods":
            continue
        for m in members:
            if m.type == fam.type == "PRODUCT" and m is not fam and m.label != fam.label:
                yield Hit(m, "part_of", fam, tok, ctx.fixed["including"], "including")
