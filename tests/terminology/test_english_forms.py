"""rendered_otherwise's look-up of English names: a name whose words are not all in the target is not
compiled into a pattern (qa.terminology.english_forms._case_folded); the answers stay the pattern's."""

from __future__ import annotations

from qa.lang.zh_names import source_names
from qa.terminology import english_forms
from qa.terminology.english_forms import rendered_otherwise

SOURCE = "土耳其总统埃尔多安在伊斯坦布尔会见了新华社记者。"  # WMT19-style news sentence


def _rendered(target: str) -> dict[str, bool]:
    return {m.text: rendered_otherwise(m, target, sound=False) for m in source_names(SOURCE)}


def test_a_name_written_in_capitals_or_with_a_dotted_or_dotless_i_is_still_found():
    """The case-blind pattern matches "İSTANBUL" and "ıstanbul" (İ and ı match i, ſ matches s): the
    substring test before it must let them through, or the name would be reported unrendered."""
    assert _rendered("Erdogan met Xinhua News Agency reporters in Istanbul.")["伊斯坦布尔"]
    assert _rendered("ERDOGAN MET XINHUA NEWS AGENCY REPORTERS IN İSTANBUL.") == {
        **_rendered("Erdogan met Xinhua News Agency reporters in Istanbul."), "新华社": True, "伊斯坦布尔": True}
    assert _rendered("They met reporters in ıstanbul.")["伊斯坦布尔"]
    assert not _rendered("They met reporters in the city.")["伊斯坦布尔"]


def test_the_answers_are_the_patterns_on_a_real_page(sample_page_pairs, monkeypatch):
    """Every name of the sample page against its pair's English, with and without the substring test."""
    asked = [(m, p.target) for p in sample_page_pairs.pairs for m in source_names(p.source)]
    fast = [rendered_otherwise(m, target, sound=False) for m, target in asked]
    monkeypatch.setattr(english_forms, "_lower_words", lambda name: ())  # every name goes to its pattern
    assert [rendered_otherwise(m, target, sound=False) for m, target in asked] == fast
    assert len(asked) > 200 and 20 < sum(fast) < len(asked)


def test_a_romanisation_is_the_first_run_of_one_to_three_capitalised_words_spelling_the_name():
    from qa.terminology.english_forms import romanised

    assert romanised("蔡英文", "Taiwan leader Tsai Ing-wen said on Monday.") == "Tsai Ing-wen"
    assert romanised("蔡英文", "The leader, Tsai Ing Wen, said.") == "Tsai Ing Wen"  # three words
    assert romanised("何厚铧", "Ho Hau Wah, also written Ho Hau-wah, spoke.") == "Ho Hau Wah"  # the first
    # one target asked for two names: its runs are read once, each name finds its own
    both = "Tsai Ing-wen met Ho Hau-wah."
    assert romanised("蔡英文", both) == "Tsai Ing-wen" and romanised("何厚铧", both) == "Ho Hau-wah"
    assert romanised("蔡英文", "the leader spoke.") == "" and romanised("蔡英文", "Tsai spoke.") == ""
    assert romanised("蔡", "Tsai spoke.") == ""  # one character is no name to romanise
