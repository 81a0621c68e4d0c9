"""`qa compare`: how far a second English version strays from the first, pair by pair."""

from __future__ import annotations

from pathlib import Path

import click


def _short(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
    from qa.compare import compare_files
    from qa.errors import InputError

    for path in (source_doc, other):
        if not path.exists():
            raise InputError(f"{path}: no such file")
    result = compare_files(source_doc, other)
    how = "matched by their Chinese" if result.method == "source" else "English aligned to the Chinese"
    click.echo(f"{source_doc.name} vs {other.name}: {len(result.rows)} pairs ({how})")
    click.echo(f"  chrF {result.chrf:.2f}  ({result.chrf_signature})")
    click.echo(f"  TER  {result.ter:.2f}  ({result.ter_signature})")
    changed = sum(1 for r in result.rows if r.first != r.other)
    click.echo(f"  {changed} pair(s) differ")
    shown = [r for r in result.most_different(top) if r.first != r.other]
    if shown:
        click.echo("most different pairs:")
    for row in shown:
        click.echo(f"{'+'.join(row.pair_ids)}  chrF {row.chrf:6.2f}  TER {row.ter:6.2f}")
        click.echo(f"  source: {_short(row.source)}")
        click.echo(f"  first:  {_short(row.first)}")
        click.echo(f"  other:  {_short(row.other) or '(nothing)'}")
    if csv_out is not None:
        import csv
        import io

        from qa.atomic import atomic_write_text

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["pair_ids", "chrf", "ter", "source", "first", "other"])
        for row in result.rows:
            writer.writerow([" ".join(row.pair_ids), row.chrf, row.ter, row.source, row.first, row.other])
        atomic_write_text(csv_out, buffer.getvalue())
        click.echo(f"scores: {csv_out}")
