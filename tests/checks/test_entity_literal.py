"""M108 on bodies and shortened outlet names: word-for-word renderings of names the press keeps to."""

from tests.conftest import check_pair


def literal(source: str, target: str) -> list[tuple[str, str]]:
    return [(f.source_span, f.target_span) for f in check_pair(source, target, ["M108"])]


def test_a_government_body_rendered_character_by_character_is_reported():
    """WMT19 newstest: 国务院 is the State Council, 外交部 the Ministry of Foreign Affairs."""
    source = "国务院总理李克强签批，国务院印发了决定。"
    assert literal(source, "Signed by Premier Li Keqiang, the State Council issued the decision.") == []
    assert literal(source, "Signed by Premier Li Keqiang, the National Affairs Hall issued the decision.") == [
        ("国务院", "National Affairs Hall")]
    # jieba keeps 中国外交部 as one word: the body inside it is still found
    assert literal("路透社援引中国外交部的话说", "Reuters quoted the Chinese Outside Affairs Department as saying") == [
        ("外交部", "Chinese Outside Affairs Department")]


def test_another_accepted_name_of_a_body_is_no_literal_rendering():
    """商务部 is the Ministry of Commerce as well as the Department of Trade; 宣传部 the Publicity
    Department as well as the Propaganda Department; "Foreign Ministry" shortens the standard name."""
    assert literal("商务部发言人说", "A spokesman for the Ministry of Commerce said") == []
    assert literal("宣传部发布通知", "The Ministry of Publicity issued a notice") == []
    assert literal("外交部发言人说", "The Foreign Ministry spokesperson said") == []
    assert literal("俄罗斯内务部称", "The Russian Department of the Interior said") == []


def test_a_short_form_of_an_outlet_is_judged_by_its_full_name():
    """央视 is short for 中央电视台 (China Central Television): "Central Television Station" is its
    characters word for word."""
    source = "对此央视发表快评。"
    assert literal(source, "For this, CCTV issued a quick comment.") == []
    assert literal(source, "For this, Central Television Station issued a quick comment.") == [
        ("央视", "Central Television Station")]


def test_a_source_without_any_outlet_is_not_cut_and_the_outlets_are_found_as_before(sample_page_pairs, monkeypatch):
    """The speed filter (qa.terminology.literal_names._holds_outlet) only skips the jieba cut where no outlet
    or body is written: every real paragraph of the sample page, and a sentence per outlet of the gazetteer
    (the longest bodies included), gives what the scan over the cut gives without it."""
    from qa.terminology import literal_names

    words, _ = literal_names._outlet_words()
    longest = sorted(words, key=len)[-20:]
    sources = [p.source for p in sample_page_pairs.pairs] + [f"据{w}消息" for w in sorted(words)]
    fast = [literal_names._outlets_in(s) for s in sources]
    assert sum(map(bool, fast)) >= len(words) * 0.9 and any(f == [w] for f, w in zip(fast[-len(words):], sorted(words))
                                                              if w in longest and len(w) >= 7)
    assert not literal_names._holds_outlet("蟹农金伟说，今年的收成不错。")
    monkeypatch.setattr(literal_names, "_holds_outlet", lambda source: True)
    assert [literal_names._outlets_in(s) for s in sources] == fast
