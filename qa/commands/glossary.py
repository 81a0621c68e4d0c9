"""`qa glossary extract`: propose a glossary from aligned documents for an editor to review."""

from __future__ import annotations

import csv
from pathlib import Path

import click

from qa.terminal import printable


@click.group("glossary")
def glossary() -> None:
    """Work with termbases (CSV/TSV/TBX glossaries)."""


@glossary.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="TSV file to write")
@click.option("--min-count", default=2, show_default=True, help="keep terms seen at least this often")
def extract(inputs: tuple[str, ...], output: str, min_count: int) -> None:
    """Propose source terms and names with their renderings and counts.

    The TSV has the glossary columns (source, target, status, note): target is
    the most frequent rendering, note lists every rendering with its count.
    """
    from qa.atomic import atomic_open
    from qa.glossary import propose
    from qa.io.files import shown
    from qa.io.guard import refuse_overwriting

    out = Path(output)
    refuse_overwriting([out], [(path, "the input") for path in inputs])
    rows = propose(inputs, min_count)
    with atomic_open(out, "w", encoding="utf-8", newline="") as fh:  # all or nothing; unwritable folder: exit 2
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["source", "target", "status", "note"])
        writer.writerows(rows)
    click.echo(f"{len(rows)} terms written to {printable(shown(output))}")
