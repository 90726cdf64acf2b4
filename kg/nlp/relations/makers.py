"""Who makes a product and what it goes into, said without a verb between the two: "the
Journey 6 processor from Horizon Robotics", "the Vanta 3 cell, an Ellis Power product",
"Renmark's main product is Cordalin", "sold by Jazz", "the Nvidia-designed chip", "the
Orin-powered system", "the G4 inside the Pixel 9"."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Token

from kg.nlp.entities import KgMention
from kg.nlp.relations.clause import prep_args, subjects_of
from kg.nlp.relations.context import Context, Hit, kids
from kg.nlp.relations.hits import fixed_hit, lemma_of

__all__ = [
    "described_rules",
    "hyphen_rules",
    "inside_rules",
    "origin_rules",
    "run_with_rules",
    "vendor_rules",
]


def _products(ctx: Context, noun: Token) -> list[KgMention]:
    """The products a noun names or stands for: "the Zeta S1", "the Journey 6 processor"."""
    m = ctx.mention_of(noun)
    if m is not None:
        return [m] if m.type == "PRODUCT" else []
    return [a.mention for a in ctx.args(noun) if a.mention.type == "PRODUCT"]


def _named(ctx: Context, noun: Token) -> list[KgMention]:
    """The products a noun names itself or by its modifiers, not by reference: "Cordalin",
    "the Cordalin pill"."""
    found = [ctx.mention_of(noun)]
    found += [ctx.mention_of(c) for c in kids(noun) if c.dep_ in ("compound", "nmod")]
    return [m for m in found if m is not None and m.type == "PRODUCT"]


def origin_rules(ctx: Context) -> Iterator[Hit]:
    """ "a Journey 6 processor from Horizon Robotics", "the Nimbus 2 platform from Arcturus":
    the firm a product comes from develops it."""
    for tok, dep, lower in zip(ctx.tokens, ctx.dep, ctx.lower, strict=True):
        if lower != "from" or dep != "prep" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        makers = [
            a.mention
            for p in kids(tok)
            if p.dep_ == "pobj"
            for a in ctx.args(p)
            if a.direct and a.mention.type == "COMPANY"
        ]
        for product in _products(ctx, tok.head) if makers else []:
            for m in makers:
                yield from fixed_hit(ctx, "develops", m, product, tok, "origin", "from-maker")


def vendor_rules(ctx: Context) -> Iterator[Hit]:
    """ "Xywav and Xyrem, both sold by Jazz Pharmaceuticals", "the Beijing company sells the
    MTT S4000 accelerator": the firm that sells a named product under its own name
    develops it (a product another firm owns, "sells Nike's shoes", is left out)."""
    if ctx.lemma_set.isdisjoint(ctx.vending_verbs):  # none of the words it starts from
        return
    for tok, pos, lemma in zip(ctx.tokens, ctx.pos, ctx.lemma, strict=True):
        if pos != "VERB" or lemma not in ctx.vending_verbs:
            continue
        sellers, passive = subjects_of(ctx, tok)
        sellers = [a for a in sellers if a.direct and a.mention.type == "COMPANY"]
        if not sellers:
            continue
        things = [c for c in kids(tok) if c.dep_ in ("dobj", "nsubjpass")]
        if passive and tok.dep_ in ("acl", "relcl") and not things:
            thing = tok.head
            # "Xywav and Xyrem, both sold by Jazz": what the quantifier stands beside
            if thing.lower_ in ctx.quantifiers and thing.dep_ == "appos":
                thing = thing.head
            things = [thing]
        for thing in things:
            if any(c.dep_ == "poss" and c.lower_ not in ctx.company_pronouns for c in kids(thing)):
                continue
            sold = [
                a.mention
                for a in ctx.args(thing)
                if a.mention.type == "PRODUCT" and (a.direct or ctx.mention_of(thing) is None)
            ]
            for p in sold:
                for s in sellers:
                    yield from fixed_hit(ctx, "develops", s.mention, p, tok, "vendor", "sold-by")


def described_rules(ctx: Context) -> Iterator[Hit]:
    """A product described as a firm's: "the Vanta 3 cell, an Ellis Power product",
    "Renmark Bio's main product is Cordalin", "Cordalin is Renmark's best-selling drug",
    "the main product of Renmark Bio is Cordalin"."""
    part_nouns = ctx.rules.relations["part_of"].nouns
    for tok, pos, dep in zip(ctx.tokens, ctx.pos, ctx.dep, strict=True):
        if pos != "NOUN" or ctx.mention_of(tok) is not None or tok.lemma_.lower() in part_nouns:
            continue
        owners = [a.mention for c in kids(tok) if c.dep_ == "poss" for a in ctx.resolve(c)]
        owners += [
            m
            for c in kids(tok)
            if c.dep_ in ("compound", "nmod")
            for m in [ctx.mention_of(c)]
            if m is not None
        ]
        owners += [a.mention for a in prep_args(ctx, tok, ("of",), direct=True)]
        owners = [o for o in owners if o.type == "COMPANY"]
        if not owners:
            continue
        products: list[KgMention] = []
        # "the Vanta 3 cell, an Ellis Power product": an apposition to a described product
        if dep == "appos" and ctx.mention_of(tok.head) is None:
            products = _products(ctx, tok.head)
        # "X's main product is Y", "Y is X's best-selling drug"
        verb = tok.head
        if dep in ("nsubj", "attr") and verb.lemma_.lower() == "be":
            other = "attr" if dep == "nsubj" else "nsubj"
            products = [m for c in kids(verb) if c.dep_ == other for m in _named(ctx, c)]
        said = verb if dep in ("nsubj", "attr") else tok  # "X's product is not Y"
        for o in owners:
            for p in products:
                yield from fixed_hit(ctx, "develops", o, p, said, "described", "described-as")


def hyphen_rules(ctx: Context) -> Iterator[Hit]:
    """ "the Nvidia-designed chip" develops, "the TSMC-made Zeta S1" manufactures, "the
    Orin-powered system" and "the Arm-based Baikal-M" use: a name joined by a hyphen to a
    participle of a trigger verb, and the noun the participle modifies."""
    relations = ctx.rules.relations
    develops, makes, uses = relations["develops"], relations["manufactures"], relations["uses"]
    verbs = develops.verbs | makes.verbs | uses.inverse_verbs | uses.theme_verbs
    doc = ctx.doc
    for tok, pos in zip(ctx.tokens, ctx.pos, strict=True):
        if pos != "VERB" or tok.i < 2 or doc[tok.i - 1].text != "-" or tok.tag_ != "VBN":
            continue
        name = ctx.mention_of(doc[tok.i - 2])
        noun = tok.head
        if name is None or noun.i == tok.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        lemma = lemma_of(tok, verbs)
        things = [m for m in _products(ctx, noun) if m is not name]
        if not things:
            host = ctx.appos_host(noun)
            things = [host] if host is not None and host is not name else []
        for t in things:
            # "SMIC-built Ascend 910C chips": building names the maker, not the developer
            if lemma == "build":
                yield from fixed_hit(ctx, "manufactures", name, t, tok, "hyphen", "hyphen:build")
                continue
            if lemma in develops.verbs:
                yield from fixed_hit(ctx, "develops", name, t, tok, "hyphen", f"hyphen:{lemma}")
            elif lemma in makes.verbs:
                yield from fixed_hit(ctx, "manufactures", name, t, tok, "hyphen", f"hyphen:{lemma}")
            elif lemma in uses.inverse_verbs or lemma in ("base", "build"):
                yield from fixed_hit(ctx, "uses", t, name, tok, "hyphen", f"hyphen:{lemma}")


def inside_rules(ctx: Context) -> Iterator[Hit]:
    """ "the G4 inside last year's Pixel 9", "the chip will go into the Iron robot": the
    device uses the part; "the Filogic 880 Wi-Fi 7 chips": the product uses the technology
    named between it and its noun."""
    for m, t in itertools.pairwise(ctx.mentions):
        if (
            m.type == "PRODUCT"
            and t.type == "TECHNOLOGY"
            and t.start == m.end
            and t.end < len(ctx.tokens)
            and ctx.lemma[t.end] in ctx.product_nouns
        ):
            yield from fixed_hit(ctx, "uses", m, t, ctx.tokens[t.end], "inside", "named-with")
    # "the Tianshu A1, a 5nm driving processor", "the Ghat-400 is a 12nm chip": the process
    # a product's description names
    for t in ctx.mentions:
        root = ctx.root_of(t)
        noun = root.head
        if t.type != "TECHNOLOGY" or root.dep_ not in ("amod", "compound", "nummod", "nmod"):
            continue
        if ctx.mention_of(noun) is not None or noun.lemma_.lower() not in ctx.product_nouns:
            continue
        described = [ctx.appos_host(noun)]
        # "The 12nm chip, which ...": the product the description refers back to
        if any(c.dep_ == "det" and c.lower_ == "the" for c in kids(noun)):
            described += [a.mention for a in ctx.resolve(noun)]
        if noun.dep_ == "attr" and noun.head.lemma_.lower() == "be":
            described += [ctx.mention_of(c) for c in kids(noun.head) if c.dep_ == "nsubj"]
        for p in described:
            if p is not None and p.type == "PRODUCT" and t.label.endswith("process"):
                yield from fixed_hit(ctx, "uses", p, t, noun, "inside", "described-process")
    for m in ctx.mentions:
        if m.type != "PRODUCT":
            continue
        root = ctx.root_of(m)
        inside = ctx.inside_preps
        holders = [(root, inside, False)]
        if root.dep_ in ("compound", "nmod") and root.head.pos_ == "NOUN":
            holders.append((root.head, inside, False))  # "the Kirin 9000 chip in the Mate 40"
            root = root.head
        verb = root.head if root.head.pos_ == "VERB" else None
        lemma = verb.lemma_.lower() if verb is not None else ""
        # "the chip will go into the Iron robot": the part as the subject of "go"; "the
        # Journey 6 chip powers driver assistance in the L6": of a verb of its work
        if root.dep_ == "nsubj" and lemma in ctx.entering_verbs | ctx.powering_verbs:
            holders.append((verb, inside, True))
        # "will fit its Aegis battery to the Galaxy E5", "finish Exynos 2400 chips for the
        # Galaxy S24 phones": the part as the object of fitting or making it for a device
        # (a part: "Exynos 2400 chips", "its Aegis battery"; not "designed the iPhone 16 for
        # Apple Intelligence", "added the Pixel 9 to the beta programme")
        part = root.lemma_.lower() in _COMPONENTS or (
            m.end < len(ctx.tokens) and ctx.lemma[m.end] in _COMPONENTS
        )
        if verb is not None and root.dep_ == "dobj" and part:
            if lemma in ctx.fitting_verbs:
                holders.append((verb, inside | {"to", "on", "onto"}, True))
            if lemma in ctx.rules.relations["manufactures"].verbs | _FINISHING:
                holders.append((verb, {"for"}, True))
        for h, preps, on_verb in holders:
            for c in kids(h):
                if c.dep_ != "prep" or c.lower_ not in preps:
                    continue
                for p in kids(c):
                    if p.dep_ != "pobj":
                        continue
                    # (on a verb, the device: not "for Gemini Live users", "to the beta
                    # programme")
                    if on_verb and ctx.lemma[p.i] in _NOT_DEVICES:
                        continue
                    for device in _products(ctx, p):
                        if device is not m:
                            yield from fixed_hit(ctx, "uses", device, m, c, "inside", "inside")


#: Nouns after a device's name that are no device: "Gemini Live users".
_NOT_DEVICES = frozenset(
    (
        "user", "customer", "owner", "buyer", "driver", "programme", "program", "beta",
        "feature", "service", "subscriber", "fan", "market", "developer", "version", "update",
    )
)  # fmt: skip
#: Nouns of a part that goes into a device.
_COMPONENTS = frozenset(
    (
        "chip", "processor", "soc", "gpu", "cpu", "accelerator", "modem", "battery", "cell",
        "engine", "motor", "sensor", "display", "screen", "camera", "module", "core", "memory",
        "inverter", "lidar", "radar", "system", "platform", "pack", "panel", "drive",
    )
)  # fmt: skip
#: Verbs of finishing goods, besides making them: "finish Exynos chips for the Galaxy S24".
_FINISHING = frozenset(("finish", "complete", "design", "develop", "build", "supply", "ship"))
#: Nouns of what a firm runs that a technology's name can describe: "its HPAL plant".
_RUN_NOUNS = frozenset(
    (
        "plant", "factory", "fab", "facility", "network", "line", "refinery", "project",
        "grid", "cluster", "centre", "center", "mine", "link", "service",
    )
)  # fmt: skip
#: Verbs of putting up or running such a thing: "plans a $1.8 billion HPAL plant".
_RUNNING = frozenset(
    (
        "plan", "build", "open", "operate", "run", "launch", "roll", "deploy", "commission",
        "construct", "complete", "start", "develop",
    )
)  # fmt: skip


def run_with_rules(ctx: Context) -> Iterator[Hit]:
    """ "plans a $1.8 billion HPAL plant", "relies on Huawei for its 5G network": who owns
    or puts up a plant or a network that a technology's name describes uses it."""
    for t in ctx.mentions:
        if t.type != "TECHNOLOGY":
            continue
        root = ctx.root_of(t)
        noun = root.head
        if (
            root.dep_ not in ("amod", "compound", "nmod", "nummod")
            or noun.lemma_.lower() not in _RUN_NOUNS
            or ctx.mention_of(noun) is not None
        ):
            continue
        users = [a for c in kids(noun) if c.dep_ == "poss" for a in ctx.resolve(c)]
        verb = noun.head
        if not users and noun.dep_ == "dobj" and verb.lemma_.lower() in _RUNNING:
            users = [a for a in subjects_of(ctx, verb)[0] if a.direct]
        for u in users:
            if u.mention.type == "COMPANY":
                yield from fixed_hit(ctx, "uses", u.mention, t, noun, "inside", "runs-with")
