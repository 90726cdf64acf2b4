"""The clause around a trigger: its subjects and objects, whether it is negated, planned
or reported."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.relations.context import OBJECT_DEPS, SUBJECT_DEPS, Arg, Context, kids

__all__ = [
    "MOVES",
    "REVOKING",
    "is_goods",
    "modality",
    "negated",
    "not_origins",
    "objects_of",
    "passive_conjunct",
    "phrasal_lemma",
    "policy_prep_objects",
    "prep_args",
    "prep_objects_of",
    "subjects_of",
    "under_place",
]


#: Verbs whose "on" names who does what follows: "relies on SMIC to manufacture its chips".
_RELYING = frozenset(("rely", "depend", "count", "lean", "call"))


#: Nouns that stand for what a clause did: "a move that targets Samsung", "a measure aimed
#: at China".
MOVES = frozenset(("move", "measure", "step", "decision", "action", "decree", "rule"))


#: Verbs of punishing or accusing someone for a deed, beside those of restricting.
_PUNISHING = frozenset(("sue", "accuse", "charge", "indict", "convict", "blame", "prosecute"))


def subjects_of(ctx: Context, verb: Token) -> tuple[list[Arg], bool]:
    """The logical subject of a verb, and whether it came from a passive agent (found once a
    reading: the rules ask about the same verbs again and again)."""
    key = ("subjects", verb.i)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _subjects_of(ctx, verb)
    return list(found[0]), found[1]


#: Verbs of making goods, whose participle on a firm's goods has the firm as its maker:
#: "its radios, developed with Qualcomm".
_MADE_OWN = frozenset(("develop", "design", "build", "make", "create", "engineer", "co-develop"))


def _subjects_of(ctx: Context, verb: Token) -> tuple[list[Arg], bool]:
    # "curb exports to China, a move that targets Samsung": the move is what the clause it
    # is set beside did, so its actor is that clause's subject
    noun = verb.head
    if (
        verb.dep_ == "relcl"
        and noun.lemma_.lower() in MOVES
        and noun.dep_ in ("appos", "npadvmod")
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ in ctx.relative_pronouns for c in kids(verb))
    ):
        # ("... will need individual licences, a step that curbs sales": the measure the
        # step is set beside)
        measure = ctx.mention_of(noun.head) if noun.dep_ == "appos" else None
        if measure is not None and measure.type == "POLICY":
            return [Arg(measure, True)], False
        clause = noun.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ in ("VERB", "AUX"):
            return subjects_of(ctx, clause)
    for c in kids(verb):
        if c.dep_ == "agent":
            agents = [p for p in kids(c) if p.dep_ == "pobj"]
            # ("headed by Under Secretary Alan Estevez": a title's first word read as a
            # preposition right after "by")
            agents = agents or [
                p
                for d in kids(verb)
                if d.dep_ == "prep" and d.i == c.i + 1
                for p in kids(d)
                if p.dep_ == "pobj"
            ]
            return [a for p in agents for a in ctx.args(p)], True
    subjects = [c for c in kids(verb) if c.dep_ in SUBJECT_DEPS]
    if subjects:
        found = ctx.args(subjects[0])
        # (two subjects are a list the parser broke: "chip designer Tenzing Silicon and
        # server maker Supermicro have teamed up")
        for extra in subjects[1:]:
            if not any(t.lower_ == "and" for t in ctx.tokens[subjects[0].i : extra.left_edge.i]):
                continue
            found += [a for a in ctx.args(extra) if all(a.mention is not f.mention for f in found)]
        return found, False
    # "Ampere is a unit of SoftBank": a name opening the sentence that the parser read as
    # an adverb of a verb with no subject
    for c in kids(verb):
        if (
            c.dep_ in ("advmod", "npadvmod")
            and c.i < verb.i
            and c.left_edge.i == ctx.sent(verb).start
            and ctx.mention_of(c) is not None
            and not any(g.dep_ == "nsubjpass" for g in kids(verb))
        ):
            return ctx.args(c), False
    # gerund after a preposition on the object of a verb: "agreed to pay a penalty for
    # shipping drives to Huawei": the one who pays did the shipping
    prep_head = verb.head.head
    if (
        verb.dep_ == "pcomp"
        and verb.head.dep_ == "prep"
        and verb.head.lower_ in ("for", "over")
        and prep_head.dep_ == "dobj"
        and prep_head.head.pos_ == "VERB"
        # (a penalty or settlement one pays, not "criticised Samsung's plan for selling")
        and prep_head.lemma_.lower() in _PAID_FOR
    ):
        return subjects_of(ctx, prep_head.head)
    # "sanctioned Golden Crest for shipping motors to Qods", "sued X over selling Y": the
    # one punished for a deed did it
    punishing = _PUNISHING | ctx.rules.relations["restricts"].verbs
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "over"):
        holder = verb.head.head
        # (the parser may hang "for" on the one punished)
        if holder.dep_ == "dobj" and holder.head.lemma_.lower() in punishing:
            return ctx.args(holder), False
        punished = [c for c in kids(holder) if c.dep_ == "dobj"]
        if punished and holder.lemma_.lower() in punishing:
            return ctx.args(punished[0]), False
    # gerund after a preposition: "after launching the S1, Xiaomi ..."
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "banned Kaspersky from selling": the one kept from doing it would have done it
        if verb.head.lower_ == "from":
            kept = [c for c in kids(verb.head.head) if c.dep_ == "dobj"]
            if kept:
                return ctx.args(kept[0]), False
        return subjects_of(ctx, verb.head.head)
    # participle modifying a noun: "guidelines targeting AI chips"; on a plain noun the
    # clause's subject acts: "SMIC makes chips for Huawei using DUV lithography"
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        got = ctx.args(verb.head)
        if not got and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.dep_ in OBJECT_DEPS:
            return subjects_of(ctx, verb.head.head)
        return got, False
    # a verb that has no passive, parsed as a participle on the sentence's name:
    # "Qorvane, a Lagos fintech, partnered with Visa"
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.lemma_.lower() in ctx.agreeing_verbs
    ):
        return ctx.args(verb.head), False
    # "its radios, developed in collaboration with Qualcomm": who made what a firm owns,
    # where no one else is named as its maker, is the firm
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.lemma_.lower() in _MADE_OWN
        and ctx.mention_of(verb.head) is None
        # (a maker named however the parser hung "by": "built under licence by Hanwha")
        and not any(t.lower_ == "by" for t in verb.subtree)
    ):
        owners = [a for c in kids(verb.head) if c.dep_ == "poss" for a in ctx.resolve(c)]
        if owners:
            return owners, False
    # what a won contract is for: "Vestas won a contract to deliver turbines"
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VB"
        and verb.head.dep_ == "dobj"
        and verb.head.head.lemma_.lower() in ctx.winning_verbs
        and not any(c.dep_ in ("dative", "iobj") for c in kids(verb.head.head))
    ):
        return [a for a in subjects_of(ctx, verb.head.head)[0] if a.direct], False
    # an infinitive on a noun: "the first phones to use it" (the noun is what the clause's
    # subject is), "its proposal to buy Seven & i", "denied plans to buy X"
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" for c in kids(verb))
    if verb.dep_ in ("acl", "relcl") and infinitive and verb.head.pos_ == "NOUN":
        noun = verb.head
        owners = [a for c in kids(noun) if c.dep_ == "poss" for a in ctx.resolve(c)]
        # "a plan by Tata Electronics and Powerchip to build a fab"
        owners += prep_args(ctx, noun, ("by",), direct=True)
        if owners:
            return owners, False
        outer = noun.head if noun.dep_ != "pobj" else noun.head.head
        dative = any(c.dep_ == "dative" for c in kids(outer))
        if noun.dep_ == "attr" and outer.lemma_.lower() == "be":
            got = subjects_of(ctx, outer)
            if got[0]:
                return got
        elif noun.dep_ in ("dobj", "pobj") and outer.pos_ in ("VERB", "AUX") and not dative:
            # ("unveiled the Magic8 Pro, the first phone to use X": a product's noun is the
            # product the clause names, not its maker)
            if noun.lemma_.lower() in ctx.descriptors.get("PRODUCT", frozenset()):
                named = [a for a in ctx.args(noun) if a.mention.type == "PRODUCT"]
                if named:
                    return named, False
            return subjects_of(ctx, outer)
        if verb.dep_ == "acl":
            return [], False
    # a headline's infinitive hung on the name that opens it: "TSMC to build fab with Sony"
    if (
        verb.tag_ == "VB"
        and verb.dep_ in ("advcl", "acl", "relcl")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ == "PROPN"
        and verb.head.i < verb.i
        and any(c.lower_ == "to" for c in kids(verb))
    ):
        return ctx.args(verb.head), False
    # relative clause without its own subject: "Micron, which runs a plant" handled via "which"
    # ("engines that Renk supplies": the name the parser hung on the verb is its subject)
    hung_name = [
        c for c in kids(verb) if c.dep_ == "compound" and c.i < verb.i and ctx.mention_of(c)
    ]
    if verb.dep_ == "relcl" and verb.pos_ == "VERB" and hung_name:
        return ctx.args(hung_name[-1]), False
    if verb.dep_ == "relcl" and not (verb.pos_ == "NOUN" and _noun_verb_subject(ctx, verb)):
        # ("X and Y, all of which were made on 16nm": a passive clause's own subject is
        # what is acted on, and it names no actor)
        passive = [c for c in kids(verb) if c.dep_ == "nsubjpass"]
        if passive and passive[0].lower_ not in ctx.relative_pronouns:
            return [], False
        return ctx.args(verb.head), False
    # object control: "the deal led Arm to sue Qualcomm", "told ByteDance to stop",
    # "relies on SMIC to manufacture its chips"
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ == "VB":
        controllers = [c for c in kids(verb.head) if c.dep_ == "dobj" and verb.dep_ == "xcomp"]
        # "awarded Fluence $200 million to build plants": who gets the money does it
        if verb.head.lemma_.lower() in _GIVING_FOR:
            controllers += [
                c
                for c in kids(verb.head)
                if c.dep_ in ("dative", "dobj") and ctx.mention_of(c) is not None
            ]
        if verb.head.lemma_.lower() in _RELYING:
            controllers += [
                p
                for c in kids(verb.head)
                if c.dep_ == "prep" and c.lower_ in ("on", "upon")
                for p in kids(c)
                if p.dep_ == "pobj"
            ]
        if controllers:
            return ctx.args(controllers[0]), False
    # "X is set to acquire", "X was forced to sell": a passive's subject does the infinitive
    if verb.dep_ == "xcomp" and verb.tag_ == "VB":
        for c in kids(verb.head):
            if c.dep_ == "nsubjpass":
                return ctx.args(c), False
    # shared or controlled subject: "Huawei unveiled X and introduced Y", "plans to invest"
    if passive_conjunct(verb):
        return [], False
    # "the campus is being built by Crusoe and began running GB200 racks": an active verb
    # joined to a passive shares its subject, not its agent
    head_passive = any(c.dep_ == "nsubjpass" for c in kids(verb.head))
    if verb.dep_ == "conj" and head_passive and "auxpass" not in {c.dep_ for c in kids(verb)}:
        return [a for c in kids(verb.head) if c.dep_ == "nsubjpass" for a in ctx.args(c)], False
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        # "Built on TSMC's 3nm process, the X1 carries ...": an opening participle is said of
        # the clause's subject
        opening = verb.tag_ == "VBN" and verb.left_edge.is_sent_start and verb.i < verb.head.i
        if verb.dep_ == "advcl" and opening:
            return subjects_of(ctx, verb.head)
        if verb.dep_ == "advcl" and verb.tag_ not in ("VBG", "VB"):
            before = _name_before(ctx, verb)  # "while Geely faces 18.8%", Geely misread
            return ([Arg(before, True)] if before is not None else []), False
        # "letting allies buy chips while capping exports": a participle the parser hung
        # on a bare infinitive belongs to the clause that lets
        head = verb.head
        causative = head.head.lemma_.lower() in ("let", "make", "help", "have", "see", "watch")
        if verb.dep_ == "advcl" and head.dep_ in ("ccomp", "xcomp") and causative:
            return subjects_of(ctx, head.head)
        return subjects_of(ctx, head)
    # "GLM-5, a model it says rivals GPT-5": a relative clause of claiming with no pronoun,
    # whose inner verb is said of the noun the clause is on
    claim = verb.head
    if (
        verb.dep_ == "ccomp"
        and claim.dep_ == "relcl"
        and claim.lemma_.lower() in _CLAIMING
        and not any(c.lower_ in ctx.relative_pronouns for c in kids(claim))
        and not any(c.dep_ == "mark" for c in kids(verb))
    ):
        return ctx.args(claim.head), False
    # a subject the parser hung elsewhere: "a day after Washington's BIS added 140 entities"
    # "The phone runs on Qualcomm's Snapdragon": a subject the parser hung on its verb as
    # a modifier
    hung = [c for c in kids(verb) if c.dep_ == "compound" and c.i < verb.i]
    if verb.pos_ == "VERB" and hung:
        got = ctx.args(hung[-1])
        # (its "the" hung on the verb too: "The phone runs on ...", the phone named before)
        definite = any(c.dep_ == "det" and c.lower_ in ctx.definite for c in kids(verb))
        noun = hung[-1]
        if not got and definite and noun.lemma_.lower() in ctx.descriptors.get("PRODUCT", ()):
            found = ctx.antecedent(noun, {"PRODUCT"}, kind=noun.lemma_.lower())
            got = [Arg(found, True)] if found is not None else []
        if got:
            return got, False
    # ("a scanner from ASML had been installed": not in a passive, whose subject is acted on)
    passive = any(c.dep_ == "nsubjpass" for c in kids(verb))
    if verb.dep_ in ("ROOT", "ccomp") and verb.pos_ == "VERB" and not passive:
        before = _name_before(ctx, verb)
        if before is not None:
            return [Arg(before, True)], False
    # a verb in -s the parser took for a plural noun, its subject for a modifier:
    # "Samsung vies with SK Hynix"
    if verb.dep_ in ("ROOT", "relcl") and verb.pos_ == "NOUN":
        named = _noun_verb_subject(ctx, verb)
        if named is not None:
            return [Arg(named, True)], False
    return [], False


#: What one pays for having done something: "pay a penalty for shipping drives to Huawei".
_PAID_FOR = frozenset(("penalty", "fine", "forfeiture", "settlement", "damages", "sum", "price"))

#: Verbs of claiming whose clause says something of a noun: "a model it says rivals X".
_CLAIMING = frozenset(("say", "claim", "believe", "expect", "think", "argue", "reckon", "describe"))

#: Verbs of giving money whose receiver does what the money is for.
_GIVING_FOR = frozenset(("award", "grant", "give", "lend", "pay", "offer", "provide"))


def _noun_verb_subject(ctx: Context, verb: Token):
    """The name right before a verb the parser took for a noun, hung on it as a modifier."""
    named = [ctx.mention_of(c) for c in kids(verb) if c.dep_ in ("compound", "nmod")]
    named = [m for m in named if m is not None and m.end == verb.i]
    return named[-1] if named else None


def _name_before(ctx: Context, verb: Token):
    """The name that ends right before a verb (auxiliaries, adverbs and a closing bracket
    between), when the parser made it the object of something else."""
    k = verb.i - 1
    doc = ctx.doc
    while (
        k >= 0
        and ctx.mention_of(doc[k]) is None
        and (doc[k].pos_ in ("AUX", "ADV", "PART") or doc[k].text == ")")
    ):
        k -= 1
    m = ctx.mention_of(doc[k]) if k >= 0 else None
    if m is None or m.type not in ("COMPANY", "AGENCY", "COUNTRY", "PERSON", "PRODUCT"):
        return None
    root = ctx.root_of(m)
    # a name the parser left without a role, or hung on the verb as a modifier: "HarmonyOS
    # overtook iOS", "Chinese solar maker Longi competes with Jinko Solar"
    if root.dep_ in ("meta", "dep", "npadvmod", "compound") and root.head.i == verb.i:
        return m
    roles = ("pobj", "appos", "conj", "advmod", "npadvmod")
    return m if root.dep_ in roles and m.type != "PRODUCT" else None


def phrasal_lemma(ctx: Context, verb: Token, lemma: str) -> str:
    """The verb a verb and its particle stand for: "taped out" is "tape", "takes on" is
    "challenge" (``grammar.toml``, ``clause.phrasal``)."""
    for c in kids(verb):
        if c.dep_ == "prt":
            return ctx.phrasal.get(f"{lemma} {c.lower_}", lemma)
    return lemma


def passive_conjunct(verb: Token) -> bool:
    """ "X made its debut ... and is manufactured by TSMC": a passive verb sharing a subject."""
    labels = {c.dep_ for c in kids(verb)}
    return (
        verb.dep_ == "conj"
        and "auxpass" in labels
        and "nsubjpass" not in labels
        and "nsubj" not in labels
    )


def objects_of(ctx: Context, verb: Token) -> list[Arg]:
    """What a verb acts on: its objects, its passive subject, the noun its clause modifies
    (found once a reading)."""
    key = ("objects", verb.i)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _objects_of(ctx, verb)
    return list(found)


def is_goods(ctx: Context, tok: Token) -> bool:
    """Whether a word names goods: "germanium"."""
    m = ctx.mention_of(tok)
    return m is not None and m.method == "goods"


#: Dependents that make a word a verb of its own clause.
_CLAUSE_DEPS = frozenset(("aux", "nsubj", "nsubjpass", "mark"))


def _objects_of(ctx: Context, verb: Token) -> list[Arg]:
    out = []
    if passive_conjunct(verb):
        out.extend(subjects_of(ctx, verb.head)[0])
    for c in kids(verb):
        if c.dep_ in OBJECT_DEPS:
            out.extend(ctx.args(c))
    # an object the parser lost: "launched HarmonyOS NEXT" read as an interjection; the
    # name right after a verb without an object is what the verb acts on
    if not out and verb.pos_ == "VERB" and not any(c.dep_ in OBJECT_DEPS for c in kids(verb)):
        after = ctx.mention_of(ctx.tokens[verb.i + 1]) if verb.i + 1 < len(ctx.doc) else None
        # (a version after a hyphen may be read as an adverb: "released o3-pro")
        lost = _LOST | {"advmod"} if after is not None and after.method == "version" else _LOST
        if after is not None and all(
            ctx.tokens[k].dep_ in lost for k in range(after.start, after.end)
        ):
            out.append(Arg(after, True))
    # a product's name right after the verb that the parser hung as an adverbial noun,
    # taking a description after a comma for the object: "released GLM-4.6 on Tuesday,
    # its most capable model yet"
    if verb.pos_ == "VERB" and verb.i + 1 < len(ctx.doc):
        after = ctx.mention_of(ctx.tokens[verb.i + 1])
        if (
            after is not None
            and after.start == verb.i + 1
            and after.type in ("PRODUCT", "TECHNOLOGY")
            and ctx.root_of(after).dep_ == "npadvmod"
            and ctx.root_of(after).head.i == verb.i
            and all(a.mention is not after for a in out)
        ):
            out.append(Arg(after, True))
    # a second object the parser hung on the verb: "added it and rival Biren to the list"
    dobj = [c for c in kids(verb) if c.dep_ == "dobj"]
    if dobj:
        for c in kids(verb):
            if (
                c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN")
                and c.i > dobj[0].i
                and (
                    any(t.lower_ in ("and", "or") for t in ctx.doc[dobj[0].i : c.i])
                    # ("bans exports of gallium, germanium to US": goods listed by commas
                    # in a headline)
                    or (ctx.lower[c.i - 1] == "," and is_goods(ctx, c))
                )
            ):
                out.extend(ctx.args(c))
    # a product's name the parser read as a verb of its own: "used Huawei Ascend chips",
    # "feature HBM3E memory"
    for c in kids(verb):
        if c.dep_ in ("xcomp", "ccomp") and not any(g.dep_ in _CLAUSE_DEPS for g in kids(c)):
            m = ctx.mention_of(c)
            if m is not None and m.type in ("PRODUCT", "TECHNOLOGY"):
                out.append(Arg(m, True))
    # a second passive participle joined to one on a noun: "a company chaired by X and
    # run by Y"
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and verb.head.dep_ == "acl"
        and verb.head.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in kids(verb))
    ):
        out.extend(objects_of(ctx, verb.head))
    # a passive infinitive on a noun: "its Saker-2 accelerator, to be fabricated by Intel on
    # its 18A process": the noun is what the verb acts on
    if (
        verb.dep_ in ("relcl", "acl")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in kids(verb))
        and not any(c.dep_ in ("nsubjpass", "nsubj") for c in kids(verb))
    ):
        out.extend(ctx.args(verb.head))
    # a participle set after the clause it describes the object of: "launched its Ray-Ban
    # Display glasses on Monday, powered by Qualcomm's AR1 chip"
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in kids(verb))
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "auxpass" for c in kids(verb))
    ):
        out.extend(a for c in kids(verb.head) if c.dep_ == "dobj" for a in ctx.args(c))
    # passive participle modifying a noun: "the chip designed by HiSilicon"; on a noun
    # that only says what the subject is, the subject: "X was the first chip built on Y"
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        noun = verb.head
        said = noun.dep_ == "attr" and noun.head.lemma_.lower() == "be"
        said = said and ctx.mention_of(noun) is None
        subjects = subjects_of(ctx, noun.head)[0] if said else []
        out.extend(subjects or ctx.args(noun))
    # object of a relative clause: "the startup Qualcomm acquired"; also where the parser
    # took the verb for a noun: "the AI5 chip, which Samsung manufactures"
    if (
        verb.dep_ == "relcl"
        and (
            any(c.dep_ in SUBJECT_DEPS for c in kids(verb))
            or (verb.pos_ == "NOUN" and subjects_of(ctx, verb)[0])
        )
        and not any(c.dep_ == "dobj" for c in kids(verb))
    ):
        out.extend(ctx.args(verb.head))
    return out


def prep_args(
    ctx: Context, tok: Token, preps: tuple[str, ...], *, direct: bool = False
) -> list[Arg]:
    """What a word's prepositions of ``preps`` name: "a unit of Sharp", "a processor from
    Horizon Robotics"; with ``direct``, only names reached directly."""
    return [
        a
        for c in kids(tok)
        if c.dep_ == "prep" and c.lower_ in preps
        for p in kids(c)
        # (or a name the parser read as an adverb after it: "with Geely")
        if p.dep_ == "pobj"
        or (p.dep_ == "pcomp" and p.pos_ != "VERB" and ctx.mention_of(p) is not None)
        for a in ctx.args(p)
        if a.direct or not direct
    ]


#: Dependency labels of a name the parser could not place.
_LOST = frozenset(("dep", "punct", "intj", "meta", "npadvmod", "compound"))


def prep_objects_of(ctx: Context, verb: Token) -> list[tuple[str, Arg]]:
    """The objects of a verb's prepositions, each with its preposition (found once a
    reading)."""
    key = ("preps", verb.i)
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _prep_objects_of(ctx, verb)
    return list(found)


def _prep_objects_of(ctx: Context, verb: Token) -> list[tuple[str, Arg]]:
    out = []
    # "buy chips from Samsung", "sell chips to Huawei": the preposition may hang on the object
    holders = [verb] + [c for c in kids(verb) if c.dep_ == "dobj" and ctx.mention_of(c) is None]
    # "the sale of a 70% stake in LPE to X": what is sold may carry it too
    holders += [
        p
        for h in holders[1:]
        for c in kids(h)
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in kids(c)
        if p.dep_ == "pobj" and ctx.mention_of(p) is None
    ]
    # "supplies amplifiers for base stations to Ericsson": on what the goods are for
    purposes = {
        p.i
        for h in holders[1:]
        for c in kids(h)
        if c.dep_ == "prep" and c.lower_ == "for"
        for p in kids(c)
        if p.dep_ == "pobj" and ctx.mention_of(p) is None and p.pos_ == "NOUN"
    }
    holders += [ctx.doc[i] for i in sorted(purposes)]
    # "supplies 5G modules built on the X75 to Lenovo": "to" the parser hung on a
    # participle describing the goods
    described = {v.i for h in holders[1:] for v in kids(h) if v.dep_ == "acl" and v.tag_ == "VBN"}
    holders += [ctx.doc[i] for i in sorted(described)]
    # "makes most of its modules in Wuxi", "runs 700 stations across Germany": where goods
    # are made or sites run, on what is made or run
    making = verb.lemma_.lower() in ctx.rules.relations["operates_in"].verbs
    for c in (
        c
        for h in holders
        for c in kids(h)
        if h.i == verb.i
        or c.lower_ == "to"
        or (c.lower_ == "from" and h.i not in described)
        or (c.lower_ == "for" and h.i not in purposes and h.i not in described)
        or (
            c.lower_ in ("in", "across", "throughout")
            and making
            and h.i not in described
            and _names_place(ctx, c)
        )
    ):
        if c.dep_ in ("prep", "dative") and c.pos_ == "ADP":
            for p in kids(c):
                # (a name the parser read as an adverb after it: "with Geely")
                named = p.dep_ == "pcomp" and p.pos_ != "VERB" and ctx.mention_of(p) is not None
                if p.dep_ == "pobj" or named:
                    out.extend((c.lower_, a) for a in ctx.args(p))
                # a gerund after the preposition: "poured CNY13.5 billion into developing X"
                elif p.dep_ == "pcomp":
                    for o in kids(p):
                        if o.dep_ == "dobj":
                            out.extend((c.lower_, a) for a in ctx.args(o))
    return out


def _names_place(ctx: Context, prep: Token) -> bool:
    """Whether a preposition's object is a place or a country."""
    return any(
        ctx.mention_of(p) is not None and ctx.mention_of(p).type in ("LOCATION", "COUNTRY")
        for p in kids(prep)
        if p.dep_ == "pobj"
    )


def _contrastive(neg: Token) -> bool:
    """ "made on N+2, not on 5nm": a "not" that negates the phrase after it, not the verb."""
    doc = neg.doc
    nxt = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    after_comma = neg.i > 0 and doc[neg.i - 1].text == ","
    # ("was not in talks": a copula's "not" before its phrase negates the copula)
    before_phrase = nxt is not None and nxt.pos_ == "ADP" and neg.head.lemma_ != "be"
    return neg.i > neg.head.i and (after_comma or before_phrase)


#: Verbs of denial that take back only with a particle: "ruled out", "called off",
#: "walked away", "voted down", "pulled out", "backed out".
_WITH_PARTICLE = {
    "rule": "out",
    "call": "off",
    "walk": "away",
    "vote": "down",
    "pull": "out",
    "back": "out",
    "break": "down",
}


def _denies(ctx: Context, verb: Token) -> bool:
    """ "denied", "stopped", "scrapped", "called off": a verb that takes back what it governs."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in ctx.denial_verbs:
        return False
    particle = _WITH_PARTICLE.get(lemma)
    return particle is None or any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ == particle for c in kids(verb)
    )


def _takes_back(ctx: Context, verb: Token) -> bool:
    """Whether a verb takes back what it governs ("denied", "called off", "revoked"); "did
    not back the deal" does not ("back" takes back only with "out")."""
    return _denies(ctx, verb) or verb.lemma_.lower() in REVOKING


def _undone(ctx: Context, noun: Token) -> bool:
    """ "scrapped Nvidia's planned purchase of Arm", "the bid failed", "merger talks broke
    down": a deal or measure named by a noun that the clause takes back."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "walked away from its takeover proposal"
    if head.pos_ not in ("VERB", "AUX"):
        return False
    # ("barred Nexperia's factory from exporting": a plant kept from doing something is
    # still there)
    # (not a deal: "blocked Nvidia's purchase of Arm from going ahead")
    kept = (
        head.lemma_.lower() in _KEEPING_FROM
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in kids(head))
        and (
            noun.lemma_.lower() in ctx.rules.relations["operates_in"].nouns
            or ctx.mention_of(noun) is not None
        )
    )
    if noun.dep_ in ("dobj", "nsubjpass", "pobj") and _denies(ctx, head) and not kept:
        # "will not lift its sanctions": what is not taken back stands
        return not negated(ctx, head)
    # "would no longer build its planned factories in Magdeburg": the verb is negated
    # (not a verb of taking back: "will not revoke the ban" leaves the ban standing)
    if noun.dep_ in ("dobj", "nsubjpass") and negated(ctx, head):
        return not _takes_back(ctx, head)
    if noun.dep_ != "nsubj" or head.lemma_.lower() not in ctx.failing_verbs:
        return False
    # "talks broke down", "the deal fell through"; a venture that "broke ground" did not
    particles = _FAILING_PARTICLES.get(head.lemma_.lower())
    return particles is None or any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles for c in kids(head)
    )


#: Verbs of failing that fail only with a particle.
_FAILING_PARTICLES = {"break": ("down", "up", "off"), "fall": ("through", "apart", "away")}


#: What a noun trigger may hang on, on its way up to the verb that acts on it.
_NOMINAL = ("NOUN", "PROPN", "ADP")


#: Verbs that keep someone from doing what their "from" names: "barred X from buying".
_KEEPING_FROM = frozenset(
    ("ban", "bar", "prohibit", "block", "prevent", "stop", "forbid", "restrict", "exclude")
)


def negated(ctx: Context, tok: Token) -> bool:
    """A trigger under "not", "never", "no longer", or a verb of denial; a noun trigger a
    clause takes back ("scrapped the purchase of X", "the bid failed")."""
    if tok.pos_ == "NOUN" and _undone(ctx, tok):
        return True
    # "would no longer build its factories in Germany or a plant in Poland": a noun
    # trigger the negated verb acts on
    held, listed = tok, False
    for _ in range(6):
        if held.dep_ not in ("conj", "pobj", "prep") or held.head.pos_ not in _NOMINAL:
            break
        listed = listed or held.dep_ == "conj"
        held = held.head
    # "scrapped plans for a plant in Sunderland": a noun under one the clause takes back
    if tok.pos_ == "NOUN" and held.i != tok.i and held.pos_ == "NOUN" and _undone(ctx, held):
        return True
    # (a noun in a phrase of circumstance, "ship X under export rules", is not acted on)
    acted_on = held.dep_ in ("dobj", "nsubjpass") or (held.dep_ == "prep" and listed)
    if (
        tok.pos_ == "NOUN"
        and held.i != tok.i
        and acted_on
        and held.head.pos_ in ("VERB", "AUX")
        and negated(ctx, held.head)
    ):
        # "will not revoke the ban": what a verb of taking back does not take back stands
        return not _takes_back(ctx, held.head)
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lower_ == "short"
        and tok.head.head.head.lemma_.lower() == "stop"
    ):
        return True  # "the deal stops short of a full ban"
    # "signed no deal with X", "made no investment in Y": a verb whose object is none
    if tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in kids(c))
        for c in kids(tok)
    ):
        return True
    # "failed to strike a deal": what one failed to do (only the act it governs: a clause
    # the parser hung further on is not under it)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail":
        return True
    # "banned Kaspersky from selling software in the US": what one is kept from doing
    kept_from = tok.dep_ == "pcomp" and tok.head.lower_ == "from"
    if kept_from and tok.head.head.lemma_.lower() in _KEEPING_FROM:
        return True
    t = tok
    # "was not in talks with X", "denied reports that it was in talks with X": a state
    # the noun names is said by its "be"
    held_by = tok.head.head
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and held_by.lemma_ == "be"
    ):
        t = held_by
    came_by_conj = False
    for _ in range(4):
        if any(
            (c.dep_ == "neg" or (c.lower_ in ctx.negators and c.dep_ in ("neg", "advmod", "det")))
            and not _contrastive(c)
            for c in kids(t)
        ):
            return True
        # "would no longer build"
        if any(
            c.lower_ == "longer" and any(g.lower_ in ctx.negators for g in kids(c)) for c in kids(t)
        ):
            return True
        # "will end production at X and move output to Y": a verb of denial takes back its
        # own object, not a verb coordinated with it
        if t.i != tok.i and not came_by_conj and _denies(ctx, t):
            return True
        # "is not a supplier to X": a noun said of its subject, negated on the verb
        if t.dep_ in ("attr", "oprd") and t.head.pos_ in ("AUX", "VERB"):
            t = t.head
            continue
        # "was in talks to form a venture": the state a noun names is said by its "be"
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.lemma_ == "be":
            t = t.head.head
            continue
        if t.head.i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "acl", "relcl", "advcl"):
            break
        # "stopped shipping to China after Beijing raised tariffs": a clause of time or
        # cause says its own event, which the main clause does not take back
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OWN_EVENT for c in kids(t)):
            break
        # "would no longer build X, and construction of Y would be slowed": a conjoined
        # clause with a subject of its own is not under the first clause's negation
        if t.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(t)):
            break
        # (a noun the tagger took for a verb still stands where a noun does: "denied a
        # Nikkei report that ...")
        clause_on_noun = t.dep_ in ("acl", "relcl", "ccomp") and (
            t.head.pos_ == "NOUN"
            or (t.head.pos_ == "VERB" and t.head.dep_ in ("dobj", "nsubjpass"))
        )
        came_by_conj = t.dep_ == "conj"
        t = t.head
        # "its proposal to buy X collapsed": the noun the clause is on came to nothing
        if clause_on_noun and _undone(ctx, t):
            return True
        # "did not confirm reports that it would build X": up from the noun to its verb
        if (
            clause_on_noun
            and t.dep_ in ("dobj", "nsubj", "pobj")
            and t.head.pos_ in ("VERB", "AUX")
        ):
            t = t.head
    return False


#: Verbs of taking a measure back: "will not revoke the ban" leaves it standing.
REVOKING = frozenset(("revoke", "rescind", "repeal", "overturn", "reverse"))
#: Markers of a clause of time or cause, whose event is its own: "after Beijing raised".
_OWN_EVENT = frozenset(
    ("after", "before", "when", "because", "since", "as", "while", "once", "until", "following")
)


def _reported(ctx: Context, sent: Span) -> bool:
    """Whether a sentence reports what others said ("reportedly", "according to")."""
    doc = sent.doc
    key = ("kg_reported", sent.start)
    if key not in doc.user_data:
        doc.user_data[key] = any(w in ctx.reported_words for w in ctx.lower[sent.start : sent.end])
    return doc.user_data[key]


def modality(ctx: Context, tok: Token, sent: Span) -> str:
    """How a trigger's statement is put: "planned", "reported" or "stated"."""
    t = tok
    for _ in range(4):
        if t.lemma_.lower() in ctx.planned_words or any(
            c.lemma_.lower() in ctx.planned_words and c.dep_ in ("aux", "auxpass", "advmod")
            for c in kids(t)
        ):
            return "planned"
        if t.head.i == t.i:
            break
        t = t.head
    if _reported(ctx, sent):
        return "reported"
    return "stated"


def under_place(ctx: Context, tok: Token, top: Token) -> bool:
    """Whether a token hangs under "in", "from", "for"... below ``top``: "sales in China"."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "pobj" and ctx.lower[t.head.i] in ctx.circumstance_preps:
            return True
        t = t.head
    return False


def policy_prep_objects(ctx: Context, verb: Token, preps: list[tuple[str, Arg]]) -> list[Arg]:
    """The measures a verb puts something on or in: "added X to the entity list", also
    where the parser hung "to the list" on the last name added ("added A, one of ..., and
    B to the Entity List")."""
    found = [o for _, o in preps if o.mention.type == "POLICY"]
    if found:
        return found
    stack = [c for c in kids(verb) if c.dep_ in OBJECT_DEPS]
    while stack:
        t = stack.pop()
        for c in kids(t):
            if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto"):
                found.extend(
                    a
                    for p in kids(c)
                    if p.dep_ == "pobj"
                    for a in ctx.args(p)
                    if a.mention.type == "POLICY"
                )
            elif c.dep_ in ("conj", "appos"):
                stack.append(c)
    return found


#: Nouns for those who get what is sold, a country before them the place they are in: "sell
#: to the Chinese market", "supplies Chinese carmakers".
_RECIPIENTS = frozenset(
    (
        "market", "customer", "buyer", "client", "firm", "company", "carmaker", "automaker",
        "maker", "manufacturer", "operator", "user", "military", "army", "government",
        "utility", "hospital", "school", "entity", "business", "startup", "factory", "plant",
    )
)  # fmt: skip


def not_origins(ctx: Context, verb: Token, objects: list[Arg]) -> list[Arg]:
    """A supplier's objects without the country a goods noun is named after: "ship US tools
    to their China fabs" supplies no United States."""
    origins = {
        id(a.mention)
        for c in kids(verb)
        if c.dep_ in ("dobj", "nsubjpass")
        and ctx.mention_of(c) is None
        and c.lemma_.lower() not in _RECIPIENTS
        for a in ctx.args(c)
        if not a.direct and a.mention.type == "COUNTRY"
    }
    return [o for o in objects if id(o.mention) not in origins]
