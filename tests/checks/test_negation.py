"""A012 (off by default): a source that negates rendered by an English that negates nothing, on pairs of the
dev corpora (read from ../shared, skipped when absent) and short sentences of our own."""

import pytest

from qa.checks.registry import REGISTRY, all_checks
from tests.conftest import check_pair
from tests.corpora import NEWS22_REF_B, pairs_by_segment, wmt19_pair


def spans(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A012"])]


def test_negations_lost_in_the_references():
    source, target = wmt19_pair(1301)  # 大型非制造业景气判断指数 "the judgment index for … large-scale manufacturing"
    assert spans(source, target) == ["非"]
    source, target = pairs_by_segment(NEWS22_REF_B)[("gt22-d004", "8")]  # 我不知道挂在了门口 "but I did expect"
    assert spans(source, target) == ["不"]


@pytest.mark.parametrize("zh, en", [
    ("我们没有增加投资。", "We increased our investment."),  # in-words that negate nothing are no English negation
    ("公司没有改进产品。", "The company improved its products."),
    ("我不知道. 你呢?", "I knew. And you?"),  # the question is the next sentence's
    ("我不知道；你去吗？", "I knew; are you going?"),
])
def test_a_negation_lost_beside_lookalikes_and_later_questions(zh, en):
    assert spans(zh, en) != []


@pytest.mark.parametrize("english", [
    "but I did not expect that it was hung on the door",
    "but I didn’t expect that it was hung on the door",  # a curly apostrophe
    "but I was unaware that it was hung on the door",  # un- on an English word
    "but I never expected that it was hung on the door",
    "but it was unfit to be hung on the door",  # a short stem after un-
])
def test_any_english_negation_keeps_it_quiet(english):
    assert spans("刚刚叫了个外卖，我不知道挂在了门口", english) == []


@pytest.mark.parametrize("zh, en", [
    ("那我等到7点30分看看能不能送到", "Then I'll wait until 7:30 to see if it arrives."),  # a question by negation
    ("没有人不知道他。", "Everyone knows him."),  # a double negation: 没有人不 "everyone"
    ("由于数量不多，也成为严打重点。", "Due to its small number, it became a key focus."),  # an antonym for 不多
    ("更多你不知道的汽车资讯", "Know more about cars."),  # a negated relative clause
    ("不是北京城里的大妓院？", "It must be the biggest whore-house in Peking!"),  # a rhetorical question
    ("小孩说可以使用没问题", "My child said it works well."),  # 没问题 "fine"
    ("完全没办法吃", "It was completely inedible."),  # in- on an English word
])
def test_negations_english_says_positively_are_no_finding(zh, en):
    assert spans(zh, en) == []


def test_it_is_off_by_default():
    assert REGISTRY["A012"].off_by_default
    assert "A012" not in {s.id for s in all_checks()}
