"""Real text for the check tests, read through qa's own readers (never through bench/).

`sample_pairs` is the shared sample page as `qa.pipeline.load_alignment`
reads it, keeping only the pairs with both sides (the furniture and one-sided
paragraphs are the reader's business, not the checks'). `mac_chapter` is a
MAC-Dev chapter from its gold beads (`qa.io.beads.read_bead_sentences`),
three sentence beads to a pair, so a test can take one sentence's
translation out of a pair and know exactly which sentence it was.
"""

from __future__ import annotations

import re

from dataclasses import replace
from pathlib import Path

from qa.io.beads import read_bead_sentences
from qa.model import Alignment, Document, Pair

BEADS_PER_PAIR = 3

Bead = tuple[str, str]


def sample_pairs(alignment: Alignment) -> Alignment:
    """The two-sided pairs of a read document, with the reader's ids, in reading order."""
    return replace(alignment, pairs=tuple(p for p in alignment.pairs if p.source and p.target))


def mac_chapter(mac_dev: Path, chapter: str) -> tuple[Alignment, dict[str, list[Bead]]]:
    """One MAC-Dev chapter as pairs of three gold 1-n/n-1 beads, and each pair's beads by pair id.

    One-sided gold beads (a sentence the translator left out or added) are
    dropped, so every pair starts out as a complete translation.
    """
    resolved = read_bead_sentences(mac_dev / "gold" / f"{chapter}.align",
                                   mac_dev / "zh" / chapter, mac_dev / "en" / chapter)
    beads = [("".join(src), " ".join(tgt)) for src, tgt in resolved if src and tgt]
    pairs: list[Pair] = []
    by_pair: dict[str, list[Bead]] = {}
    for k in range(0, len(beads), BEADS_PER_PAIR):
        group = beads[k : k + BEADS_PER_PAIR]
        pair = Pair(id=f"p{len(pairs):04d}", source="".join(s for s, _ in group), target=" ".join(t for _, t in group))
        pairs.append(pair)
        by_pair[pair.id] = group
    document = Document(id=f"mac-{chapter}", path=str(mac_dev / "gold" / f"{chapter}.align"))
    return Alignment(document, tuple(pairs)), by_pair


def corpus_rows(relative: str) -> list[dict[str, str]]:
    """The rows of a TSV under ../shared (e.g. "dev-corpora/wmt19-newstest-zhen/pairs.tsv") as
    dicts by header, read with qa's own TSV reader; the test skips when the file is absent."""
    import pytest

    from qa.io.delimited import read_rows
    from tests.conftest import SHARED

    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"../shared/{relative} is not present next to the repository")
    rows = read_rows(path.read_text(encoding="utf-8"), "\t", name=path.name)
    return [dict(zip(rows[0], row)) for row in rows[1:] if row]


def pairs_by_segment(relative: str) -> dict[tuple[str, str], tuple[str, str]]:
    """A doc_id/seg_id TSV under ../shared (news22, NTREX-128) as {(doc_id, seg_id): (source, target)}."""
    return {(r["doc_id"], r["seg_id"]): (r["source"], r["target"]) for r in corpus_rows(relative)}


WMT19_PAIRS = "dev-corpora/wmt19-newstest-zhen/pairs.tsv"


def wmt19_pair(line: int | str) -> tuple[str, str]:
    """One WMT19 pair by its line number (the test skips when ../shared is absent)."""
    row = next(r for r in corpus_rows(WMT19_PAIRS) if int(r["line"]) == int(line))
    return row["source"], row["target"]


def without_word(target: str, word: str) -> str:
    """The English without its first `word` (and the space after it): a dropped word, as the injectors drop it."""
    assert re.search(rf"\b{word} ", target), word
    return re.sub(rf"\b{word} ", "", target, count=1)
NEWS22_REF_A = "bench/errors/news22/clean_refA.tsv"
NEWS22_REF_B = "bench/errors/news22/clean_refB.tsv"
NTREX_PAIRS = "dev-corpora/ntrex128-zhen/pairs.tsv"


def news22_docs(doc_ids=None) -> dict[str, Alignment]:
    """The open WMT22 reference A as documents (pairs p<seg_id>); the test skips when ../shared is absent."""
    by_doc: dict = {}
    for row in corpus_rows(NEWS22_REF_A):
        if doc_ids is None or row["doc_id"] in doc_ids:
            by_doc.setdefault(row["doc_id"], []).append(Pair(f"p{int(row['seg_id']):04d}", row["source"], row["target"]))
    return {d: Alignment(Document(id=d, path=NEWS22_REF_A), tuple(p)) for d, p in by_doc.items()}


def story(relative: str, doc_id: str) -> list[Pair]:
    """One document of a corpus file with doc_id/seg_id columns, as pairs p0001, p0002, …"""
    return [Pair(f"p{int(r['seg_id']):04d}", r["source"], r["target"])
            for r in corpus_rows(relative) if r["doc_id"] == doc_id]


def with_target_changed(pairs: list[Pair], pair_id: str, old: str, new: str) -> list[Pair]:
    """The pairs with the first `old` of one pair's target replaced by `new` (which must be there)."""
    assert any(p.id == pair_id and old in p.target for p in pairs)
    return [replace(p, target=p.target.replace(old, new, 1)) if p.id == pair_id else p for p in pairs]
