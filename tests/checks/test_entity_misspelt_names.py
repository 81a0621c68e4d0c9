"""M106 on NTREX-128 news: a foreign name the source misspells by one slip, rendered by the name it meant
(qa.terminology.misspelt_names). Each published pair stays quiet; without the English name it is reported,
and so is a slip whose meant name the target does not write or the source writes elsewhere."""

from __future__ import annotations

from tests.conftest import check_pair


def missing(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ("M106",))]


def test_a_swapped_name_is_the_one_the_target_writes(ntrex):
    source, target = ntrex[("abcnews.306815", "23")]  # 内布拉斯州的奥哈马 (for 奥马哈) / "Omaha, Nebraska"
    assert "奥哈马" not in missing(source, target)
    assert "奥哈马" in missing(source, target.replace("Omaha", "the city"))


def test_a_sound_alike_character_is_the_name_the_target_writes(ntrex):
    source, target = ntrex[("reuters.218888", "1")]  # 加泰罗利亚分裂分子 (利 for 尼) / "Catalan separatists"
    assert missing(source, target) == []
    assert missing(source, target.replace("Catalan ", "")) == ["加泰罗利亚"]
    assert missing(source, target.replace("Catalan", "Basque")) == ["加泰罗利亚"]  # another region's adjective


def test_a_slip_is_no_excuse_where_the_source_writes_the_meant_name():
    # the target's "Omaha" renders the 奥马哈 the source writes; the misspelt 奥哈马 is someone left out
    assert missing("据报道，奥哈马周二与奥马哈市长会面。",
                   "The mayor of Omaha held a meeting on Tuesday, it was reported.") == ["奥哈马"]
    assert missing("据报道，奥哈马周二与市长会面。", "Omaha held a meeting with the mayor on Tuesday, it was reported.") == []
