"""Which comma clause of a source sentence the English lost: A009's dictionary and encoder evidence.

A source word with no dictionary counterpart in the English is no omission by
itself (translators restructure, and CC-CEDICT misses renderings), and the
sentence encoder does not see a single word go. A clause is different: when
none of its dictionary content words, names and numbers is rendered anywhere
in the English, and the source reads closer to the English without it than
with it, the English most likely lost it. Both pieces of evidence are needed:

- the dictionary (qa.lang.list_items.item_senses, read through
  qa.lang.list_words.rendering as A006 reads list items) settles most
  clauses at once: a clause with one content word rendered is kept;
- the encoder is asked only about the clauses the dictionary leaves with
  nothing rendered (a few per hundred pairs), so its cost stays small:
  Δ = cos(sentence without the clause, E) − cos(sentence, E), E the English
  sentence (or it with a neighbour) most like the clause's source sentence.

A document whose English leaves many clauses unanchored (a novel rendered
freely) gives the dictionary no say there: `freely_rendered` tells the check.

The encoder's cost is bounded: a sentence over MAX_SENTENCE_HAN Chinese
characters is not judged (one clause moves its embedding too little to see,
and a 20,000-character comma chain cost minutes), at most MAX_PER_SENTENCE
clauses of a sentence go to the encoder, and each sentence is embedded once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from qa.lang.list_words import TargetWords

from qa.lang.zh import han_count

# A clause: a stretch between the source's commas, semicolons, colons and sentence ends (not the comma or
# colon inside a figure: 6,400亿, 10:8).
_CLAUSE = re.compile(r"(?:[^，；,;：:。！？!?\n]|(?<=\d)[,:](?=\d))+")
_CUT_AFTER = "，；,;"  # the separator that goes with a clause cut out of the source
MIN_HAN = 5  # shorter clauses (据悉, 他说) are discourse frames translators fold into the sentence
MIN_WORDS = 1  # dictionary content words a clause needs to be judged (the encoder gives the second evidence)
# Δ above this: the source without the clause is closer to the English. Measured with bench.detect on
# clause-dropped and the clean sets (see the check's docstring).
MIN_GAIN = 0.04
# A document whose English leaves more than this share of its clauses (and at least FREE_MIN_CLAUSES of them)
# with nothing rendered is translated freely (MAC-Dev's novels: 18-44 % per document; the news sets' documents
# mostly under 10 %): there an unanchored clause is no evidence of a loss, and A009 says nothing.
FREE_SHARE = 0.15
FREE_MIN_CLAUSES = 3
# A pair whose English is this many robust sigmas shorter than the document's median log length ratio
# predicts is damaged (A004's or A005's): its unanchored clauses say nothing of how freely the rest is rendered.
SHORT_SIGMAS = 4.0
SHORT_MIN_PAIRS = 5  # fewer judged pairs: no median to measure against
MIN_SIGMA = 0.15  # as A005's: a document of near-equal ratios does not make every small shortfall an outlier
MAX_SENTENCE_HAN = 300  # longer sentences are not judged
MAX_PER_SENTENCE = 3  # clauses of one sentence the encoder is asked about: those with most content words
# jieba tags of content words: adjectives, nouns, verbs, idioms, fixed expressions, abbreviations (not
# adverbs: 切实, 大力 are padding translators drop); names are looked for by sound and dictionary apart
_CONTENT = ("a", "n", "v", "i", "l", "j")
_NAMES = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz", "nrg"})
# verbs that frame a clause rather than say it: 表示 'indicate', 认为 'think' are rendered by "said" or nothing
_FRAMES = frozenset({"表示", "认为", "指出", "介绍", "称", "据悉", "据了解", "强调", "说", "看来", "来看", "而言", "来说"})


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str
    words: tuple[str, ...]  # its dictionary content words, in order


def source_clauses(source: str) -> list[tuple[int, int]]:
    """(start, end) of each clause with Chinese in it."""
    spans = []
    for m in _CLAUSE.finditer(source):
        text = m.group()
        if han_count(text):
            start = m.start() + len(text) - len(text.lstrip())
            spans.append((start, start + len(text.strip())))
    return spans


@lru_cache(maxsize=1024)
def _eligible(source: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """(start, end, dictionary content words) of each clause of a multi-clause source long enough and with
    enough words to be judged: jieba's content words of two characters or more that CC-CEDICT knows (the
    source is segmented once, as every check segments it; a word across a clause's edge belongs to neither)."""
    from qa.lang.list_items import item_senses
    from qa.lang.list_names import _common_word  # a word jieba tags as a name that CC-CEDICT knows as common (护城河)
    from qa.lang import zh
    from qa.lang.segment import segment

    spans = source_clauses(source)
    if len(spans) < 2:
        return ()
    long = [(a, b) for a, b in zh.sentence_spans(source) if han_count(source[a:b]) > MAX_SENTENCE_HAN]
    words: list[list[str]] = [[] for _ in spans]
    k, at = 0, 0
    for word, tag in segment(source):
        while k < len(spans) and spans[k][1] <= at:
            k += 1
        if k == len(spans):
            break
        start, end = spans[k]
        if start <= at and at + len(word) <= end and len(word) >= 2 and tag[:1] in _CONTENT \
                and (tag not in _NAMES or _common_word(word)) and word not in _FRAMES and item_senses(word):
            words[k].append(word)
        at += len(word)
    return tuple((a, b, tuple(w)) for (a, b), w in zip(spans, words)
                 if han_count(source[a:b]) >= MIN_HAN and len(w) >= MIN_WORDS
                 and not any(x <= a < y for x, y in long))


def unrendered_clauses(source: str, target: str) -> list[Clause]:
    """Clauses of a multi-clause source of which the English renders nothing: no content word's
    dictionary sense, no name (by sound or dictionary), no number."""
    return list(_unrendered(source, target))


@lru_cache(maxsize=1024)
def _unrendered(source: str, target: str) -> tuple[Clause, ...]:
    from qa.lang.list_items import item_senses
    from qa.lang.list_words import target_words

    read = None
    found = []
    for start, end, words in _eligible(source):
        text = source[start:end]
        read = read or target_words(target)
        if any(_said(read, item_senses(w)) for w in words):
            continue
        if _said_otherwise(text, words, target):
            continue
        found.append(Clause(start, end, text, words))
    return tuple(found)


def _said(read: "TargetWords", senses: frozenset[str]) -> bool:
    """Whether a word of the English carries one of the senses: a plain stem or base first (most rendered
    words are found there at once), then everything qa.lang.list_words.rendering reads."""
    from qa.lang.list_words import _base, rendering

    return any(s in read.by_stem or _base(s) in read.by_base for s in senses) or bool(rendering(read, senses))


def freely_rendered(pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether a document's English renders its clauses too freely for an unanchored clause to mean a loss:
    more than FREE_SHARE of its judged clauses (and FREE_MIN_CLAUSES or more) have nothing rendered."""
    judged = unanchored = 0
    for source, target in _not_short(list(pairs)):
        if source.strip() and target.strip():
            judged += len(_eligible(source))
            unanchored += len(unrendered_clauses(source, target))
    return unanchored >= FREE_MIN_CLAUSES and unanchored > FREE_SHARE * judged


def _not_short(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs whose English is not far shorter than the document's median length ratio predicts: a pair
    of twenty joined source lines with one line's English would otherwise count as twenty lines rendered freely
    and silence A009 for the whole document."""
    import math

    from qa.align.length import robust_centre

    logs = {k: math.log(max(len(t.strip()), 1) / han_count(s)) for k, (s, t) in enumerate(pairs)
            if s.strip() and t.strip() and han_count(s) >= MIN_HAN}
    if len(logs) < SHORT_MIN_PAIRS:
        return pairs
    centre, sigma = robust_centre(list(logs.values()), MIN_SIGMA)
    return [p for k, p in enumerate(pairs) if k not in logs or (centre - logs[k]) / sigma <= SHORT_SIGMAS]


def _said_otherwise(text: str, words: tuple[str, ...], target: str) -> bool:
    """A name of the clause spelt, rendered or heard in the English (阿德丽安娜 "Adriana"), a word of it spelt in
    pinyin (点评 "Dianping.com"), or one of its figures there: the clause is rendered in part, and a name or
    figure it lost is M106's or N202's finding."""
    from qa.lang.en_words import capitalised_words
    from qa.lang.list_anchors import pinyin_anchors
    from qa.lang.list_names import name_said
    from qa.lang.numbers import find_numbers, loose_number_values
    from qa.lang.transliteration import sounded_in_source

    if name_said(text, target) or any(pinyin_anchors(w, target) for w in words) \
            or any(sounded_in_source(w, text) for w in set(capitalised_words(target))):
        return True
    figures = find_numbers(text, "zh")
    if figures:
        english = loose_number_values(target, "en")
        return any(round(v, 6) in english for m in figures for v in m.values)
    return False


def without(source: str, clause: Clause) -> str:
    """The source with the clause and the comma after it cut out."""
    end = clause.end + (1 if source[clause.end : clause.end + 1] in tuple(_CUT_AFTER) else 0)
    if end == clause.end and clause.start and source[clause.start - 1] in _CUT_AFTER:
        return source[: clause.start - 1] + source[end:]  # the last clause: the comma before it
    return source[: clause.start] + source[end:]


def gains(source: str, target: str, clauses: list[Clause]) -> list[float]:
    """Δ of each clause, read in its own sentence: how much closer that sentence comes without the clause to
    the English sentence, or that sentence with a neighbour, most like it. In a paragraph-long pair one clause
    moves the whole pair's embedding too little to see. The English sentences are embedded one by one, each
    source sentence once with one cut per clause, and only the best English sentence's two joins with its
    neighbours beside it (not every join of the paragraph)."""
    import numpy as np

    from qa.align.embed import embed
    from qa.lang import en, zh

    english = en.split_sentences(target) or [target]
    spans = zh.sentence_spans(source)
    groups: dict[tuple[int, int], list[int]] = {}
    for k, c in enumerate(clauses):
        groups.setdefault(next(((a, b) for a, b in spans if a <= c.start < b), (0, len(source))), []).append(k)
    texts: list[str] = []
    where: dict[int, tuple[int, int]] = {}  # clause → (its sentence's text index, its cut's)
    for (a, b), members in groups.items():
        at = len(texts)
        texts.append(source[a:b])
        for k in members:
            c = clauses[k]
            where[k] = (at, len(texts))
            texts.append(without(source[a:b], Clause(c.start - a, c.end - a, c.text, c.words)))
    vectors = embed(english + texts)
    single, own = vectors[: len(english)], vectors[len(english) :]
    windows_of: dict[int, np.ndarray] = {}
    out = []
    for k in range(len(clauses)):
        s_at, c_at = where[k]
        sentence, cut = own[s_at], own[c_at]
        if s_at not in windows_of:
            best = int((single @ sentence).argmax())
            joins = [f"{english[j]} {english[j + 1]}" for j in (best - 1, best) if 0 <= j < len(english) - 1]
            windows_of[s_at] = np.vstack([single[best : best + 1], embed(joins)]) if joins else single[best : best + 1]
        windows = windows_of[s_at]
        sims = windows @ sentence
        top = int(sims.argmax())
        out.append(float(windows[top] @ cut - sims[top]))
    return out


def asked(source: str, clauses: Iterable[Clause]) -> list[Clause]:
    """The clauses the encoder is asked about: in each sentence at most MAX_PER_SENTENCE, those with most
    content words (then the longest), in their order in the source."""
    from qa.lang import zh

    spans = zh.sentence_spans(source)
    groups: dict[tuple[int, int], list[Clause]] = {}
    for c in clauses:
        groups.setdefault(next(((a, b) for a, b in spans if a <= c.start < b), (0, len(source))), []).append(c)
    kept = [c for members in groups.values()
            for c in sorted(members, key=lambda c: (-len(c.words), -han_count(c.text)))[:MAX_PER_SENTENCE]]
    return sorted(kept, key=lambda c: c.start)


def lost_clauses(source: str, target: str, min_gain: float = MIN_GAIN) -> list[tuple[Clause, float]]:
    """The clauses the English most likely lost, with their Δ: nothing of them rendered, and the source
    closer to the English without them by more than `min_gain`."""
    return list(_lost(source, target, min_gain))


@lru_cache(maxsize=256)
def _lost(source: str, target: str, min_gain: float) -> tuple[tuple[Clause, float], ...]:
    if not source.strip() or not target.strip():
        return ()
    clauses = asked(source, unrendered_clauses(source, target))
    if not clauses:
        return ()
    return tuple((c, g) for c, g in zip(clauses, gains(source, target, clauses)) if g > min_gain)
