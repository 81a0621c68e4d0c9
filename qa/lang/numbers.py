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
from dataclasses import dataclass

_FULLWIDTH = str.maketrans("０１２３４５６７８９％．，＋", "0123456789%.,+")


@dataclass(frozen=True)
class NumberMention:
    """One number as written: its value, its exact text and where it is."""

    value: float
    text: str
    start: int
    end: int
    kind: str  # cardinal, ordinal, percent, date, month, fraction

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
        return _find_zh(text)
    return _find_en(text)


def loose_number_values(text: str, lang: str) -> set[float]:
    """Every value `text` may hold, including numerals inside words."""
    values = {round(m.value, 6) for m in find_numbers(text, lang)}
    if lang.startswith("zh"):
        for match in _ZH_RUN.finditer(text):
            run = match.group()
            for piece in _split_run(run):
                value = _parse_zh_numeral(piece)
                if value is not None:
                    values.add(round(value, 6))
            values.update(float(_ZH_DIGITS[ch]) for ch in run if ch in _ZH_DIGITS)
        values.update({1.0, 2.0} if "双" in text or "俩" in text else set())
    else:
        lowered = text.lower()
        for word, value in _EN_LOOSE_WORDS.items():
            if re.search(rf"\b{word}", lowered):
                values.add(value)
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
    r"|(?P<plan>十[一二三四五六七八九]五)(?![一二三四五六七八九十])"
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
            kind = "percent" if match.group("pct") else "cardinal"
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
    if len(run) > 2 and any(a in _ZH_DIGITS and b in _ZH_DIGITS and a not in "零〇○" and b not in "零〇○"
                            for a, b in zip(run, run[1:])) and not all(ch in _ZH_DIGITS for ch in run):
        return []  # 十七八: "seventeen or eighteen", a range
    mentions: list[NumberMention] = []
    pieces = _split_run(run)
    if len(pieces) > 1 and not ordinal:
        # "三四个" = three or four: two numbers, only when a measure word follows.
        if not _ZH_MEASURE.match(after) or len(pieces) != 2:
            return []
        offset = run_start
        for piece in pieces:
            value = _parse_zh_numeral(piece)
            if value is not None:
                mentions.append(NumberMention(value, raw[offset:offset + len(piece)], offset, offset + len(piece), "cardinal"))
            offset += len(piece)
        return mentions
    value = _parse_zh_numeral(run)
    if value is None:
        return []
    if ordinal:
        return [NumberMention(value, raw[start:end], start, end, "ordinal")]
    multi = len(run) > 1 and run != "一一"
    enumerator = (
        (before == "" or before in _ZH_CLAUSE_START)
        and (after[:1] in ("、", "是", "要", "）", ")") or after.startswith("方面"))
    )
    if enumerator:
        return [NumberMention(value, raw[start:end], start, end, "ordinal")]
    if _ZH_MEASURE.match(after) and not after.startswith(("分之",)):
        return [NumberMention(value, raw[start:end], start, end, "cardinal")]
    if multi and value >= 10:
        return [NumberMention(value, raw[start:end], start, end, "cardinal")]
    return []


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
