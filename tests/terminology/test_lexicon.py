"""T101's document lexicon, read faster (glosses by prefix once per word, rivals ranked once per English word):
on real pages, the same Dice scores in the same order and the same learned words as the plain definition."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.lang.en_words import english_keys, same_word
from qa.lang.segment import segment
from qa.lang.zh import HAN_WORD
from qa.terminology.lexicon import _FUNCTION_TAGS, MIN_COOCCURRENCE, MIN_DICE, RIVAL_RATIO, Lexicon, learn_lexicon, learned_for
from qa.terminology.vocab import gloss_words

COUNTY = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"


def _plain_cooccurrence(pairs, parts):
    """The definition: every gloss of every content word of the pair, every key tested against them all."""
    from collections import Counter

    zh_count, en_count, both = Counter(), Counter(), Counter()
    for tokens, target in pairs:
        keys = english_keys(target)
        en_count.update(keys.keys())
        present = {w for w, _ in tokens if w in parts}
        zh_count.update(present)
        if not present or not keys:
            continue
        glossed = [(word, gloss) for word, tag in tokens if HAN_WORD.match(word) and not tag.startswith(_FUNCTION_TAGS)
                   for gloss in gloss_words(word) or frozenset().union(*map(gloss_words, word))]
        for key in keys:
            explainers = {w for w, g in glossed if same_word(key, g)}
            for chinese in present:
                if not explainers - {chinese}:
                    both[chinese, key] += 1
    return {(c, k): 2 * n / (zh_count[c] + en_count[k]) for (c, k), n in both.items() if n >= MIN_COOCCURRENCE}


def _plain_learned(term: str, lexicon: Lexicon):
    """The definition: the rival is the maximum over every Chinese word outside the term linked to the key."""
    words = [w for w, _ in segment(term)]
    found = []
    for word in words:
        kept = set()
        for key, score in lexicon.by_chinese.get(word, {}).items():
            rival = max((s for other, s in lexicon.by_english[key].items() if other not in words), default=0.0)
            if score >= MIN_DICE and score >= RIVAL_RATIO * rival:
                kept.add(key)
        found.append(frozenset(kept))
    return tuple(found) if any(found) else ()


@pytest.fixture(scope="module")
def pages(sample_page):
    from qa.pipeline import load_alignment

    out = []
    for path in (sample_page, COUNTY):
        pairs = [p for p in load_alignment(path).pairs if p.source.strip() and p.target.strip()]
        out.append([(segment(p.source), p.target) for p in pairs])
    return out


def test_the_scores_are_the_definitions(pages):
    from qa.terminology.lexicon import cooccurrence

    sizes = []
    for pairs in pages:
        words = sorted({w for tokens, _ in pairs for w, _ in tokens if HAN_WORD.match(w)})
        for parts in (set(words), set(words[::2])):  # every word, and half: a pair's explainer need not be a part
            fast, plain = cooccurrence(pairs, parts), _plain_cooccurrence(pairs, parts)
            assert list(fast.items()) == list(plain.items())
            sizes.append(len(plain))
    assert min(sizes) >= 5 and max(sizes) > 1000, sizes


def test_the_learned_words_are_the_definitions(pages):
    compared = 0
    for pairs in pages:
        words = [[w for w, _ in tokens if HAN_WORD.match(w)] for tokens, _ in pairs]
        parts = {w for ws in words for w in ws}
        lexicon = learn_lexicon(pairs, parts)
        terms = {a + b for ws in words for a, b in zip(ws, ws[1:])} | parts  # words and two-word runs as written
        for term in sorted(terms):
            assert learned_for(term, lexicon) == _plain_learned(term, lexicon), term
            compared += bool(_plain_learned(term, lexicon))
    assert compared > 100
