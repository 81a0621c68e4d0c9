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

from typing import TYPE_CHECKING

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.checks.tags import placeholder_spans
from qa.lang.designations import designations, kept_in, same_kind, written_in
from qa.lang.numbers import (
    NumberMention,
    ValueIndex,
    find_measures,
    find_numbers,
    loose_number_values,
    same_measure,
)
from qa.checks.numbers_context import (
    counted_with_others,
    day_given,
    figure_of_speech,
    listed_count,
    referred_back,
    session_number_added,
    split_codes,
    year_of_the_document,
)
from qa.checks.numbers_exempt import (
    designation as _designation,
    exempt_in_source as _exempt_in_source,
    fewer_in_target as _fewer_in_target,
    in_latin_source as _in_latin_source,
    rendered_in_a_designation,
    index as _index,
    lenient as _lenient,
    made_vague as _made_vague,
    ratio_rendered,
    small_count as _small_count,
)
from qa.model import Pair

if TYPE_CHECKING:
    from qa.lang.measures import Measure

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
        plain = [m for m in tgt_all if not _designation(m, pair.target)]
        tgt_plain = tgt_loose if len(plain) == len(tgt_all) else _index(loose_number_values(pair.target, target_lang, plain))
        vague = _made_vague(pair)

        def said_otherwise(m: NumberMention) -> bool:  # the target need not write this figure, unless it made it vague
            return ((referred_back(m, pair, ctx) and not vague) or figure_of_speech(m, pair)
                    or (listed_count(m, pair.source) and not vague))  # 五大功能 → "several functions: A, …"

        missing = [m for m in src if not _exempt_in_source(m, pair.source)
                   and not any(v in (tgt_loose if m.in_digits else tgt_plain) for v in m.values)
                   and not day_given(m, pair, ctx)
                   and not said_otherwise(m)
                   and not rendered_in_a_designation(m, pair.source, pair.target)]
        extra = [m for m in tgt if not _lenient(m) and not any(v in src_loose for v in m.values)
                 and not year_of_the_document(m, ctx) and not session_number_added(m, pair)
                 and not _in_latin_source(m, pair.source)]
        with_others = counted_with_others(src, tgt, pair.target, src_loose, pair.source)
        as_ratio = ratio_rendered(src, pair.source, tgt, pair.target)  # 两成 → "1-in-5"
        missing = [m for m in missing if m not in with_others[0] and m not in as_ratio[0]]
        extra = [m for m in extra if m not in with_others[1] and m not in as_ratio[1]]
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
        lost = [d for d in designations(pair.source) if not kept_in(d, pair.target)]
        if lost:  # a designation the English adds (COVID-19 for 新冠) is no error; one in a lost one's place is
            missing = [m for m in missing if not any(d.start <= m.start and m.end <= d.end for d in lost)] + lost
            extra += [d for d in designations(pair.target) if not written_in(d.text, pair.source)
                      and any(same_kind(d.text, gone.text) for gone in lost)]
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
    owed: list[NumberMention] = []
    unmatched = set(extra)  # a target measure whose figure renders another source figure converts nothing
    src_measures = find_measures(pair.source, langs[0], src)
    measured = {m for sm in src_measures for m in sm.mentions}
    for sm in src_measures:
        near = index.get(sm.dimension)
        for k in near.matches(sm.si_value) if near is not None else ():
            taken = unmatched.isdisjoint(tgt_measures[k].mentions)
            if taken and sm.unit != tgt_measures[k].unit:
                continue  # 9,270万英亩(3,750万公顷) → "92.7 million acres (several hectares)": the acres are the acres
            if same_measure(sm, tgt_measures[k]):
                if taken and any(m in missing for m in sm.mentions):
                    owed += _plain_repeat(sm, src, measured, missing)
                gone_src.update(sm.mentions)
                gone_tgt.update(tgt_measures[k].mentions)
    kept = [m for m in missing if m not in gone_src] + [m for m in owed if m not in gone_src]
    return sorted(set(kept), key=lambda m: m.start), [m for m in extra if m not in gone_tgt]


def _plain_repeat(sm: "Measure", src: list[NumberMention], measured: set[NumberMention],
                 missing: list[NumberMention]) -> list[NumberMention]:
    """The figure still owed when the target renders a measure once and the source says its figure again as a plain
    count: 时隔6年 … 整合为6个 → "after six years … into several" owes the 6 of 6个, not the 6 of 6年 (a measure
    said twice, 九米 … 九米 "nine meters", owes nothing)."""
    values = {m.value for m in sm.mentions}
    return [m for m in src if m.value in values and m not in measured and m not in missing][:1]


def _measure_reach(value: float) -> float:
    # same_measure's 12 % of the larger value is at most 12/88 of the smaller one
    return 0.15 * abs(value) + 1e-9


def _near_reach(value: float) -> float:
    # _near's 20 % of the larger value is at most 25 % of the smaller one
    return max(1.0, 0.3 * abs(value))



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


def _comparable(src: NumberMention, tgt: NumberMention, source: str) -> bool:
    """Could one figure be a misreading of the other? A share and a count cannot ("13 examination locations"
    against "5%"), save 七成 "seven tenths", which English gives as a percentage."""
    if (src.kind == "designation") != (tgt.kind == "designation"):
        return False  # H5N6 is no misreading of a count, nor a count of a designation
    if (src.kind == "percent") == (tgt.kind == "percent"):
        return True
    return src.kind != "percent" and source[src.end : src.end + 1] == "成"


def _paired(pair: Pair, ctx: PairContext):
    """(wrong figures, figures missing, figures added): in reading order, each source figure the target lacks
    meets the first comparable unmatched target figure; what meets none is missing or added on its own."""

    def compute():
        missing, extra = number_differences(pair, ctx)
        pairs, lone = [], []
        free = list(extra)
        for m in missing:
            match = next((t for t in free if _comparable(m, t, pair.source)), None)
            if match is None:
                lone.append(m)
            else:
                free.remove(match)
                pairs.append((m, match))
        return pairs, lone, free

    return ctx.memo("numbers.paired", compute)


def _mismatched(pair: Pair, ctx: PairContext) -> list[tuple[NumberMention, NumberMention]]:
    return _paired(pair, ctx)[0]


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
    together, in reading order, as one wrong number, when one could be a
    misreading of the other (a percentage is no misread count).
    """
    for src, tgt in _mismatched(pair, ctx):
        if src.kind == "designation":
            yield Problem(f"The source has {src.text} but the target has {tgt.text}.", source_span=src.text,
                          target_span=tgt.text, suggestion=f"Copy the designation: {src.text}.")
            continue
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
    for src in _paired(pair, ctx)[1]:
        if src.kind == "designation":
            yield Problem(f"The designation {src.text} in the source is missing from the target.",
                          source_span=src.text, suggestion=f"Keep {src.text}.")
            continue
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
    for tgt in _paired(pair, ctx)[2]:
        yield Problem(
            f"The number {tgt.text} in the target does not occur in the source.",
            target_span=tgt.text,
        )
