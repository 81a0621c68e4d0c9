"""S201 over a document: a term the document writes the same way three times is its vocabulary, not a typo."""

from __future__ import annotations

from tests.conftest import check_pairs

GEMINIDS = [  # news22 refB writes the meteor shower's name in lower case throughout its story
    ("双子座流星雨今晚达到极大。", "The geminid meteor shower peaks tonight."),
    ("每颗流星都很亮。", "Each geminid is bright."),
    ("请在郊外观看。", "Watch the geminid sky away from the city."),
]


def _spans(pairs) -> list[tuple[str, str]]:
    return [(f.pair_id, f.target_span) for f in check_pairs(pairs, ["S201"])]


def test_a_spelling_repeated_three_times_is_vocabulary_but_a_typo_among_them_is_still_found():
    typo = ("政府召开会议。", "The goverment met.")
    assert _spans([*GEMINIDS, typo]) == [("p4", "goverment")]


def test_the_same_typo_written_twice_is_still_reported():
    twice = [("政府召开会议。", "The goverment met."), ("政府休会。", "The goverment rose.")]
    assert _spans(twice) == [("p1", "goverment"), ("p2", "goverment")]


def test_a_rare_term_no_edit_from_any_word_is_not_a_typo():
    # "geminid" is one edit from no dictionary word: a term the dictionary lacks, not a slip
    assert _spans(GEMINIDS[:1]) == []


def test_short_words_capitalised_words_and_british_spellings():
    pairs = [("我们去了德国和巴西。", "We went to Germnay and Brazill, teh capital nad the coast."),
             ("颜色很好。", "The colour of the programme was realised; organisations travelled.")]
    assert _spans(pairs) == [("p1", "Germnay"), ("p1", "Brazill"), ("p1", "teh"), ("p1", "nad")]


def test_a_project_word_list_is_accepted(tmp_path):
    from types import SimpleNamespace

    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.model import Alignment, Document, Pair

    words = tmp_path / "words.txt"
    words.write_text("goverment  # our house spelling\n", encoding="utf-8")
    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    assert run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=words)) == []
    assert len(run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=None))) == 1


def test_the_words_key_of_the_configuration_reaches_the_spelling_check(tmp_path):
    from qa.config import load_settings
    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.model import Alignment, Document, Pair

    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "words.txt").write_text("goverment\n", encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[qa]\nwords = terms/words.txt\n", encoding="utf-8")
    (tmp_path / "page.txt").write_text("x", encoding="utf-8")
    settings = load_settings(tmp_path / "page.txt")
    assert settings.words == (tmp_path / "terms" / "words.txt").resolve()
    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    assert run_checks(doc, [REGISTRY["S201"]], settings=settings) == []


def test_a_missing_word_list_is_one_clear_input_error(tmp_path):
    from types import SimpleNamespace

    import pytest

    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.errors import InputError
    from qa.model import Alignment, Document, Pair

    doc = Alignment(Document(id="t", path="t"), (Pair("p1", "政府召开会议。", "The goverment met."),))
    with pytest.raises(InputError, match="word list"):
        run_checks(doc, [REGISTRY["S201"]], settings=SimpleNamespace(words=tmp_path / "none.txt"))


def test_a_slip_that_happens_to_split_into_dictionary_words_is_still_a_typo():
    # sustain+bale, pre+sons, mis+isles, increase+ed: built from known words, but one slip from a frequent one
    pairs = [("我们推动可持续发展。", "We drive sustainbale development."),
             ("船上有五人死亡。", "The ship sank and five presons died."),
             ("潜艇携带导弹。", "The submarines carry misisles."),
             ("天数增加了50天。", "The number of good days increaseed by 50.")]
    assert _spans(pairs) == [("p1", "sustainbale"), ("p2", "presons"), ("p3", "misisles"), ("p4", "increaseed")]


def test_words_built_from_dictionary_words_that_are_no_slip_stay_accepted():
    pairs = [("推进信息化。", "We promote informatization and intelligentized services."),
             ("牛皮和疫苗接种者。", "The oxhide drum was shown to the vaccinees.")]
    assert _spans(pairs) == []


def test_a_short_swap_is_a_typo_even_when_it_reads_as_pinyin():
    assert _spans([("喝你喜欢的饮料。", "Mix it with yoru favorite drinks.")]) == [("p1", "yoru")]


def test_a_place_name_slip_built_from_two_words_is_found():
    pairs = [("朝美新加坡联合声明", "In the North Korea-US Joint Statement of Singpore, the two sides promised.")]
    assert _spans(pairs) == [("p1", "Singpore")]


def test_a_name_variant_the_sources_dictionary_entry_spells_is_no_typo():
    # CC-CEDICT: 维吾尔族 "Uighur (Uyghur) ethnic group"; but Shanhai (山海关) is still a slip for 上海
    pairs = [("新疆维吾尔族群众", "Uyghur people of Xinjiang"), ("他在上海工作。", "He works in Shanhai.")]
    assert _spans(pairs) == [("p2", "Shanhai")]


def test_a_letter_changed_into_a_word_nobody_writes_is_no_provable_slip():
    # halitus → halites (no frequency at all): a rare word; wresding → wresting (a used word): a slip
    pairs = [("口气", "a faint halitus of breath"), ("摔跤", "they were wresding on the floor")]
    assert _spans(pairs) == [("p2", "wresding")]


def test_a_french_word_in_a_loan_phrase_is_no_typo():
    """news22 gt22-d019 p0029 (both references): "cordon bleu" for 法国蓝带; "bleu" alone is still a typo."""
    from tests.conftest import check_pair

    zh = "【诺拉图书】正版【全3册】法国蓝带甜品宝典，巧克力甜品教室"
    assert check_pair(zh, "[Nora Books] Authentic, Complete Collection, 3 Volume, cordon bleu dessert tutorial", ["S201"]) == []
    assert [f.target_span for f in check_pair("天空很蓝", "the bleu sky over Beijing", ["S201"])] == ["bleu"]


def test_a_reduplicated_loan_word_is_no_typo():
    # TED talk (MQM set): the flower 依兰 is "ylang-ylang"; a typo is not written twice joined by a hyphen
    assert _spans([("我们看到的是依兰， 有浓烈香味的部分。", "What we're seeing is ylang-ylang, the part that has a strong scent.")]) == []


def test_a_reduplicated_loan_word_written_with_a_space_is_no_typo():
    """The TED reference writes the flower spaced ("Here we see ylang ylang"); a slip typed twice is another
    matter (the test below)."""
    from tests.corpora import pairs_by_segment

    ted = pairs_by_segment("bench/errors/ted-mqm/ref/input.tsv")
    zh, en = ted[("talk.6", "63")]
    assert "ylang ylang" in en
    assert _spans([(zh, en)]) == []
    assert _spans([(zh, en.replace("ylang ylang", "ylang"))]) == [("p1", "ylang")]
    # a slip of a frequent word by any one edit, typed twice, is still a typo (the review's cases)
    assert _spans([(zh, en.replace("ylang ylang", "definately definately"))]) == [("p1", "definately")]


def test_a_typo_typed_twice_is_still_reported_once():
    # P503 leaves a doubled word no dictionary has to this check, so the slip gets one finding, not none
    pairs = [("他说。", "The goverment goverment said it would act.")]
    assert _spans(pairs) == [("p1", "goverment")]
    assert [f.check_id for f in check_pairs(pairs, ["S201", "P503"])] == ["S201"]


def test_a_typo_written_twice_in_one_sentence_is_one_finding():
    assert _spans([("政府与政府对话。", "The goverment spoke to the other goverment.")]) == [("p1", "goverment")]


def test_a_word_the_document_capitalises_after_a_hyphen_or_apostrophe_is_its_name_in_lower_case_too():
    # the capitalised parts of Goong-goong and O'Dwyer are the document's names: their lower case is no typo
    named = [("韦小宝道：“我跟海老公。”", "'I'm with Hai Goong-goong,' said Trinket."),
             ("太监们都鞠躬。", "The goongs bowed low."),
             ("德怀尔先生来了。", "Mr O'Dwyer came; dwyers were everywhere.")]
    assert _spans(named) == []
    typeset = [("太监们都鞠躬。", "The goongs bowed low to Hai Goong’goong."),
               ("德怀尔先生来了。", "Mr O’Dwyer came; dwyers were everywhere.")]  # a typographic apostrophe
    assert _spans(typeset) == []
    alone = [("太监们都鞠躬。", "The goongs bowed low."), ("他们来了。", "The dwyers came.")]
    assert _spans(alone) == [("p1", "goongs"), ("p2", "dwyers")]
