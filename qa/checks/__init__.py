"""Rule checks over aligned pairs and whole documents.

Families are listed here explicitly (no discovery by introspection), one
module per family; each module registers its checks with `@check`.
"""

from qa.checks.registry import REGISTRY, CheckSpec, all_checks, check
from qa.checks.context import DocContext, PairContext, Problem

CHECK_MODULES: tuple[str, ...] = (
    "qa.checks.structure",
    "qa.checks.untranslated",
    "qa.checks.numbers",
    "qa.checks.names",
    "qa.checks.terms",
    "qa.checks.glossary_terms",
    "qa.checks.glosses",
    "qa.checks.quotes",
    "qa.checks.punctuation",
    "qa.checks.spelling",
)

__all__ = [
    "CHECK_MODULES",
    "REGISTRY",
    "CheckSpec",
    "DocContext",
    "PairContext",
    "Problem",
    "all_checks",
    "check",
]
