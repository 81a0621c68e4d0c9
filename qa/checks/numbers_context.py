"""What the rest of a news document tells the number checks: the dateline's day, the years it names.

A Chinese news story gives its date once (新华社北京12月12日电) and then writes
12日 for "that day"; an English reference may drop the repeated day or add the
story's year ("September 29 and 30, 2018"). Both are read once per document.
"""

from __future__ import annotations

import re
from typing import Container

from qa.checks.context import PairContext
from qa.lang.number_mention import FULLWIDTH, NumberMention
from qa.model import Pair


# A day of the month the target need not repeat: it names the weekday or the day in words ("on Tuesday",
# "the same day"), or the document's dateline (新华社北京12月12日电) already gives the date.
_DAY_IN_WORDS = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:to|yester)day\b|\btomorrow\b|"
                           r"\btonight\b|\b(?:same|that|this|the)\s+day\b|\brecently\b|\blast\s+night\b",
                           re.IGNORECASE)
_DATELINE = re.compile(r"(?:[0-9０-９]{1,2})月(?P<day>[0-9０-９]{1,2})日(?:电|讯|消息)")


def day_given(mention: NumberMention, pair: Pair, ctx: PairContext) -> bool:
    """A bare day of the month (12日) that the target or the document's dateline accounts for."""
    if mention.kind != "day":
        return False
    if _DAY_IN_WORDS.search(pair.target):
        return True
    return mention.value in ctx.doc.memo("numbers.dateline_days", lambda: _dateline_days(ctx.doc.pairs))


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def year_of_the_document(mention: NumberMention, ctx: PairContext) -> bool:
    """A year the target adds that the document's source gives elsewhere ("on September 29 and 30, 2018"
    for 29日至30日 in a story dated 2018): context made explicit, not a figure added."""
    if mention.kind != "cardinal" or not _YEAR.fullmatch(mention.text):
        return False
    years = ctx.doc.memo("numbers.source_years",
                         lambda: frozenset(float(y) for p in ctx.doc.pairs for y in _YEAR.findall(p.source)))
    return mention.value in years


def _dateline_days(pairs) -> frozenset[float]:
    return frozenset(float(m.group("day").translate(FULLWIDTH)) for p in pairs for m in _DATELINE.finditer(p.source))


def split_codes(mentions: list[NumberMention]) -> tuple[list[NumberMention], list[NumberMention]]:
    """(figures, codes): a code such as 424.10.0.20.02.002 is copied, so it is compared character by character."""
    return [m for m in mentions if m.kind != "code"], [m for m in mentions if m.kind == "code"]


# An ordinal the target adds to a body the source names without its number: 全会 → "the sixth plenary session
# of the 19th Central Committee", 省党代会 → "the 12th Party congress of Hunan" (the full title, not a new figure).
_BODY_AFTER = re.compile(r"\s+(?:plenary\s+session|(?:CPC\s+|Party\s+)?Central\s+Committee|(?:National|Party|Provincial)\s+"
                         r"(?:Party\s+)?Congress|National\s+People['’]s\s+Congress|NPC|CPPCC)\b", re.IGNORECASE)
_BODY_IN_SOURCE = re.compile(r"全会|中央委员会|党代会|代表大会|人大|政协")
_NUMBERED_BODY = re.compile(r"[0-9一二三四五六七八九十]+(?:届|中全会|次全会|次党代会|大(?!会))")


def session_number_added(mention: NumberMention, pair: Pair) -> bool:
    """The target's ordinal completes the title of a body the source names without a number."""
    return (mention.kind == "ordinal" and bool(_BODY_AFTER.match(pair.target, mention.end))
            and bool(_BODY_IN_SOURCE.search(pair.source)) and not _NUMBERED_BODY.search(pair.source))


_OTHER_AFTER = re.compile(r"\s+other\b", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\bother\s+$", re.IGNORECASE)


def counted_with_others(src: list[NumberMention], tgt: list[NumberMention], target: str,
                        source_values: Container[float]) -> tuple[set, set]:
    """耶鲁等3所名校 → "Yale and two other universities", 财政部等四部委 → "the Ministry of Finance and other three
    ministries": N named as one plus N - 1 others. Returns the source and target mentions so accounted for
    (`source_values`: every value the source may hold, numerals inside words included)."""
    others = {m.value: m for m in tgt if _OTHER_AFTER.match(target, m.end)
              or _OTHER_BEFORE.search(target[max(0, m.start - 8):m.start])}
    if not others:
        return set(), set()
    return ({m for m in src if m.value - 1 in others},
            {m for value, m in others.items() if value + 1 in source_values})
