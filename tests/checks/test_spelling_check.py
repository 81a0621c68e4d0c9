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


def test_the_same_typo_written_twice_is_still_reported():
    twice = [("政府召开会议。", "The goverment met."), ("政府休会。", "The goverment rose.")]
    assert _spans(twice) == [("p1", "goverment"), ("p2", "goverment")]


def test_a_rare_term_no_edit_from_any_word_is_not_a_typo():
    # "geminid" is one edit from no dictionary word: a term the dictionary lacks, not a slip
    assert _spans(GEMINIDS[:1]) == []


def test_short_words_capitalised_words_and_british_spellings():
    pairs = [("我们去了德国和巴西。", "We went to Germnay and Brazill, teh capital nad the coast."),
             ("颜色很好。", "The colour of the programme was realised; organisations travelled.")]
    assert _spans(pairs) == [("p1", "Germnay"), ("p1", "Brazill"), ("p1", "teh"), ("p1", "nad")]


def test_a_project_word_list_is_accepted(tmp_path):
    from types import SimpleNamespace

    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.model import Alignment, Document, Pair

    words = tmp_path / "words.txt"
    words.write_text("goverment  # our house spelling\n", encoding="utf-8")
    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    assert run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=words)) == []
    assert len(run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=None))) == 1


def test_the_words_key_of_the_configuration_reaches_the_spelling_check(tmp_path):
    from qa.config import load_settings
    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.model import Alignment, Document, Pair

    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "words.txt").write_text("goverment\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[qa]\nwords = terms/words.txt\n", encoding="utf-8")
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    settings = load_settings(tmp_path / "page.txt")
    assert settings.words == (tmp_path / "terms" / "words.txt").resolve()
    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    assert run_checks(doc, [REGISTRY["S201"]], settings=settings) == []


def test_a_missing_word_list_is_one_clear_input_error(tmp_path):
    from types import SimpleNamespace

    import pytest

    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.errors import InputError
    from qa.model import Alignment, Document, Pair

    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    with pytest.raises(InputError, match="word list"):
        run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=tmp_path / "none.txt"))
