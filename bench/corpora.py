"""The clean corpora of the detection benchmark, each read as documents of aligned pairs.

Every corpus is a published translation: its findings are counted per 100
pairs and split by a hand review (bench/review/<corpus>.tsv) into real
differences and noise. The sample page is loaded here too but holds known
real errors, so bench.detect reports it apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from bench.inject_core import GOLD_BEADS
from qa.io.beads import read_bead_sentences
from qa.io.delimited import read_rows
from qa.model import Alignment, Document, Pair

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
REVIEW_DIR = ROOT / "bench" / "review"
BEADS_PER_PAIR = 3
WMT19_PAIRS_PER_DOC = 20
_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Corpus:
    """A named clean corpus: how it was cut into documents, and where it lives."""
    name: str
    description: str
    path: Path
    load: Callable[[], list[Alignment]]

    def documents(self) -> list[Alignment]:
        return self.load() if self.path.exists() else []

    @property
    def review_file(self) -> Path:
        return REVIEW_DIR / f"{self.name}.tsv"


def mac_documents() -> list[Alignment]:
    """MAC-Dev gold beads, three consecutive beads to a paragraph-like pair (their beads kept for injectors)."""
    base = SHARED / "bench" / "align" / "mac-dev"
    docs = []
    for gold in sorted((base / "gold").glob("*.align")):
        resolved = read_bead_sentences(gold, base / "zh" / gold.stem, base / "en" / gold.stem)
        beads = [("".join(s), " ".join(t)) for s, t in resolved if s and t]
        pairs = []
        for k in range(0, len(beads), BEADS_PER_PAIR):
            group = beads[k : k + BEADS_PER_PAIR]
            pairs.append(Pair(id=f"p{len(pairs):04d}", source="".join(g[0] for g in group),
                              target=" ".join(g[1] for g in group)))
            GOLD_BEADS[(pairs[-1].source, pairs[-1].target)] = group
        docs.append(Alignment(Document(id=f"mac-{gold.stem}", path=str(gold)), tuple(pairs)))
    return docs


def _table(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """The rows of a TSV with a header naming at least `columns`."""
    rows = read_rows(path.read_text(encoding="utf-8"), "\t", name=path.name)
    header = rows[0]
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(f"{path.name}: no column {', '.join(missing)}")
    return [dict(zip(header, row)) for row in rows[1:] if row]


def documents_by_doc_id(path: Path) -> list[Alignment]:
    """A TSV with doc_id, seg_id, source and target (WMT22 general test, NTREX-128): pairs grouped into
    documents by doc_id, pair id p<seg_id>."""
    by_doc: dict[str, list[Pair]] = {}
    for row in _table(path, ("doc_id", "seg_id", "source", "target")):
        by_doc.setdefault(row["doc_id"], []).append(Pair(id=f"p{int(row['seg_id']):04d}", source=row["source"],
                                                         target=row["target"]))
    return [Alignment(Document(id=doc_id, path=str(path)), tuple(pairs)) for doc_id, pairs in by_doc.items()]


def wmt19_documents(path: Path, size: int = WMT19_PAIRS_PER_DOC) -> list[Alignment]:
    """newstest2019 zh-en has no document boundaries: consecutive lines cut into documents of `size` pairs.

    Pair ids are l<line number> so a finding can be found in pairs.tsv; a
    chunk may cut a story in two, which only weakens document-level checks.
    """
    pairs = [Pair(id=f"l{int(row['line']):04d}", source=row["source"], target=row["target"])
             for row in _table(path, ("line", "source", "target"))]
    return [Alignment(Document(id=f"wmt19-{k // size:03d}", path=str(path)), tuple(pairs[k : k + size]))
            for k in range(0, len(pairs), size)]


def sample_document() -> Alignment | None:
    """The sample page, each English paragraph paired with the Chinese paragraph after it."""
    path = SHARED / "samples" / "ten-key-points-2021.txt"
    if not path.exists():
        return None
    paras = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    pairs, i = [], 0
    while i < len(paras) - 1:
        en, zh = paras[i], paras[i + 1]
        if re.search("[A-Za-z]{3}", en) and len(_HAN.findall(en)) < 0.1 * len(en) and len(_HAN.findall(zh)) > 0.3 * len(zh):
            pairs.append(Pair(id=f"p{len(pairs):04d}", source=zh, target=en))
            i += 2
        else:
            i += 1
    return Alignment(Document(id="sample", path=str(path)), tuple(pairs))


_NEWS22 = SHARED / "bench" / "errors" / "news22"
_WMT19 = SHARED / "dev-corpora" / "wmt19-newstest-zhen" / "pairs.tsv"
CORPORA: dict[str, Corpus] = {c.name: c for c in (
    Corpus("mac-dev", f"MAC-Dev literary gold beads grouped by {BEADS_PER_PAIR}", SHARED / "bench" / "align" / "mac-dev",
           mac_documents),
    Corpus("news22-refA", "WMT22 general zh-en, reference A, documents by doc_id", _NEWS22 / "clean_refA.tsv",
           lambda: documents_by_doc_id(_NEWS22 / "clean_refA.tsv")),
    Corpus("news22-refB", "WMT22 general zh-en, reference B, documents by doc_id", _NEWS22 / "clean_refB.tsv",
           lambda: documents_by_doc_id(_NEWS22 / "clean_refB.tsv")),
    Corpus("wmt19", f"newstest2019 zh-en, {WMT19_PAIRS_PER_DOC} consecutive lines to a document", _WMT19,
           lambda: wmt19_documents(_WMT19)),
)}


# Corpora with real document boundaries that only some benchmarks read (bench.consistency):
# NTREX-128's English is the original, so bench.detect leaves it out.
_NTREX = SHARED / "dev-corpora" / "ntrex128-zhen" / "pairs.tsv"
ALL_CORPORA: dict[str, Corpus] = {
    **CORPORA,
    "ntrex": Corpus("ntrex", "NTREX-128 news (English original), documents by doc_id", _NTREX,
                    lambda: documents_by_doc_id(_NTREX)),
}


Review = dict[tuple[str, str, str, str], tuple[str, str]]


def load_review(path: Path) -> Review:
    """Hand review of findings on a clean corpus: (check, doc, pair, span) -> (verdict, reason).

    The "clean" pairs are published translations, which hold real errors; the
    review says which findings point at one ("real") and which are noise, so
    the false-positive rate can be read both ways. A finding not in the file
    is reported as unreviewed, never guessed.
    """
    review: Review = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            if line:
                check_id, doc, pair_id, span, verdict, reason = line.split("\t")
                review[(check_id, doc, pair_id, span)] = (verdict, reason)
    return review


def review_key(finding) -> tuple[str, str, str, str]:
    return (finding.check_id, finding.doc, finding.pair_id, finding.source_span or finding.target_span)
