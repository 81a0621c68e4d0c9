"""Which source list item the English lost, by matching the source list item by item to an English series.

qa.lang.list_items finds a source item's dictionary senses anywhere in the
list's English sentence; a sense said elsewhere in the sentence ("the whole
world" before "freedom, democracy and human rights") then hides a lost item,
and words repeated through a long pair hide it too. This module reads the
English structure first: a series is a run of pieces joined by commas and
closed by one and/or ("A, B, C and D"), found by
punctuation alone. Each source list is matched to the series whose pieces
render most of its items (one item to one piece by the item's own CC-CEDICT
senses or pinyin, in the source's order), each series to one source list. One
item is lost when the series has one item fewer than the source list, every
piece is matched to another item, and nothing in the series or beside it (nor
in its sentence, unless the source says the item's word again outside the
list) carries the item's senses. A series whose and/or may join halves of
items ("study and education, investigation and correction") takes its list
and reports nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import Iterable, Mapping, Sequence

from qa.lang.en_words import english_tokens
from qa.lang.sentence_lists import ListItem
from qa.lang.list_items import ItemEvidence, evidence
from qa.lang.list_words import renders
from qa.lang.list_pieces import english_word_count
from qa.lang.list_names import lost_name, name_said, spelt_by_others
from qa.lang.list_said import said

_CLAUSE = re.compile(r"[.;:!?()\"“”]|\s[–—-]\s|,\s*(?:which|who|where|while|when|but|so|because|as)\b", re.I)
_SEP = re.compile(r"\s*,\s*(?:(?P<cc>and|or)\s+)?|\s+(?P<conj>and|or|as well as)\s+", re.I)
_ETC = re.compile(r"(?:(?:many|some|various|all|the|several)\s+)?"
                  r"(?:other|others|the like|so on|so forth|etc|the rest)\b", re.I)
MAX_INNER_WORDS = 6  # a longer stretch between two commas is a clause, not an inner list item
MIN_MATCHED = 2  # items the dictionary places in the series: fewer, and the series may render another list


@dataclass(frozen=True)
class Series:
    """An English series: its pieces as (start, end) offsets in the target, in order; and/or pieces excluded."""

    pieces: tuple[tuple[int, int], ...]
    around: tuple[int, int] = (0, 0)  # the series and a piece a bare and/or joins on either side: "A and B and C"
    doubtful: bool = False  # its and/or may join halves of items: it takes a list but reports no loss


def english_series(target: str) -> list[Series]:
    """Every series of the English, by its punctuation: pieces joined by commas and closed by one and/or
    (each and/or closes one: "angry and mean and nasty" gives angry/mean and mean/nasty). The first piece
    may carry lead-in words, the last trailing ones; the inner pieces are short. A piece "and other …"/"etc." is no item."""
    return _series_in(target, range(len(_clauses(target))))


def series_holding(target: str, groups: Iterable[Iterable[int]], at_least: int = 1) -> list[Series]:
    """The series of the clauses holding tokens of `at_least` of the groups (each item's anchors), in the
    target's order: a series stands inside one clause, so no other can hold them (a paragraph has dozens of
    clauses; the items of one list stand together in a few of them)."""
    return _series_in(target, clauses_holding(target, groups, at_least))


def clauses_holding(target: str, groups: Iterable[Iterable[int]], at_least: int = 1) -> set[int]:
    """The clauses (numbers in _clauses) that tokens of `at_least` of the groups stand in."""
    lows = [lo for lo, _ in _clauses(target)]
    found = english_tokens(target)
    count = Counter(c for group in groups for c in {bisect_right(lows, found[k].start) - 1 for k in group})
    return {c for c, n in count.items() if n >= at_least}


def _series_in(target: str, clauses: Iterable[int]) -> list[Series]:
    """The series of the given clauses, in the target's order (as english_series lists them)."""
    bounds = _clauses(target)
    return [one for c in sorted(clauses) for one in _clause_series(target, *bounds[c])]


@lru_cache(maxsize=256)
def _clauses(target: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each clause of the target: the stretches between _CLAUSE's marks a series stays inside."""
    out = []
    at = 0
    for end in [m.start() for m in _CLAUSE.finditer(target)] + [len(target)]:
        out.append((at, end))
        at = end + 1
    return tuple(out)


@lru_cache(maxsize=4096)
def _clause_series(target: str, lo: int, hi: int) -> tuple[Series, ...]:
    """Once per clause of a target: every list of the pair and the encoder's reading (qa.lang.list_embed) ask."""
    text = target[lo:hi]
    seps = list(_SEP.finditer(text))
    bounds = [0] + [x for m in seps for x in (m.start(), m.end())] + [len(text)]
    pieces = [(lo + bounds[2 * k], lo + bounds[2 * k + 1]) for k in range(len(seps) + 1)]
    kinds = [_kind(m) for m in seps]  # kinds[k] joins pieces[k] and pieces[k + 1]
    out = []
    for k, kind in enumerate(kinds):
        if kind == "comma":
            continue
        first = k
        while first > 0 and kinds[first - 1] == "comma" and english_word_count(target[slice(*pieces[first])]) <= MAX_INNER_WORDS:
            first -= 1
        # "science and technology parks, entrepreneurship parks and …": the first and joins words inside an item;
        # such a series still takes its list, but tells nothing about what the list lost
        doubtful = (first < k and first > 0 and kinds[first - 1] in ("and", "or")
                    or _binomial_beside(target, pieces, kinds, first, k + 1))
        run = list(pieces[first : k + 2])
        run[0], run[-1] = _edge(target, run[0], from_end=True), _edge(target, run[-1], from_end=False)
        chosen = [p for p in run if not _ETC.match(target[slice(*p)].strip())]
        if len(chosen) >= 2 and _all_have_words(target, chosen):
            lo, hi = run[0][0], run[-1][1]
            text = [target[x:y] for x, y in pieces]
            if first > 0 and _joins(kinds[first - 1], text[first], text[first]):
                lo = _edge(target, pieces[first - 1], from_end=True)[0]
            if k + 1 < len(kinds) and _joins(kinds[k + 1], text[k + 1], text[k + 2]):
                hi = _edge(target, pieces[k + 2], from_end=False)[1]
            out.append(Series(tuple(chosen), (lo, hi), doubtful))
    return tuple(out)


_OPENS_CLAUSE = re.compile(r"(?:[A-Za-z]{3,}ing|such as|like|which|who|whose|where|when|while|to)\b", re.I)


def _joins(kind: str, edge: str, after: str) -> bool:
    """Whether a neighbour piece, joined to the series' `edge` piece by a separator of `kind` (`after`: the text
    after it), may render an item with the series ("A and B and C"; a long item the series could not take in),
    its words next to the series read: the edge piece is short enough to be an item (no long lead-in of the
    clause between: "… education for disabled children and teenagers in China from three aspects of …"), and the
    separator is a bare and/or, or a comma not followed by a new clause (a participle, "such as", a relative
    pronoun, "to": "…, providing support"). A ", and" joins clauses ("the whole world, and … promoting …")."""
    if english_word_count(edge) > ITEM_WORDS:
        return False
    return kind in ("and", "or") or kind == "comma" and not _OPENS_CLAUSE.match(after.strip())


ITEM_WORDS = 8  # an edge piece this long may be one item ("the first topic of the secretary-general meeting")


BINOMIAL_WORDS = 3


def _binomial_beside(target: str, pieces: Sequence[tuple[int, int]], kinds: Sequence[str], first: int,
                     last: int) -> bool:
    """A short piece joined to the series' edge by a bare and/or ("study and education, investigation and
    correction, and summary and improvement"): the items themselves are word pairs, and the series' pieces
    are halves of items."""
    def short(j: int) -> bool:
        return english_word_count(target[slice(*pieces[j])]) <= BINOMIAL_WORDS

    before = first > 0 and kinds[first - 1] in ("and", "or") and short(first - 1)
    after = last < len(kinds) and kinds[last] in ("and", "or") and short(last + 1)
    # "study and education, investigation and correction, and summary and improvement": a pair of short
    # pieces one separator away
    pair_before = first > 1 and kinds[first - 2] in ("and", "or") and short(first - 2) and short(first - 1)
    pair_after = last + 1 < len(kinds) and kinds[last + 1] in ("and", "or") and short(last + 1) and short(last + 2)
    return before or after or pair_before or pair_after


def _kind(m: re.Match[str]) -> str:
    """comma, and, or, as well as; ", and" apart from "and" (a run of ", and" joins clauses, not items)."""
    if m.group("cc"):
        return ", " + m.group("cc").lower()
    return (m.group("conj") or "comma").lower()


EDGE_WORDS = 5  # of a first piece only its last words are the first item ("… promoting global freedom")


def _edge(target: str, piece: tuple[int, int], from_end: bool) -> tuple[int, int]:
    """The end of a first piece or the start of a last one: the words an edge item may stand in."""
    words = list(re.finditer(r"[\w'’-]+", target[piece[0] : piece[1]]))
    if len(words) <= EDGE_WORDS:
        return piece
    if from_end:
        return piece[0] + words[-EDGE_WORDS].start(), piece[1]
    return piece[0], piece[0] + words[EDGE_WORDS - 1].end()


def _all_have_words(target: str, pieces: Sequence[tuple[int, int]]) -> bool:
    return all(english_word_count(target[a:b]) for a, b in pieces)


def _lost(found: Sequence[ItemEvidence], target: str, source: str, series: Series,
          elsewhere: Sequence[bool]) -> list[ItemEvidence]:
    """The items of one source list the series lost: it has fewer items than the list by exactly the
    number of unmatched items, every piece renders another item, and nothing renders the lost ones.
    `elsewhere[k]`: the source says item k's dictionary word outside the list too, so a sense of it
    outside the series may render that other mention."""
    tokens = english_tokens(target)
    words = [t.text.lower() for t in tokens]
    items = [e.item for e in found]
    owner = pieces_owning(target, series)
    matching = _matching(found, owner)
    if len(series.pieces) >= len(items) or len(matching) != len(series.pieces):
        return []
    lost = [k for k in range(len(items)) if k not in matching]
    if len(lost) != 1:
        return []  # more lost at once: more likely a list the series does not render
    k = lost[0]
    if not _apart(items, k, source):
        return []
    sentence = _sentence_tokens(target, series)
    spelt = spelt_by_others([i.text for i in items], k, target)  # "Hangzhou-Shenzhen" is 杭深's, not 广深港's
    free = [w if _free(found, k, j, owner, matching) and j not in spelt else "" for j, w in enumerate(words)]
    if not (found[k].senses or lost_name([i.text for i in items], k, bool(found[k].anchors))) \
            or name_said(items[k].text, target, spelt) \
            or said(found, k, target, series.around, free, sentence, elsewhere[k]):
        return []
    return [found[k]]


def _free(found: Sequence[ItemEvidence], k: int, j: int, owner: Mapping[int, int], matching: dict[int, int]) -> bool:
    """Whether token j may render item k: a word that stands right beside another item's anchor, in the piece
    matched to that item, makes one compound with it and is that item's ("computer science" renders 计算机, its
    "science" is not 医学 'medical science'). A word further off may still render k ("man of mystery")."""
    piece = owner.get(j)
    n = next((i for i, p in matching.items() if p == piece and i != k), None) if piece is not None else None
    if n is None or j in found[n].anchors:
        return True
    return not ({j - 1, j + 1} & {a for a in found[n].anchors if owner.get(a) == piece})


_BETWEEN_ITEMS = re.compile(r"[、，,]|和|及|与|或")


def _apart(items: Sequence[ListItem], k: int, source: str) -> bool:
    """Whether the item stands apart from its neighbours in the source, a 、 or a joiner between (新冠肺炎疫情
    cut in two by the parser is one item, not two)."""
    before = items[k - 1].end if k else None
    after = items[k + 1].start if k + 1 < len(items) else None
    return ((before is None or bool(_BETWEEN_ITEMS.search(source[before : items[k].start])))
            and (after is None or bool(_BETWEEN_ITEMS.search(source[items[k].end : after]))))


@lru_cache(maxsize=1024)
def pieces_owning(target: str, series: Series) -> Mapping[int, int]:
    """piece_of the target's tokens, once per target and series: each list of the pair, its loss and the
    encoder's reading ask for the same series. Read-only: every caller shares the one cached mapping."""
    return MappingProxyType(piece_of(english_tokens(target), series))


def piece_of(tokens, series: Series) -> dict[int, int]:
    """Token index → piece number, for the tokens inside the series' pieces."""
    starts = [t.start for t in tokens]
    out = {}
    for j, (a, b) in enumerate(series.pieces):
        for k in range(bisect_left(starts, a), bisect_left(starts, b)):  # the tokens starting inside the piece
            if tokens[k].end <= b:
                out[k] = j
    return out


def _matching(found: Sequence[ItemEvidence], owner: Mapping[int, int], ordered: bool = True) -> dict[int, int]:
    """A largest one-to-one matching of items to the pieces that render them by the item's own senses or
    pinyin (its anchors; a sense other items share places none): item → piece, kept only when the items
    stand in the source's order, when `ordered` (a reordered rendering is not read)."""
    edges = [sorted({owner[k] for k in e.anchors if k in owner}) for e in found]
    piece_to_item: dict[int, int] = {}

    def augment(item: int, seen: set[int]) -> bool:
        for piece in edges[item]:
            if piece in seen:
                continue
            seen.add(piece)
            if piece not in piece_to_item or augment(piece_to_item[piece], seen):
                piece_to_item[piece] = item
                return True
        return False

    for item in range(len(found)):
        augment(item, set())
    matching = {item: piece for piece, item in piece_to_item.items()}
    order = [matching[k] for k in sorted(matching)]
    if order == sorted(order) or not ordered:
        return matching
    in_order = _ordered_matching(edges)  # as large, in order: "activity" of an earlier piece misled the search
    return in_order if len(in_order) == len(matching) else {}


def _ordered_matching(edges: Sequence[Sequence[int]]) -> dict[int, int]:
    """A largest matching of items to pieces that keeps the source's order (items and pieces both rising)."""
    best: dict[int, dict[int, int]] = {-1: {}}  # last piece used → largest matching ending there
    for item, pieces in enumerate(edges):
        extended = {}
        for piece in pieces:
            base = max((m for last, m in best.items() if last < piece), key=len)
            if len(base) + 1 > len(best.get(piece, {})) and len(base) + 1 > len(extended.get(piece, {})):
                extended[piece] = {**base, item: piece}
        best.update(extended)
    return max(best.values(), key=len)


def _sentence_tokens(target: str, series: Series) -> range:
    """Token range of the English sentence the series stands in; of a long sentence cut by semicolons, the
    series' part and the part either side: a part two semicolons off renders another ；-clause of the source
    ("landscape painting" of 山水画 renders nothing of 绘画、装置艺术和表演艺术 two parts before it)."""
    from qa.lang.en import sentence_spans

    a, b = series.pieces[0][0], series.pieces[-1][1]
    tokens = english_tokens(target)
    for lo, hi in sentence_spans(target) or [(0, len(target))]:
        if lo <= a < hi or lo < b <= hi:
            lo, hi = _near_parts(target, lo, max(hi, b), a, b)
            inside = [k for k, t in enumerate(tokens) if lo <= t.start < hi]
            if inside:
                return range(inside[0], inside[-1] + 1)
    return range(len(tokens))


def _near_parts(target: str, lo: int, hi: int, a: int, b: int) -> tuple[int, int]:
    """From the semicolon before the one that precedes offset a, to the one after the one that follows b."""
    cuts = [m.end() for m in re.finditer(r"[;；]", target[lo:hi])]
    before = [lo + c for c in cuts if lo + c <= a]
    after = [lo + c for c in cuts if lo + c > b]
    return (before[-2] if len(before) >= 2 else lo), (after[1] if len(after) >= 2 else hi)


def lost_items(lists: Sequence[Sequence[ListItem]], target: str, source: str) -> list[list[ItemEvidence]]:
    """The lost items of each source list. Lists and series are matched one to one, the pairs with the
    most items placed first (学徒、学校和企业 and 学徒、监护人、学校和企业 in one pair each take their own
    English series), and only a list with MIN_MATCHED items placed in its series is judged."""
    from qa.lang.list_items import _mentioned_elsewhere

    evidences = [evidence(items, target) for items in lists]
    # only a series holding anchors of two items of a list is ever judged (MIN_MATCHED placed, or every item by
    # _renders_whole): those of the clauses where two items of some list have anchors
    series = _series_in(target, set().union(*(clauses_holding(target, (e.anchors for e in found), MIN_MATCHED)
                                               for found in evidences)))
    owners = [pieces_owning(target, one) for one in series]
    scores = []
    # a series none of a list's anchors stands in places none of its items: skipped before matching,
    # so a long paragraph's lists are not each matched against every series of it
    reach = [[s for s, owner in enumerate(owners) if not owner.keys().isdisjoint(k for e in found for k in e.anchors)]
             for found in evidences]
    for n, items in enumerate(lists):
        found = evidences[n]
        for s in reach[n]:
            owner = owners[s]
            matching = _matching(found, owner)
            placed = len(matching)
            if placed >= MIN_MATCHED:
                # more items placed first; then more of their words in their pieces ("innovation drive, open
                # cooperation" over "global Internet technology, application innovation"); of as many, a doubtful
                # series, then one as long as the list (a whole rendering): the readings that report nothing win ties
                in_piece = sum(1 for i, piece in matching.items() for k in found[i].anchors if owner.get(k) == piece)
                scores.append((-placed, -in_piece, not series[s].doubtful, len(series[s].pieces) != len(items), n, s))
    out: list[list[ItemEvidence]] = [[] for _ in lists]
    done_lists: set[int] = set()
    done_series: set[int] = set()
    for *_, n, s in sorted(scores):
        if n in done_lists or s in done_series:
            continue
        done_lists.add(n)
        done_series.add(s)
        if not series[s].doubtful and not any(_renders_whole(evidences[n], series[r], owners[r]) for r in reach[n]):
            out[n] = _lost(evidences[n], target, source, series[s],
                           _mentioned_elsewhere(lists[n], _own_sentence(lists[n], source)))
    return out


def _renders_whole(found: Sequence[ItemEvidence], series: Series, owner: Mapping[int, int]) -> bool:
    """A series as long as the list places every item of it, in any order ("cultural, scientific and
    educational" for 教育、科技和文化): the list is rendered, reordered, and a shorter series elsewhere says
    it again. (A longer series renders a longer list: 学徒、监护人、学校和企业 beside 学徒、学校和企业.)"""
    return len(series.pieces) == len(found) and len(_matching(found, owner, ordered=False)) == len(found)


_SENTENCE_END = re.compile(r"[。！？!?]")


def _own_sentence(items: Sequence[ListItem], source: str) -> str:
    """The source with every sentence but the list's own blanked out (offsets kept): a word said again in
    another sentence is rendered in another English sentence, which `said` does not read anyway."""
    lo, hi = min(i.start for i in items), max(i.end for i in items)
    start = max((m.end() for m in _SENTENCE_END.finditer(source, 0, lo)), default=0)
    end = next((m.end() for m in _SENTENCE_END.finditer(source, hi)), len(source))
    return " " * start + source[start:end] + " " * (len(source) - end)
