"""P515: a quantity of five digits or more written without thousands separators; identifiers keep their digits.

Real text: WMT19 and news22 references and a TED talk's translation MQM raters marked; each test skips when
../shared is absent.
"""

import pytest

from tests.conftest import check_pair
from tests.corpora import NEWS22_REF_A, WMT19_PAIRS, corpus_rows


def _with(relative: str, text: str) -> tuple[str, str]:
    found = [(r["source"], r["target"]) for r in corpus_rows(relative) if text in r["target"]]
    assert len(found) == 1, text
    return found[0]


def findings(pair: tuple[str, str]) -> list[tuple[str, str]]:
    return [(f.target_span, f.suggestion) for f in check_pair(*pair, ["P515"])]


@pytest.mark.parametrize("text, expected", [
    ("over 4290000 people and over 168000 vehicles", ("4290000", "4,290,000")),  # counted nouns
    ("less than 80000 to more than 150000", ("80000", "80,000")),  # amounts after "than"
    ("monthly income will be 8000 yuan, 10000 yuan", ("10000", "10,000")),  # the source writes 10000元 too
])
def test_bare_quantities_in_wmt19(text, expected):
    assert findings(_with(WMT19_PAIRS, text)) == [expected]


def test_a_count_the_source_writes_the_same_way_in_ted():
    # 40000年前 → "40000 years ago": raters marked it in four of six translations
    assert findings(_with("bench/errors/ted-mqm/NiuTrans/input.tsv", "40000 years ago")) == [("40000", "40,000")]


def test_several_figures_are_one_finding_with_a_count():
    found = check_pair(*_with(WMT19_PAIRS, "8000 yuan, 10000 yuan, 20000 yuan"), ["P515"])
    assert len(found) == 1 and "3 figures" in found[0].message


@pytest.mark.parametrize("relative, text", [
    (NEWS22_REF_A, "phone number and WeChat account is 18912251735"),  # a phone number
    (NEWS22_REF_A, "Song Bing 9787512415812 Beijing University"),  # an ISBN
    (WMT19_PAIRS, "put the 12366 Intelligent Consulting Platform"),  # a hotline's name, as the source writes it
])
def test_identifiers_are_quiet(relative, text):
    assert findings(_with(relative, text)) == []


@pytest.mark.parametrize("target", [
    "The population reached 100,000 last year.",
    "Call the hotline on 12345 for help.",
    "Standard GB/T 12345-2008 applies to model A12345.",
    "The figure was 3.14159 exactly, filed under No. 20001.",
    "Postcode 100010 is in Dongcheng.",
])
def test_separated_figures_and_codes_are_quiet(target):
    assert findings(("人口去年达到十万。", target)) == []


def test_an_amount_with_a_plus_sign(sample_alignment):
    # the sample page's “100,000+” read (10万+) with its separators dropped: an amount, not a code
    pair = next(p for p in sample_alignment.pairs if "100,000+" in p.target)
    assert findings((pair.source, pair.target)) == []
    assert findings((pair.source, pair.target.replace("100,000+", "100000+"))) == [("100000", "100,000")]


# ---------------------------------------------------------------- review (form): regressions on its inputs

@pytest.mark.parametrize("source, target", [
    ("12345政务服务热线", "The 12345 government service hotline is open."),  # the name after the figure
    ("样本——", "In sample 12345 researchers found traces."),
    ("车牌", "The plate number 12345 car was stopped."),  # the name right before, a noun after
    ("编辑短信发送到１０６９０。", "Send a text message to 10690."),  # the source's full-width digits
])
def test_identifiers_around_the_figure_are_quiet(source, target):
    assert findings((source, target)) == []


def test_the_figure_reported_is_the_quantity():
    found = check_pair("12345市民热线接到八万个电话", "The 12345 citizen hotline received 80000 calls.", ["P515"])
    assert [(f.target_span, f.suggestion) for f in found] == [("80000", "80,000")]
    assert findings(("十四亿人", "China has 1400000000 people.")) == [("1400000000", "1,400,000,000")]


@pytest.mark.parametrize("source, target, expected", [
    # a plural noun after the figure counts it, though "line", "flight", "bus" or "hotline" follow (review)
    ("城市有8万名线路工人。", "There are 80000 line workers in the city.", [("80000", "80,000")]),
    ("超过2万个航班被取消。", "More than 20000 flights were cancelled.", [("20000", "20,000")]),
    ("热线收到8万个电话。", "The city received 80000 calls to its hotline.", [("80000", "80,000")]),
    ("城市有2万名公交司机。", "The city has 20000 bus drivers.", [("20000", "20,000")]),
    # a hotline's number stays a name: "today" and "now" say when, not what is counted
    ("请拨打12345。", "Call the hotline at 12345 today.", []),
    ("请拨打12345报警。", "Call the police at 12345 now.", []),
    ("12345政务服务热线开通。", "The 12345 government service hotline is open.", []),
])
def test_counts_and_names_around_identifier_words(source, target, expected):
    assert findings((source, target)) == expected
