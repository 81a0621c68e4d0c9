"""The entity injectors spoil exactly one name, with a name of the same kind, and label it rightly.

Real pairs of newstest2019 zh-en and the sample page; skipped where ../shared is absent.
"""

from __future__ import annotations

import random

import pytest

from bench import entity_pool as ep
from bench import inject_entities as ie
from bench.corpora import CORPORA, sample_document
from bench.detect import SHARED, changed_window, recall_rows
from bench.inject_core import Injector
from qa.model import Alignment, Document, Pair

needs_shared = pytest.mark.skipif(not (SHARED / "dev-corpora").exists(), reason="../shared/dev-corpora is not present")


@pytest.fixture(scope="module")
def wmt19() -> dict[str, Pair]:
    if not (SHARED / "dev-corpora").exists():
        pytest.skip("../shared/dev-corpora is not present")
    return {p.id: p for doc in CORPORA["wmt19"].documents() for p in doc.pairs}


def _one_change(before: list[Pair], result) -> tuple[Pair, Pair, bool]:
    """The pair the injection changed (exactly one, its source untouched), before and after, and its label."""
    changed, pair_id, glossary, label = result
    assert glossary is None
    differing = [(a, b) for a, b in zip(before, changed) if a != b]
    assert [a.id for a, _ in differing] == [pair_id]
    old, new = differing[0]
    assert old.source == new.source
    return old, new, label


def _diff(old: str, new: str) -> tuple[str, str]:
    """The differing middle of two texts, whole words."""
    a = 0
    while a < min(len(old), len(new)) and old[a] == new[a]:
        a += 1
    while a and old[a - 1].isalpha():
        a -= 1
    z = 0
    while z < min(len(old), len(new)) - a and old[-1 - z] == new[-1 - z]:
        z += 1
    while z and old[len(old) - z].isalpha():
        z -= 1
    return old[a : len(old) - z], new[a : len(new) - z]


def test_mentions_pair_pinyin_runs_with_their_characters(wmt19):
    found = {(m.kind, m.chinese, m.english) for m in ep.find_mentions(wmt19["l0001"])}
    assert found == {("person", "张光军", "Zhang Guangjun"), ("province", "广东", "Guangdong")}


def test_a_name_in_a_book_title_is_no_mention():
    pair = Pair(id="x", source="他读了《张光军传》。", target="He read The Life of Zhang Guangjun.")
    assert ep.find_mentions(pair) == ()


@needs_shared
@pytest.mark.parametrize("seed", range(6))
def test_replace_place_swaps_one_place_for_another_of_its_kind(wmt19, seed):
    pairs = [wmt19["l0001"], wmt19["l0002"]]
    old, new, label = _one_change(pairs, ie.replace_place(pairs, random.Random(seed)))
    was, now = _diff(old.target, new.target)
    mention = next(m for m in ep.find_mentions(old) if m.english == was)
    assert mention.kind in ("province", "city") and label is True  # 广东, 广州 are CC-CEDICT proper nouns
    same_kind = {e.english for e in ep.pool()[mention.kind]}
    assert now in same_kind and now not in ("Guangdong", "Guangzhou")


@needs_shared
@pytest.mark.parametrize("seed", range(6))
def test_replace_person_puts_another_chinese_person_from_another_document(wmt19, seed):
    pairs = [wmt19["l0001"]]
    old, new, label = _one_change(pairs, ie.replace_person(pairs, random.Random(seed)))
    assert old.target.startswith("Zhang Guangjun ") and label is False  # not in CC-CEDICT
    now = new.target[: len(new.target) - len(old.target) + len("Zhang Guangjun")]
    assert new.target.endswith(old.target[len("Zhang Guangjun"):]) and now != "Zhang Guangjun"
    entry = next(e for e in ep.pool()["person"] if e.english == now)
    assert entry.chinese not in old.source and len(now.split()) == 2


@needs_shared
def test_drop_surname_titled_keeps_title_and_given_name(wmt19):
    pairs = [wmt19["l0055"]]
    old, new, label = _one_change(pairs, ie.drop_surname_titled(pairs, random.Random(1)))
    assert new.target == "State Councilor and Foreign Minister Yi attended the event."
    assert label is True  # 王毅 is in CC-CEDICT


@needs_shared
def test_drop_surname_bare_only_before_the_full_name_is_introduced(wmt19):
    intro, later = wmt19["l0686"], wmt19["l0681"]  # both open with "Wang Yi"
    pairs = [intro, later]
    for seed in range(8):
        old, new, _ = _one_change(pairs, ie.drop_surname_bare(pairs, random.Random(seed)))
        assert old.id == intro.id and new.target == intro.target.replace("Wang Yi", "Yi", 1)
    assert ie.drop_surname_bare([wmt19["l0055"]], random.Random(1)) is None  # titled: not bare


@needs_shared
@pytest.mark.parametrize("seed", range(8))
def test_alter_syllable_changes_one_syllable_into_a_wrong_reading(wmt19, seed):
    pairs = [wmt19["l0001"]]
    result = ie.alter_syllable(pairs, random.Random(seed))
    old, new, _ = _one_change(pairs, result)
    was, now = _diff(old.target, new.target)
    mention = next(m for m in ep.find_mentions(old) if was in m.english)
    now = mention.english.replace(was, now)
    was = mention.english
    assert len(now.split()) == len(was.split()) and now != was
    changed = [(a, b) for a, b in zip(was.split(), now.split()) if a != b]
    assert len(changed) == 1
    assert not any(n == len(mention.chinese) for n, _ in ep.read_as(ep.fold(now), mention.chinese, 0, 4))


@needs_shared
def test_literal_outlet_renders_xinhua_literally(wmt19):
    pairs = [wmt19["l1864"]]
    old, new, label = _one_change(pairs, ie.literal_outlet(pairs, random.Random(1)))
    assert new.target == old.target.replace("Xinhua News Agency", "New China News Agency")
    assert label is True


def test_literal_outlet_needs_the_outlet_in_the_source():
    pair = Pair(id="p", source="据报道，会议今天举行。", target="According to Xinhua, the meeting was held today.")
    assert ie.literal_outlet([pair], random.Random(1)) is None


@pytest.mark.skipif(sample_document() is None, reason="../shared/samples is not present")
def test_drop_entity_removes_a_place_with_its_preposition():
    pairs = list(sample_document().pairs)
    pair = next(p for p in pairs if "Prison in Shandong Province," in p.target)
    mention = next(m for m in ep.find_mentions(pair) if m.english == "Shandong")
    new = ie.without_entity(pair.target, mention.start, mention.end)
    assert new == pair.target.replace(" in Shandong Province", "", 1)


@pytest.mark.parametrize("target, name, expected", [
    ("Journalists: Gao Wencheng and Wang Shoubao.", "Gao Wencheng", "Journalists: Wang Shoubao."),
    ("Egypt, Pakistan, Lebanon, etc.", "Pakistan", "Egypt, Lebanon, etc."),
    ("According to Li Yan, an analyst, prices fell.", "Li Yan", None),  # an apposition would dangle
    ("However, Zhang Zhongmou, founder of TSMC, smiled.", "Zhang Zhongmou", None),
    ("He was in Miyun County.", "Miyun", None),  # "He was." is no sentence
    ("According to introduction from Kelesh Jagutpal, minister of health, it fell.", "Kelesh Jagutpal", None),
    ("The case was cracked by Beijing police today.", "Beijing", None),  # a modifier, not a phrase of its own
    ("Farmers in Shandong Province, who grow wheat, met.", "Shandong", "Farmers, who grow wheat, met."),
    ("Message from Xinhua News Agency Xining on May 1", "Xinhua News Agency", None),
])
def test_without_entity_mends_the_sentence_or_declines(target, name, expected):
    a = target.index(name)
    assert ie.without_entity(target, a, a + len(name), person=" " in name and "Agency" not in name) == expected


def test_drop_entity_leaves_no_place_its_adjective_still_renders():
    # 中国特色 "Chinese characteristics" and 全国 "in China": the injector would take 中国's "China" from 全国
    source = "是习近平新时代中国特色社会主义思想科学指引的结果，是全党全国各族人民勠力同心的结果。"
    target = ("the results of Xi Jinping thought on socialism with Chinese Characteristics, and of the unity of the "
              "entire Party and the people of all ethnic groups in China.")
    assert ie.drop_entity([Pair(id="p1", source=source, target=target)], random.Random(1)) is None
    kept = Pair(id="p1", source="他在中国工作。", target="He works in China.")
    assert ie.drop_entity([kept], random.Random(1)) is not None


def test_drop_entity_leaves_a_province_before_its_own_city():
    # 四川省泸州: news22 ref B itself writes only "Luzhou"; a province named apart is still dropped
    before = Pair(id="p1", source="继8日四川省泸州水上绿色综合服务区挂牌运营后",
                  target="after the service area of Luzhou in Sichuan.")
    assert ie.drop_entity([before], random.Random(1)) is None
    apart = Pair(id="p1", source="他在四川工作，泸州很好。", target="He works in Sichuan Province; Luzhou is nice.")
    assert ie.drop_entity([apart], random.Random(1)) is not None


def test_country_swap_moves_the_article():
    pair = Pair(id="p", source="美国", target="In 2018 the United States said no.")
    m = ep.country_mentions(pair)[0]
    m2, new = ie._country_swap(pair, m, "Spain")
    assert pair.target[: m2.start] + new + pair.target[m2.end :] == "In 2018 Spain said no."


@needs_shared
def test_dictionary_label_on_known_cases():
    assert ep.in_dictionary("山东") and ep.in_dictionary("习近平") and ep.in_dictionary("新华社")
    assert not ep.in_dictionary("张光军") and not ep.in_dictionary("曹云")


def test_recall_rows_report_in_and_out_of_dictionary_apart(monkeypatch):
    doc = Alignment(Document(id="d", path="d"), (Pair(id="p1", source="山东", target="Shandong"),))
    labels = iter([True, False, False])

    def labelled(pairs, rng):
        return list(pairs), "p1", None, next(labels)

    def plain(pairs, rng):
        return list(pairs), "p1"

    monkeypatch.setattr("bench.detect.load_injectors",
                        lambda: [Injector("lab", ("M107",), labelled), Injector("old", ("N",), plain)])
    rows = recall_rows([doc], [], 3, "k")
    assert rows == [("lab", "M107", 3, 0), ("lab · in CC-CEDICT", "M107", 1, 0),
                    ("lab · not in CC-CEDICT", "M107", 2, 0), ("old", "N", 3, 0)]


def test_changed_window_shows_the_change_with_context():
    was, now = changed_window("a" * 100 + " Shandong " + "b" * 100, "a" * 100 + " Shanxi " + "b" * 100, context=5)
    assert was == "…aaaa Shandong bbbb…" and now == "…aaaa Shanxi bbbb…"


def test_the_tail_of_a_longer_name_is_no_person():
    pair = Pair(id="x", source="天安门母亲群体", target="the mothers of the Tian An Men group")
    assert not [m for m in ep.find_mentions(pair) if m.kind == "person"]


def test_drop_entity_takes_a_place_whose_adjective_translates_another_word():
    # "Chinese" is 中文, not 中国: dropping "in China" is a real error to inject
    pair = Pair(id="p1", source="他在中国学习中文。", target="He studies Chinese in China.")
    result = ie.drop_entity([pair], random.Random(1))
    assert result is not None and result[0][0].target == "He studies Chinese."


@pytest.mark.skipif(sample_document() is None, reason="../shared/samples is not present")
def test_a_province_before_a_body_named_after_its_city_may_be_dropped():
    # 山东任城监狱 "Rencheng Prison in Shandong Province": the checks report "in Shandong Province" dropped
    pair = next(p for p in sample_document().pairs if "Prison in Shandong Province," in p.target)
    mentions = list(ep.find_mentions(pair))
    shandong = next(m for m in mentions if m.english == "Shandong")
    assert not ie._before_own_place(pair, shandong, mentions)


def test_drop_entity_leaves_no_country_its_initials_still_name():
    """美方…在美国开展业务 → "The US … from doing business": the US is still named, nothing to inject."""
    united_states = ep.Mention("country", "美国", 0, 0, "United States")
    assert ie._acronym_left(united_states, "The US then threatened to ban companies from doing business.")
    assert ie._acronym_left(united_states, "The U.S. then threatened to ban companies.")
    assert not ie._acronym_left(united_states, "They then threatened to ban us from doing business.")


@needs_shared
def test_replace_place_leaves_a_place_the_english_names_more_often_than_the_source():
    """MAC-Dev mac-006/p0014: 中国移动、联通、网通 is "China Mobile, China Unicom, China Netcom"; the source writes
    中国 once, so two of the three are the translator's own, and replacing one spoils no rendering of 中国.
    The place the English names as often as the source (北京, once each) is still replaced."""
    pair = Pair("p1", "我们能玩得过中国移动、联通、网通？北京的同事也没办法。",
                "How can we get more attention than China Mobile, China Unicom, China Netcom? Our colleagues in "
                "Beijing could not help either.")
    made = [_one_change([pair], ie.replace_place([pair], random.Random(seed)))[1] for seed in range(8)]
    assert all("China Mobile, China Unicom, China Netcom" in new.target for new in made), [n.target for n in made]
    assert all("Beijing" not in new.target for new in made)
