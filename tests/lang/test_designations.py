"""qa.lang.designations and the number checks on them: a designation in letters and figures is copied (real text)."""

from qa.lang.designations import designations, written_in
from tests.conftest import check_pair
from tests.corpora import NEWS22_REF_A, NEWS22_REF_B, pairs_by_segment, story, wmt19_pair

NUMBER_CHECKS = ("N201", "N202", "N203")


def test_designations_open_with_letters():
    # WMT19 l631 and l660, news22: a virus strain, a boat class, software versions
    assert [d.text for d in designations(wmt19_pair(631)[0])] == ["H5N6"]
    assert [d.text for d in designations(wmt19_pair(660)[0])] == ["Hobie16"]
    zh, en = pairs_by_segment(NEWS22_REF_A)[("gt22-d009", "26")]
    assert [d.text for d in designations(zh)] == ["windows11", "office2019"]
    # a stock code, a figure with its unit or a generation opens with digits; a sum opens with its currency;
    # P2P reads "to"
    assert designations(wmt19_pair(497)[0]) == []  # 中国人保(1339.HK)
    assert designations("长7cm，重18mm，支持5G和4K，售价RMB100，P2P平台") == []


def test_the_english_may_space_or_hyphenate_a_designation():
    zh, en = pairs_by_segment(NEWS22_REF_A)[("gt22-d009", "26")]
    assert "windows 11" in en and written_in("windows11", en) and written_in("office2019", en)
    assert written_in("F35C", "the F-35C fighter") and not written_in("F-35C", "the F-35 fighter")
    assert check_pair(zh, en, NUMBER_CHECKS) == []


def test_a_changed_designation_is_a_wrong_number():
    zh, en = wmt19_pair(631)  # 广东省确诊一例人感染H5N6禽流感病例
    assert check_pair(zh, en, NUMBER_CHECKS) == []
    found = check_pair(zh, en.replace("H5N6", "H7N9"), NUMBER_CHECKS)
    assert [(f.check_id, f.source_span, f.target_span) for f in found] == [("N201", "H5N6", "H7N9")]
    assert found[0].message == "The source has H5N6 but the target has H7N9."


def test_a_designation_the_english_adds_is_no_error():
    zh, en = wmt19_pair(631)
    assert check_pair(zh, en.replace("H5N6", "H5N6 (not H7N9)"), NUMBER_CHECKS) == []


def test_designations_the_english_left_out_are_reported_once_each():
    """news22 ref B gt22-d038: the second sentence (an F-35C and a CMV-22 aboard) is replaced by a repeat of the
    first; the 22 of CMV-22 is no figure of its own."""
    pairs = story(NEWS22_REF_B, "gt22-d038")
    pair = next(p for p in pairs if p.id == "p0008")
    found = check_pair(pair.source, pair.target, NUMBER_CHECKS)
    assert [(f.check_id, f.source_span) for f in found] == [("N202", "F-35C"), ("N202", "CMV-22")]
    assert found[0].message == "The designation F-35C in the source is missing from the target."


def test_a_designation_spelt_out_or_given_by_its_figure_is_kept():
    """The review's cases: English spells many designations out or gives only their figure or name."""
    for zh, en in [("G20峰会开幕。", "The Group of 20 summit opened."), ("G20峰会开幕。", "The Group of Twenty summit opened."),
                   ("T3航站楼启用。", "Terminal 3 opened."), ("一季度Q1营收增长。", "First-quarter revenue grew."),
                   ("东航MU5735航班失事。", "China Eastern flight 5735 crashed."), ("支持WiFi6。", "It supports Wi-Fi 6."),
                   ("CO2排放下降。", "CO₂ emissions fell."), ("COVID-19疫情蔓延。", "The Covid pandemic spread.")]:
        assert check_pair(zh, en, NUMBER_CHECKS) == [], (zh, en)


def test_a_lost_designation_pairs_only_with_one_of_its_kind():
    """A designation lost is N201 only against one with the same letters (H7N9 for H5N6); a plain figure or a
    hyphenated English word ("mid-2019", "under-17") is no changed designation."""
    found = check_pair("MH370航班失踪。", "The flight with 239 people went missing.", NUMBER_CHECKS)
    assert [(f.check_id, f.source_span, f.target_span) for f in found] == [("N202", "MH370", ""), ("N203", "", "239")]
    found = check_pair("G20峰会于2019年中举行。", "The summit was held in mid-2019.", NUMBER_CHECKS)
    assert [(f.check_id, f.source_span) for f in found] == [("N202", "G20")]

