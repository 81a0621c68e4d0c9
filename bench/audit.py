"""Audit throughput: documents per second for 200 generated documents with 1 and 2 jobs.

    .venv/bin/python -m bench.audit [--docs 200] [--jobs 1,2] [--out DIR]

The documents are the bundled sample (samples/county-work-report.txt) with
errors injected and numbers varied so every file differs (see
`tests.fixtures.archive.generate_archive`, which the audit tests use too). Each
run starts from an empty cache (--force) so it measures checking, not cache hits. Wall time
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

from tests.fixtures.archive import generate_archive

REPO = Path(__file__).resolve().parents[1]


def run(folder: Path, out: Path, jobs: int) -> tuple[float, int, float]:
    from qa.workflows.audit import AuditConfig, registered_check_modules, run_audit
    from qa.config import load_settings

    settings = load_settings(None, {"formats": ("csv", "html")})
    config = AuditConfig(settings=settings, outdir=str(out),
                         check_modules=registered_check_modules(), no_accept=True)
    started = time.perf_counter()
    result = run_audit([folder], config, jobs=jobs, force=True, progress=False)
    wall = time.perf_counter() - started
    per_doc = sorted(r.seconds for r in result.ok)
    median = per_doc[len(per_doc) // 2] if per_doc else 0.0  # the first document of a worker also loads the models
    return wall, len(result.ok), median


def _one_run(archive: Path, out: Path, jobs: int, modules: str) -> dict:
    """One configuration in a fresh interpreter, so no run inherits models another loaded."""
    import json
    import subprocess

    code = (
        "import importlib, json, sys\n"
        "from pathlib import Path\n"
        "from bench.audit import run\n"
        "from qa.checks.registry import all_checks\n"
        "if __name__ == '__main__':\n"
        f"    [importlib.import_module(m) for m in {modules!r}.split(',') if m]\n"
        "    all_checks()\n"
        f"    wall, ok, median = run(Path({str(archive)!r}), Path({str(out)!r}), {jobs})\n"
        "    print(json.dumps({'wall': wall, 'ok': ok, 'median': median}))\n"
    )
    script = out.parent / f"run-{jobs}.py"
    script.write_text(code, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=REPO,
                          env={**__import__("os").environ, "PYTHONPATH": str(REPO)})
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--jobs", default="1,2")
    parser.add_argument("--repeat", type=int, default=8, help="sample variants per document (document length)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--modules", default="", help="extra check modules to import (development)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = args.out or Path(tmp)
        archive = root / "archive"
        generate_archive(archive, args.docs, repeat=args.repeat)
        size = sum(p.stat().st_size for p in archive.rglob("*.txt")) // args.docs
        print(f"{args.docs} documents of about {size} bytes ({args.repeat} x the bundled sample, errors injected)")
        print(f"{'jobs':>4}  {'wall s':>7}  {'docs/s':>7}  {'speed-up':>8}  {'median s/doc':>12}")
        baseline = None
        for jobs in [int(j) for j in re.split(r"[, ]+", args.jobs) if j]:
            r = _one_run(archive, root / f"reports-{jobs}", jobs, args.modules)
            rate = r["ok"] / r["wall"] if r["wall"] else 0.0
            baseline = baseline or rate
            print(f"{jobs:>4}  {r['wall']:7.2f}  {rate:7.2f}  {rate / baseline:7.2f}x  {r['median']:12.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
