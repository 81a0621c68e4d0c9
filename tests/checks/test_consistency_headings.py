"""T104 on headings: a heading's rendering judged against the body text's uses of the same term.

The sample page writes 政法工作 as "political and legal affairs work" all through
its body and in title case in its headings; a word dropped or changed inside
that name in a heading is a slip. A heading's grammar ("Promoting …" for the
body's "promote …") and a headline whose source names a shorter thing are not.
"""

from dataclasses import replace

from qa.model import Pair
from tests.conftest import check_pairs
from tests.corpora import NEWS22_REF_A, corpus_rows

_HEADING_START = "I. The “Five Requirements”"


def _heading_id(pairs: list[Pair]) -> str:
    return next(p.id for p in pairs if p.target.startswith(_HEADING_START))


def _changed(pairs: list[Pair], pair_id: str, old: str, new: str) -> list[Pair]:
    assert any(p.id == pair_id and old in p.target for p in pairs)
    return [replace(p, target=p.target.replace(old, new, 1)) if p.id == pair_id else p for p in pairs]


def _t104(pairs: list[Pair], pair_id: str) -> list[tuple[str, str, str]]:
    return [(f.target_span, f.source_span, f.suggestion) for f in check_pairs(pairs, ["T104"]) if f.pair_id == pair_id]


def test_a_word_dropped_inside_a_body_name_in_a_heading_is_reported(sample_page_pairs):
    pairs = list(sample_page_pairs.pairs)
    heading = _heading_id(pairs)
    assert _t104(pairs, heading) == []
    slipped = _changed(pairs, heading, "Political and Legal Affairs Work", "Political and Legal Work")
    found = _t104(slipped, heading)
    assert len(found) == 1
    span, source, suggestion = found[0]
    assert span.endswith("Political and Legal Work") and "政法" in source
    assert suggestion.endswith("Political and Legal Affairs Work")  # the body's form in the heading's case


def test_a_word_changed_inside_a_body_name_in_a_heading_is_reported(sample_page_pairs):
    pairs = list(sample_page_pairs.pairs)
    heading = _heading_id(pairs)
    slipped = _changed(pairs, heading, "Political and Legal Affairs Work", "Political and Legal Affairs Job")
    assert [s for s, _, _ in _t104(slipped, heading)] and all(s.endswith("Affairs Job") for s, _, _ in _t104(slipped, heading))


def test_a_headings_grammar_and_title_case_say_nothing(sample_page_pairs):
    """The clean page's headings ("… for Promoting the High-quality Development of Political and Legal
    Affairs Work" beside the body's "promote the high-quality development …") draw no T104 and no T105."""
    pairs = list(sample_page_pairs.pairs)
    headings = {p.id for p in pairs if p.target.lstrip().startswith(("I.", "II.", "III.", "This Year"))}
    assert len(headings) >= 3
    assert [f for f in check_pairs(pairs, ["T104", "T105"]) if f.pair_id in headings] == []


def test_a_headline_whose_source_names_a_shorter_thing_is_not_a_slip():
    """news22 ref A gt22-d008: the headline's 北京青少年冰球联赛 is "Beijing Teenager Ice Hockey League",
    the body's 北京市青少年冰球俱乐部联赛 "… Ice Hockey Club League": the source drops 俱乐部 too."""
    story = [Pair(f"p{int(r['seg_id']):04d}", r["source"], r["target"])
             for r in corpus_rows(NEWS22_REF_A) if r["doc_id"] == "gt22-d008"]
    assert any("Ice Hockey Club League" in p.target for p in story)
    assert _t104(story, "p0001") == []


_AFFAIRS_WORK = [("全面推进政法工作。", "We will advance political and legal affairs work in an all-round way."),
                 ("政法工作取得新成效。", "New progress was made in political and legal affairs work."),
                 ("加强政法工作队伍建设。", "We will strengthen the ranks of political and legal affairs work personnel.")]


def test_a_heading_whose_source_holds_the_term_inside_a_longer_word_is_no_slip():
    """Reviewer's input: 政法工作者 "workers" and 政法工作委员会 "Commission" are other names, and an
    anchor that cuts 现代化 is no term of the heading; "Political and Legal Work" for 政法工作 still is."""
    for source, english in (("致全国政法工作者的一封信", "A Letter to Political and Legal Workers"),
                            ("政法工作者", "Political and Legal Workers"),
                            ("政法工作委员会", "Political and Legal Affairs Commission")):
        assert not check_pairs([(source, english)] + _AFFAIRS_WORK, ["T104"]), english
    governance = [("推进国家治理体系和治理能力现代化。", "We will modernize the system and capacity for governance."),
                  ("国家治理体系和治理能力现代化取得进展。", "Progress was made in modernizing the system and capacity for governance."),
                  ("实现国家治理体系和治理能力现代化。", "Realize modernization of the system and capacity for governance.")]
    heading = ("国家治理体系和治理能力现代化", "The System and Capabilities for Governance")
    assert not check_pairs([heading] + governance, ["T104"])
    found = check_pairs([("政法工作", "Political and Legal Work")] + _AFFAIRS_WORK, ["T104"])
    assert [(f.pair_id, f.target_span) for f in found] == [("p1", "Political and Legal Work")]
