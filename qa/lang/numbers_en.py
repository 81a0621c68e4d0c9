"""English number mentions: digits, number words, ordinals, dates, Roman list numbers.

"one" as a pronoun ("one of the", "no one") is no number. Every look around a
mention is bounded (a few words before it, the gap after it), so a paragraph
is read in linear time.
"""

from __future__ import annotations

import re
from typing import Iterator

from qa.lang.number_mention import NumberMention, candidate_matches
from qa.lang.numbers_calendar import clock_values, figures_not_a_time

_EN_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
_EN_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
              "trillion": 1_000_000_000_000}
_EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
                "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
                "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000}
_EN_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
              "august": 8, "september": 9, "october": 10, "november": 11, "december": 12}
# Words that hold a value without being number words; only used to excuse.
_EN_LOOSE_WORDS = {"single": 1, "once": 1, "both": 2, "twice": 2, "double": 2, "pair": 2,
                   "dual": 2, "twin": 2, "triple": 3, "trio": 3, "thrice": 3, "threefold": 3,
                   "quadruple": 4, "bilateral": 2, "bipartite": 2, "trilateral": 3, "tripartite": 3,
                   "quadrilateral": 4, "dozen": 12, "decade": 10, "centur": 100, "centenary": 100,
                   "centennial": 100, "half": 0.5, "quarter": 0.25, "a hundred": 100,
                   "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000,
                   "a hundred thousand": 100_000, "a hundred million": 100_000_000,  # 十万, 一亿
                   "a hundred billion": 100_000_000_000, "half a million": 500_000, "half a billion": 500_000_000,
                   "quarter of a million": 250_000,
                   "national day": 1001, "golden week": 1001}  # 十一, the October 1 holiday
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}

# exported for the form checks (qa.checks.dashes, qa.checks.quotes): one copy of each table
NUMBER_WORDS = frozenset((*_EN_UNITS, *_EN_TENS, *_EN_SCALES))
_EN_WORD = (
    r"(?:" + "|".join(sorted(list(_EN_UNITS) + list(_EN_TENS), key=len, reverse=True)) + r")"
)
_EN_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"
_EN_WORD_NUMBER = re.compile(
    r"\b" + _EN_WORD + r"(?:-" + _EN_WORD + r")?"
    r"(?:(?:\s+|-)" + _EN_SCALE_WORD + r"(?:\s+(?:and\s+)?" + _EN_WORD + r"(?:-" + _EN_WORD + r")?(?!\s+" + _EN_SCALE_WORD + r"))?)*"
    r"(?:\s+(?:percent|per\s+cent))?\b",
    re.IGNORECASE,
)
# A figure after "F-" or "Covid-" is part of a designation; after "mid-", "post-", "pre-", "17th-" or a ratio's
# "1-of-" or "1-in-" ("1-of-4 players", "a 1-in-5 chance") it is not,
# nor after a lower-case word of four letters or more: a dash typed as a hyphen ("into space-2.5 million parts");
# a capitalised name before the hyphen still makes a designation (Shenzhou-12, Apollo-11, Long March-5).
_DASH_AFTER_WORD = (r"(?-i:(?<=[a-z]{4}-)" + "".join(rf"(?<![A-Z][a-z]{{{n}}}-)" for n in range(4, 16))
                    + r")(?<!ovid-)")
DASH_AFTER_WORD = re.compile(_DASH_AFTER_WORD, re.IGNORECASE)
_NOT_A_DESIGNATION = (r"(?:(?<![A-Za-z]-)|(?<=mid-)|(?<=post-)|(?<=pre-)|(?<=[0-9]th-)|(?<=[0-9]st-)"
                      r"|(?<=[0-9]nd-)|(?<=[0-9]rd-)|(?<=[0-9]-of-)|(?<=[0-9]-in-)|" + _DASH_AFTER_WORD + ")")
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# News abbreviates months with a full stop: Sept. 29, on Nov. 6, Aug. 3.
_MONTH_ABBREVIATIONS = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
MONTH = rf"(?:{_MONTH_NAMES}|{_MONTH_ABBREVIATIONS})"  # "October", "Oct.", "May"
_EN_PATTERNS = re.compile(
    r"(?P<code>(?<![\w.])[0-9]+(?:\.[0-9]+){2,}(?![0-9]))"
    r"|(?P<clock>(?<![\w.:])(?P<hour>[0-9]{1,2})(?::(?P<minute>[0-5][0-9])(?:\s*(?P<ap1>[ap]\.m\.|[ap]m\b))?"
    r"|\.(?P<dminute>[0-5][0-9])\s*(?P<ap3>[ap]\.m\.|[ap]m\b)|\s*(?P<ap2>[ap]\.m\.|[ap]m\b)))"
    r"|(?P<andhalf>\b(?P<hnum>[0-9]+|" + _EN_WORD + r")\s+and\s+a\s+half(?:\s+(?P<hscale>hundred|thousand|million|billion)\b)?)"
    r"|(?P<dayfirst>\b(?P<dday>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmonth>" + _MONTH_NAMES + r")\b)"
    r"|(?P<date>\b(?P<month>" + _MONTH_NAMES + r"\b|" + _MONTH_ABBREVIATIONS + r")"
    r"(?:\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?!,?[0-9])|,\s*(?P<cday>[0-9]{1,2})(?=[.;!?](?![0-9])|\s*$))?)"
    r"|(?P<roman>(?:^|(?<=\n))\s*(?P<rn>[IVX]{1,4})(?=[.)]\s)|(?<=\()(?P<rnp>[IVX]{1,4})(?=\))"
    r"|(?<=\bPart\s)(?P<rnpart>[IVX]{1,4})\b)"
    r"|(?P<digits>(?:(?<![\w.])|(?<=\bto))" + _NOT_A_DESIGNATION + r"(?P<num>[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)"
    r"(?P<suffix>st|nd|rd|th|s)?(?:\s*(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<plus>\+)?(?:\s*(?P<pct>%|percent\b|per\s+cent\b))?)"
    r"|(?P<ordword>\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
    + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True)) + r")(?:ly)?\b)"
    r"|(?P<words>" + _EN_WORD_NUMBER.pattern + r")",
    re.IGNORECASE,
)
# "one" that is a pronoun or determiner, not a count; looked for in the few characters around it.
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|any|every|each|some|this|that|the|which|no-|someone|the only|a)\s*$", re.IGNORECASE)
_ONE_PRONOUN_AFTER = re.compile(r"\s*(?:of\b|another\b|'s\b|’s\b|by\s+one\b|and\s+(?:the\s+)?same\b|who\b|that\b|which\b)", re.IGNORECASE)
_MAY_BEFORE = re.compile(r"\b(?:in|of|since|until|by|early|late|mid-?|from|to|this|last|next|through|between|during|and|on)\s*$",
                         re.IGNORECASE)
_SECOND_AFTER = re.compile(r"\s*(?:s\b|hand\b)", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_LOOK_BACK = 12  # characters: longer than any word the patterns above look for before a mention


def number_word(value: float) -> str:
    """A small whole number as an English word (3 → "three"), any other figure as written."""
    if value == int(value) and 0 <= value < 20:
        return next(word for word, n in _EN_UNITS.items() if n == value)
    return f"{value:g}"


def ends_with(pattern: re.Pattern, text: str, end: int) -> bool:
    """`pattern` (ending in \\s*$) matches text[:end]: searched in the last few characters before the
    gap of spaces, never in the whole prefix (which made long paragraphs quadratic)."""
    j = end
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return pattern.search(text, max(0, j - _LOOK_BACK), end) is not None


# Where an _EN_PATTERNS match can start: a digit; a word opening with the first three letters of a number
# word, ordinal or month (Sept., Nov. open as their months do); a Roman numeral after "(" or "Part ", or at a
# line start (indented or not). Same flags, so the same case folding. Trying the big pattern only there finds
# what its finditer finds (every match starts at such a place; lookbehinds and ^ still see the whole text) at
# a quarter of the cost: most positions are not one.
_OPENINGS = "|".join(sorted({w[:3] for w in (*_EN_UNITS, *_EN_TENS, *_EN_ORDINALS, *_EN_MONTHS)}))
_EN_CANDIDATE = re.compile(rf"[0-9]|\b(?:{_OPENINGS})|(?<=\()[ivx]|(?<=\bpart\s)[ivx]|(?:^|(?<=\n))\s*[ivx]",
                           re.IGNORECASE)


def _en_matches(text: str) -> Iterator[re.Match]:
    """_EN_PATTERNS.finditer(text), trying the pattern only where a match can start (_EN_CANDIDATE)."""
    return candidate_matches(_EN_PATTERNS, _EN_CANDIDATE, text)


def find_en(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for match in _en_matches(text):
        start, end = match.span()
        if match.group("andhalf"):  # "three and a half million" (三百五十万), "two and a half hours"
            whole = match.group("hnum").lower()
            value = (float(whole) if whole.isdigit() else _EN_UNITS.get(whole, _EN_TENS.get(whole, 0))) + 0.5
            found.append(NumberMention(value * _EN_SCALES.get((match.group("hscale") or "").lower(), 1),
                                       match.group(), start, end, "cardinal"))
            continue
        if match.group("code") or match.group("clock") or match.group("dayfirst"):
            found.extend(_calendar_mention(match))
            continue
        if match.group("date"):
            month_word = match.group("month")
            day = match.group("day") or match.group("cday")  # "on October, 1.": the date with a stray comma
            if month_word.lower() == "may" and (month_word == "may" or not day):
                if not ends_with(_MAY_BEFORE, text, start):
                    continue
            if month_word[0].islower() and (not day or month_word in ("may", "march")):
                continue  # "september 30" is a date written in lower case (T105's matter); "march 5" may be a verb
            month = _EN_MONTHS.get(month_word.lower()) or next(
                n for name, n in _EN_MONTHS.items() if name.startswith(month_word.lower()[:3]))  # Sept., Nov.
            if day:
                found.append(NumberMention(float(month * 100 + int(day)), match.group(), start, end, "date",
                                           (float(day),)))
            else:
                found.append(NumberMention(float(month), match.group(), start, end, "month"))
        elif match.group("roman"):
            group = next(g for g in ("rn", "rnp", "rnpart") if match.group(g))  # "III.", "(III)", "Part III"
            numeral = match.group(group)
            if numeral in _ROMAN:
                s = match.start(group)
                found.append(NumberMention(float(_ROMAN[numeral]), numeral, s, s + len(numeral), "ordinal"))
        elif match.group("digits"):
            value = float(match.group("num").replace(",", ""))
            scale, span_end = match.group("scale"), match.end()
            if scale:
                value *= _EN_SCALES[scale.lower()]
            elif short := _short_scale(text, start, span_end):
                value, span_end = value * short[0], short[1]
            suffix = (match.group("suffix") or "").lower()
            kind = "percent" if match.group("pct") else ("ordinal" if suffix in ("st", "nd", "rd", "th") else "cardinal")
            found.append(NumberMention(value, text[start:span_end], start, span_end, kind))
        elif match.group("ordword"):
            word = match.group().lower()
            word = word[:-2] if word.endswith("ly") else word  # firstly, thirdly
            tens, _, unit = word.rpartition("-")
            if unit not in _EN_ORDINALS or (tens and tens not in _EN_TENS):
                continue  # matched only through case folding ("FİRST", "fırſt"): no English ordinal
            value = _EN_ORDINALS[unit] + (_EN_TENS[tens] if tens else 0)
            if word == "second" and _SECOND_AFTER.match(text, end):
                continue
            if re.search(r"\b(?:a|another)\s+$", text[max(0, start - 9):start], re.IGNORECASE) \
                    and not _OF_AFTER.match(text, end):
                continue  # "one …, another …, a third …": a pronoun, not a count
            found.append(NumberMention(float(value), match.group(), start, end, "ordinal"))
        else:
            pieces = _hyphened_units(text, start, end)
            mention = None if pieces else _en_word_mention(text, start, end)
            found.extend(pieces or ([mention] if mention is not None else []))
    return found


# News abbreviates scales: £2.8bn, $3.6bn, 1.2tn; after a currency sign also £125m, $40k (elsewhere 125m is metres).
_SHORT_SCALE = re.compile(r"(bn|tn)\b|(mn|m|k)\b")
_SHORT_SCALES = {"bn": 1e9, "tn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3}
_CURRENCY_BEFORE = re.compile(r"[$£€¥]$")


def _short_scale(text: str, start: int, end: int) -> tuple[float, int] | None:
    """The factor and new end of a figure written with an abbreviated scale (£2.8bn, £125m), else None."""
    short = _SHORT_SCALE.match(text, end)
    if short is None or (short.group(2) and not _CURRENCY_BEFORE.search(text, max(0, start - 1), start)):
        return None
    return _SHORT_SCALES[short.group().lower()], short.end()


def _calendar_mention(match: re.Match) -> list[NumberMention]:
    """A code (424.10.0.20.02.002, by its digits), a clock time (7:30, 6 p.m., British 7.55am) or a date written day first
    (31 March, the 14th of September)."""
    start, end = match.span()
    if match.group("code"):
        return [NumberMention(float(re.sub(r"[^0-9]", "", match.group())), match.group(), start, end, "code")]
    if match.group("clock"):
        hour = float(match.group("hour"))
        if hour > 24:  # 25:18: a score
            return figures_not_a_time(match, match.string, "minute")
        half = (match.group("ap1") or match.group("ap2") or match.group("ap3") or "").lower()
        if half.startswith("p") and hour < 12:
            hour += 12
        value, other = clock_values(hour, float(match.group("minute") or match.group("dminute") or 0))
        return [NumberMention(value, match.group(), start, end, "time", other)]
    day = float(match.group("dday"))
    month = _EN_MONTHS[match.group("dmonth").lower()]
    return [NumberMention(month * 100 + day, match.group(), start, end, "date", (day,))]


def _en_word_mention(text: str, start: int, end: int) -> NumberMention | None:
    span = text[start:end]
    lowered = span.lower()
    kind = "cardinal"
    body = lowered
    pct = re.search(r"\s+(?:percent|per\s+cent)$", body)
    if pct:
        kind = "percent"
        body = body[: pct.start()]
    if text.startswith("-dimensional", end):
        return None  # three-dimensional (立体): a word, not a count
    tokens = [t for t in re.split(r"[-\s]+", body) if t and t != "and"]
    if tokens == ["one"]:
        if ends_with(_ONE_PRONOUN_BEFORE, text, start) or _ONE_PRONOUN_AFTER.match(text, end):
            return None
    value = _en_words_value(tokens)
    if value is None:
        return None
    return NumberMention(float(value), span, start, end, kind)


def _hyphened_units(text: str, start: int, end: int) -> list[NumberMention] | None:
    """"six-one" (六个一批) is two figures joined, not 7: a unit after a unit is no compound number.
    None when the span is an ordinary number ("twenty-one", "two hundred")."""
    parts = text[start:end].split("-")
    if len(parts) != 2 or not all(p.lower() in _EN_UNITS for p in parts):
        return None
    second = start + len(parts[0]) + 1
    return [NumberMention(float(_EN_UNITS[parts[0].lower()]), parts[0], start, second - 1, "cardinal"),
            NumberMention(float(_EN_UNITS[parts[1].lower()]), parts[1], second, end, "cardinal")]


def _en_words_value(tokens: list[str]) -> int | None:
    total = current = 0
    for token in tokens:
        if token in _EN_UNITS:
            current += _EN_UNITS[token]
        elif token in _EN_TENS:
            current += _EN_TENS[token]
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in _EN_SCALES:
            total += (current or 1) * _EN_SCALES[token]
            current = 0
        else:
            return None
    return total + current

