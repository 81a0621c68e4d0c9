"""The bead file format of the alignment benchmark (`[0,1]:[0]`, `[5]:[]`) and its exact-match scorer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from qa.errors import InputError

BeadKey = tuple[tuple[int, ...], tuple[int, ...]]


def format_bead(src: Iterable[int], tgt: Iterable[int]) -> str:
    """One bead as a line: 0-based indices, no spaces, e.g. "[0,1]:[0]"."""
    return f"[{','.join(map(str, src))}]:[{','.join(map(str, tgt))}]"


def parse_beads(text: str) -> list[BeadKey]:
    """Beads of a bead file; accepts "[0, 1]:[0]" with spaces as Bertalign writes them."""
    beads: list[BeadKey] = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        left, sep, right = line.partition(":")
        try:
            if not sep:
                raise ValueError
            src, tgt = json.loads(left), json.loads(right)
            if not isinstance(src, list) or not isinstance(tgt, list):
                raise ValueError
            beads.append((tuple(int(x) for x in src), tuple(int(x) for x in tgt)))
        except (ValueError, TypeError):
            raise InputError(f"line {number}: not a bead like [0,1]:[2]: {line[:60]!r}") from None
    return beads


SentenceBead = tuple[tuple[str, ...], tuple[str, ...]]


def read_bead_sentences(bead_file: Path, source_file: Path, target_file: Path) -> list[SentenceBead]:
    """Each bead of a bead file with the sentences it joins, in file order (1-0 and 0-1 beads included).

    The two text files hold one sentence per line, as MAC-Dev and Bertalign
    keep them; gold beads read this way give real aligned sentences to
    anything that needs them without re-implementing the format.
    """
    source = source_file.read_text(encoding="utf-8").splitlines()
    target = target_file.read_text(encoding="utf-8").splitlines()
    resolved: list[SentenceBead] = []
    for number, (src, tgt) in enumerate(parse_beads(bead_file.read_text(encoding="utf-8")), 1):
        if any(not 0 <= i < len(source) for i in src) or any(not 0 <= j < len(target) for j in tgt):
            raise InputError(f"{bead_file.name}: bead {number} points past the end of the sentence files")
        resolved.append((tuple(source[i] for i in src), tuple(target[j] for j in tgt)))
    return resolved


@dataclass(frozen=True)
class BeadScore:
    """Exact-match counts; precision, recall and F1 derive from them (and micro-average by adding)."""

    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: "BeadScore") -> "BeadScore":
        return BeadScore(self.correct + other.correct, self.predicted + other.predicted, self.gold + other.gold)


def score_beads(predicted: Iterable[BeadKey], gold: Iterable[BeadKey]) -> BeadScore:
    """Exact bead matches (same source and target index sets), over all beads including 1-0/0-1."""
    pred = {(tuple(sorted(s)), tuple(sorted(t))) for s, t in predicted}
    ref = {(tuple(sorted(s)), tuple(sorted(t))) for s, t in gold}
    return BeadScore(len(pred & ref), len(pred), len(ref))
