"""Audit throughput: documents per second for 200 generated documents with 1 and 2 jobs.

    .venv/bin/python -m bench.audit [--docs 200] [--jobs 1,2] [--out DIR]

The documents are the bundled sample (samples/county-work-report.txt) with
errors injected and numbers varied so every file differs (see
`generate_archive`, also used by tests/test_audit.py). Each run starts from
an empty cache (--force) so it measures checking, not cache hits. Wall time
includes starting the workers and loading their models once each, which is
what a user waits for; the per-document rate after start-up is printed too.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "samples" / "county-work-report.txt"

# Injected errors, one class each, applied to the English only (old, new, what).
INJECTIONS = (
    ("5,768 households", "5,786 households", "number changed"),
    ("“Three Rural Issues” policy", "“Three Agricultural Issues” policy", "term rendered another way"),
    ("County Head Wang Xiaoming", "County Head Xiaoming", "surname dropped"),
    ("train 300 village doctors", "train 30 village doctors", "number changed"),
)


def variant(text: str, index: int) -> tuple[str, list[str]]:
    """The sample with document-specific numbers and, for some documents, injected errors."""
    villages = 10 + index
    text = text.replace("build 12 digital villages", f"build {villages} digital villages")
    text = text.replace("建设12个数字乡村", f"建设{villages}个数字乡村")
    injected = []
    for k, (old, new, what) in enumerate(INJECTIONS):
        if index % (k + 2) == 0:  # every 2nd, 3rd, 4th, 5th document
            assert old in text, old
            text = text.replace(old, new, 1)
            injected.append(what)
    return text, injected


def generate_archive(folder: Path, count: int, sample: Path = SAMPLE) -> dict[str, list[str]]:
    """`count` documents under folder/batchN/report-MM.txt (names repeat across batches); returns injections."""
    base = sample.read_text(encoding="utf-8")
    manifest = {}
    for i in range(count):
        text, injected = variant(base, i)
        rel = f"batch{i % 5}/report-{i // 5:03d}.txt"
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        manifest[rel] = injected
    return manifest


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, float]:
    from qa.audit import AuditConfig, registered_check_modules, run_audit
    from qa.config import load_settings

    settings = load_settings(None, {"formats": ("csv", "html")})
    config = AuditConfig(settings=settings, outdir=str(out), formats=settings.formats,
                         check_modules=registered_check_modules(), no_accept=True)
    started = time.perf_counter()
    result = run_audit([folder], config, jobs=jobs, force=True, progress=False)
    wall = time.perf_counter() - started
    per_doc = sorted(r.get("seconds", 0.0) for r in result.ok)
    median = per_doc[len(per_doc) // 2] if per_doc else 0.0  # the first document of a worker also loads the models
    return wall, len(result.ok), median


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    from qa.checks.registry import all_checks

    all_checks()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        archive = root / "archive"
        generate_archive(archive, args.docs)
        print(f"{args.docs} documents of {SAMPLE.stat().st_size} bytes (bundled sample with injected errors)")
        print(f"{'jobs':>4}  {'wall s':>7}  {'docs/s':>7}  {'speed-up':>8}  {'median s/doc':>15}")
        baseline = None
        for jobs in [int(j) for j in re.split(r"[, ]+", args.jobs) if j]:
            wall, ok, busy = run(archive, root / f"reports-{jobs}", jobs)
            rate = ok / wall if wall else 0.0
            baseline = baseline or rate
            print(f"{jobs:>4}  {wall:7.2f}  {rate:7.2f}  {rate / baseline:7.2f}x  {busy:15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
