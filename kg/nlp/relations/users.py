"""Who uses a product no name names, and whose a used product is: "built its assistant on
Llama", "Lenovo's laptops feature X", "its God's Eye system", "the company's servers use
AMD's chips"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.relations.clause import OBJECT_DEPS
from kg.nlp.relations.context import Arg, Context, kids

__all__ = ["not_makers", "own_product", "unnamed_owners"]


def unnamed_owners(ctx: Context, verb: Token, *, subject: bool = False) -> list[Arg]:
    """The firm whose product, named by no name, a verb makes or (with ``subject``) is
    said of: "built its assistant on Llama", "Klarna's assistant, built with GPT-4o",
    "Lenovo's laptops feature X", "its robots, which will use X" (a product's noun; not
    "built its business on CUDA")."""
    if subject:
        nouns = [c for c in kids(verb) if c.dep_ == "nsubj"]
        if verb.dep_ == "relcl" and any(c.lower_ in ctx.relative_pronouns for c in nouns):
            nouns = [verb.head]
    else:
        nouns = [c for c in kids(verb) if c.dep_ in OBJECT_DEPS]
        if not nouns and verb.dep_ == "acl" and verb.tag_ == "VBN":
            nouns = [verb.head]
    return [
        a
        for d in nouns
        if ctx.mention_of(d) is None and d.pos_ == "NOUN" and d.lemma_.lower() in ctx.product_nouns
        for c in kids(d)
        if c.dep_ == "poss"
        for a in ctx.resolve(c)
        if a.mention.type == "COMPANY"
    ]


def own_product(ctx: Context, user: Arg, used: Arg) -> bool:
    """Whether what is used is the user's own product: "its God's Eye system", "Geely's
    G-Pilot system" after Geely."""
    root = ctx.root_of(used.mention)
    # ("its Pulsar and Synergis tools": the list's first name is on the noun)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    noun = root.head if root.dep_ in ("compound", "amod", "nmod") else root
    # ("its God's Eye system": the owner may own the name's own possessive)
    owners = [c for c in kids(noun) if c.dep_ == "poss"]
    for c in [*owners, *(g for o in owners for g in kids(o) if g.dep_ == "poss")]:
        if c.lower_ in ("its", "their"):
            return True
        owner = ctx.mention_of(c)
        if owner is not None and owner.key == user.mention.key:
            return True
    return False


def not_makers(ctx: Context, owners: list[Arg], used: list[Arg]) -> list[Arg]:
    """Owners of a product that are not the makers of what it uses: in "the company's
    servers use AMD's chips" the company is not AMD, whatever "the company" was read as."""
    roots = [ctx.root_of(u.mention) for u in used]
    # ("AMD's Instinct MI300X accelerators": the owner may be on the noun the name is on)
    roots += [r.head for r in roots if r.dep_ in ("compound", "nmod")]
    makers = {
        m.label
        for r in roots
        for c in kids(r)
        if c.dep_ == "poss"
        for m in [ctx.mention_of(c)]
        if m is not None
    }
    return [o for o in owners if o.mention.label not in makers]
