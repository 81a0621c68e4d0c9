"""A second alignment dev set: news documents with merged, split and dropped sentences and their true beads.

WMT19 newstest (zh original) and NTREX-128 (en original) are aligned one to
one by line. Consecutive pairs make a document (NTREX by its doc_id, WMT19
in runs of 20 lines, as bench.corpora reads them); then, walking through the
pairs with a seeded generator, each pair is kept as a 1-1 bead or rewritten:

- two or three Chinese sentences joined into one line     -> 1-2 / 1-3 bead
- two English sentences joined into one line              -> 2-1 bead
- a Chinese sentence split at a clause comma              -> 2-1 bead
- an English sentence split at a clause comma             -> 1-2 bead
- the first clause of the next Chinese sentence moved up  -> 2-2 bead
- the English or the Chinese sentence dropped             -> 1-0 / 0-1 bead

The text is read from ../shared at bench time and never written into the
repository. Documents fall into six groups (three of each corpus, in order)
for leave-one-group-out refitting.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Sequence

from bench.corpora import SHARED, documents_by_doc_id, wmt19_documents

NTREX = SHARED / "dev-corpora" / "ntrex128-zhen" / "pairs.tsv"
WMT19 = SHARED / "dev-corpora" / "wmt19-newstest-zhen" / "pairs.tsv"
GROUPS_PER_CORPUS = 3
SEED = 21
# probability of each rewrite at a pair (the rest stay 1-1); close to MAC-Dev's mix of bead types
RATES = (("join_zh2", 0.09), ("join_zh3", 0.03), ("join_en", 0.05), ("split_zh", 0.04), ("split_en", 0.06),
         ("cross", 0.02), ("drop_en", 0.02), ("drop_zh", 0.02))

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]
_ZH_COMMA = re.compile(r"[，；]")
_EN_COMMA = re.compile(r"[,;] ")


@dataclass(frozen=True)
class SyntheticDoc:
    """One generated document: its group for leave-one-group-out, its sentences and the true beads."""

    name: str
    group: str
    src: tuple[str, ...]
    tgt: tuple[str, ...]
    gold: tuple[BeadKey, ...]


def split_at_clause(text: str, lang: str) -> tuple[str, str] | None:
    """The sentence cut into two sentences at the clause mark nearest its middle (None without one).

    The mark becomes a full stop, as when a translator or a sentence splitter
    makes two sentences of one; both halves keep at least a fifth of the text.
    """
    marks = [m.start() for m in (_ZH_COMMA if lang == "zh" else _EN_COMMA).finditer(text)]
    marks = [k for k in marks if len(text) // 5 <= k <= len(text) - len(text) // 5 - 1]
    if not marks:
        return None
    cut = min(marks, key=lambda k: abs(k - len(text) / 2))
    if lang == "zh":
        return text[:cut] + "。", text[cut + 1 :].lstrip()
    rest = text[cut + 2 :]
    return text[:cut] + ".", rest[:1].upper() + rest[1:]


def _choose(rng: random.Random) -> str:
    roll, total = rng.random(), 0.0
    for name, rate in RATES:
        total += rate
        if roll < total:
            return name
    return "keep"


def synthesize(pairs: Sequence[tuple[str, str]], choose: Callable[[], str]) -> tuple[list[str], list[str], list[BeadKey]]:
    """Source and target sentences and the true beads, from one-to-one (Chinese, English) pairs.

    `choose()` names the rewrite at each step (a name in RATES or "keep"); a
    rewrite that does not apply there (no clause to cut, no pair left to join)
    keeps the pair 1-1.
    """
    src: list[str] = []
    tgt: list[str] = []
    gold: list[BeadKey] = []

    def emit(zh_lines: list[str], en_lines: list[str]) -> None:
        i, j = len(src), len(tgt)
        src.extend(zh_lines)
        tgt.extend(en_lines)
        gold.append((tuple(range(i, i + len(zh_lines))), tuple(range(j, j + len(en_lines)))))

    k = 0
    while k < len(pairs):
        op, (zh, en) = choose(), pairs[k]
        left = len(pairs) - k
        if op == "join_zh2" and left >= 2:
            emit(["".join(z for z, _ in pairs[k : k + 2])], [e for _, e in pairs[k : k + 2]])
            k += 2
            continue
        if op == "join_zh3" and left >= 3:
            emit(["".join(z for z, _ in pairs[k : k + 3])], [e for _, e in pairs[k : k + 3]])
            k += 3
            continue
        if op == "join_en" and left >= 2:
            emit([z for z, _ in pairs[k : k + 2]], [" ".join(e for _, e in pairs[k : k + 2])])
            k += 2
            continue
        if op == "cross" and left >= 2 and (halves := split_at_clause(pairs[k + 1][0], "zh")):
            # the next sentence's first clause joins this one: neither Chinese line matches one English line
            emit([zh + halves[0].rstrip("。") + "，", halves[1]], [en, pairs[k + 1][1]])
            k += 2
            continue
        if op == "split_zh" and (halves := split_at_clause(zh, "zh")):
            emit(list(halves), [en])
        elif op == "split_en" and (halves := split_at_clause(en, "en")):
            emit([zh], list(halves))
        elif op == "drop_en":
            emit([zh], [])
        elif op == "drop_zh":
            emit([], [en])
        else:
            emit([zh], [en])
        k += 1
    return src, tgt, gold


def documents(seed: int = SEED) -> list[SyntheticDoc]:
    """The synthetic news set: NTREX documents and WMT19 runs, each rewritten with its own seeded generator."""
    docs: list[SyntheticDoc] = []
    for corpus, path, reader in (("ntrex", NTREX, documents_by_doc_id), ("wmt19", WMT19, wmt19_documents)):
        if not path.exists():
            continue
        found = reader(path)
        for index, alignment in enumerate(found):
            name = f"{corpus}:{alignment.doc.id}"
            rng = random.Random(f"{seed}:{name}")
            src, tgt, gold = synthesize([(p.source, p.target) for p in alignment.pairs], lambda: _choose(rng))
            group = f"{corpus}-{1 + index * GROUPS_PER_CORPUS // len(found)}"
            docs.append(SyntheticDoc(name, group, tuple(src), tuple(tgt), tuple(gold)))
    return docs


def available() -> bool:
    """Whether both corpora are present (../shared)."""
    return NTREX.exists() and WMT19.exists()


def bead_counts(docs: Sequence[SyntheticDoc]) -> dict[str, int]:
    """How many true beads of each type (1-1, 1-2, ...) the set holds."""
    counts: dict[str, int] = {}
    for doc in docs:
        for s, t in doc.gold:
            key = f"{len(s)}-{len(t)}"
            counts[key] = counts.get(key, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def main() -> int:
    """Print the set's size and bead types (for the README)."""
    docs = documents()
    print(f"{len(docs)} documents, {sum(len(d.src) for d in docs)} zh / {sum(len(d.tgt) for d in docs)} en sentences")
    print(bead_counts(docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["SyntheticDoc", "available", "documents", "split_at_clause", "synthesize"]
