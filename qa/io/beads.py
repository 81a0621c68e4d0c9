"""The bead file format of the alignment benchmark (`[0,1]:[0]`, `[5]:[]`) and its exact-match scorer."""

from __future__ import annotations

import json
from dataclasses import dataclass
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
