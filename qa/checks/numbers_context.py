"""What the rest of a news document tells the number checks: the dateline's day, the years it names.

A Chinese news story gives its date once (新华社北京12月12日电) and then writes
12日 for "that day"; an English reference may drop the repeated day or add the
story's year ("September 29 and 30, 2018"). Both are read once per document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Container

from qa.lang.numbers import loose_number_values

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


# "September 29 and 30, 2018", "October 1, 2018": a year written after a month and day.
_MONTH_DAY_BEFORE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)\s+[0-9]{1,2}(?:st|nd|rd|th)?(?:\s*(?:,|and|to|-|–)\s*[0-9]{1,2})?,?\s*$")
_DATE_LOOK_BACK = 40


def year_of_the_document(mention: NumberMention, ctx: PairContext) -> bool:
    """A year the target adds that the document's source gives elsewhere ("on September 29 and 30, 2018"
    for 29日至30日 in a story dated 2018), or that completes a date the source gives without its year
    (9月30日 → "September 30, 2018", where the source names no year): context made explicit, not a figure
    added. A year that replaces the source's own year is still seen, as that year is then missing."""
    if mention.kind != "cardinal" or not _YEAR.fullmatch(mention.text):
        return False
    target, source = ctx.pair.target, ctx.pair.source
    if not _YEAR.search(source.translate(FULLWIDTH)) and _MONTH_DAY_BEFORE.search(
            target, max(0, mention.start - _DATE_LOOK_BACK), mention.start):
        return True
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
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?（）()“”]")
_ENUM_TAIL = re.compile(r"(?:等|在内)?共?$")
_ITEM_MAX = 15  # characters of an enumerated item after the first (the first may carry the clause's opening)
_CLAUSE_LOOK_BACK = 80


def enumerated(mention: NumberMention, source: str) -> tuple[int, bool]:
    """(items, with others) of an enumeration just before the figure: 谭卫、何章鸿、赖斌三人 → (3, False),
    安徽、重庆等8省 → (2, True); (0, False) when the figure follows no enumeration of two or more items."""
    start = max(0, mention.start - _CLAUSE_LOOK_BACK)
    clause = source[start:mention.start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0)
    clause = clause[cut:]
    tail = _ENUM_TAIL.search(clause)
    others = "等" in tail.group()
    body = clause[:tail.start()]
    items = body.split("、")
    if "等" in items[-1]:  # 天水、…、哈密等丝绸之路沿线8个城市: the list ends at 等, a description follows
        items[-1], others = items[-1].split("等")[0], True
    if len(items) < 2 or any(not item or len(item) > _ITEM_MAX for item in items[1:]):
        return 0, False
    last = items[-1]
    joined = 1 if any(j in last[1:-1] for j in "和及与") else 0  # 谭卫、何章鸿和赖斌三人
    return len(items) + joined, others


def listed_count(mention: NumberMention, source: str) -> bool:
    """谭卫、何章鸿、赖斌三人, 财政部、国家税务总局、国家发展改革委、商务部四部门: the count of the items just
    named; a target that names them all has the count, whether or not it says "the three"."""
    items, others = enumerated(mention, source)
    return not others and items >= 2 and items == mention.value


def counted_with_others(src: list[NumberMention], tgt: list[NumberMention], target: str,
                        source_values: Container[float], source: str = "") -> tuple[set, set]:
    """耶鲁等3所名校 → "Yale and two other universities", 财政部等四部委 → "the Ministry of Finance and other three
    ministries", 安徽、重庆等8省 → "Anhui, Chongqing and other six provinces": N named as k plus N - k others.
    Returns the source and target mentions so accounted for (`source_values`: every value the source may
    hold, numerals inside words included)."""
    others = {m.value: m for m in tgt if _OTHER_AFTER.match(target, m.end)
              or _OTHER_BEFORE.search(target[max(0, m.start - 8):m.start])}
    if not others:
        return set(), set()
    named = {m: max(1, enumerated(m, source)[0]) for m in src}
    src_out = {m for m, k in named.items() if m.value - k in others}
    tgt_out = {m for value, m in others.items()
               if value + 1 in source_values or any(v.value - k == value for v, k in named.items())}
    return src_out, tgt_out


# ---------------------------------------------------------------- a source figure the target need not repeat

# 这3所, 这三个, 上述两项, 以上四点: a count that points back at things already named or counted.
_DEMONSTRATIVE = re.compile(r"(?:这|那|此|该|上述|以上|前述)(?:些)?$")
_BACK_PAIRS = 3  # earlier pairs looked at for the count a demonstrative points back to
# 每1个年度, 每满1年: "every year"; 一 after 每 is already lenient, the digit 1 is not.
_EVERY = re.compile(r"每满?$")
# 180度的大转变, 来个180度转弯: the figure of speech for a complete change ("turn around", "totally change").
_TURNAROUND = re.compile(r"度(?:的)?(?:大)?(?:转|变|逆转|掉头|调头)")
# 100%实现: "all", "fully"; a writer's 百分之百/百分二百 of effort: "our best".
_EMPHATIC_PERCENT = (100, 200)  # "a hundred per cent" / "two hundred per cent" sure
_WHOLE_WORDS = re.compile(r"\b(?:all|every|everyone|fully|full|entirely|completely|totally|whole|wholly|best|"
                          r"sure|certain|absolutely)\b", re.IGNORECASE)


def referred_back(mention: NumberMention, pair: Pair, ctx: PairContext) -> bool:
    """A count after a demonstrative (这3所 "these universities", 这三个 "which") refers to things the text has
    named or counted before: a small count in words, or one the pair or the pairs just before it give already."""
    if mention.kind != "cardinal" or not _DEMONSTRATIVE.search(pair.source, max(0, mention.start - 3), mention.start):
        return False
    if not mention.in_digits and mention.value <= 10:
        return True
    index = ctx.doc.memo("numbers.pair_index", lambda: {p.id: k for k, p in enumerate(ctx.doc.pairs)})
    k = index.get(pair.id, 0)
    before = [p.source for p in ctx.doc.pairs[max(0, k - _BACK_PAIRS):k]] + [pair.source[:mention.start]]
    lang = ctx.doc.profile.source.value
    return any(mention.value in loose_number_values(text, lang) for text in before)


# 七成新, 九成新: the condition of second-hand goods ("nearly new", "showed signs of wear").
_AS_NEW = re.compile(r"成新")
# 1:1平局, 2：2战平: a level score, "ended in a draw".
_LEVEL_SCORE = re.compile(r"(?<![0-9])([0-9]{1,2})\s?[:：比]\s?([0-9]{1,2})\s?(?:的)?(?:平|战平|打平|握手言和)")
_DRAW_WORDS = re.compile(r"\b(?:draw|drew|drawn|tie|tied|level|even|stalemate|all\s+square)\b", re.IGNORECASE)


def _level_score(mention: NumberMention, pair: Pair) -> bool:
    """The figure is one side of a level score (1:1平局) and the target says it was a draw. The score is
    looked for first, in a few characters of the source: the draw words are searched in the whole target,
    case-insensitively, and a page's figures asked it for every pair (5 ms of a new page)."""
    start = max(0, mention.start - 6)
    return any(m.group(1) == m.group(2) and start + m.start() <= mention.start < start + m.end()
               for m in _LEVEL_SCORE.finditer(pair.source[start:mention.end + 8])) \
        and _DRAW_WORDS.search(pair.target) is not None


def figure_of_speech(mention: NumberMention, pair: Pair) -> bool:
    """每1个年度 "every year"; 180度的大转变 "a complete change"; 100%实现 "all … are helped"; 尽百分之二百的力
    "try our best"; 七成新 "showed signs of wear"; 1:1平局 "ended in a draw": the figure is said in words,
    or is hyperbole."""
    before = pair.source[max(0, mention.start - 2):mention.start]
    if mention.value == 1 and _EVERY.search(before):
        return True
    if mention.value == 180 and _TURNAROUND.match(pair.source, mention.end):
        return True
    if _AS_NEW.match(pair.source, mention.end):
        return True
    if _level_score(mention, pair):
        return True
    if not mention.in_digits and before == "百分" and mention.value in _EMPHATIC_PERCENT:  # 百分二百, said loosely
        return True
    if mention.kind == "percent" and mention.value in _EMPHATIC_PERCENT:
        # 百分之百 / 百分之二百 as emphasis; 百分之一百二十 is a growth figure to give
        return not mention.in_digits or (mention.value == 100 and bool(_WHOLE_WORDS.search(pair.target)))
    return False


# ---------------------------------------------------------------- figures of a saying

# A saying the text introduces as one (俗话说, 俗语儿说的好, 常言道, 有句老话说, 古人云 …): the quotation that
# follows, or without quotation marks its next one or two clauses. Proverbs are translated by sense ("Even the
# Emperor has poor relations" for 朝廷还有三门子穷亲), so their Chinese-numeral figures are figures of speech.
# 古人/古话/古语/老话 count only as words of their own (not 考古人员, 老话剧), and the introduction must end in
# punctuation or a quotation mark (老话说了八遍 introduces nothing).
_SAYING_INTRO = (r"(?:(?:俗话|俗语儿?|常言|谚语|(?:(?<![\u4e00-\u9fff])|(?<=句))(?:古人|古话|古语|老话))"
                 r"(?:里|中)?(?:有|常|总是?)?(?:说|道|云|讲|曰)(?:得好|的好|得对|的对|过)?|有道是|子曰)")
_SAYING = re.compile(_SAYING_INTRO + r"(?:[，,：:]\s*(?=[“‘「『]?)|(?=[“‘「『]))"
                     r"(?:[“‘「『](?P<quoted>[^”’」』]+)|(?P<plain>[^，。；！？“‘「『]+(?:，[^，。；！？]+)?))")


@lru_cache(maxsize=64)
def _sayings(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every saying's body in `text`, found once per text."""
    spans = []
    for match in _SAYING.finditer(text):
        body = "quoted" if match.group("quoted") is not None else "plain"
        spans.append((match.start(body), match.end(body)))
    return tuple(spans)


def in_saying(mention: NumberMention, text: str) -> bool:
    """A Chinese-numeral figure inside a saying the text introduces as one."""
    if mention.in_digits:
        return False
    return any(start <= mention.start < end for start, end in _sayings(text))
