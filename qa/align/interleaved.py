"""Pair the paragraphs of an interleaved bilingual page.

Such pages put each translation next to its original, so neighbours are
paired; what cannot be paired stays one-sided, never forced: page chrome
becomes "furniture", an English-only summary or a paragraph whose original is
missing becomes "unmatched". Whether the page puts English or Chinese first is
decided from the data: the right order gives translation pairs whose length
ratios agree with each other, the wrong order gives ratios all over the place.
"""

from __future__ import annotations

import math
import statistics
from typing import Sequence

from qa.io.furniture import is_chrome, is_fragment
from qa.model import Lang, Pair, Paragraph

def _log_ratio(zh: Paragraph, en: Paragraph) -> float:
    return math.log((len(en.text) + 1) / (len(zh.text) + 1))


def _candidates(content: Sequence[Paragraph], first: Lang) -> list[tuple[Paragraph, Paragraph]]:
    second = Lang.ZH if first is Lang.EN else Lang.EN
    out = []
    i = 0
    while i + 1 < len(content):
        if content[i].lang is first and content[i + 1].lang is second:
            out.append((content[i], content[i + 1]))
            i += 2
        else:
            i += 1
    return out


def _consistency(pairs: list[tuple[Paragraph, Paragraph]]) -> float:
    """How many candidate pairs have a length ratio close to the typical one."""
    if not pairs:
        return 0.0
    ratios = [
        _log_ratio(a, b) if a.lang is Lang.ZH else _log_ratio(b, a) for a, b in pairs
    ]
    centre = statistics.median(ratios)
    return sum(math.exp(-(((r - centre) / 0.35) ** 2)) for r in ratios)


def detect_order(paragraphs: Sequence[Paragraph]) -> Lang:
    """The language that comes first in each translation pair on this page."""
    content = [p for p in paragraphs if not is_chrome(p)]
    en_first = _consistency(_candidates(content, Lang.EN))
    zh_first = _consistency(_candidates(content, Lang.ZH))
    return Lang.EN if en_first >= zh_first else Lang.ZH


def pair_interleaved(paragraphs: Sequence[Paragraph]) -> list[Pair]:
    """One Pair per translation pair, furniture line or unmatched paragraph, in reading order."""
    first = detect_order(paragraphs)
    second = Lang.ZH if first is Lang.EN else Lang.EN
    slots: list[tuple[Paragraph | None, Paragraph | None, str]] = []  # (zh, en, kind)
    i = 0
    items = list(paragraphs)
    while i < len(items):
        here = items[i]
        if is_chrome(here):
            slots.append(_one_sided(here, "furniture"))
            i += 1
            continue
        nxt = items[i + 1] if i + 1 < len(items) else None
        if here.lang is first and nxt is not None and nxt.lang is second and not is_chrome(nxt):
            zh, en = (here, nxt) if here.lang is Lang.ZH else (nxt, here)
            slots.append((zh, en, ""))
            i += 2
            continue
        slots.append(_one_sided(here, "unmatched"))
        i += 1
    slots = _mark_edges(slots)
    return _number(slots)


def _one_sided(p: Paragraph, kind: str) -> tuple[Paragraph | None, Paragraph | None, str]:
    return (p, None, kind) if p.lang is Lang.ZH else (None, p, kind)


def _mark_edges(slots: list) -> list:
    """Header and footer lines that are not prose, and repeats of paired text, are furniture.

    A line at the edge of the page that quotes a paired title is a citation or
    byline ("Cite this page: … [原标题] …"), also furniture.
    """
    paired = [k for k, (zh, en, kind) in enumerate(slots) if zh is not None and en is not None]
    if not paired:
        return slots
    first, last = paired[0], paired[-1]
    paired_texts = {p.text.strip() for zh, en, _ in slots if zh and en for p in (zh, en)}
    title_texts = [t for t in paired_texts if 8 <= len(t) <= 200]
    out = []
    for k, (zh, en, kind) in enumerate(slots):
        if kind == "unmatched":
            para = zh or en
            at_edge = k < first or k > last
            text = para.text.strip()
            cites_title = at_edge and any(t in text for t in title_texts if t != text)
            if text in paired_texts or cites_title or (at_edge and is_fragment(para)):
                kind = "furniture"
        out.append((zh, en, kind))
    return out


def _number(slots: list) -> list[Pair]:
    """Pair ids in reading order. The page itself pairs the paragraphs, so a
    two-sided pair scores 1.0 and a one-sided one 0.0; how plausible each pair
    is (length, numbers, names) is the checks' business, not the pairing's."""
    pairs = []
    for n, (zh, en, kind) in enumerate(slots, start=1):
        source = zh.text if zh else ""
        target = en.text if en else ""
        both = bool(zh and en)
        pairs.append(
            Pair(
                id=f"p{n:04d}",
                source=source,
                target=target,
                type="1-1" if both else ("1-0" if zh else "0-1"),
                score=1.0 if both else 0.0,
                kind=kind,
                source_line=zh.line if zh else 0,
                target_line=en.line if en else 0,
            )
        )
    return pairs
