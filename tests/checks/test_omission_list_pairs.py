"""A006 on lists the English renders as "X and Y" with one item anchored (issue 18, stage 1), on sentences of the
dev corpora: each clean English is no finding, the same with one item cut out is one.

The corpus sentences are read from ../shared (news22 references, WMT19 newstest, the sample page) and the test
skips when it is absent; an excerpt of a segment is cut out of the loaded text by short anchors.
"""
import re
from functools import cache

from tests.conftest import check_pair
from tests.corpora import NEWS22_REF_A, NEWS22_REF_B, pairs_by_segment
from tests.corpora import wmt19_pair as wmt19


def lost(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A006"])]


@cache
def _segments(relative: str) -> dict[tuple[str, str], tuple[str, str]]:
    return pairs_by_segment(relative)


def segment_pair(relative: str, doc: str, segment: str) -> tuple[str, str]:
    """A pair of a news22 file under ../shared (corpus_rows skips the test when it is absent)."""
    return _segments(relative)[(doc, segment)]


def between(text: str, start: str, end: str) -> str:
    """The text from the first `start` through the first `end` after it (both must be there)."""
    assert start in text, start
    begin = text.index(start)
    assert end in text[begin:], end
    return text[begin : text.index(end, begin) + len(end)]


def sample_pair(sample_page_pairs, anchor: str) -> tuple[str, str]:
    """The sample page's pair whose source holds `anchor`, its English's no-break spaces made plain."""
    pair = next(p for p in sample_page_pairs.pairs if anchor in p.source)
    return pair.source, pair.target.replace("\xa0", " ")


# news22 ref A, gt22-d005: 无利可图 has no dictionary sense in the English ("no benefit"); 成本高's gap adjective
# "high" stands in 风险大's piece ("high risk"), so it renders that item, not 成本高
def risk_pair() -> tuple[str, str]:
    """The list's sentence of the segment, and its English from "if the masses" on."""
    source, target = segment_pair(NEWS22_REF_A, "gt22-d005", "38")
    return between(source, "群防群治", "屡屡发生。"), between(target, "if the masses", "happen again.")


def test_an_adjective_in_another_items_piece_anchors_nothing():
    risk_zh, risk_en = risk_pair()
    assert lost(risk_zh, risk_en) == []
    assert lost(risk_zh, risk_en.replace("no benefit, high risk and cost", "no benefit and high risk")) == ["成本高"]


def test_a_two_piece_list_with_one_item_placed_lets_the_encoder_name_the_lost_one():
    from qa.lang.en_words import english_tokens
    from qa.lang.list_pieces import english_list_pieces

    risk_zh, risk_en = risk_pair()
    cut = risk_en.replace("no benefit, high risk and cost", "no benefit and high risk")
    risk = next(k for k, t in enumerate(english_tokens(cut)) if t.text == "risk")
    assert len(english_list_pieces(cut, [risk], 3)) == 2  # "with no benefit" and "high risk"
    # the one item placed may be any of the three: 成本高's "cost" leaves 风险大 the lost one
    assert lost(risk_zh, risk_en.replace("no benefit, high risk and cost", "no benefit and high cost")) == ["风险大"]


def test_with_one_item_placed_the_encoder_must_prefer_the_standing_choice(monkeypatch):
    import qa.lang.list_order as order

    # the encoder unsure (a margin under ENCODER_MARGIN, or the lost item near a piece): nothing is named, though one
    # choice stands (no corpus sentence found yet where the real encoder vetoes it: this pins the wiring)
    risk_zh, risk_en = risk_pair()
    cut = risk_en.replace("no benefit, high risk and cost", "no benefit and high risk")
    monkeypatch.setattr(order, "_closest", lambda choices, found, texts: None)
    assert lost(risk_zh, cut) == []


def test_a_reordered_two_piece_list_names_no_item_by_the_order():
    # the source's order would put 风险大 in "a big risk" and 成本高 in "no benefit", losing 无利可图, which the
    # English says: the encoder finds 无利可图 nearer "no benefit" than 成本高, and nothing is named
    risk_zh, risk_en = risk_pair()
    reordered = risk_en.replace("no benefit, high risk and cost", "a big risk and no benefit")
    assert lost(risk_zh, reordered) == []


# news22 ref A, gt22-d035 (ref B gt22-d036), segment 5: only 远大科技 is anchored ("Broad"); the and before it closes
# a list of three
def crrc_pair() -> tuple[str, str]:
    return segment_pair(NEWS22_REF_A, "gt22-d035", "5")


def test_a_list_holding_names_is_not_judged_by_the_encoder_with_one_item_placed():
    # only "Broad Group" is anchored; "48 large enterprises including CRRC" is one piece, and nothing checks which
    # name it holds: the encoder named 中国中车, which the English keeps ("CRRC"), for the lost 中联重科
    crrc_zh, crrc_en = crrc_pair()
    assert lost(crrc_zh, crrc_en.replace("CRRC, Zoomlion and", "CRRC and")) == []
    ref_b = segment_pair(NEWS22_REF_B, "gt22-d036", "5")[1].replace("CRRC, Zoomlion and", "CRRC and")
    assert lost(crrc_zh, ref_b) == []


def test_pieces_commas_join_before_x_and_y_are_items():
    from qa.lang.en_words import english_tokens
    from qa.lang.list_pieces import english_list_pieces

    crrc_zh, crrc_en = crrc_pair()
    broad = next(k for k, t in enumerate(english_tokens(crrc_en)) if t.text == "Broad")
    assert len(english_list_pieces(crrc_en, [broad], 3)) == 3
    assert lost(crrc_zh, crrc_en) == []


# WMT19 newstest, line 1154: 共用平台 alone is anchored, and the piece before "sharing platform" is the clause's
# whole opening: no list item for the encoder to weigh
def test_a_clause_long_piece_gives_the_encoder_nothing_to_weigh():
    assert lost(*wmt19(1154)) == []


# the sample page, the first sentence after the heading of the paragraph on the 12337 reporting platform: 定期抽查's
# 定期 'periodic' gives the stem 'perio', which stood inside "superior" (上级复核's)
def test_a_sense_stem_inside_a_word_needs_a_prefix_or_word_before_it(sample_page_pairs):
    from qa.lang.list_words import renders

    assert not renders("superior", frozenset({"perio"}))
    assert renders("proactiveness", frozenset({"activ"}))
    source, target = sample_pair(sample_page_pairs, "分级核查")
    check_zh = between(source, "常态化运行", "终身负责制。")
    check_en = between(target, "The 12337", "will be implemented.")
    assert lost(check_zh, check_en) == []
    assert lost(check_zh, check_en.replace(" regular random inspection,", "")) == ["定期抽查"]


# the sample page, five sentences of the paragraph on supervision: 纪律作风督查's 作风 'work style' says "work" three
# sentences on ("supervision work"), and the anchors chosen for the other items followed it out of the list's own
# sentence
def supervision_pair(sample_page_pairs) -> tuple[str, str]:
    """The paragraph's first three sentences, its sentence on 检察机关, and the first clause of its last one."""
    source, target = sample_pair(sample_page_pairs, "纪律作风督查")
    zh = source[: source.index("推动完善四级")] + between(source, "加强检察机关", "流程衔接和监督") + "。"
    en = (target[: target.index(" We will promote the improvement of the positioning")]
          + " " + between(target, "We will strengthen the legal", "case handling procedures") + ".")
    return zh, en


def test_the_list_is_judged_in_the_sentence_where_most_items_stand_together(sample_page_pairs):
    supervision_zh, supervision_en = supervision_pair(sample_page_pairs)
    assert lost(supervision_zh, supervision_en) == []
    cut = supervision_en.replace("inspections, law enforcement supervision, and disciplinary inspections",
                                 "inspections and law enforcement supervision")
    assert lost(supervision_zh, cut) == ["纪律作风督查"]


# built (no such sentence in the corpora): the English puts the items in another order; read in the source's order,
# the kept items leave 效益好 out, though its adjective opens the list ("good in returns") and 规模大 is the lost one
SCALE_ZH = "这些企业规模大、实力强、效益好、品牌响，是行业的骨干。"
SCALE_EN = ("These enterprises are large in scale, strong in strength, good in returns and famous in brand, and are "
            "the backbone of the industry.")


def test_a_reordered_list_whose_unclaimed_piece_says_an_items_adjective_has_not_lost_it():
    assert lost(SCALE_ZH, SCALE_EN) == []
    reordered = SCALE_EN.replace("large in scale, strong in strength, good in returns and famous in brand",
                                 "good in returns, strong in strength and famous in brand")
    # nor is the truly lost 规模大 named: read in the source's order, the pieces ("good in returns", "strong in
    # strength", "famous in brand") fit only the loss of 效益好, which the English says; no other loss fits it
    assert lost(SCALE_ZH, reordered) == []
    kept_order = SCALE_EN.replace("large in scale, strong in strength, good in returns and",
                                  "large in scale, strong in strength and")
    assert lost(SCALE_ZH, kept_order) == ["效益好"]


def test_a_verb_phrase_after_a_bare_and_stays_an_item():
    # verb lists and noun lists joined by and alone: each English is correct, so no item is lost ("cut expenses",
    # "supply chains" read as a verb and its object would make the last piece no item and name it)
    assert lost("企业要提高效率、改善服务、降低成本。",
                "Enterprises should raise efficiency and improve services and cut expenses.") == []
    assert lost("要完善交通、通信、物流设施。", "We must improve transport and communications and supply chains.") == []


def test_a_sense_stem_after_a_short_prefix_renders_the_item():
    from qa.lang.list_words import renders

    # 选举 'elect' in "reelection", 安置 'settle' in "resettlement": a two-letter prefix, not "su" of "superior"
    assert renders("reelection", frozenset({"elect"})) and not renders("superior", frozenset({"perio"}))
    assert lost("他们讨论了选举、投票、安全问题。", "They discussed reelection and voting.") == ["安全问题"]
    disaster = "灾区正在开展救援、安置、建设工作。"
    assert lost(disaster, "The disaster area is carrying out rescue and resettlement.") == ["建设工作"]
    assert lost(disaster, "The disaster area is carrying out resettlement and construction work.") == ["救援"]


def test_an_adjective_before_its_own_items_noun_anchors_that_item():
    # 海拔高's "high" stands before "altitude", its own noun, not before another item's: all three are rendered
    assert lost("这里海拔高、气温低、风力大。", "Here the high altitude brings low temperatures and strong winds.") == []


# news22 ref A, gt22-d013, segment 11 (its last two sentences): "Li's artificial liver system" a sentence before the
# list holds 人工肝 too
def liver_pair() -> tuple[str, str]:
    """The segment without its first sentence (on 中村教授)."""
    source, target = segment_pair(NEWS22_REF_A, "gt22-d013", "11")
    return source[source.index("孙艺风"):], target[target.index("When reading"):]


def test_of_sentences_holding_as_many_items_the_list_is_judged_in_the_one_where_they_make_a_list():
    from qa.lang.list_words import renders

    # 干细胞's 'stem' ended "system" ("Li's artificial liver system"), which made that sentence hold two items
    assert not renders("system", frozenset({"stem"})) and renders("homework", frozenset({"work"}))
    liver_zh, liver_en = liver_pair()
    assert lost(liver_zh, liver_en) == []
    cut = liver_en.replace("artificial liver, micro-ecology and stem cells", "artificial liver and micro-ecology")
    assert lost(liver_zh, cut) == ["干细胞三大"]


# news22 ref B, gt22-d026, segment 3 (two of its sentences): 绘画、装置艺术和表演艺术; the sentence before holds
# 装置艺术 ("six units") and 表演艺术 ("Arts"), spread over a list of titles, while "drawing and performance art" is a
# tight list
def art_pair() -> tuple[str, str]:
    """The segment's second and third sentences up to the semicolon; the Chinese without the spaces around its
    punctuation, 其中's comma and 论艺术的精神's 的, each sentence closed by a full stop."""
    source, target = segment_pair(NEWS22_REF_B, "gt22-d026", "3")
    zh = re.sub(r"\s+", "", between(source, "本次双年展占地", "等多种形式"))
    zh = zh.replace("其中，", "其中").replace("论艺术的精神", "论艺术精神") + "。"
    return zh, between(target, "The biennale occupies", "performance art") + "."


def test_of_two_sentences_making_a_list_the_tighter_list_is_judged():
    art_zh, art_en = art_pair()
    assert lost(art_zh, art_en) == []
    assert lost(art_zh, art_en.replace("drawing, installation art and", "drawing and")) == ["装置艺术"]


def test_an_unclaimed_piece_opening_the_list_stands_for_the_unmatched_item_before_the_anchored_ones():
    # 救援 has no sense "rescue" in the dictionary; "rescue" opens the list and no anchor claims it, while
    # "settlement work" holds 安置 and 建设工作's 工作: the short list lost 建设, not 救援
    disaster = "灾区正在开展救援、安置、建设工作。"
    assert lost(disaster, "The disaster area is carrying out rescue and settlement work.") == []
    assert lost(disaster, "The disaster area is carrying out rescue and resettlement work.") == []
    # no opening piece unclaimed: 救援 is the lost one
    assert lost(disaster, "The disaster area is carrying out resettlement and construction work.") == ["救援"]


def test_with_one_item_placed_an_item_said_after_the_list_or_an_opposite_is_not_named():
    # second look at the fix round: the third adjective item written as a trailing phrase is rendered, and two
    # unplaced items sharing a character (装载、卸载 "loading, unloading") are no choice the encoder can make
    assert lost("该公司规模大、实力强、效益好。", "The company is large and strong, with good returns.") == []
    assert lost("这家企业规模大、实力强、效益好。", "The firm is big and powerful, with good returns.") == []
    assert lost("货物的装载、卸载和运输都由他们负责。", "They are responsible for unloading and transporting the goods.") == []
    # a prefix that turns the stem over renders nothing of it: "unload" is no 加载 'load'
    assert lost("该系统可实现数据的重新加载、卸载和合并。", "The system can reload, unload and merge data.") == []
