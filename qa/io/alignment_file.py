"""Alignment files an editor can open, hand-correct and feed back to `qa check`.

The TSV's last column, `kind`, says why a one-sided row exists ("furniture":
page chrome; "unmatched": a paragraph the page or aligner could not pair) so
`qa check` of the edited file skips chrome exactly as it does on the page.
"""

from __future__ import annotations

import csv
from pathlib import Path

from qa.atomic import atomic_open
from qa.io.beads import format_bead
from qa.model import Alignment

ALIGNMENT_COLUMNS = ("pair_id", "type", "score", "source", "target", "kind")  # kind last: the columns before it keep their places


def write_alignment_tsv(alignment: Alignment, path: Path) -> Path:
    with atomic_open(path, newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(ALIGNMENT_COLUMNS)
        for pair in alignment.pairs:
            writer.writerow((pair.id, pair.type, f"{pair.score:.4f}", pair.source, pair.target, pair.kind))
    return path


def write_beads(alignment: Alignment, path: Path) -> Path:
    with atomic_open(path) as handle:
        for pair in alignment.pairs:
            handle.write(format_bead(pair.source_indices, pair.target_indices) + "\n")
    return path
