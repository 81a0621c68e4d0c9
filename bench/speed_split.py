"""Where the warm `qa check` run's CPU goes, by process and check (bench/speed.py prints it with its budget).

    python -m bench.speed_split [--sample PAGE]   # one JSON line: per process, per check, the encoder

The engine splits a later document's checks over two processes
(qa.checks.engine.runs_here); the wall time of a warm run is about the
larger of the two. Here each group runs in turn in one process, after
another document, with every resource loaded, so each group's CPU and each
check's share can be read apart; the sentence encoder's calls are counted
(texts, sentencepiece tokens, CPU), since its matrix products set a floor.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path


def child_warm_split(sample: Path, second: Path) -> dict:
    """Where the warm run's CPU goes: each process's group of checks (as the engine splits them for a later
    document) run one after the other in this process, after another document; CPU per check (a view several
    checks share is counted on the first that asks) and the sentence encoder's texts, tokens and CPU."""
    import gc
    from dataclasses import replace

    from qa.align import embed
    from qa.checks.engine import run_checks, runs_here
    from qa.checks.registry import all_checks, check_set
    from qa.lang.profile import load_resources
    from qa.pipeline import load_alignment

    gc.disable()
    specs = all_checks()
    run_checks(load_alignment(second), specs)
    load_resources(check_set().requirements(specs))
    spent: dict[str, float] = {}
    backend = embed.model()._backend
    encoder = {"calls": 0, "texts": 0, "tokens": 0, "cpu": 0.0}

    def timed(spec):
        def run(*args):
            start = time.thread_time()
            found = list(spec.func(*args))
            spent[spec.id] = spent.get(spec.id, 0.0) + time.thread_time() - start
            return found
        return replace(spec, func=run)

    def encode(texts, _encode=backend.encode):
        start = time.thread_time()
        vectors = _encode(texts)
        encoder["cpu"] += time.thread_time() - start
        encoder.update(calls=encoder["calls"] + 1, texts=encoder["texts"] + len(texts),
                       tokens=encoder["tokens"] + sum(len(backend.sp.encode(t)) for t in texts))
        return vectors

    backend.encode = encode
    alignment = load_alignment(sample)
    out = {}
    for name, here in (("main", True), ("child", False)):
        spent.clear()
        start = time.thread_time()
        run_checks(alignment, [timed(s) for s in specs if runs_here(s, first_document=False) == here])
        out[name] = {"cpu": time.thread_time() - start, "checks": dict(spent)}
    out["encoder"] = encoder
    return out



def print_warm_split(sample: Path) -> None:
    from bench.speed import run_child

    wall, cpu, out, _ = run_child(["-m", "bench.speed_split", "--sample", str(sample)])
    split = json.loads(out.strip().splitlines()[-1])
    enc = split["encoder"]
    print("\n## where the warm run's CPU goes: each process's checks in turn, after another document\n")
    print("| process | CPU s | checks, CPU ms (a shared view counts on the first check asking) |\n|---|---:|---|")
    for name in ("main", "child"):
        checks = sorted(split[name]["checks"].items(), key=lambda kv: -kv[1])
        listed = ", ".join(f"{k} {v * 1000:.0f}" for k, v in checks if v >= 0.005)
        print(f"| {name} | {split[name]['cpu']:.2f} | {listed} |")
    print(f"\nsentence encoder (in main): {enc['calls']} calls, {enc['texts']} texts, {enc['tokens']} tokens, "
          f"{enc['cpu']:.2f} s CPU")



def main(argv: list[str] | None = None) -> int:
    from bench.speed import DEFAULT_SAMPLE, SECOND

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    args = parser.parse_args(argv)
    os.environ["QA_EMBEDDING_CACHE"] = "off"  # a new document's figures: no embedding kept by an earlier run
    if not args.sample.exists():
        print(f"sample not found: {args.sample}", file=sys.stderr)
        return 2
    print(json.dumps(child_warm_split(args.sample, SECOND)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
