"""Which source list item the English series lost, when the dictionary cannot place the items: by the encoder.

qa.lang.list_items and qa.lang.list_series anchor each source item through
its CC-CEDICT senses; an item CC-CEDICT has no sense for (呼吸骤停, 创客体验,
规范性文件), or not the one the English uses (药师 "pharmacist"), anchors
nowhere, so a lost item cannot be told from a kept one. Here the short spans
themselves are compared: each source item and each piece of an English series
one item shorter than the list is embedded by the sentence encoder, and the
items are assigned one to one to the pieces. The item left out is reported
only when the reading is clear: the assignment keeps the source's order and is
the best one without that constraint too, the dictionary anchors agree with it,
the runner-up (another item left out) scores clearly less, and the left-out
item is far from every piece while the kept ones are near theirs.

Nothing is embedded unless a list has an unanchored item and a series of the
right length in the English, so pages without such lists cost nothing here.
"""

from __future__ import annotations

from itertools import combinations
from typing import Sequence

from qa.lang.sentence_lists import ListItem
from qa.lang.list_items import ItemEvidence, evidence
from qa.lang.list_series import Series, pieces_owning, series_holding

MAX_ITEMS = 8  # longer lists: rarely one clean series, and the exact search grows
RUNNER_UP_MARGIN = 0.10  # mean cosine per kept item: the best choice of the lost item over the next one
LOST_MAX = 0.55  # the lost item's closest piece: nearer, and some piece may render it after all
LOST_BELOW_KEPT = 0.12  # the lost item's closest piece below the weakest kept item's own piece
KEPT_MIN = 0.45  # every kept item this near its piece: a weaker one means the series may render another list


def lost_by_encoder(items: Sequence[ListItem], target: str,
                    found: Sequence[ItemEvidence] | None = None) -> ItemEvidence | None:
    """The item of `items` the English series lost, read by the encoder, or None when it is not clear.
    `found`: the items' dictionary evidence when the caller already has it (A006 reads it first)."""
    if not 3 <= len(items) <= MAX_ITEMS:
        return None
    found = list(found) if found is not None else evidence(items, target)
    if all(e.anchors for e in found):
        return None  # the dictionary places every item: qa.lang.list_items and list_series read it
    series = _one_series(found, target)
    if series is None:
        return None
    owner = pieces_owning(target, series)
    held = [{owner[k] for k in e.anchors if k in owner} for e in found]
    sims = _similarities([e.item.text for e in found], _piece_readings(target, series))
    lost = _clear_loss(sims, held)
    if lost is None or any(found[lost].anchors):
        return None  # the lost item's sense stands in the English: it may be rendered elsewhere
    if _said_nearby(found[lost].item.text, target, series):
        return None
    return found[lost]


WINDOWS = (2, 4)  # word windows of the series' sentence the lost item is compared with


def _said_nearby(text: str, target: str, series: Series) -> bool:
    """Whether a stretch of the series' sentence outside the series is as near the lost item as LOST_MAX: the
    item may be rendered outside the list ("responsible for the country and for people" for 为国为民 of a
    list the parser read out of 改变或改善中国要有耐心和为国为民负责的态度)."""
    from qa.lang.en import sentence_spans

    a, b = series.pieces[0][0], series.pieces[-1][1]
    lo, hi = next(((x, y) for x, y in sentence_spans(target) or [] if x <= a < y), (0, len(target)))
    words = target[lo:a].split() + ["|"] + target[b:max(hi, b)].split()
    spans = {" ".join(words[i : i + n]) for n in WINDOWS for i in range(len(words) - n + 1)
             if "|" not in words[i : i + n]}
    if not spans:
        return False
    sims = _similarities([text], [[s] for s in sorted(spans)])
    return float(sims.max()) >= LOST_MAX


def _one_series(found: Sequence[ItemEvidence], target: str) -> Series | None:
    """The English series one piece shorter than the list that holds the list's anchors: the only one
    holding any when no such series is doubtful; None otherwise."""
    anchors = {k for e in found for k in e.anchors}
    reached = []
    for one in series_holding(target, (e.anchors for e in found)):  # a series holding none is never reached
        owner = pieces_owning(target, one)
        if not anchors.isdisjoint(owner):
            reached.append((one, sum(1 for e in found if not owner.keys().isdisjoint(e.anchors))))
    if not reached:
        return None
    # every series the anchors reach must be this one: two series sharing the list's words are two readings
    short = [(one, placed) for one, placed in reached if len(one.pieces) == len(found) - 1]
    if len(short) != 1 or len(reached) != 1 or short[0][0].doubtful or short[0][1] < 1:
        return None
    return short[0][0]


EDGE_READINGS = 4  # an edge piece read by its last (first) one to four words: "Activities include science lectures"


def _piece_readings(target: str, series: Series) -> list[list[str]]:
    """Each piece's English; the first piece also by its last words and the last by its first ones, since
    the series' edges carry the clause's lead-in and trailing words ("nurses attended the training")."""
    out = []
    for j, (a, b) in enumerate(series.pieces):
        words = target[a:b].split()
        readings = [" ".join(words)]
        for n in range(1, min(EDGE_READINGS, len(words) - 1) + 1):
            if j == 0:
                readings.append(" ".join(words[-n:]))
            if j == len(series.pieces) - 1:
                readings.append(" ".join(words[:n]))
        out.append(readings)
    return out


def _similarities(items: Sequence[str], pieces: Sequence[Sequence[str]]):
    """Cosine of each item (rows) with each piece (columns), a piece read several ways by its closest reading."""
    import numpy as np

    from qa.align.embed import embed

    texts = [t for readings in pieces for t in readings]
    vectors = embed(list(items) + texts).astype(np.float32)
    vectors = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    every = vectors[: len(items)] @ vectors[len(items):].T
    out = np.empty((len(items), len(pieces)), dtype=np.float32)
    at = 0
    for j, readings in enumerate(pieces):
        out[:, j] = every[:, at : at + len(readings)].max(axis=1)
        at += len(readings)
    return out


def _clear_loss(sims, held: Sequence[set[int]]) -> int | None:
    """The item left out by a clear one-to-one assignment of items to pieces, or None.

    For each choice of the lost item the kept items take the pieces in order;
    the best choice must beat the next by RUNNER_UP_MARGIN per kept item, be
    the best unordered assignment too (the encoder agrees with the order),
    place every item the dictionary anchors in the series in an anchored
    piece, and leave its lost item far from every piece (LOST_MAX,
    LOST_BELOW_KEPT) with every kept item near its own (KEPT_MIN)."""
    n = len(held)
    scores = sorted(((_ordered_score(sims, lost), lost) for lost in range(n)), reverse=True)
    (best, lost), (second, _) = scores[0], scores[1]
    if (best - second) / (n - 1) < RUNNER_UP_MARGIN or _best_unordered(sims) > best + 1e-6:
        return None
    kept = [k for k in range(n) if k != lost]
    if any(held[k] and piece not in held[k] for piece, k in enumerate(kept)) or held[lost]:
        return None
    own = [float(sims[k, piece]) for piece, k in enumerate(kept)]
    closest = float(sims[lost].max())
    if min(own) < KEPT_MIN or closest >= LOST_MAX or closest > min(own) - LOST_BELOW_KEPT:
        return None
    return lost


def _ordered_score(sims, lost: int) -> float:
    kept = [k for k in range(sims.shape[0]) if k != lost]
    return float(sum(sims[k, piece] for piece, k in enumerate(kept)))


def _best_unordered(sims) -> float:
    """The best one-to-one assignment of the pieces to distinct items (exact: the lists are short)."""
    n, m = sims.shape
    best = float("-inf")
    for chosen in combinations(range(n), m):
        best = max(best, _best_permutation(sims, chosen))
    return best


def _best_permutation(sims, rows: Sequence[int]) -> float:
    """Best sum over assignments of `rows` to the columns, by a bitmask dynamic programme over rows."""
    m = len(rows)
    table = {0: 0.0}
    for col in range(m):
        nxt: dict[int, float] = {}
        for mask, value in table.items():
            for r in range(m):
                if not mask >> r & 1:
                    key = mask | 1 << r
                    score = value + float(sims[rows[r], col])
                    if score > nxt.get(key, float("-inf")):
                        nxt[key] = score
        table = nxt
    return table[(1 << m) - 1]
