"""`qa align`: pair source and target and write the alignment for review.

One document per call, or many in one process (`--pairs LIST`, or a folder
of NAME.zh/NAME.en files) so the encoder and dictionaries load once: six
chapters cost one start-up, not six.
"""

from __future__ import annotations

from pathlib import Path

import click

from qa.terminal import printable


@click.command()
@click.argument("input", required=False, type=click.Path(dir_okay=True, path_type=Path))
@click.option("--target", "target", type=click.Path(path_type=Path), help="English translation, when INPUT holds only the Chinese.")
@click.option("--pairs", "pairs_list", type=click.Path(dir_okay=False, path_type=Path),
              help="Align many documents in one call: a file with one 'CHINESE<TAB>ENGLISH' pair of paths per line "
                   "(relative to the file; # starts a comment). A folder INPUT aligns each NAME.zh with NAME.en.")
@click.option("-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("alignments"), show_default=True, help="Folder for the alignment file.")
@click.option("--one-per-line", is_flag=True, help="Both files are already split: one sentence per line.")
@click.option("--format", "fmt", type=click.Choice(["tsv", "beads"]), default="tsv", show_default=True, help="tsv: pair_id, type, score, source, target; beads: [0,1]:[0] per line.")
@click.option("--level", type=click.Choice(["sentence", "paragraph"]), default="sentence", show_default=True, help="Write sentence pairs inside paragraph pairs, or paragraph pairs only.")
def align(input: Path | None, target: Path | None, pairs_list: Path | None, outdir: Path, one_per_line: bool,
          fmt: str, level: str) -> None:
    """Align a bilingual document (or a Chinese file and its --target translation, or many pairs: --pairs, a folder)."""
    from qa.errors import UsageError

    jobs = _jobs(input, target, pairs_list)
    if fmt == "beads" and not (one_per_line and all(translation is not None for _, translation in jobs)):
        raise UsageError("--format beads needs two files split one sentence per line (--target FILE --one-per-line)")
    outputs = [outdir / f"{source.stem}.{'align' if fmt == 'beads' else 'tsv'}" for source, _ in jobs]
    _refuse_clashes(outputs, jobs)
    from qa.progress import steps

    with steps("align", ("read and align", "write"), len(jobs)) as progress:  # on a terminal, after a second
        for (source, translation), out in zip(jobs, outputs):
            _align_one(source, translation, out, one_per_line, fmt, level, progress)


def _jobs(input: Path | None, target: Path | None, pairs_list: Path | None) -> list[tuple[Path, Path | None]]:
    """(Chinese or bilingual file, English file or None) for each document to align, checked before any is read."""
    from qa.errors import UsageError
    from qa.io.files import shown

    if pairs_list is not None:
        if input is not None or target is not None:
            raise UsageError("--pairs names every file: give no INPUT or --target with it")
        return _listed_pairs(pairs_list)
    if input is None:
        raise UsageError("give an INPUT file or folder, or --pairs LIST")
    if input.is_dir():
        if target is not None:
            raise UsageError(f"{printable(shown(input))} is a folder: it pairs NAME.zh with NAME.en itself, no --target")
        return _folder_pairs(input)
    return [(input, target)]


def _folder_pairs(folder: Path) -> list[tuple[Path, Path | None]]:
    """NAME.zh with NAME.en in `folder`, by name; a Chinese file without its English is an error."""
    from qa.errors import InputError
    from qa.io.files import shown

    chinese = sorted(p for p in folder.iterdir() if p.suffix == ".zh" and p.is_file())
    if not chinese:
        raise InputError(f"{printable(shown(folder))}: no NAME.zh files to align (each with its NAME.en)")
    missing = [p for p in chinese if not p.with_suffix(".en").is_file()]
    if missing:
        raise InputError(f"{printable(shown(missing[0]))}: no {printable(missing[0].with_suffix('.en').name)} beside it")
    return [(p, p.with_suffix(".en")) for p in chinese]


def _listed_pairs(listing: Path) -> list[tuple[Path, Path | None]]:
    """The pairs of a --pairs file: 'CHINESE<TAB>ENGLISH' per line, paths relative to the file."""
    from qa.errors import InputError
    from qa.io.files import read_user_file, shown

    text = read_user_file(listing, "pairs list", 1_000_000).decode("utf-8", errors="replace")
    pairs: list[tuple[Path, Path | None]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) != 2 or not all(fields):
            raise InputError(f"{printable(shown(listing))}:{number}: expected 'CHINESE<TAB>ENGLISH' (two paths)")
        source, translation = (listing.parent / f for f in fields)
        for path in (source, translation):
            if not path.is_file():
                raise InputError(f"{printable(shown(listing))}:{number}: {printable(shown(path))} is not a file")
        pairs.append((source, translation))
    if not pairs:
        raise InputError(f"{printable(shown(listing))}: no pairs listed")
    return pairs


def _refuse_clashes(outputs: list[Path], jobs: list[tuple[Path, Path | None]]) -> None:
    """Two documents writing one file, or an output over any input: refused before anything is written."""
    from qa.errors import UsageError
    from qa.io.files import shown

    seen: dict[Path, Path] = {}
    for out, (source, _) in zip(outputs, jobs):
        if out in seen:
            raise UsageError(f"{printable(shown(seen[out]))} and {printable(shown(source))} would both write "
                             f"{printable(shown(out))}: give them different names")
        seen[out] = source
    inputs = [path for job in jobs for path in job if path is not None]
    for out in outputs:
        _refuse_overwriting_input(out, *inputs)


def _align_one(source: Path, translation: Path | None, out: Path, one_per_line: bool, fmt: str, level: str,
               progress) -> None:
    from qa.io.alignment_file import write_alignment_tsv, write_beads
    from qa.io.files import shown
    from qa.pipeline import load_alignment

    progress.step("read and align")
    alignment = load_alignment(source, translation, one_per_line=one_per_line,
                               level="paragraph" if one_per_line else level)  # type: ignore[arg-type]
    progress.step("write")
    out = write_beads(alignment, out) if fmt == "beads" else write_alignment_tsv(alignment, out)
    counts: dict[str, int] = {}
    for pair in alignment.pairs:
        counts[pair.type] = counts.get(pair.type, 0) + 1
    summary = ", ".join(f"{n} × {t}" for t, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    notes = "".join(f"; {note}" for note in alignment.notes)
    with progress.bar.external_write_mode():  # the bar steps aside while the line is printed
        click.echo(f"{len(alignment.pairs)} pairs ({summary}{notes}) → {printable(shown(out))}")


def _refuse_overwriting_input(out: Path, *inputs: Path | None) -> None:
    from qa.io.guard import refuse_overwriting

    refuse_overwriting([out], [(path, "the input") for path in inputs if path is not None])
