"""The word lists and confidences the relation rules consult: read from a rule set once
(``grammar.toml``, ``confidence.toml``, ``relations.toml``, the lexicon's demonyms) and
shared by every document."""

from __future__ import annotations

from kg.nlp.rules import Rules

__all__ = ["Words", "words_of"]


class Words:
    """The word lists and confidences the rules consult, read from a rule set once and
    shared by every document (read only)."""

    def __init__(self, rules: Rules):
        # the relations each trigger word may start, and every trigger word
        by_trigger: dict[str, list] = {}
        for rule in rules.relations.values():
            for word in rule.triggers:
                by_trigger.setdefault(word, []).append(rule)
        self.rules_by_trigger = by_trigger
        self.all_triggers = frozenset(by_trigger)
        self.descriptors = {
            typ: frozenset(w.lower() for w in words)
            for typ, words in rules.patterns.get("descriptors", {}).items()
        }
        # a firm is described as the nouns that name one before or after its name
        self.descriptors["COMPANY"] = self.descriptors.get("COMPANY", frozenset()) | (
            rules.words("company", "descriptors") - {"rival", "owner", "parent", "investor"}
        )
        self.titles = rules.words("titles", "words")
        self.title_heads = rules.words("titles", "heads")
        self.gov_titles = rules.words("titles", "government")
        self.weak_titles = rules.words("titles", "weak")
        self.company_titles = rules.words("titles", "company")
        self.irregular: dict[str, str] = rules.patterns.get("lemmas", {}).get("irregular", {})

        def grammar(section: str, key: str) -> frozenset[str]:
            return rules.words(section, key, table="grammar")

        self.via_nouns = grammar("reference", "via_nouns")
        # descriptions: the kinds of product a noun may refer back to ("the handset": a
        # phone), words that make one generic, gatherings of firms, naming verbs
        reference = rules.grammar.get("reference", {})
        kind_of: dict[str, str] = reference.get("product_kinds", {})
        families: dict[str, set[str]] = {}
        for word, kind in kind_of.items():
            families.setdefault(kind, set()).add(word)
        self.product_kinds = {w: frozenset(families[k]) for w, k in kind_of.items()}
        self.generic = grammar("reference", "generic")
        self.gatherings = grammar("reference", "gatherings")
        self.code_naming = grammar("reference", "code_naming")
        self.units = grammar("reference", "units")
        self.pairs: dict[str, tuple[str, ...]] = {
            w: (t,) for w, t in reference.get("pairs", {}).items()
        }
        self.relative_pronouns = grammar("reference", "relative_pronouns")
        self.company_pronouns = grammar("reference", "company_pronouns")
        self.person_pronouns = grammar("reference", "person_pronouns")
        self.definite = grammar("reference", "definite")
        self.quantifiers = grammar("reference", "quantifiers")
        self.including_preps = grammar("reference", "including")
        self.maker_nouns = grammar("reference", "maker_nouns")
        self.light_verbs = grammar("clause", "light_verbs")
        self.winning_verbs = grammar("clause", "winning")
        self.order_nouns = grammar("clause", "orders")
        self.negators = grammar("clause", "negators")
        self.cannot = grammar("clause", "cannot")
        self.denial_verbs = grammar("clause", "denial")
        self.failing_verbs = grammar("clause", "failing")
        self.forced_verbs = grammar("clause", "forced")
        self.calling_off = grammar("clause", "calling_off")
        self.planned_words = grammar("clause", "planned")
        self.reported_words = grammar("clause", "reported")
        self.circumstance_preps = grammar("clause", "circumstance_preps")
        self.phrasal: dict[str, str] = rules.grammar.get("clause", {}).get("phrasal", {})
        self.agreeing_verbs = grammar("agreement", "agreeing")
        self.agreeing_with_object = grammar("agreement", "agreeing_with_object")
        self.agreement_nouns = grammar("agreement", "agreements")
        self.agreement_steps = grammar("agreement", "agreement_steps")
        self.apart_words = grammar("agreement", "apart")
        self.permitting_verbs = grammar("policy", "permitting")
        self.refusing_verbs = grammar("policy", "refusing")
        self.trader_nouns = grammar("policy", "traders")
        self.acquiring_verbs = grammar("agreement", "acquiring")
        self.taking_in = grammar("policy", "taking_in")
        self.naming_verbs = grammar("reference", "naming")
        self.venture_verbs = grammar("agreement", "venture_verbs")
        self.partner_nouns = grammar("agreement", "partner_nouns")
        self.shared_work = grammar("agreement", "shared_work")
        self.product_nouns = rules.words("product", "head_nouns") | rules.words(
            "product", "descriptors"
        )
        self.rival_nouns = grammar("agreement", "rival_nouns")
        self.funding_nouns = grammar("policy", "funding")
        self.government_nouns = grammar("policy", "government")
        self.informing_verbs = grammar("policy", "informing")
        self.answering_verbs = grammar("policy", "answering")
        self.trade_nouns = grammar("policy", "trade_nouns")
        self.granting_verbs = grammar("policy", "granting")
        self.stating_verbs = grammar("policy", "stating")
        self.bearing_verbs = grammar("policy", "bearing")
        self.charge_nouns = grammar("policy", "charges")
        self.being_on_verbs = grammar("policy", "being_on")
        self.debut_words = grammar("product", "debut")
        self.inside_preps = grammar("product", "inside")
        self.entering_verbs = grammar("product", "entering")
        self.powering_verbs = grammar("product", "powering")
        self.fitting_verbs = grammar("product", "fitting")
        self.vending_verbs = grammar("product", "vending")
        self.taking_verbs = grammar("ownership", "taking")
        self.control_nouns = grammar("ownership", "control")
        self.accepting_verbs = grammar("ownership", "accepting")
        self.accusing_verbs = grammar("legal", "accusing")
        self.legal_wrongs = grammar("legal", "wrongs")
        self.bringing_verbs = grammar("legal", "bringing")
        self.courts = grammar("legal", "courts")
        # confidences by construction (confidence.toml)
        self.offset: dict[str, float] = rules.confidence["offset"]
        self.fixed: dict[str, float] = rules.confidence["fixed"]
        self.demonyms: dict[str, str] = {}
        for e in rules.lexicon:
            if e.type == "COUNTRY":
                for a in (e.name, *e.aliases):
                    self.demonyms[a.lower()] = e.name


_WORDS: dict[str, Words] = {}  # by rule-set version


def words_of(rules: Rules) -> Words:
    """The :class:`Words` of a rule set, made once a version."""
    found = _WORDS.get(rules.version)
    if found is None:
        found = _WORDS[rules.version] = Words(rules)
    return found
