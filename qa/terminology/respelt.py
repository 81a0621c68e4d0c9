"""A name the document's own English spells one way, spelt another way in one pair: 帕卢 is "Palu"
everywhere else, "Paliu" here (M104).

Most foreign places and people in the news are in no dictionary, and their English follows the
person's or the place's own spelling, not the characters' pinyin, so a misspelling of them can only
be seen against the document itself (qa.terminology.entities.document_renderings: the source spans
some pair's English renders by a pinyin name that reads them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import pinyin as py
from qa.model import Pair
from qa.terminology.name_finder import levenshtein
from qa.terminology.stray_names import EntityIssue
from qa.terminology.target_names import accounted_by, name_runs

RESPELT = "the document writes it"  # how the finding's detail opens: no foreign part's pinyin is judged
SHORTEST = 4  # letters of a rendering short enough that two letters off is another name ("Li", "Wu")


def respelt_names(pair: Pair, renderings: dict[str, tuple[str, str]], used: set[str]) -> list[EntityIssue]:
    """Document renderings whose span the pair's source writes and whose English the target does not,
    where the target writes instead a name with the same first letter, one or two letters or one pinyin
    syllable off it, that reads no span of the source and is no rendering of another name of the document."""
    spelt = {english for english, _ in renderings.values()}
    runs: list | None = None  # the target's runs that could respell a name: only read for a name left short
    out: list[EntityIssue] = []
    for span, (english, _) in renderings.items():
        wanted = py.fold(english)
        if span in used or span not in pair.source or len(wanted) < SHORTEST \
                or _writes(pair.target, english) >= pair.source.count(span):  # as often as the source writes it
            continue
        if runs is None:
            runs = [run for run in name_runs(pair.target) if run.text not in spelt and not accounted_by(run, pair.source)]
        for run in runs:
            folded = py.fold(run.text)
            if folded[:1] == wanted[:1] and folded != wanted and (levenshtein(folded, wanted, 2) <= 2
                                                                   or _one_syllable_off(folded, wanted)):
                out.append(EntityIssue("altered", span, run.text, english, f"{RESPELT} {english!r}"))
                used.add(span)
                break
    return out


def _one_syllable_off(folded: str, wanted: str) -> bool:
    """Both spell as many pinyin syllables (two or more) and differ in one: "Palong" or "Panglu" for
    "Palu" is more than two letters off, yet the same name with a syllable changed."""
    a, b = py.split_syllables(folded), py.split_syllables(wanted)
    return bool(a and b) and len(a) == len(b) >= 2 and sum(x != y for x, y in zip(a, b)) == 1


def _writes(target: str, english: str) -> int:
    """How many times the target writes the English name."""
    return len(_whole_word(english).findall(target))


@lru_cache(maxsize=256)
def _whole_word(english: str) -> re.Pattern:
    """The English name as a whole word in any case, compiled once per name (asked per pair)."""
    return re.compile(rf"(?<![A-Za-z]){re.escape(english)}(?![A-Za-z])", re.IGNORECASE)
