"""T105 on real documents: a name lowered once where the document capitalises it (issue 17).

Each case lowers one word of a clean document the way the injector does and
expects the finding; the quiet cases are the clean documents' own common uses.
"""

from qa.model import Pair
from tests.checks.test_consistency import _lowered, _story
from tests.conftest import check_pairs

NTREX = "dev-corpora/ntrex128-zhen/pairs.tsv"
REF_A = "bench/errors/news22/clean_refA.tsv"
REF_B = "bench/errors/news22/clean_refB.tsv"


def _slips(story: list[Pair]) -> set[tuple[str, str]]:
    return {(f.pair_id, f.target_span) for f in check_pairs(story, ["T105"])}


def test_a_party_s_plural_name_lowered_once():
    """NTREX newsweek.51310: "Republicans" (共和党) capitalised in two other pairs, after other words."""
    story = _lowered(_story(NTREX, "newsweek.51310"), "p0010", "as Republicans try", "as republicans try")
    assert ("p0010", "republicans") in _slips(story)


def test_a_team_lowered_after_its_city_where_the_document_says_the_giants():
    """NTREX bbc.381705: "Belfast Giants" / "the Giants" (巨人队), once "Belfast giants"."""
    story = _lowered(_story(NTREX, "bbc.381705"), "p0003", "Belfast Giants by", "Belfast giants by")
    assert ("p0003", "giants") in _slips(story)


def test_a_plural_capitalised_only_inside_a_longer_name_is_quiet():
    """news22 ref A gt22-d006: "Bureau of Human Resources" twice, "(the resources)" / "all our
    resources" in p0037: the common noun, not the bureau's word."""
    assert [s for s in _slips(_story(REF_A, "gt22-d006")) if s[1] == "resources"] == []
    assert [s for s in _slips(_story(REF_B, "gt22-d006")) if s[1] == "resources"] == []


def test_a_name_the_source_writes_in_latin_letters_lowered_after_a_comma():
    """news22 ref A gt22-d038: the source writes "Meta" four times in p0018; "Not only that, meta"
    is no common use after "that" (the comma parts them)."""
    story = _lowered(_story(REF_A, "gt22-d038"), "p0018", "that, Meta is", "that, meta is")
    assert ("p0018", "meta") in _slips(story)


def test_an_english_phrase_the_source_quotes_may_be_translated_in_lower_case():
    """news22 ref B gt22-d006 p0014: the source quotes "Virgin Olive Oil" in English; the English
    writes the grade as common words: no slip."""
    assert [s for s in _slips(_story(REF_B, "gt22-d006")) if s[0] == "p0014"] == []


def test_a_short_name_lowered_after_its_one_capitalised_word():
    """NTREX reuters.218932: "the European Union" (欧盟) in three pairs, once "the European union"
    (also after "NATO and the", where the longest capitalised run before it is no name)."""
    story = _lowered(_story(NTREX, "reuters.218932"), "p0008", "European Union because", "European union because")
    assert ("p0008", "union") in _slips(story)
    story = _lowered(_story(NTREX, "reuters.218932"), "p0014", "European Union in", "European union in")
    assert ("p0014", "union") in _slips(story)


def test_a_generic_phrase_beside_the_tail_of_a_longer_name_is_quiet():
    """news22 ref A gt22-d013: "National Key Laboratory of Traditional Chinese Medicine Quality
    Research" beside "the traditional Chinese medicine industry": the lab's name, not the phrase's."""
    assert [s for s in _slips(_story(REF_A, "gt22-d013")) if s[1] == "medicine"] == []


def test_a_two_word_term_in_its_house_style_lowered_after_any_word():
    """news22 ref A gt22-d031: "Internet insurance" (互联网保险) in p0055 and p0063 while the document
    also writes "the internet" and "internet products": the term keeps its capital."""
    story = _lowered(_story(REF_A, "gt22-d031"), "p0058", "misleading Internet insurance", "misleading internet insurance")
    assert ("p0058", "internet") in _slips(story)


def test_a_generic_use_beside_the_tail_of_a_team_s_name_is_quiet():
    """WMT19 lines 1986-1996 write "Blue Sky Rescue team" three times; line 1992's "sent a rescue
    team" is any rescue team."""
    from tests.corpora import corpus_rows

    story = [Pair(f"l{int(r['line']):04d}", r["source"], r["target"])
             for r in corpus_rows("dev-corpora/wmt19-newstest-zhen/pairs.tsv") if 1981 <= int(r["line"]) <= 2000]
    assert any("Blue Sky Rescue team" in p.target for p in story)
    assert [s for s in _slips(story) if s[1] == "rescue"] == []


def _wmt19(first: int, last: int) -> list[Pair]:
    from tests.corpora import WMT19_PAIRS, corpus_rows

    return [Pair(f"l{int(r['line']):04d}", r["source"], r["target"])
            for r in corpus_rows(WMT19_PAIRS) if first <= int(r["line"]) <= last]


def test_a_name_lowered_after_that_the_conjunction():
    """news22 ref A gt22-d038 writes Meta (Meta in the source too) in ten pairs: "We all know that
    meta doesn't have business in China" is the name after the conjunction, not "that" the determiner."""
    story = _lowered(_story(REF_A, "gt22-d038"), "p0022", "that Meta doesn", "that meta doesn")
    assert ("p0022", "meta") in _slips(story)


def test_a_word_english_knows_only_as_a_name_lowered_once():
    """WMT19 lines 1620-1639: Rooney (鲁尼) capitalised in l1630 and l1631; "and rooney is also very
    excited" in l1633, which writes "Rooney's" too. No common word "rooney" exists."""
    story = _lowered(_wmt19(1620, 1639), "l1633", "and Rooney is", "and rooney is")
    assert ("l1633", "rooney") in _slips(story)
    assert ("l1633", "rooney") not in _slips(_wmt19(1620, 1639))


def test_a_word_opening_a_title_the_document_writes_capitalised_with_the_same_next_words():
    """WMT19 lines 0-19, a CV: "member of the leading Party group of the Guangdong Provincial
    Government" in l0006 and l0015; lowered in l0006, the same words around it name the same group."""
    story = _lowered(_wmt19(0, 19), "l0006", "leading Party group", "leading party group")
    found = {(f.pair_id, f.target_span, f.suggestion) for f in check_pairs(story, ["T105"])}
    assert ("l0006", "party", "Party") in found
    # "Secretary and Deputy Director": the next title in a list says nothing of this one
    assert not [f for f in check_pairs(_wmt19(0, 19), ["T105"]) if f.target_span == "secretary"]


def test_a_longer_title_elsewhere_is_no_evidence_for_a_shorter_one():
    pairs = [("他在讲话中称赞了现代艺术博物馆藏品展。", "He praised the Museum of Modern Art Collection in his speech."),
             ("周日，观众涌入现代艺术博物馆藏品展。", "Visitors crowded into the Museum of Modern Art Collection on Sunday."),
             ("她在巴黎一家美术馆工作。", "She works at a museum of Modern Art in Paris.")]
    assert check_pairs(pairs, ["T105"]) == []


def test_a_label_after_a_bracket_is_no_use_of_the_word_in_a_sentence():
    """news22 ref B gt22-d019, book listings: "[Nora Books] Authentic, …" four times (正版), and "6-12
    years old children's books, authentic children's literature": the label's capital is its own."""
    assert not [f for f in check_pairs(_story(REF_B, "gt22-d019"), ["T105"]) if f.target_span == "authentic"]


def test_the_head_of_a_name_lowered_where_the_document_capitalises_it_before_other_names():
    """news22 ref B gt22-d002 heads other names "School of Biomedical Engineering" (p0004) and "School
    of Medicine" (p0013); ref A gt22-d009 "Report of Survey Analysis …", "Report on Debt Status …":
    the head lowered before another name of its kind is the same style slipped ("from school of
    Opto-electronic Science and Engineering", "the report of Consumption of Chinese Young People")."""
    school = _lowered(_story(REF_B, "gt22-d002"), "p0010", "from School of Opto", "from school of Opto")
    assert ("p0010", "school") in _slips(school)
    report = _lowered(_story(REF_A, "gt22-d009"), "p0045", "the Report of Consumption", "the report of Consumption")
    assert ("p0045", "report") in _slips(report)


def test_a_title_or_a_common_noun_before_a_place_keeps_its_own_case():
    """"the mayor of Fenyang City" beside "Mayor of Beijing Municipality" twice, "the government of
    the United States" beside "Government of the Hong Kong Special Administrative Region" twice:
    a title's case follows its place, and a common noun before a place is no name's head."""
    pairs = [("北京市长出席了会议。", "The Mayor of Beijing Municipality attended the meeting."),
             ("北京市长发表了讲话。", "Then the Mayor of Beijing Municipality gave a speech."),
             ("汾阳市副市长也出席了。", "The deputy mayor of Fenyang City also attended."),
             ("香港特区政府表示欢迎。", "A warm welcome to the plan was given today by the Government of the Hong Kong SAR."),
             ("香港特区政府发表声明。", "A short statement was issued later that day by the Government of the Hong Kong SAR."),
             ("美国政府没有回应。", "So far the government of the United States has not responded.")]
    assert {(f.pair_id, f.target_span) for f in check_pairs(pairs, ["T105"])} == set()


def test_the_head_of_the_same_name_lowered_once():
    """gt22-d002 p0010's "School of Opto-electronic Science and Engineering", written so twice more
    and lowered once: the same body's head in its own style."""
    p0010 = _story(REF_B, "gt22-d002")[9]
    assert p0010.id == "p0010" and "from School of Opto-electronic Science and Engineering," in p0010.target
    pairs = [(p0010.source, p0010.target),
             ("光电科学与工程学院的学生发明了这盏灯。", "Students at the School of Opto-electronic Science and Engineering invented the lamp."),
             ("光电科学与工程学院今年招收了更多研究生。", "This year the school of Opto-electronic Science and Engineering admitted more postgraduates."),
             ("该灯由光电科学与工程学院研制。", "The lamp was developed by the School of Opto-electronic Science and Engineering in Hangzhou.")]
    assert {(f.pair_id, f.target_span) for f in check_pairs(pairs, ["T105"])} == {("p3", "school")}


def test_a_common_noun_before_the_name_of_what_it_belongs_to_is_quiet():
    """WMT19 lines 140-580: "Hui Jincai, Mayor of Baoji City" (l0142) and "Deputy Mayor of Urumqi"
    (l0153) are titles before or after a person's name; "Li Huiyi, the deputy mayor of Fenyang City"
    (l0579) is correct English, another city's mayor."""
    assert not [s for s in _slips(_wmt19(140, 580)) if s == ("l0579", "mayor")]


def test_a_title_before_a_person_s_name_sets_no_style():
    putin = ("俄罗斯总统普京周二表示，会谈富有成果。", "On Tuesday, President of Russia Vladimir Putin said the long talks with his guests were fruitful.")
    niinisto = ("芬兰总统尼尼斯托表示欢迎。", "The plan was also welcomed on Monday by President of Finland Sauli Niinisto in a short statement.")
    us = ("美国总统周三作出回应。", "The president of the United States responded on Wednesday.")
    france = ("法国总统也表示欢迎。", "The president of the French Republic welcomed it too.")
    assert check_pairs([putin, us], ["T105"]) == []
    # "President of Russia" is no "president of the United States", and capital before a name is standard style
    assert check_pairs([putin, niinisto, us], ["T105"]) == []
    assert check_pairs([putin, niinisto, us, france], ["T105"]) == []
    trump = ("美国总统特朗普周一表示欢迎这一计划，并将予以支持。",
             "On Monday, President of the United States Donald Trump said that he welcomed the plan and would support it.")
    trump2 = ("美国总统特朗普周二在白宫再次就此表态。",
              "On Tuesday the President of the United States Donald Trump spoke about it again at length in a meeting with a few reporters.")
    assert check_pairs([trump, trump2, us], ["T105"]) == []  # the same title, but right before his name


def test_phrase_places_finds_what_a_pattern_per_phrase_finds():
    """The per-document index (qa.terminology.case_names.word_places) answers as the pattern over every
    pair it replaced: whole words, no overlaps, on WMT19 lines 0-199 for every two- and three-word run (and one line
    where a phrase overlaps itself)."""
    import re

    from qa.terminology.case_names import phrase_places, word_places

    pairs = _wmt19(0, 199) + [Pair("x", "党组党组党组", "the Party group the Party group the Party group")]
    index = word_places(pairs, set())
    phrases = {m.group() for p in pairs for m in re.finditer(r"[A-Za-z]+(?: [A-Za-z][\w'’-]*){1,2}", p.target)}
    phrases |= {"Party group of", "the Party", "of the", "Vice Governor of", "Party group the Party"}  # overlapping in "x"
    assert len(phrases) > 1000
    for phrase in sorted(phrases):
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(phrase)}\b")
        expected = [(p.id, m.start(), m.end()) for p in pairs for m in pattern.finditer(p.target)]
        assert [(p.id, start, end) for p, start, end in phrase_places(index, phrase)] == expected, phrase
