"""T2 checks: the glossary's required renderings are used and its forbidden ones are not.

The glossary arrives as ctx.doc.glossary (qa.glossary.Glossary, or None).
Matching on the English side ignores case and treats runs of spaces, hyphens
and apostrophes alike, so "Chang’an" matches "Chang'an".
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.model import Pair


def _pattern(phrase: str) -> re.Pattern[str]:
    words = re.findall(r"[^\s'’\-]+", phrase)
    body = r"[\s'’\-]*".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w]){body}(?![\w])", re.IGNORECASE)


def _terms_in_source(pair: Pair, ctx: PairContext) -> list[str]:
    glossary = ctx.doc.glossary
    if glossary is None or not pair.source.strip() or not pair.target.strip():
        return []

    def compute() -> list[str]:
        terms = [t for t in glossary.source_terms() if t in pair.source]
        # a term inside a longer glossary term found here is the longer term's business
        return [t for t in terms if not any(t != u and t in u for u in terms)]

    return ctx.memo("glossary.terms", compute)


@check(
    "T201",
    "glossary-term-missing",
    category="Terminology/Wrong term",
    defers_to=("M101", "M102", "M104", "M105"),
    severity="major",
    example="社会治理 (glossary: social governance) → social management",
)
def glossary_term_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A glossary term occurs in the source but none of its required renderings is in the target.

    When a forbidden rendering stands there instead, T202 reports it (with the
    required rendering as its suggestion), and when the term is a name whose
    rendering a names check reports (Zhang Anjun for 长安君: M101), that
    finding carries the required rendering (the engine drops this check's
    finding on the term: `defers_to`); either way one wrong rendering is one finding.
    """
    glossary = ctx.doc.glossary
    for term in _terms_in_source(pair, ctx):
        preferred = glossary.preferred(term)
        if not preferred:
            continue
        if any(_pattern(e.target).search(pair.target) for e in preferred):
            continue
        if any(_pattern(e.target).search(pair.target) for e in glossary.forbidden(term)):
            continue
        yield Problem(
            f"{term}: the glossary requires {' or '.join(repr(e.target) for e in preferred)}",
            source_span=term, suggestion=preferred[0].target,
        )


@check(
    "T202",
    "forbidden-term-used",
    category="Terminology/Wrong term",
    severity="major",
    example="长安君 → Zhang Anjun (glossary: forbidden)",
)
def forbidden_term_used(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The target uses a rendering the glossary forbids for a term of the source."""
    glossary = ctx.doc.glossary
    for term in _terms_in_source(pair, ctx):
        for entry in glossary.forbidden(term):
            m = _pattern(entry.target).search(pair.target)
            if m:
                preferred = glossary.preferred(term)
                note = f" ({entry.note})" if entry.note else ""
                yield Problem(
                    f"{term}: {m.group()!r} is forbidden by the glossary{note}",
                    source_span=term, target_span=m.group(),
                    suggestion=preferred[0].target if preferred else "",
                )
