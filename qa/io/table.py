"""TSV/CSV of already aligned pairs: one pair per row, header names the columns.

A two-column table without a header is read too when its first row shows
which column is Chinese (the source) and which English, in either order:
exported segment lists often come without one. Also reads back the TSV that `qa align` writes (pair_id, type, score, source,
target), so an editor can hand-correct an alignment and check that instead.
"""

from __future__ import annotations

import re

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


KINDS = ("", "furniture", "unmatched")  # Pair.kind values an alignment TSV's `kind` column may hold
_SENTENCE_ID = re.compile(r"^(?P<paragraph>.+)\.s[^.]+$")  # p0012.s03: sentence 3 of paragraph p0012


def read_pairs_table(text: str, name: str, suffix: str) -> list[Pair]:
    """The table's rows as pairs; the sentence rows `qa align` writes are joined back into their paragraphs."""
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
    columns = {"source": src_col, "target": tgt_col}
    columns.update({n: _column(header, (n,)) for n in ("pair_id", "type", "score", "kind")} if first_data_row else {})
    pairs = _rows_to_pairs(rows[first_data_row:], first_data_row + 1, columns, name)
    if not pairs:
        raise InputError(f"{name}: no pairs below the header row")
    joined = join_sentence_rows(pairs)
    _refuse_repeated_ids(joined, name)
    return joined


def _refuse_repeated_ids(pairs: list[Pair], name: str) -> None:
    """Sentence rows (p0006.s1) join under their paragraph's id, which a row of its own may hold
    already (p0006): the checks tell pairs apart by id, so one id for two pairs is refused."""
    first_row: dict[str, int] = {}
    for pair in pairs:
        if pair.id in first_row:
            raise InputError(f"{name}: rows {first_row[pair.id]} and {pair.source_line} are both pair {pair.id!r} "
                             f"(sentence rows {pair.id}.s… join under their paragraph's id); every pair needs its own id")
        first_row[pair.id] = pair.source_line


def _rows_to_pairs(rows: list[list[str]], first_number: int, columns: dict[str, int | None], name: str) -> list[Pair]:
    pairs: list[Pair] = []
    seen_ids: dict[str, int] = {}
    for row_number, row in enumerate(rows, start=first_number):
        if not any(cell.strip() for cell in row):
            continue
        cell = lambda key: row[columns[key]] if columns.get(key) is not None and columns[key] < len(row) else ""  # noqa: E731
        source, target = cell("source"), cell("target")
        # A row pairs its cells by itself: an empty target cell is an untranslated segment (U101); only an
        # alignment TSV's own type column (1-0, 0-1 from `qa align`) makes a row one-sided.
        bead = cell("type") or ("1-1" if source.strip() else "0-1")
        kind = cell("kind").strip().lower()
        if kind not in KINDS:
            raise InputError(f"{name}: row {row_number}: kind {cell('kind')!r} is not one of furniture, unmatched "
                             "or empty")
        if not kind and (bead.endswith("-0") or bead.startswith("0-")):
            kind = "unmatched"
        try:
            score = float(cell("score")) if cell("score") else 1.0
        except ValueError:
            raise InputError(f"{name}: row {row_number}: score {cell('score')!r} is not a number") from None
        pair_id = cell("pair_id") or f"p{len(pairs) + 1:04d}"
        if pair_id in seen_ids:
            raise InputError(f"{name}: row {row_number}: pair_id {pair_id!r} repeats row {seen_ids[pair_id]}; "
                             "every pair needs its own id")
        seen_ids[pair_id] = row_number
        pairs.append(Pair(id=pair_id, source=source, target=target, type=bead, score=score, kind=kind,
                          source_line=row_number, target_line=row_number))
    return pairs


def join_sentence_rows(pairs: list[Pair]) -> list[Pair]:
    """Consecutive sentence rows of one paragraph (p0012.s01, p0012.s02, …) as that paragraph's pair.

    `qa align` writes the sentences inside each paragraph pair so an editor can
    see and fix them; the checks judge paragraph pairs (A004 looks at the
    sentences inside), so checking the edited file finds what checking the page
    finds. Rows keep their edits: the paragraph is whatever its rows now hold.
    """
    from qa.lang.profile import ZH_EN

    out: list[Pair] = []
    group: list[Pair] = []
    for pair in [*pairs, None]:
        head = _paragraph_of(group[0]) if group else None
        if pair is not None and head is not None and _paragraph_of(pair) == head:
            group.append(pair)
            continue
        if group:
            out.append(group[0] if head is None else _joined(head, group, ZH_EN))
        group = [pair] if pair is not None else []
    return out


def _paragraph_of(pair: Pair) -> str | None:
    match = _SENTENCE_ID.match(pair.id)
    return match.group("paragraph") if match else None


def _joined(paragraph: str, rows: list[Pair], profile) -> Pair:
    source = profile.join([r.source for r in rows if r.source.strip()], profile.source)
    target = profile.join([r.target for r in rows if r.target.strip()], profile.target)
    bead = "1-1" if source.strip() and target.strip() else "1-0" if source.strip() else "0-1"
    kinds = {r.kind for r in rows}
    kind = "furniture" if kinds == {"furniture"} else "" if bead == "1-1" else "unmatched"
    return Pair(id=paragraph, source=source, target=target, type=bead, score=min(r.score for r in rows), kind=kind,
                source_line=rows[0].source_line, target_line=rows[0].target_line)
