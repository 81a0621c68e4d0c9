"""Negation on both sides: does a source that negates have an English that negates anything at all?

A dropped negation flips the meaning (我不知道 → "I did know") and no other check sees it: every word may
still be rendered. English negates in many ways besides "not" (without, fail, unable, lack, un-, dis-,
-less, few, less than …), so the English counts as negating when any such cue stands anywhere in it, and
the source counts only where its negation cannot turn into an antonym or vanish by idiom:

- 不 before an adjective, adverb or numeral, or before a comparison (不多 "small", 不高 "low", 不超过 "less
  than") is left out: English says those with an antonym;
- a question by negation (能不能, 是不是, 明白了没有？) and a double negation (不得不 "have to", 非…不可) are
  not negations of the statement;
- a negation in a question (不是北京城里的大妓院？ is rhetorical: "it must be…"), in a relative clause (你不知道的
  资讯 "more about cars", 不懂的问 "ask what you want to know") or in 要不 "or else" is often said positively;
- words that merely contain 不/无/非 (不断 "constantly", 无人机 "drone", 非常 "very") are separate jieba
  words and never looked at.
"""

from __future__ import annotations

import re

from qa.lang.segment import segment

NEGATIONS = frozenset({
    "不", "没", "没有", "未", "并未", "从未", "并不", "从不", "绝不", "决不", "从没", "尚未", "未能", "不能", "不会", "不要",
    "不可", "无法", "不得", "不必", "不用", "未曾", "不肯", "不愿", "不想", "不再", "毫不", "毫无", "并非", "绝非", "不是", "非",
})
_SINGLE = frozenset({"不", "没", "未", "非"})  # a one-character negation can fuse with an adjective into an antonym
# 不多 "small", 不超过 "less than", 不是小钱 "a lot of money", 没问题 "works fine": English says an antonym
_ANTONYM_AFTER = frozenset({"超过", "多", "少", "够", "足", "大", "小", "高", "低", "长", "久", "远", "好", "对", "错", "满", "问"})
_DOUBLE_WITHIN = 4  # words: 不得不, 非…不可, 不能不, 没有…不
_CUE = re.compile(
    r"(?i)\b(?:not|no|never|none|nothing|nobody|nowhere|neither|nor|without|cannot|\w*n[’']t|fail\w*|unable|"
    r"lack\w*|refus\w*|den(?:y|ies|ied|ial)|ban|bans|banned|banning|prohibit\w*|forbid\w*|avoid\w*|instead|rather|"
    r"hardly|barely|scarcely|seldom|rarely|few|fewer|little|less|absen\w*|stop\w*|prevent\w*|ceas\w*|halt\w*|"
    r"miss|missed|missing|misses|anti\w*|against|beyond|yet|until|unless|other than|apart from|neglect\w*|"
    r"ignor\w*|minus|zero|exclud\w*|except\w*|outstanding|anachron\w*|asymmetr\w*|atypical\w*)\b")
# Words negated by a prefix whose remainder is an English word (unknown, unfit, inedible, impossible,
# dishonest, non-manufacturing, non-UK), or by -less (homeless). A cue too many costs recall (the pair's dropped
# negation is hidden), a cue too few makes noise; the words below pass the prefix test but negate nothing and
# are the commonest of them in the news references (a stem is matched: increase, increased, increasing).
_PREFIXED = re.compile(r"\b(?:[Uu]n|[Nn]on-?|[Ii]n|[Ii]m|[Ii]r|[Ii]l|[Dd]is)([a-z]{3,})\b|\b[Nn]on-[A-Z][A-Za-z]*\b"
                       r"|\b[a-z]{3,}less\b")
_NOT_NEGATIVE = re.compile(
    r"(?i)(?:unless|bless|nevertheless|regardless|unitless|increas|inform|improv|invest|innovat|income|import|impact|"
    r"immediate|display|discover|discuss|district|dispatch|distribut|disput|dish|install|inside|insight|invite|"
    r"invent|intend|intent|interest|inspect|insist|instal|impress|impos|imply|implement|input|index|indeed|"
    r"induct|infra|initial|inject|injur|inquir|inner|insert|insur|intern|integr|invad|invas|irrigat|illustrat)")
_SENTENCE_END = frozenset({"。", "！", "!", "…", ".", "；", ";", "\n", "？", "?"})
_QUESTION_MARKS = frozenset({"？", "?"})


def source_negations(source: str) -> list[str]:
    """The source's negations of a statement (see the module docstring for what is left out)."""
    tokens = segment(source)
    asking = _sentences_asking(tokens)
    found: list[tuple[str, int]] = []
    for i, (word, _) in enumerate(tokens):
        if word not in NEGATIONS:
            continue
        before = tokens[i - 1][0] if i else ""
        after, after_tag = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        if before and after and (before[-1] == after[:1] or before[-1] == word[-1]):
            continue  # 是不是, 能不能 (能 / 不能 / 送到)
        if (word in _SINGLE and after_tag[:1] in ("a", "d", "m")) or after[:1] in _ANTONYM_AFTER:
            continue  # 不多 "small", 不是小钱 "a lot of money"
        if (word, before) == ("不", "要") or "的" in (w for w, _ in tokens[i + 1 : i + 3]):
            continue  # 要不 "or else"; 你不知道的资讯
        if asking[i]:
            continue  # 明白了没有？, 不是北京城里的大妓院？
        found.append((word, i))
    if any(b - a <= _DOUBLE_WITHIN for (_, a), (_, b) in zip(found, found[1:])):
        return []
    return [word for word, _ in found]


def _sentences_asking(tokens) -> list[bool]:
    """For each token, whether its sentence ends with a question mark: one pass from the end, so a long
    text without full stops costs no more than one with them."""
    asking, answer = [False] * len(tokens), False
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i][0].strip(" ") or tokens[i][0]
        if word in _SENTENCE_END:
            answer = word in _QUESTION_MARKS
        asking[i] = answer
    return asking


def english_negates(target: str) -> bool:
    """Whether any word of the English negates, restricts or denies: a cue word, a negative prefix on an
    English word, or -less."""
    if _CUE.search(target):
        return True
    from qa.lang.en_dictionary import is_english_word

    return any(not _NOT_NEGATIVE.match(m.group()) and (m.group(1) is None or is_english_word(m.group(1).lower()))
               for m in _PREFIXED.finditer(target))
