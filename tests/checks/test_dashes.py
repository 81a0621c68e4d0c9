"""P512–P514: dashes typed as two hyphens, hyphens glued where the source has a dash, compounds spaced out.

Real text: WMT19 and NTREX references, and the TED talks' machine translations that MQM raters marked
(../shared/bench/errors/ted-mqm); each test skips when ../shared is absent.
"""

import pytest

from tests.conftest import check_pair, check_pairs
from tests.corpora import WMT19_PAIRS, corpus_rows


def _with(rows: list[dict[str, str]], text: str) -> tuple[str, str]:
    """(source, target) of the one row whose target holds `text`."""
    found = [(r["source"], r["target"]) for r in rows if text in r["target"]]
    assert len(found) == 1, text
    return found[0]


def _ted(system: str, text: str) -> tuple[str, str]:
    return _with(corpus_rows(f"bench/errors/ted-mqm/{system}/input.tsv"), text)


def spans(check_id: str, pair: tuple[str, str]) -> list[str]:
    return [f.target_span for f in check_pair(*pair, [check_id])]


# ---------------------------------------------------------------- P512

@pytest.mark.parametrize("text, span", [
    ("focus of its navy -- the Pentagon", "navy -- the"),
    ("like clockwork. -- This is our approach", "it -- the"),  # the pair's first of two
])
def test_double_hyphen_dash_in_wmt19(text, span):
    assert spans("P512", _with(corpus_rows(WMT19_PAIRS), text)) == [span]


def test_double_hyphen_dash_in_ted_reference_with_its_fix():
    found = check_pair(*_ted("ref", "It gets closer and closer -- 40000 years ago"), ["P512"])
    assert [(f.target_span, f.suggestion) for f in found] == [("closer -- 40000", "closer — 40000")]


def test_tokenised_double_hyphen_in_ted():
    assert spans("P512", _ted("NiuTrans", "but - - if")) == ["but - - if"]


@pytest.mark.parametrize("text", [
    "ECNS, October 1 -- In 2018, a French man named Jean-Claude Arnault",  # a wire's dateline
    "the People's Republic of China. -- ECNS",  # the outlet's name after the text
])
def test_wire_datelines_and_outlets_are_house_style(text):
    assert spans("P512", _with(corpus_rows(WMT19_PAIRS), text)) == []


@pytest.mark.parametrize("target", [
    "Run the installer with --help to see every option.",
    "The arrow --> points to the next step.",
    "A rule of hyphens ---- separates the two parts.",
])
def test_options_arrows_and_rules_are_quiet(target):
    assert spans("P512", ("运行安装程序。", target)) == []


# ---------------------------------------------------------------- P513

@pytest.mark.parametrize("text, span", [
    ("universe-the", "universe-the"),
    ("heat-this", "heat-this"),
    ("hummingbirds-absolutely", "hummingbirds-absolutely"),
])
def test_hyphen_glued_where_the_source_has_a_dash(text, span):
    assert spans("P513", _ted("MiSS", text)) == [span]


def test_compounds_beside_a_source_dash_are_quiet():
    # 三维空间—— 或是一维、二维: "three-dimensional" and "one-dimensional" are compounds; only "space-or" is a dash
    assert spans("P513", _ted("MiSS", "two-dimensional-and")) == ["space-or"]
    # the source's dash is rendered as a dash: nothing is lacking
    assert spans("P513", _ted("metricsystem4", "red-dressed")) == []


# ---------------------------------------------------------------- P514

@pytest.mark.parametrize("text, span", [
    ("pre - tax wage", "pre - tax"),  # a prefix
    ("eight - foot", "eight - foot"),  # a number and a measure
    ("cherry - picking", "cherry - picking"),  # the dictionary's compound
])
def test_spaced_compound_hyphen_in_ted(text, span):
    assert spans("P514", _ted("NiuTrans", text)) == [span]


def test_spaced_hyphen_as_a_dash_is_quiet():
    assert spans("P514", _ted("Facebook-AI", "universe - a")) == []
    assert spans("P514", _ted("NiuTrans", "universe - the")) == []


def test_the_document_writes_the_compound_unspaced_elsewhere():
    rows = corpus_rows(WMT19_PAIRS)
    spaced = _with(rows, "the DPRK - ROK and the DPRK-US leaders")
    unspaced = _with(rows, "developments in the DPRK-ROK and DPRK-US relations")
    found = check_pairs([spaced, unspaced], ["P514"])
    assert [(f.pair_id, f.target_span) for f in found] == [("p1", "DPRK - ROK")]
    assert check_pairs([spaced], ["P514"]) == []  # alone, "DPRK-ROK" is in no dictionary


def test_a_spaced_compound_hyphen_is_no_dash_of_the_source():
    # MiSS's 三维空间内编程—— 或是一维、二维—— with its compounds spaced out as NiuTrans spaces them: the three
    # spaced hyphens are compounds' ("three - dimensional"), not the source's two dashes, which are still lacking
    source, target = _ted("MiSS", "two-dimensional-and")
    spaced = target.replace("-dimensional", " - dimensional")
    assert spaced.count(" - dimensional") == 3
    found = check_pair(source, spaced, ["P513"])
    assert [(f.target_span, "2 places" in f.message) for f in found] == [("space-or", True)]


def test_a_bracket_before_the_dash_is_no_dateline():
    # the dateline's bracket names the reporter (wmt19 "Beijing News (reported by Ni Wei) --"); another bracket
    # before "--" is text, and its dash is reported
    source, target = _with(corpus_rows(WMT19_PAIRS), "Beijing News (reported by Ni Wei) -- According")
    assert spans("P512", (source, target)) == []
    assert spans("P512", (source, target.replace("(reported by Ni Wei)", "(BJN)"))) == ["(BJN) -- According"]


# ---------------------------------------------------------------- review (form): regressions on its inputs

@pytest.mark.parametrize("target", [
    "Use the `--isolated` flag in CI.",
    'Pass "--force" to overwrite.',
    "Options (--verbose, --quiet) are listed below.",
    "Set CFLAGS=--std=c11 before building.",
    "Visit https://example.com/a--b/page for details.",
    "Use `x--` to decrement, then `--x`.",
    "In C, i-- decrements i.",
    "- - - - - - - -",
])
def test_code_and_rules_are_no_dash(target):
    assert spans("P512", ("运行命令。", target)) == []


@pytest.mark.parametrize("target, span, fix", [
    ("See pages 10--20.", "10--20.", "10–20."),
    ("From 1990--2000 the city grew.", "1990--2000", "1990–2000"),
])
def test_a_range_between_figures_takes_an_en_dash(target, span, fix):
    found = check_pair("见第10–20页。", target, ["P512"])
    assert [(f.target_span, f.suggestion) for f in found] == [(span, fix)]


@pytest.mark.parametrize("target, span", [
    ("We met on May 5 -- it was raining.", "5 -- it"),  # a date inside a clause is no dateline
    ("The winner was -- Barack Obama", "was -- Barack"),  # a name after the dash is no wire service
    ("And the answer is -- New York City", "is -- New"),
])
def test_only_a_real_dateline_or_wire_name_is_house_style(target, span):
    assert spans("P512", ("他说——奥巴马赢了。", target)) == [span]


def test_a_document_that_types_every_dash_as_hyphens_is_told_so():
    pairs = [("他说——我们走吧。", "He said -- let's go."), ("她说——好的。", "She said -- fine."),
             ("他们来了——全部。", "They came -- all of them.")]
    found = check_pairs(pairs, ["P512"])
    assert len(found) == 3 and all('every dash as "--" (3 pairs)' in f.message for f in found)
    with_a_dash = pairs + [("然后——", "Then — nothing.")]
    assert all("every dash" not in f.message for f in check_pairs(with_a_dash, ["P512"]))


@pytest.mark.parametrize("target", [
    "They came, twenty-some people in all.",
    "a what-if scenario", "a why-not attitude", "an either-or choice",
    "a break-even point",  # CC-CEDICT's English writes it
    "a will-they-won't-they story",  # the end of a longer compound
])
def test_compounds_of_function_words_are_no_dash(target):
    assert spans("P513", ("他——她", target)) == []


@pytest.mark.parametrize("target", [
    "Read the post - it's long.", "Check my bio - it says it all.", "Buy a mini - it's cheap.",
    "Part 2 - Day one", "Session 3 - Year in review", "Chapter 12 - Man of the house",
])
def test_a_spaced_hyphen_before_a_clause_or_a_title_is_a_dash(target):
    assert spans("P514", ("第2部分——第一天", target)) == []


def test_an_outlet_dateline_at_the_head_is_house_style():
    # WMT19 l0934: 中国天气网讯 → "China Weather Network News -- The "National Day" holiday …"
    assert spans("P512", _with(corpus_rows(WMT19_PAIRS), "China Weather Network News --")) == []


@pytest.mark.parametrize("source, target, span", [
    # a short word before "--" is a dash, not a decrement; a quoted "--word," no option (second review)
    ("我做完了——然后离开。", "I did it-- then I left.", "it-- then"),
    ("你——你从不听。", "And you-- you never listened.", "you-- you"),
    ("所以——我们到了。", "So-- here we are.", "So-- here"),
    ("他说：“——不，绝不。”", 'He said, "--no, never."', '"--no,'),
])
def test_a_dash_after_a_short_word_or_a_quote_is_no_code(source, target, span):
    assert spans("P512", (source, target)) == [span]


@pytest.mark.parametrize("source, target, span", [
    # a bound prefix makes a compound before a capital too (second review): a heading's "Part 2 - Day" does not
    ("抗日战争于1945年结束。", "The Anti - Japanese War ended in 1945.", "Anti - Japanese"),
    ("非英语使用者需要帮助。", "Non - English speakers need help.", "Non - English"),
    ("自动驾驶汽车来了", "Self - Driving Cars Are Coming", "Self - Driving"),
])
def test_a_bound_prefix_before_a_capital_is_a_split_compound(source, target, span):
    assert spans("P514", (source, target)) == [span]
