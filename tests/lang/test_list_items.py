"""The list checks' evidence (qa.lang.list_items): where the English renders or spells an item."""

from __future__ import annotations

from qa.lang.en_words import stem
from qa.lang.list_anchors import pinyin_anchors
from qa.lang.list_words import renders


def test_a_plural_renders_its_singular_sense():
    assert renders("cities", frozenset({stem("city")}))  # stem alone gives "citie"
    assert renders("banks", frozenset({stem("bank")}))
    assert renders("proactiveness", frozenset({"activ"}))  # a sense stem inside the word
    assert not renders("tables", frozenset({stem("chair")}))


def test_a_name_spelt_in_pinyin_is_found_at_its_first_token_in_each_target():
    assert pinyin_anchors("谭卫", "Yesterday Tan Wei and Li Ming came") == [1]
    assert pinyin_anchors("集美区", "He lives in Jimei, Xiamen") == [3]  # 区 left off the spelling
    assert pinyin_anchors("谭卫", "Li Ming came") == []
    assert pinyin_anchors("谭卫", "Tan Wei came") == [0]  # the same name, another target: read afresh


def test_the_anchors_chosen_are_the_shortest_stretch_holding_every_matched_item():
    from qa.lang.list_items import ItemEvidence, chosen_anchors
    from qa.lang.sentence_lists import ListItem

    # every item is said twice, in two stretches (a sentence before the list names them too): the items'
    # centre lies between them, and the occurrence nearest it mixed the two (30, 31 and 5)
    found = [ItemEvidence(ListItem(t, 0, 1), frozenset({"x"}), a)
             for t, a in (("全球", (2, 30)), ("民主", (3, 31)), ("人权", (5, 32)))]
    assert chosen_anchors(found) == [30, 31, 32]


def test_an_abbreviation_of_a_gloss_anchors_the_item():
    # news22 ref A, gt22-d007: 体育 'physical education' is "PE"; a lower-case word or another capital is not
    from qa.lang.list_items import acronym_anchors

    target = "and can work as music, art or PE teachers at the same time"
    assert [target.split()[j] for j in acronym_anchors("体育课程", target)] == ["PE"]
    assert acronym_anchors("美术", target) == []
    assert acronym_anchors("体育课程", "a pe teacher") == []
    from qa.lang.sentence_lists import ListItem
    from qa.lang.list_items import evidence

    found = evidence([ListItem("音乐", 0, 2), ListItem("美术", 3, 5), ListItem("体育课程", 6, 10)], target)
    assert [target.split()[j] for j in found[2].anchors] == ["PE"]


def test_a_four_letter_sense_renders_only_at_an_end_of_a_longer_word():
    from qa.lang.list_words import renders

    assert renders("workplace", frozenset({"work"}))
    assert not renders("broadcast", frozenset({"road"}))  # 旅游线路 'route; road' is no "broadcast" (wmt19-007)


def test_the_lists_sentence_holds_most_items_on_the_sample_page(sample_page_pairs):
    # _list_sentence reads the English list only in the sentences where most items have an anchor: the one it
    # chooses must hold as many items as any sentence of the paragraph
    from bisect import bisect_left

    from qa.lang.en import sentence_spans
    from qa.lang.en_words import english_tokens
    from qa.lang.list_items import _list_sentence, chosen_anchors, evidence
    from qa.lang.sentence_lists import inline_lists

    chosen = 0
    for pair in sample_page_pairs.pairs:
        starts = [t.start for t in english_tokens(pair.target)]
        ranges = [(bisect_left(starts, a), bisect_left(starts, b)) for a, b in sentence_spans(pair.target)]
        for items in inline_lists(pair.source):
            found = evidence(items, pair.target)
            if sum(1 for e in found if e.anchors) < 2:
                continue
            lo, hi = _list_sentence(pair.target, chosen_anchors(found), found)
            items_in = [sum(any(a <= k < b for k in e.anchors) for e in found) for a, b in ranges if a < b]
            assert sum(any(lo <= k < hi for k in e.anchors) for e in found) == max(items_in), items
            chosen += len(items_in) > 1
    assert chosen > 20  # most lists stand in paragraphs of several sentences


def test_of_two_sentences_holding_every_item_the_one_where_they_make_a_list_is_the_lists(sample_page_pairs):
    # sample page p0025 renders 系统观念、法治思维、强基导向 in two sentences holding all three items; in the first,
    # 导向's nearest anchor is "Three Major Orientations", outside its list, so the anchors there make no English
    # list and the second sentence wins the tie, though it comes later
    from bisect import bisect_left

    from qa.lang.en import sentence_spans
    from qa.lang.en_words import english_tokens
    from qa.lang.list_items import _list_sentence, chosen_anchors, evidence
    from qa.lang.sentence_lists import inline_lists

    pair = next(p for p in sample_page_pairs.pairs if p.source.startswith("三要围绕强化"))
    items = next(i for i in inline_lists(pair.source) if [x.text for x in i] == ["系统观念", "法治思维", "强基导向"])
    found = evidence(items, pair.target)
    starts = [t.start for t in english_tokens(pair.target)]
    first, second = [(bisect_left(starts, a), bisect_left(starts, b)) for a, b in sentence_spans(pair.target)][:2]
    assert all(any(first[0] <= k < first[1] for k in e.anchors) and any(second[0] <= k < second[1] for k in e.anchors)
               for e in found)
    assert _list_sentence(pair.target, chosen_anchors(found), found) == second
