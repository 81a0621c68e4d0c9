"""`qa compare`: how far a second English version strays from the first, pair by pair."""

from __future__ import annotations

import os
from pathlib import Path

import click

from qa.terminal import printable


def _short(text: str, width: int = 110) -> str:
    """One line of at most `width` characters, control characters escaped (no escape sequence reaches the terminal)."""
    text = " ".join(text.split())
    text = text if len(text) <= width else text[: width - 1] + "…"
    return printable(text)


@click.command("compare")
@click.argument("source_doc", type=click.Path(path_type=Path))
@click.argument("other", type=click.Path(path_type=Path))
@click.option("-n", "--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many of the most different pairs to list.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False, path_type=Path), help="Also write every pair's scores to this CSV.")
def compare(source_doc: Path, other: Path, top: int, csv_out: Path | None) -> None:
    """Compare OTHER (a revision, corrected copy or MT output; bilingual or English only) with SOURCE_DOC.

    Scores are chrF and TER of OTHER against SOURCE_DOC's English, per pair
    and for the whole document, with sacrebleu's signatures.
    """
    from qa.compare import compare_alignment
    from qa.pipeline import load_alignment
    from qa.progress import steps
    from qa.errors import InputError
    from qa.io.files import shown
    from qa.io.guard import refuse_overwriting

    for path in (source_doc, other):
        if not os.path.lexists(path):
            raise InputError(f"{shown(path)}: no such file")
    if csv_out is not None:
        refuse_overwriting([csv_out], [(source_doc, "SOURCE_DOC"), (other, "OTHER")])
    with steps("compare", ("read and align", "compare")) as progress:
        progress.step("read and align")
        alignment = load_alignment(source_doc)
        progress.step("compare")
        result = compare_alignment(alignment, other)
    _print_comparison(result, shown(source_doc.name), shown(other.name), top)
    if csv_out is not None:
        from qa.atomic import atomic_write_text
        from qa.io.delimited import render_people_csv

        rows = ([" ".join(r.pair_ids), r.chrf, r.ter, r.source, r.first, r.other] for r in result.rows)
        atomic_write_text(csv_out, render_people_csv(["pair_ids", "chrf", "ter", "source", "first", "other"], rows))
        click.echo(f"scores: {printable(shown(csv_out))}")


def _print_comparison(result, first_name: str, other_name: str, top: int) -> None:
    """The scores and the most different pairs; document text is shown with control characters escaped."""
    how = "matched by their Chinese" if result.method == "source" else "English aligned to the Chinese"
    click.echo(f"{printable(first_name)} vs {printable(other_name)}: {len(result.rows)} pairs ({how})")
    click.echo(f"  chrF {result.chrf:.2f}  ({result.chrf_signature})")
    click.echo(f"  TER  {result.ter:.2f}  ({result.ter_signature})")
    changed = sum(1 for r in result.rows if r.first != r.other)
    click.echo(f"  {changed} pair(s) differ")
    listed = [r for r in result.most_different(top) if r.first != r.other]
    if listed:
        click.echo("most different pairs:")
    for row in listed:
        click.echo(f"{printable('+'.join(row.pair_ids))}  chrF {row.chrf:6.2f}  TER {row.ter:6.2f}")
        click.echo(f"  source: {_short(row.source)}")
        click.echo(f"  first:  {_short(row.first)}")
        click.echo(f"  other:  {_short(row.other) or '(nothing)'}")
