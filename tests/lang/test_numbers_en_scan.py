"""find_en tries its big pattern only where a match can start: it must find exactly what a full scan finds."""

import pytest

from qa.lang import numbers_en
from qa.lang.numbers_en import _EN_PATTERNS, _en_matches, find_en
from tests.corpora import corpus_rows


def _full_scan(text):
    return [(m.span(), m.groupdict()) for m in _EN_PATTERNS.finditer(text)]


def _candidates(text):
    return [(m.span(), m.groupdict()) for m in _en_matches(text)]


@pytest.mark.parametrize("text", [
    "I. Overview\nII. Tasks\n  III. Measures\n\tIV) Outlook",  # Roman list numbers at line starts, indented
    "the measures (iii) and (IV) of Part VI",  # bracketed and Part numerals, either case
    "On Sept. 29 and Nov. 6, seventy-five thousand and twenty people met at 7.55am.",
    "Twenty-first, the first and second, one of them, no one, mid-2019, F-16, to2020",
    "three and a half million, 2 and a half hours, 31 March, the 14th of September",
    "ſixty-ſix ſeconds, ıv. and Kelvin K5",  # characters that fold to a-z under IGNORECASE
    "424.10.0.20.02.002 at 25:18, 6 p.m. and 12%",
])
def test_candidate_scan_matches_the_full_scan(text):
    assert _full_scan(text), "each sample holds mentions"
    assert _candidates(text) == _full_scan(text)


def test_candidate_scan_on_the_wmt19_targets():
    """Every WMT19 newstest target: the same matches, and so the same mentions, as a scan at every position."""
    rows = corpus_rows("dev-corpora/wmt19-newstest-zhen/pairs.tsv")
    differ = [r["target"] for r in rows if _candidates(r["target"]) != _full_scan(r["target"])]
    assert len(rows) > 1000 and differ == []


def test_mentions_are_those_of_the_full_scan(monkeypatch):
    text = "II. Goals\nIn 2021, the first two of twenty-one measures (iii) cut costs by 12 percent on May 3."
    fast = find_en(text)
    monkeypatch.setattr(numbers_en, "_en_matches", _EN_PATTERNS.finditer)
    assert fast == find_en(text) and len(fast) >= 6


def test_an_ordinal_matched_only_through_case_folding_is_no_ordinal():
    """"FİRST" matches the ordinal pattern case-blind but lowers to no English word: skipped, not a KeyError."""
    assert [m.value for m in find_en("THIS IS THE FİRST TIME, the fırſt step")] == []
    assert [(m.value, m.kind) for m in find_en("THE TWENTY-FIRST TIME")] == [(21.0, "ordinal")]
