"""T105 stays quiet on a common noun beside a house-style capital (issue 17 review): the lowered
word's own context or source says it is not the document's term ("a small party" beside "the
Party" ×5, "the state" of 美国家长 beside "the State" ×4 for 国家)."""

from qa.terminology.case_anchors import the_term_itself
from tests.conftest import check_pairs

PARTY = [
    ("党领导一切。", "The Party leads everything."),
    ("我们要加强党的建设。", "We must strengthen the building of the Party."),
    ("我们党始终为人民服务。", "Our Party always serves the people."),
    ("全党要团结一致。", "The whole Party must unite."),
    ("党的领导是根本保证。", "The leadership of the Party is the fundamental guarantee."),
]
STATE = [
    ("国家支持这项计划。", "The State supports the plan."),
    ("国家投入了大量资金。", "The State invested heavily."),
    ("国家鼓励创新。", "The State encourages innovation."),
    ("国家保护环境。", "The State protects the environment."),
]


def _lowered(document: list[tuple[str, str]], zh: str, en: str) -> list[str]:
    return [f.target_span for f in check_pairs(document + [(zh, en)], ["T105"])]


def test_a_chance_string_across_two_words_is_not_the_term():
    """中国家庭 (中国/家庭) and 美国家长 (美国/家长) hold 国家 across a word boundary only."""
    assert not the_term_itself("国家", "中国家庭的状况令人担忧。")
    assert not the_term_itself("国家", "美国家长很担心。")
    assert the_term_itself("台积电", "30多年前台积电与英特尔的一段恩怨")  # 前台/积电: ends where 积电 ends


def test_the_state_of_a_chance_string_beside_the_state_is_quiet():
    assert not _lowered(STATE, "美国家长很担心。", "Parents in the state are worried.")
    assert not _lowered(STATE, "中国家庭的状况令人担忧。", "The state of Chinese families is worrying.")
    assert _lowered(STATE, "国家要发展经济。", "The state must develop the economy.") == ["state"]
