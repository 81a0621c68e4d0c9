"""Dates, days, clock times, codes and the context words that change what a Chinese figure means.

News text writes 12日 for "on the 12th" or "December 12", 18时 for "18:00" or
"6 p.m.", 7点半 for "7:30", 上世纪90年代 for "the 1990s", 95后 for "born
after 1995", 七成 for "70%", and product codes such as 424.10.0.20.02.002.
Each mention keeps the value a reader sees and gets, as alternatives, the
values an English rendering may give it, so a correct translation is matched
and a wrong one is still seen. Every look is a few characters, so reading
stays linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.lang.number_mention import NumberMention

_HALF_DAY = 12


def clock_values(hour: float, minute: float = 0.0) -> tuple[float, tuple[float, ...]]:
    """A clock time as a whole number, and the same time in the other half of the day: 18:00 is 18, also
    "6 p.m." (6); 7:30 is 730, also 19:30 (1930). Whole hours stay hours so that 7点 = "7 o'clock"; a
    time with minutes is hhmm, so 21:19 and 21:20 differ (hours with a fraction would be equal within
    rounding)."""
    def as_number(h: float) -> float:
        return h * 100 + minute if minute else h

    if hour > _HALF_DAY:
        return as_number(hour), (as_number(hour - _HALF_DAY),)
    if hour < _HALF_DAY:
        return as_number(hour), (as_number(hour + _HALF_DAY),)
    return as_number(hour), ()


def calendar_mentions(match: re.Match, raw: str) -> list[NumberMention]:
    """Mentions of a date (2021.6.11, 12月8日, 9月24-26日), a bare day (12日), a clock time or a code."""
    start, end = match.span()
    if match.group("ymd"):
        year_end = match.end("y")
        day = float(match.group("yd"))
        return [NumberMention(float(match.group("y")), raw[start:year_end], start, year_end, "cardinal"),
                NumberMention(float(match.group("ym")) * 100 + day, raw[year_end + 1:end], year_end + 1, end,
                              "date", (day,))]
    if match.group("code"):  # 424.10.0.20.02.002: a code, compared by its digits
        digits = re.sub(r"[^0-9]", "", match.group("code"))
        return [NumberMention(float(digits), raw[start:end], start, end, "code")]
    if match.group("date"):
        day = float(match.group("day"))
        found = [NumberMention(float(match.group("month")) * 100 + day, raw[start:end], start, end, "date", (day,))]
        if match.group("day2"):  # 9月24-26日: "September 24-26"
            s2, e2 = match.span("day2")
            found.append(NumberMention(float(match.group("day2")), raw[s2:e2], s2, e2, "day"))
        return found
    if match.group("clock"):
        hour = float(match.group("hour"))
        minute_group = "cminute" if match.group("cminute") else "minute"
        if hour > 24 or (match.group("cminute") and float(match.group("cminute")) > 59):
            return figures_not_a_time(match, raw, minute_group)  # 28点建议: points; 25：18: a score
        minute = 30.0 if match.group("half") else float(match.group(minute_group) or 0)
        value, other = clock_values(hour, minute)
        if "：" in match.group() or match.group("minute"):
            # 12：10 in Chinese sports copy is often a score ("12-10"); 5点9分 may come out as "5:9", its hour and
            # minute read apart: both figures are there, only the layout differs
            other += (hour, minute)
        return [NumberMention(value, raw[start:end], start, end, "time", other)]
    s, e = match.span("dnum")  # 12日: "on the 12th", "December 12", or the dateline's day
    return [NumberMention(float(match.group("dnum")), raw[s:e], s, e, "day")]


def figures_not_a_time(match: re.Match, raw: str, minute_group: str) -> list[NumberMention]:
    """The two figures of a score (25:18) or a numbered point (28点): plain numbers, not a clock time."""
    found = []
    for group in ("hour", minute_group):
        if match.group(group):
            s, e = match.span(group)
            found.append(NumberMention(float(match.group(group)), raw[s:e], s, e, "cardinal"))
    return found


# What follows a figure and changes the values it may be rendered as.
_AFTER = re.compile(r"(?P<decade>年代)|(?P<century>世纪)|(?P<generation>后(?![来面方期续果]))"
                    r"|(?P<tenths>成(?![为功立果绩本员长效就熟型交品都])(?!年))"
                    r"|(?P<half>(?:个|年|天|小时|周|倍)?半(?![岛导径边夜]))"
                    r"|(?P<dime>毛(?=钱|[，。！？、；：”’)）\s]|$)|角钱)")


_SPACES = re.compile(r" *")  # translated news spaces its figures: "20 世纪 30 年代"
_HOLIDAY = re.compile(r"“十一”|十一(?:国庆|黄金周|小?长假|假期)")
_YEAR_BEFORE = re.compile(r"((?:19|20)[0-9]{2})[-–~至到]$")


def in_context(mention: NumberMention, text: str) -> NumberMention:
    """Add the values a figure takes from the word after it: 90年代 → 1990, 18世纪 → 1700 ("the 1700s"),
    95后/00后 → 1995/2000 ("post-95", "born after 2000"), 七成 → 70 ("70%"), 两个半 → 2.5 ("two and a half"),
    五毛 → 50 ("fifty cents")."""
    if mention.kind not in ("cardinal", "approx", "decade"):
        return mention
    if mention.text == "十一" and _HOLIDAY.search(text[max(0, mention.start - 1):mention.end + 3]):
        return replace(mention, kind="approx", alternatives=(1001.0,))  # “十一”黄金周: National Day, October 1
    year = _YEAR_BEFORE.search(text[max(0, mention.start - 6):mention.start])
    if year and len(mention.text) == 2 and mention.in_digits:  # 2009-11年: 2009-2011
        return replace(mention, alternatives=(float(year.group(1)[:2] + mention.text),))
    after = _AFTER.match(text, _SPACES.match(text, mention.end).end())
    if after is None:
        return mention
    values = mention.values
    if after.group("dime"):  # 五毛 (钱), five dimes: "fifty cents"
        return replace(mention, alternatives=_merged(mention, tuple(10 * v for v in values)))
    if after.group("half"):  # 两个半小时 "two and a half hours", 三年半 "three and a half years"
        return replace(mention, alternatives=_merged(mention, tuple(v + 0.5 for v in values)))
    if after.group("decade") or after.group("generation"):
        if not all(v < 100 and v % (10 if after.group("decade") else 1) == 0 for v in values):
            return mention
        if after.group("generation") and (not mention.in_digits or len(mention.text) != 2):
            return mention  # 95后, 00后; not 三年后 "three years later"
        extra = tuple((2000 if v < 20 else 1900) + v for v in values)
        return replace(mention, kind="decade", alternatives=_merged(mention, extra))
    if after.group("century"):
        return replace(mention, alternatives=_merged(mention, tuple(100 * (v - 1) for v in values if 0 < v <= 21)))
    if all(v <= 10 for v in values):  # 七成, 近7成: tenths
        return replace(mention, alternatives=_merged(mention, tuple(10 * v for v in values)))
    return mention


def _merged(mention: NumberMention, extra: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(dict.fromkeys((*mention.alternatives, *(v for v in extra if v != mention.value))))


def century_with_decade(mentions: list[NumberMention], text: str) -> list[NumberMention]:
    """20世纪60年代 is one date, "the 1960s": the century's figure stands for the decade's year, so a target that
    says "1960s" once (and 20 elsewhere for 20枚) has every figure the source has."""
    out = list(mentions)
    for i, (century, decade) in enumerate(zip(mentions, mentions[1:])):
        gap = text[century.end:decade.start].replace(" ", "")
        if not (gap.startswith("世纪") and decade.kind == "decade" and len(gap) <= 3 and 0 < century.value <= 21):
            continue
        years = tuple(100 * (century.value - 1) + v for v in decade.values if v < 100)
        if years:
            others = (century.value, *century.alternatives, *years[1:])
            out[i] = replace(century, value=years[0], alternatives=tuple(dict.fromkeys(v for v in others if v != years[0])))
            out[i + 1] = replace(decade, alternatives=_merged(decade, years))
    return out
