"""T101's gloss table (qa.terminology.vocab: gloss_words read from a table built once per dictionary and kept
in qa's cache): on the words of real pages, each answer is the content words of the word's first eight
CC-CEDICT glosses, worked out here from cedict.english_glosses, for the stored table and for a fresh build."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest

from qa.lang import cedict
from qa.lang.en_words import content_words
from qa.lang.segment import segment
from qa.terminology.vocab import gloss_table_rows, gloss_words

COUNTY = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"


def _worked_out(word: str) -> frozenset[str]:
    return frozenset(w for gloss in cedict.english_glosses(word)[:8] for w in content_words(gloss))


@pytest.fixture(scope="module")
def page_words(sample_page) -> list[str]:
    """Every word jieba finds in two real pages' sources, and each of their characters (T101 glosses both)."""
    from qa.pipeline import load_alignment

    words = {w for path in (sample_page, COUNTY) for p in load_alignment(path).pairs for w, _ in segment(p.source)}
    return sorted(words | {c for w in words for c in w})


def test_stored_table_answers_as_the_glosses_worked_out(page_words):
    # a stale cache file (content_words or english_glosses changed, the table's format number not) fails here
    glossed = [w for w in page_words if _worked_out(w)]
    assert len(glossed) > 1000  # the pages' words, most of them in the dictionary
    assert [w for w in page_words if gloss_words(w) != _worked_out(w)] == []
    assert gloss_words("乡村") >= {"village", "countryside"} and gloss_words("，") == frozenset()


def test_a_fresh_build_answers_as_the_glosses_worked_out(page_words):
    rows = gloss_table_rows((w, tuple(cedict.english_glosses(w))) for w in page_words)
    assert {w: frozenset(found) for w, found in rows.items()} == {
        w: _worked_out(w) for w in page_words if _worked_out(w)}


def test_every_headword_is_read_with_its_glosses():
    read = dict(islice(cedict.every_english_glosses(), 3000))
    read.update((w, g) for w, g in cedict.every_english_glosses() if w in {"乡村", "縣", "中"})
    assert {"乡村", "縣", "中"} <= read.keys()
    assert [w for w, g in read.items() if list(g) != cedict.english_glosses(w)] == []
