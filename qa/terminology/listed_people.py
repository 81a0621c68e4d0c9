"""People the source names in a byline or a list, where a short name is a name and no word.

A personal name with a one-character given name (周娜) is too often a word to be judged
missing (M106) alone; after 记者 "reporter", beside another name in a list, or in a run
of three names written together (罗剑李羽梁军, a shop's list of authors) it is a name.
"""

from __future__ import annotations

import re

from qa.lang import gazetteer
from qa.lang.zh_names import NameMention
from qa.terminology.entities import strong_kind

_LIST_MARKS = frozenset(" 、，,\u3000")
_BYLINE = re.compile(r"(?:记者|通讯员|摄影|实习生|撰稿|撰文)[\s\u3000]*$")


def byline_person(mention: NameMention, source: str) -> bool:
    """A surname and a one-character given name right after 记者 "reporter" or 通讯员 "correspondent"
    (（记者倪伟）, 记者 王萍): a byline, where it is a name and no word."""
    return strong_kind(mention, (1, 2), lenient=True) == gazetteer.PERSON \
        and _BYLINE.search(source[max(0, mention.start - 6) : mention.start]) is not None


def listed_person(mention: NameMention, source: str, everyone: list[NameMention]) -> bool:
    """A personal name with a one-character given name (周娜) next to another person's name, apart only
    by a space or a list comma: a byline or a list of names (（周娜 滕怀金）), where it is no word. One of
    the two may have a given name that is also a word (王海洲 "sea island", 顾天成 "natural"): the list
    makes it a name. Two sure names written together with nothing between are a list too."""
    sure = strong_kind(mention, (1, 2)) == gazetteer.PERSON
    if not sure and strong_kind(mention, (1, 2), lenient=True) != gazetteer.PERSON:
        return False
    end = mention.start + len(mention.text)
    for other in everyone:
        if other.start == mention.start or strong_kind(other, (1, 2), lenient=sure) != gazetteer.PERSON:
            continue
        gap = source[end : other.start] if other.start >= end else source[other.start + len(other.text) : mention.start]
        if 1 <= len(gap) <= 2 and set(gap) <= _LIST_MARKS:
            return True
        if gap == "" and _run_of_names(mention, everyone):
            return True  # 罗剑李羽梁军: a shop's list of authors, run together, each a sure two-character name
    return False


def _run_of_names(mention: NameMention, everyone: list[NameMention]) -> bool:
    """Three sure two-character names or more written together with nothing between (罗剑李羽梁军), the
    mention one of them: a list; two (边驳左癫 "refuting the Leftists") may be words that look like names."""
    starts = {m.start: m for m in everyone if len(m.text) == 2 and strong_kind(m, (1, 2)) == gazetteer.PERSON}
    if mention.start not in starts:
        return False
    first = mention.start
    while first - 2 in starts:
        first -= 2
    last = mention.start
    while last + 2 in starts:
        last += 2
    return (last - first) // 2 + 1 >= 3
