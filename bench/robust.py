"""Robustness bench: the property tests with a large example count, and big-file reads.

    .venv/bin/python bench/robust.py                 # 2,000 cases per property
    .venv/bin/python bench/robust.py --examples 500 --real-aligner 50 --no-big
    .venv/bin/python bench/robust.py --faults          # only the fault suite (bench/faults/)

For each property it prints the number of cases tried and the number of
unexpected exceptions (anything but qa.errors.InputError, or a broken
property); zero is expected. Then it reads a 50 MB page and a page with one
1 MB paragraph in child processes and prints time and peak memory.
Exit status 1 if any property had an unexpected exception.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from tests.io import test_properties as props  # noqa: E402


def run_property(name: str, strategy, prop, examples: int, seed: int) -> tuple[int, list[str]]:
    """Run `prop` on `examples` generated cases; collect failures instead of stopping at the first."""
    tried = 0
    failures: list[str] = []

    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def body(case):
        nonlocal tried
        tried += 1
        try:
            prop(*case) if isinstance(case, tuple) else prop(case)
        except Exception as exc:  # the property raises only for unexpected behaviour
            if len(failures) < 5:
                failures.append(f"{type(exc).__name__}: {str(exc)[:200]} <- {case!r:.300}\n{traceback.format_exc(limit=3)}")
            else:
                failures.append(type(exc).__name__)

    import hypothesis

    hypothesis.seed(seed)(body)()
    return tried, failures


def with_fake_embeddings(prop):
    def run(*case):
        import qa.align.embed

        original = qa.align.embed.embed
        qa.align.embed.embed = props.fake_embed
        try:
            prop(*case)
        finally:
            qa.align.embed.embed = original

    return run


BIG_PROBE = r"""
import json, resource, sys, time
from pathlib import Path
from qa.io import read_document
path = Path(sys.argv[1])
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
doc = read_document(path)
print(json.dumps({"seconds": round(time.perf_counter() - start, 2),
                  "peak_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024, 1),
                  "paragraphs": len(doc.paragraphs), "longest_paragraph": max(len(p.text) for p in doc.paragraphs)}))
"""


def big_files(folder: Path) -> None:
    from tests.io.test_hostile import make_big_page, make_long_paragraph_page

    cases = {"50 MB page": folder / "fifty.txt", "1 MB paragraph": folder / "long.txt"}
    make_big_page(cases["50 MB page"], 50)
    make_long_paragraph_page(cases["1 MB paragraph"], 1.0)
    for label, path in cases.items():
        run = subprocess.run([sys.executable, "-c", BIG_PROBE, str(path)], capture_output=True, text=True, cwd=REPO)
        size = path.stat().st_size / 2**20
        if run.returncode:
            print(f"{label:>16}: {size:.1f} MB FAILED: {run.stderr.strip().splitlines()[-1:]}")
        else:
            print(f"{label:>16}: {size:.1f} MB -> {json.loads(run.stdout)}")


def faults() -> int:
    """The fault suite: every module of bench.faults that exists, as one table; exit 1 if a case failed."""
    import importlib.util

    from bench.faults import FAULT_MODULES, run_all, table

    present = []
    for name in FAULT_MODULES:
        if importlib.util.find_spec(name) is None:
            print(f"note: {name} is not there yet; its cases are skipped")
        else:
            present.append(name)
    results = run_all(present)
    print(table(results))
    failed = sum(1 for r in results if not r.ok)
    print(f"{len(results)} fault case(s), {failed} not as expected")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="cases per property (default 2000)")
    parser.add_argument("--real-aligner", type=int, default=100, help="cases for the aligner with the real sentence encoder (slow: ~0.2 s per embedding call)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--no-big", action="store_true", help="skip the 50 MB and 1 MB-paragraph reads")
    parser.add_argument("--faults", action="store_true", help="run the fault suite (bench/faults/) instead")
    args = parser.parse_args()
    if args.faults:
        return faults()

    plan = [
        ("read_document on any bytes", props.READER_INPUT, props.reader_property, args.examples),
        ("CAT readers on any bytes / near-XLIFF", st.one_of(props.xliff_like(), st.binary(max_size=600)), props.cat_reader_property, args.examples),
        ("number normalisation", props.NUMBER_INPUT, props.numbers_property, args.examples),
        ("aligner DP (stand-in embeddings)", props.LONG_ALIGN_INPUT, with_fake_embeddings(props.aligner_property), args.examples),
        ("aligner (real encoder)", props.ALIGN_INPUT, props.aligner_property, args.real_aligner),
    ]
    total_unexpected = 0
    for name, strategy, prop, examples in plan:
        if examples <= 0:
            continue
        start = time.perf_counter()
        tried, failures = run_property(name, strategy, prop, examples, args.seed)
        total_unexpected += len(failures)
        print(f"{name:>40}: {tried:5d} cases, {len(failures)} unexpected exceptions ({time.perf_counter() - start:.1f} s)")
        for failure in failures[:3]:
            print("    " + failure.replace("\n", "\n    "))
    if not args.no_big:
        with tempfile.TemporaryDirectory(prefix="qa-robust-") as folder:
            big_files(Path(folder))
    print(f"unexpected exceptions: {total_unexpected}")
    return 1 if total_unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
