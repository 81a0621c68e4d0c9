"""Lexical anchors: evidence that two spans translate each other, independent of the embedder.

Per segment we extract once: CC-CEDICT translations of the Chinese words, the
content-word stems of the English, number values and Chinese glosses quoted in
parentheses. A merged bead compares the unions over its segments, and the DP
needs that for every bead in its band, so the counts are precomputed with
numpy per segment and per window size ("how many of this segment's words have
a translation somewhere in the k segments of the other side ending here") and
a bead's score is a handful of array lookups, never a Python loop per cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

import numpy as np

from qa.align import cedict
from qa.lang.zh import HAN_CLASS

_PAREN_HAN = re.compile(f"[（(]([^()（）]*[{HAN_CLASS}][^()（）]*)[)）]")
_ARABIC = re.compile(r"\d+(?:[.,]\d+)*")
BLOCK = 256  # columns of the membership matrix built at a time: memory stays O(vocabulary x BLOCK)


def number_values(text: str, lang: str) -> list[float]:
    """Numbers in `text` (Chinese numerals, 万/亿, number words) via qa.lang.numbers; Arabic digits as a fallback."""
    try:
        from qa.lang.numbers import number_values as full
    except ImportError:  # pragma: no cover - qa.lang.numbers ships with the package
        values = []
        for match in _ARABIC.findall(text):
            try:
                values.append(float(match.replace(",", "")))
            except ValueError:
                continue
        return values
    return list(full(text, lang))


class _Columns:
    """Boolean membership matrix vocabulary x segments, materialised BLOCK segments at a time."""

    def __init__(self, ids_per_segment: Sequence[np.ndarray], vocab: int):
        self.ids = ids_per_segment
        self.vocab = vocab
        self._blocks: dict[int, np.ndarray] = {}

    def _block(self, k: int) -> np.ndarray:
        block = self._blocks.get(k)
        if block is None:
            if len(self._blocks) > 3:  # ranges move forward monotonically; keep only recent blocks
                self._blocks.pop(min(self._blocks))
            start, stop = k * BLOCK, min((k + 1) * BLOCK, len(self.ids))
            block = np.zeros((self.vocab + 1, BLOCK), dtype=bool)
            for col in range(start, stop):
                block[self.ids[col], col - start] = True
            self._blocks[k] = block
        return block

    def cols(self, c0: int, c1: int) -> np.ndarray:
        parts = [self._block(k) for k in range(c0 // BLOCK, (c1 - 1) // BLOCK + 1)] if c1 > c0 else []
        if not parts:
            return np.zeros((self.vocab + 1, 0), dtype=bool)
        whole = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=1)
        base = (c0 // BLOCK) * BLOCK
        return whole[:, c0 - base : c1 - base]


def window_hits(
    items: Sequence[list[np.ndarray]], other: _Columns, ranges: Sequence[tuple[int, int]], max_window: int
) -> tuple[np.ndarray, np.ndarray]:
    """For segment s and window size w: how many of s's items hit any of the w other-side segments ending at c.

    An item (a Chinese word, an English stem, a number) is a set of vocabulary
    ids and hits a segment of the other side when one of them is in it.
    Returns counts[s, w, k] for the window ending (exclusive) at c = offset[s] + k,
    and the offsets; windows reaching outside ranges[s] count 0.
    """
    width = max((c1 - c0 for c0, c1 in ranges), default=0)
    counts = np.zeros((len(items), max_window + 1, width + 1), dtype=np.float32)
    offsets = np.array([c0 for c0, _ in ranges], dtype=np.int64)
    for s, (seg_items, (c0, c1)) in enumerate(zip(items, ranges)):
        live = [ids for ids in seg_items if len(ids)]
        if not live or c1 <= c0:
            continue
        w = c1 - c0
        member = other.cols(c0, c1)
        starts = np.cumsum([0] + [len(ids) for ids in live[:-1]])
        hit = np.logical_or.reduceat(member[np.concatenate(live)], starts, axis=0)
        cum = np.zeros((len(live), w + 1), dtype=np.int32)
        np.cumsum(hit, axis=1, out=cum[:, 1:])
        for size in range(1, max_window + 1):
            if size <= w:
                counts[s, size, size : w + 1] = ((cum[:, size:] - cum[:, : w + 1 - size]) > 0).sum(axis=0)
    return counts, offsets


@dataclass
class PairAnchors:
    """Precomputed anchor counts of one document pair inside the DP band (see `score`)."""

    src_hits: np.ndarray  # [i', b, k]: Chinese words of src i' translated in tgt window of b ending at src_off[i'] + k
    src_off: np.ndarray
    tgt_hits: np.ndarray  # [j', a, k]: English stems of tgt j' found among the translations of src window of a
    tgt_off: np.ndarray
    src_cum: np.ndarray  # cumulative count of Chinese words
    tgt_cum: np.ndarray  # cumulative count of English stems
    num_src_hits: np.ndarray | None = None
    num_tgt_hits: np.ndarray | None = None
    num_src_cum: np.ndarray | None = None
    num_tgt_cum: np.ndarray | None = None
    name_src_hits: np.ndarray | None = None
    name_tgt_hits: np.ndarray | None = None
    name_src_cum: np.ndarray | None = None
    name_tgt_cum: np.ndarray | None = None

    @staticmethod
    def _span_hits(hits: np.ndarray, off: np.ndarray, rows: np.ndarray, a: int, size: int, ends: np.ndarray) -> np.ndarray:
        """Per cell: sum over segments rows-a .. rows-1 of hits[seg, size, ends - off[seg]] (0 outside the stored range)."""
        total = np.zeros(len(ends), dtype=np.float32)
        width = hits.shape[2]
        for t in range(a, 0, -1):
            seg = rows - t
            k = ends - off[seg]
            ok = (k >= 0) & (k < width)
            total[ok] += hits[seg[ok], size, k[ok]]
        return total

    def _tgt_span_hits(self, hits, off, rows: np.ndarray, a: int, b: int, js: np.ndarray) -> np.ndarray:
        """Per cell: sum over target segments js-b .. js-1 of hits[j', a, rows - off[j']]."""
        total = np.zeros(len(js), dtype=np.float32)
        width = hits.shape[2]
        for t in range(1, b + 1):
            seg = js - t
            k = rows - off[seg]
            ok = (k >= 0) & (k < width)
            total[ok] += hits[seg[ok], a, k[ok]]
        return total

    def coverage(self, i, a: int, b: int, js: np.ndarray) -> np.ndarray:
        """Harmonic mean of the share of Chinese words translated and of English stems accounted for.

        `i` is one DP row or an array of rows, one per end `js` (every cell of a bead type at once).
        """
        rows = np.broadcast_to(np.asarray(i), np.shape(js))
        zh_total = self.src_cum[rows] - self.src_cum[rows - a]
        en_total = self.tgt_cum[js] - self.tgt_cum[js - b]
        zh_share = self._span_hits(self.src_hits, self.src_off, rows, a, b, js) / np.maximum(zh_total, 1.0)
        en_share = self._tgt_span_hits(self.tgt_hits, self.tgt_off, rows, a, b, js) / np.maximum(en_total, 1.0)
        denom = zh_share + en_share
        return np.where(denom > 0, 2 * zh_share * en_share / np.where(denom > 0, denom, 1.0), 0.0)

    def agreement(self, i, a: int, b: int, js: np.ndarray, kind: str = "num") -> np.ndarray:
        """Shared tokens of `kind` ("num": numbers and parenthesised glosses; "name": see name_tokens).

        +1 all shared, -1 none shared, 0 when the bead has none.
        """
        src_hits, tgt_hits = getattr(self, f"{kind}_src_hits"), getattr(self, f"{kind}_tgt_hits")
        if src_hits is None:
            return np.zeros(len(js))
        src_cum, tgt_cum = getattr(self, f"{kind}_src_cum"), getattr(self, f"{kind}_tgt_cum")
        rows = np.broadcast_to(np.asarray(i), np.shape(js))
        total = (src_cum[rows] - src_cum[rows - a]) + (tgt_cum[js] - tgt_cum[js - b])
        hits = self._span_hits(src_hits, self.src_off, rows, a, b, js)
        hits = hits + self._tgt_span_hits(tgt_hits, self.tgt_off, rows, a, b, js)
        return np.where(total > 0, 2.0 * hits / np.maximum(total, 1.0) - 1.0, 0.0)


def band_ranges(lo: Sequence[int], hi: Sequence[int], n: int, m: int, max_a: int, max_b: int):
    """Other-side index ranges each segment's beads can reach inside the band (lo/hi are nondecreasing)."""
    lo_a, hi_a = np.asarray(lo), np.asarray(hi)
    src_ranges = []
    for s in range(n):
        c0 = max(0, int(lo_a[s + 1]) - max_b)
        c1 = int(hi_a[min(s + max_a, n)])
        src_ranges.append((c0, max(c0, c1)))
    tgt_ranges = []
    for t in range(m):
        first_row = int(np.searchsorted(hi_a, t + 1, "left"))
        last_row = int(np.searchsorted(lo_a, min(t + max_b, m), "right")) - 1
        r0 = max(0, first_row - max_a)
        tgt_ranges.append((r0, max(r0, min(last_row, n))))
    return src_ranges, tgt_ranges


def _stem_ids(words: list[frozenset[str]], vocab: dict[str, int]) -> list[np.ndarray]:
    return [np.array(sorted(vocab[s] for s in w if s in vocab), dtype=np.int64) for w in words]


def pair_anchors(
    src: Sequence[str], tgt: Sequence[str], lo, hi, max_a: int, max_b: int, *, numbers: bool
) -> PairAnchors:
    """Anchor counts for Chinese `src` and English `tgt` in the band lo/hi (DP rows 0..n)."""
    n, m = len(src), len(tgt)
    en_stems = [sorted(cedict.english_stems(t)) for t in tgt]
    vocab: dict[str, int] = {}
    for stems in en_stems:
        for s in stems:
            vocab.setdefault(s, len(vocab))
    zh_words = [cedict.chinese_words(t) for t in src]
    src_items = [_stem_ids(words, vocab) for words in zh_words]
    tgt_ids = [np.array([vocab[s] for s in stems], dtype=np.int64) for stems in en_stems]
    tgt_items = [[np.array([v])for v in ids] for ids in tgt_ids]
    src_union = [_sorted_unique(np.concatenate(items)) if items else np.zeros(0, np.int64) for items in src_items]
    src_ranges, tgt_ranges = band_ranges(lo, hi, n, m, max_a, max_b)
    src_hits, src_off = window_hits(src_items, _Columns(tgt_ids, len(vocab)), src_ranges, max_b)
    tgt_hits, tgt_off = window_hits(tgt_items, _Columns(src_union, len(vocab)), tgt_ranges, max_a)
    result = PairAnchors(
        src_hits, src_off, tgt_hits, tgt_off,
        np.concatenate([[0.0], np.cumsum([len(w) for w in zh_words])]),
        np.concatenate([[0.0], np.cumsum([len(s) for s in en_stems])]),
    )
    if numbers:
        _add_numbers(result, src, tgt, src_ranges, tgt_ranges, max_a, max_b)
    return result


def _sorted_unique(values: np.ndarray) -> np.ndarray:
    """np.unique of a 1-D integer array, without np.unique's import of numpy.ma (70 ms of every cold run)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


def _token_hits(src_tokens, tgt_tokens, src_ranges, tgt_ranges, max_a: int, max_b: int):
    """Hits of tokens shared by the two sides (each token a literal string), as window_hits counts and cumsums."""
    vocab: dict[str, int] = {}
    for toks in list(src_tokens) + list(tgt_tokens):
        for tok in sorted(toks):
            vocab.setdefault(tok, len(vocab))
    src_ids = [np.array(sorted(vocab[t] for t in toks), dtype=np.int64) for toks in src_tokens]
    tgt_ids = [np.array(sorted(vocab[t] for t in toks), dtype=np.int64) for toks in tgt_tokens]
    src_hits, _ = window_hits([[np.array([v]) for v in ids] for ids in src_ids], _Columns(tgt_ids, len(vocab)), src_ranges, max_b)
    tgt_hits, _ = window_hits([[np.array([v]) for v in ids] for ids in tgt_ids], _Columns(src_ids, len(vocab)), tgt_ranges, max_a)
    src_cum = np.concatenate([[0.0], np.cumsum([len(t) for t in src_ids])])
    tgt_cum = np.concatenate([[0.0], np.cumsum([len(t) for t in tgt_ids])])
    return src_hits, tgt_hits, src_cum, tgt_cum


def _add_numbers(result: PairAnchors, src, tgt, src_ranges, tgt_ranges, max_a: int, max_b: int) -> None:
    """Numbers (normalised values) and English-side Chinese glosses as shared tokens of both sides."""
    tgt_tokens = [
        {f"n{v:g}" for v in number_values(t, "en")} | {"g" + g.strip() for g in _PAREN_HAN.findall(t)} for t in tgt
    ]
    glosses = {tok[1:] for toks in tgt_tokens for tok in toks if tok[0] == "g"}
    src_tokens = [
        {f"n{v:g}" for v in number_values(s, "zh")} | {"g" + g for g in glosses if g and g in s} for s in src
    ]
    (result.num_src_hits, result.num_tgt_hits, result.num_src_cum,
     result.num_tgt_cum) = _token_hits(src_tokens, tgt_tokens, src_ranges, tgt_ranges, max_a, max_b)


_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'.][A-Za-z0-9]+)*")
_CAPITALISED = re.compile(r"(?<![.!?:\"'“‘]\s)(?<!^)\b[A-Z][a-z]+(?:-[a-z]+)?\b")


def name_tokens(src: Sequence[str], tgt: Sequence[str]) -> tuple[list[set[str]], list[set[str]]]:
    """Names both sides spell alike: Latin words in the Chinese, and English names that read as its pinyin.

    English side: every Latin word (lowercased) and every capitalised word
    inside a sentence that parses as pinyin syllables (Keqiang, Wang); Chinese
    side: its Latin words, and runs of one to three Han characters whose
    reading is one of those English names (李克强 → li, keqiang). Only names
    that occur in the English of the document are looked for, so the cost is
    a few set lookups per Chinese character.
    """
    from qa.lang import pinyin
    from qa.lang.en_words import STOP_WORDS

    latin = [{"l" + w.lower() for w in _LATIN.findall(text)} for text in src]
    in_source = set().union(*latin) if latin else set()
    tgt_tokens: list[set[str]] = []
    names: set[str] = set()
    for text in tgt:
        toks = {"l" + w.lower() for w in _LATIN.findall(text)} & in_source
        for word in _CAPITALISED.findall(text):
            folded = pinyin.fold(word)
            if folded not in STOP_WORDS and pinyin.split_syllables(folded):
                toks.add("p" + folded)
                names.add(folded)
        tgt_tokens.append(toks)
    src_tokens: list[set[str]] = []
    for text, toks in zip(src, latin):
        if names:
            for start in range(len(text)):
                spellings = {""}
                for ch in text[start : start + 3]:
                    readings = pinyin.char_syllables(ch) if "\u4e00" <= ch <= "\u9fff" else frozenset()
                    spellings = {s + r for s in spellings for r in readings}
                    if not spellings or len(spellings) > 64:
                        break
                    toks.update("p" + s for s in spellings if s in names)
        src_tokens.append(toks)
    return src_tokens, tgt_tokens


def add_names(result: PairAnchors, src, tgt, lo, hi, max_a: int, max_b: int) -> None:
    """Shared names (see name_tokens) as their own agreement counts on `result`."""
    src_ranges, tgt_ranges = band_ranges(lo, hi, len(src), len(tgt), max_a, max_b)
    src_tokens, tgt_tokens = name_tokens(src, tgt)
    (result.name_src_hits, result.name_tgt_hits, result.name_src_cum,
     result.name_tgt_cum) = _token_hits(src_tokens, tgt_tokens, src_ranges, tgt_ranges, max_a, max_b)
