"""Numbers: every number in the source must appear in the target and the other way round.

Both sides are normalised by qa.lang.numbers, so "2000万" = "20 million",
"1.12亿" = "112 million", "10万+" = "100,000+", "百分之三十" = "30 percent",
"2月2日" = "February 2", "十四五" = "14th Five-Year Plan", "四个一百" =
"Four 100s". A number counts as present when its value occurs anywhere on the
other side (set semantics: a year repeated in Chinese and said once in English
is fine).

Leniency, and why: 一 and 两 written as Chinese numerals (and "one", "two",
"first", "second" written as English words) are not reported when they have no
counterpart. In Chinese they are mostly articles and idiom parts — 一个 "a",
一系列 "a series of", 两手抓 "grasp both" — and English adds "one" and "first"
freely. Any value written in digits is strict, whatever its size. A number is
also excused when the other side holds it inside a word (三力 "three powers",
"triple" for 三), which keeps idioms from becoming findings.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.checks.tags import placeholder_spans
from qa.lang.numbers import (
    NumberMention,
    ValueIndex,
    find_measures,
    find_numbers,
    loose_number_values,
    same_measure,
)
from qa.lang.numbers_en import DASH_AFTER_WORD
from qa.checks.numbers_context import (
    counted_with_others,
    in_saying,
    day_given,
    figure_of_speech,
    listed_count,
    referred_back,
    session_number_added,
    split_codes,
    year_of_the_document,
)
from qa.model import Pair

_LENIENT_MAX = 2.0


def _lenient(mention: NumberMention) -> bool:
    return not mention.in_digits and mention.value <= _LENIENT_MAX


def _index(values: Iterable[float]) -> ValueIndex:
    """A set of values to test membership with same_value, by bisection (linear overall, not quadratic)."""
    return ValueIndex((v, 0) for v in values)


# A figure glued to Latin letters is a designation (3K背景辐射, 5G, G20, Hobie16, IPv6, B-52, CMV-22), or a
# suffix after a hyphen (和平救援-2021), translated as a name or not at all.
_LABEL = re.compile(r"[A-Z]")  # after: capitals only, since 7cm, 18mm, 100km are measures
_LABEL_BEFORE = re.compile(r"(?:[A-Za-z]-?|[\u4e00-\u9fff]-)$")
_ORDINAL_RANGE = re.compile(r"[0-9](?:st|nd|rd|th)[-–]$")
# A section number opening the text ("6.片厂", "7.开麦拉"): list formatting, often restyled or dropped.
_HEADING = re.compile(r"\s*[0-9]{1,2}[.．、]\s*(?![0-9])")


@lru_cache(maxsize=64)
def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())


def _designation(mention: NumberMention, text: str) -> bool:
    """Digits glued to Latin letters or after a hyphen: LP700, IPv6, CMV-22, 和平救援-2021."""
    if not mention.in_digits:
        return False
    # 42.76亿SDR is a sum in a currency: the scale character stands between the digits and the letters
    glued_after = mention.text[-1:].isdigit() and _LABEL.match(text, mention.end)
    glued_before = mention.text[:1].isdigit() and _LABEL_BEFORE.search(text[max(0, mention.start - 2):mention.start]) \
        and not _ORDINAL_RANGE.search(text, max(0, mention.start - 4), mention.start) \
        and not DASH_AFTER_WORD.match(text, mention.start)  # "17th-18th century", "into space-2.5 million"
    return bool(glued_after or glued_before)


def _in_latin_source(mention: NumberMention, source: str) -> bool:
    """A number word the source itself writes in Latin letters: 扩散至Four Corners → "the Four Corners"."""
    return not mention.in_digits and re.search(rf"(?<![A-Za-z]){re.escape(mention.text)}(?![A-Za-z])", source,
                                               re.IGNORECASE) is not None


def _exempt_in_source(mention: NumberMention, text: str) -> bool:
    """Source mentions whose absence from the target is not an error.

    Small 一/两 (articles, idioms); approximate Chinese figures (十四五岁,
    四十多年, 二十几两: either value or none may be translated); numerals in a
    saying introduced as one; designations (3K, 5G); a section number opening
    the text.
    """
    if _lenient(mention) or in_saying(mention, text):
        return True
    if mention.approximate and not mention.in_digits:
        return True
    if _designation(mention, text):
        return True
    return mention.start == _leading_space(text) and bool(_HEADING.match(text, 0)) \
        and _HEADING.match(text, 0).end() > mention.start


# Small counts written as Chinese numerals (三个, 六颗, 八个脚趾, and the hyperbolic 一万个) are often folded into the
# wording of a literary translation ("the dice", "all but the big toes"); they are reported
# only when the target shows a vague quantity the source does not have ("several women" for
# 三个妇女): a precise count turned vague. Digits, ordinals and enumerators stay strict, and so
# do small counts in a passage that writes other figures in digits (推动三批82个重点城市): that is
# a factual register where every count matters.
_SMALL_COUNT_MAX = 10.0
# ("some" is not here: English uses it as a plain determiner far too often to tell a count made vague.) Only the
# words for a few are compared: "many" and "a lot of" render 很多/许多/不少, which say nothing of a count.
_EN_VAGUE = re.compile(r"\b(?:several|a\s+few|a\s+couple\s+of|a\s+number\s+of)\b", re.IGNORECASE)
_ZH_VAGUE = re.compile(r"几(?=[个位名次天年条只本件分十百千万])|一些|若干|数[个十百千万名位次]|多个|多名|多次|多项")


# A numeral before 点/时/号 is a clock time or a number (三点钟, 五号楼), one before 中全会/次全会 a session
# (六中全会 "the Sixth Plenary Session"): precise however small.
_DESIGNATION_AFTER = re.compile(r"[点时号]|中全会|次全会")


# 一百个, 一千遍, 一万个不服, 一万心眼子: a bare hundred, thousand or ten thousand in words is how Chinese
# prose says "many"; literary translations render it as "a hundred times", "ever so" or not at all. Before a
# unit of money, length, weight, age or time, or a counter of people and things, it is a quantity (一万元,
# 一千米, 一百岁, 一百人).
_ROUND_WORDS = re.compile(r"一?[百千万]")
_UNIT_AFTER = re.compile(r"[元块角米里尺寸斤吨克亩公岁年月天日周时分秒人名位户家所台辆座间件条项张本册头匹只株颗]")


def _small_count(mention: NumberMention, text: str = "") -> bool:
    """A count written in Chinese words that prose may fold into the wording: up to ten, or a bare 一百/一千/一万."""
    if mention.in_digits or mention.kind != "cardinal" or _DESIGNATION_AFTER.match(text, mention.end):
        return False
    if mention.value <= _SMALL_COUNT_MAX:
        return True
    return bool(_ROUND_WORDS.fullmatch(mention.text)) and not _UNIT_AFTER.match(text, mention.end)


def _made_vague(pair: Pair) -> bool:
    """The target has more vague quantities (several, a few, some) than the source (几, 些, 若干)."""
    return len(_EN_VAGUE.findall(pair.target)) > len(_ZH_VAGUE.findall(pair.source))


# English approximations: "fourteen or fifteen", "about 130", "some twenty or thirty", "more than twenty".
_EN_APPROX_BEFORE = re.compile(
    r"\b(?:about|around|some|nearly|almost|over|under|more\s+than|less\s+than|fewer\s+than|roughly|"
    r"approximately|up\s+to|at\s+least|close\s+to|or|to)\s+$", re.IGNORECASE)
_EN_APPROX_AFTER = re.compile(r"^(?:\s+or\s+\w+|\s+to\s+\w+|-?odd\b)", re.IGNORECASE)


def _approximate_in_english(mention: NumberMention, text: str) -> bool:
    return bool(_EN_APPROX_BEFORE.search(text[max(0, mention.start - 20):mention.start])
                or _EN_APPROX_AFTER.match(text[mention.end:mention.end + 20]))


def _near(a: float, b: float) -> bool:
    """Close enough for two renderings of a rough figure: 五六岁 "four or five"."""
    return abs(a - b) <= max(1.0, 0.2 * max(abs(a), abs(b)))


def _outside_placeholders(text: str, lang: str) -> list[NumberMention]:
    """The numbers of `text` less the digits of its placeholders and tags ({0}, %1$s, <g id="2">): D101's to report."""
    spans = placeholder_spans(text)
    return [m for m in find_numbers(text, lang) if not any(start <= m.start and m.end <= end for start, end in spans)]


def number_differences(pair: Pair, ctx: PairContext) -> tuple[list[NumberMention], list[NumberMention]]:
    """(source mentions missing from the target, target mentions not in the source)."""

    def compute() -> tuple[list[NumberMention], list[NumberMention]]:
        if not pair.source.strip() or not pair.target.strip():
            return [], []
        source_lang, target_lang = ctx.doc.profile.source.value, ctx.doc.profile.target.value
        src_all, tgt_all = _outside_placeholders(pair.source, source_lang), _outside_placeholders(pair.target, target_lang)
        src, src_codes = split_codes(src_all)
        tgt, tgt_codes = split_codes(tgt_all)
        src_loose = _index(loose_number_values(pair.source, source_lang, src_all))
        tgt_loose = _index(loose_number_values(pair.target, target_lang, tgt_all))
        # a figure in Chinese words (四大模块) is not rendered by a designation's digits ("4K"); digits may be (5G)
        tgt_plain = _index(loose_number_values(pair.target, target_lang,
                                               [m for m in tgt_all if not _designation(m, pair.target)]))
        vague = _made_vague(pair)

        def said_otherwise(m: NumberMention) -> bool:  # the target need not write this figure, unless it made it vague
            return ((referred_back(m, pair, ctx) and not vague) or figure_of_speech(m, pair)
                    or (listed_count(m, pair.source) and not vague))  # 五大功能 → "several functions: A, …"

        missing = [m for m in src if not _exempt_in_source(m, pair.source)
                   and not any(v in (tgt_loose if m.in_digits else tgt_plain) for v in m.values)
                   and not day_given(m, pair, ctx)
                   and not said_otherwise(m)]
        extra = [m for m in tgt if not _lenient(m) and not any(v in src_loose for v in m.values)
                 and not year_of_the_document(m, ctx) and not session_number_added(m, pair)
                 and not _in_latin_source(m, pair.source)]
        with_others = counted_with_others(src, tgt, pair.target, src_loose, pair.source)
        missing = [m for m in missing if m not in with_others[0]]
        extra = [m for m in extra if m not in with_others[1]]
        counts_matter = vague or any(m.in_digits for m in src)
        if not counts_matter:
            missing = [m for m in missing if not _small_count(m, pair.source)]
        # a count pointing back (这50张, 这四艘) is no repeat the target owes
        repeated = [m for m in src if not said_otherwise(m)]
        missing += _fewer_in_target(repeated, tgt, pair.source, missing, counts_small=counts_matter, target=pair.target)
        if missing or extra:
            missing, extra = _converted(pair, src, tgt, missing, extra, (source_lang, target_lang))
        # A rough figure rendered as another rough figure: 五六岁 → "four or five".
        rough = ValueIndex(((v, 0) for m in src if m.approximate for v in m.values), _near, _near_reach)
        extra = [m for m in extra if not (_approximate_in_english(m, pair.target) and m.value in rough)]
        src_code_texts, tgt_code_texts = {c.text for c in src_codes}, {c.text for c in tgt_codes}
        missing += [m for m in src_codes if m.text not in tgt_code_texts]
        extra += [m for m in tgt_codes if m.text not in src_code_texts]
        return _dedupe(missing), _dedupe(extra)

    return ctx.memo("numbers.differences", compute)


def _converted(pair: Pair, src, tgt, missing, extra,
               langs: tuple[str, str]) -> tuple[list[NumberMention], list[NumberMention]]:
    """Drop the mentions of measures that match after a unit conversion: 六十公斤 = "about 130 pounds",
    二十英尺 = "six-meter". Target measures are indexed by dimension and SI value, so each source
    measure meets only its near neighbours."""
    by_dimension: dict[str, list] = {}
    for k, tm in enumerate(tgt_measures := find_measures(pair.target, langs[1], tgt)):
        by_dimension.setdefault(tm.dimension, []).append((tm.si_value, k))
    index = {dim: ValueIndex(entries, lambda a, b: True, _measure_reach) for dim, entries in by_dimension.items()}
    gone_src: set[NumberMention] = set()
    gone_tgt: set[NumberMention] = set()
    unmatched = set(extra)  # a target measure whose figure renders another source figure converts nothing
    for sm in find_measures(pair.source, langs[0], src):
        near = index.get(sm.dimension)
        for k in near.matches(sm.si_value) if near is not None else ():
            if unmatched.isdisjoint(tgt_measures[k].mentions) and sm.unit != tgt_measures[k].unit:
                continue  # 9,270万英亩(3,750万公顷) → "92.7 million acres (several hectares)": the acres are the acres
            if same_measure(sm, tgt_measures[k]):
                gone_src.update(sm.mentions)
                gone_tgt.update(tgt_measures[k].mentions)
    return [m for m in missing if m not in gone_src], [m for m in extra if m not in gone_tgt]


def _measure_reach(value: float) -> float:
    # same_measure's 12 % of the larger value is at most 12/88 of the smaller one
    return 0.15 * abs(value) + 1e-9


def _near_reach(value: float) -> float:
    # _near's 20 % of the larger value is at most 25 % of the smaller one
    return max(1.0, 0.3 * abs(value))


def _strict(mention: NumberMention) -> bool:
    return not mention.approximate and (mention.in_digits or mention.value > _SMALL_COUNT_MAX)


# “四十二”三字, “三”字: a numeral quoted as characters on a page.
_CHARACTERS_QUOTED = re.compile(r"[”」\"'’][一二三四五六七八九十两几]?个?字")


def _quoted_characters(mention: NumberMention, text: str) -> bool:
    """“四十二”三字却是识得的: the characters on a page, not the figure again ("numbers he could read")."""
    return bool(_CHARACTERS_QUOTED.match(text, mention.end)) and 0 < mention.start \
        and text[mention.start - 1] in "“「\"'‘"


# 1次 "once", 2次 "twice": a count of times said in one word.
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(r"\b(?:once|twice|thrice)\b", re.IGNORECASE)
# A date or day names one day however often the source repeats it (the dateline's 12月11日 and "12月11日，…").
_ONE_DAY = ("date", "day")


def _fewer_in_target(src, tgt, text: str, missing, counts_small: bool = False,
                     target: str = "") -> list[NumberMention]:
    """A strict figure the source gives more often than the target: 十六 twice, "sixteen" once.

    Set matching cannot see a dropped repeat; counting can. Only strict figures
    (digits, or counts above ten) count, since small Chinese numerals repeat
    where English says "them" or "the two" — unless counts matter here
    (`counts_small`): the target turned a count vague (三个妇女 twice, "three
    women" once and "several women"), or the passage gives figures in digits.
    """
    def counted(m: NumberMention) -> bool:  # 一 and 两 (articles: 一项协议 "an agreement") are not counted
        # An ordinal with 第 counts: 三轮 … 第三名 is 3 twice, "three rounds … ranks the some" once. Where counts
        # matter an enumerator counts too: 三个方面 … 三是 is 3 twice, "several aspects … the third" once.
        small = _small_count(m, text) or m.kind == "ordinal"
        return _strict(m) or (m.kind == "ordinal" and m.text.startswith("第") and not _lenient(m)) \
            or (counts_small and small and not m.approximate and not _lenient(m))

    source_counts = ValueIndex((m.value, 0) for m in src
                               if counted(m) and not _designation(m, text) and not _quoted_characters(m, text))
    target_values = ValueIndex([(v, k) for k, m in enumerate(tgt) for v in m.values if not _designation(m, target)]
                               + [(_TIMES[w.group().lower()], -1 - k) for k, w in enumerate(_TIMES_WORD.finditer(target))])
    already = set(missing)
    out: list[NumberMention] = []
    taken: set[float] = set()
    for mention in src:
        if not counted(mention) or _exempt_in_source(mention, text) or mention in already or mention.kind in _ONE_DAY:
            continue
        if _quoted_characters(mention, text):
            continue
        in_source = len(source_counts.matches(mention.value))
        in_target = len(set(target_values.matches(mention.value)))  # a target mention counts once
        if in_target and in_source > in_target and mention.value not in taken:
            out.append(mention)
            taken.add(mention.value)
    return out


def _dedupe(mentions: list[NumberMention]) -> list[NumberMention]:
    seen = ValueIndex()
    kept = []
    for m in mentions:
        if m.value not in seen:
            seen.add(m.value)
            kept.append(m)
    return kept


def format_value(value: float) -> str:
    """A value as an English editor would write it: 5,768; 20 million; 1.5."""
    if value >= 1_000_000 and value == int(value):
        for scale, word in ((1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")):
            if value >= scale:
                return f"{value / scale:g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:g}"


def _mismatched(pair: Pair, ctx: PairContext) -> list[tuple[NumberMention, NumberMention]]:
    missing, extra = number_differences(pair, ctx)
    return list(zip(missing, extra))


@check(
    "N201",
    "number-mismatch",
    category="Accuracy/Mistranslation",
    requires=("segmenter", "dictionary"),
    severity="major",
    example="source: 对5768名逃犯…  target: 5,678 fugitives were targeted",
)
def number_mismatch(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A number in the source appears as a different number in the target.

    The pair has a source number with no counterpart in the target and a
    target number with no counterpart in the source; they are reported
    together, in reading order, as one wrong number.
    """
    for src, tgt in _mismatched(pair, ctx):
        yield Problem(
            f"The source has {src.text} ({format_value(src.value)}) but the target has {tgt.text}.",
            source_span=src.text,
            target_span=tgt.text,
            suggestion=f"Check the figure: the source says {format_value(src.value)}.",
        )


@check(
    "N202",
    "number-missing-in-target",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary"),
    severity="major",
    example="source: 推动三批82个重点城市…  target: promoted key cities and regions",
)
def number_missing_in_target(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A number in the source does not appear anywhere in the target.

    Chinese 一 and 两 written as numerals are exempt (see the numbers family):
    they are usually articles or idioms. Numbers in digits are always checked.
    """
    missing, extra = number_differences(pair, ctx)
    for src in missing[len(extra):]:
        yield Problem(
            f"The number {src.text} ({format_value(src.value)}) in the source is missing from the target.",
            source_span=src.text,
            suggestion=f"Translate {format_value(src.value)}.",
        )


@check(
    "N203",
    "number-not-in-source",
    category="Accuracy/Addition",
    requires=("segmenter", "dictionary"),
    severity="minor",
    example="source: 开展专项斗争。  target: carried out 3 special struggles",
)
def number_not_in_source(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A number in the target has no counterpart in the source.

    Either a figure was added or the source figure was read wrongly (when the
    source also has an unmatched number, N201 reports the two together).
    """
    missing, extra = number_differences(pair, ctx)
    for tgt in extra[len(missing):]:
        yield Problem(
            f"The number {tgt.text} in the target does not occur in the source.",
            target_span=tgt.text,
        )
