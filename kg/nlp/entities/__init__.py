"""Finding typed entity mentions in a ``Doc`` and resolving each to a canonical entity.

The finders, in order of trust (a more trusted one wins an overlap):

- :mod:`~kg.nlp.entities.lexicon`: the entities a lexicon names;
- :mod:`~kg.nlp.entities.resolve`: acronyms defined in parentheses ("Bureau of Industry
  and Security (BIS)"), surnames, short names;
- :mod:`~kg.nlp.entities.shapes`: name shapes and context ("X Technologies",
  "chipmaker X", "Ascend 910C", "X inference chip", "export controls");
- :mod:`~kg.nlp.entities.trained`: the trained recogniser, where the pipeline has one.

The component that runs them is :class:`kg.nlp.entity_recognizer.EntityRecognizer`; the
word lists are ``kg/rules/patterns.toml``, read by :class:`EntityPatterns`.
"""

from kg.nlp.entities.mention import KgMention, clean_label, entity_id, name_like
from kg.nlp.entities.patterns import EntityPatterns

__all__ = ["EntityPatterns", "KgMention", "clean_label", "entity_id", "name_like"]
