"""The per-corpus benchmark's inputs: corpus loaders on the real files, and the hand-review files."""

import re

import pytest

from bench.corpora import ALL_CORPORA, CORPORA, REVIEW_DIR, load_review

EXPECTED = {  # corpus: (documents, pairs), counted from the files by hand (wc -l, cut -f1 | uniq)
    "mac-dev": (6, 448),
    "news22-refA": (39, 1307),
    "news22-refB": (40, 1307),
    "wmt19": (100, 2000),
    "ntrex": (123, 1997),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_loads_every_pair_into_documents(name):
    corpus = ALL_CORPORA[name]
    if not corpus.path.exists():
        pytest.skip(f"{corpus.path} is absent (../shared not present)")
    docs = corpus.documents()
    assert (len(docs), sum(len(d.pairs) for d in docs)) == EXPECTED[name]
    assert all(p.source.strip() and p.target.strip() for d in docs for p in d.pairs)


def test_news22_documents_follow_doc_id_and_keep_segment_numbers():
    corpus = CORPORA["news22-refA"]
    if not corpus.path.exists():
        pytest.skip("news22 is absent")
    docs = corpus.documents()
    first = docs[0]
    assert first.doc.id == "gt22-d001"
    assert first.pairs[0].id == "p0001" and first.pairs[0].source == "是否有途径处罚他"
    assert first.pairs[1].target == "So that such a thing won’t happen again."
    assert len({d.doc.id for d in docs}) == len(docs)


def test_wmt19_is_cut_into_documents_of_twenty_lines():
    corpus = CORPORA["wmt19"]
    if not corpus.path.exists():
        pytest.skip("wmt19 is absent")
    docs = corpus.documents()
    assert {len(d.pairs) for d in docs} == {20}
    assert docs[0].pairs[0].id == "l0001" and docs[0].pairs[0].source == "张光军被任命为广东省副省长。"
    assert docs[1].pairs[0].id == "l0021" and docs[-1].pairs[-1].id == "l2000"


REVIEW_FILES = sorted(REVIEW_DIR.glob("*.tsv"))
LABELLED = {"mac-dev": "noise", "news22-refA": "any", "news22-refB": "any", "wmt19": "any", "ntrex": "any"}  # which verdicts need a class label


def test_every_corpus_with_a_review_file_is_a_known_corpus():
    assert {p.stem for p in REVIEW_FILES} <= set(ALL_CORPORA)
    assert {"mac-dev", "news22-refA", "wmt19"} <= {p.stem for p in REVIEW_FILES}


@pytest.mark.parametrize("path", REVIEW_FILES, ids=lambda p: p.stem)
def test_review_file_is_well_formed(path):
    """Six tab-separated columns; verdict real|noise with a reason; labelled reasons where the brief asks for them."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["check_id", "doc", "pair_id", "span", "verdict", "reason"]
    assert len(lines) >= 2  # a header and at least one reviewed finding
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 6, line
        check_id, doc, pair_id, span, verdict, reason = cells
        assert re.fullmatch(r"[A-Z]\d{3}", check_id) and doc and re.fullmatch(r"[pl]\d{4}", pair_id), line
        assert verdict in {"real", "noise"} and len(reason) > 10, line
        if LABELLED.get(path.stem) in {"any", verdict}:
            assert re.match(r"[a-z][a-z-]*: \S", reason), line
    assert len(load_review(path)) == len(lines) - 1  # no row shadows another


@pytest.mark.parametrize("path", REVIEW_FILES, ids=lambda p: p.stem)
def test_review_rows_name_documents_and_pairs_of_their_corpus(path):
    """A row that names no pair of the corpus is stale (e.g. after the pairing changed) and would never match."""
    corpus = ALL_CORPORA[path.stem]
    if not corpus.path.exists():
        pytest.skip(f"{corpus.path} is absent")
    pairs = {(d.doc.id, p.id): p for d in corpus.documents() for p in d.pairs}
    for (check_id, doc, pair_id, span) in load_review(path):
        assert (doc, pair_id) in pairs, (check_id, doc, pair_id)
        pair = pairs[(doc, pair_id)]
        assert span in pair.source or span in pair.target or check_id in {"P401", "A005"}, (check_id, doc, pair_id, span)
