"""TSV/CSV of already aligned pairs: one pair per row, header names the columns.

A two-column table without a header is read too when its first row shows
which column is Chinese (the source) and which English, in either order:
exported segment lists often come without one. Also reads back the TSV that `qa align` writes (pair_id, type, score, source,
target), so an editor can hand-correct an alignment and check that instead.
"""

from __future__ import annotations

from qa.errors import InputError
from qa.io.delimited import read_rows
from qa.model import Pair

_SOURCE = ("source", "src", "zh", "chinese", "original", "source text")
_TARGET = ("target", "tgt", "en", "english", "translation", "target text")


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    for name in names:
        if name in lowered:
            return lowered.index(name)
    return None


def _headerless_columns(first_row: list[str]) -> tuple[int, int] | None:
    """(source, target) columns of a two-column table whose first row is a Chinese/English pair, else None."""
    from qa.lang.zh import han_ratio

    cells = list(first_row)
    while cells and not cells[-1].strip():  # a trailing delimiter
        cells.pop()
    if len(cells) != 2 or not all(c.strip() for c in cells):
        return None
    ratios = [han_ratio(c) for c in cells]
    if ratios[0] >= 0.3 and ratios[1] < 0.1:
        return 0, 1
    if ratios[1] >= 0.3 and ratios[0] < 0.1:
        return 1, 0
    return None


def sniff_delimiter(text: str, suffix: str) -> str:
    first = text.split("\n", 1)[0]
    if suffix == ".tsv" or suffix == ".tab":
        return "\t"
    if suffix == ".csv":
        return "," if first.count(",") >= first.count("\t") else "\t"
    return "\t" if "\t" in first else ","


def read_pairs_table(text: str, name: str, suffix: str) -> list[Pair]:
    delimiter = sniff_delimiter(text, suffix)
    rows = read_rows(text, delimiter, name)
    if not rows:
        raise InputError(f"{name}: no rows")
    header = rows[0]
    src_col, tgt_col = _column(header, _SOURCE), _column(header, _TARGET)
    first_data_row = 1
    if src_col is None and tgt_col is None:
        columns = _headerless_columns(header)
        if columns is not None:
            (src_col, tgt_col), first_data_row = columns, 0
    if src_col is None or tgt_col is None:
        raise InputError(
            f"{name}: header row must name a source and a target column (e.g. 'source{delimiter}target'), "
            f"or the table must have two columns, one Chinese and one English; got {header[:5]}"
        )
    id_col, type_col, score_col = (_column(header, (n,)) for n in ("pair_id", "type", "score"))
    pairs: list[Pair] = []
    seen_ids: dict[str, int] = {}
    for row_number, row in enumerate(rows[first_data_row:], start=first_data_row + 1):
        if not any(cell.strip() for cell in row):
            continue
        cell = lambda col: row[col] if col is not None and col < len(row) else ""  # noqa: E731
        source, target = cell(src_col), cell(tgt_col)
        # A row pairs its cells by itself: an empty target cell is an untranslated segment (U101); only an
        # alignment TSV's own type column (1-0, 0-1 from `qa align`) makes a row one-sided.
        bead = cell(type_col) or ("1-1" if source.strip() else "0-1")
        kind = "unmatched" if bead.endswith("-0") or bead.startswith("0-") else ""
        try:
            score = float(cell(score_col)) if cell(score_col) else 1.0
        except ValueError:
            raise InputError(f"{name}: row {row_number}: score {cell(score_col)!r} is not a number") from None
        pair_id = cell(id_col) or f"p{len(pairs) + 1:04d}"
        if pair_id in seen_ids:
            raise InputError(f"{name}: row {row_number}: pair_id {pair_id!r} repeats row {seen_ids[pair_id]}; "
                             "every pair needs its own id")
        seen_ids[pair_id] = row_number
        pairs.append(
            Pair(
                id=pair_id,
                source=source,
                target=target,
                type=bead,
                score=score,
                kind=kind,
                source_line=row_number,
                target_line=row_number,
            )
        )
    if not pairs:
        raise InputError(f"{name}: no pairs below the header row")
    return pairs
