"""Where a recurring term is rendered in an English target: phrases spelled word by word from its vocabulary."""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang.en_words import CONNECTORS, Token, english_tokens
from qa.terminology.vocab import (
    NO_PART,
    Learned,
    assign_parts,
    dictionary_word,
    term_vocab,
    variant_part,
    word_in_whole,
    word_match,
)

_PHRASE_GAP = re.compile(r"[\s,\-]+")  # between the words of one rendering: "One Belt, One Road"
_WORD_GAP = re.compile(r"[\s\-]+")  # between a word and its variant neighbour


@lru_cache(maxsize=4096)
def _target_view(target: str) -> tuple[tuple[Token, ...], tuple[str, ...], dict[str, tuple[int, ...]], tuple[str, ...]]:
    """Tokens, their lower case, where each four-letter prefix occurs and the text before each
    token: read once per target, however many terms its pair holds."""
    tokens = english_tokens(target)
    lowered = tuple(t.text.lower() for t in tokens)
    gaps = tuple(target[tokens[k - 1].end : tokens[k].start] or "x" if k else "" for k in range(len(tokens)))
    positions: dict[str, list[int]] = {}
    for k, word in enumerate(lowered):
        positions.setdefault(word[:4], []).append(k)
    return tokens, lowered, {key: tuple(ks) for key, ks in positions.items()}, gaps


def renderings(term: str, target: str, learned: Learned = ()) -> list[str]:
    """English phrases in `target` that spell `term` word by word ("social governance").

    A word counts for a sub-word when CC-CEDICT glosses it that way, when the
    document's pairs link it to the sub-word (`learned`), or, next to a word
    that does count, when it is a variant spelling of a known word whose
    sub-word is still missing (rural *vitalization* for revitalization). A
    rendering needs every sub-word covered and at least one word the
    dictionary vouches for, so co-occurrence alone never makes one.

    Longer than 60 lines on purpose: it is one left-to-right scan whose steps
    (extend the phrase, take a variant, stop at a second rendering) share the
    scan's state (candidates, parts used, anchored words); split apart they
    would hand six values back and forth, and this is a move, not a rewrite.
    """
    vocab = term_vocab(term, learned)
    if vocab is None:
        return []
    tokens, lowered, positions, gaps = _target_view(target)
    keys = vocab.keys.intersection(positions)
    if not keys:
        return []
    starts = sorted({k for key in keys | {"one"} for k in positions.get(key, ())})
    known: dict[int, tuple[int, ...]] = {}

    def match(k: int) -> tuple[int, ...]:
        if k not in known:
            known[k] = word_match(term, lowered[k], learned) if lowered[k][:4] in keys else ()
        return known[k]

    def spaced(k: int, pattern: re.Pattern = _PHRASE_GAP) -> bool:
        return bool(pattern.fullmatch(gaps[k]))

    def variant(k: int, covered: set[int]) -> tuple[int, bool] | None:
        found = variant_part(term, lowered[k], learned)
        return found if found is not None and found[0] not in covered else None

    found: list[str] = []
    done = 0
    for i in starts:
        if i < done or (not match(i) and lowered[i] != "one"):
            continue
        first = match(i)[0] if match(i) else NO_PART
        cands: dict[int, tuple[int, ...]] = {i: match(i)}
        anchored: set[int] = {i} if match(i) and dictionary_word(term, lowered[i], learned) else set()
        used: list[int] = [first]
        start = i
        if i > done and match(i) and not match(i - 1) and spaced(i, _WORD_GAP):
            before = variant(i - 1, {first})  # "vitalization of"… is not joined; "re-vitalized rural" is
            if before is not None:
                start = i - 1
                cands[start] = (before[0],)
                used.insert(0, before[0])
                if before[1]:
                    anchored.add(start)
        j = i + 1
        while j < len(tokens) and spaced(j):
            word = lowered[j]
            if word in CONNECTORS:
                if lowered[j - 1] in CONNECTORS and lowered[j - 1] != "one" and word != "one":
                    break  # "… Initiative and the One Belt": two renderings side by side
            elif match(j):
                part = match(j)[0]
                if part >= 0 and part in used and lowered[j - 1] in CONNECTORS:
                    break  # "social management and governance": a second rendering starts
                used.append(part)
                cands[j] = match(j)
                if dictionary_word(term, word, learned):
                    anchored.add(j)
            elif match(j - 1) and spaced(j, _WORD_GAP) and (v := variant(j, set(used))) is not None:
                used.append(v[0])
                cands[j] = (v[0],)
                if v[1]:
                    anchored.add(j)
                j += 1
                break  # a variant ends the phrase: "rural vitalization", never "rural vitalization villages"
            else:
                break
            j += 1
        while j > start and lowered[j - 1] in CONNECTORS:
            j -= 1
        done = max(j, i + 1)
        if len(cands) < 2 or not anchored:
            continue  # one word is never a rendering
        start, j = _trim_learned(start, j, lowered, cands, anchored)
        content = [k for k in range(start, j) if lowered[k] not in CONNECTORS]
        parts_used = set(assign_parts([cands.get(k, ()) for k in content]))
        covered = all(k in parts_used for k in range(len(vocab.parts)) if vocab.known(k))
        whole_hits = sum(1 for k in content if word_in_whole(term, lowered[k]))
        if len(content) >= 2 and anchored and (covered or whole_hits >= 2):
            found.append(target[tokens[start].start : tokens[j - 1].end])
    return found



def _trim_learned(start: int, end: int, lowered: list[str], cands: dict[int, tuple[int, ...]],
                  anchored: set[int]) -> tuple[int, int]:
    """Drop words at either end that only co-occurrence links to the term and whose sub-words the
    dictionary words of the run already cover: the neighbour term's words ("affairs" before
    "work conference", which co-occurs with 工作 because 政法工作 does) are not this rendering."""

    def redundant(k: int, lo: int, hi: int) -> bool:
        if k in anchored or not cands.get(k):
            return False
        vouched = {p for m in range(lo, hi) if m != k and m in anchored for p in cands.get(m, ())}
        return set(cands[k]) <= vouched

    changed = True
    while changed and end - start > 1:
        changed = False
        if redundant(start, start, end):
            start += 1
            while start < end and lowered[start] in CONNECTORS:
                start += 1
            changed = True
        if end - start > 1 and redundant(end - 1, start, end):
            end -= 1
            while end > start and lowered[end - 1] in CONNECTORS:
                end -= 1
            changed = True
    return start, end

