"""T105 where the same place gives too few pairs: the document's house style for a term, read
from every pair capitalising the word (issue 17, the seed-11 capital-lowered misses).

Each case lowers one word of a clean news22 or NTREX document the way the benchmark's
injector does and expects the finding; the quiet cases are the same documents' own uses.
"""

from qa.terminology.case_anchors import the_term_itself
from tests.checks.test_consistency_capitals import REF_A, REF_B, _slips
from tests.corpora import story, with_target_changed


def test_the_party_lowered_where_the_same_place_shares_only_a_chance_string():
    """ref A gt22-d016 p0006: "the Party" after "the" in two pairs only, whose sources share 国家 (of
    "the Party and our country") by chance; "Party" is capitalised in five more pairs, all for 党."""
    lowered = with_target_changed(story(REF_A, "gt22-d016"), "p0006", "of the Party and our", "of the party and our")
    assert ("p0006", "party") in _slips(lowered)


def test_the_party_lowered_in_a_pair_that_capitalises_it_elsewhere():
    """ref A gt22-d005 p0059 writes "the Party" three times: one lowered is a slip, though p0047
    writes "the party purchasing the abducted children" (一方), another sense, which stays quiet."""
    lowered = with_target_changed(story(REF_A, "gt22-d005"), "p0059", "made by the Party", "made by the party")
    found = _slips(lowered)
    assert ("p0059", "party") in found
    assert ("p0047", "party") not in found


def test_a_company_s_head_lowered_where_the_segmenter_cuts_into_its_chinese_name():
    """ref A gt22-d028 p0029: "Taiwan Semiconductor Manufacturing Company" ten times, once "company";
    jieba cuts 30多年前台积电 as 前台/积电, yet 台积电 is the company, not part of 前台."""
    lowered = with_target_changed(story(REF_A, "gt22-d028"), "p0029", "Manufacturing Company and",
                                  "Manufacturing company and")
    assert ("p0029", "company") in _slips(lowered)


def test_the_head_of_a_name_lowered_before_the_same_head_capitalised():
    """ref A gt22-d014 p0004: "Yale university and Brown University" (the lowered one first)."""
    lowered = with_target_changed(story(REF_A, "gt22-d014"), "p0004", "Yale University and", "Yale university and")
    assert ("p0004", "university") in _slips(lowered)


def test_a_name_s_word_lowered_after_the_same_name_word_as_elsewhere():
    """ref B gt22-d016 p0005: "the CPC Central committee" (中共中央) beside "the Party Central
    Committee" (党中央) in four pairs: "Central" fixes the name, 中央 inside 中共中央 is its term."""
    lowered = with_target_changed(story(REF_B, "gt22-d016"), "p0005", "CPC Central Committee on",
                                  "CPC Central committee on")
    assert ("p0005", "committee") in _slips(lowered)


def test_a_variant_s_name_lowered_in_a_document_that_capitalises_it_everywhere():
    """ref B gt22-d005 p0018 ("by Omicron", "of Omicron", "Omicron cases"; never "the Omicron") and
    gt22-d030 p0005: "the omicron" for 奥密克戎, which every other pair writes "Omicron"."""
    lowered = with_target_changed(story(REF_B, "gt22-d005"), "p0018", "of the Omicron", "of the omicron")
    assert ("p0018", "omicron") in _slips(lowered)
    lowered = with_target_changed(story(REF_B, "gt22-d030"), "p0005", "of the Omicron", "of the omicron")
    assert ("p0005", "omicron") in _slips(lowered)


def test_a_group_s_capitalised_plural_lowered_once():
    """ref A gt22-d028: "Leftists" in five pairs (左派, 左癫), once "crazy leftists"; the clean
    document's one singular "the leftist call you" is another word form and stays quiet."""
    clean = story(REF_A, "gt22-d028")
    assert not [s for s in _slips(clean) if s[1].startswith("leftist")]
    lowered = with_target_changed(clean, "p0017", "crazy Leftists", "crazy leftists")
    assert ("p0017", "leftists") in _slips(lowered)


def test_the_term_inside_another_word_is_not_the_term():
    """政党 holds 党 but is another party; 前台积电 cut 前台/积电 still holds the company 台积电."""
    assert not the_term_itself("党", "该政党表示反对")
    assert the_term_itself("党", "党和国家各项事业")
    assert the_term_itself("台积电", "30多年前台积电与英特尔的一段恩怨")


def test_a_common_noun_beside_one_name_s_head_is_quiet():
    """ref A gt22-d005: "China Children’s Center" in three pairs, always after the same word, and
    "South Africa at the center of the epidemic" (疫情中心) in p0020: no house style for "center"."""
    assert not [s for s in _slips(story(REF_A, "gt22-d005")) if s[1] == "center"]


def test_a_book_title_lowered_in_a_list_of_titles():
    """gt22-d019 lists the same children's books in several pairs, all title-case lists: "Chinese
    Dumplings and Tangyuan" (ref A) / "Chinese Dumplings and Sweet Dumplings" (ref B) in two other
    pairs, once "Chinese dumplings and …". The clean lists stay quiet."""
    for ref, pair_id in ((REF_A, "p0025"), (REF_B, "p0018"), (REF_B, "p0025")):
        clean = story(ref, "gt22-d019")
        assert not [s for s in _slips(clean) if s[1] == "dumplings"]
        lowered = with_target_changed(clean, pair_id, "Chinese Dumplings and", "Chinese dumplings and")
        assert (pair_id, "dumplings") in _slips(lowered)
