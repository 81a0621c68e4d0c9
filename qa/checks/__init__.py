"""Rule checks over aligned pairs and whole documents.

Families are listed here explicitly (no discovery by introspection), one
module per family; each module marks its checks with `@check`, and
`check_set()` builds the validated set from this list once.
"""

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import CheckSet, CheckSpec, MQMCategory, all_checks, check, check_set

CHECK_MODULES: tuple[str, ...] = (
    "qa.checks.structure",
    "qa.checks.omission_words",
    "qa.checks.omission_focus",
    "qa.checks.omission_clause",
    "qa.checks.negation",
    "qa.checks.untranslated",
    "qa.checks.tags",
    "qa.checks.numbers",
    "qa.checks.number_units",
    "qa.checks.names",
    "qa.checks.entities",
    "qa.checks.terms",
    "qa.checks.consistency",
    "qa.checks.glossary_terms",
    "qa.checks.glosses",
    "qa.checks.quotes",
    "qa.checks.punctuation",
    "qa.checks.sentence_form",
    "qa.checks.dashes",
    "qa.checks.number_form",
    "qa.checks.spelling",
    "qa.checks.reference",
    "qa.checks.omission_content",
)

__all__ = [
    "CHECK_MODULES",
    "CheckSet",
    "CheckSpec",
    "DocContext",
    "MQMCategory",
    "PairContext",
    "Problem",
    "all_checks",
    "check",
    "check_set",
]
