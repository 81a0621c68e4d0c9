"""M106 and names a document never renders: a nickname we cannot see is excused, a body's English name is not."""

from dataclasses import replace

from qa.model import Pair
from tests.conftest import check_pairs
from tests.corpora import corpus_rows


def _story(relative: str, doc_id: str) -> list[Pair]:
    return [Pair(f"p{int(r['seg_id']):04d}", r["source"], r["target"])
            for r in corpus_rows(relative) if r["doc_id"] == doc_id]


def test_a_body_with_an_english_name_left_out_everywhere_is_still_missing():
    """news22 ref A gt22-d016: 人民日报 opens p0001 and p0002; the published English names it in p0001
    only ("Commentators from People’s Daily"). With that dropped too, the document never renders it,
    and that is no translation we cannot see: People's Daily is the paper's English name."""
    story = _story("bench/errors/news22/clean_refA.tsv", "gt22-d016")
    quiet = {(f.pair_id, f.source_span) for f in check_pairs(story, ["M106"])}
    assert ("p0001", "人民日报") not in quiet
    dropped = [replace(p, target=p.target.replace("Commentators from People’s Daily", "Commentators", 1))
               if p.id == "p0001" else p for p in story]
    assert dropped != story
    found = {(f.pair_id, f.source_span) for f in check_pairs(dropped, ["M106"])}
    assert ("p0001", "人民日报") in found


def test_a_person_the_document_never_renders_is_excused():
    """A name given in every pair by a nickname the analysis cannot read (韦小宝 → "Trinket")."""
    pairs = [("韦小宝笑道：“好啊。”", "Trinket laughed: “Fine.”"), ("韦小宝转身就走。", "Trinket turned and left.")]
    assert check_pairs(pairs, ["M106"]) == []
