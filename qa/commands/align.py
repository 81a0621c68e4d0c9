"""`qa align`: pair source and target and write the alignment for review."""

from __future__ import annotations

from pathlib import Path

import click

from qa.terminal import printable


@click.command()
@click.argument("input", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--target", "target", type=click.Path(path_type=Path), help="English translation, when INPUT holds only the Chinese.")
@click.option("-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("alignments"), show_default=True, help="Folder for the alignment file.")
@click.option("--one-per-line", is_flag=True, help="Both files are already split: one sentence per line.")
@click.option("--format", "fmt", type=click.Choice(["tsv", "beads"]), default="tsv", show_default=True, help="tsv: pair_id, type, score, source, target; beads: [0,1]:[0] per line.")
@click.option("--level", type=click.Choice(["sentence", "paragraph"]), default="sentence", show_default=True, help="Write sentence pairs inside paragraph pairs, or paragraph pairs only.")
def align(input: Path, target: Path | None, outdir: Path, one_per_line: bool, fmt: str, level: str) -> None:
    """Align a bilingual document (or a Chinese file and its --target translation)."""
    from qa.errors import UsageError
    from qa.io.files import shown
    from qa.io.alignment_file import write_alignment_tsv, write_beads
    from qa.pipeline import load_alignment

    if fmt == "beads" and not (target and one_per_line):
        raise UsageError("--format beads needs two files split one sentence per line (--target FILE --one-per-line)")
    alignment = load_alignment(input, target, one_per_line=one_per_line, level="paragraph" if one_per_line else level)
    out = outdir / f"{input.stem}.{'align' if fmt == 'beads' else 'tsv'}"
    _refuse_overwriting_input(out, input, target)
    if fmt == "beads":
        out = write_beads(alignment, out)
    else:
        out = write_alignment_tsv(alignment, out)
    counts: dict[str, int] = {}
    for pair in alignment.pairs:
        counts[pair.type] = counts.get(pair.type, 0) + 1
    summary = ", ".join(f"{n} × {t}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    click.echo(f"{len(alignment.pairs)} pairs ({summary}) → {printable(shown(out))}")


def _refuse_overwriting_input(out: Path, *inputs: Path | None) -> None:
    from qa.io.guard import refuse_overwriting

    refuse_overwriting([out], [(path, "the input") for path in inputs if path is not None])
