"""The English list around a source list's anchored items: its pieces, cut at commas and and/or, counted.

Split from qa.lang.list_items (which anchors the items): how many items the
English list has decides whether an unanchored item is lost, so the count
reads the list's punctuation alone ("A, B, C and D"; "A and B and C").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Sequence

from qa.lang.en_words import STOP_WORDS, english_tokens

SEPARATOR = re.compile(r"\s*[,，]\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as|plus|&)\s+", re.I)
CONJUNCTION = re.compile(r"\b(?:and|or|as well as|plus)\b|&", re.I)
_COMMA = re.compile(r"\s*[,，]\s*")  # before the stretch, items are joined by commas only ("A, B, C and D")
_ETC = re.compile(r"(?:(?:many|some|various|all|the|several)\s+)?(?:other|others|the like|so on|so forth|etc|the rest|more)\b", re.I)  # 等: no item of its own
_CLAUSE_END = re.compile(r"[.;:!?()\"“”]|\s[–—-]\s")
_BARE = re.compile(r"\s+(?:and|or)\s+", re.I)
_BARE_NEXT = re.compile(r"\s+(?:and|or)\s+((?:(?!(?:and|or)\b)[\w'’-]+\s?){1,3})(?=\s+(?:and|or)\s|[^\w'’ -]|$)", re.I)
MAX_SEGMENT_WORDS = 8  # a longer stretch between two separators is a clause, not a list item


def english_list_pieces(target: str, anchors: Sequence[int], wanted: int) -> list[int] | None:
    """The English list's items around the anchor tokens, counted up to `wanted`, as piece numbers of
    piece_numbers(), in order.

    The stretch from the first to the last anchored word is cut at commas and
    and/or; each piece must be short (a clause is no list item). Pieces a
    separator joins on before the stretch are items whatever their length
    (the first item carries the lead-in words). After it, the list goes on
    only to the and/or that closes it ("A, B, C and D"): when the stretch
    holds that and/or already, nothing after it is an item. None when the
    stretch is no list."""
    tokens = english_tokens(target)
    lo, hi = tokens[min(anchors)].start, tokens[max(anchors)].end
    stretch = target[lo:hi]
    if _CLAUSE_END.search(stretch):
        return None
    pieces = SEPARATOR.split(stretch)
    if any(english_word_count(p) > MAX_SEGMENT_WORDS for p in pieces):
        return None
    first = piece_numbers(target)[min(anchors)]
    inside = [first + k for k, p in enumerate(pieces) if not _ETC.match(p)]
    separators = [m.group() for m in SEPARATOR.finditer(stretch)]
    # a lone anchored piece after a bare and/or closes "X and Y" or "W, X and Y": the pieces before are counted from
    # that and/or (the comma reading would take "Zoomlion and" for lead-in words of "Broad Group")
    paired = _pair_before(target[:lo], wanted - len(inside)) if not separators else 0
    before = paired or _items_before(target[:lo], wanted - len(inside))
    after = 0
    if paired:  # "X and Y": the and/or before the anchored piece closed the list, unless another bare one goes on
        after = _joined_after(target[hi:], wanted - len(inside) - before)
    elif not any(CONJUNCTION.search(m) for m in separators):
        after = _items_after(target[hi:], wanted - len(inside) - before)
    elif all(_BARE.fullmatch(m) for m in separators):  # "angry and mean and nasty and untruthful": and/or goes on
        after = _joined_after(target[hi:], wanted - len(inside) - before)
    last = first + len(pieces) - 1
    return list(range(first - before, first)) + inside + list(range(last + 1, last + 1 + after))


def _joined_after(text: str, room: int) -> int:
    """Short pieces each joined by a bare and/or after a stretch joined the same way (at most `room`). The list
    ends at a piece that is no item: "and so on"/"and others" (as _ETC for the other counts), one of function
    words only ("and on and on"), or a verb phrase ("…trade and investment and promote growth": a new predicate)."""
    found = 0
    while found < room and (m := _BARE_NEXT.match(text)) and _is_item(m.group(1)):
        found += 1
        text = text[m.end():]
    return found


def _is_item(piece: str) -> bool:
    """Whether a piece after a bare and/or may be a list item: not 等's "so on", not function words only, not
    opened by a word English uses as a verb only ("promote", "strengthen"; "boost" or "trade" may be nouns).
    A verb's base form before its object ("and boost jobs") stays an item: in "improve transport and
    communications and supply chains" a noun list reads the same way."""
    from qa.lang.lemmas import all_lemmas

    words = re.findall(r"[\w'’-]+", piece.lower())
    if _ETC.match(piece.strip()) or all(w in STOP_WORDS for w in words):
        return False
    return set(all_lemmas(words[0])) != {"VERB"}


def _items_before(text: str, room: int) -> int:
    """Pieces joined by commas before the stretch (at most `room`): in "A, B, C and D" the and/or
    comes last, so a piece joined by one is no item. The anchored word may stand a few words into
    its item ("the Emperor")."""
    m = re.search(r"(?:" + _COMMA.pattern + r")((?:[\w'’-]+\s+){0,3})$", text, re.I)
    if not m:
        return 0
    rest, found = text[: m.start()], 0
    while found < room:
        separators = list(SEPARATOR.finditer(rest))
        cut = separators[-1].end() if separators else 0
        clause = max((x.end() for x in _CLAUSE_END.finditer(rest)), default=0)
        if not english_word_count(rest[max(cut, clause):]):
            break
        found += 1
        if clause >= cut or not separators or not _COMMA.fullmatch(separators[-1].group()):
            break
        rest = rest[: separators[-1].start()]
    return found


def _pair_before(text: str, room: int) -> int:
    """Items before an anchored piece that a bare and/or joins on (the anchored word a few words after it): the
    short piece before that and/or, and the pieces commas join before it ("with no benefit and high risk": 1;
    "CRRC, Zoomlion and Broad Group": 2). 0 when no and/or closes the text, or when room is 0."""
    m = re.search(r"\s+(?:and|or)\s+((?:[\w'’-]+\s+){0,3})$", text, re.I)
    if not m or room < 1:
        return 0
    rest = text[: m.start()]
    cut = max((x.end() for p in (SEPARATOR, _CLAUSE_END) for x in p.finditer(rest)), default=0)
    if not 0 < english_word_count(rest[cut:]) <= MAX_SEGMENT_WORDS:
        return 0
    return 1 + _items_before(rest + ", ", room - 1) if _COMMA.search(rest[max(cut - 2, 0) : cut] if cut else "") else 1


def _items_after(text: str, room: int) -> int:
    """Short pieces after the stretch up to the and/or that closes the list (0 without one)."""
    m = re.match(r"((?:\s*[\w'’-]++){0,3}?)(" + SEPARATOR.pattern + r")", text, re.I)
    pending = 0
    while m and pending < room:
        rest = text[m.end():]
        nxt = SEPARATOR.search(rest)
        clause = _CLAUSE_END.search(rest)
        end = min(x.start() for x in (nxt, clause) if x) if (nxt or clause) else len(rest)
        piece = rest[:end]
        closing = bool(CONJUNCTION.search(m.group(2)))
        if not english_word_count(piece) or (english_word_count(piece) > MAX_SEGMENT_WORDS and not closing):  # the last item runs on
            return 0
        pending += 0 if _ETC.match(piece.strip()) else 1
        if _BARE.fullmatch(m.group(2)) and pending < room:  # "mean and nasty and untruthful": the and/or goes on
            return pending + _joined_after(rest[end:], room - pending)
        if CONJUNCTION.search(m.group(2)) or pending >= room:
            return pending
        if not nxt or (clause and clause.start() < nxt.start()):
            return 0
        text = rest[nxt.start():]
        m = re.match(r"()(" + SEPARATOR.pattern + r")", text, re.I)
    return 0


def english_word_count(text: str) -> int:
    """Words of an English stretch (hyphenated and apostrophe words whole): how long a list piece is."""
    return len(re.findall(r"[\w'’-]+", text))


@lru_cache(maxsize=256)
def piece_numbers(target: str) -> tuple[int, ...]:
    """For each English token, the number of the list piece it stands in (pieces end at commas,
    and/or and clause punctuation). Once per target: each list of the pair, and each reading of one, asks."""
    ends = sorted(m.end() for p in (SEPARATOR, _CLAUSE_END) for m in p.finditer(target))
    return tuple(bisect_right(ends, t.start) for t in english_tokens(target))
