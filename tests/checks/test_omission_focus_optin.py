"""A008 (off by default): the focus adverbs A007 leaves out (也, 还, 已经, 只, 又 …), on pairs of the dev corpora
(read from ../shared, skipped when absent): the English adverb cut out is reported; a pair that carries the
sense another way (a perfect tense, a correlative, "not yet" as a negated perfect) is not.
"""

import pytest

from qa.checks.registry import REGISTRY, all_checks
from qa.config import Settings
from qa.selection import select_checks
from tests.conftest import check_pair
from tests.corpora import wmt19_pair as wmt19, without_word as cut
from tests.corpora import NEWS22_REF_A, pairs_by_segment


def spans(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A008"])]


@pytest.mark.parametrize("line, adverb, english", [
    ("168", "也", "also"),  # 美国也拒绝 "The United States also refused"
    ("624", "只", "only"),  # 帕卢机场9月30日只开放 "was only opened"
    ("1275", "又", "again"),  # 森林狼上来又是一波6:0 "extended the lead again"
    ("246", "还", "still"),  # 摄影大赛还在持续中 "was still under way"
])
def test_the_adverb_cut_from_the_english_is_reported(line, adverb, english):
    source, target = wmt19(line)
    assert spans(source, target) == []
    assert spans(source, cut(target, english)) == [adverb]


def test_a_perfect_tense_says_already():
    # 已成为普遍的社会共识 "It has become a common social consensus": "become" is its own past participle
    source, target = wmt19("340")
    assert "已" in source and "already" not in target
    assert spans(source, target) == []
    assert spans(source, target.replace("has become", "became")) == ["已"]


def test_not_yet_is_a_negated_perfect_even_where_jieba_cuts_mei_shou():
    # 我还没收到 "I haven't received it": jieba cuts 没收 'confiscate'; the characters say 还没 "not yet"
    source, target = pairs_by_segment(NEWS22_REF_A)[("gt22-d004", "7")]
    assert spans(source, target) == []
    # without the perfect neither 已送达 ("it's delivered") nor 还没 has a rendering left
    assert spans(source, target.replace("haven’t received", "didn’t receive")) == ["已", "还"]


def test_the_second_half_of_a_correlative_is_not_read():
    # 不仅欣赏了美景，还拍了…，还认识了 "enjoy the views, get the photoshoot done, and get acquainted"
    source, target = pairs_by_segment(NEWS22_REF_A)[("gt22-d013", "68")]
    assert "不仅" in source and "also" not in target
    assert spans(source, target) == []


def test_it_is_off_by_default_everywhere_a_plain_run_picks_its_checks():
    assert REGISTRY["A008"].off_by_default
    assert "A008" not in {s.id for s in all_checks()}
    assert "A008" in {s.id for s in all_checks(with_off_by_default=True)}
    every = all_checks(with_off_by_default=True)
    assert "A008" not in {s.id for s in select_checks(Settings(), every)}
    assert "A008" not in {s.id for s in select_checks(Settings(select=("A",)), every)}
    assert "A008" in {s.id for s in select_checks(Settings(select=("A", "A008")), every)}
    assert "A008" not in {s.id for s in select_checks(Settings(select=("A008",), ignore=("A008",)), every)}


@pytest.mark.parametrize("line, adverb", [
    ("1996", "已"),  # 亦已来蒙 "have also come": a perfect with "also" between
    ("724", "又"),  # 又快又准时 "fast and on time": jieba cuts 快又准, the characters say 又…又
    ("126", "也"),  # 同时，也将拓展 "meanwhile more …": the joiner 同时 says the "also"
])
def test_classes_read_on_the_clean_wmt19_pairs_are_no_finding(line, adverb):
    source, target = wmt19(line)
    assert adverb in source
    assert spans(source, target) == []


def test_also_said_is_added():
    # NTREX (English original): 他还补充道 "He added that …"
    from tests.corpora import NTREX_PAIRS

    source, target = next(v for k, v in pairs_by_segment(NTREX_PAIRS).items()
                          if k[0] == "reuters.218933" and "他还补充道" in v[0])
    assert spans(source, target) == []
    assert spans(source, target.replace("He added", "He said")) == ["还"]
