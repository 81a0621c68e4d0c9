"""Focus-adverb injector (issue 18): delete an English focusing or time adverb only where that loses a
meaning the source states.

An English "even", "only", "also", "first", "again", "already", "still" …
(a closed class of English grammar) is offered for deletion only when:

- the source says a Chinese adverb of its class as a word of its own (jieba's
  words: 甚至, 仅, 首次, 再次, 已经 …; 首 of 首都 or 只 of 一只 is none), in the
  source clause whose place in the pair matches the English adverb's (a
  Chinese adverb in another clause is rendered, or not, there);
- nothing else in the English sentence carries the sense: "already" after
  has/have/had (the perfect says 已 too), "also" beside "at the same time",
  "in addition", "too" (同时, 此外 join clauses);
- the adverb is no part of a fixed phrase whose deletion breaks the grammar
  rather than dropping a meaning: "not only … but also", "only to", "just in
  case", "just before", "Just imagine".

The choice reads English grammar, jieba's words and positions, never the
detector's qualifier list, so recall is not inflated by construction.
"""

from __future__ import annotations

import re

from qa.model import Pair

_FOCUS = re.compile(r"(?<![\w-])(even|only|just|merely|solely|also|especially|particularly|mainly|mostly|first|"
                    r"again|already|still) (?=[A-Za-z0-9])", re.I)
_ONLY = {"只", "仅", "仅仅", "只有", "只是", "仅有", "只能", "唯有", "惟有", "光", "单", "才", "只不过", "仅是"}
# the Chinese adverbs (范围副词, 语气副词, 时间副词: a closed class of Chinese grammar) each English one renders,
# as whole jieba words; clause joiners (同时, 此外, 另外, 并且) are no "also"
ZH_FOCUS: dict[str, frozenset[str]] = {
    "even": frozenset({"甚至", "甚而", "乃至", "连", "就连", "甚至于"}),
    "only": frozenset(_ONLY),
    "just": frozenset(_ONLY | {"刚", "刚刚", "只管"}),
    "merely": frozenset({"只", "仅", "仅仅", "只是", "只不过"}),
    "solely": frozenset({"只", "仅", "仅仅", "唯", "惟", "单", "单单"}),
    "also": frozenset({"也", "亦", "还", "也是", "还是", "也会", "还有", "还要", "也要"}),
    "especially": frozenset({"尤其", "特别", "尤为", "格外", "尤其是", "特别是", "尤"}),
    "particularly": frozenset({"尤其", "特别", "尤为", "格外", "尤其是", "特别是", "尤"}),
    "mainly": frozenset({"主要", "大多", "大都", "多为", "主要是"}),
    "mostly": frozenset({"主要", "大多", "大都", "多为", "大多数"}),
    "first": frozenset({"首次", "第一次", "首先", "初次", "率先", "首度", "第一", "头一次"}),
    "again": frozenset({"再", "又", "重新", "再次", "再度", "又一次", "重"}),
    "already": frozenset({"已", "已经", "早已", "业已", "已是"}),
    "still": frozenset({"仍", "仍然", "依然", "依旧", "还", "尚", "仍旧", "还是", "仍是"}),
}
# fixed phrases: deleting the adverb breaks the grammar, it drops no meaning of its own
_FIXED_AFTER = {
    "only": re.compile(r"only (?:to|if)\b", re.I),
    "just": re.compile(r"just (?:in case|as|before|after|then|now|at|like|imagine|about|because|when|so)\b", re.I),
    # "for the first time" (首次) and "the first quarter" (第一季度, an ordinal) lose their grammar, not a focus
    "first": re.compile(r"first (?:of all|time|times|quarter|half|place|round|stage|phase|batch|step|day|week|"
                        r"month|year|season|session|term|floor|class|lady|line|hand)\b|(?-i:[Ff]irst [A-Z])", re.I),
}
# 第一季度, 第一书记, 第一个: 第一 opening a longer word is an ordinal or a title, never the adverb "first"
_ORDINAL = re.compile(r"第一.")
_RANKED = frozenset("大批名位个届家款号期季轮")  # 第一 + these: a rank (第一大) or an ordinal count (第一批)
_FIXED_BEFORE = re.compile(r"\b(?:not|if|but)\s+$", re.I)  # not only, if only, but also
_PERFECT = re.compile(r"\b(?:has|have|had|having)(?:n['’]t| not)?\s+$|['’](?:s|ve|d)\s+$", re.I)
_ALSO_CARRIERS = re.compile(r"\b(?:at the same time|in addition|additionally|too|as well|moreover|furthermore|"
                            r"besides|likewise)\b", re.I)
_CLAUSE_ZH = re.compile(r"[^，。；：！？,;:!?\n]+")
_SENTENCE_EN = re.compile(r"[^.!?;]+[.!?;]*")
SLACK = 0.2  # how far (a share of the pair's length) the English adverb may stand from its source clause


def _source_words(source: str) -> list[tuple[str, int, str]]:
    from qa.lang.segment import segment

    out, at = [], 0
    for word, tag in segment(source):
        out.append((word, at, tag))
        at += len(word)
    return out


def _says(zh: str, counterparts: frozenset[str]) -> bool:
    """The jieba word is a counterpart, or opens with one of two characters (尤为重要, 首次访问); not 第一
    opening a longer word (第一季度, 第一书记, 第一个: ordinals and titles)."""
    if _ORDINAL.match(zh) and zh != "第一次":
        return False
    return zh in counterparts or any(len(c) >= 2 and zh.startswith(c) for c in counterparts)


def _adverb_use(n: int, words: list[tuple[str, int, str]]) -> bool:
    """Whether the source word at `n` is the adverb: not 又 of 又高又瘦 ("both … and"), not 特别 "special"
    before a noun (特别行政区); 特别 is the adverb before 是 or a verb or adjective."""
    zh = words[n][0]
    after = words[n + 1 : n + 4]
    if zh == "又":
        return not any(w == "又" for w, _, _ in after) and not any(w == "又" for w, _, _ in words[max(0, n - 3) : n])
    if zh == "第一":  # 第一大贸易国, 第一 批/名/位: a rank or an ordinal before a measure word, not "first" done
        return not after or not (after[0][2] == "q" or after[0][0][:1] in _RANKED)
    if zh == "特别":
        return bool(after) and (after[0][0] == "是" or after[0][2][:1] in ("v", "a", "d"))
    return True


def _counterpart_near(word: str, at: float, words: list[tuple[str, int, str]], source: str) -> bool:
    """Whether the source says the adverb's Chinese counterpart in a clause whose place matches `at`
    (the English adverb's relative position)."""
    clauses = [(m.start(), m.end()) for m in _CLAUSE_ZH.finditer(source)]
    for n, (zh, start, _) in enumerate(words):
        if not _says(zh, ZH_FOCUS[word]) or not _adverb_use(n, words):
            continue
        lo, hi = next(((a, b) for a, b in clauses if a <= start < b), (start, start + len(zh)))
        if lo / len(source) - SLACK <= at <= hi / len(source) + SLACK:
            return True
    return False


def _carried_elsewhere(word: str, target: str, start: int) -> bool:
    """Whether the English says the sense another way, or the adverb belongs to a fixed phrase."""
    before, after = target[:start], target[start:]
    fixed = _FIXED_AFTER.get(word)
    if (fixed and fixed.match(after)) or (word in ("only", "also") and _FIXED_BEFORE.search(before)):
        return True
    if word == "just" and (start == 0 or re.search(r"[.!?\"“”'‘]\s*$", before)):
        return True  # "Just imagine …", "Just at that moment …": a discourse opener, not 只
    if word == "already" and _PERFECT.search(before):
        return True
    if word == "also":
        sentence = next((m.group() for m in _SENTENCE_EN.finditer(target) if m.start() <= start < m.end()), target)
        return bool(_ALSO_CARRIERS.search(sentence))
    return False


def focus_adverbs(pair: Pair) -> list[tuple[int, int]]:
    """Spans of a focusing or time adverb (with its space) whose deletion loses what the source says."""
    if not pair.source.strip() or not pair.target.strip():
        return []
    words = _source_words(pair.source)
    spans = []
    for m in _FOCUS.finditer(pair.target):
        word = m.group(1).lower()
        if _carried_elsewhere(word, pair.target, m.start()):
            continue
        if _counterpart_near(word, m.start() / len(pair.target), words, pair.source):
            spans.append((m.start(), m.end()))
    return spans
