"""The whole of a foreign name jieba cut wrongly, as M106 reports it (霍莉到 → 霍莉, 米克尔|森 → 米克尔森).

jieba glues a transliterated name to the word after it (霍莉到 "Holly, so far") or cuts a longer one short
(米克尔|森 "Mickelson", 马|塔努斯|卡|苏西|特纳 "Matanuska-Susitna"): the name left out is the whole name, and
a finding that shows a cut of it reads as noise to an editor. Growing and trimming follow jieba's own cut
and tags: a neighbouring word made of transliteration characters that is no function word (的, 也, 和:
jieba's tags u, d, c, p, r, m, q, f) and no name of its own in the dictionary belongs to the name; a last
character no transliteration uses does not.
"""

from __future__ import annotations

from dataclasses import replace

from qa.lang import gazetteer
from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS
from qa.lang.transliteration import chinese_name
from qa.lang.zh_names import NameMention
from qa.terminology.entities import transliterated

_LONGEST = 10  # characters of a name grown over jieba's words: a place of two names runs to nine (马塔努斯卡苏西特纳)
_FUNCTION_TAGS = ("u", "d", "c", "p", "r", "m", "q", "f")  # particles, adverbs, conjunctions, prepositions,
# pronouns, numerals, measure words, localisers: 的 也 和 与 他 一 个 中 stand beside a name, never in it
_GLUED_TAGS = _FUNCTION_TAGS + ("v",)  # a last character jieba glued on: 到 "to", 说 "said"


def whole_foreign_name(mention: NameMention, source: str) -> NameMention:
    """The mention as the foreign name it is part of: a glued last character dropped, the words of the
    same name jieba cut off on either side added. A name the dictionary knows (巴西) is left as it is."""
    from qa.lang import cedict
    from qa.lang.segment import dictionary_tag, tokenize

    text, start = mention.text, mention.start
    letters = TRANSLITERATION_SYLLABLE_CHARS
    if gazetteer.kind_of(text) or gazetteer.english_names(text) or len(text) < 2:
        return mention  # 苏格兰 "Scotland", 尤文图斯 "Juventus": a name with an English name of its own
    if text[-1] not in letters and len(text) >= 3 and all(c in letters for c in text[:-1]) \
            and dictionary_tag(text[-1]).startswith(_GLUED_TAGS):
        text = text[:-1]  # 霍莉到: 到 "to" is no syllable of Holly; 州, 岛, 寇 (柯瑞兰寇) belong to the name
    if not all(c in letters for c in text) or (chinese_name(text) and not transliterated(text)):
        return mention  # 胡丽: a Chinese name, whose neighbours are words of their own
    words = tokenize(source)

    def joins(word: str) -> bool:
        """A piece of the name: transliteration characters, no function word, no name or word of the dictionary
        (历史, 比赛, 明星, 莱斯利 stand beside a name), no verb or adjective of one character (让, 高)."""
        tag = dictionary_tag(word)
        return all(c in letters for c in word) and not tag.startswith(_FUNCTION_TAGS) \
            and not gazetteer.kind_of(word) and not gazetteer.english_names(word) \
            and not (len(word) > 1 and cedict.contains(word)) and not (len(word) == 1 and tag.startswith(("v", "a")))

    end = start + len(text)
    for word, a, b in words:  # words after the mention, while they join it
        if a == end and b - start <= _LONGEST and joins(word):
            end = b
    for word, a, b in reversed(words):  # and before it
        if b == start and end - a <= _LONGEST and joins(word):
            start = a
    if (start, end) == (mention.start, mention.start + len(mention.text)):
        return mention
    whole = source[start:end]
    return replace(mention, text=whole, start=start, forms=(whole,))
