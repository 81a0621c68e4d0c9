"""The Chinese string two English renderings both stand for: the source's word that they are one term.

An English-side slip ("Central Political and Legal Committee" once beside
"… Legal Affairs Committee", "the party" beside "the Party") is reported only
when the source says the two are the same thing: some Chinese string is in
the source of the slip's pair and of the majority's pairs, and the document
uses it mostly where the majority form stands. Shared by the near-variant
search (T104), the capitals (T105) and M103's written forms.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from qa.lang.zh import HAN_RUN

MAX_ANCHOR = 8  # characters: longer shared strings are sentences, not terms
_MAX_GAP = 3  # characters a short form may skip between two it keeps (金[融]管[理]局)
# adverbs, auxiliaries, prepositions and particles that start the rest of a sentence after a term
_SENTENCE_CHARS = frozenset("已将也还就都又被把向从于为以及与和的了在是对等所正曾再")
# of the majority pairs, this many must hold the anchor (at least two): a source writes one body
# in full in one sentence and short in the next (香港金融管理局, 金管局)
ANCHOR_QUORUM = 2 / 3
MIN_ANCHOR_SHARE = 0.5  # of the pairs holding the anchor, at least this many hold the majority phrase


@lru_cache(maxsize=8192)
def han_strings(source: str, shortest: int = 2) -> frozenset[str]:
    """Every Chinese substring of `shortest` to MAX_ANCHOR characters (one comprehension, by length then
    start: a quarter faster than a loop adding each, and T105 asks it of every source it compares)."""
    return frozenset({run[i : i + n] for run in HAN_RUN.findall(source)
                      for n in range(shortest, min(MAX_ANCHOR, len(run)) + 1) for i in range(len(run) - n + 1)})


def source_anchor(majority: set[str], variant_source: str, sources: dict[str, str], shortest: int = 2,
                  quorum: float = 1.0, judge_longest: bool = False, share: float = MIN_ANCHOR_SHARE,
                  times: int = 1, own_pair_counted: bool = True, abbreviations: bool = True) -> str:
    """The Chinese string both renderings stand for, or "": it is in the source of the variant's
    pair and of every majority pair (or of `quorum` of them, at least two: a source may itself
    write a name two ways, 海合会 and 海湾合作委员会), and at least half of the pairs holding it
    hold the majority phrase (a common word shared by chance is everywhere else too).
    `judge_longest`: an anchor of MAX_ANCHOR characters is also tested for a longer term
    elsewhere (a word's case follows the longer title: 中国特色社会主义思想). `share`: of the pairs
    holding the anchor, how many must hold the majority form; `times`: how often the variant's
    source must write it (once per rendering its pair holds); `own_pair_counted`: False leaves the
    variant's own pair out of the pairs holding the anchor (a term in a small document: two of four);
    `abbreviations`: False asks for a string written as it stands (no short form of a full name)."""
    need = len(majority) if quorum >= 1 else max(2, math.ceil(quorum * len(majority)))
    held = held_strings(majority, variant_source, sources, shortest, need)
    _add_short_forms(held, majority, sources, need)
    usable = (c for c, ids in held.items() if len(ids) >= need and (times == 1 or variant_source.count(c) >= times))
    for candidate in sorted(usable, key=lambda s: (len(s) < 2, -len(held[s]), -len(s), s)):
        holders = sum(1 for src in sources.values() if candidate in src) - (not own_pair_counted)
        if len(held[candidate]) >= share * holders:
            if not longer_elsewhere(candidate, held[candidate], sources, variant_source, judge_longest):
                return candidate
            if judge_longest:
                return ""  # a word's case follows the longer title the others write: no short form overrules it
            break  # a shared word of a longer term elsewhere (投资 of 投资收入): a short form may still tie them
    if not abbreviations:
        return ""
    return _abbreviation_anchor(majority, variant_source, sources, need, share, own_pair_counted)


def held_strings(majority: set[str], variant_source: str, sources: dict[str, str], shortest: int,
                 need: int) -> dict[str, set[str]]:
    """The variant source's strings (han_strings) → the majority pairs whose sources hold them.

    Only strings some majority source holds get an entry: a long source has
    thousands of strings, and a set made for each took T105 a few ms per call;
    every later step asks for `need` holders or more, so when `need` is 0 (no
    majority) every string is kept, with no holder."""
    candidates = han_strings(variant_source, shortest)
    held: dict[str, set[str]] = {} if need else {s: set() for s in candidates}
    for pair_id in sorted(majority):
        for candidate in han_strings(sources[pair_id], shortest) & candidates:
            held.setdefault(candidate, set()).add(pair_id)
    return held


def _add_short_forms(held: dict[str, set[str]], majority: set[str], sources: dict[str, str], need: int) -> None:
    """A full name in the variant's source (海湾合作委员会) that some majority sources write in
    full and the rest by its short form (海合会) is held by all of them: a Chinese text names one
    body both ways from sentence to sentence."""
    for candidate, ids in held.items():
        if len(candidate) < 5 or not 2 <= len(ids) < need:
            continue
        for pair_id in sorted(majority - ids):
            shorts = _short_forms(sources[pair_id]).get(candidate[0] + candidate[-1], ())
            if any(_abbreviates(short, candidate) for short in shorts):
                ids.add(pair_id)


@lru_cache(maxsize=8192)
def _short_forms(source: str) -> dict[str, tuple[str, ...]]:
    """han_strings(source, 3) of at most four characters by first + last character: the only ones
    `_abbreviates` can accept for a full name with those ends (memo: asked once per source, not per name)."""
    out: dict[str, list[str]] = {}
    for short in han_strings(source, 3):
        if len(short) <= 4:
            out.setdefault(short[0] + short[-1], []).append(short)
    return {ends: tuple(shorts) for ends, shorts in out.items()}


def _abbreviates(short: str, full: str) -> bool:
    """`short` (three or four characters, not written inside `full`) keeps the full name's first and
    last characters and others in order between them (海合会 of 海湾合作委员会)."""
    return (len(short) <= 4 and short[0] == full[0] and short[-1] == full[-1] and short not in full
            and len(full) in expansion_ends(short, full))


def _abbreviation_anchor(majority: set[str], variant_source: str, sources: dict[str, str], need: int,
                         share: float, own_pair_counted: bool) -> str:
    """A short form in the variant's source that the majority sources write in full: a Chinese
    abbreviation keeps characters of the full name in order (金管局 of 香港金融管理局, 律协 of
    律师协会). Tried when no string is shared as written, or when the best shared one is a word
    of a longer term elsewhere."""
    majority_sources = [sources[i] for i in sorted(majority)]  # once, not per candidate
    if need > len(majority_sources):
        return ""  # no candidate can be held by enough of them
    for candidate in short_candidates(variant_source):
        held = _held_by(candidate, majority_sources, need)
        if len(held) < need or all(candidate in src for src in held):
            continue
        # a short form some majority source writes as it stands is the document's own abbreviation (海合会
        # beside 海湾合作委员会), whatever word follows it (海合会峰会, 海湾合作委员会峰会)
        if not any(candidate in src for src in held) and _cut_short(candidate, variant_source, held):
            continue
        holders = sum(1 for src in sources.values() if expansion_ends(candidate, src)) - (not own_pair_counted)
        if len(held) >= share * holders:
            return candidate
    return ""


def _held_by(candidate: str, majority_sources: list[str], need: int) -> list[str]:
    """The sources writing the candidate or a full name it abbreviates; cut short (fewer than `need`) once
    too many lack it: most of a source's strings are in few others, and each ask scans a source."""
    held: list[str] = []
    misses = len(majority_sources) - need  # how many may lack it
    for src in majority_sources:
        if expansion_ends(candidate, src):
            held.append(src)
        elif (misses := misses - 1) < 0:
            break
    return held


def short_candidates(variant_source: str) -> list[str]:
    """The source's strings that may be a name's short form, longest first: at most four characters, neither
    starting nor ending with the sentence's small words (filtered before the sort, which then orders a few
    hundred strings, not every one of the source's)."""
    shorts = (c for c in han_strings(variant_source, 2)
              if len(c) <= 4 and c[0] not in _SENTENCE_CHARS and c[-1] not in _SENTENCE_CHARS)
    return sorted(shorts, key=lambda s: (-len(s), s))


def _cut_short(candidate: str, variant_source: str, full_sources: list[str]) -> bool:
    """The short form goes on as the full name does (宝鸡旅游 and 宝鸡市旅游: 宝鸡旅 is no
    abbreviation, only the start of 旅游)."""
    after_short = {variant_source[m.end()] for m in re.finditer(re.escape(candidate), variant_source) if m.end() < len(variant_source)}
    after_full = {src[end] for src in full_sources for end in expansion_ends(candidate, src) if end < len(src)}
    return bool(after_short & after_full)


@lru_cache(maxsize=65536)
def expansion_ends(short: str, text: str) -> tuple[int, ...]:
    """Where the short form or a full name it abbreviates ends in `text` (one past its last
    character): its characters in order, at most three Chinese characters between two of them
    (a hand-written scan: a character-class regex per short form compiled in 2 ms each).
    Memo: T105 asks the same short form of the same source again for another pair (half its asks);
    a text lacking one of the characters (most asks) is answered without the scan."""
    if any(char not in text for char in short):
        return ()
    ends: list[int] = []
    start = text.find(short[0])
    while start != -1:
        k = start
        for char in short[1:]:
            window = text[k + 1 : k + 2 + _MAX_GAP]
            j = window.find(char)
            if j == -1 or (j and not HAN_RUN.fullmatch(window[:j])):
                break
            k += 1 + j
        else:
            ends.append(k + 1)
        start = text.find(short[0], start + 1)
    return tuple(ends)


def longer_elsewhere(anchor: str, majority: set[str], sources: dict[str, str], variant_source: str,
                      judge_longest: bool) -> bool:
    """Every majority source continues the anchor with one character the variant's source lacks
    (精炼橄榄油 against 精炼橄榄果渣油; 中国特色社会主义思想 against 中国特色社会主义制度): the two
    render different terms. Only the right side counts: a Chinese term ends in its head noun,
    while the character before it belongs to the sentence (加快构建新发展格局)."""
    if len(majority) < 2 or (len(anchor) >= MAX_ANCHOR and not judge_longest):
        return False  # one pair cannot tell the term's own next character from the sentence's
    following = set.intersection(*(following_chars(anchor, sources[pair_id]) for pair_id in sorted(majority)))
    return bool(following - following_chars(anchor, variant_source))


# the first characters of an official's title after a body's name (波黑奥委会主席 "Chairman of the BiH
# Olympic Committee", 外交部发言人, 中央政法委书记): the body is the same, the English names it apart
_TITLE_STARTS = re.compile("主席|主任|副|发言人|负责人|书记|秘书长")


def following_chars(anchor: str, text: str) -> set[str]:
    """The Chinese characters that follow the anchor in `text`, but for the sentence's own small
    words (农发行已投放: 已 "already" starts the predicate, no longer term) and an official's title."""
    return {text[m.end()] for m in re.finditer(re.escape(anchor), text)
            if m.end() < len(text) and HAN_RUN.match(text[m.end()]) and text[m.end()] not in _SENTENCE_CHARS
            and not _TITLE_STARTS.match(text, m.end())}
