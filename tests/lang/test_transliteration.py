"""Foreign names written in Chinese compared with English names by sound (qa.lang.transliteration)."""

from __future__ import annotations

import csv
import re

import pytest

from qa.lang.pinyin import fold
from qa.lang.transliteration import SAME_NAME, best_match, looks_transliterated, phonetic_similarity
from tests.conftest import SHARED

NAMES_TSV = SHARED / "dev-corpora" / "cedict-names-zhen" / "names.tsv"

SAME = [
    ("默克尔", "Merkel"), ("马克龙", "Macron"), ("特朗普", "Trump"), ("拜登", "Biden"), ("普京", "Putin"),
    ("约翰逊", "Johnson"), ("蓬佩奥", "Pompeo"), ("泽连斯基", "Zelensky"), ("莫斯科", "Moscow"),
    ("华盛顿", "Washington"), ("巴黎", "Paris"), ("叙利亚", "Syria"), ("杜鲁门", "Truman"), ("撒切尔", "Thatcher"),
    ("伦敦", "London"), ("柏林", "Berlin"), ("朔尔茨", "Scholz"), ("布林肯", "Blinken"), ("内塔尼亚胡", "Netanyahu"),
    # Chinese often gives the surname only; a name written in full is compared part by part
    ("默克尔", "Angela Merkel"), ("唐纳德·特朗普", "Donald Trump"), ("莫斯科市", "Moscow"),
    # the adjective of a place names it too
    ("叙利亚", "Syrian"), ("俄罗斯", "Russian"), ("意大利", "Italian"),
    ("默克爾", "Merkel"), ("馬克龍", "Macron"),  # traditional script
]
DIFFERENT = [
    ("默克尔", "Macron"), ("特朗普", "Truman"), ("杜鲁门", "Trump"), ("拜登", "Putin"), ("普京", "Biden"),
    ("约翰逊", "Jackson"), ("莫斯科", "Washington"), ("叙利亚", "Iraq"), ("伦敦", "Paris"), ("蓬佩奥", "Blinken"),
]


@pytest.mark.parametrize("chars, english", SAME)
def test_a_correct_transliteration_sounds_like_its_english_name(chars, english):
    assert phonetic_similarity(chars, english) >= SAME_NAME


@pytest.mark.parametrize("chars, english", DIFFERENT)
def test_another_person_or_place_does_not(chars, english):
    assert phonetic_similarity(chars, english) < SAME_NAME


def test_best_match_picks_the_name_that_sounds_alike():
    assert best_match("马克龙", ["Merkel", "Macron", "Trump"])[0] == "Macron"
    assert best_match("特朗普", ["Truman", "Trump"])[0] == "Trump"
    assert best_match("默克尔", ["Angela Merkel", "Emmanuel Macron"])[0] == "Angela Merkel"
    assert best_match("默克尔", ["Macron", "Biden"]) is None
    assert best_match("默克尔", []) is None


def test_the_score_is_a_similarity_in_0_1():
    assert phonetic_similarity("哈马斯", "Hamas") <= 1.0
    assert phonetic_similarity("莫斯科", "Moscow") > phonetic_similarity("莫斯科", "Madrid") >= 0.0


@pytest.mark.parametrize("chars, english", [("", "Merkel"), ("Merkel", "Merkel"), ("默克尔", ""), ("默克尔", "—")])
def test_input_without_names_scores_zero(chars, english):
    assert phonetic_similarity(chars, english) == 0.0


@pytest.mark.parametrize("chars", ["默克尔", "马克龙", "特朗普", "约翰逊", "普京", "蓬佩奥", "泽连斯基", "莫斯科", "华盛顿",
                                   "巴黎", "叙利亚", "阿富汗", "拜登", "伦敦", "唐纳德·特朗普", "莫斯科市",
                                   "默克爾", "馬克龍", "倫敦"])  # traditional script
def test_foreign_names_look_transliterated(chars):
    assert looks_transliterated(chars)


@pytest.mark.parametrize("chars", ["习近平", "王小明", "李克强", "陈一新", "马龙", "长安", "北京", "Merkel", "克",
                                   # ordinary words made of characters transliterations use
                                   "以及", "可以", "英里", "比赛", "特别"])
def test_chinese_names_and_words_do_not(chars):
    assert not looks_transliterated(chars)


def _chinese_politicians() -> list[str]:
    """CC-CEDICT politicians whose English name is the pinyin of the characters (Chinese names)."""
    if not NAMES_TSV.exists():
        pytest.skip("../shared/dev-corpora is not present next to the repository")
    out = []
    with NAMES_TSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            pinyin = "".join(fold(s) for s in re.sub(r"\d", " ", row["pinyin"]).split())
            english = re.split(r"[(,;]", row["english_cc_cedict"])[0]
            if row["category"] == "person_politician" and fold(english) == pinyin:
                out.append(row["simplified"])
    return out


def test_chinese_politicians_hardly_ever_look_transliterated():
    names = _chinese_politicians()
    assert len(names) > 150
    assert sum(looks_transliterated(n) for n in names) <= len(names) // 100



def test_english_sounds_read_by_one_pattern_are_those_of_the_rules_tried_in_turn():
    """The spelling rules run as one alternation (qa.lang.transliteration_sounds._RULE_PATTERN): on every word of
    CC-CEDICT's English names of entities, the sounds of trying each rule in its order at each position."""
    from qa.lang import gazetteer
    from qa.lang.transliteration_sounds import RULES, _collapse, _word_sounds

    rules = [(re.compile(pattern), sound) for pattern, sound in RULES]

    def in_turn(word: str) -> str:
        word, out, i = fold(word), [], 0
        while i < len(word):
            for pattern, sound in rules:
                m = pattern.match(word, i)
                if m and m.end() > i:
                    out.append(sound)
                    i = m.end()
                    break
            else:
                out.append(word[i])
                i += 1
        return _collapse("".join(out))

    words = sorted({w for word in list(gazetteer.kinds())[::2] for name in gazetteer.english_names(word)
                    for w in re.findall(r"[A-Za-z'’-]+", name)})
    assert len(words) > 5000
    assert [w for w in words if _word_sounds(w) != in_turn(w)] == []
    assert all(re.compile(pattern).match("") is None for pattern, _ in RULES)  # each rule takes a letter
