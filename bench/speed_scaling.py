"""How `qa check` scales: synthetic documents of growing length and one paragraph of growing size.

    python -m bench.speed_scaling [--sample PATH] [--sizes 1000,2000,4000] [--paragraph-kb 17,34,69,138]

1. pairs per second of the checks on synthetic documents made by repeating
   the sample's pairs, to show the cost grows linearly with document length
   (document-scope checks included, since they see the whole alignment);
2. one-paragraph inputs: the sample's pairs joined into a single pair of
   growing size, to show that every check is linear in the length of one pair
   too (×2 size should give at most ×2.2 time).

Start-up, cold and warm runs and the per-check budget are bench/speed.py's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SAMPLE = REPO.parent / "shared" / "samples" / "ten-key-points-2021.txt"


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def synthetic(sample: Path, size: int):
    """An alignment of `size` pairs made by repeating the sample's two-sided pairs, with fresh ids.

    Each copy starts with its own number on both sides ("12. ") so no two pairs
    have the same text and no per-text cache makes the repeats free.
    """
    from qa.model import Alignment
    from qa.pipeline import load_alignment

    base = load_alignment(sample)
    body = [p for p in base.pairs if p.source.strip() and p.target.strip() and p.kind != "furniture"]
    pairs = tuple(
        replace(p, id=f"p{i + 1:05d}", source=f"{i + 1}. {p.source}", target=f"{i + 1}. {p.target}")
        for i, p in ((i, body[i % len(body)]) for i in range(size))
    )
    return Alignment(base.doc, pairs)


def scaling(sample: Path, sizes: list[int], per_check: bool) -> None:
    from qa.checks.engine import run_checks
    from qa.checks.registry import all_checks
    from qa.config import Settings
    from qa.report import write_reports

    specs = all_checks()
    pair_specs = [s for s in specs if s.scope == "pair"]
    doc_specs = [s for s in specs if s.scope == "document"]
    print(f"\n## scaling ({len(pair_specs)} pair checks, {len(doc_specs)} document checks)\n")
    print("| pairs | pair checks s | doc checks s | pairs/s (all checks) | findings | reports s |")
    print("|---:|---:|---:|---:|---:|---:|")
    previous = None
    for size in sizes:
        alignment = synthetic(sample, size)
        t_pair, f_pair = timed(run_checks, alignment, pair_specs)
        t_doc, f_doc = timed(run_checks, alignment, doc_specs)
        with tempfile.TemporaryDirectory() as out:
            t_rep, _ = timed(write_reports, alignment, f_pair + f_doc, out, ("csv", "jsonl", "html"), Settings())
        total = t_pair + t_doc
        rate = size / total if total else float("inf")
        print(f"| {size} | {t_pair:.3f} | {t_doc:.3f} | {rate:,.0f} | {len(f_pair) + len(f_doc)} | {t_rep:.3f} |")
        if previous:
            growth = total / previous[1] if previous[1] else float("nan")
            print(f"|  | ×{size / previous[0]:.1f} pairs → ×{growth:.2f} time |  |  |  |  |")
        previous = (size, total)
    if per_check and sizes:
        alignment = synthetic(sample, sizes[0])
        print(f"\n## each check alone on {sizes[0]} pairs (includes the views it computes first)\n")
        rows = [(timed(run_checks, alignment, [spec])[0], spec) for spec in specs]
        for seconds, spec in sorted(rows, key=lambda r: -r[0]):
            print(f"- {spec.id} {spec.name}: {seconds * 1000:.1f} ms")


def one_paragraph(sample: Path, kilobytes: int, first: int = 1):
    """One pair of about `kilobytes` KB (UTF-8, source and target together): the sample's two-sided
    pairs joined into one paragraph on each side, repeated with copies numbered from `first` (another
    `first` gives another text, so no per-text cache makes a repeat free)."""
    from qa.model import Alignment, Pair
    from qa.pipeline import load_alignment

    base = load_alignment(sample)
    body = [p for p in base.pairs if p.source.strip() and p.target.strip() and p.kind != "furniture"]
    sources: list[str] = []
    targets: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        p = body[len(sources) % len(body)]
        n = len(sources) + first
        sources.append(f"{n}. {p.source}")
        targets.append(f"{n}. {p.target}")
        size += len(sources[-1].encode()) + len(targets[-1].encode()) + 2
    return Alignment(base.doc, (Pair("p00001", "".join(sources), " ".join(targets)),))


def paragraph_scaling(sample: Path, sizes: list[int], per_check: bool) -> None:
    from qa.checks.engine import run_checks
    from qa.checks.registry import all_checks

    specs = all_checks()
    run_checks(one_paragraph(sample, 4, first=10**6), specs)  # load the models and dictionaries first
    print(f"\n## one paragraph ({len(specs)} checks on a single pair, best of 3 distinct texts)\n")
    print("| KB | seconds | findings | growth |")
    print("|---:|---:|---:|---|")
    previous = None
    times = {}
    for kb in sizes:
        runs = [timed(run_checks, one_paragraph(sample, kb, first=1 + 1000 * r), specs) for r in range(3)]
        seconds, findings = min(runs, key=lambda run: run[0])
        alignment = one_paragraph(sample, kb)
        growth = ""
        if previous:
            growth = f"×{kb / previous[0]:.1f} size → ×{seconds / previous[1]:.2f} time"
        print(f"| {kb} | {seconds:.2f} | {len(findings)} | {growth} |")
        previous = (kb, seconds)
        times[kb] = alignment
    if per_check and sizes:
        alignment = times[sizes[-1]]
        print(f"\n### each check alone on the {sizes[-1]} KB paragraph\n")
        rows = [(timed(run_checks, alignment, [spec])[0], spec) for spec in specs]
        for seconds, spec in sorted(rows, key=lambda r: -r[0])[:8]:
            print(f"- {spec.id} {spec.name}: {seconds:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    parser.add_argument("--sizes", default="1000,2000,4000")
    parser.add_argument("--paragraph-kb", default="17,34,69,138", help="sizes of the one-paragraph inputs")
    parser.add_argument("--only-paragraph", action="store_true", help="only the one-paragraph rows")
    parser.add_argument("--per-check", action="store_true", help="also time each check alone")
    args = parser.parse_args(argv)
    if not args.sample.exists():
        print(f"sample not found: {args.sample}", file=sys.stderr)
        return 2
    paragraph_kb = [int(s) for s in args.paragraph_kb.split(",") if s.strip()]
    if not args.only_paragraph:
        scaling(args.sample, [int(s) for s in args.sizes.split(",") if s.strip()], args.per_check)
    paragraph_scaling(args.sample, paragraph_kb, args.per_check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
