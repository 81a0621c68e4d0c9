"""S201: English non-words, never names."""

from pathlib import Path

import pytest

from qa.lang.en_dictionary import non_words

SAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "ten-key-points-2021.txt"


def test_typos_found_with_suggestions():
    found = dict(non_words("The goverment recieved the speach and the comittee agreed."))
    assert found == {"goverment": "government", "recieved": "received", "speach": "speech", "comittee": "committee"}


def test_names_possessives_hyphens_british_and_domain_words_are_quiet():
    text = ("Chen Yixin’s speech on Xi Jinping’s thought in Jalaid Banner wasn’t high-quality; the 21st-century "
            "informatization of procuratorial work was intelligentized, the colour of the odour realised.")
    assert non_words(text) == []


def test_whitelist_and_pinyin_words():
    assert non_words("they slept on the kang near the yamen") == []
    assert non_words("the zhalaite herders", frozenset({"zhalaite"})) == []


def test_sample_english_is_quiet():
    if not SAMPLE.exists():
        pytest.skip("../shared not present: sample page missing")
    import re

    lines = [l for l in SAMPLE.read_text(encoding="utf-8").splitlines() if l.strip() and not re.search(r"[\u4e00-\u9fff]{3}", l)]
    assert [w for line in lines for w in non_words(line)] == []


def test_china_english_compounds_and_plurals_of_document_words_are_quiet():
    assert non_words("He had practised kungfu since childhood and now worked in nanotech.") == []
    assert non_words("The goongs bowed low.", frozenset({"goong"})) == []
    assert [w for w, _ in non_words("The town was beseiged for a month.")] == ["beseiged"]


def test_short_word_typos_are_swapped_letters_of_frequent_words():
    assert non_words("teh cat nad wiht the dog") == [("teh", "the"), ("nad", "and"), ("wiht", "with")]
    assert non_words("a tah and a lol, the km and the kg") == []  # not a swap of a frequent word; units


def test_long_typos_are_one_edit_from_a_word_and_rare_terms_are_not():
    found = dict(non_words("the webssite said celaning was free for countleess brides; a tamagoyaki and leucocythemia"))
    assert found == {"webssite": "website", "celaning": "cleaning", "countleess": "countless"}
    # derivations and compounds of dictionary words stay quiet
    assert non_words("oxhide, nonformal training, fistcakes and bureaucratism") == []


def test_capitalised_typos_need_a_name_the_source_holds_or_a_long_frequent_word():
    assert non_words("We flew to Canda and Chinaa.", source="我们飞往加拿大和中国。") == [("Canda", "Canada"), ("Chinaa", "China")]
    assert non_words("We flew to Canda and Chinaa.") == []  # no source: an unknown name proves nothing
    assert non_words("Kalla and Pompeo met in Jakarta.", source="卡拉和蓬佩奥在雅加达会面。") == []
    assert non_words("Goverment spending rose.") == [("Goverment", "Government")]
    assert non_words("Zhang Wei met Wang Jianguo.", source="张伟会见了王建国。") == []


def test_british_and_american_spellings_both_pass():
    assert non_words("The colour of the programme; the color of the program; organisation and organization.") == []


def test_a_romanized_name_the_source_reads_is_no_typo_of_its_neighbour():
    # Anhuo is one letter from Anhui, which the source holds; but the source also reads an-huo (安火)
    assert non_words("Anhuo of Anhui spoke.", source="安徽的安火发言。") == []
    assert non_words("Anhuo of Anhui spoke.", source="安徽的代表发言。") == [("Anhuo", "Anhui")]


def test_a_foreign_full_name_may_be_spelt_either_way():
    """NTREX-128 (bbc.381705, foxnews.94512): 卢卡斯·… and 阿里·… are foreign people, Lukas or Lucas, Ari or Ali;
    the same name alone in the source still proves a slip."""
    assert non_words("two Lukas Lundvald Nielsen goals secured their victory.", source="卢卡斯·伦德瓦尔德·尼尔森的两个进球确保了胜利。") == []
    assert non_words("former White House press secretary Ari Fleischer.", source="包括前白宫新闻秘书阿里·弗莱舍。") == []
    assert non_words("Lukas scored twice.", source="卢卡斯进了两个球。") == [("Lukas", "Lucas")]


def test_a_typo_before_a_curly_or_straight_apostrophe_is_the_word_itself():
    # the clitic is cut off at either apostrophe (most words have none and are not split at all)
    found = dict(non_words("The goverment’s plan and the comittee's report weren’t ready."))
    assert found == {"goverment": "government", "comittee": "committee"}


def test_a_word_is_judged_once_yet_reported_at_each_occurrence_under_its_documents_words():
    """non_words splits and judges each distinct word once (en_dictionary._word_verdicts), keyed by the
    document's whitelist and names: one document's glossary must not quiet the same word in the next."""
    text = "The goverment said the goverment would act; Chen Yixin’s speech was high-quality."
    assert non_words(text) == [("goverment", "government"), ("goverment", "government")]
    assert non_words(text, names=frozenset({"goverment"})) == []
    assert non_words(text) == [("goverment", "government"), ("goverment", "government")]
    assert non_words("The goverment acted.", source="政府行动了。") == [("goverment", "government")]
