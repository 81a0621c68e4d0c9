"""Source qualifiers a translation must carry (甚至 'even', 首次 'first time', 约 'about', 超过 'more than') and
the English that renders them.

A qualifier changes what a sentence claims (about 300 is not 300; the first
time is news; a pilot is not the scheme); dropping it loses a meaning while
the sentence still reads well. Each entry's English is its CC-CEDICT senses
plus the renderings translators use on the dev corpora (MAC-Dev, WMT22,
WMT19). Only qualifiers that translators keep were listed: words they drop
or restructure routinely (也, 都, 进一步, 大力 …) are not. Focusing and time
adverbs (再次, 仍然, 尤其, 率先 …) are read in place by qa.lang.focus_adverbs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from qa.lang.focus_adverbs import EVEN, FIRST_TIME, FOCUS_OPENINGS, focus_adjustment, focus_use
from qa.lang.qualifier_entry import Qualifier

_NUMBER = re.compile(r"^\s*(?:[有为占达]?)(?:[0-9０-９.,]+|[一二三四五六七八九十百千万亿两几数]+)")  # 约有2000万, 约为0.14
_NUMBER_END = re.compile(r"(?:[0-9０-９]|[一二三四五六七八九十百千万亿两])[\u4e00-\u9fff%％℃/]{0,3}$")  # 5000万亩以上
_TIME_SPAN = re.compile(r"^[有]?(?:[0-9０-９]+|[一二三四五六七八九十百千两几数]+)(?:个)?(?:年|月|日|天|周|星期|季度|世纪|小时)")


_ABOUT = ("about", "approximate\\w*", "around", "roughly", "some", "nearly", "almost", "or so", "close to",
          "circa", "approx\\.?", "~", "more or less", "estimated")
_NEARLY = ("nearly", "almost", "close to", "closely", "about", "approximate\\w*", "around", "roughly",
           "near\\w*", "up to", "just (?:under|below|short)", "approach\\w*", "or so")
_MORE = ("more than", "over", "above", "exceed\\w*", "surpass\\w*", "beyond", "in excess", "upwards?",
         "outnumber\\w*", "plus", "at least", "overtak\\w*", "\\+", "or more", "greater than", "higher than",
         "larger than", "topp?\\w*", "ahead of")
_ODD_MORE = ("more than", "over", "above", "odd", "plus", "upwards?", "in excess", "exceed\\w*", "\\+",
             "dozens", "hundreds", "thousands", "several", "nearly", "almost", "at least", "or so", "or more")

# "more than" with its negation a few words before: "would not last for more than 3 minutes" (不得超过3分钟)
_NEGATED_MORE = r"(?:not|never|cannot|impossible|\w+n't)(?:\W+\w+){0,5}?\W+(?:more than|over|exceed\w*)"
_EXTREME = "as (?:young|old|early|late|little|few|low|high|far|much|many|short|small) as"  # "some as young as 11"

QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier("甚至", "even", ("even", "so far as", "to the extent", "to the point", "going so far", "further\\w*",
                               "moreover", "what is more", "what's more", "not only",
                               _EXTREME)),  # 甚至只有11岁 "as young as 11"
    Qualifier("首次", "for the first time", FIRST_TIME, once=True),  # as 首度, 初次 (qa.lang.focus_adverbs)
    # 连…都/也 'even' (连 alone is 'link', 'in a row': _read_in_place) and 乃至 'and even', counted once beside 甚至;
    # 连 is read here but reported by A008 only (OFF_BY_DEFAULT_WORDS)
    Qualifier("连", "even", EVEN, once=True),
    Qualifier("乃至", "even", EVEN, once=True),
    Qualifier("试点", "pilot", ("pilot\\w*", "trial\\w*", "tr(?:y|ied|ies|ying)", "experiment\\w*", "test\\w*",
                             "demonstration")),
    Qualifier("约", "about", _ABOUT, before_number=True),
    Qualifier("大约", "about", _ABOUT, before_number=True),
    Qualifier("左右", "about", _ABOUT, after_number=True),
    Qualifier("近", "nearly", _NEARLY, before_number=True),
    Qualifier("将近", "nearly", _NEARLY),
    Qualifier("接近", "nearly", _NEARLY, before_number=True),
    Qualifier("近时", "in the past", ("past", "recent\\w*", "last", "latest", "within", "lately", "previous",
                                    "nearly", "almost", "close to", "about", "around")),  # 近20年来: read in place
    Qualifier("超过", "more than", _MORE),
    Qualifier("超", "more than", _MORE, before_number=True),
    Qualifier("逾", "more than", _MORE + ("dozens", "hundreds", "thousands", "millions"), before_number=True),
    Qualifier("以上", "more than", _MORE + ("no (?:less|fewer) than", "not less than", "minimum",
                                          "and (?:more|above|over|up)", "or (?:above|over|up)"),
              after_number=True, not_before="以下"),
    Qualifier("余", "more than", _ODD_MORE, after_number=True),
    Qualifier("多", "more than", _ODD_MORE + ("a few",), after_number=True),
    Qualifier("以下", "less than", ("less than", "under", "below", "or less", "at most", "up to", "within", "lower",
                                   "maximum", "no more than", "not more than", "fewer than", "not exceed\\w*", "or fewer",
                                   "or below", "or under", "and (?:less|below|under|fewer)"),
              after_number=True, not_after="以上|至|到|[-~～]"),
    Qualifier("不到", "less than", ("less than", "under", "below", "fewer than", "short of", "not even", "nearly",
                                   "almost", "not quite", "not yet", "just under", "shy of", "within", "before"),
              before_number=True),
    Qualifier("不足", "less than", ("less than", "under", "below", "fewer than", "short of", "not even", "nearly",
                                   "almost", "insufficient", "not enough", "just under", "shy of"), before_number=True),
    Qualifier("不少于", "at least", ("at least", "minimum", "no (?:less|fewer) than", "not (?:less|fewer) than",
                                     "or more", "and (?:more|above|over)", "over", "more than")),
    Qualifier("不低于", "at least", ("at least", "minimum", "no (?:less|lower) than", "not (?:less|lower) than",
                                     "or more", "or higher", "and above", "above", "over", "more than")),
    Qualifier("许", "about", _ABOUT + ("just (?:after|past)", "past", "after"), after_number=True),
    Qualifier("只有", "only", ("only", "just", "mere\\w*", "solely", "alone", "as few as", "as little as",
                               "no more than", "a handful", _EXTREME), before_number=True),
    Qualifier("不超过", "no more than", ("no more than", "not more than", "less than", "under", "below", "up to",
                                         "within", "maximum", "at most", "not exceed\\w*", "no higher", "not over",
                                         "fewer than", "no greater", _NEGATED_MORE)),
    Qualifier("高达", "as high as", ("as high as", "as much as", "as many as", "up to", "amount\\w* to",
                                     "as large as", "as long as", "no less than", "whopping", "reach\\w*", "high\\w*",
                                     "to the tune of")),
    Qualifier("至少", "at least", ("at least", "minimum", "no (?:less|fewer) than", "not less than", "least")),
    Qualifier("仅", "only", ("only", "just", "mere\\w*", "solely", "alone", "as few as", "as little as", "but",
                             "no more than", "exclusively", "a handful")),
    Qualifier("仅有", "only", ("only", "just", "mere\\w*", "solely", "alone", "as few as", "as little as",
                               "no more than", "a handful")),
    # 只/才 directly before a counted figure (只需要2.9秒, 下单才 5 分钟, 他才3岁): read by pattern (_ONLY_FIGURE)
    Qualifier("只", "only", ("only", "just", "mere\\w*", "solely", "alone", "as few as", "as little as", "but",
                             "no more than", "a handful", "barely", _EXTREME), before_number=True),
    Qualifier("才", "only", ("only", "just", "mere\\w*", "as few as", "as little as", "no more than", "barely",
                             "until", "not until", "when", _EXTREME), before_number=True),
    Qualifier("仅仅", "only", ("only", "just", "mere\\w*", "solely", "alone", "no more than", "simply")),
    Qualifier("唯一", "the only", ("only", "sole\\w*", "unique\\w*", "single", "one and only", "alone", "last",
                                   "exclusive\\w*", "no other")),
    Qualifier("存量", "existing stock", ("existing", "stock\\w*", "outstanding", "inventor\\w*", "remaining",
                                       "current", "in place", "accumulated", "already")),
    Qualifier("增量", "increment", ("increment\\w*", "additional", "new", "increas\\w*", "added", "extra",
                                    "growth", "more")),
)
_BY_WORD = {q.word: q for q in QUALIFIERS}
# 5点多 "just after five": 多 after a clock hour
_CLOCK_PAST = Qualifier("多", "just after", ("past", "after", "more than", "over", "or so", "about", "around"),
                        after_number=True)
_VERB_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![还尚已均都共仅总约达的了为有是从由])$")
_BY_PATTERN = frozenset({"多", "余", "许", "约", "近", "超", "逾", "只", "才"})  # read by pattern, not from jieba's words
SAME_FIGURE = 8  # characters: 约30万吨左右 says "about" once, with two words
_ODD = re.compile(r"(?<=[0-9０-９十百千万亿])(多|余)(?=[\u4e00-\u9fff])|(?<=[0-9０-９十][点时])(多|许)")  # 二十多年, 100余家; not 这一多边
# 约, 近, 超, 逾 before a figure, found by pattern: jieba glues them to the figure or the verb before (近千名,
# 占地近, 达近, 逾百人); 最近, 附近, 将近, 大约, 节约, 赶超 … are other words.
_BEFORE_FIGURE = re.compile(r"(?<![最附将接靠临就贴邻亲相大预节制条签赶高])(约|近|超(?!过)|逾)")
# 只 and 才 before a figure with its unit or measure word (只需要2.9秒, 才 5 分钟, 只占5%): "only"; 只要一翘脚 "as soon as"
# (no unit after 一), 不只 "not only", 只有 (a word of its own), the measure word of 这只/每只 are not read here
_ONLY_FIGURE = re.compile(r"(?<![不])((?<![这那每哪各某一二两三四五六七八九十几数0-9０-９])只|才)(?!有)(?:需要?|要(?!是)|用了?|花了?|剩下?|占|为)?\s*(?=(?:[0-9０-９][0-9０-９.,]*|"
                          r"[一二三四五六七八九十两半几][一二三四五六七八九十百千万亿两]*)\s*(?:[%％]|个|名|位|岁|年|月|日|天|周|"
                          r"分钟|秒|小时|元|块|米|公里|斤|吨|次|家|人|件|台|辆|所|条|项|种|成|倍|美元))")
_NOT_ONLY_TAGS = ("m", "q", "mq", "t", "n", "nr", "ns", "nt", "nz")
_THEN = re.compile(r"[^。！？；，,]*[，,]\s*(?:就|便|都|也)")  # 只要 …，就 …: "as long as", a condition (只要3天就能完成 is "only")
_RANGE_END = re.compile(r"(?:[一二三四五六七八九][一二三四五六七八九]|[0-9]+\s*[-~～至到]\s*[0-9]+)[\u4e00-\u9fff%％℃]{0,2}$")

# 连一个弯都没转错, 连一分钱也没有: 连 + 一 + a measure (and noun) + 都/也 + a negation is "not even one"
_NOT_EVEN_ONE = re.compile(r"^一[\u4e00-\u9fff]{1,4}?[都也][没不未无别]")
_NEGATION = ("not", "\\w+n['’]t", "never", "no", "none", "nothing", "nobody", "without", "a single", "at all",
             "neither", "nor")
# 连…都/也 'even': translators carry it by restructuring ("nowhere to be found" for 连卡车司机都找不到, "impossible
# to slack off"): 6 of its 7 clean findings were noise (bench/review), so A007 leaves it to A008, off by default
OFF_BY_DEFAULT_WORDS = frozenset({"连"})
# 苏格兰、英国乃至世界: items joined by 、 right before 乃至, in the same clause
_LIST_BEFORE = re.compile(r"、[^，,。；;！？!?：:、]{1,12}$")


@dataclass(frozen=True)
class QualifierUse:
    qualifier: Qualifier
    start: int
    end: int


def qualifier_uses(source: str) -> list[QualifierUse]:
    """The listed qualifiers the source uses as words of their own (jieba), in reading order."""
    from qa.lang.segment import segment

    uses, at = [], 0
    words = segment(source)
    noun_ends, start, word_starts = set(), 0, {}
    for word, tag in words:
        if len(word) >= 2 and tag in ("n", "ns", "nt", "nz"):  # not a guess: 由约/new, 任约/nrg (在任约有3年)
            noun_ends.add(start + len(word) - 1)
        word_starts[start] = tag
        start += len(word)
    for m in _ODD.finditer(source):  # jieba joins 多 to the measure word (20多项 → 多项): read by pattern
        k = 1 if m.group(1) else 2  # 5点多, 7时许: a clock time, "just after 5", "around 7"
        qualifier = _CLOCK_PAST if k == 2 and m.group(2) == "多" else _BY_WORD[m.group(k)]
        uses.append(QualifierUse(qualifier, m.start(k), m.end(k)))
    for m in _ONLY_FIGURE.finditer(source):
        if word_starts.get(m.start(1)) in (None, *_NOT_ONLY_TAGS):
            continue  # inside a word (人才, 刚才, 这只) or another word (一只/m)
        if source.startswith("只要", m.start(1)) and _THEN.match(source, m.end()):
            continue  # 只要两个人同意，就可以开会 "as long as two people agree"; 门票只要5元 "only 5 yuan"
        uses.append(QualifierUse(_BY_WORD[m.group(1)], m.start(1), m.start(1) + len(m.group().rstrip())))
    for m in _BEFORE_FIGURE.finditer(source):
        if m.start() in noun_ends:
            continue  # the last character of a noun jieba cuts as one (纽约一名 "New York's one …", 条约); not
            # 人口约50万, where 口约 is a string the tagger knows but the cut is 人口 + 约
        qualifier = _read_in_place(_BY_WORD[m.group(1)], source, m.start(), m.end())
        if qualifier and _in_place(qualifier, source, m.start(), m.end()):
            uses.append(QualifierUse(qualifier, m.start(), m.end()))
    for n, (word, _) in enumerate(words):
        if word not in _BY_WORD and word[:1] not in FOCUS_OPENINGS:  # most words: neither kind of qualifier
            at += len(word)
            continue
        qualifier = _read_in_place(_BY_WORD.get(word), source, at, at + len(word))
        if qualifier and word not in _BY_PATTERN and _in_place(qualifier, source, at, at + len(word)):
            negated = qualifier.word == "不超过" and word != qualifier.word  # 不能超过: the span from its 不
            start = source.rindex("不", max(0, at - 2), at) if negated else at
            uses.append(QualifierUse(qualifier, start, at + len(word)))
        elif focus := focus_use(words, n):  # 再次, 尤其, 依然, 率先 … (qa.lang.focus_adverbs)
            uses.append(QualifierUse(focus[0], at, at + focus[1]))
        at += len(word)
    return sorted(uses, key=lambda u: u.start)


def _read_in_place(qualifier: Qualifier | None, source: str, start: int, end: int) -> Qualifier | None:
    """近 before a time span is "in the past" (近20年来); 超过 after 不 is "no more than"."""
    if qualifier is None:
        return None
    if qualifier.word == "近" and _TIME_SPAN.match(source[end:]):
        return _BY_WORD["近时"]
    if qualifier.word in ("超过", "超") and re.search(r"不[会能得应可]?$", source[max(0, start - 2) : start]):
        return _BY_WORD["不超过"]
    if qualifier.word in ("不到", "不足") and _VERB_BEFORE.search(source[max(0, start - 1) : start]):
        return None  # 做不到100 "cannot reach 100", 奶奶不到六岁就 "when she was six": a verb's complement
    if qualifier.word == "连" and not re.search(r"^[^，,。；;！？!?：:]*?[都也]", source[end:]):
        return None  # 连续, 连接, 一连三天: 连 'even' is 连…都/也
    if qualifier.word == "连" and _NOT_EVEN_ONE.match(source[end:]):
        # 连一句话都没说 "without saying a word": "not even one" is said by the English negation itself
        return replace(qualifier, english=qualifier.english + _NEGATION)
    if qualifier.word == "乃至" and "从" in source[max(0, start - 20) : start]:
        return replace(qualifier, english=qualifier.english + ("to",))  # 从几万元乃至几十万元 "from … to …": a range
    if qualifier.word == "乃至" and _LIST_BEFORE.search(source[:start]):
        # 苏格兰、英国乃至世界 "the Scottish, UK and world": 乃至 closing a list is the list's "and"
        return replace(qualifier, english=qualifier.english + ("and",))
    return qualifier


def _in_place(qualifier: Qualifier, source: str, start: int, end: int) -> bool:
    if qualifier.before_number and not _NUMBER.match(source[end:]):
        return False
    if qualifier.not_after and re.search(qualifier.not_after, source[max(0, start - 12) : start]):
        return False
    if qualifier.not_before and qualifier.not_before in source[end : end + 12]:
        return False
    if qualifier.after_number and _RANGE_END.search(source[:start]):
        return False  # 六七级左右 "force 6-7": a range is approximate already
    return not qualifier.after_number or bool(_NUMBER_END.search(source[:start]))


@lru_cache(maxsize=None)
def renderings(alternatives: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a meaning's renderings, longest first and then alphabetical (the same
    alternation in every run), compiled once; qa.lang.focus_optin matches with it too."""
    ordered = sorted(set(alternatives), key=lambda a: (-len(a), a))
    return re.compile(r"(?<![\w])(?:" + "|".join(ordered) + r")(?![\w])", re.I)


def missing_qualifiers(source: str, target: str) -> list[tuple[QualifierUse, int, int, str]]:
    """(use, times the source says it, times the English renders it, the English figure it qualifies
    or "") for the uses the English lacks.

    A qualifier of a figure (约300, 50岁左右) whose figure the English writes is judged at that
    figure: it is lost when no occurrence of the figure has a rendering beside it ("nearly 2
    million" cut to "2 million" though "around a dozen thousand" follows). The other uses are
    counted by meaning (约 and 左右 are both "about"): when the source says "about" twice and the
    English once, the later use is the one reported; a rendering elsewhere in a long pair does not
    excuse a second figure's lost "about".
    """
    from qa.lang.numbers import find_numbers
    from qa.lang.segment import segment

    words = list(segment(source))
    figures = [m for m in find_numbers(target, "en") if m.kind != "date"]
    sources = find_numbers(source, "zh")
    by_meaning: dict[str, list[QualifierUse]] = {}
    out = []
    for use in qualifier_uses(source):
        at_figure = _at_figure(use, source, sources, target, figures)
        if at_figure is None:
            by_meaning.setdefault(use.qualifier.gloss, []).append(use)
        elif at_figure:
            out.append((use, 1, 0, at_figure))
    for uses in by_meaning.values():
        uses = [u for k, u in enumerate(uses) if not k or u.start - uses[k - 1].end > SAME_FIGURE
                or _ZH_SENTENCE_END.search(source, uses[k - 1].end, u.start)]  # 仍然爱着她。她仍然: two
        alternatives = tuple(sorted({a for u in uses for a in u.qualifier.english}))
        pattern = renderings(alternatives)
        found = max(0, len(pattern.findall(target)) + focus_adjustment(uses[0].qualifier.gloss, words, target))
        uses = _counted_once(uses, source)
        if found < len(uses):  # one finding per meaning: the first use the English lacks
            out.append((_lacking(uses, found, source, target, pattern), len(uses), found, ""))
    return sorted(out, key=lambda m: m[0].start)


_ZH_SENTENCE_END = re.compile(r"[。！？；!?;]")
_EN_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z\"“‘'])")


def _counted_once(uses: list[QualifierUse], source: str) -> list[QualifierUse]:
    """A focusing adverb said twice in one sentence is often rendered once (仍然 … 仍 "still"): there it
    counts once (Qualifier.once), and not at all beside a word of its meaning counted each time; each
    sentence says it anew (他仍然爱着她。她仍然爱着他。 needs two)."""
    by_sentence: dict[int, list[QualifierUse]] = {}
    for use in uses:
        by_sentence.setdefault(len(_ZH_SENTENCE_END.findall(source, 0, use.start)), []).append(use)
    return [u for said in by_sentence.values() for u in ([u for u in said if not u.qualifier.once] or said[:1])]


def _lacking(uses: list[QualifierUse], found: int, source: str, target: str, pattern: re.Pattern[str]) -> QualifierUse:
    """The use to report: when source and English have as many sentences, the first use whose sentence's
    English lacks it (房价依然高企。但成交量仍然下降。 "… are high. But sales still fell.": 依然); else the
    first use past the renderings found."""
    zh = [s for s in _ZH_SENTENCE_END.split(source) if s.strip()]
    en = [s for s in _EN_SENTENCE_END.split(target.strip()) if s.strip()]
    if len(zh) == len(en) > 1:
        said: dict[int, list[QualifierUse]] = {}
        for use in uses:  # its sentence: the non-empty sentences ended before it
            ended = [s for s in _ZH_SENTENCE_END.split(source[: use.start])[:-1] if s.strip()]
            said.setdefault(len(ended), []).append(use)
        for k, here in sorted(said.items()):
            rendered = len(pattern.findall(en[k])) if 0 <= k < len(en) else 0
            if rendered < len(here):
                return here[rendered]
    return uses[found]


# meanings that qualify the figure they stand before, wherever they are listed (超过, 将近, 高达, 至少, 仅 …)
_OF_FIGURES = frozenset({"about", "nearly", "more than", "less than", "no more than", "as high as", "at least",
                         "only"})
WINDOW_BEFORE = 5  # English words before a figure that may carry its qualifier ("a little more than 100")
WINDOW_AFTER = 4  # and after it ("300 or so", "20-odd years", "75 inches and above", "six meters (20 feet) high")
_SINCE = re.compile(_TIME_SPAN.pattern + "(?:来|以来)")  # 接近100年来最低 "close to the lowest in 100 years"
_EN_WORD = re.compile(r"[\w'’.+~/-]+|[+~]")


def _at_figure(use: QualifierUse, source: str, sources: list, target: str, figures: list) -> str | None:
    """The English figure a figure's qualifier is lost from ("" when the English renders the qualifier
    beside the figure); None when the use qualifies no figure or the English does not write that
    figure (then it is counted by meaning)."""
    q = use.qualifier
    if q.after_number:  # 50岁左右; 6300多名, whose figure the number reader reads with its 多 ("6300多")
        figure = next((m for m in sources if use.start - 3 <= m.end <= use.end and m.start < use.start), None)
    elif q.before_number or q.gloss in _OF_FIGURES:  # 约300; 超过100次, 高达6米 directly before their figure
        figure = next((m for m in sources if use.end <= m.start <= use.end + 1), None)
    else:  # 甚至, 首次, 近20年来 "in the past 20 years": said of the sentence, not of a figure
        return None
    if figure is not None and figure.approximate and len(figure.values) > 1:
        return ""  # a range (约有一二十个 "between ten and twenty") is rough by itself
    if figure is None or _SINCE.match(source[use.end : figure.end + 6]):
        return None  # 接近100年来最低 may qualify what follows the span
    values = {round(v, 6) for v in figure.values}
    here = [m for m in figures if values & {round(v, 6) for v in m.values}]
    if not here:
        return None
    if any(m.text.endswith("s") for m in here):  # "in their 20s" is rough by itself
        return ""
    pattern = renderings(q.english)
    for m in here:
        before = _EN_WORD.findall(target[max(0, m.start - 80) : m.start])[-WINDOW_BEFORE:]
        after = _EN_WORD.findall(target[m.end : m.end + 60])[:WINDOW_AFTER]
        glued = target[m.start - 1 : m.start] + target[m.end : m.end + 1]
        if pattern.search(" ".join(before)) or pattern.search(" ".join(after)) or pattern.search(f" {glued} "):
            return ""
    return here[0].text
