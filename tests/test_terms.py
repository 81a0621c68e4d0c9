"""T1 checks: one term rendered several ways, quoted terms, one rendering for two terms."""

import time

from qa.checks import terms  # noqa: F401  (registers T101-T103)
from qa.checks.engine import run_checks
from qa.checks.registry import REGISTRY
from qa.model import Alignment, Document, Pair
from qa.terms import renderings, source_names, term_candidates

TERM_CHECKS = ("T101", "T102", "T103")


def run(pairs):
    alignment = Alignment(Document("t", "t"), tuple(Pair(f"p{i}", zh, en) for i, (zh, en) in enumerate(pairs, 1)))
    return run_checks(alignment, [REGISTRY[i] for i in TERM_CHECKS])


def test_renderings_are_spelled_from_glosses():
    assert renderings("社会治理", "We improved social governance and social management.") == [
        "social governance", "social management"
    ]
    assert renderings("一带一路", "the Belt and Road Initiative and the One Belt, One Road plan") == [
        "Belt and Road Initiative", "One Belt, One Road"
    ]


def test_term_candidates_keep_compounds_not_verb_phrases():
    found = term_candidates("推动社会治理现代化")
    assert "社会治理" in found and "推动社会" not in found


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


def test_reordered_quotes_are_not_variants():
    assert run([
        ("“五大要求”“十大重点”", "the “Five Requirements” and “Ten Key Points”"),
        ("“五大要求”“十大重点”", "the “Ten Key Points” and “Five Requirements”"),
        ("“五大要求”", "the “Five Requirements”"),
    ]) == []


def test_document_checks_grow_linearly():
    base = [(zh, en) for zh, en in BELT * 50]

    def timed(pairs):
        start = time.perf_counter()
        run(pairs)
        return time.perf_counter() - start

    timed(base)  # warm caches
    small, large = timed(base), timed(base * 4)
    assert large < small * 8  # four times the pairs: about four times the time, far from sixteen
