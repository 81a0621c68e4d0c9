"""document_terminology: the one extractor behind `qa glossary extract` and the audit's terminology."""

from __future__ import annotations

from pathlib import Path

from qa.glossary import propose
from qa.pipeline import load_alignment
from qa.terminology import TermUse, document_terminology

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"


def uses_of(source: str) -> list[TermUse]:
    return [u for u in document_terminology(load_alignment(SAMPLE)) if u.source == source]


def test_names_keep_their_status_and_suggestion():
    (chongqing,) = uses_of("重庆")
    assert (chongqing.kind, chongqing.rendering, chongqing.status, chongqing.suggestion) == (
        "name", "Zhongqing", "wrong-reading", "Chongqing")
    assert chongqing.flagged and not chongqing.accepted
    (li,) = uses_of("李强")
    assert (li.rendering, li.status, li.suggestion, li.pair_id) == (
        "Premier Qiang", "dropped-surname", "Premier Li Qiang", "p0009")
    (hohhot,) = uses_of("呼和浩特")
    assert (hohhot.status, hohhot.key) == ("exonym", "name:hohhot") and hohhot.accepted and not hohhot.flagged


def test_terms_and_quotes_are_listed_pair_by_pair():
    rural = uses_of("乡村振兴")
    assert [(u.kind, u.pair_id, u.rendering) for u in rural] == [
        ("term", "p0002", "Rural Revitalization"), ("term", "p0009", "rural revitalization"),
        ("term", "p0010", "rural revitalization"), ("term", "p0012", "rural vitalization"),
    ]
    assert {u.key for u in rural} == {"term:rural revitalization", "term:rural vitalization"}
    quotes = uses_of("三农")
    assert [(u.kind, u.pair_id, u.key) for u in quotes] == [
        ("quote", "p0010", "quote:three rural issues"), ("quote", "p0012", "quote:three rural issues")]


def test_glossary_extract_proposes_only_accepted_renderings():
    rows = {row[0]: row for row in propose([SAMPLE], min_count=1)}
    assert rows["乡村振兴"] == ["乡村振兴", "rural revitalization", "preferred",
                            "rural revitalization ×2; Rural Revitalization ×1; rural vitalization ×1"]
    assert rows["呼和浩特"][1] == "Hohhot" and rows["王小明"][1] == "Wang Xiaoming"
    assert "重庆" not in rows and "李强" not in rows  # a wrong reading and a dropped surname are never proposed


def test_a_quoted_sentence_does_not_keep_the_terms_beside_it_from_pairing():
    from qa.model import Pair
    from qa.terminology.document_terms import quoted_pairs, quoted_terms

    pair = Pair("p1", "落实“五大要求”，做到“启动前有部署、推进中有交流、结束后有评估”。",
                "Implement the “Five Requirements” with “deployment before launch, exchange during promotion.”")
    assert quoted_terms(pair) == [("五大要求", "Five Requirements")]  # the sentence itself is no term
    assert quoted_pairs(pair) == []  # T102's stricter view: counts differ once the sentence is left out
