"""M107: 华 after a verb or preposition of travel or dealings (访华, 对华, 在华, 来华, 驻华) is China, so
"China" in the English is the source's own country, no replacement (review of issue 15)."""

from __future__ import annotations

import pytest

from tests.conftest import check_pair

IDS = ("M102", "M104", "M106", "M107")


@pytest.mark.parametrize(("source", "target"), [
    ("法国总统马克龙将于下周访华。", "French President Emmanuel Macron will visit China next week."),
    ("美国对华政策没有改变。", "US policy toward China has not changed."),
    ("外国企业在华投资增加。", "Foreign companies' investment in China has increased."),
    ("来华留学生人数增加。", "The number of international students coming to China has increased."),
    ("美国驻华大使馆发表声明。", "The United States Embassy in China issued a statement."),
])
def test_hua_after_a_verb_of_travel_is_china(source: str, target: str) -> None:
    assert check_pair(source, target, IDS) == []


def test_another_country_for_fanghua_is_still_a_replacement() -> None:
    found = check_pair("法国总统马克龙将于下周访华。", "French President Emmanuel Macron will visit Japan next week.", IDS)
    assert [(f.check_id, f.target_span) for f in found] == [("M107", "Japan")]


def test_hua_opening_another_word_is_no_china() -> None:
    """在华人社区 is "in the Chinese community": "China" there translates nothing of the source."""
    found = check_pair("他在华人社区工作。", "He works in the Chinese community in China.", IDS)
    assert [f.target_span for f in found] == ["China"]
