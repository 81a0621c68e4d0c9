"""Untranslated text: empty target, target copied from the source, Chinese left in the English.

Chinese inside brackets is not untranslated: "(三安)" is a gloss that shows the
reader the original term, "[中国长安网]" is a citation. Those are the glosses
family's business (G301), so this family skips every bracketed group.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.model import Pair

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A run of Chinese: Han characters with the Chinese punctuation between them.
HAN_RUN = re.compile(f"[{_HAN}](?:[{_HAN}\u3000-\u303f\uff01-\uff65“”‘’·\\s]*[{_HAN}])?")
# Bracketed groups: (…), （…）, […], 【…】 — glosses and citations.
BRACKETED = re.compile(r"\([^()\n]*\)|（[^（）\n]*）|\[[^\[\]\n]*\]|【[^【】\n]*】")


def _has_letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _one_sided(pair: Pair) -> bool:
    return pair.type.endswith("-0") or pair.type.startswith("0-")


def bracketed_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every bracketed group in `text`."""
    return [m.span() for m in BRACKETED.finditer(text)]


# Ideographs typed as punctuation: 丨 (U+4E28) is the vertical bar of Chinese headlines ("News 丨 Sports").
_AS_PUNCTUATION = str.maketrans({"丨": "|"})


def unbracketed_han_runs(text: str) -> list[re.Match]:
    """Runs of Chinese in `text` that are not inside brackets; a separator like 丨 is read as the bar it
    stands for (the text is matched with it replaced, same length, so offsets hold)."""
    inside = bracketed_spans(text)
    return [m for m in HAN_RUN.finditer(text.translate(_AS_PUNCTUATION))
            if not any(a <= m.start() and m.end() <= b for a, b in inside)]


@check(
    "U101",
    "empty-target",
    category="Accuracy/Untranslated",
    severity="major",
    gate=True,
    example="source: 中央政法委召开年度工作总结暨部署大会。  target: (empty)",
)
def empty_target(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The source has text but its translation is empty.

    A pair that the aligner matched (not a 1-0 omission, which A001 reports)
    whose target cell is blank: typical of a TSV or XLIFF file where a segment
    was never translated. The pair's other checks are skipped.
    """
    if _one_sided(pair):
        return
    if pair.source.strip() and _has_letters(pair.source) and not pair.target.strip():
        yield Problem("The translation is empty.", source_span=pair.source.strip())


@check(
    "U102",
    "target-identical-to-source",
    category="Accuracy/Untranslated",
    severity="major",
    gate=True,
    example="source: 坚持党的绝对领导。  target: 坚持党的绝对领导。",
)
def target_identical_to_source(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The target is a copy of the Chinese source.

    The segment was pasted over instead of translated. Targets that are only
    numbers, codes or names in Latin script (identical in both languages)
    are not reported: only a copied text with Chinese in it is.
    """
    source, target = " ".join(pair.source.split()), " ".join(pair.target.split())
    if source and source == target and HAN_RUN.search(source):
        yield Problem("The target is the untranslated source text.", source_span=pair.source.strip(), target_span=pair.target.strip())


_QUOTES = "“”\"‘’'「」"
MIN_FORMS = 2  # one quoted Chinese term may be a term left untranslated; forms set side by side are mentions


def _quoted_forms(pair: Pair, runs: list[re.Match]) -> set[str]:
    """Chinese runs the target quotes as forms, the way its source quotes them: “金龙鱼” labelled “金龙油”,
    “旺仔” turned into “旺奶” (counterfeit brands, wordplay, a sign's characters). The characters are the
    point, so the English keeps them; it takes two or more such quoted runs to tell them from a quoted
    term left untranslated."""
    quoted = {r.group() for r in runs
              if pair.target[r.start() - 1:r.start()] in _QUOTES and pair.target[r.end():r.end() + 1] in _QUOTES
              and r.start() > 0 and r.end() < len(pair.target)
              and re.search(rf"[“「\"‘]\s*{re.escape(r.group())}\s*[”」\"’]", pair.source)}
    return quoted if len(quoted) >= MIN_FORMS else set()


@check(
    "U103",
    "chinese-in-target",
    category="Accuracy/Untranslated",
    severity="major",
    example='target: "We will strengthen 基层治理 across the country."',
)
def chinese_in_target(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """Chinese text left in the English outside a bracketed gloss.

    Han characters in the translation are untranslated text unless they sit in
    brackets as a gloss "(三安)" or a citation "[中国长安网]", or are forms the
    text sets side by side in quotes as its source does (“金龙鱼” labelled
    “金龙油”: counterfeit brands, whose characters are the point). Each run is
    reported as it stands, and the suggestion shows whether the run is in the
    source (copied) or not (garbled).
    """
    runs = unbracketed_han_runs(pair.target)
    mentions = _quoted_forms(pair, runs)
    if runs:
        from qa.checks.glosses import cut_open_glosses

        cut = {m.start(1) for m, _ in cut_open_glosses(pair)}  # "Xi Jinping (习近 thought": G301's cut gloss
    for run in runs:
        text = run.group()
        if text in mentions or run.start() in cut:
            continue
        where = "it is copied from the source" if text in pair.source else "it does not occur in the source"
        yield Problem(
            f"Chinese text “{text}” is left untranslated in the English ({where}).",
            source_span=text if text in pair.source else "",
            target_span=text,
            suggestion="Translate it, or put it in brackets after its translation as a gloss.",
        )
