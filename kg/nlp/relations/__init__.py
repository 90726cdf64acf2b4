"""Typed, directed relations between the mentions of a parsed ``Doc``.

Pure functions: a ``Doc`` that the entity recogniser has annotated goes in,
:class:`Relation` tuples come out. The rules are grouped by the family of constructions
they read, a module each; every rule takes the document's :class:`Context` and yields
:class:`Hit` tuples, which :func:`extract_relations` turns into relations, judging
negation and modality and keeping the most confident reading of each edge:

- :mod:`~kg.nlp.relations.surface`: without a parse, a trigger between two names;
- :mod:`~kg.nlp.relations.verbs`: verb triggers with subjects, objects and prepositions;
- :mod:`~kg.nlp.relations.nouns`: nominalisations ("its acquisition of X");
- :mod:`~kg.nlp.relations.possessives`: possessives, compounds, appositions, makers;
- :mod:`~kg.nlp.relations.places`: "X-based", facilities in places;
- :mod:`~kg.nlp.relations.titles`: titles before and after a person's name;
- :mod:`~kg.nlp.relations.policies`: measures, their issuers and targets;
- :mod:`~kg.nlp.relations.measures`: who bears a measure, who is on a list;
- :mod:`~kg.nlp.relations.money`: stakes, funding, backers;
- :mod:`~kg.nlp.relations.trade`: customers, makers, sales of businesses;
- :mod:`~kg.nlp.relations.partners`: agreements, joint work, rivals;
- :mod:`~kg.nlp.relations.makers`: where a product comes from and what it goes into;
- :mod:`~kg.nlp.relations.ownership`: units, parents, owners, control, mergers;
- :mod:`~kg.nlp.relations.legal`: accusations, courts, suits brought.

Word lists live in ``kg/rules/grammar.toml`` and ``relations.toml``, confidences in
``kg/rules/confidence.toml``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from kg.nlp.relations.bearers import bearing_rules, rate_rules
from kg.nlp.relations.clause import REVOKING, modality, negated
from kg.nlp.relations.context import Context, Hit, Relation, forget_children, kids
from kg.nlp.relations.holders import (
    founded_group_rules,
    group_holder_rules,
    joint_group_rules,
    member_rules,
    venture_owner_rules,
)
from kg.nlp.relations.legal import accusation_rules, brought_rules, court_rules
from kg.nlp.relations.licensing import licensed_work_rules
from kg.nlp.relations.makers import (
    described_rules,
    hyphen_rules,
    inside_rules,
    origin_rules,
    run_with_rules,
    vendor_rules,
)
from kg.nlp.relations.measures import (
    aimed_rules,
    licence_rules,
    list_addition_rules,
    listed_rules,
    marked_rules,
    misread_restrict_rules,
    penalty_rules,
    refused_rules,
    revoked_rules,
    seized_rules,
    subject_to_rules,
)
from kg.nlp.relations.money import (
    backer_rules,
    facility_money_rules,
    funding_rules,
    owned_share_rules,
    securities_rules,
    shareholder_rules,
    stake_rules,
)
from kg.nlp.relations.nouns import contact_rules, debut_rules, delivery_rules, noun_rules
from kg.nlp.relations.orders import chosen_rules, going_into_rules, order_rules
from kg.nlp.relations.ownership import (
    bought_from_rules,
    control_rules,
    deal_rules,
    merger_rules,
    named_member_rules,
    owner_rules,
    paid_for_rules,
    unit_rules,
)
from kg.nlp.relations.partners import (
    headline_pair_rules,
    joint_rules,
    partner_role_rules,
    partner_rules,
    together_rules,
)
from kg.nlp.relations.places import (
    based_rules,
    described_place_rules,
    facility_rules,
    located_rules,
    moving_rules,
    staff_rules,
)
from kg.nlp.relations.policies import (
    anaphora_rules,
    answer_rules,
    derived_restricts,
    led_rules,
    named_later,
    policy_rules,
    reported_issuer_rules,
    under_measure_hits,
    under_rules,
)
from kg.nlp.relations.possessives import (
    apposition_rules,
    including_rules,
    maker_rules,
    of_maker_rules,
    possessive_rules,
)
from kg.nlp.relations.rivals import (
    rival_goods_rules,
    rival_noun_rules,
    rival_role_rules,
    rival_rules,
)
from kg.nlp.relations.rounds import round_rules, took_part_rules
from kg.nlp.relations.surface import phrase_rules, surface_rules
from kg.nlp.relations.titles import (
    appointment_rules,
    founder_rules,
    headline_appointment_rules,
    succession_rules,
    title_rules,
)
from kg.nlp.relations.trade import (
    bought_made_rules,
    clients_rules,
    goods_from_rules,
    losing_rules,
    made_at_rules,
    maker_of_rules,
    misread_verb_rules,
    offtake_rules,
    relies_rules,
    role_rules,
    sale_rules,
    supply_deal_rules,
)
from kg.nlp.relations.verbs import modifier_verb_rules, verb_rules
from kg.nlp.rules import Rules

__all__ = ["RULES", "Hit", "Relation", "best_readings", "extract_relations"]

log = logging.getLogger(__name__)

#: Every rule, in the order they run: of two readings equally sure of one edge in one
#: sentence, the first found is kept.
RULES: tuple[Callable[[Context], Iterator[Hit]], ...] = (
    surface_rules,
    phrase_rules,
    verb_rules,
    modifier_verb_rules,
    noun_rules,
    contact_rules,
    possessive_rules,
    apposition_rules,
    of_maker_rules,
    based_rules,
    located_rules,
    facility_rules,
    described_place_rules,
    moving_rules,
    staff_rules,
    title_rules,
    succession_rules,
    appointment_rules,
    headline_appointment_rules,
    founder_rules,
    policy_rules,
    rival_rules,
    partner_rules,
    joint_rules,
    joint_group_rules,
    partner_role_rules,
    member_rules,
    together_rules,
    headline_pair_rules,
    licensed_work_rules,
    rival_noun_rules,
    rival_role_rules,
    rival_goods_rules,
    including_rules,
    maker_rules,
    under_rules,
    reported_issuer_rules,
    answer_rules,
    led_rules,
    anaphora_rules,
    debut_rules,
    bearing_rules,
    aimed_rules,
    listed_rules,
    list_addition_rules,
    misread_restrict_rules,
    licence_rules,
    revoked_rules,
    seized_rules,
    refused_rules,
    penalty_rules,
    rate_rules,
    subject_to_rules,
    marked_rules,
    stake_rules,
    owned_share_rules,
    funding_rules,
    round_rules,
    took_part_rules,
    securities_rules,
    shareholder_rules,
    group_holder_rules,
    venture_owner_rules,
    founded_group_rules,
    backer_rules,
    facility_money_rules,
    delivery_rules,
    clients_rules,
    bought_made_rules,
    role_rules,
    order_rules,
    chosen_rules,
    going_into_rules,
    relies_rules,
    supply_deal_rules,
    offtake_rules,
    goods_from_rules,
    losing_rules,
    made_at_rules,
    maker_of_rules,
    sale_rules,
    misread_verb_rules,
    origin_rules,
    vendor_rules,
    described_rules,
    hyphen_rules,
    inside_rules,
    run_with_rules,
    unit_rules,
    bought_from_rules,
    owner_rules,
    named_member_rules,
    control_rules,
    deal_rules,
    paid_for_rules,
    merger_rules,
    accusation_rules,
    court_rules,
    brought_rules,
)


def extract_relations(doc: Doc, rules: Rules) -> list[Relation]:
    """Extract typed relations from a Doc annotated by ``kg_entity_recognizer``.

    Returns one :class:`Relation` per (source, relation, target, sentence), the most
    confident reading kept. Negated statements are returned with ``negated=True``.

    Examples
    --------
    >>> import spacy
    >>> from kg.nlp.pipeline import load_pipeline
    >>> nlp = load_pipeline("blank")
    >>> doc = nlp("Nvidia CEO Jensen Huang spoke.")
    >>> [(r.source.label, r.relation, r.target.label) for r in doc._.kg_relations]
    [('Jensen Huang', 'leads', 'Nvidia')]
    """
    try:
        return _extract(doc, rules)
    finally:
        forget_children(doc)  # the children table serves one reading only


def _extract(doc: Doc, rules: Rules) -> list[Relation]:
    ctx = Context(doc, rules)
    titled = list(title_rules(ctx))  # read once: title_rules reads no leads
    for person, _, org, *_ in titled:
        ctx.leads.setdefault(person.label, org)
    found: list[Relation] = []
    # how each trigger's statement is put, and whether it is taken back: the same for
    # every pair of parties a trigger relates
    said: dict[int, tuple[str, bool]] = {}
    for rule in RULES:
        try:
            hits = titled if rule is title_rules else list(rule(ctx))
            if rule is verb_rules:
                hits += under_measure_hits(ctx, hits)
        except (RecursionError, IndexError, ValueError, KeyError) as e:
            # one rule failing on an odd parse loses that rule's edges, not the document
            log.warning("relation rule %s failed on %r: %s", rule.__name__, doc.text[:60], e)
            continue
        for source, relation, target, trigger, confidence, method in hits:
            sent = ctx.sent(trigger)
            put = said.get(trigger.i)
            if put is None:
                put = said[trigger.i] = (modality(ctx, trigger, sent), negated(ctx, trigger))
            found.append(
                Relation(
                    source,
                    relation,
                    target,
                    sent,
                    round(max(0.05, min(confidence, 0.99)), 2),
                    method,
                    put[0],
                    (
                        put[1]
                        and not _issued_still(ctx, relation, trigger)
                        and not _plant_still(ctx, relation, method, trigger)
                    )
                    or method.endswith(":negated"),
                )
            )
    found.extend(named_later(ctx, found, ctx.fixed["named_later"]))
    found.extend(derived_restricts(found, ctx.offset["derived"]))
    return best_readings(_named_not_nationality(ctx, _not_own_country(_bought_apart(found))))


def _bought_apart(found: list[Relation]) -> list[Relation]:
    """Leave out a partnership of two firms where the same sentence says one buys the
    other: "Synopsys completes $35 billion Ansys deal" is a takeover, not a tie-up."""
    bought = {
        (r.sentence.start, frozenset((r.source.label, r.target.label)))
        for r in found
        if r.relation == "acquires" and not r.negated
    }
    return [
        r
        for r in found
        if r.relation != "partners"
        or (r.sentence.start, frozenset((r.source.label, r.target.label))) not in bought
    ]


def _issued_still(ctx: Context, relation: str, trigger: Token) -> bool:
    """Whether a measure is issued all the same though its trigger is negated: "will not
    revoke its sanctions" says the sanctions stand, and who issued them."""
    return relation == "issues" and trigger.lemma_.lower() in ctx.denial_verbs | REVOKING


#: Verbs of winding down work at a plant, which still says the plant is there: "will end
#: production at its Oppama plant".
_WINDING_DOWN = frozenset(("end", "stop", "halt", "cease", "close", "pause", "suspend", "cut"))


def _plant_still(ctx: Context, relation: str, method: str, trigger: Token) -> bool:
    """Whether a firm is still where its plant is though work there winds down: "Nissan
    will end production at its Oppama plant" (not "will not build a plant in X", nor
    "scrapped plans for a plant in X")."""
    if relation != "operates_in" or not method.startswith("facility"):
        return False
    verbs = [t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")][:2]
    return (
        bool(verbs)
        and verbs[0].lemma_.lower() in _WINDING_DOWN
        and not any(c.lower_ in ("not", "n't", "never") for v in verbs for c in kids(v))
    )


def best_readings(found: list[Relation]) -> list[Relation]:
    """One relation per (source, relation, target, sentence), the most confident reading,
    negated if any reading sees the negation; none from a name to itself; in the order of
    the text."""
    best: dict[tuple, Relation] = {}
    for r in found:
        key = (
            r.source.type,
            r.source.label,
            r.relation,
            r.target.type,
            r.target.label,
            r.sentence.start,
        )
        if r.source.label == r.target.label:
            continue
        old = best.get(key)
        if old is None or r.confidence > old.confidence:
            best[key] = r._replace(negated=r.negated or (old is not None and old.negated))
        elif r.negated and not old.negated:
            # one reading that sees the negation is enough to take the statement back
            best[key] = old._replace(negated=True)
    return sorted(
        best.values(), key=lambda r: (r.sentence.start, r.source.start, r.target.start, r.relation)
    )


#: Nouns a nationality comes before when a measure names firms: "seven US defence firms".
_NAMED_NOUNS = frozenset(
    ("firm", "company", "entity", "business", "organisation", "organization", "contractor")
)


def _named_not_nationality(ctx: Context, found: list[Relation]) -> list[Relation]:
    """Drop what a measure restricts of a country that only says whose the firms it names
    are: "put seven US defence firms on its list, including Skyridge and Halvorsen"
    restricts the two firms, not the United States."""
    named = {
        (r.source.label, r.sentence.start)
        for r in found
        if r.relation == "restricts" and r.target.type == "COMPANY" and not r.negated
    }

    def nationality(r: Relation) -> bool:
        root = ctx.root_of(r.target)
        noun = root.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        # ("eight other American defence contractors", "US drone maker Skydio": a firm's
        # descriptor, or the firm's name itself)
        lemma = noun.lemma_.lower()
        named = ctx.mention_of(noun)
        firmish = (
            lemma in _NAMED_NOUNS
            or lemma in ctx.descriptors.get("COMPANY", frozenset())
            or lemma.endswith("maker")
            or (named is not None and named.type == "COMPANY")
        )
        return root.dep_ in ("amod", "compound", "nmod") and firmish

    return [
        r
        for r in found
        if not (
            r.relation == "restricts"
            and r.target.type == "COUNTRY"
            and (r.source.label, r.sentence.start) in named
            and nationality(r)
        )
    ]


def _not_own_country(found: list[Relation]) -> list[Relation]:
    """Drop what a government restricts of its own country: "China's foreign ministry ...
    barring Chinese organisations from dealing with it" restricts China's partners, not
    China. A body's country is the one the lexicon gives it or the text makes it part of."""
    country: dict[str, set[str]] = {}
    for r in found:
        if r.relation == "part_of" and r.target.type == "COUNTRY" and not r.negated:
            country.setdefault(r.source.label, set()).add(r.target.label)
        if r.relation == "issues" and r.source.type == "COUNTRY" and not r.negated:
            country.setdefault(r.target.label, set()).add(r.source.label)
    for r in found:
        entry = r.source.entry
        if entry is not None and entry.country:
            country.setdefault(r.source.label, set()).add(entry.country)
    return [
        r
        for r in found
        if not (
            r.relation == "restricts"
            and r.target.type == "COUNTRY"
            and (
                r.target.label == r.source.label
                or r.target.label in country.get(r.source.label, ())
            )
        )
    ]
