"""Which figures of a pair the number checks leave alone, and which repeats they count.

A source figure the target need not give (small 一/两, approximate Chinese
figures, designations, sayings, small counts in prose) and a strict figure the
source gives more often than the target (十六 twice, "sixteen" once): the
judgements behind N202, apart from the matching in qa.checks.numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from qa.checks.numbers_context import in_saying
from qa.lang.numbers import NumberMention, ValueIndex
from qa.lang.numbers_en import DASH_AFTER_WORD
from qa.model import Pair

_LENIENT_MAX = 2.0


def lenient(mention: NumberMention) -> bool:
    return not mention.in_digits and mention.value <= _LENIENT_MAX


def index(values: Iterable[float]) -> ValueIndex:
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


def designation(mention: NumberMention, text: str) -> bool:
    """Digits glued to Latin letters or after a hyphen: LP700, IPv6, CMV-22, 和平救援-2021."""
    if not mention.in_digits:
        return False
    # 42.76亿SDR is a sum in a currency: the scale character stands between the digits and the letters
    glued_after = mention.text[-1:].isdigit() and _LABEL.match(text, mention.end)
    glued_before = mention.text[:1].isdigit() and _LABEL_BEFORE.search(text[max(0, mention.start - 2):mention.start]) \
        and not _ORDINAL_RANGE.search(text, max(0, mention.start - 4), mention.start) \
        and not DASH_AFTER_WORD.match(text, mention.start) \
        and not _RATIO_BEFORE.search(text, max(0, mention.start - 5), mention.start)  # "17th-18th century", "into space-2.5 million", "1-of-4"
    return bool(glued_after or glued_before)


_RATIO_BEFORE = re.compile(r"[0-9]-(?:of|in)-$")  # "1-of-4 players", "a 1-in-5 chance": a ratio, no label


_DESIGNATION_FIGURE = re.compile(r"(?<=[A-Za-z'’]-)[0-9]+(?![0-9.,])")
_MODEL_AFTER = re.compile(r"\s*[号型]")


def rendered_in_a_designation(mention: NumberMention, source: str, target: str) -> bool:
    """神舟十二号 "Shenzhou-12", 嫦娥四号 "Chang'e-4", 055型 "Type-055", 波音737 "Boeing-737": a figure the source
    writes in digits, or names a craft or a model by (号, 型), may be written as the digits after a name's hyphen,
    which are read as no figure of their own."""
    if not (mention.in_digits or _MODEL_AFTER.match(source, mention.end)):
        return False
    return any(float(digits) in mention.values for digits in _DESIGNATION_FIGURE.findall(target))


def in_latin_source(mention: NumberMention, source: str) -> bool:
    """A number word the source itself writes in Latin letters: 扩散至Four Corners → "the Four Corners"."""
    return not mention.in_digits and re.search(rf"(?<![A-Za-z]){re.escape(mention.text)}(?![A-Za-z])", source,
                                               re.IGNORECASE) is not None


def exempt_in_source(mention: NumberMention, text: str) -> bool:
    """Source mentions whose absence from the target is not an error.

    Small 一/两 (articles, idioms); approximate Chinese figures (十四五岁,
    四十多年, 二十几两: either value or none may be translated); numerals in a
    saying introduced as one; designations (3K, 5G); a section number opening
    the text.
    """
    if lenient(mention) or in_saying(mention, text):
        return True
    if mention.approximate and not mention.in_digits:
        return True
    if designation(mention, text):
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


def small_count(mention: NumberMention, text: str = "") -> bool:
    """A count written in Chinese words that prose may fold into the wording: up to ten, or a bare 一百/一千/一万."""
    if mention.in_digits or mention.kind != "cardinal" or _DESIGNATION_AFTER.match(text, mention.end):
        return False
    if mention.value <= _SMALL_COUNT_MAX:
        return True
    return bool(_ROUND_WORDS.fullmatch(mention.text)) and not _UNIT_AFTER.match(text, mention.end)


def made_vague(pair: Pair) -> bool:
    """The target has more vague quantities (several, a few, some) than the source (几, 些, 若干)."""
    return len(_EN_VAGUE.findall(pair.target)) > len(_ZH_VAGUE.findall(pair.source))


def _strict(mention: NumberMention) -> bool:
    return not mention.approximate and (mention.in_digits or mention.value > _SMALL_COUNT_MAX)


# “四十二”三字, “三”字: a numeral quoted as characters on a page.
_CHARACTERS_QUOTED = re.compile(r"[”」\"'’][一二三四五六七八九十两几]?个?字")


def _quoted_characters(mention: NumberMention, text: str) -> bool:
    """“四十二”三字却是识得的: the characters on a page, not the figure again ("numbers he could read")."""
    return bool(_CHARACTERS_QUOTED.match(text, mention.end)) and 0 < mention.start \
        and text[mention.start - 1] in "“「\"'‘"


# “四个意识”、“四个自信”, “三严三实”: a numbered formula opens a quotation; the figure is part of its name, which
# the English keeps ("four-awareness", "four self-confidence").
_OPENING_QUOTE = "“「‘\"'『"


def formula_count(mention: NumberMention, text: str) -> bool:
    """A count of three to ten in Chinese words that opens a quoted formula (“四个自信”): every one is named
    on its own, so the target owes each of them its figure, as it owes a strict figure."""
    return (not mention.in_digits and mention.kind == "cardinal" and not mention.approximate
            and 2 < mention.value <= _SMALL_COUNT_MAX and 0 < mention.start
            and text[mention.start - 1] in _OPENING_QUOTE and not _quoted_characters(mention, text))


# 1次 "once", 2次 "twice": a count of times said in one word.
_TIMES = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
_TIMES_WORD = re.compile(r"\b(?:once|twice|thrice)\b", re.IGNORECASE)
# A date or day names one day however often the source repeats it (the dateline's 12月11日 and "12月11日，…").
_ONE_DAY = ("date", "day")


# The Latin words a figure ends ("Nord Stream 2", "Windows 11"), as the source writes them.
_LATIN_NAME_BEFORE = re.compile(r"[A-Za-z][A-Za-z'.&-]*(?: [A-Za-z][A-Za-z'.&-]*)* ?$")


def latin_name_figure(mention: NameMention, text: str, target: str) -> bool:
    """The figure of a name the source writes in Latin letters ("Nord Stream 2"), which the target copies:
    English names the pipeline once and says "it" after, so its repeats are no figures the target owes."""
    return bool(_latin_name(mention, text)) and (_latin_name(mention, text) + mention.text) in target


def _latin_name(mention: NameMention, text: str) -> str:
    """The Latin words right before a figure in digits ("Boeing " of "Boeing 737"), or ""."""
    if not mention.in_digits:
        return ""
    name = _LATIN_NAME_BEFORE.search(text, 0, mention.start)
    return name.group() if name is not None else ""


def _names_own_figures(src, text: str, tgt, target: str) -> set[int]:
    """Target mentions that are the figure of a Latin name the source writes and the target copies ("Boeing
    737"): the name's, not a count, so a separate 737名员工 is still owed its own "737"."""
    names = {(_latin_name(m, text), m.value) for m in src if latin_name_figure(m, text, target)}
    return {k for k, m in enumerate(tgt)
            if any(v == value and target[: m.start].endswith(name) for name, value in names for v in m.values)}


def fewer_in_target(src, tgt, text: str, missing, counts_small: bool = False,
                     target: str = "") -> list[NumberMention]:
    """A strict figure the source gives more often than the target: 十六 twice, "sixteen" once.

    Set matching cannot see a dropped repeat; counting can. Only strict figures
    (digits, counts above ten, a count naming a quoted formula: 四个意识、四个自信
    with "four-awareness" alone) count, since small Chinese numerals repeat
    where English says "them" or "the two" — unless counts matter here
    (`counts_small`): the target turned a count vague (三个妇女 twice, "three
    women" once and "several women"), or the passage gives figures in digits.
    """
    def counted(m: NumberMention) -> bool:  # 一 and 两 (articles: 一项协议 "an agreement") are not counted
        # An ordinal with 第 counts: 三轮 … 第三名 is 3 twice, "three rounds … ranks the some" once. Where counts
        # matter an enumerator counts too: 三个方面 … 三是 is 3 twice, "several aspects … the third" once.
        small = small_count(m, text) or m.kind == "ordinal"
        return _strict(m) or formula_count(m, text) or (m.kind == "ordinal" and m.text.startswith("第") and not lenient(m)) \
            or (counts_small and small and not m.approximate and not lenient(m))

    source_counts = ValueIndex((m.value, 0) for m in src if counted(m) and not designation(m, text)
                               and not _quoted_characters(m, text) and not latin_name_figure(m, text, target))
    named = _names_own_figures(src, text, tgt, target)
    target_values = ValueIndex([(v, k) for k, m in enumerate(tgt) for v in m.values
                                if not designation(m, target) and k not in named]
                               + [(_TIMES[w.group().lower()], -1 - k) for k, w in enumerate(_TIMES_WORD.finditer(target))])
    name_values = {v for k in named for v in tgt[k].values}  # 737名员工 beside "Boeing 737": the count is owed
    already = set(missing)
    out: list[NumberMention] = []
    taken: set[float] = set()
    for mention in src:
        if not counted(mention) or exempt_in_source(mention, text) or mention in already or mention.kind in _ONE_DAY:
            continue
        if _quoted_characters(mention, text) or latin_name_figure(mention, text, target):
            continue
        in_source = len(source_counts.matches(mention.value))
        in_target = len(set(target_values.matches(mention.value)))  # a target mention counts once
        if (in_target or mention.value in name_values) and in_source > in_target and mention.value not in taken:
            out.append(mention)
            taken.add(mention.value)
    return out


# "1-in-5", "one in five", "1 out of 4": a share written as a ratio of two figures
_RATIO_BETWEEN = re.compile(r"(?:-in-|\s+in\s+|\s+out\s+of\s+|-out-of-)", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"成")  # 两成 is 20 %
_SHARE_SLACK = 0.5  # percentage points: 百分之三十三 is "1 in 3"


def ratio_rendered(src: list[NumberMention], source: str, tgt: list[NumberMention],
                   target: str) -> tuple[set[NumberMention], set[NumberMention]]:
    """约两成 → "about 1-in-5", 三分之一 → "one in three": a share of the source (a percentage, a fraction, 两成)
    that the target writes as a ratio of two figures. Returns the source share and the target's two figures
    when the ratio is that share; a ratio of another size (一成 "1-in-5") renders nothing."""
    shares = [m for m in src if m.kind in ("percent", "fraction") or _SHARE_AFTER.match(source, m.end)]
    src_out: set[NumberMention] = set()
    tgt_out: set[NumberMention] = set()
    if not shares:
        return src_out, tgt_out
    for first, second in zip(tgt, tgt[1:]):
        between = _RATIO_BETWEEN.fullmatch(target, first.end, second.start)
        if not between or not second.value or first.value >= second.value:
            continue
        percent = 100 * first.value / second.value
        share = next((s for s in shares if s not in src_out and abs(_percent_of(s) - percent) <= _SHARE_SLACK), None)
        if share is not None:  # one share per ratio: "1 in 5" renders one of two 20 %
            src_out.add(share)
            tgt_out.update((first, second))
    return src_out, tgt_out


def _percent_of(share: NumberMention) -> float:
    """The share in percent: 20% is 20, 三分之一 33.3, 两成 20 (never a bare figure read as a percent)."""
    if share.kind == "percent":
        return share.value
    if share.kind == "fraction":
        return 100 * share.value
    return 10 * share.value  # N成
