"""Tags and placeholders: what a CAT tool's segment must carry over unchanged.

Every CAT QA tool (Xbench, Verifika, CheckMate, pofilter) checks that the
inline codes of a segment (XLIFF <x/>, <g>, <bpt>/<ept>, <ph>; TMX <bpt>/<ph>)
and the placeholders a program fills in ({0}, {name}, %s, %1$d, %(name)s,
$var) reach the translation once each: a lost <g> breaks the formatting, a lost
%s crashes the program that fills it in, a doubled one prints a value twice.

The inline codes come from the CAT reader (`Pair.inline_tags`), which keeps
them apart from the text; placeholders and literal markup tags are found in
the text. printf-style placeholders are found with translate-toolkit's own
pattern (`translate.filters.checks.standard.printf_pat`, what pofilter's
`printf` test uses), read as ASCII so "50%的" in Chinese is a percent sign,
not a placeholder.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.model import Pair

# {0}, {name}, {count:d}, {user.name!r}; not {} in prose nor {{ escaped }}
_BRACE = re.compile(r"(?<!\{)\{[A-Za-z0-9_.]*(?:[!:][^{}\s]{1,12})?\}(?!\})")
_DOLLAR = re.compile(r"\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*", re.ASCII)  # $var, ${var}; never $100
# codes whose content (the original's own markup, "<b>") the CAT reader leaves in the text
NATIVE_CODES = {"bpt", "ept", "ph", "it", "ut"}
_MARKUP = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>")


@lru_cache(maxsize=1)
def _printf() -> re.Pattern:
    """translate-toolkit's printf pattern (pofilter's `printf` test), ASCII only: \\w must not match Chinese."""
    from translate.filters.checks.standard import printf_pat

    return re.compile(printf_pat.pattern, re.VERBOSE | re.ASCII)


def placeholder_spans(text: str, markup: bool = True) -> list[tuple[int, int]]:
    """(start, end) of each placeholder (and, with `markup`, markup tag) in `text`, in order; %1$s is one, not two."""
    found: list[tuple[int, int]] = []
    for pattern in (_printf(), _BRACE, _DOLLAR, *((_MARKUP,) if markup else ())):
        for m in pattern.finditer(text):
            if not any(start < m.end() and m.start() < end for start, end in found):
                found.append((m.start(), m.end()))
    return sorted(found)


def placeholders(text: str, markup: bool = True) -> list[str]:
    """Placeholders (and, with `markup`, markup tags) in `text`, in order of appearance."""
    return [text[start:end] for start, end in placeholder_spans(text, markup)]


def _tokens(pair: Pair) -> tuple[Counter, Counter]:
    """(source, target) tokens; markup that a <bpt>/<ept>/<ph> carries into the text is counted once, as the code."""
    source_codes, target_codes = pair.inline_tags
    native = any(code[1:].split(" ")[0].rstrip("/>") in NATIVE_CODES for code in (*source_codes, *target_codes))
    return (Counter(source_codes) + Counter(placeholders(pair.source, markup=not native)),
            Counter(target_codes) + Counter(placeholders(pair.target, markup=not native)))


@check(
    "D101",
    "tag-or-placeholder-mismatch",
    category="Design and markup/Markup tag",
    severity="major",
    example='source: 共有{0}个文件，点击<g id="1">这里</g>下载。  target: "There are files; click here to download."',
)
def tag_or_placeholder_mismatch(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A tag or placeholder of the source is missing from the target, or the target repeats or adds one.

    Inline codes of a CAT unit (XLIFF <x/>, <g>, <bx/>/<ex/>, <bpt>/<ept>, <ph>,
    <it>; XLIFF 2 <ph/>, <pc>, <sc/>/<ec/>; TMX <bpt>/<ept>/<ph>) and the
    placeholders a program fills in ({0}, {name}, %s, %1$d, %(name)s, $var,
    literal <b>…</b> markup) must each appear in the translation as often as in
    the source: a missing tag loses formatting or a link, a missing placeholder
    breaks the program that fills it, a doubled one shows a value twice. The
    order may change, as English word order needs.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    source, target = _tokens(pair)
    for token in source:
        missing = source[token] - target[token]
        if missing > 0:
            times = f" ({missing} of {source[token]})" if source[token] > 1 else ""
            yield Problem(f"The source's {token} is missing from the target{times}.", source_span=token,
                          suggestion=f"Put {token} in the translation where the source has it.")
    for token in target:
        extra = target[token] - source[token]
        if extra > 0:
            what = (f"repeats the source's {token} ({target[token]} times, the source has {source[token]})"
                    if source[token] else f"adds {token}, which the source does not have")
            yield Problem(f"The target {what}.", target_span=token, suggestion=f"Remove the extra {token}.")
