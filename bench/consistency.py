"""Consistency benchmark (issue 17), per corpus with document boundaries: findings of the
consistency checks (T1xx, M103) per 100 clean pairs split by the hand review, and recall of
the consistency injectors (bench/inject_consistency.py).

    .venv/bin/python -m bench.consistency [--trials 3] [--seed 7] [--corpus NAME ...]

Runs only the consistency checks, so it takes a minute or two, not bench.detect's twenty.
NTREX-128 (English original, Chinese translation in the source column) joins the corpora
here: it has real document boundaries.
"""

from __future__ import annotations

import argparse
import sys

from bench.corpora import ALL_CORPORA, SHARED, sample_document
from bench.detect import checks_to_run, corpus_report
from bench.inject_consistency import INJECTORS
from qa.checks.engine import run_checks

CONSISTENCY_CHECKS = ("T1", "M103")
CONSISTENCY_CORPORA = ALL_CORPORA


def consistency_specs() -> list:
    return [s for s in checks_to_run() if s.id.startswith(CONSISTENCY_CHECKS)]


def run(trials: int, seed: int, names: list[str], injectors: list[str] | None = None,
        show_misses: bool = False) -> str:
    specs = consistency_specs()
    injector_names = injectors or [i.name for i in INJECTORS]
    lines: list[str] = []
    for name in names:
        lines += corpus_report(CONSISTENCY_CORPORA[name], specs, trials, seed, show_misses, False, injector_names)
    sample = sample_document()
    if sample is not None:
        found = run_checks(sample, checks=specs)
        lines.append(f"Sample page: {len(found)} consistency finding(s):")
        lines += [f"  {f.check_id} {f.pair_id} {f.source_span[:20]!r} {f.target_span[:60]!r} → {f.suggestion[:60]!r}"
                  for f in found]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=3, help="injections per type per document (0: no recall)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", action="append", choices=sorted(CONSISTENCY_CORPORA), metavar="NAME",
                        help=f"run only this corpus (repeatable): {', '.join(CONSISTENCY_CORPORA)}")
    parser.add_argument("--injector", action="append", choices=[i.name for i in INJECTORS], metavar="NAME",
                        help="recall of this injector only (repeatable; each injector draws from its own "
                             "generator, so its figures are those of the full run)")
    parser.add_argument("--show-misses", action="store_true", help="list every missed injection")
    args = parser.parse_args(argv)
    if not SHARED.exists():
        sys.exit("no clean data: ../shared is missing")
    print(run(args.trials, args.seed, args.corpus or list(CONSISTENCY_CORPORA), args.injector, args.show_misses))


if __name__ == "__main__":
    main()
