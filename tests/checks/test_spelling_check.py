"""S201 over a document: a term the document writes the same way three times is its vocabulary, not a typo."""

from __future__ import annotations

from tests.conftest import check_pairs

GEMINIDS = [  # news22 refB writes the meteor shower's name in lower case throughout its story
    ("双子座流星雨今晚达到极大。", "The geminid meteor shower peaks tonight."),
    ("每颗流星都很亮。", "Each geminid is bright."),
    ("请在郊外观看。", "Watch the geminid sky away from the city."),
]


def _spans(pairs) -> list[tuple[str, str]]:
    return [(f.pair_id, f.target_span) for f in check_pairs(pairs, ["S201"])]


def test_a_spelling_repeated_three_times_is_vocabulary_but_a_typo_among_them_is_still_found():
    typo = ("政府召开会议。", "The goverment met.")
    assert _spans([*GEMINIDS, typo]) == [("p4", "goverment")]


def test_the_same_word_written_twice_is_still_reported():
    assert _spans(GEMINIDS[:2]) == [("p1", "geminid"), ("p2", "geminid")]
