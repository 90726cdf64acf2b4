"""The entity patterns of a rule set (``kg/rules/patterns.toml``), read once for every
finder of mentions."""

from __future__ import annotations

from kg.nlp.rules import Rules

__all__ = ["EntityPatterns"]


class EntityPatterns:
    """Word lists and shapes the entity finders consult, from one rule set.

    Lists are lower-cased unless matched with their case (``variants``, ``stop``,
    ``not_brands``, ``name_heads``). ``form_starts`` remembers, across documents, whether
    a word's form may start a shape.
    """

    #: words whose shape verdict is remembered at most
    FORMS_KEPT = 200_000

    def __init__(self, rules: Rules) -> None:
        r = rules
        self.rules = rules
        self.company_suffixes = r.words("company", "suffixes")
        #: the words that go on with a name a suffix ended
        self.suffix_runs = self.company_suffixes | r.words("company", "suffix_tails")
        self.company_cues = r.words("company", "cue_nouns")
        self.institution_heads = r.words("company", "institution_heads")
        self.national_firm_words = r.words("company", "national_firm_words")
        self.company_descriptors = r.words("company", "descriptors")
        self.agency_cues = r.words("agency", "cue_nouns")
        self.product_descriptors = r.words("product", "descriptors")
        self.product_heads = r.words("product", "head_nouns")
        self.owned_goods = r.words("product", "owned_goods")
        self.named_after = r.words("product", "named_after")
        self.code_names = r.words("product", "code_names")
        self.variants = frozenset(r.patterns["product"]["variants"])
        self.model_re = r.regex("product", "model_regex")
        self.not_model_re = r.regex("product", "not_model_regex")
        self.joined_model_re = r.regex("product", "joined_model_regex")
        self.number_re = r.regex("product", "number_regex")
        self.year_re = r.regex("product", "year_regex")
        self.currency = r.words("product", "currency")
        self.not_brands = frozenset(r.patterns["product"]["not_brands"])
        self.agency_heads = r.words("agency", "heads")
        self.agency_words = self.agency_heads | self.agency_cues
        self.name_heads = frozenset(r.patterns["policy"]["name_heads"])
        self.policy_heads = r.words("policy", "heads")
        self.policy_weak = r.words("policy", "weak_heads")
        self.policy_qualifiers = r.words("policy", "qualifiers")
        self.policy_drop = r.words("policy", "drop_modifiers")
        self.policy_demanded = r.words("policy", "demanded")
        self.demanding_verbs = r.words("policy", "demanding_verbs")
        self.stop = frozenset(r.patterns["stop"]["names"])
        self.stop_lower = frozenset(s.lower() for s in self.stop)
        self.place_preps = r.words("location", "place_preps")
        self.titles = r.words("titles", "words")
        self.title_heads = r.words("titles", "heads")
        self.trained_types: dict[str, str] = r.patterns["trained"]["types"]
        self.materials = r.words("goods", "materials")
        self.goods_modifiers = r.words("goods", "modifiers")
        self.goods_forms = r.words("goods", "forms")
        self.agreeing = r.words("agreement", "agreeing", table="grammar")
        self.agreeing_with_object = r.words("agreement", "agreeing_with_object", table="grammar")
        self.agreements = r.words("agreement", "agreements", table="grammar")
        self.partner_preps = frozenset(r.relations["partners"].preps)
        self.facilities = frozenset(r.relations["operates_in"].nouns) | {"production"}
        self.form_starts: dict[int, bool] = {}  # ORTH -> whether a shape may start there
