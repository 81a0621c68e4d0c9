"""T1 checks: one term rendered several ways, quoted terms, one rendering for two terms.

How their time grows with the document is measured in bench/speed.py (scaling rows), not asserted here."""

from pathlib import Path

from tests.conftest import check_pairs
from tests.corpora import WMT19_PAIRS, corpus_rows
from qa.checks.engine import run_checks
from qa.checks.registry import REGISTRY
from qa.lang.zh_names import source_names
from qa.terminology.renderings import renderings

TERM_CHECKS = ("T101", "T102", "T103")


def run(pairs):
    return check_pairs(pairs, TERM_CHECKS)


def test_names_with_titles_and_suffixes():
    (chen,) = source_names("中央政法委秘书长陈一新主持会议")
    assert (chen.text, chen.kind, chen.titled) == ("陈一新", "person", True)
    (banner,) = source_names("完善班子成员每年赴扎赉特旗调研")
    assert banner.forms == ("扎赉特旗", "扎赉特")
    (lord,) = source_names("长安君在现场聆听了讲话")
    assert lord.forms[0] == "长安君"


BELT = [
    ("我们推进一带一路建设。", "We advanced the Belt and Road Initiative."),
    ("一带一路合作取得成果。", "Cooperation under the Belt and Road Initiative bore fruit."),
    ("一带一路促进了贸易。", "The Belt and Road Initiative promoted trade."),
    ("各国欢迎一带一路。", "Many countries welcome One Belt, One Road."),
]


def test_term_rendered_two_ways_lists_every_variant():
    (finding,) = run(BELT)
    assert (finding.check_id, finding.pair_id, finding.source_span, finding.target_span) == (
        "T101", "p4", "一带一路", "One Belt, One Road"
    )
    assert finding.suggestion == "Belt and Road Initiative"
    assert "×3 (p1, p2, p3)" in finding.message and "×1 (p4)" in finding.message


def test_substituted_word_in_a_compound():
    findings = run([
        ("加强社会治理。", "Strengthen social governance."),
        ("创新社会治理方式。", "Innovate the methods of social governance."),
        ("社会治理重心下移。", "The focus of social management moves down."),
    ])
    assert [(f.check_id, f.target_span, f.suggestion) for f in findings] == [
        ("T101", "social management", "social governance")
    ]


def test_consistent_or_inflected_renderings_are_quiet():
    assert run(BELT[:3]) == []
    assert run([
        ("完善工作机制。", "Improve the work mechanism."),
        ("健全工作机制。", "Perfect the work mechanisms."),
        ("创新工作机制。", "Innovate working mechanisms."),
    ]) == []


def test_quoted_term_rendered_two_ways():
    findings = run([
        ("牢牢把握“五大要求”。", "Firmly grasp the “Five Requirements.”"),
        ("落实“五大要求”和“十大重点”。", "Implement the “Five Requirements” and the “Ten Key Points.”"),
        ("“五大要求”是方向。", "The “Five Demands” are the direction."),
    ])
    assert [(f.check_id, f.pair_id, f.target_span, f.suggestion) for f in findings] == [
        ("T102", "p3", "Five Demands", "Five Requirements")
    ]


def test_a_quoted_term_with_and_without_its_article_is_one_rendering():
    assert run([
        ("坚持“最好原则”。", "Follow the “best principle”."),
        ("所谓“最好原则”，就是选最好的。", "The “best principle” means choosing the best."),
        ("按照“最好原则”办事。", "Act on “the best principle”."),
    ]) == []


def test_reordered_quotes_are_not_variants():
    assert run([
        ("“五大要求”“十大重点”", "the “Five Requirements” and “Ten Key Points”"),
        ("“五大要求”“十大重点”", "the “Ten Key Points” and “Five Requirements”"),
        ("“五大要求”", "the “Five Requirements”"),
    ]) == []


# ---------------------------------------------------------------- renderings the dictionary lacks: co-occurrence


from qa.lang.en_words import is_variant  # noqa: E402
from qa.terminology.lexicon import learn_lexicon, learned_for  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def test_bundled_sample_reports_rural_vitalization():
    """乡村 is "village; countryside" in CC-CEDICT: only the document's pairs say it is "rural" here."""
    from qa.pipeline import load_alignment

    alignment = load_alignment(REPO / "samples" / "county-work-report.txt")
    findings = run_checks(alignment, [REGISTRY["T101"]])
    assert [(f.pair_id, f.source_span, f.target_span, f.suggestion) for f in findings] == [
        ("p0012", "乡村振兴", "rural vitalization", "rural revitalization")
    ]
    assert "'rural revitalization' ×3 (p0002, p0009, p0010); 'rural vitalization' ×1 (p0012)" in findings[0].message
    assert renderings("乡村振兴", "We will promote rural revitalization.") == []  # the dictionary alone finds nothing


FARMING = [
    ("发展智慧农业。", "Develop smart agriculture."),
    ("智慧农业提高了产量。", "Smart agriculture raised yields."),
    ("全县推广智慧农业技术。", "The county spread smart agriculture technology."),
    ("我们要加快智慧农业建设。", "We must speed up intelligent agriculture."),
    ("农民收入增加。", "Farmers earned more."),
]


def test_cooccurrence_supplies_a_missing_rendering():
    """智慧 is "wisdom; intelligent" in CC-CEDICT; "smart" is learned from the four pairs that share it."""
    learned = learned_for("智慧农业", learn_lexicon(FARMING, {"智慧", "农业"}))
    assert "smart" in learned[0] and "agriculture" not in learned[0]  # CC-CEDICT's 农业 explains it away
    assert renderings("智慧农业", "Develop smart agriculture.") == []
    assert renderings("智慧农业", "Develop smart agriculture.", learned) == ["smart agriculture"]
    (finding,) = run(FARMING)
    assert (finding.check_id, finding.pair_id, finding.target_span, finding.suggestion) == (
        "T101", "p4", "intelligent agriculture", "smart agriculture"
    )
    assert "×3 (p1, p2, p3)" in finding.message


def test_sub_word_without_any_dictionary_entry():
    """营商 has no CC-CEDICT entry at all; "business" comes from co-occurrence, 环境's variant is reported."""
    findings = run([
        ("优化营商环境。", "Optimize the business environment."),
        ("营商环境持续改善。", "The business environment kept improving."),
        ("打造一流营商环境。", "Build a first-class business environment."),
        ("营商环境是生产力。", "The business surroundings are productivity."),
    ])
    assert [(f.check_id, f.pair_id, f.target_span, f.suggestion) for f in findings] == [
        ("T101", "p4", "business surroundings", "business environment")
    ]


def test_five_against_one_and_social_governance_among_other_pairs():
    belt = BELT[:3] + [("一带一路倡议提出八年。", "The Belt and Road Initiative is eight years old."),
                       ("推动一带一路高质量发展。", "Promote high-quality development of the Belt and Road Initiative.")]
    (finding,) = run(belt + [BELT[3]])
    assert (finding.target_span, finding.suggestion) == ("One Belt, One Road", "Belt and Road Initiative")
    assert "×5" in finding.message and "×1 (p6)" in finding.message
    findings = run([
        ("加强社会治理。", "Strengthen social governance."),
        ("县里召开了会议。", "The county held a meeting."),
        ("创新社会治理方式。", "Innovate the methods of social governance."),
        ("社会治理要依靠群众。", "Social governance must rely on the people."),
        ("经济稳步增长。", "The economy grew steadily."),
        ("社会治理重心下移。", "The focus of social management moves down."),
    ])
    assert [(f.pair_id, f.target_span, f.suggestion) for f in findings] == [("p6", "social management", "social governance")]


def test_variant_words_share_a_root_not_an_ending():
    assert is_variant("vitalization", "revitalize") and is_variant("reconstruction", "construct")
    assert not is_variant("realization", "revitalization")  # only "-ization" in common
    assert not is_variant("management", "governance")


RURAL = [
    ("推进乡村振兴。", "Promote rural revitalization."),
    ("乡村振兴是基础。", "Rural revitalization is the foundation."),
    ("全面推进乡村振兴。", "Fully promote rural revitalization."),
]


def test_inflection_rephrasing_and_a_shared_word_are_quiet():
    assert run(RURAL + [("乡村振兴战略。", "The strategy of rural revitalizations.")]) == []
    # the same term in another word order is a rephrasing, not a substituted word
    assert run(RURAL + [("乡村振兴见效。", "The revitalization of the countryside works.")]) == []
    # two different terms that share 乡村 / "rural"
    assert run(RURAL + [
        ("完善乡村治理。", "Improve rural governance."),
        ("乡村治理体系。", "The rural governance system."),
        ("加强乡村治理。", "Strengthen rural governance."),
    ]) == []


def test_one_document_teaches_nothing_to_the_next():
    """The lexicon is the document's own: "smart" learned above is unknown in a document that uses it once."""
    assert run(FARMING)
    assert run([
        ("发展智慧农业。", "Develop intelligent agriculture."),
        ("智慧农业提高了产量。", "Intelligent agriculture raised yields."),
        ("推广智慧农业。", "Spread smart agriculture."),
    ]) == []


def test_one_rendering_for_two_source_terms():
    development = [
        ("推动经济发展。", "Promote economic development."),
        ("经济发展取得成效。", "Economic development has achieved results."),
        ("他们讨论了农村公路。", "They discussed rural roads."),
    ]
    shared = development + [
        ("加快经济开发。", "Accelerate economic development."),
        ("各地重视经济开发。", "All regions value economic development."),
    ]
    (finding,) = [f for f in run(shared) if f.check_id == "T103"]
    assert (finding.source_span, finding.target_span) == ("经济开发", "economic development")
    assert "经济发展" in finding.message and "经济开发" in finding.message
    distinct = development + [
        ("加快经济开发。", "Accelerate economic exploitation."),
        ("各地重视经济开发。", "All regions value economic exploitation."),
    ]
    assert [f for f in run(distinct) if f.check_id == "T103"] == []


def test_a_place_with_and_without_its_administrative_suffix_is_one_term():
    pairs = [
        ("北京市青少年冰球联赛开幕。", "The Beijing teenager ice hockey league opened."),
        ("北京市青少年冰球联赛已有十年。", "The Beijing teenager ice hockey league is ten years old."),
        ("北京青少年冰球爱好者很多。", "Beijing teenager ice hockey fans are many."),
        ("北京青少年冰球运动发展很快。", "Beijing teenager ice hockey grows fast."),
    ]
    assert [f for f in run(pairs) if f.check_id == "T103"] == []


def test_an_inflected_rendering_joins_its_own_form_before_a_longer_phrase():
    """WMT19 news on the yen: 空头头寸 as "short positions" ×3, "short position" ×2 and once
    "forwards short position" is one rendering, not two."""
    story = [(row["source"], row["target"]) for row in corpus_rows(WMT19_PAIRS) if 1761 <= int(row["line"]) <= 1780]
    assert any("short position" in en for _, en in story)
    assert [f for f in run(story) if f.check_id == "T101" and f.source_span == "空头头寸"] == []


def test_a_term_heading_its_phrase_in_one_pair_and_modifying_the_next_noun_in_another_is_grammar():
    """news22 ref B: 模块机械 "module mechanical" before "hydraulic system" ×3 and "module machinery"
    alone once (gt22-d003); 亚裔申请 "Asian applicants" and "Asian applying students" (gt22-d014)."""
    from tests.corpora import NEWS22_REF_B

    rows = corpus_rows(NEWS22_REF_B)
    for doc, term in (("gt22-d003", "模块机械"), ("gt22-d014", "亚裔申请")):
        story = [(r["source"], r["target"]) for r in rows if r["doc_id"] == doc]
        assert sum(term in zh for zh, _ in story) >= 3
        assert [f for f in run(story) if f.check_id == "T101" and f.source_span == term] == []


def test_a_noun_for_an_adjective_inside_the_phrase_or_a_verb_for_a_noun_is_still_a_variant():
    findings = run([
        ("发展数字经济。", "Develop the digital economy."),
        ("数字经济增长很快。", "The digital economy grows fast."),
        ("数字经济项目落地。", "Number economy projects landed."),
        ("推进乡村振兴。", "Advance rural revitalization."),
        ("乡村振兴取得成效。", "Rural revitalization achieved results."),
        ("全面推进乡村振兴，建设美丽乡村。", "Fully advance rural invigorate, and build beautiful villages."),
    ])
    assert {(f.check_id, f.pair_id, f.target_span) for f in findings} == {
        ("T101", "p3", "Number economy"), ("T101", "p6", "rural invigorate")}


def test_a_noun_for_an_adjective_where_the_majority_modifies_the_next_word_too():
    """news22 ref A gt22-d015: 机械 "mechanical" before a noun ("mechanical watch"); p0042 written
    "automatic machinery male's watch" stands where the adjective stands: the translator's slip."""
    from tests.checks.test_consistency import _lowered, _story

    story = _lowered(_story("bench/errors/news22/clean_refA.tsv", "gt22-d015"), "p0042",
                     "automatic mechanical male", "automatic machinery male")
    found = [f for f in run([(p.source, p.target) for p in story]) if f.check_id == "T101"]
    assert any("machinery" in f.target_span for f in found)
