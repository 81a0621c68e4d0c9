"""The item an English series lost, read by the sentence encoder where the dictionary anchors nothing
(qa.lang.list_embed), on sentences of the dev corpora, through A006."""

from __future__ import annotations

from qa.lang.sentence_lists import inline_lists
from qa.lang.list_embed import lost_by_encoder
from tests.conftest import check_pair

# WMT22 general test (news22) reference A: 心脏病 "heart attack" anchors nothing in the English
HEART_ZH = "如果我真的发生了心脏病、脑溢血、呼吸骤停，那么我们生命的窗口只有四分钟，黄金四分钟！"
HEART_EN = ("If we suffer from heart attack, cerebral hemorrhage or respiratory arrest, our life window is only "
            "four minutes, the golden four minutes!")
# WMT19 (l1521): CC-CEDICT places none of 新生儿护理 in "newborn care"
NEWBORN_ZH = "一般的月子中心提供新生儿护理、营养餐、产后修复塑形等服务。"
NEWBORN_EN = ("A common confinement center provided the services of newborn care, nutritious food, and postpartum "
              "reconstruction, etc.")
# news22 reference B (gt22-d029): jieba reads 改变、改善中国、为国为民 as a list; the English renders 为国为民
# outside the series "change or improve China"
PATIENCE_ZH = "四、改变或改善中国要有耐心和为国为民负责的态度，政治投机企图火中取栗者，那不是右派，是混蛋。再聊聊左。"
PATIENCE_EN = ("4. Patience and the attitude of being responsible for the country and for people are required to "
               "change or improve China; the people who intend to pull chestnut out of fire with political "
               "speculation attempt is not the right wing but the bastard. Let’s talk about the left wing.")


def a006(source: str, target: str) -> list[str]:
    return [f.source_span for f in check_pair(source, target, ["A006"])]


def encoder_lost(source: str, target: str) -> list[str | None]:
    return [(e.item.text if (e := lost_by_encoder(items, target)) else None) for items in inline_lists(source)]


def test_the_first_item_cut_with_no_dictionary_anchor_is_named():
    cut = HEART_EN.replace("heart attack, cerebral hemorrhage or", "cerebral hemorrhage or")
    assert encoder_lost(HEART_ZH, cut) == ["心脏病"]
    assert a006(HEART_ZH, cut) == ["心脏病"]


def test_an_item_the_dictionary_cannot_anchor_is_named_when_cut():
    cut = NEWBORN_EN.replace("newborn care, ", "")
    assert encoder_lost(NEWBORN_ZH, cut) == ["新生儿护理"]
    assert a006(NEWBORN_ZH, cut) == ["新生儿护理"]


def test_whole_lists_and_an_item_rendered_outside_the_series_are_no_finding():
    assert encoder_lost(HEART_ZH, HEART_EN) == [None]
    assert encoder_lost(NEWBORN_ZH, NEWBORN_EN) == [None]
    assert a006(NEWBORN_ZH, NEWBORN_EN) == []
    # 四、改变或改善中国要有耐心和为国为民负责的态度: the chunk after 或 runs on into the clause, so 和 after it joins the
    # clause's words, and no list is read at all
    assert encoder_lost(PATIENCE_ZH, PATIENCE_EN) == []
    assert a006(PATIENCE_ZH, PATIENCE_EN) == []


def test_the_callers_evidence_is_read_not_recomputed():
    # A006 passes the dictionary evidence it has: evidence placing every item leaves the encoder nothing to read
    from dataclasses import replace

    from qa.lang.list_items import evidence

    cut = NEWBORN_EN.replace("newborn care, ", "")
    items = inline_lists(NEWBORN_ZH)[0]
    found = evidence(items, cut)
    assert lost_by_encoder(items, cut, found).item.text == "新生儿护理"
    placed = [replace(e, anchors=e.anchors or (0,)) for e in found]
    assert lost_by_encoder(items, cut, placed) is None
