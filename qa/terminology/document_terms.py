"""A document's recurring terms and their renderings, and its quoted terms paired by position.

Renderings are found without an all-pairs comparison: each pair is read once,
its recurring terms (term_candidates, kept when they occur in two or more
pairs) are matched to English phrases spelled from their CC-CEDICT glosses
and from a lexicon the document's own pairs teach (learn_lexicon: Dice
co-occurrence, counted per pair, so 乡村 is "rural" where the dictionary says
only "village; countryside"), and quoted terms “…” are paired by position.
Time grows linearly with the number of pairs.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from qa.lang.quotes import chinese_quoted, english_quoted, phrase_key
from qa.lang.segment import segment
from qa.model import Pair
from qa.terminology.lexicon import learn_lexicon, learned_for
from qa.terminology.renderings import renderings
from qa.terminology.vocab import Learned, term_candidates

MAX_QUOTED_TERM = 12  # characters: a longer Chinese quotation is a sentence, not a term


@dataclass(frozen=True)
class Occurrence:
    pair: Pair
    text: str  # the rendering as written in the target
    key: str  # what counts as the same rendering


@dataclass(frozen=True)
class TermIndex:
    """Each pair's candidate terms, the recurring ones (in two pairs or more) and what the document's
    own pairs teach about each recurring term's words (learn_lexicon)."""

    by_pair: tuple[tuple[Pair, frozenset[str]], ...]
    recurring: frozenset[str]
    learned: dict[str, Learned]


def term_index(pairs: Iterable[Pair]) -> TermIndex:
    """One jieba pass over the pairs feeds both the term counts and the co-occurrence counts."""
    pairs = [p for p in pairs if p.source.strip() and p.target.strip()]
    segmented = [segment(p.source) for p in pairs]
    by_pair = tuple((p, frozenset(term_candidates(tokens))) for p, tokens in zip(pairs, segmented))
    counts = Counter(t for _, terms in by_pair for t in terms)
    recurring = frozenset(t for t, n in counts.items() if n >= 2)
    parts = {word for term in recurring for word, _ in segment(term)}
    lexicon = learn_lexicon(((tokens, p.target) for p, tokens in zip(pairs, segmented)), parts)
    return TermIndex(by_pair, recurring, {term: learned_for(term, lexicon) for term in recurring})


def term_occurrences(index: TermIndex) -> dict[str, list[Occurrence]]:
    """Renderings of every recurring source term, in pair order."""
    out: dict[str, list[Occurrence]] = defaultdict(list)
    for pair, terms in index.by_pair:
        for term in sorted(terms & index.recurring):
            found = renderings(term, pair.target, index.learned[term])
            if found and len(found) <= pair.source.count(term):
                out[term] += [Occurrence(pair, text, phrase_key(text)) for text in found]
    return dict(out)


def quoted_pairs(pair: Pair) -> list[tuple[str, str]]:
    """(Chinese quoted term, English quoted phrase) by position, when both sides quote as often."""
    zh = [q for q in chinese_quoted(pair.source) if len(q) <= MAX_QUOTED_TERM]
    en = english_quoted(pair.target)
    return list(zip(zh, en)) if zh and len(zh) == len(en) else []


def quoted_terms(pair: Pair) -> list[tuple[str, str]]:
    """(Chinese quoted term, English quoted phrase) for the terminology extractor: every quotation
    paired by position when both sides quote as often, then quoted sentences (over
    MAX_QUOTED_TERM characters) left out. Unlike quoted_pairs (T102's view), a sentence quoted
    among terms does not keep the terms beside it from pairing."""
    zh, en = chinese_quoted(pair.source), english_quoted(pair.target)
    if not zh or len(zh) != len(en):
        return []
    return [(term, phrase) for term, phrase in zip(zh, en) if len(term) <= MAX_QUOTED_TERM]


def quoted_occurrences(pairs: Iterable[Pair]) -> dict[str, list[Occurrence]]:
    """English of each quoted Chinese term, paired by position where both sides quote as often."""
    out: dict[str, list[Occurrence]] = defaultdict(list)
    for pair in pairs:
        for term, phrase in quoted_pairs(pair):
            out[term].append(Occurrence(pair, phrase, phrase_key(phrase)))
    return dict(out)
