"""Partners: "X and Y reached a deal", "co-developed with Z", "a joint venture of A and B"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import (
    objects_of,
    phrasal_lemma,
    prep_args,
    prep_objects_of,
    subjects_of,
    under_place,
)
from kg.nlp.relations.context import Arg, Context, Hit, kids
from kg.nlp.relations.hits import each_other, fits, lemma_of, pairs, verb_forms
from kg.nlp.relations.holders import (
    ASSETS,
    GROUPS,
    first_act_parties,
    shares_subject,
)
from kg.nlp.relations.rivals import role_holders
from kg.nlp.relations.rounds import TAKING_PART
from kg.nlp.relations.trade import TRADE_ROLES

__all__ = [
    "headline_pair_rules",
    "joint_rules",
    "partner_role_rules",
    "partner_rules",
    "together_rules",
]


def partner_rules(ctx: Context) -> Iterator[Hit]:
    """ "The US and China reached a deal", "X co-developed Y with Z", "signed on as partners"."""
    rule = ctx.rules.relations["partners"]
    develops = ctx.rules.relations["develops"]
    verbs = rule.verbs | develops.verbs
    for tok, pos, plain in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos not in ("VERB", "AUX", "NOUN"):
            continue  # every case below starts from a verb or the noun "partner"
        if pos == "NOUN" and plain not in ctx.partner_nouns:
            continue
        lemma = phrasal_lemma(ctx, tok, lemma_of(tok, verbs))  # "tied up with" teamed
        agreeing = tok.pos_ != "NOUN" and (
            lemma in ctx.agreeing_verbs
            or (lemma.startswith("co-") and lemma in develops.verbs)
            or (
                lemma in ctx.agreeing_with_object
                and any(c.dep_ == "dobj" and _names_agreement(ctx, c) for c in kids(tok))
            )
            or bool(_under_agreement(ctx, tok))
        )
        # (the verb rules read the "with" of a partnering verb; the others are read here:
        # "inks a battery deal with CATL")
        named_other = (
            agreeing
            and lemma in rule.verbs
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("as", "with")
                and any(ctx.mention_of(t) for t in c.subtree)
                for c in kids(tok)
            )
        )
        if tok.pos_ in ("VERB", "AUX") and named_other:
            # "Indonesia and Australia signed a pact with Japan": the signers partner too
            subjects = [a.mention for a in subjects_of(ctx, tok)[0] if a.direct]
            signed = _signed_one(ctx, tok)
            if signed and len(subjects) > 1 and not _apart(ctx, tok):
                conf = rule.confidence + ctx.offset["coordinated"]
                yield from each_other(rule, subjects, tok, conf, f"coordinated:{lemma}")
        if tok.pos_ in ("VERB", "AUX") and agreeing and not named_other:
            subjects, _ = subjects_of(ctx, tok)
            subjects = [a for a in subjects if a.direct]
            # the other party named inside the agreement: "agreed to give the US 15%",
            # "struck a deal to deploy AMD GPUs", "invest in OpenAI under a letter of intent"
            heads = [c for c in kids(tok) if c.dep_ in ("xcomp", "dobj", "prep")]
            # (what the agreement is for names no party where the agreement names them:
            # "signed deals with Nvidia and AMD to supply chips to Humain")
            named = any(
                prep_args(ctx, c, ("with", "between"), direct=True)
                for c in kids(tok)
                if c.dep_ == "dobj"
            )
            # (unless the purpose is itself to partner: "a deal with Oracle to partner with
            # SoftBank")
            heads += [
                c
                for c in kids(tok)
                if c.dep_ == "advcl"
                and any(a.lower_ == "to" for a in kids(c))
                and (not named or c.lemma_.lower() in rule.verbs)
            ]
            # ("a deal to deploy AMD GPUs"; not a relative clause saying what the deal
            # does: "an agreement that cuts tariffs on Rolls-Royce engines")
            # (an infinitive: not "an agreement allowing G42 to import chips")
            heads += [
                g
                for c in kids(tok)
                if c.dep_ == "dobj"
                for g in kids(c)
                if (
                    (g.dep_ == "acl" and any(a.lower_ == "to" for a in kids(g)))
                    # (an infinitive the parser hung as a relative clause)
                    or (
                        g.dep_ == "relcl"
                        and any(a.lower_ == "to" and a.dep_ == "aux" for a in kids(g))
                    )
                )
                and (not named or g.lemma_.lower() in rule.verbs)
            ]
            # an agreement to buy is an acquisition, not a partnership
            heads = [h for h in heads if h.lemma_.lower() not in ctx.acquiring_verbs]
            # "will require operators to remove X under an agreement": only the agreement
            # names the other parties ("under an agreement with Y")
            under = _under_agreement(ctx, tok)
            if under and not (
                lemma in ctx.agreeing_verbs
                or (lemma.startswith("co-") and lemma in develops.verbs)
                or lemma in ctx.agreeing_with_object
            ):
                heads = under
            inner = [
                t
                for h in heads
                for t in h.subtree
                if not under_place(ctx, t, h) and not _in_relative(t, h)
            ]
            others = []
            for t in inner:
                m = ctx.mention_of(t)
                if m is None or m.type not in ("COMPANY", "COUNTRY") or m in others:
                    continue
                # a country naming a market is no party: "15% of their China sales"
                root = ctx.root_of(m)
                # what the parties take shares of is their venture, no party: "each taking
                # 50% of the project company, Najd Compute"
                held = root.head if root.dep_ == "appos" else root
                if (
                    held.dep_ == "pobj"
                    and held.head.lower_ == "of"
                    and (held.head.head.lower_ in ("%", "percent") or held.head.head.like_num)
                ):
                    continue
                market = root.dep_ in ("compound", "amod", "nmod")
                if (
                    m.type == "COUNTRY"
                    and market
                    and root.head.lemma_.lower() not in ctx.government_nouns
                ):
                    continue
                # a firm's country is no party: "signed a memorandum with Japan's JERA", "to
                # build India's first fab"; its government or its own body is ("Japan's
                # trade ministry", "Japan's AI Safety Institute")
                if m.type == "COUNTRY" and root.dep_ == "poss":
                    owned = root.head
                    owner = ctx.mention_of(owned)
                    own_body = (
                        owned.lemma_.lower() in ctx.government_nouns
                        or (owner is not None and owner.type == "AGENCY")
                        or (owner is not None and ctx.lower[owner.end - 1] in _INSTITUTIONS)
                    )
                    if not own_body:
                        continue
                # a country the agreement's purpose reaches is no party: "a partnership to
                # bring satellite internet to India"
                if (
                    m.type == "COUNTRY"
                    and root.dep_ == "pobj"
                    and root.head.lower_ not in _PARTY_PREPS
                ):
                    continue
                others.append(m)
            # "licensed its designs to Rapidus under a partnership agreement": the party the
            # verb names, where the agreement names none
            # (not a purchase, a suit or a settlement: "will acquire Hino under an agreement")
            # ("bought capacity from CoreWeave under a five-year deal": goods, no firm, bought)
            # (nor a business's assets: "bought steel mills from Thyssenkrupp under a deal")
            held = ctx.rules.relations["operates_in"].nouns | ASSETS
            bought_firm = lemma in ctx.acquiring_verbs and (
                any(a.mention.type == "COMPANY" for a in objects_of(ctx, tok))
                or any(c.dep_ == "dobj" and c.lemma_.lower() in held for c in kids(tok))
            )
            hostile = (
                bought_firm
                or lemma in ctx.rules.relations["sues"].verbs
                or any(g.lemma_.lower() == "settlement" for u in under for g in u.subtree)
            )
            if not others and under and not hostile:
                named = prep_args(ctx, tok, ("to", "with"), direct=True)
                # "bought capacity from CoreWeave under a deal": the seller of goods taken in
                # (whom the parser may hang on the goods)
                if lemma in ctx.taking_in:
                    named += prep_args(ctx, tok, ("from",), direct=True)
                    named += [
                        a
                        for c in kids(tok)
                        if c.dep_ == "dobj" and ctx.mention_of(c) is None
                        for a in prep_args(ctx, c, ("from",), direct=True)
                    ]
                # "will pay Arm $250 million under an agreement": the one paid
                named += [
                    a
                    for c in kids(tok)
                    if c.dep_ in ("dative", "dobj")
                    for a in ctx.args(c)
                    if a.direct or (c.dep_ == "dative" and a.mention.type == "COMPANY")
                ]
                others = [a.mention for a in named if a.mention.type in ("COMPANY", "COUNTRY")]
            # "acquired a stake in Joby and agreed to partner on manufacturing": a lone
            # party agrees with the one its first act names
            agreed = tok.head if tok.dep_ == "xcomp" else tok
            lone = len(subjects) == 1 and shares_subject(agreed)
            # (agreeing to work together: not "agreed to cut 15,000 jobs")
            together = lemma != "agree" or any(
                c.dep_ == "xcomp" and c.lemma_.lower() in rule.verbs | ctx.agreeing_verbs
                for c in kids(tok)
            )
            if not others and lemma in ctx.agreeing_verbs and lone and together:
                firsts = first_act_parties(ctx, agreed.head, subjects[0].mention)
                others = [a.mention for a in firsts]
            if not others and tok.dep_ == "xcomp" and not lemma.startswith("co-"):
                continue
            others = [m for m in others if all(m is not a.mention for a in subjects)]
            conf = rule.confidence + ctx.offset["agreement"]
            yield from pairs(rule, subjects, others, tok, conf, f"agreement:{lemma}")
            # coordinated parties of an agreement partner each other, and the parties they
            # sign it with ("Zambia and Congo signed a pact with the US"), unless each
            # signed its own ("A and B each signed deals with C")
            signed = _signed_one(ctx, tok)
            if not others or (signed and not _apart(ctx, tok)):
                ms = [a.mention for a in subjects]
                conf = rule.confidence + ctx.offset["coordinated"]
                yield from each_other(rule, ms, tok, conf, f"coordinated:{lemma}")
        # a venture launched together: "OpenAI, SoftBank and Oracle unveiled the Stargate Project"
        if tok.pos_ == "VERB" and lemma in ctx.venture_verbs:
            objs = [o.mention for o in objects_of(ctx, tok) if o.direct]
            subjects = [a.mention for a in subjects_of(ctx, tok)[0] if a.direct]
            if len(subjects) > 1 and objs and all(o.type == "COMPANY" for o in objs):
                conf = rule.confidence + ctx.offset["venture"]
                yield from each_other(rule, subjects, tok, conf, f"venture:{lemma}")
        if tok.pos_ == "VERB" and lemma in develops.verbs:
            objects = objects_of(ctx, tok)
            joint = lemma.startswith("co-")
            # another developer named by a preposition: "Baidu unveiled two chips from its
            # Kunlunxin unit", "Nvidia co-developed the GB10 with MediaTek"
            for prep, o in prep_objects_of(ctx, tok):
                if (prep == "from" and o.mention.type == "COMPANY") or (joint and prep == "with"):
                    conf = develops.confidence + ctx.offset["codevelop"]
                    method = "co-develop" if prep == "with" else "develop-from"
                    yield from pairs(develops, [o], objects, tok, conf, method)
            # "unveiled the Rebel Quad chip, co-developed with Samsung": the one that
            # unveiled it and the one it was developed with
            if joint and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "appos"):
                withs = [o for p, o in prep_objects_of(ctx, tok) if p == "with" and o.direct]
                verb = tok.head.head
                launching = verb.pos_ == "VERB" and verb.lemma_.lower() in develops.verbs
                makers = [a for a in subjects_of(ctx, verb)[0] if a.direct] if launching else []
                conf = rule.confidence + ctx.offset["codevelop_owner"]
                yield from pairs(rule, makers, withs, tok, conf, "co-developed-with")
            # "Broadcom co-designed Google's TPUs": a partnership with the owner
            if joint:
                subjects, _ = subjects_of(ctx, tok)
                for c in kids(tok):
                    if c.dep_ == "dobj":
                        m = ctx.mention_of(c)
                        root = ctx.root_of(m) if m else c
                        owners = [a for p in kids(root) if p.dep_ == "poss" for a in ctx.resolve(p)]
                        conf = rule.confidence + ctx.offset["codevelop_owner"]
                        yield from pairs(rule, subjects, owners, tok, conf, "co-develop:owner")
                # "OpenAI tapped Broadcom to co-design its chip": who engaged the firm
                if tok.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in kids(tok.head)):
                    engaging = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
                    conf = rule.confidence + ctx.offset["codevelop_owner"]
                    yield from pairs(
                        rule,
                        engaging,
                        [a for a in subjects if a.direct],
                        tok,
                        conf,
                        "co-develop:engaged",
                    )
        # "Acer and Asus signed on as launch partners"
        if (
            tok.pos_ == "NOUN"
            and lemma in ctx.partner_nouns
            and (
                tok.dep_ in ("pobj", "attr", "oprd")
                or (tok.dep_ == "dobj" and tok.head.dep_ == "ROOT" and tok.head.pos_ == "NOUN")
            )
        ):
            head = tok.head.head if tok.dep_ == "pobj" else tok.head
            # "Kinetik, one of Nvidia's robotics partners,": the name the phrase is set beside
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and head.dep_ == "appos"
                and head.lower_ in ctx.quantifiers
            ):
                members = [a for a in ctx.args(head.head) if a.direct]
                others = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
                conf = rule.confidence + ctx.offset["as_partner"]
                yield from pairs(rule, members, others, tok, conf, "one-of-partners")
                continue
            # "Qualcomm is one of the launch partners": the verb "one" is said by
            if head.dep_ == "attr" and head.lower_ in ctx.quantifiers:
                head = head.head
            # ("A, B and C are launch partners": the parser may make "launch" the verb)
            copula = head.dep_ == "ROOT" and any(c.dep_ == "aux" for c in kids(head))
            if head.pos_ not in ("VERB", "AUX") and not copula:
                continue
            members, _ = subjects_of(ctx, head)
            # "counts Microsoft and Google among its partners": the object is the partner
            if tok.dep_ == "pobj" and tok.head.lower_ == "among":
                members = [a for c in kids(head) if c.dep_ == "dobj" for a in ctx.args(c)]
            # "has chosen CATL and EVE Energy as battery partners": the ones chosen partner
            # the one who chose them
            chosen = [
                a
                for c in kids(head)
                if c.dep_ == "dobj" and tok.dep_ == "pobj" and tok.head.lower_ == "as"
                for a in ctx.args(c)
                if a.direct
            ]
            if chosen and not any(c.dep_ == "poss" for c in kids(tok)):
                conf = rule.confidence + ctx.offset["as_partner"]
                yield from pairs(rule, members, chosen, tok, conf, "chosen-as-partner")
                continue
            others = [a for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
            others = [a for a in others if all(a.mention is not m.mention for m in members)]
            others += [
                a
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ in ("of", "with")
                for p in kids(c)
                for a in ctx.args(p)
            ]
            # "launch partners for Microsoft's Copilot+ PCs": the product's owner
            others += [
                ctx.owned_by(a)
                for c in kids(tok)
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in kids(c)
                for a in ctx.args(p)
                if a.mention.type == "PRODUCT"
            ]
            others = [a for a in others if a.mention.type != "PRODUCT"]
            # "alongside partners SAP and Deutsche Telekom": the names the noun stands before
            if tok.dep_ == "pobj":
                others += [
                    a
                    for p in kids(tok.head)
                    if p.dep_ in ("pobj", "appos") and p.i == tok.i + 1
                    for a in ctx.args(p)
                    if a.direct
                ]
            # ("would keep looking for a partner": one sought is no partner yet)
            if not others and tok.dep_ == "pobj" and tok.head.lower_ != "for":
                topic = ctx.topic(exclude={a.mention.label for a in members})
                others = [Arg(topic, True)] if topic else []
            yield from pairs(
                rule, members, others, tok, rule.confidence + ctx.offset["as_partner"], "as-partner"
            )


#: Last words of a name that a country may own: "Japan's AI Safety Institute".
_INSTITUTIONS = frozenset(("institute", "institution", "centre", "center", "council", "academy"))


#: Nouns of what one answers for: "pay a penalty for shipping drives to Huawei".
_CAUSED = frozenset(
    ("penalty", "fine", "forfeiture", "settlement", "damages", "sanction", "lawsuit", "suit")
)


def _in_relative(tok: Token, top: Token) -> bool:
    """Whether a token sits in a relative clause below ``top``: "an agreement that cuts
    tariffs on Rolls-Royce engines" (or "allowing G42 to import chips") names no party in
    what the agreement does; nor does the cause of what is agreed ("agreed to pay a
    penalty for shipping drives to Huawei")."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ in ("VBG", "VBN")):
            return True
        # (not what an agreement is for: "signed a deal for supplying batteries to Rivian")
        if (
            t.dep_ == "pcomp"
            and t.head.lower_ in ("for", "over")
            and t.head.head.lemma_.lower() in _CAUSED
        ):
            return True
        t = t.head
    return False


def _under_agreement(ctx: Context, verb: Token) -> list[Token]:
    """The "under an agreement ..." phrases of a verb: "invest in OpenAI under a letter of
    intent"."""
    return [
        c
        for c in kids(verb)
        if c.dep_ == "prep"
        and c.lower_ == "under"
        and any(
            g.lemma_.lower() in ctx.agreement_nouns and g.lemma_.lower() not in _LICENCE_NOUNS
            for g in c.subtree
        )
    ]


def _shared(ctx: Context, verb: Token) -> bool:
    """ "co-produce", "co-developed", "codevelop": work its parties share."""
    lower = verb.lower_
    if lower.startswith("co-"):
        rest = lower[3:]
    elif lower.startswith("co") and len(lower) > 6:
        rest = lower[2:]
    else:
        return False
    return bool(verb_forms(rest) & ctx.shared_work)


def joint_rules(ctx: Context) -> Iterator[Hit]:
    """Work done together: "technology Rapidus developed with IBM", "plants it operates
    jointly with Sandisk", "licensed the pill from AstraZeneca", "AMD and Humain unveiled a
    plan", "Microsoft and G42 will build a data centre" (a joint undertaking's parties are
    :func:`~kg.nlp.relations.holders.joint_group_rules`')."""
    rule = ctx.rules.relations["partners"]
    develops = ctx.rules.relations["develops"].verbs
    makes = ctx.rules.relations["manufactures"].verbs
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos == "VERB":
            jointly = (
                _shared(ctx, tok)
                or any(
                    c.lower_ in ("jointly", "together")
                    or (c.lower_ == "closely" and lemma in ("work", "cooperate"))  # "work closely"
                    for c in kids(tok)
                )
                # "runs joint-venture battery plants with Stellantis" (not "called off a
                # joint venture with")
                or (
                    lemma not in ctx.denial_verbs
                    and any(
                        c.dep_ == "dobj"
                        and any(t.lower_ == "joint" for t in ctx.tokens[c.left_edge.i : c.i])
                        for c in kids(tok)
                    )
                )
            )
            licensed = lemma in ("license", "licence", "in-license")
            venture = lemma in ctx.venture_verbs or lemma in ("build", "develop", "open")
            # "assembles some laptops with Foxconn": made together
            together = lemma in develops or lemma in makes or jointly
            # "Renault and Geely combined their engine businesses in a joint venture"
            in_venture = any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "into", "through", "via")
                and any(p.dep_ == "pobj" and p.lemma_.lower() in GROUPS for p in kids(c))
                for c in kids(tok)
            )
            if in_venture:
                ms = [a.mention for a in subjects_of(ctx, tok)[0] if a.direct]
                if len(ms) > 1:
                    conf = rule.confidence + ctx.offset["venture"]
                    yield from each_other(rule, ms, tok, conf, f"in-venture:{lemma}")
            if not (together or licensed or venture):
                continue  # none of the cases below: no subject to find
            subjects = [a for a in subjects_of(ctx, tok)[0] if a.direct]
            # "the two will jointly develop ...": the two firms named last
            if not subjects:
                subjects = [Arg(m, True) for m in _the_two(ctx, tok)]
            withs = prep_args(ctx, tok, ("with",), direct=True)
            # "to build a second fab with Sony": "with" may hang on what is built
            withs += [
                a
                for c in kids(tok)
                if c.dep_ == "dobj" and ctx.mention_of(c) is None
                for a in prep_args(ctx, c, ("with",), direct=True)
            ]
            # "will build the farm with the help of JERA"
            withs += [
                a
                for h in (tok, *(c for c in kids(tok) if c.dep_ == "dobj"))
                for c in kids(h)
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in kids(c)
                if p.dep_ == "pobj" and p.lemma_.lower() in ("help", "assistance")
                for a in prep_args(ctx, p, ("of", "from"), direct=True)
            ]
            # ("launched the chip with BYD and Chery as its first customers": a trade)
            if any(
                c.dep_ == "prep" and c.lower_ == "as" and p.lemma_.lower() in TRADE_ROLES
                for c in kids(tok)
                for p in kids(c)
            ):
                withs = []
            if together and withs:
                conf = rule.confidence + ctx.offset["agreement"]
                yield from pairs(rule, subjects, withs, tok, conf, f"with:{lemma}")
            # "licensed the pill from AstraZeneca", "licensed its designs to Rapidus",
            # "has licensed Ceva's connectivity IP": licensor and licensee partner
            if licensed:
                licensees = prep_args(ctx, tok, ("to",), direct=True)
                others = prep_args(ctx, tok, ("from",), direct=True) + licensees
                others += [
                    a
                    for c in kids(tok)
                    if c.dep_ == "dobj"
                    for p in kids(c)
                    if p.dep_ == "poss"
                    for a in ctx.resolve(p)
                    if a.mention.type == "COMPANY"
                ]
                # "cells using technology licensed from CATL": the one whose clause uses it
                if not subjects and tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "pobj"):
                    outer = tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head
                    for _ in range(3):
                        if outer.pos_ == "VERB":
                            subjects = [a for a in subjects_of(ctx, outer)[0] if a.direct]
                        if subjects or outer.head.i == outer.i:
                            break
                        outer = outer.head
                conf = rule.confidence + ctx.offset["agreement"]
                others = [o for o in others if all(o.mention is not s_.mention for s_ in subjects)]
                # (firms license to firms; a government licenses exports: "the US licensed
                # chip exports to Huawei")
                traded = any(
                    c.dep_ == "dobj" and c.lemma_.lower() in ctx.trade_nouns for c in kids(tok)
                )
                subjects = [s_ for s_ in subjects if s_.mention.type == "COMPANY"]
                others = [o for o in others if o.mention.type == "COMPANY"]
                if traded:
                    others = []
                yield from pairs(rule, subjects, others, tok, conf, f"licensed:{lemma}")
                # and the licensor of a technology or a design supplies the licensee (not of
                # a drug or a brand: "licensed the pill from AstraZeneca" is a deal)
                supplies = ctx.rules.relations["supplies"]
                conf = supplies.confidence + ctx.offset["supplier"]
                licensed_what = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
                if tok.dep_ == "acl":
                    licensed_what.append(tok.head)
                know_how = any(t.lemma_.lower() in _KNOW_HOW for t in licensed_what)
                for o in others if know_how else ():
                    to = any(o.mention is a.mention for a in licensees)
                    for s_ in subjects:
                        seller, buyer = (s_, o) if to else (o, s_)
                        yield from pairs(
                            supplies, [seller], [buyer], tok, conf, f"licensed:{lemma}"
                        )
            # "AMD and Humain unveiled a plan", "Microsoft and G42 will build a data centre"
            ms = [a.mention for a in subjects]
            # "Tata and PSMC will build the fab together"
            if len(ms) > 1 and jointly:
                conf = rule.confidence + ctx.offset["venture"]
                yield from each_other(rule, ms, tok, conf, f"together:{lemma}")
            # "agreed to invest in Joby Aviation and to jointly develop air taxis": a lone
            # party works jointly with the one its first act names
            if len(ms) == 1 and jointly and not withs and shares_subject(tok):
                named = first_act_parties(ctx, tok.head, ms[0])
                conf = rule.confidence + ctx.offset["venture"]
                yield from pairs(rule, subjects, named, tok, conf, f"together:{lemma}:first")
            if len(ms) > 1 and venture:
                planned = [
                    c
                    for c in kids(tok)
                    if c.dep_ == "dobj"
                    and c.tag_ == "NN"
                    and (
                        c.lemma_.lower() in _JOINT_OBJECTS
                        or c.lemma_.lower() in ctx.rules.relations["operates_in"].nouns
                    )
                ]
                if planned:
                    conf = rule.confidence + ctx.offset["venture"]
                    yield from each_other(rule, ms, tok, conf, f"joint:{lemma}")


#: Words by which two firms named before are referred to together: "the two", "both firms".
_PAIR_WORDS = frozenset(("two", "both", "pair"))
#: Nouns of firms that follow those words: "the two companies".
_FIRM_NOUNS = frozenset(("company", "firm", "group", "partner", "carmaker", "chipmaker", "maker"))


def _the_two(ctx: Context, verb: Token) -> list[KgMention]:
    """The two firms a verb's subject "the two", "both companies" or "the pair" refers to:
    the last two named before it, in its sentence or the one before."""
    subject = next((c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    words = {t.lower_ for t in ctx.tokens[subject.left_edge.i : subject.i + 1]}
    # "the two", "both", "the two companies" (not "two of their suppliers")
    pair = (subject.lower_ in _PAIR_WORDS and ("the" in words or subject.lower_ == "both")) or (
        subject.lemma_.lower() in _FIRM_NOUNS
        and subject.tag_ == "NNS"
        and ("both" in words or {"the", "two"} <= words)
    )
    if not pair or any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(subject)):
        return []
    start = ctx.sent(subject).start
    if start > 0:
        start = ctx.sent(ctx.tokens[start - 1]).start
    named: list[KgMention] = []
    for m in reversed(ctx.mentions):
        if m.type != "COMPANY" or m.end > subject.i or m.start < start:
            continue
        if all(m.label != n.label for n in named):
            named.append(m)
        if len(named) == 2:
            return named
    return []


#: What two firms undertake together: "unveiled a plan", "will build a data centre".
_JOINT_OBJECTS = frozenset(
    (
        "plan", "project", "initiative", "fund", "programme", "program", "venture",
        "partnership", "alliance", "consortium",
    )
)  # fmt: skip


#: What a licensor supplies: "licensed its cell technology from LG", "cores licensed from
#: Arm".
_KNOW_HOW = frozenset(
    (
        "technology", "design", "process", "ip", "core", "architecture", "know-how", "method",
        "chemistry", "technique",
    )
)  # fmt: skip


#: Prepositions that set partners beside the one they act with: "with partners A and B".
_BESIDE = frozenset(("with", "alongside"))
#: Verbs and nouns of ending or fighting a tie, which "with partner X" names no partnership
#: in: "parted ways with partner Nissan", "clashed with partner Foxconn".
_APART = frozenset(
    (
        "end", "cancel", "cut", "break", "part", "quit", "exit", "stop", "clash", "compete",
        "sue", "fight", "split", "terminate", "scrap", "abandon", "drop", "dispute", "battle",
        "feud", "spar", "way", "rift", "row",
    )
)  # fmt: skip


def partner_role_rules(ctx: Context) -> Iterator[Hit]:
    """ "Sony selected Kioxia as its memory partner", "X became a launch partner of Y",
    "X, a partner of Y": who is named another's partner partners it."""
    rule = ctx.rules.relations["partners"]
    if ctx.lemma_set.isdisjoint(ctx.partner_nouns):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "NOUN" or lemma not in ctx.partner_nouns or ctx.mention_of(tok) is not None:
            continue
        holders = [a for a in role_holders(ctx, tok) if a.direct]
        others = [
            ctx.owned_by(a)
            for c in kids(tok)
            if c.dep_ == "prep" and c.lower_ in ("of", "to", "for")
            for p in kids(c)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
        ]
        # "Orvane's partners include Dell", "Sony selected Kioxia as its partner", "Sony's
        # partner Kioxia" (the possessive on the name)
        owning = [tok, tok.head] if tok.dep_ == "compound" else [tok]
        others += [
            a
            for o in owning
            for c in kids(o)
            if c.dep_ == "poss"
            for a in ctx.resolve(c)
            if a.direct
        ]
        # "Volvo, with partners Northvolt and Scania, will build": the one they are with
        # (or set beside the noun: "with partners Babcock and BAE Systems")
        set_beside = [a for c in kids(tok) if c.dep_ == "appos" for a in ctx.args(c) if a.direct]
        prep = tok.head.head if tok.dep_ == "compound" else tok.head
        named = tok.dep_ == "compound" and tok.head.dep_ == "pobj"
        said = tok.head if tok.dep_ in ("attr", "pobj") else tok
        if (named or (tok.dep_ == "pobj" and set_beside)) and prep.lower_ in _BESIDE:
            # ("will build the farm alongside partner Equinor": the parser may hang it on the
            # verb's object; what the verb says of them is said of the partnership: "denied
            # working with partners X", "ended its tie-up with partner Y")
            verb = prep.head.head if prep.head.dep_ in ("dobj", "pobj") else prep.head
            if verb.lemma_.lower() in _APART or prep.head.lemma_.lower() in _APART:
                continue
            holders = holders if named else set_beside
            by = [a for a in ctx.args(prep.head) if a.direct]
            others += by or [a for a in subjects_of(ctx, verb)[0] if a.direct]
            said = verb
        yield from pairs(rule, holders, others, said, ctx.fixed["partner_role"], "partner-role")
        # "Aramco and TotalEnergies are partners in the project"
        if not others and tok.dep_ == "attr" and tok.tag_ == "NNS" and len(holders) > 1:
            parties = [a.mention for a in holders]
            yield from each_other(rule, parties, said, ctx.fixed["partner_role"], "are-partners")
        # "Kioxia and Western Digital, partners in a flash venture, ..." (the parser may hang
        # the names on the noun: "Mitsubishi and Nissan, partners in the alliance")
        hung = []
        if not holders and tok.tag_ == "NNS":
            named = [ctx.mention_of(c) for c in kids(tok) if c.dep_ in ("nmod", "compound")]
            hung = holders = [Arg(m, True) for m in named if m is not None and m.end < tok.i]
        if not others and (tok.dep_ == "appos" or hung) and tok.tag_ == "NNS" and holders:
            parties = ctx.coordinated(holders[0].mention)
            yield from each_other(rule, parties, tok, ctx.fixed["partner_role"], "are-partners")


#: Prepositions that name a party of an agreement.
_PARTY_PREPS = frozenset(("with", "between", "among", "by"))


def together_rules(ctx: Context) -> Iterator[Hit]:
    """ "Hitachi, together with GE Vernova, will build reactors": a party named "together
    with" another acts with it; "will build a cluster, with Oracle and Cisco also taking
    part": those taking part act with the builders."""
    rule = ctx.rules.relations["partners"]
    for tok, lower in zip(ctx.tokens, ctx.lower, strict=True):
        if lower != "with":
            continue
        taking_part = [
            c
            for c in kids(tok)
            if c.dep_ == "pcomp"
            and c.tag_ == "VBG"
            and (
                c.lemma_.lower() in TAKING_PART
                or (c.lemma_.lower() == "take" and any(g.lower_ == "part" for g in kids(c)))
            )
        ]
        # (those taking part in a round invest in it: see money.py)
        # ("raised $62 million in a round ..., with Temasek also taking part")
        funding = tok.head.lemma_.lower() == "raise" or any(
            g.lemma_.lower() in ("round", "funding", "financing")
            for c in kids(tok.head)
            if c.dep_ in ("dobj", "prep") and c.i != tok.i
            for g in (c, *kids(c))
        )
        if taking_part and tok.head.pos_ == "VERB" and not funding:
            builders = [a for a in subjects_of(ctx, tok.head)[0] if a.direct]
            joining = [
                a for c in taking_part for s in kids(c) if s.dep_ == "nsubj" for a in ctx.args(s)
            ]
            conf = rule.confidence + ctx.offset["agreement"]
            yield from pairs(rule, builders, joining, tok, conf, "with-taking-part")
            continue
        if not any(c.lower_ in ("together", "jointly") for c in kids(tok)):
            continue
        party = ctx.mention_of(tok.head)
        if party is None:
            continue
        others = [
            a
            for p in kids(tok)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct or a.mention.type == "COMPANY"
        ]
        conf = rule.confidence + ctx.offset["agreement"]
        yield from pairs(rule, [party], others, tok, conf, "together-with")


def _names_agreement(ctx: Context, tok: Token) -> bool:
    """Whether a verb's object names an agreement: "a deal", "the formation of a venture"."""
    lemma = tok.lemma_.lower()
    if lemma in ctx.agreement_nouns:
        return True
    return lemma in ctx.agreement_steps and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in ctx.agreement_nouns for p in kids(c))
        for c in kids(tok)
    )


def _apart(ctx: Context, verb: Token) -> bool:
    """Whether each of a verb's subjects acts on its own: "A and B each signed a pact"
    (the word on the verb or on a subject; not "to ship copper each year")."""
    held = [c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    near = [*kids(verb), *(g for c in held for g in kids(c))]
    return any(ctx.lower[t.i] in ctx.apart_words for t in near)


def _signed_one(ctx: Context, verb: Token) -> bool:
    """Whether a verb's object is one agreement ("signed a pact"), which makes its several
    subjects parties to it together ("signed agreements" may be one each)."""
    return any(
        c.dep_ == "dobj" and c.tag_ != "NNS" and _names_agreement(ctx, c) for c in kids(verb)
    )


#: Verbs that make a deal with an object of their own: "sign pact", "ink deal".
_SEALING = frozenset(("team", "tie", "sign", "ink", "seal", "strike", "form"))


#: Nouns of a licence, under which work is done for a licensor (kg.nlp.relations.licensing),
#: not agreed with whoever the verb names.
_LICENCE_NOUNS = frozenset(("licence", "license"))
#: Verbs of two parties pairing up with each other: "team up", "tie up", "partner".
_PAIRING = frozenset(("team", "tie", "partner", "ally", "collaborate", "cooperate", "merge"))


def headline_pair_rules(ctx: Context) -> Iterator[Hit]:
    """ "Nvidia, Foxconn team up on AI factory", "Japan, UK sign chip pact", "Infosys and
    Nvidia team up": a headline's two parties joined by a comma or "and" before a verb of
    agreeing, read on the words (the parser seldom reads such a headline)."""
    rule = ctx.rules.relations["partners"]
    agreeing = ctx.agreeing_verbs | _SEALING
    for first, second in zip(ctx.mentions, ctx.mentions[1:], strict=False):
        if first.start != 0:
            continue  # a headline opens the text with its parties
        # ("Infosys and Nvidia team up to build AI agents", the verb read as a noun)
        if second.start != first.end + 1 or ctx.lower[first.end] not in (",", "and"):
            continue
        if second.end >= len(ctx.doc):
            continue
        verb = ctx.tokens[second.end]
        if not verb_forms(verb.text) & agreeing or verb.text[:1].isupper():
            continue
        # (two names joined by "and" the parser reads as a verb's subjects in a sentence are
        # left to the verb: "A and B signed agreements with C")
        # ... and of two names joined by "and", only a verb of pairing up with no one else
        # named: "Infosys and Nvidia team up" (not "Ford and GM sign deals with battery makers")
        if ctx.lower[first.end] == "and":
            rest = [t.lower_ for t in ctx.doc[verb.i + 1 : ctx.sent(verb).end]]
            if not verb_forms(verb.text) & _PAIRING or "with" in rest:
                continue
            if verb_forms(verb.text) & {"team", "tie"} and rest[:1] != ["up"]:
                continue
        if fits(rule, first, second):
            conf = rule.confidence + ctx.offset["coordinated"]
            yield Hit(first, "partners", second, verb, conf, "headline-pair")
