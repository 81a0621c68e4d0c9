"""Which items of a source 、-list the English kept: dictionary anchors and the English list's length.

An unmatched source word is weak evidence of an omission (translators
restructure, and the dictionary misses renderings), so an item counts as
missing only with two pieces of evidence together: none of its CC-CEDICT
senses occurs anywhere in the English, and the English list that renders the
source list (the comma/and-separated stretch around the other items' senses)
has fewer items than the source list, by as many as there are unmatched items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from bisect import bisect_left
from functools import lru_cache
from statistics import median
from typing import Sequence

from qa.lang.en_words import STOP_WORDS, english_tokens, stem
from qa.lang.sentence_lists import CLAUSE, ListItem
from qa.lang.list_pieces import CONJUNCTION, SEPARATOR, english_list_pieces, piece_numbers
from qa.lang.list_gaps import beside_neighbours, compound_senses, dictionary_words, own_gap_senses, says_gap, whole_gloss
from qa.lang.list_anchors import acronym_anchors, one_character, pinyin_anchors, shortest_window
from qa.lang.list_names import abbreviation_anchors, heard_anchors
from qa.lang.list_words import renders, rendering, target_words
from qa.lang.zh import HAN

_DIGIT = re.compile(r"[0-9０-９]|[一二三四五六七八九十百千万亿两]{2,}")


@dataclass(frozen=True)
class ItemEvidence:
    item: ListItem
    senses: frozenset[str]  # the English stems CC-CEDICT gives the item's words; empty: not in the dictionary
    anchors: tuple[int, ...]  # token indices in the English where one of those senses occurs


@lru_cache(maxsize=4096)
def item_senses(text: str) -> frozenset[str]:
    """Stems of every CC-CEDICT sense of every dictionary word inside `text` (2+ characters), whatever
    the segmentation: 大便秘 gives 大便 "stool" and 便秘 "constipation". More senses, fewer findings."""
    from qa.align.cedict import index

    idx = index()
    found: set[str] = set()
    for word in dictionary_words(text):
        found.update(_name_stems(word) or idx[word])
    return frozenset(found)


_COUNTRY = frozenset({"china", "chinese", "prc", "republic", "people", "province", "city", "county"})


@lru_cache(maxsize=4096)
def _name_stems(word: str) -> frozenset[str]:
    """A place or person (贵州 "Guizhou province, capital Guiyang") by its name only: the notes'
    province, capital, city would find any other province of the list."""
    from qa.lang.cedict import lookup

    entries = lookup(word)
    if not entries or not all(e.is_proper_noun for e in entries):
        return frozenset()
    return frozenset(stem(w) for e in entries for d in e.definitions[:1]
                     for w in re.findall(r"\b[A-Z][a-z'-]+", d) if w.lower() not in STOP_WORDS | _COUNTRY)


def evidence(items: Sequence[ListItem], target: str) -> list[ItemEvidence]:
    """Each item with its dictionary senses and where they occur in the English (or its pinyin, for a name).

    Kept per list and target: A006 reads a list both by its English series
    (qa.lang.list_series) and by the sentence around it (`missing_items`).
    """
    return list(_evidence(tuple(items), target))


@lru_cache(maxsize=256)
def _evidence(items: tuple[ListItem, ...], target: str) -> tuple[ItemEvidence, ...]:
    """Senses that another item of the list shares (the 企业 of 加工企业、贸易企业) say nothing about
    which item the English kept: an item is looked for by its own senses when it has any.
    """
    read = target_words(target)
    words = read.words
    senses = [frozenset() if _DIGIT.search(i.text) else item_senses(i.text) or one_character(i.text) for i in items]
    # "Hangzhou-Shenzhen" spells 杭深 place by place: it renders that item, not 广深港 by its "Shenzhen"
    spelt = [set(abbreviation_anchors(i.text, target)) for i in items]
    own_anchors, extra = [], []
    for k, item in enumerate(items):
        others = frozenset().union(*(x for j, x in enumerate(senses) if j != k))
        own = (senses[k] - others) or senses[k]
        anchors = rendering(read, own) | set(pinyin_anchors(item.text, target))
        anchors |= set(acronym_anchors(item.text, target)) | spelt[k]
        if not senses[k] or _name_stems(item.text):
            anchors |= set(heard_anchors(item.text, target))
        anchors -= set().union(*(x for j, x in enumerate(spelt) if j != k)) - spelt[k]
        own_anchors.append(anchors)
        extra.append(_gap_anchors(items, k, senses, others, words, anchors))
    # the dictionary's gaps (韧性强 "strong resilience"; 免费养老 "free pensions") stand where the item would, beside
    # its neighbours in the series: "strongly" or "pension levels" elsewhere in the sentence renders something else
    extra = [e - _modifying_another(k, e, own_anchors, items, words) for k, e in enumerate(extra)]
    around = [a | e for a, e in zip(own_anchors, extra)]
    return tuple(ItemEvidence(item, senses[k], tuple(sorted(own_anchors[k] | {
        j for j in extra[k] if beside_neighbours(j, k, around) and _in_english_list(j, k, items, around, target)})))
        for k, item in enumerate(items))


def _modifying_another(k: int, gaps: set[int], own: Sequence[set[int]], items: Sequence[ListItem],
                       words: Sequence[str]) -> set[int]:
    """Item k's gap adjectives standing right before a word another item's own senses anchor: the adjective
    modifies that item's noun, so "high" of "high risk" is 风险大's, not 成本高's (无利可图、风险大、成本高
    rendered "no benefit and high risk"). A bare adjective only: a compound's noun (免费养老 "pension") is kept."""
    adjectives = own_gap_senses([i.text for i in items], k)
    taken = {j for n, anchors in enumerate(own) if n != k for j in anchors}
    return {j for j in gaps if j + 1 in taken and words[j] and says_gap(words[j], adjectives)}


def _in_english_list(j: int, k: int, items: Sequence[ListItem], around: Sequence[set[int]], target: str) -> bool:
    """Whether token j stands in the English list the other items' anchors make (qa.lang.list_pieces; true when
    fewer than two of them are anchored, or they make no list): "…a long cycle, and requires a high degree of
    caution" closed the list before "high"."""
    others = [ItemEvidence(i, frozenset(), tuple(sorted(around[n]))) for n, i in enumerate(items) if n != k and around[n]]
    chosen = chosen_anchors(others)
    pieces = english_list_pieces(target, chosen, len(items)) if len(others) >= 2 else None
    return pieces is None or piece_numbers(target)[j] in pieces


def _gap_anchors(items: Sequence[ListItem], k: int, senses: Sequence[frozenset[str]], others: frozenset[str],
                 words: Sequence[str], anchors: set[int]) -> set[int]:
    """Tokens saying the item's one-character adjectives (less any other item's, as the 强 of 能力强 for the 硬 of
    作风硬 'strong') or its compound's noun (qa.lang.list_gaps), wherever they stand."""
    text = items[k].text
    if not senses[k]:
        return set()
    gaps = own_gap_senses([i.text for i in items], k)
    gaps = frozenset(g for g in gaps if stem(g) not in others)
    out = {j for j, w in enumerate(words) if w and says_gap(w, gaps)} if gaps else set()
    compounds = compound_senses(text) - others
    if compounds and not any(whole_gloss(text, words, [words[j]]) for j in anchors if words[j]):
        out |= {j for j, w in enumerate(words) if w and renders(w, compounds)}  # 免费养老 "free pensions"
    return out


def chosen_anchors(found: Sequence[ItemEvidence]) -> list[int]:
    """One English token per matched item: those of the shortest stretch holding one occurrence of
    each (the English list is where the items stand together; "world" of 全球 three clauses before
    "global freedom, democracy and human rights" is no part of it), the occurrence nearest the
    matched items' centre when two stretches are as short."""
    matched = [e.anchors for e in found if e.anchors]
    if not matched:
        return []
    single = [a[0] for a in matched if len(a) == 1]
    centre = median(single) if single else median(k for a in matched for k in a)
    lo, hi = shortest_window(matched, centre)
    return [min((k for k in a if lo <= k <= hi), key=lambda k: abs(k - centre)) for a in matched]


def _list_sentence(target: str, anchors: Sequence[int], found: Sequence[ItemEvidence] = ()) -> tuple[int, int]:
    """Token range of the English sentence holding most anchors: an item's sense in another sentence
    renders something else ("democracy" two sentences before the list). With `found`, the sentence where most
    items have an anchor comes first: one item's word three sentences on ("supervision work" for 纪律作风督查)
    drew the chosen anchors of the others out of the list's own sentence; of as many, the one where they make
    the tightest English list, then the one holding most chosen anchors."""
    from qa.lang.en import sentence_spans

    starts = [t.start for t in english_tokens(target)]
    ranges = []
    for a, b in sentence_spans(target) or [(0, len(target))]:
        first, last = bisect_left(starts, a), bisect_left(starts, b)  # the tokens starting inside [a, b)
        if first < last:
            ranges.append((first, last))

    def items_in(r: tuple[int, int]) -> int:
        """How many items have an anchor in the sentence."""
        return sum(any(r[0] <= k < r[1] for k in e.anchors) for e in found)

    def as_list(r: tuple[int, int]) -> tuple[bool, int]:
        """Whether the items' anchors in the sentence make an English list (separators between their pieces),
        and, if they do, minus the tokens that list spans (a list, not words across a long sentence)."""
        inside = chosen_anchors([ItemEvidence(e.item, e.senses, tuple(k for k in e.anchors if r[0] <= k < r[1]))
                                 for e in found])
        if len(set(inside)) < 2 or english_list_pieces(target, inside, len(found)) is None:
            return False, 0
        return True, min(inside) - max(inside)

    # of as many items, a sentence where they make a list, the tightest one first ("drawing and performance art",
    # not six titles a sentence before), then the one with most chosen anchors (as before `found`); the list is
    # read only in the sentences holding most items, which alone can win (a paragraph has a dozen sentences)
    most = max(map(items_in, ranges), default=0)
    best = [r for r in ranges if items_in(r) == most]
    if len(best) == 1:
        return best[0]  # one sentence holds most items: no list need be read to choose it
    return max(best, key=lambda r: (*(as_list(r) if found else (False, 0)), sum(r[0] <= k < r[1] for k in anchors)),
               default=(0, len(starts)))


def _lost(item: ItemEvidence, found: Sequence[ItemEvidence], target: str, lo: int, hi: int) -> bool:
    """No word of the sentence renders the item: none carries its own senses, and each word of the
    English list that carries a sense it shares with other items stands in another item's piece
    ("green tea and black tea": 黑茶 is lost), and not beside a neighbour's word (积极、主动 "a
    positive and active way": two items rendered together are not one lost)."""
    if not item.senses or item.anchors:
        return False
    words = [t.text.lower() for t in english_tokens(target)]
    piece = piece_numbers(target)
    k = found.index(item)
    taken = {piece[j] for n, e in enumerate(found) if n != k for j in e.anchors}
    if not taken:
        return False
    # the list's pieces, the one before (an unanchored first item) and, unless its and/or is passed, the one after
    anchored = [j for n, e in enumerate(found) if n != k for j in e.anchors]
    tokens = english_tokens(target)
    stretch = target[tokens[min(anchored)].start : tokens[max(anchored)].end]
    closed = any(CONJUNCTION.search(m.group()) for m in SEPARATOR.finditer(stretch))
    near = range(min(taken) - 1, max(taken) + (1 if closed else 2))
    shared = {j for j in range(lo, hi) if piece[j] in near and renders(words[j], item.senses)}
    neighbours = {j for n in (k - 1, k + 1) if 0 <= n < len(found) for j in found[n].anchors}
    return all(piece[j] in taken for j in shared) and not shared & neighbours


def _mentioned_elsewhere(items: Sequence[ListItem], source: str) -> list[bool]:
    """Whether the source says each item's dictionary word outside the list too (学徒、学校和企业 in a
    sentence that also says 企业用工): then the English may render that other mention."""
    lo, hi = min(i.start for i in items), max(i.end for i in items)
    outside = source[:lo] + "\n" + source[hi:]
    return [any(w in outside for w in dictionary_words(item.text)) for item in items]


def _in_list(found: Sequence[ItemEvidence], target: str, elsewhere: Sequence[bool]) -> list[ItemEvidence]:
    """Each item's anchors inside the English list (the pieces the other items' chosen anchors stand
    in, one more on either side), when the source says the item's word outside the list too: a sense
    further off renders that other mention ("enterprises" of 企业用工 before "apprentices and
    schools", which lost 企业 of 学徒、学校和企业)."""
    piece = piece_numbers(target)
    chosen = dict(zip((n for n, x in enumerate(found) if x.anchors), chosen_anchors(found)))
    out = []
    for k, e in enumerate(found):
        others = [j for n, j in chosen.items() if n != k]
        if len(others) < 2 or not elsewhere[k]:
            out.append(e)
            continue
        lo, hi = min(piece[j] for j in others) - 1, max(piece[j] for j in others) + 1
        # an item the English renders in two pieces ("science and technology") widens the list by one
        near = [piece[j] for n, x in enumerate(found) if n != k for j in x.anchors if lo <= piece[j] <= hi]
        lo, hi = min(near) - 1, max(near) + 1
        out.append(ItemEvidence(e.item, e.senses, tuple(j for j in e.anchors if lo <= piece[j] <= hi)))
    return out


def missing_items(items: Sequence[ListItem], target: str, source: str = "") -> list[ItemEvidence]:
    """The items the English list lost: dictionary-known, no sense in the English, and the English
    list shorter than the source list by exactly their number; or else the one item whose loss the
    order of the kept items shows (qa.lang.list_order; of a list of three, one item placed by the
    dictionary is enough when the encoder settles the rest). Empty when the evidence is not there."""
    from qa.lang.list_order import dropped_by_order

    found = evidence(items, target)
    anchored = sum(1 for e in found if e.anchors)
    if anchored < 2:
        by_order = dropped_by_order(found, target, placed=1) if anchored == 1 and len(found) == 3 else None
        return [by_order] if by_order else []
    if source:
        before, after = unread_edges(items, source)
        found = [ItemEvidence(i, frozenset(), ()) for i in before] + found + [ItemEvidence(i, frozenset(), ()) for i in after]
        items = [e.item for e in found]
    lo, hi = _list_sentence(target, chosen_anchors(found), found)
    found = [ItemEvidence(e.item, e.senses, tuple(k for k in e.anchors if lo <= k < hi)) for e in found]
    local = _in_list(found, target, _mentioned_elsewhere(items, source)) if source else found
    lost = _unmatched(local, target, lo, hi, len(items))
    if not lost:
        by_order = dropped_by_order(found, target)
        lost = [by_order] if by_order else []
    return lost


def unread_edges(items: Sequence[ListItem], source: str) -> tuple[list[ListItem], list[ListItem]]:
    """The chunks before the list's first 、 and after its last that gave no item: 如意出发 of
    快乐、幸运、健康、如意出发 (jieba reads 如意 as a verb), 大便秘结等病症. Each is one more item the English
    list may render, though nothing says which words."""
    clause = next((m for m in CLAUSE.finditer(source) if m.start() <= items[0].start < m.end()), None)
    if clause is None or "、" not in clause.group():
        return [], []
    text, base = clause.group(), clause.start()
    first, last = base + text.index("、"), base + text.rindex("、") + 1
    before = [ListItem(text[: first - base], base, first)] if not any(i.end <= first for i in items) else []
    after = [ListItem(text[last - base :], last, clause.end())] if not any(i.start >= last for i in items) else []
    return [i for i in before if HAN.search(i.text)], [i for i in after if HAN.search(i.text)]



def _unmatched(found: list[ItemEvidence], target: str, lo: int, hi: int, size: int) -> list[ItemEvidence]:
    """Items with no sense in the sentence, when the English list is short by exactly their number."""
    unmatched = [e for e in found if _lost(e, found, target, lo, hi)]
    if not unmatched or sum(1 for e in found if e.anchors) < 2:
        return []
    pieces = english_list_pieces(target, chosen_anchors(found), size)
    if pieces is None or len(pieces) - _split_items(found, target, pieces) + len(unmatched) != size:
        return []
    return [] if _opening_unclaimed(found, unmatched, target, pieces) else unmatched


def _opening_unclaimed(found: Sequence[ItemEvidence], unmatched: Sequence[ItemEvidence], target: str,
                       pieces: Sequence[int]) -> bool:
    """Whether a piece opening the English list holds no item's anchor while an unmatched item comes before every
    anchored one: that piece is where it stands, in words the dictionary lacks (救援、安置、建设工作 as "rescue and
    settlement work": "rescue" is 救援's, and which item the short list lost is unknown)."""
    number = piece_numbers(target)
    claimed = {number[k] for e in found for k in e.anchors} & set(pieces)
    first = next((n for n, e in enumerate(found) if e.anchors), len(found))
    opening = [p for p in pieces if claimed and p < min(claimed)]
    return bool(opening) and any(found.index(e) < first for e in unmatched)


def _split_items(found: Sequence[ItemEvidence], target: str, pieces: Sequence[int]) -> int:
    """How many pieces of the English list only continue the item before them: "protection of rights
    and interests" renders 权益保障 alone in two pieces (rights, interests), which the and/or cuts."""
    number = piece_numbers(target)
    owners: dict[int, set[int]] = {}
    for n, e in enumerate(found):
        for k in e.anchors:
            owners.setdefault(number[k], set()).add(n)
    words = {}
    for n, e in enumerate(found):
        for k in e.anchors:
            words.setdefault(number[k], set()).add(_singular_form(english_tokens(target)[k].text.lower()))
    # "political circles or commercial circles": one head noun twice is two items of one kind
    return sum(1 for a, b in zip(pieces, pieces[1:])
               if b == a + 1 and len(owners.get(a, ())) == 1 and owners.get(a) == owners.get(b)
               and not words.get(a, set()) & words.get(b, set()))


def _singular_form(word: str) -> str:
    return re.sub(r"(?<=[^s])s$", "", word)
