"""spaCy: building the pipeline, the registered components, and loading the rule set."""
