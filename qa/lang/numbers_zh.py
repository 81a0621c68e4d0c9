"""Chinese number mentions: Arabic figures with 万/亿, Chinese numerals, percentages, dates, ranges.

A Chinese numeral inside a word (一些, 统一, 一带一路, 十分, 百姓, 千方百计) is no
number; it counts only before a measure word (三个, 五大, 十四年), after 第, as
an enumerator (一、 二要 三是 （四）), or as a multi-character numeral (三十五,
二〇二一). Every look at the text around a numeral is bounded (a few characters,
or a token looked up by offset), so a paragraph is read in linear time.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterator

from qa.lang.number_mention import FULLWIDTH, NumberMention, candidate_matches
from qa.lang.numbers_calendar import calendar_mentions, century_with_decade, in_context
from qa.lang.segment import token_covering

_ZH_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUMERAL_CHARS = "".join(_ZH_DIGITS) + "".join(_ZH_UNITS) + "".join(_ZH_BIG)
_ZH_RUN = re.compile(f"[{_ZH_NUMERAL_CHARS}]+")
_ARABIC = r"[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?"

# Measure words and heads after which a Chinese numeral is a count ("三个", "五大要求").
_ZH_MEASURE = re.compile(
    r"(?:个|名|位|项|条|件|次|年|月|日|天|周年|周|岁|届|批|类|种|方面|大|点|起|家|所|座|支|级|层|"
    r"元|美元|人|户|村|省|市|县|倍|轮|期|部|份|台|辆|套|本|篇|章|节|场|首|处|只|头|片|块|张|间|"
    r"米|公里|千米|吨|公斤|斤|小时|分钟|秒|季度|成|笔|宗|例|组|团|艘|架|枚|颗|门|步|代|世纪|"
    r"中全会|号|阶段|环节|层面|领域|要素|部分|地|国|方|侧|遍|趟|拨|对|双|组)"
)
_ZH_SCALE = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000}
_ZH_PATTERNS = re.compile(
    r"(?P<ymd>(?<![0-9.])(?P<y>(?:19|20)[0-9]{2})(?P<sep>[./-])(?P<ym>[0-9]{1,2})(?P=sep)(?P<yd>[0-9]{1,2})(?![0-9]))"
    r"|(?P<code>(?<![0-9.])[0-9]+(?:\.[0-9]+){2,})"
    r"|(?P<date>(?P<month>[0-9]{1,2}) ?月 ?(?P<day>[0-9]{1,2})(?: ?[-—~至到] ?(?P<day2>[0-9]{1,2}))? ?(?:[日号]|(?=[和及、])))"
    r"|(?P<msec>(?<![0-9.])(?P<mm>[0-9]{1,2})分(?P<ss>[0-5]?[0-9])秒)"
    r"|(?P<clock>(?<![0-9.:：])(?P<hour>[0-9]{1,2})(?:\s?[时点](?:(?P<half>半)|\s?(?P<minute>[0-9]{1,2})\s?分)?"
    r"|[:：](?P<cminute>[0-9]{2}))(?![0-9]))"
    r"|(?P<dayonly>(?<![0-9.月])(?P<dnum>[0-9]{1,2})日(?![本元]))"
    r"|(?P<monthonly>(?<![0-9个])(?P<m2>[0-9]{1,2})\s?月(?!份?[0-9]))"
    r"|(?P<pctzh>百分之(?P<pnum>" + _ARABIC + r"|[" + _ZH_NUMERAL_CHARS + r"点]+))"
    r"|(?P<frac>(?P<den>[0-9]+|[" + _ZH_NUMERAL_CHARS + r"]+)分之(?P<numr>[0-9]+|[" + _ZH_NUMERAL_CHARS + r"]+))"
    r"|(?P<arabic>(?P<num>" + _ARABIC + r")(?P<more0>[多余](?=[十百千万亿]))?(?:\s?(?=[十百千万亿]))?"
    r"(?P<scale>(?:[十百千万亿](?![瓦米克卡焦帕伏赫]))*)(?P<tail>(?<=万)[0-9]{4}(?![0-9.,]))?(?P<more>[多余+]?)(?P<pct>%)?)"
    r"|(?P<plan>十[一二三四五六七八九]五)(?![一二三四五六七八九十]|[岁个年天人次名位种件条只斤里米])"
    r"|(?P<run>第?[" + _ZH_NUMERAL_CHARS + r"]+)"
)
# Before these a Chinese numeral is vague ("数十", "几百", "成千上万").
_ZH_VAGUE_BEFORE = "数几上成好"
# Characters that make a word with a following 一 (统一, 唯一, 之一, 进一步, 同一, 逐一).
_ZH_WORD_BEFORE_ONE = "统唯万之进同单划专归合逐整某"
_ZH_CLAUSE_START = " \n\t,，。；;：:、（(“\"——-…"


_AFTER_WINDOW = 8  # characters after a numeral that decide what it is (measure words are at most 3)

# Where a _ZH_PATTERNS match can start: every alternative takes first a digit, 百 (百分之), 第 or a Chinese
# numeral. Trying the big pattern only there finds what its finditer finds (lookbehinds still see the whole
# text), at a tenth of the cost: in Chinese prose most characters are none of these.
_ZH_CANDIDATE = re.compile(f"[0-9第{_ZH_NUMERAL_CHARS}]")


def _zh_matches(text: str) -> Iterator[re.Match]:
    """_ZH_PATTERNS.finditer(text), trying the pattern only where a match can start (_ZH_CANDIDATE)."""
    return candidate_matches(_ZH_PATTERNS, _ZH_CANDIDATE, text)


def find_zh(raw: str) -> list[NumberMention]:
    text = raw.translate(FULLWIDTH)
    found: list[NumberMention] = []
    for match in _zh_matches(text):
        start, end = match.span()
        span = raw[start:end]
        if match.group("ymd") or match.group("date") or match.group("clock") or match.group("dayonly") \
                or match.group("code"):
            found.extend(calendar_mentions(match, raw))
        elif match.group("msec"):  # 3分35秒: "3:35" on a match clock, or "3 minutes 35 seconds"
            minutes, seconds = float(match.group("mm")), float(match.group("ss"))
            found.append(NumberMention(minutes * 100 + seconds, span, start, end, "time", (minutes, seconds)))
        elif match.group("monthonly"):
            found.append(NumberMention(float(match.group("m2")), span, start, end, "month"))
        elif match.group("pctzh"):
            pnum = match.group("pnum")  # 百分之35点5, 百分之三十五点五
            value = _zh_or_arabic(pnum.replace("点", ".") if pnum[0].isdigit() else pnum)
            both = _zh_range(match.group("pnum")) or ([value] if value is not None else [])  # 百分之七八十: 70 or 80
            if both:
                found.append(NumberMention(both[0], span, start, end, "percent", tuple(both[1:])))
        elif match.group("frac"):
            den, num = _zh_or_arabic(match.group("den")), _zh_or_arabic(match.group("numr"))
            if den and num is not None:
                found.append(NumberMention(num / den, span, start, end, "fraction", (100 * num / den,)))  # 五分之一: 20%
        elif match.group("arabic"):
            value = float(match.group("num").replace(",", ""))
            for ch in match.group("scale"):
                value *= _ZH_SCALE[ch]
            value += float(match.group("tail") or 0)  # 2万4801 = 24,801
            rough = match.group("more0") or match.group("more") in ("多", "余")  # 300余万, 2000多万, 40余
            kind = "percent" if match.group("pct") else ("approx" if rough else "cardinal")
            found.append(NumberMention(value, span, start, end, kind))
        elif match.group("plan"):
            # 十四五 = the 14th Five-Year Plan: two numbers, 14 and 5.
            found.append(NumberMention(float(_parse_zh_numeral(span[:2])), span[:2], start, start + 2, "ordinal"))
            found.append(NumberMention(5.0, span[2], start + 2, end, "cardinal"))
        else:
            found.extend(_zh_run_mentions(text, raw, start, end))
    return century_with_decade([in_context(m, text) for m in found], text)


def _zh_or_arabic(token: str) -> float | None:
    if re.fullmatch(_ARABIC, token):
        return float(token.replace(",", ""))
    return _parse_zh_numeral(token)


def _zh_run_mentions(text: str, raw: str, start: int, end: int) -> list[NumberMention]:
    """A run of Chinese numerals, kept only when it reads as a number."""
    ordinal = text[start] == "第"
    run_start = start + 1 if ordinal else start
    run = text[run_start:end]
    after = text[end : end + _AFTER_WINDOW]
    if run and run[0] in "百千" and not ordinal and after[:1] and after[0] in _ZH_APPROX_AFTER and len(run) == 1:
        value = float(_ZH_UNITS[run[0]])  # 百余人, 千余名: "over a hundred"
        return [NumberMention(value, raw[start:end], start, end, "approx")]
    if not run or run[0] in _ZH_BIG or (run[0] in "百千" and not ordinal):
        return []  # 万一, 千万, 百姓, 千方百计: words, not numbers
    before = text[start - 1] if start > 0 else ""
    if before and before in _ZH_VAGUE_BEFORE and not ordinal:
        return []
    if run == "一" and before and before in _ZH_WORD_BEFORE_ONE:
        return []  # 统一, 唯一, 之一, 进一步: 一 is part of a word
    if len(run) > 1 and run.endswith("两"):
        end -= 1  # 二十两: 两 is the tael measure word here
        run = run[:-1]
        after = text[end : end + _AFTER_WINDOW]
    if not ordinal and _lexical_numeral(text, run_start, end):
        return []  # 茅十八 (a name), 七零八落 (an idiom), 四处 "everywhere"
    span = raw[start:end]
    if not ordinal and _ascending_digits(run):  # 三四五六年级: grades 3, 4, 5 and 6
        return [NumberMention(float(_ZH_DIGITS[ch]), raw[k], k, k + 1, "cardinal") for k, ch in enumerate(run, start)]
    range_values = _zh_range(run)
    if range_values is not None:
        if ordinal or not (_ZH_MEASURE.match(after) or after[:1] in _ZH_BIG):
            return []  # 一五一十, 三三两两: idioms, not ranges
        scale = _ZH_BIG.get(after[:1], 1)
        values = [v * scale for v in range_values]
        return [NumberMention(values[0], span, start, end, "approx", tuple(values[1:]))]
    if len(run) > 2 and any(a in _ZH_DIGITS and b in _ZH_DIGITS and a not in "零〇○" and b not in "零〇○"
                            for a, b in zip(run, run[1:])) and not all(ch in _ZH_DIGITS for ch in run):
        return []  # 七零八: not a numeral
    value = _parse_zh_numeral(run)
    if value is None:
        return []
    if after[:1] and after[0] in _ZH_APPROX_AFTER and not ordinal and (len(run) > 1 or run in "十百千"):
        # 四十多年, 二十几两, 十来个, 一百多亿: a rough figure; a scale after the marker multiplies it.
        if after[1:2] and after[1] in _ZH_BIG:
            value *= _ZH_BIG[after[1]]
            end += 2
            span = raw[start:end]
        elif after[:1] == "来" and not _ZH_MEASURE.match(after[1:]):
            value = None
        if value is not None:
            return [NumberMention(value, span, start, end, "approx")]
    if ordinal:
        return [NumberMention(value, span, start, end, "ordinal")]
    return _by_context(NumberMention(value, span, start, end, "cardinal"), run, before, after,
                       text[max(0, start - 2):start])


def _by_context(mention: NumberMention, run: str, before: str, after: str, two_before: str = "") -> list[NumberMention]:
    """A plain numeral, kept as an enumerator (一、 二是, 其四，), a decade (八十年代), a count before a measure
    word, or a multi-character numeral of ten or more; dropped otherwise."""
    enumerator = (
        (before == "" or before in _ZH_CLAUSE_START)
        and (after[:1] in ("、", "是", "要", "）", ")") or after.startswith("方面"))
    ) or (  # 其一，… 其四，…: "first, … fourth, …"
        before == "其" and (len(two_before) < 2 or two_before[0] in _ZH_CLAUSE_START) and after[:1] in "，,：:、")
    if enumerator:
        return [replace(mention, kind="ordinal")]
    if after.startswith("年代"):  # 八十年代: the eighties, the 1980s
        return [replace(mention, kind="decade", alternatives=(1900 + mention.value,))]
    if _ZH_MEASURE.match(after) and not after.startswith(("分之",)):
        return [mention]
    multi = len(run) > 1 and run != "一一"
    if multi and mention.value >= 10:
        return [mention]
    return []


_ZH_APPROX_AFTER = "多余几来"


def _ascending_digits(run: str) -> bool:
    """三四五六, 二四五: a list of small figures, not a numeral (二〇二一, 一九八四 are years)."""
    digits = [_ZH_DIGITS.get(ch, 0) for ch in run]
    return len(run) >= 3 and all(0 < a < b for a, b in zip(digits, digits[1:]))


def _zh_range(run: str) -> list[float] | None:
    """Values of an approximate range: 三四 (3, 4), 十七八 (17, 18), 七八十 (70, 80), 三二十 (20, 30)."""
    digits = [i for i, ch in enumerate(run) if ch in _ZH_DIGITS and ch not in "零〇○"]
    pairs = [i for i in digits if i + 1 in digits]
    if len(pairs) != 1:
        return None
    i = pairs[0]
    a, b = _ZH_DIGITS[run[i]], _ZH_DIGITS[run[i + 1]]
    if abs(a - b) not in (1, 2) and (a, b) != (3, 2):  # 三二十: "twenty or thirty"
        return None
    head, tail = run[:i], run[i + 2:]
    big = 1
    if tail[-1:] in _ZH_BIG:  # 三四万: 30,000 or 40,000
        big, tail = _ZH_BIG[tail[-1]], tail[:-1]
    if tail and (tail not in _ZH_UNITS or head):
        return None  # 七八十 = 70-80, but 一五一十 is not a range
    first = _parse_zh_numeral(head + run[i] + tail) if head or tail else float(a)
    second = _parse_zh_numeral(head + run[i + 1] + tail) if head or tail else float(b)
    if first is None or second is None or (head and head[-1] not in _ZH_UNITS):
        return None
    return sorted([first * big, second * big])


def _lexical_numeral(text: str, start: int, end: int) -> bool:
    """The numeral is part of a word that is not a quantity: a name (茅十八), an idiom
    (七零八落, 五湖四海), or a dictionary word whose first sense holds no number
    (四处 "everywhere", 十万八千里 "light-years apart").

    Uses the shared jieba segmentation (its tokens indexed by offset once per
    text, so each numeral is a lookup, not a scan of the paragraph) and CC-CEDICT.
    """
    token = token_covering(text, start, end)
    if token is None:
        return False
    word, tag = token
    if len(word) <= end - start:
        return False
    if tag in _LEXICAL_TAGS:
        return True
    return _dictionary_word_without_number(word)


# jieba tags of words that are not quantities: names, idioms and set phrases, locatives (四周),
# adverbs (一再), verbs and adjectives (一致); numerals are tagged m (三个), mq, q or t (三月).
_LEXICAL_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "i", "l", "f", "d", "v", "vn", "a", "ad", "b", "z"})
_NUMBER_IN_GLOSS = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|(?:first|second|third)(?:ly)?|half|dozen|single|double|triple|both)\b", re.IGNORECASE)


def _dictionary_word_without_number(word: str) -> bool:
    from qa.lang import cedict

    entries = cedict.lookup(word)
    if not entries:
        return False
    return all(not e.definitions or not _NUMBER_IN_GLOSS.search(e.definitions[0]) for e in entries)


def _split_run(run: str) -> list[str]:
    """Split "三四" into ["三", "四"] (approximate ranges); other runs stay whole."""
    if len(run) == 2 and all(ch in _ZH_DIGITS and ch not in "零〇○" for ch in run):
        a, b = _ZH_DIGITS[run[0]], _ZH_DIGITS[run[1]]
        if b == a + 1:
            return [run[0], run[1]]
    return [run]


def _parse_zh_numeral(token: str) -> float | None:
    """Value of a Chinese numeral (三十五, 两千, 二〇二一, 1.5), or None if malformed."""
    token = token.lstrip("第")
    if not token:
        return None
    if re.fullmatch(r"[0-9.]+", token):
        try:
            return float(token)
        except ValueError:
            return None
    if "点" in token:
        whole, _, frac = token.partition("点")
        whole_value = _parse_zh_numeral(whole)
        if whole_value is None or not frac or any(ch not in _ZH_DIGITS for ch in frac):
            return None
        return float(f"{int(whole_value)}.{''.join(str(_ZH_DIGITS[c]) for c in frac)}")
    if any(ch not in _ZH_NUMERAL_CHARS for ch in token):
        return None
    if len(token) >= 2 and all(ch in _ZH_DIGITS for ch in token):
        if len(token) >= 3:
            return float("".join(str(_ZH_DIGITS[ch]) for ch in token))  # 二〇二一
        return None  # 三四: a range, split by the caller
    total = section = number = 0
    last_unit = 10**12
    for ch in token:
        if ch in _ZH_DIGITS:
            number = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            unit = _ZH_UNITS[ch]
            if unit >= last_unit and section:
                return None  # 十四五, 一五一十: not one numeral
            section += (number or 1) * unit
            number = 0
            last_unit = unit
        elif ch == "万":
            section = (section + number) * 10_000
            total += section
            section = number = 0
            last_unit = 10**12
        else:  # 亿
            total = (total + section + number) * 100_000_000
            section = number = 0
            last_unit = 10**12
    return float(total + section + number)


