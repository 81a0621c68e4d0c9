"""Glosses: Chinese in brackets in the English must be the source term, whole and unaltered.

Translators show the original of a coined term after its translation:
“Triple Peace” (三安). The gloss is copied by hand, so it gets truncated
(中国政法网络学 for 中国政法网络学院) or altered. A gloss must occur verbatim
in the aligned source, and must start and end on word boundaries there: a
gloss that stops inside a source word is truncated. Word boundaries come from
jieba (qa.lang.segment, the one shared loader), loaded only when a gloss is not already delimited by punctuation in
the source (quotes, commas), which is the common case.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.checks.untranslated import BRACKETED, HAN_RUN
from qa.lang.segment import tokenize
from qa.model import Pair

# Compare Chinese punctuation and its ASCII look-alikes as equal (the sample page mixes them).
_NORMALISE = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?",
                            "“": '"', "”": '"', "‘": "'", "’": "'", "\u3000": " "})
_DELIMITER = re.compile(r"[\s\"'“”‘’「」『』《》〈〉()（）【】\[\],，。、；;：:！!？?·—…-]")
_EXPLANATION = re.compile(r"[,，;；]\s*[A-Za-z]")


@dataclass(frozen=True)
class Gloss:
    text: str  # the Chinese as written in the target
    start: int
    end: int


def find_glosses(target: str) -> list[Gloss]:
    """Chinese terms written in brackets in the English, one per bracketed group."""
    found = []
    for group in BRACKETED.finditer(target):
        inner_start = group.start() + 1
        inner = group.group()[1:-1]
        cut = _EXPLANATION.search(inner)
        head = inner[: cut.start()] if cut else inner
        run = HAN_RUN.search(head)
        if not run:
            continue
        # Extend over ASCII punctuation between Han characters ("发展,今年").
        text = head[run.start():].rstrip()
        text = re.sub(r"[\sA-Za-z].*$", "", text) if re.search(r"[A-Za-z]", text) else text
        if not text:
            continue
        found.append(Gloss(text, inner_start + run.start(), inner_start + run.start() + len(text)))
    return found


def _glosses(pair: Pair, ctx: PairContext) -> list[Gloss]:
    return ctx.memo("glosses.found", lambda: find_glosses(pair.target))


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The smallest (start, end) on jieba word boundaries that covers text[start:end]."""
    lo = max(0, start - 12)
    hi = min(len(text), end + 12)
    new_start, new_end = start, end
    for word, a, b in tokenize(text[lo:hi]):
        a, b = a + lo, b + lo
        if a < start < b:
            new_start = a
        if a < end < b:
            new_end = b
    return new_start, new_end


def _delimited(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return bool(_DELIMITER.match(before)) and bool(_DELIMITER.match(after))


def closest_source_term(gloss: str, source: str) -> tuple[str, float]:
    """The source substring most like `gloss` and its similarity (0..1)."""
    best, best_ratio = "", 0.0
    n = len(gloss)
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(gloss)
    for length in range(max(1, n - 2), n + 4):
        for i in range(0, max(0, len(source) - length) + 1):
            window = source[i : i + length]
            if not HAN_RUN.match(window[:1] or " "):
                continue
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = window.strip(), ratio
    return best, best_ratio


# The romanised name a gloss follows: "Shangshui (", "Xi Jinping (".
_NAME_BEFORE = re.compile(r"((?:[A-Z][a-z]+[ -]?){1,4})\s*[(（]\s*$")
_LONGER_BY = 3  # characters a cut gloss may lack


def _named_whole(before: str, source: str, occurrences: list[int], length: int) -> str:
    """The source run, longer than the gloss and holding it, that the romanised name just before the gloss
    reads as ("Shangshui (上)" where the source has 上水): the gloss is cut. "" when the gloss reads the
    whole name or no name precedes it."""
    from qa.lang.pinyin import char_syllables, split_syllables

    name = _NAME_BEFORE.search(before)
    words = re.findall(r"[A-Za-z]+", name.group(1)) if name else []
    for first in range(len(words)):  # "Xinhua News Agency Beijing (北": the name is the words that read as pinyin
        syllables = split_syllables("".join(words[first:]))
        if not syllables or len(syllables) <= length or len(syllables) > length + _LONGER_BY:
            continue
        n = len(syllables)
        for at in occurrences:
            for a in range(max(0, at + length - n), at + 1):
                run = source[a : a + n]
                if len(run) == n and all(syllables[k] in char_syllables(ch) for k, ch in enumerate(run)):
                    return run
    return ""


@check(
    "G301",
    "gloss-not-in-source",
    category="Accuracy/Mistranslation",
    requires=("segmenter",),
    severity="minor",
    example="source: 创建中国政法网络学院…  target: the China Online Academy of Political Science and Law (中国政法网络学)",
)
def gloss_not_in_source(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A Chinese gloss in the English is truncated or differs from the source term.

    Chinese in brackets after an English term, such as "(三安)", must appear
    verbatim in the aligned source and cover whole words. The finding shows
    the source term the gloss should have been: the whole word when the gloss
    stops inside one, or the closest source substring when it was altered.
    """
    if not pair.source.strip():
        return
    source = pair.source.translate(_NORMALISE)
    for gloss in _glosses(pair, ctx):
        wanted = gloss.text.translate(_NORMALISE)
        at = source.find(wanted)
        if at < 0:
            term, ratio = closest_source_term(wanted, source)
            if ratio >= 0.5:
                yield Problem(
                    f"The gloss ({gloss.text}) does not occur in the source; the source has {term}.",
                    source_span=pair.source[source.find(term): source.find(term) + len(term)],
                    target_span=gloss.text,
                    suggestion=f"({term})",
                )
            else:
                yield Problem(
                    f"The gloss ({gloss.text}) does not occur in the source.",
                    target_span=gloss.text,
                )
            continue
        occurrences = [m.start() for m in re.finditer(re.escape(wanted), source)]
        named = _named_whole(pair.target[: gloss.start], source, occurrences, len(wanted))
        if named:
            yield Problem(
                f"The gloss ({gloss.text}) is cut: the name before it is {named}.",
                source_span=named, target_span=gloss.text, suggestion=f"({named})",
            )
            continue
        if any(_delimited(source, s, s + len(wanted)) for s in occurrences):
            continue
        bounds = [_word_bounds(source, s, s + len(wanted)) for s in occurrences]
        if any(b == (s, s + len(wanted)) for b, s in zip(bounds, occurrences)):
            continue
        a, b = bounds[0]
        term = pair.source[a:b]
        yield Problem(
            f"The gloss ({gloss.text}) is cut inside a source word; the source term is {term}.",
            source_span=term,
            target_span=gloss.text,
            suggestion=f"({term})",
        )
    yield from _open_glosses(pair)


# "(习近 thought on …": a bracket opened on Chinese and never closed before the next bracket or the end.
_OPEN_GLOSS = re.compile(r"[(（]\s*([\u4e00-\u9fff]+)(?=[^()（）\u4e00-\u9fff]*(?:[(（]|$))")


@lru_cache(maxsize=256)
def cut_open_glosses(pair: Pair) -> tuple[tuple[re.Match, str], ...]:
    """(match, whole source term) of each gloss cut together with its closing bracket ("Xi Jinping (习近
    thought"): the name before it reads as a longer source term holding it. U103 and P502 leave these
    to G301; all three ask, so the answer is kept per pair."""
    if "(" not in pair.target and "（" not in pair.target:
        return ()
    source = pair.source.translate(_NORMALISE)
    out = []
    for m in _OPEN_GLOSS.finditer(pair.target):
        gloss = m.group(1)
        occurrences = [k.start() for k in re.finditer(re.escape(gloss), source)]
        named = _named_whole(pair.target[: m.start(1)], source, occurrences, len(gloss))
        if named:
            out.append((m, named))
    return tuple(out)


def _open_glosses(pair: Pair) -> Iterable[Problem]:
    """A gloss cut together with its closing bracket: the name before it reads as the whole source term."""
    for m, named in cut_open_glosses(pair):
        yield Problem(f"The gloss ({m.group(1)} is cut and never closed: the name before it is {named}.",
                      source_span=named, target_span=m.group(1), suggestion=f"({named})")