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
