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


def test_a_party_counted_or_pointed_at_beside_the_party_is_quiet():
    """"the Party", "our Party", "the whole Party" (党) in five pairs; each of these is a party among
    many, which its determiner says in English and its numeral, measure word or 小 in Chinese."""
    assert not _lowered(PARTY, "他加入了一个小党。", "He joined a small party.")
    assert not _lowered(PARTY, "这个党赢得了选举。", "This party won the election.")
    assert not _lowered(PARTY, "两党都签了字。", "Both sides agreed, and each party signed.")
    assert not _lowered(PARTY, "一党执政的规则。", "The rule of a single party.")
    # the source says 党 bare: the English determiner alone marks one party of many
    assert not _lowered(PARTY, "他们的党很小。", "Theirs is a small party.")
    assert _lowered(PARTY, "党的干部要廉洁。", "The cadres of the party must be clean.") == ["party"]


def test_the_lowered_word_s_own_determiner_marks_the_common_noun():
    from qa.model import Pair
    from qa.terminology.case_anchors import common_noun_use

    assert common_noun_use("party", Pair("p", "党赢得了选举。", "This party won the election."))
    assert common_noun_use("party", Pair("p", "党执政。", "The rule of a single party."))
    assert not common_noun_use("party", Pair("p", "党员", "He is a party member."))  # the Party's member
    assert not common_noun_use("party", Pair("p", "党", "The leadership of the party."))
    assert not common_noun_use("party", Pair("p", "党", "Each of the party cadres."))


def test_a_numeral_measure_word_or_small_before_the_term_counts_parties():
    from qa.model import Pair
    from qa.terminology.case_anchors import anchor_of_the_capital

    sources = {f"p{i}": zh for i, (zh, _) in enumerate(PARTY, 1)}
    capitalised = set(sources)
    for zh in ("他加入了一个小党。", "两党都签了字。", "一党执政的规则。", "这个党赢得了选举。"):
        sources["x"] = zh
        assert not anchor_of_the_capital("party", Pair("x", zh, "The party did so."), capitalised, sources)
    sources["x"] = "党的干部要廉洁。"
    assert anchor_of_the_capital("party", Pair("x", "党的干部要廉洁。", "The party did so."), capitalised, sources) == "党"


UNIVERSITIES = [("北京大学很有名。", "Peking University is famous."), ("牛津大学历史悠久。", "Oxford University is old.")]


def test_an_adjective_and_a_common_noun_beside_a_university_s_name_is_quiet():
    """A nationality adjective or "a/an" before the lowered head: a university, not a name's head."""
    assert not _lowered(UNIVERSITIES, "一所美国大学和北京大学合作。", "An American university and Peking University cooperate.")
    assert not _lowered(UNIVERSITIES, "她在英国的一所大学牛津大学教书。", "She teaches at an English university, Oxford University.")
    assert not _lowered(UNIVERSITIES, "她在一所大学教书。", "She teaches at a Catholic university and Oxford University.")
    assert not _lowered(UNIVERSITIES, "美国大学和北京大学的学生见了面。",
                        "American university and Peking University students met.")
    assert not _lowered(UNIVERSITIES, "这所美国大学和北京大学签了协议。", "He compared the American university and Peking University.")
    assert _lowered(UNIVERSITIES, "耶鲁大学和北京大学合作。", "Yale university and Peking University cooperate.") == ["university"]


def test_running_text_repeating_a_headline_or_a_book_s_words_is_quiet():
    """Two title-case headlines, then the story's sentence; two book lists, then the food itself
    (no 《》, no list of titles): the lowered words are running text, not a title written two ways."""
    headlines = [("李克强会见普京", "Li Keqiang Meets with Putin"), ("李克强会见普京", "Li Keqiang Meets with Putin")]
    assert not _lowered(headlines, "国务院总理李克强周一在北京会见普京。", "Premier Li Keqiang meets with Putin in Beijing on Monday.")
    books = [("《一块巧克力》，《爷爷是个笨小孩》，《饺子和汤圆》", "A Piece of Chocolate, Grandpa Is a Stupid Kid, Chinese Dumplings and Tangyuan"),
             ("《二十四节气》，《我的奶奶》，《饺子和汤圆》", "The 24 Solar Terms, My Grandmother, Chinese Dumplings and Tangyuan")]
    assert not _lowered(books, "孩子们爱吃饺子和汤圆。", "Children love Chinese dumplings and Tangyuan.")
    assert _lowered(books, "《饺子和汤圆》是一本好书。", "Chinese dumplings and Tangyuan is a good book.") == ["dumplings"]
