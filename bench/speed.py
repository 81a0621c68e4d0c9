"""How fast qa is where a user waits: start-up, cold and warm `qa check`, `corrections verify`, `qa align --pairs`.

    python -m bench.speed [--repeats 3] [--first-run] [--no-align] [--no-verify]
    python -m bench.speed --profile    # where the warm run's time goes (pyinstrument, from the test extras)

Every "cold" figure is a new process, as a user starts it, with the per-user
caches (qa.lang.cache) already built; `--first-run` also times a run with an
empty cache directory (what the very first run after installing pays). Each
child's wall time and CPU time (user + system, from getrusage) are both shown:
on a shared machine wall time measures the neighbours, CPU time the code.
Children run with bytecode caching on (an installed package has its .pyc).

1. start-up: `qa --help`;
2. cold `qa check` of the sample page (CLI, CSV+JSONL+HTML), best and median;
   then "re-check after an edit": the page with one English sentence changed,
   checked cold with the sentence embeddings the check before the edit kept
   (qa.align.embed_store). Every other figure is a new document's: its
   children run with that store off (QA_EMBEDDING_CACHE=off), so no
   embedding of an earlier run of the same page is read;
3. the same cold run split into stages (imports, read+align, checks,
   reports), then warm runs in that process: the sample page as a second
   document (after another one) and the same page again;
4. where the warm run's CPU goes (each process's checks in turn, per check,
   and the sentence encoder's texts, tokens and CPU); each resource's cold
   load and each check's budget: the check alone on the sample page with the
   resources loaded but nothing about the page cached;
5. `qa corrections verify` of one pair, and MAC-Dev's six chapters in one
   `qa align --pairs` call;
6. the goals of issue 19, met or not (judged on wall time; on a busy machine
   read the CPU column).

Scaling with document and paragraph length: bench/speed_scaling.py.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.speed_recheck import recheck_run
from bench.speed_split import print_warm_split

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEFAULT_SAMPLE = SHARED / "samples" / "ten-key-points-2021.txt"
SECOND = REPO / "samples" / "county-work-report.txt"
MAC_DEV = SHARED / "bench" / "align" / "mac-dev"
GOALS = {"cold qa check": 2.0, "warm (second document)": 0.3, "corrections verify": 2.0, "align 6 chapters": 12.0}
# `qa` as its console script runs it, plus the CPU of its main thread written at exit: with the checks split
# over two processes (and the tokenizer loading on a thread), the main thread's CPU, not the sum, is what
# the wall time on an idle machine is made of (with any wait for the second process on top).
QA = ("import atexit, os, time\n"
      "def _cpu(path=os.environ.get('QA_BENCH_MAIN_CPU')):\n"
      "    if path:\n"
      "        open(path, 'w').write(str(time.thread_time()))\n"
      "atexit.register(_cpu)\n"
      "from qa.cli import main; main()")


def child_env(cache_home: Path | None = None, embeddings: Path | None = None) -> dict[str, str]:
    """The children's environment: no embedding kept by an earlier run of the same page is read (every figure
    but the re-check's is a new document's), unless `embeddings` names a store file for the run."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if cache_home is not None:
        env["XDG_CACHE_HOME"] = str(cache_home)
    env["QA_EMBEDDING_CACHE"] = str(embeddings) if embeddings is not None else "off"
    return env


def run_child(args: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[float, float, str, float]:
    """(wall s, CPU s, stdout, main CPU s) of one child process.

    CPU is user+system from getrusage, of the child and the processes it
    forked; main CPU is its main thread's (the `QA` program writes it at exit).
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.NamedTemporaryFile(prefix="qa-bench-cpu-", delete=False) as note:
        pass
    env = dict(env or child_env(), QA_BENCH_MAIN_CPU=note.name)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    written = Path(note.name).read_text(encoding="utf-8").strip()
    Path(note.name).unlink()
    if done.returncode != 0:  # every run is --exit-zero: anything else is a failure, not a time
        raise SystemExit(f"child failed ({done.returncode}): {' '.join(args)}\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout, float(written) if written else cpu


def check_args(sample: Path, out: Path) -> list[str]:
    return ["-c", QA, "check", str(sample), "-o", str(out), "--isolated", "--no-accept", "-q", "--exit-zero"]


def repeated(args: list[str], repeats: int, env: dict[str, str] | None = None) -> dict[str, float]:
    return summary([run_child(args, env=env) for _ in range(repeats)])


def summary(runs: list[tuple]) -> dict[str, float]:
    """Best and median wall and CPU of `run_child` results, and the best CPU of the main process."""
    walls, cpus, mains = [r[0] for r in runs], [r[1] for r in runs], [r[3] for r in runs]
    return {"wall best": min(walls), "wall median": statistics.median(walls),
            "cpu best": min(cpus), "cpu median": statistics.median(cpus), "main cpu best": min(mains)}


def first_run(sample: Path, out: Path) -> tuple[float, float]:
    """A cold check with an empty cache directory: every cache is built."""
    with tempfile.TemporaryDirectory() as home:
        wall, cpu, _, _ = run_child(check_args(sample, out), env=child_env(Path(home)))
    return wall, cpu


def verify_run(sample: Path, work: Path, repeats: int) -> dict[str, float]:
    """`qa corrections verify` of one reported pair (the report is recorded first, untimed)."""
    ledger = work / "ledger.sqlite"
    run_child(["-c", QA, "corrections", "--ledger", str(ledger), "add", "--doc", str(sample),
               "--quote", "Zhang Anjun", "--suggest", "Chang'an Jun"], cwd=work)
    return repeated(["-c", QA, "corrections", "--ledger", str(ledger), "verify", "1"], repeats)


def align_run(work: Path, repeats: int, separately: bool = False) -> dict[str, float] | None:
    """MAC-Dev's six chapters (one sentence per line) aligned by one `qa align --pairs` call (or one call each)."""
    if not (MAC_DEV / "zh").is_dir():
        return None
    chapters = sorted(p.name for p in (MAC_DEV / "zh").iterdir() if p.is_file())
    if separately:
        runs = [[run_child(["-c", QA, "align", str(MAC_DEV / "zh" / c), "--target", str(MAC_DEV / "en" / c),
                            "--one-per-line", "-o", str(work / "apart")])[:2] for c in chapters] for _ in range(repeats)]
        walls, cpus = [sum(w for w, _ in run) for run in runs], [sum(c for _, c in run) for run in runs]
        return {"wall best": min(walls), "wall median": statistics.median(walls),
                "cpu best": min(cpus), "cpu median": statistics.median(cpus)}
    listing = work / "pairs.tsv"
    listing.write_text("".join(f"{MAC_DEV / 'zh' / c}\t{MAC_DEV / 'en' / c}\n" for c in chapters), encoding="utf-8")
    return repeated(["-c", QA, "align", "--pairs", str(listing), "--one-per-line", "-o", str(work / "aligned")], repeats)


# ---- in the child: stages, warm runs, resources and the per-check budget ----

def _clock() -> tuple[float, float, float]:
    """(wall, CPU, main CPU) now: CPU counts this process, its reaped children and the resident child (the checks'
    second process, which lives as long as the `check_processes` block)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    own = time.thread_time()  # this (main) thread: the checks' second process runs beside it
    cpu = time.process_time() + children.ru_utime + children.ru_stime + _resident_cpu()
    return time.perf_counter(), cpu, own


def _resident_cpu() -> float:
    """User + system CPU so far of the checks' resident child (Linux /proc; 0 elsewhere or when there is none)."""
    from qa.checks.workers import resident_pid

    pid = resident_pid()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split() if pid else []
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") if fields else 0.0


def _since(start: tuple[float, float, float]) -> dict[str, float]:
    wall, cpu, own = _clock()
    return {"wall": wall - start[0], "cpu": cpu - start[1], "main cpu": own - start[2]}


def child_stages(sample: Path, second: Path, warm: bool) -> dict:
    """Stages of `qa check` in this fresh process.

    Not `warm`: the sample page cold, then the same page again. `warm`: another
    document first and every resource a check declares loaded (as `qa audit`
    does before its workers fork), then the sample page as the second document.
    """
    import gc

    gc.disable()  # as `qa check` runs (qa.cli.short_lived)
    start = _clock()
    from qa.checks.engine import check_processes, run_checks, usable_cores
    from qa.checks.registry import all_checks, check_set
    from qa.config import Settings
    from qa.lang.profile import load_resources
    from qa.pipeline import load_alignment
    from qa.report import write_reports

    specs = all_checks()
    stages = {"imports + check set": _since(start)}
    out = tempfile.mkdtemp()

    def one(path: Path, prefix: str) -> None:
        t = _clock()
        alignment = load_alignment(path)
        stages[f"{prefix}: read + align"] = _since(t)
        t = _clock()
        findings = run_checks(alignment, specs)
        stages[f"{prefix}: checks"] = _since(t)
        t = _clock()
        write_reports(alignment, findings, out, ("csv", "jsonl", "html"), Settings(), checks=[s.id for s in specs])
        stages[f"{prefix}: reports"] = _since(t)
        parts = [v for n, v in stages.items() if n.startswith(f"{prefix}:")]
        stages[f"{prefix}: total"] = {k: sum(v[k] for v in parts) for k in ("wall", "cpu", "main cpu")}

    with check_processes(min(2, usable_cores())):  # as `qa check a b` runs: one block over its documents
        if warm:
            one(second, "first document")
            load_resources(check_set().requirements(specs))
            one(sample, "warm (second document)")
        else:
            one(sample, "cold")
            one(sample, "same page again")
    return stages


def _per_text_caches() -> list:
    """qa's lru caches of more than one entry (per text, per word): cleared between checks; resources stay loaded."""
    import functools
    import gc

    return [obj for obj in gc.get_objects()
            if isinstance(obj, functools._lru_cache_wrapper) and getattr(obj, "__module__", "").startswith("qa.")
            and (obj.cache_parameters().get("maxsize") or 2) > 1]


def child_profile(sample: Path, second: Path) -> str:
    """pyinstrument's call tree of the warm run (as `child_stages` warm, but every check in this process,
    so that one profile sees them all), functions under 2% of the time left out."""
    import gc

    from pyinstrument import Profiler

    from qa.checks.engine import run_checks
    from qa.checks.registry import all_checks, check_set
    from qa.config import Settings
    from qa.lang.profile import load_resources
    from qa.pipeline import load_alignment
    from qa.report import write_reports

    gc.disable()
    specs = all_checks()
    out = tempfile.mkdtemp()
    run_checks(load_alignment(second), specs)
    load_resources(check_set().requirements(specs))
    profiler = Profiler(interval=0.001)
    with profiler:
        alignment = load_alignment(sample)
        findings = run_checks(alignment, specs)
        write_reports(alignment, findings, out, ("csv", "jsonl", "html"), Settings(), checks=[s.id for s in specs])
    return profiler.output_text(unicode=True, color=False, show_all=False, time="percent_of_total")


def child_budget(sample: Path) -> dict:
    """Each resource's load in this fresh process, then each check alone on the page with nothing per-text cached."""
    from qa.align import embed
    from qa.checks.engine import run_checks
    from qa.checks.registry import all_checks
    from qa.lang.profile import RESOURCES, resource_loader
    from qa.pipeline import load_alignment

    resources = {}
    for name in RESOURCES:
        t = _clock()
        resource_loader(name)()
        resources[name] = _since(t)
    alignment = load_alignment(sample)
    checks = []
    for spec in all_checks(with_off_by_default=True):  # an opt-in check's cost is visible too (issue 18)
        for cache in _per_text_caches():
            cache.cache_clear()
        embed.clear_cache()
        t = _clock()
        found = run_checks(alignment, [spec])
        checks.append({"id": spec.id, "name": spec.name, "requires": list(spec.requires), "findings": len(found),
                       "off_by_default": spec.off_by_default, **_since(t)})
    return {"resources": resources, "checks": checks}


# ---- the parent: run the children, print the tables ----

def child(mode: str, sample: Path) -> dict:
    wall, cpu, out, _ = run_child(["-m", "bench.speed", "--child", mode, "--sample", str(sample)])
    return json.loads(out.strip().splitlines()[-1])


def row(name: str, wall: float, cpu: float) -> str:
    return f"| {name} | {wall:.2f} | {cpu:.2f} |"


def print_stages(sample: Path) -> dict[str, float]:
    stages = {**child("stages", sample), **child("warm", sample)}
    print("\n## stages in one process (wall s; CPU s of every process, and of the main one alone)\n")
    print("| stage | wall s | CPU s | main CPU s |\n|---|---:|---:|---:|")
    for name, t in stages.items():
        print(f"{row(f'**{name}**' if name.endswith('total') else name, t['wall'], t['cpu'])} {t['main cpu']:.2f} |")
    return stages["warm (second document): total"]


def print_budget(sample: Path) -> None:
    budget = child("budget", sample)
    print("\n## resources, each loaded cold from the per-user cache (in this order)\n")
    print("| resource | wall s | CPU s |\n|---|---:|---:|")
    for name, t in budget["resources"].items():
        print(row(name, t["wall"], t["cpu"]))
    print("\n## per-check budget: each check alone on the sample page (resources loaded, nothing per-text cached)\n")
    print("| check | requires | findings | wall ms | CPU ms |\n|---|---|---:|---:|---:|")
    rows = sorted(budget["checks"], key=lambda c: -c["cpu"])
    for c in rows:
        name = f"{c['id']} {c['name']}" + (" (off by default)" if c.get("off_by_default") else "")
        print(f"| {name} | {', '.join(c['requires'])} | {c['findings']} | {c['wall'] * 1000:.0f} | {c['cpu'] * 1000:.0f} |")
    default = [c for c in rows if not c.get("off_by_default")]
    print(f"| **sum of the default checks** | | | {sum(c['wall'] for c in default) * 1000:.0f} | "
          f"{sum(c['cpu'] for c in default) * 1000:.0f} |")


def print_goals(results: dict[str, dict[str, float]]) -> None:
    """Met or not on the best wall time; on a busy machine the main process's CPU is the figure to read
    (the checks' second process runs beside it, so the sum of CPU is more than the wait)."""
    print("\n## goals (issue 19), judged on the best wall time\n")
    print("| run | goal s | wall best s | wall median s | CPU best s | CPU median s | main CPU best s | met |\n"
          "|---|---:|---:|---:|---:|---:|---:|---|")
    for name, r in results.items():
        goal = GOALS.get(name)
        main_cpu = r.get("main cpu best", r["cpu best"])
        met = "" if goal is None else ("yes" if r["wall best"] <= goal else f"no (main CPU {'within' if main_cpu <= goal else 'over'})")
        print(f"| {name} | {goal if goal is not None else ''} | {r['wall best']:.2f} | {r['wall median']:.2f} | "
              f"{r['cpu best']:.2f} | {r['cpu median']:.2f} | {main_cpu:.2f} | {met} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--first-run", action="store_true", help="also time a run with an empty cache directory")
    parser.add_argument("--no-align", action="store_true", help="skip the six-chapter qa align")
    parser.add_argument("--no-verify", action="store_true", help="skip qa corrections verify")
    parser.add_argument("--align-separately", action="store_true", help="align the chapters with one call each")
    parser.add_argument("--no-budget", action="store_true", help="skip the per-check budget")
    parser.add_argument("--profile", action="store_true",
                        help="print the warm run's call tree (pyinstrument, every check in one process) and stop")
    parser.add_argument("--child", choices=("stages", "warm", "budget", "profile"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.sample.exists():
        print(f"sample not found: {args.sample}", file=sys.stderr)
        return 2
    if args.child == "profile":
        print(child_profile(args.sample, SECOND))
        return 0
    if args.profile:
        print(run_child(["-m", "bench.speed", "--child", "profile", "--sample", str(args.sample)])[2])
        return 0
    if args.child:
        result = child_budget(args.sample) if args.child == "budget" else child_stages(args.sample, SECOND, args.child == "warm")
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        run_child(check_args(args.sample, work / "warm-up"))  # bytecode and caches built, page cache warm
        results = {"qa --help": repeated(["-c", QA, "--help"], args.repeats),
                   "cold qa check": repeated(check_args(args.sample, work / "reports"), args.repeats)}
        if args.first_run:
            wall, cpu = first_run(args.sample, work / "first")
            results["first-ever run (builds caches)"] = {"wall best": wall, "wall median": wall, "cpu best": cpu, "cpu median": cpu}
        warm = print_stages(args.sample)
        results["warm (second document)"] = {"wall best": warm["wall"], "wall median": warm["wall"],
                                             "cpu best": warm["cpu"], "cpu median": warm["cpu"], "main cpu best": warm["main cpu"]}
        results["re-check after an edit"] = recheck_run(args.sample, work, args.repeats)
        if not args.no_verify:
            results["corrections verify"] = verify_run(args.sample, work, args.repeats)
        if not args.no_align and (aligned := align_run(work, args.repeats, args.align_separately)) is not None:
            results["align 6 chapters" + (", six calls" if args.align_separately else "")] = aligned
        if not args.no_budget:
            print_warm_split(args.sample)  # bench/speed_split.py
            print_budget(args.sample)
    print_goals(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
