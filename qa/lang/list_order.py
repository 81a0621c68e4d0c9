"""Which source list item the English list lost, read from the order of the items it kept.

A translation keeps a list's order. When the English list has one item fewer
than the source list, the lost item is the one whose removal lets every
other item stand in its own English piece, in order: 心脏病、脑溢血、呼吸骤停
against "heart attack or respiratory arrest" loses 脑溢血 if "heart" is
心脏病's and nothing contradicts 呼吸骤停 standing in the second piece. This
asks less of the dictionary than qa.lang.list_items (an item may be
rendered by words CC-CEDICT does not give it, as 呼吸骤停 "breathe" by
"respiratory arrest"), and more of the structure: exactly one item may be
the lost one, the items whose dictionary senses stand in the list must stand
in their own pieces, and the lost item has dictionary senses, none in the list,
or is a name the dictionary does not know that the English says nowhere.
"""

from __future__ import annotations

import re
from typing import Sequence

from qa.lang.en_words import english_tokens
from qa.lang.list_anchors import pinyin_anchors
from qa.lang.list_gaps import own_gap_senses, says_gap
from qa.lang.list_names import lost_name, name_like
from qa.lang.list_items import ItemEvidence, chosen_anchors
from qa.lang.list_words import renders
from qa.lang.list_pieces import MAX_SEGMENT_WORDS, english_list_pieces, english_word_count, piece_numbers

MIN_PLACED = 2  # items whose senses stand in their own piece: fewer, and the order says nothing


def dropped_by_order(found: Sequence[ItemEvidence], target: str, placed: int = MIN_PLACED) -> ItemEvidence | None:
    """The one item whose loss explains an English list one piece short, or None.

    `found` holds the items with their anchors in the list's sentence. Each
    choice of a lost item maps the other items, in order, onto the English
    list's pieces; a choice stands when every item with an anchor in the
    list has one in its own piece, at least MIN_PLACED items do, and the
    lost item has senses and none of them in the list (or is a name said
    nowhere in the English, qa.lang.list_names.lost_name). Exactly one choice
    must stand, or the sentence encoder must prefer one of those standing
    clearly (_closest). With `placed` 1 (a three-item list of which the
    dictionary places one item only) the encoder always decides.
    """
    anchored = [e for e in found if e.anchors]
    if len(anchored) < placed:
        return None
    pieces = english_list_pieces(target, chosen_anchors(found), len(found))
    if pieces is None or len(pieces) != len(found) - 1:
        return None
    number = piece_numbers(target)
    inside = set(pieces)
    held = [{number[j] for j in e.anchors} & inside for e in found]
    if placed < MIN_PLACED and _unplaced_share_a_character(found):
        return None  # 装载、卸载 "unloading and transporting": the encoder cannot tell an item from its opposite
    standing = [k for k in range(len(found)) if _stands(k, found, held, pieces, placed, target)
                and not _said_unclaimed(k, found, target, pieces)]
    if len(standing) == 1 and placed >= MIN_PLACED and not _shares_a_word(standing[0], found, target, inside):
        return found[standing[0]]
    if len(standing) == 1 and placed < MIN_PLACED:
        # one item placed and one choice standing: the encoder must prefer that choice over every other loss, as it
        # would between several standing ones (无利可图、风险大、成本高 → "no benefit and high risk"), on pieces
        # short enough to be items (not "It is hoped that … to build a common co-construction")
        texts = _piece_texts(target, pieces)
        if any(english_word_count(t) > MAX_SEGMENT_WORDS for t in texts):
            return None
        if any(name_like(e.item.text) for e in found):
            # a name or acronym ("CRRC" for 中国中车) carries no sense the encoder weighs, and nothing checks which
            # piece holds it: "48 large enterprises including CRRC and Broad Group" is no lost 中国中车
            return None
        if _said_unclaimed(standing[0], found, target, pieces, anywhere=True):
            # "The company is large and strong, with good returns": 效益好's "good" stands after the list; 装载、卸载
            # "unloading and transporting": the encoder cannot tell an item from its opposite
            return None
        standing = [standing[0]] + [k for k in range(len(found)) if k != standing[0]]
        closest = _closest(standing, found, texts)
        if closest != standing[0] or _shares_a_word(closest, found, target, inside):
            return None
        return None if _nearer_than_kept(closest, found, texts) else found[closest]
    if len(standing) < 2:
        return None
    closest = _closest(standing, found, _piece_texts(target, pieces))
    return None if closest is None or _shares_a_word(closest, found, target, inside) else found[closest]


ENCODER_MARGIN = 0.08  # cosine summed over the kept items: the best choice must be clearly better than the next
LOST_RENDERED = 0.6  # the lost item's closest piece: nearer, and some piece may render it after all


def _unsaid_name(found: Sequence[ItemEvidence], lost: int, target: str) -> bool:
    """A name no dictionary knows (合艾 "Hat Yai") may be lost when the order leaves it alone, unless the English
    says it anywhere: names are moved about freely ("…and Phuket, plus the airport in Hat Yai")."""
    texts = [e.item.text for e in found]
    return lost_name(texts, lost, False) and not pinyin_anchors(texts[lost], target) \
        and not _sounded_elsewhere(texts, lost, target)


NAME_ELSEWHERE = 0.4  # 合艾 ~ "Hat Yai" 0.47 (qa.lang.transliteration; a name's own threshold, 0.7, misses Thai names)


def _sounded_elsewhere(texts: Sequence[str], lost: int, target: str) -> bool:
    """Whether a run of one to three capitalised words (not the sentence's first) sounds like the lost name, at
    least NAME_ELSEWHERE and more than like any other item of the list: "Hat Yai" is 合艾's, while "Bangkok" or
    "Immigration Bureau" sound more like 普吉 than like it."""
    from qa.lang.transliteration import phonetic_similarity

    for run in re.finditer(r"(?<=[a-z,;] )[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", target):
        score = phonetic_similarity(texts[lost], run.group())
        if score >= NAME_ELSEWHERE and all(score > phonetic_similarity(t, run.group())
                                           for n, t in enumerate(texts) if n != lost):
            return True
    return False


def _closest(choices: Sequence[int], found: Sequence[ItemEvidence], texts: Sequence[str]) -> int | None:
    """Of several items each of whose loss fits the dictionary, the one whose loss lets the other items
    match their pieces best by the sentence encoder (the items' Chinese against the pieces' English,
    embedded only here): 简洁、直观、准确、规范 against "simplicity, accuracy and standardization" lost
    直观, since 简洁 is far nearer "simplicity" (0.80) than 直观 is (0.59)."""
    import numpy as np

    from qa.align.embed import embed

    vectors = embed([e.item.text for e in found] + list(texts))
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    sims = vectors[: len(found)] @ vectors[len(found):].T
    scores = []
    for lost in choices:
        kept = [k for k in range(len(found)) if k != lost]
        scores.append((float(sum(sims[k, j] for j, k in enumerate(kept))), lost))
    scores.sort(reverse=True)
    (best, lost), (second, _) = scores[0], scores[1]
    if best - second < ENCODER_MARGIN or float(sims[lost].max()) >= LOST_RENDERED:
        return None
    return lost


def _nearer_than_kept(lost: int, found: Sequence[ItemEvidence], texts: Sequence[str]) -> bool:
    """Whether the lost item is nearer some piece, by the sentence encoder, than the kept item the source's order
    puts there: the English reordered the list, and the order names the wrong item (无利可图、风险大、成本高 as
    "a big risk and no benefit": 无利可图 is "no benefit", 成本高 the lost one)."""
    import numpy as np

    from qa.align.embed import embed

    vectors = embed([e.item.text for e in found] + list(texts))
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    sims = vectors[: len(found)] @ vectors[len(found):].T
    kept = [k for k in range(len(found)) if k != lost]
    return any(sims[lost, j] > sims[k, j] for j, k in enumerate(kept))


def _piece_texts(target: str, pieces: Sequence[int]) -> list[str]:
    """Each list piece's English, without the and/or that closes it."""
    tokens, number = english_tokens(target), piece_numbers(target)
    out = []
    for p in pieces:
        words = [t.text for t, n in zip(tokens, number) if n == p]
        while words and words[-1].lower() in ("and", "or", "as", "well", "plus"):
            words.pop()
        out.append(" ".join(words))
    return out


def _shares_a_word(lost: int, found: Sequence[ItemEvidence], target: str, inside: set[int]) -> bool:
    """A word of the list that a neighbour of the lost item is anchored on carries one of the lost
    item's senses too: the two were rendered together (积极、主动 "proactiveness"), not one lost."""
    words = [t.text.lower() for t in english_tokens(target)]
    number = piece_numbers(target)
    neighbours = {j for n in (lost - 1, lost + 1) if 0 <= n < len(found) for j in found[n].anchors}
    return any(number[j] in inside and renders(words[j], found[lost].senses) for j in neighbours)


def _unplaced_share_a_character(found: Sequence[ItemEvidence]) -> bool:
    """Two items the dictionary does not place share a character (装载、卸载 "loading, unloading")."""
    bare = [set(e.item.text) for e in found if not e.anchors]
    return any(a & b for n, a in enumerate(bare) for b in bare[n + 1:])


def _said_unclaimed(lost: int, found: Sequence[ItemEvidence], target: str, pieces: Sequence[int],
                    anywhere: bool = False) -> bool:
    """Whether a word in the list's pieces, or in the one before them (the first item cut from its clause),
    carries any of the item's senses (one another item shares too) in a piece no other item is anchored in:
    城市、乡村和边疆地区 shares 'city' with 地区, so "cities" anchors nothing, yet no other item claims its
    piece, and 城市 is rendered there. Not the piece after: "and other security work" is 等's (`anywhere`: any
    word of the sentence no other item claims, where the encoder alone would name the item)."""
    words = [t.text.lower() for t in english_tokens(target)]
    number = piece_numbers(target)
    claimed = {number[j] for n, e in enumerate(found) if n != lost for j in e.anchors}
    near = range(min(pieces) - 1, max(pieces) + 1) if not anywhere else set(number)
    # a sense every item has (旅游 of 旅游资源、旅游项目、旅游线路) tells nothing about which item a piece holds
    common = frozenset.intersection(*(e.senses for e in found))
    senses = found[lost].senses - common
    # its one-character adjective too, unless another item has it (效益好 "good in returns" opening a reordered list)
    gaps = own_gap_senses([e.item.text for e in found], lost)
    return any(number[j] in near and number[j] not in claimed
               and (senses and renders(w, senses) or gaps and says_gap(w, gaps)) for j, w in enumerate(words))


def _stands(lost: int, found: Sequence[ItemEvidence], held: Sequence[set[int]], pieces: Sequence[int],
            placed_at_least: int, target: str) -> bool:
    """Whether losing item `lost` maps every other item with a piece onto its own piece, in order."""
    if held[lost] or not (found[lost].senses or _unsaid_name(found, lost, target)):
        return False
    kept = [k for k in range(len(found)) if k != lost]
    placed = 0
    for k, piece in zip(kept, pieces):
        if held[k]:
            if piece not in held[k]:
                return False
            placed += 1
    return placed >= placed_at_least
