"""T101's word matching, read faster (a term's known words by prefix for same_word, their cores' tails for
is_variant): on real pages, every target word gets the answer of the plain scan over every known word."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.lang.cedict import english_glosses
from qa.lang.en_words import CONNECTORS, MIN_VARIANT_CORE, is_variant, letter_words, same_word
from qa.terminology.document_terms import term_index
from qa.terminology.vocab import dictionary_word, term_vocab, variant_part, word_in_whole, word_match

COUNTY = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"


def _plain_whole(term, word):
    vocab = term_vocab(term)
    return vocab is not None and any(same_word(word, v) for v in vocab.whole)


def _plain_match(term, word, learned):
    """The definition: the word against every known word of each sub-word, then the term's own name, then learned."""
    vocab = term_vocab(term, learned)
    if vocab is None or word[:4] not in vocab.keys:
        return ()
    for k, part in enumerate(vocab.parts):
        if any(same_word(word, v) for v in part):
            return (k,)
    if _plain_whole(term, word):
        return (-1,)
    return tuple(k for k, part in enumerate(vocab.learned) if any(same_word(word, v) for v in part))


def _plain_variant(term, word, learned):
    vocab = term_vocab(term, learned)
    if vocab is None or word in CONNECTORS or len(word) < MIN_VARIANT_CORE or _plain_match(term, word, learned):
        return None
    for k, part in enumerate(vocab.parts):
        if any(is_variant(word, v) for v in part):
            return k, True
    for k, part in enumerate(vocab.learned):
        if any(is_variant(word, v) for v in part):
            return k, False
    return None


@pytest.fixture(scope="module")
def pages(sample_page):
    from qa.pipeline import load_alignment

    return [list(load_alignment(path).pairs) for path in (sample_page, COUNTY)]


def test_word_matching_answers_as_the_plain_scan(pages):
    matched = variants = learned_hits = 0
    for pairs in pages:
        index = term_index(pairs)
        words = sorted({w for p in pairs for w in letter_words(p.target)})
        for term in sorted(index.recurring):
            learned = index.learned[term]
            vocab = term_vocab(term, learned)
            for word in words:
                found = word_match(term, word, learned)
                assert found == _plain_match(term, word, learned), (term, word)
                assert word_in_whole(term, word) == _plain_whole(term, word), (term, word)
                assert dictionary_word(term, word, learned) == (vocab is not None and (_plain_whole(term, word) or any(
                    any(same_word(word, v) for v in part) for part in vocab.parts))), (term, word)
                variant = variant_part(term, word, learned)
                assert variant == _plain_variant(term, word, learned), (term, word)
                matched += bool(found)
                variants += variant is not None
                learned_hits += bool(variant and not variant[1]) or bool(found and vocab and found[0] >= 0
                                                                         and any(vocab.learned))
    assert matched > 500 and variants > 50 and learned_hits > 10, (matched, variants, learned_hits)


def test_glosses_are_a_new_list_each_time():
    """The glosses are worked out once per word; a caller changing its list changes no later answer."""
    first = english_glosses("政法")
    assert "politics and law" in first
    first.append("changed")
    first.clear()
    assert "politics and law" in english_glosses("政法")
