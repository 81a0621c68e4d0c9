"""Number mentions in Chinese and English text, normalised to values.

Both languages are reduced to plain values so that "2000万" and "20 million",
"1.12亿" and "112 million", "10万+" and "100,000+", "百分之三十" and
"30 percent", "2月2日" and "February 2", "十四五" and "14th Five-Year Plan"
compare equal. Each mention keeps its span exactly as it stands in the text.

Two views:
- `find_numbers` returns *strict* mentions: text a reader takes as a number.
  Chinese numerals inside words (一些, 统一, 一带一路, 十分, 百姓, 千方百计)
  are not numbers; a Chinese numeral counts only before a measure word
  (三个, 五大, 十四年), after 第, as an enumerator (一、 二要 三是 （四）),
  or as a multi-character numeral (三十五, 二〇二一). English "one" as a
  pronoun ("one of the", "no one") is not a number.
- `loose_number_values` returns every value a text could be read as holding,
  numerals inside words included (三力 → 3, "triple" → 3). Checks use it to
  excuse a number on the other side rather than to report one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_FULLWIDTH = str.maketrans("０１２３４５６７８９％．，＋", "0123456789%.,+")


@dataclass(frozen=True)
class NumberMention:
    """One number as written: its value, its exact text and where it is."""

    value: float
    text: str
    start: int
    end: int
    kind: str  # cardinal, ordinal, percent, date, month, fraction, approx, decade
    # Other values the mention may stand for: 十四五岁 "fourteen or fifteen" (14, 15),
    # 八十年代 "the eighties" or "the 1980s" (80, 1980). Approximate mentions have kind "approx".
    alternatives: tuple[float, ...] = ()

    @property
    def values(self) -> tuple[float, ...]:
        """The value and its alternatives."""
        return (self.value, *self.alternatives)

    @property
    def approximate(self) -> bool:
        """A range or a rough figure (十四五岁, 四十多年, 二十几两, 百余): any of its values, or none, may be translated."""
        return self.kind in ("approx", "decade")

    @property
    def in_digits(self) -> bool:
        """Written with digits (strict) rather than as a word or Chinese numeral."""
        return any(ch.isdigit() for ch in self.text.translate(_FULLWIDTH))


def number_values(text: str, lang: str) -> list[float]:
    """Values of the strict number mentions of `text`, in order."""
    return [m.value for m in find_numbers(text, lang)]


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Strict number mentions of `text` ("zh" or "en"), in order of position."""
    if lang.startswith("zh"):
        return [_with_republic_year(m, text) for m in _find_zh(text)]
    return _find_en(text)


# 民国元年 = 1912, 民国三十八年 = 1949: Republic-era years, which translations give in the Western calendar.
REPUBLIC_EPOCH = 1911


def _with_republic_year(mention: NumberMention, text: str) -> NumberMention:
    """民国三十八年 may be translated "1949": the Western year becomes one of the mention's values."""
    if text[max(0, mention.start - 2) : mention.start] == "民国" and text[mention.end : mention.end + 1] == "年":
        return replace(mention, alternatives=(*mention.alternatives, REPUBLIC_EPOCH + mention.value))
    return mention


def loose_number_values(text: str, lang: str) -> set[float]:
    """Every value `text` may hold, including numerals inside words."""
    values = {round(v, 6) for m in find_numbers(text, lang) for v in m.values}
    if lang.startswith("zh"):
        for match in _ZH_RUN.finditer(text):
            run = match.group()
            for piece in _split_run(run):
                value = _parse_zh_numeral(piece)
                if value is not None:
                    values.add(round(value, 6))
            values.update(float(_ZH_DIGITS[ch]) for ch in run if ch in _ZH_DIGITS)
            values.update(float(_ZH_SCALE[ch]) for ch in run if ch in _ZH_SCALE)  # 万种 "ten thousand kinds"
        values.update({1.0, 2.0} if "双" in text or "俩" in text else set())
        if "民国元年" in text:  # 元 is not a numeral, so no mention carries this year
            values.add(float(REPUBLIC_EPOCH + 1))
    else:
        lowered = text.lower()
        for word, value in _EN_LOOSE_WORDS.items():
            if re.search(rf"\b{word}", lowered):
                values.add(value)
        for m in find_numbers(text, lang):  # "four decades" = 40 years, "two centuries" = 200 years
            unit = re.match(r"\s+(decades?|centuries|century)\b", lowered[m.end:])
            if unit:
                values.add(round(m.value * (10 if unit.group(1).startswith("decade") else 100), 6))
        for match in re.finditer(r"\b[a-z]+(?:-[a-z]+)*\b", lowered):
            for part in match.group().split("-"):
                if part in _EN_UNITS:
                    values.add(float(_EN_UNITS[part]))
                elif part in _EN_TENS:
                    values.add(float(_EN_TENS[part]))
                elif part in _EN_ORDINALS:
                    values.add(float(_EN_ORDINALS[part]))
    return values


def same_value(a: float, b: float) -> bool:
    """Equal up to rounding noise (1.12 × 10⁸ and 112 × 10⁶)."""
    if a != int(a) or b != int(b):  # 2.726 and 2.7255: one side rounded
        return abs(a - b) <= 1e-3 * max(1.0, abs(a), abs(b))
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# ---------------------------------------------------------------- Chinese

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
    r"(?P<date>(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})[日号])"
    r"|(?P<monthonly>(?<![0-9个])(?P<m2>[0-9]{1,2})月(?!份?[0-9]))"
    r"|(?P<pctzh>百分之(?P<pnum>" + _ARABIC + r"|[" + _ZH_NUMERAL_CHARS + r"点]+))"
    r"|(?P<frac>(?P<den>[0-9]+|[" + _ZH_NUMERAL_CHARS + r"]+)分之(?P<numr>[0-9]+|[" + _ZH_NUMERAL_CHARS + r"]+))"
    r"|(?P<arabic>(?P<num>" + _ARABIC + r")(?P<scale>[十百千万亿]*)(?P<more>[多余+]?)(?P<pct>%)?)"
    r"|(?P<plan>十[一二三四五六七八九]五)(?![一二三四五六七八九十]|[岁个年天人次名位种件条只斤里米])"
    r"|(?P<run>第?[" + _ZH_NUMERAL_CHARS + r"]+)"
)
# Before these a Chinese numeral is vague ("数十", "几百", "成千上万").
_ZH_VAGUE_BEFORE = "数几上成好"
# Characters that make a word with a following 一 (统一, 唯一, 之一, 进一步, 同一, 逐一).
_ZH_WORD_BEFORE_ONE = "统唯万之进同单划专归合逐整某"
_ZH_CLAUSE_START = " \n\t,，。；;：:、（(“\"——-…"


def _find_zh(raw: str) -> list[NumberMention]:
    text = raw.translate(_FULLWIDTH)
    found: list[NumberMention] = []
    for match in _ZH_PATTERNS.finditer(text):
        start, end = match.span()
        span = raw[start:end]
        if match.group("date"):
            value = int(match.group("month")) * 100 + int(match.group("day"))
            found.append(NumberMention(float(value), span, start, end, "date"))
        elif match.group("monthonly"):
            found.append(NumberMention(float(match.group("m2")), span, start, end, "month"))
        elif match.group("pctzh"):
            value = _zh_or_arabic(match.group("pnum").replace("点", "."))
            if value is not None:
                found.append(NumberMention(value, span, start, end, "percent"))
        elif match.group("frac"):
            den, num = _zh_or_arabic(match.group("den")), _zh_or_arabic(match.group("numr"))
            if den and num is not None:
                found.append(NumberMention(num / den, span, start, end, "fraction"))
        elif match.group("arabic"):
            value = float(match.group("num").replace(",", ""))
            for ch in match.group("scale"):
                value *= _ZH_SCALE[ch]
            kind = "percent" if match.group("pct") else ("approx" if match.group("more") in ("多", "余") else "cardinal")
            found.append(NumberMention(value, span, start, end, kind))
        elif match.group("plan"):
            # 十四五 = the 14th Five-Year Plan: two numbers, 14 and 5.
            found.append(NumberMention(float(_parse_zh_numeral(span[:2])), span[:2], start, start + 2, "ordinal"))
            found.append(NumberMention(5.0, span[2], start + 2, end, "cardinal"))
        else:
            found.extend(_zh_run_mentions(text, raw, start, end))
    return found


def _zh_or_arabic(token: str) -> float | None:
    if re.fullmatch(_ARABIC, token):
        return float(token.replace(",", ""))
    return _parse_zh_numeral(token)


def _zh_run_mentions(text: str, raw: str, start: int, end: int) -> list[NumberMention]:
    """A run of Chinese numerals, kept only when it reads as a number."""
    ordinal = text[start] == "第"
    run_start = start + 1 if ordinal else start
    run = text[run_start:end]
    after = text[end:]
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
        after = text[end:]
    if not ordinal and _lexical_numeral(text, run_start, end):
        return []  # 茅十八 (a name), 七零八落 (an idiom), 四处 "everywhere"
    span = raw[start:end]
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
    multi = len(run) > 1 and run != "一一"
    enumerator = (
        (before == "" or before in _ZH_CLAUSE_START)
        and (after[:1] in ("、", "是", "要", "）", ")") or after.startswith("方面"))
    )
    if enumerator:
        return [NumberMention(value, span, start, end, "ordinal")]
    if after.startswith("年代"):  # 八十年代: the eighties, the 1980s
        return [NumberMention(value, span, start, end, "decade", (1900 + value,))]
    if _ZH_MEASURE.match(after) and not after.startswith(("分之",)):
        return [NumberMention(value, span, start, end, "cardinal")]
    if multi and value >= 10:
        return [NumberMention(value, span, start, end, "cardinal")]
    return []


_ZH_APPROX_AFTER = "多余几来"


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

    Uses jieba through qa.terms (one shared, lazily loaded copy) and CC-CEDICT.
    """
    from qa.terms import segment

    pos = 0
    for word, tag in segment(text):
        word_end = pos + len(word)
        if pos <= start and end <= word_end:
            if len(word) <= end - start:
                return False
            if tag in _LEXICAL_TAGS:
                return True
            return _dictionary_word_without_number(word)
        if pos >= end:
            return False
        pos = word_end
    return False


# jieba tags of words that are not quantities: names, idioms and set phrases, locatives (四周),
# adverbs (一再), verbs and adjectives (一致); numerals are tagged m (三个), mq, q or t (三月).
_LEXICAL_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz", "i", "l", "f", "d", "v", "vn", "a", "ad", "b", "z"})
_NUMBER_IN_GLOSS = re.compile(
    r"[0-9]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|first|second|third|half|dozen|single|double|triple|both)\b", re.IGNORECASE)


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


# ---------------------------------------------------------------- English

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
                   "quadruple": 4, "dozen": 12, "decade": 10, "centur": 100, "centenary": 100,
                   "centennial": 100, "half": 0.5, "quarter": 0.25, "a hundred": 100,
                   "a thousand": 1000, "a million": 1_000_000, "a billion": 1_000_000_000}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9,
          "X": 10, "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}

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
_EN_PATTERNS = re.compile(
    r"(?P<date>\b(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+(?P<day>[0-9]{1,2})(?:st|nd|rd|th)?\b(?!,?[0-9]))?)"
    r"|(?P<roman>(?:^|(?<=\n))\s*(?P<rn>[IVX]{1,4})(?=[.)]\s))"
    r"|(?P<digits>(?<![\w.])(?<![A-Za-z]-)(?P<num>[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)"
    r"(?P<suffix>st|nd|rd|th|s)?(?:\s*(?P<scale>hundred|thousand|million|billion|trillion)\b)?"
    r"(?P<plus>\+)?(?:\s*(?P<pct>%|percent\b|per\s+cent\b))?)"
    r"|(?P<ordword>\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:"
    + "|".join(sorted(_EN_ORDINALS, key=len, reverse=True)) + r")\b)"
    r"|(?P<words>" + _EN_WORD_NUMBER.pattern + r")",
    re.IGNORECASE,
)
# "one" that is a pronoun or determiner, not a count.
_ONE_PRONOUN_BEFORE = re.compile(r"\b(?:no|any|every|each|some|this|that|the|which|no-|someone|the only|a)\s*$", re.IGNORECASE)
_ONE_PRONOUN_AFTER = re.compile(r"^\s*(?:of\b|another\b|'s\b|’s\b|by\s+one\b|and\s+(?:the\s+)?same\b|who\b|that\b|which\b)", re.IGNORECASE)


def _find_en(text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for match in _EN_PATTERNS.finditer(text):
        start, end = match.span()
        if match.group("date"):
            month_word = match.group("month")
            day = match.group("day")
            if month_word.lower() == "may" and (month_word == "may" or not day):
                if not re.search(r"\b(?:in|of|since|until|by|early|late|mid-?)\s*$", text[:start], re.IGNORECASE):
                    continue
            if month_word[0].islower():
                continue
            month = _EN_MONTHS[month_word.lower()]
            if day:
                found.append(NumberMention(float(month * 100 + int(day)), match.group(), start, end, "date"))
            else:
                found.append(NumberMention(float(month), match.group(), start, end, "month"))
        elif match.group("roman"):
            numeral = match.group("rn")
            if numeral in _ROMAN:
                s = match.start("rn")
                found.append(NumberMention(float(_ROMAN[numeral]), numeral, s, s + len(numeral), "ordinal"))
        elif match.group("digits"):
            value = float(match.group("num").replace(",", ""))
            scale = match.group("scale")
            if scale:
                value *= _EN_SCALES[scale.lower()]
            suffix = (match.group("suffix") or "").lower()
            kind = "percent" if match.group("pct") else ("ordinal" if suffix in ("st", "nd", "rd", "th") else "cardinal")
            span_end = match.end()
            found.append(NumberMention(value, text[start:span_end], start, span_end, kind))
        elif match.group("ordword"):
            word = match.group().lower()
            tens, _, unit = word.rpartition("-")
            value = _EN_ORDINALS[unit] + (_EN_TENS[tens] if tens else 0)
            if word == "second" and re.match(r"^\s*(?:s\b|hand\b)", text[end:], re.IGNORECASE):
                continue
            if re.search(r"\b(?:a|another)\s+$", text[max(0, start - 9):start], re.IGNORECASE) \
                    and not re.match(r"^\s+of\b", text[end:]):
                continue  # "one …, another …, a third …": a pronoun, not a count
            found.append(NumberMention(float(value), match.group(), start, end, "ordinal"))
        else:
            mention = _en_word_mention(text, start, end)
            if mention is not None:
                found.append(mention)
    return found


def _en_word_mention(text: str, start: int, end: int) -> NumberMention | None:
    span = text[start:end]
    lowered = span.lower()
    kind = "cardinal"
    body = lowered
    pct = re.search(r"\s+(?:percent|per\s+cent)$", body)
    if pct:
        kind = "percent"
        body = body[: pct.start()]
    tokens = [t for t in re.split(r"[-\s]+", body) if t and t != "and"]
    if tokens == ["one"]:
        if _ONE_PRONOUN_BEFORE.search(text[:start]) or _ONE_PRONOUN_AFTER.match(text[end:]):
            return None
    value = _en_words_value(tokens)
    if value is None:
        return None
    return NumberMention(float(value), span, start, end, kind)


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


# ---------------------------------------------------------------- measures

# Units to SI (metres, kilograms, square metres): a figure with a unit may be converted in translation
# (一米六零 → "five feet four inches", 六十公斤 → "about 130 pounds", 二十英尺 → "six-meter").
_ZH_UNIT_SI = {
    "平方公里": ("area", 1e6), "平方米": ("area", 1.0), "公顷": ("area", 1e4), "亩": ("area", 666.67),
    "公里": ("length", 1000.0), "千米": ("length", 1000.0), "厘米": ("length", 0.01), "毫米": ("length", 0.001),
    "英尺": ("length", 0.3048), "英寸": ("length", 0.0254), "英里": ("length", 1609.344), "米": ("length", 1.0),
    "里": ("length", 500.0), "丈": ("length", 3.333), "尺": ("length", 0.3333), "寸": ("length", 0.03333),
    "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001), "m": ("length", 1.0),
    "公斤": ("mass", 1.0), "千克": ("mass", 1.0), "kg": ("mass", 1.0), "斤": ("mass", 0.5), "克": ("mass", 0.001),
    "吨": ("mass", 1000.0), "磅": ("mass", 0.4536),
}
_EN_UNIT_SI = {
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "yard": ("length", 0.9144), "yards": ("length", 0.9144),
    "mile": ("length", 1609.344), "miles": ("length", 1609.344), "li": ("length", 500.0),
    "meter": ("length", 1.0), "meters": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0), "m": ("length", 1.0),
    "centimeter": ("length", 0.01), "centimeters": ("length", 0.01), "centimetre": ("length", 0.01),
    "centimetres": ("length", 0.01), "cm": ("length", 0.01), "millimeters": ("length", 0.001), "mm": ("length", 0.001),
    "kilometer": ("length", 1000.0), "kilometers": ("length", 1000.0), "kilometre": ("length", 1000.0),
    "kilometres": ("length", 1000.0), "km": ("length", 1000.0),
    "pound": ("mass", 0.4536), "pounds": ("mass", 0.4536), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536),
    "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "kilo": ("mass", 1.0), "kilos": ("mass", 1.0),
    "kg": ("mass", 1.0), "jin": ("mass", 0.5), "catty": ("mass", 0.5), "catties": ("mass", 0.5),
    "ton": ("mass", 1000.0), "tons": ("mass", 1000.0), "tonne": ("mass", 1000.0), "tonnes": ("mass", 1000.0),
    "ounce": ("mass", 0.02835), "ounces": ("mass", 0.02835),
    "acre": ("area", 4046.86), "acres": ("area", 4046.86), "hectare": ("area", 1e4), "hectares": ("area", 1e4),
    "mu": ("area", 666.67),
}
_ZH_UNIT = re.compile("|".join(sorted(map(re.escape, _ZH_UNIT_SI), key=len, reverse=True)))
_ZH_HEIGHT = re.compile(r"([一两1-2])米([一二三四五六七八九零〇0-9]{1,2})(?![0-9一二三四五六七八九十百千万])")
_EN_UNIT = re.compile(r"^[\s-]*(" + "|".join(sorted(_EN_UNIT_SI, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """A figure with a unit, in SI units; `mentions` are the number mentions it is made of."""

    dimension: str
    si_value: float
    mentions: tuple[NumberMention, ...]


def find_measures(text: str, lang: str, mentions: list[NumberMention] | None = None) -> list[Measure]:
    """Figures with a length, mass or area unit: 六十公斤, 一米六零, "five feet four inches", "130 pounds"."""
    mentions = find_numbers(text, lang) if mentions is None else mentions
    out: list[Measure] = []
    if lang.startswith("zh"):
        for match in _ZH_HEIGHT.finditer(text):  # 一米六零 = 1.60 m, 一米七 = 1.7 m
            metres = _zh_or_arabic(match.group(1)) or 0
            decimals = "".join(str(_ZH_DIGITS.get(ch, ch)) for ch in match.group(2))
            inside = tuple(m for m in mentions if match.start() <= m.start < match.end())
            out.append(Measure("length", float(f"{int(metres)}.{decimals}"), inside))
        taken = {m for measure in out for m in measure.mentions}
        for m in mentions:
            unit = _ZH_UNIT.match(text, m.end)
            if unit and m not in taken:
                dimension, factor = _ZH_UNIT_SI[unit.group()]
                out.append(Measure(dimension, m.value * factor, (m,)))
        return out
    previous: Measure | None = None
    for m in mentions:
        unit = _EN_UNIT.match(text[m.end:])
        if not unit:
            continue
        dimension, factor = _EN_UNIT_SI[unit.group(1).lower()]
        measure = Measure(dimension, m.value * factor, (m,))
        # "five feet four inches": the smaller unit right after adds to the bigger one.
        if previous and previous.dimension == dimension and 0 <= m.start - previous.mentions[-1].end <= 12 \
                and previous.si_value > measure.si_value:
            out[-1] = Measure(dimension, previous.si_value + measure.si_value, previous.mentions + (m,))
        else:
            out.append(measure)
        previous = out[-1]
    return out


def same_measure(a: Measure, b: Measure, tolerance: float = 0.12) -> bool:
    """Same dimension and equal within rounding of a unit conversion (60 kg ≈ 130 pounds)."""
    return a.dimension == b.dimension and abs(a.si_value - b.si_value) <= tolerance * max(a.si_value, b.si_value)
