"""T104/T105 on real news: a name's word slipped where the name or its style is written once or
twice (issue 17): a name's opening word in another form or number, a body's full name beside its
Chinese short form, "our party" beside "the Party", an institution's name lowered once.

Each test changes one occurrence in a clean dev document the way the consistency injectors do
and expects the finding on that pair; the clean document stays quiet there.
"""


from qa.model import Pair
from tests.conftest import check_pairs
from tests.corpora import NEWS22_REF_A, NEWS22_REF_B, WMT19_PAIRS, corpus_rows
from tests.corpora import story as _story
from tests.corpora import with_target_changed as _changed




def _found(pairs: list[Pair], check: str) -> set[tuple[str, str]]:
    return {(f.pair_id, f.target_span) for f in check_pairs(pairs, [check])}


def test_a_name_s_opening_word_in_another_form_or_number():
    """news22 gt22-d016: "Central Economic Work(ing) Conference" once "Centre …"; "Party Central
    Committee" once "Parties Central Committee" (only a name's head inflects)."""
    story = _story(NEWS22_REF_B, "gt22-d016")
    changed = _changed(story, "p0003", "the Central Economic Working", "the Centre Economic Working")
    assert ("p0003", "Centre Economic Working Conference") in _found(changed, "T104")
    story = _story(NEWS22_REF_A, "gt22-d016")
    changed = _changed(story, "p0011", "the Party Central Committee", "the Parties Central Committee")
    assert any(pid == "p0011" and span.startswith("Parties Central Committee") for pid, span in _found(changed, "T104"))
    assert not {f for f in _found(story, "T104") if f[0] in ("p0003", "p0011")}


def test_a_body_s_word_changed_where_other_sources_use_its_short_form():
    """news22 ref B gt22-d009: 海湾合作委员会 in three sources, 海合会 in two, all "Gulf Cooperation
    Council"; once "Gulf Cooperation Committee" where the source writes the full name."""
    story = _story(NEWS22_REF_B, "gt22-d009")
    changed = _changed(story, "p0066", "Gulf Cooperation Council countries", "Gulf Cooperation Committee countries")
    assert ("p0066", "Gulf Cooperation Committee") in _found(changed, "T104")
    assert not {f for f in _found(story, "T104") if f[0] == "p0066"}


def test_our_party_lowered_beside_the_party():
    """news22 ref A gt22-d016: "the Party" capitalised in other pairs (党); "our party and country"
    is the same use after another determiner."""
    story = _story(NEWS22_REF_A, "gt22-d016")
    changed = _changed(story, "p0009", "our Party and country", "our party and country")
    assert ("p0009", "party") in _found(changed, "T105")
    assert ("p0009", "party") not in _found(story, "T105")


def test_an_institution_s_name_lowered_where_it_is_written_once():
    """news22 ref A gt22-d014: "Harvard university" beside "Yale University", "Brown University";
    "Department of education" where the document capitalises "Education" in other names."""
    story = _story(NEWS22_REF_A, "gt22-d014")
    changed = _changed(story, "p0005", "Harvard University about", "Harvard university about")
    assert ("p0005", "university") in _found(changed, "T105")
    changed = _changed(story, "p0004", "Department of Education of", "Department of education of")
    assert ("p0004", "education") in _found(changed, "T105")
    assert not _found(story, "T105") & {("p0005", "university"), ("p0004", "education")}


def test_a_university_as_a_modifier_is_no_name():
    """news22 ref B gt22-d006: "Beijing college graduates" (北京地区高校毕业生) beside the meeting's
    name "… for Beijing College Students": a modifier, written so in two pairs."""
    assert not {f for f in _found(_story(NEWS22_REF_B, "gt22-d006"), "T105") if f[1] == "college"}


def test_a_report_s_head_lowered_before_its_own_title():
    """news22 ref A gt22-d009: "the Report of Consumption of …", "the Report on Debt Status …":
    once "the report of Survey Analysis on Financial Literacy …"; a person's title after "the" is
    another matter ("the mayor of Fenyang City")."""
    story = _story(NEWS22_REF_A, "gt22-d009")
    changed = _changed(story, "p0044", "the Report of Survey", "the report of Survey")
    assert ("p0044", "report") in _found(changed, "T105")
    assert ("p0044", "report") not in _found(story, "T105")


def test_a_term_s_modifier_as_a_bare_verb_after_the_same_adjective():
    """news22 ref A gt22-d002: "the female leading role" (女主) in p0058, once "the female lead role"
    in p0064: the same three-word term with its middle word in another form, not a verb beside its
    gerund; the clean review stays quiet."""
    story = _story(NEWS22_REF_A, "gt22-d002")
    changed = _changed(story, "p0064", "the female leading role acts", "the female lead role acts")
    assert ("p0064", "lead role") in _found(changed, "T104")
    assert not {f for f in _found(story, "T104") if f[0] == "p0064"}


def test_a_verb_after_its_plural_subject_is_no_term_s_form():
    """WMT19 lines 1688-1690: "farmers switching production" twice, "If farmers switch production":
    a verb after its subject beside the gerund, grammar, not a term in another form."""
    story = [Pair(f"l{int(r['line']):04d}", r["source"], r["target"])
             for r in corpus_rows(WMT19_PAIRS) if 1680 <= int(r["line"]) <= 1699]
    assert any("farmers switch production" in p.target for p in story)
    assert not {f for f in _found(story, "T104") if "switch" in f[1]}


_PARTY = [("党的领导", "The Party leads everything."), ("党中央", "The Party has decided."), ("党员", "The Party is strong.")]


def test_another_s_party_or_this_party_is_no_slip_of_the_party():
    """Reviewer's input: "the Party" pools with the speaker's "our party" only; "their party"
    (他们的党) is someone else's, "This party" (这个政党) another party."""
    pairs = _PARTY + [("他们的党", "In their party, members vote."),
                      ("这个政党", "This party was founded in 1921 by workers in Britain.")]
    assert not {(f.pair_id, f.target_span) for f in check_pairs(pairs, ["T105"])}
    ours = _PARTY + [("我们党", "We love our party and country.")]
    assert ("p4", "party") in {(f.pair_id, f.target_span) for f in check_pairs(ours, ["T105"])}
    political = _PARTY + [("我们的政党", "We love our party and country.")]  # 政党 holds 党, is no 党
    assert not check_pairs(political, ["T105"])


def test_the_party_for_another_party_s_word_is_no_slip_but_across_our_party_is():
    """Reviewer's input: "the party" for 政党, 党派, 反对党, 共和党 names some other party; "across our
    party" for 全党 (and 本党, 我们党) is the document's own, lowered."""
    for source, english in (("任何政党都要有纪律。", "Any political party needs discipline; the party that lacks it fails."),
                            ("这个政党很有纪律。", "The party is disciplined."),
                            ("这个党派很有纪律。", "The party is disciplined."),
                            ("反对党批评政府。", "The opposition criticized the government; the party was loud."),
                            ("共和党赢得选举。", "The Republicans won; the party took the Senate.")):
        assert not check_pairs(_PARTY + [(source, english)], ["T105"]), source
    for source in ("全党同志要团结。", "本党同志要团结。", "我们党同志要团结。"):
        found = check_pairs(_PARTY + [(source, "Comrades across our party must unite.")], ["T105"])
        assert ("p4", "party") in {(f.pair_id, f.target_span) for f in found}, source


_UNIVERSITIES = [("耶鲁大学发表声明。", "Yale University issued a statement."),
                 ("布朗大学也发表声明。", "Officials at Brown University agreed.")]


def test_any_one_university_with_modifiers_or_a_two_word_place_is_no_name():
    """Reviewer's input: "a top Beijing university", "a Hong Kong university" name no university;
    "at Harvard university" still does."""
    for english in ("He teaches at a top Beijing university.", "He teaches at a Hong Kong university.",
                    "He teaches at a well-known Beijing university."):
        found = check_pairs(_UNIVERSITIES + [("他在一所大学任教。", english)], ["T105"])
        assert not [f for f in found if f.target_span == "university"], english
    found = check_pairs(_UNIVERSITIES + [("他在哈佛大学任教。", "He teaches at Harvard university.")], ["T105"])
    assert ("p3", "university") in {(f.pair_id, f.target_span) for f in found}


def test_a_field_capitalised_inside_another_kind_of_name_is_no_house_style():
    """Reviewer's input: "the Experts Group" says nothing of "a Committee of experts"; "the Ministry
    of Education" does of "the Department of education"."""
    pairs = [("专家", "He met the Experts Group."), ("专家委员会", "A Committee of experts was formed.")]
    assert not check_pairs(pairs, ["T105"])
    for group, forum in ((("专家组。", "He met the Experts Group."), ("专家论坛。", "The Experts Forum opened.")),
                         (("专家组成立。", "He met the Experts Group."), ("论坛开幕。", "They opened the Experts Forum."))):
        pairs = [group, forum, ("专家委员会。", "A Committee of experts was formed.")]  # two capitals, neither a field
        assert not check_pairs(pairs, ["T105"]), forum
    pairs = [("教育部", "He met officials of the Ministry of Education on Monday."),
             ("卫生部", "They met the Ministry of Health."),
             ("教育厅", "He said the Department of education would act.")]
    assert ("p3", "education") in {(f.pair_id, f.target_span) for f in check_pairs(pairs, ["T105"])}


def test_a_common_word_opening_the_sentence_is_no_name_s_word():
    """Reviewer's input: "But Party members", "When Party members" capitalise the term, not a name
    ending in "But"/"When": "party members" lowered beside them is a slip."""
    pairs = [("但党员们不同意。", "But Party members disagree."), ("当党员开会时，他们同意。", "When Party members met, they agreed."),
             ("我们说党员要带头。", "We said party members should lead.")]
    assert ("p3", "party") in {(f.pair_id, f.target_span) for f in check_pairs(pairs, ["T105"])}
