"""Where a source 、-list and an English list stand in their pair, so the list-item injector cuts an English
list only where it renders a source list of its length (bench.inject_omission).

Read by place alone (sentence number and the place inside the sentence),
never by the detector's dictionary: a dictionary check would offer only the
lists the detector can read, and inflate its recall by construction.
"""

from __future__ import annotations

import re
from typing import Sequence


def source_lists(source: str) -> list[tuple[int, tuple[int, int, float]]]:
    """The source's 、-lists, read crudely: each one's item count (one more than its 、, one more for a
    joiner after the last) and where its 、 stand (place(); sentences end at 。！？ only, as English ones do:
    an English sentence often runs on through a ；)."""
    spans = [m.span() for m in re.finditer(r"[^。！？!?]+[。！？!?]*[”」』\"]?", source)]
    found = []
    for m in re.finditer(r"[^，。；：！？,;:!?]+", source):
        clause = m.group()
        if "、" not in clause:
            continue
        tail = clause.rsplit("、", 1)[1]
        size = clause.count("、") + 1 + (1 if re.search("和|及|与|或", tail[:12]) else 0)
        centre = m.start() + (clause.index("、") + clause.rindex("、")) // 2
        found.append((size, place(spans, centre, len(source))))
    return found


def place(spans: Sequence[tuple[int, int]], at: int, length: int) -> tuple[int, int, float]:
    """Where offset `at` stands: (its sentence's number, the number of sentences, its place in that sentence
    as a fraction), or (0, 1, its place in the whole text) when the text is one sentence or unsplit."""
    for k, (a, b) in enumerate(spans):
        if a <= at < b and b > a:
            return k, len(spans), (at - a) / (b - a)
    return 0, 1, at / max(1, length)


# how far (as a fraction of its text) an English list may stand from the source list it renders: word order
# moves a list within its sentence, not from one end of a pair to the other
MAX_SHIFT = 0.35
TIE = 0.05  # two source lists this close to being as near: either may be the one the English renders


def placed_near(target: str, start: int, end: int, size: int,
                 placed: Sequence[tuple[int, tuple[int, int, float]]]) -> bool:
    """Whether the source list nearest the English list target[start:end] (or one as near, within TIE) has
    `size` items and stands within MAX_SHIFT of it: in the same sentence when source and English have as many sentences, else in the whole
    text. An English list of the same length elsewhere in the pair ("long-term, healthy and stable" for
    长期健康稳定 where the 、-list is 不冲突不对抗、相互尊重、合作共赢), or one beside another source list ("specific
    posts, teaching content, protection of rights and interests" for 具体岗位、教学内容、权益保障, read as four
    items like 学徒、监护人、学校和企业 before it) renders no 、-list of that size, so cutting one of its items tests
    nothing the list check reads."""
    from qa.lang.en import sentence_spans

    if not placed:
        return False
    spans = sentence_spans(target)
    k, count, where = place(spans, (start + end) // 2, len(target))

    def distance(at: tuple[int, int, float]) -> float:
        if at[1] == count > 1:
            return abs(where - at[2]) if at[0] == k else 1.0
        return abs((start + end) / 2 / len(target) - _overall(at))

    nearest = min(distance(at) for _, at in placed)
    return any(n == size and distance(at) <= min(MAX_SHIFT, nearest + TIE) for n, at in placed)


def _overall(at: tuple[int, int, float]) -> float:
    """A place as a fraction of the whole text, sentences taken as equally long (a rough reading, for
    texts whose sentences do not pair)."""
    return (at[0] + at[2]) / at[1]
