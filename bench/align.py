"""Alignment benchmark: exact-bead F1 on MAC-Dev next to Bertalign, plus linear-scaling check.

    .venv/bin/python -m bench.align [--out DIR] [--no-scaling] [--loo [--sets mac,news] [--ideas]]

MAC-Dev lives in ../shared/bench/align/mac-dev/ (one sentence per line, gold
beads `[0,1]:[0]`); bead files are written to --out (a temporary directory by
default, never into ../shared). The scaling section aligns synthetic two-file
inputs of 0.1/0.5/1 MB built from the sample page's paragraphs, each size in
a fresh subprocess (model loaded before the clock starts) so that the time is
not inflated by tracemalloc and the peak memory (ru_maxrss) is per size.
--loo reports held-out F1 on two dev sets, MAC-Dev (one chapter held out at
a time) and a synthetic news set (bench/align_news.py, a sixth held out at a
time), with the shipped constants and with every constant refitted on the
other groups (bench/align_fit.py); --ideas adds the alternatives in IDEAS.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
import json
import resource
import subprocess
from dataclasses import replace
from pathlib import Path

from bench import align_fit, align_news
from bench.align_fit import DevDoc
from qa.align import SENTENCE_PARAMS, align_paragraph_lists, align_segments, embed
from qa.align.core import Params
from qa.io.beads import BeadScore, format_bead, parse_beads, score_beads

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MAC_DEV = SHARED / "bench" / "align" / "mac-dev"
SAMPLE = SHARED / "samples" / "ten-key-points-2021.txt"


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def mac_documents(root: Path = MAC_DEV) -> list[str]:
    return sorted(p.name for p in (root / "zh").iterdir() if (root / "gold" / f"{p.name}.align").exists())


def run_mac(out_dir: Path, params: Params | None = None, docs: list[str] | None = None, quiet: bool = False):
    """Align every MAC-Dev chapter (constants chosen per chapter as qa does, or `params`); returns rows (doc, ours,
    bertalign, sentences) and seconds."""
    rows = []
    started = time.perf_counter()
    for doc in docs or mac_documents():
        src = read_lines(MAC_DEV / "zh" / doc)
        tgt = read_lines(MAC_DEV / "en" / doc)
        beads = align_segments(src, tgt, params=params)
        (out_dir / f"{doc}.align").write_text("".join(format_bead(b.src, b.tgt) + "\n" for b in beads), encoding="utf-8")
        gold = parse_beads((MAC_DEV / "gold" / f"{doc}.align").read_text(encoding="utf-8"))
        ours = score_beads([(b.src, b.tgt) for b in beads], gold)
        bert_path = MAC_DEV / "bertalign" / f"{doc}.align"
        bert = score_beads(parse_beads(bert_path.read_text(encoding="utf-8")), gold) if bert_path.exists() else None
        rows.append((doc, ours, bert, len(src) + len(tgt)))
    return rows, time.perf_counter() - started


def print_mac_table(rows, seconds: float) -> None:
    print(f"{'doc':>6} | {'ours P':>7} {'R':>6} {'F1':>6} | {'Bertalign P':>11} {'R':>6} {'F1':>6}")
    total, total_bert, sentences = BeadScore(0, 0, 0), BeadScore(0, 0, 0), 0
    for doc, ours, bert, n in rows:
        total += ours
        sentences += n
        b = bert or BeadScore(0, 0, 0)
        total_bert += b
        print(f"{doc:>6} | {ours.precision:7.3f} {ours.recall:6.3f} {ours.f1:6.3f} | {b.precision:11.3f} {b.recall:6.3f} {b.f1:6.3f}")
    print(f"{'micro':>6} | {total.precision:7.3f} {total.recall:6.3f} {total.f1:6.3f} | "
          f"{total_bert.precision:11.3f} {total_bert.recall:6.3f} {total_bert.f1:6.3f}")
    print(f"wall time {seconds:.1f} s, {sentences / seconds:.0f} sentences/s ({sentences} sentences)")


# ---------- scaling ----------

def sample_paragraph_pairs() -> list[tuple[str, str]]:
    """(Chinese, English) paragraph pairs of the sample page: an English paragraph followed by its Chinese."""
    from qa.lang import zh

    paras = [p.strip() for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    pairs = []
    for first, second in zip(paras, paras[1:]):
        if zh.han_ratio(first) < 0.2 and zh.han_ratio(second) > 0.8 and len(first) > 80:
            pairs.append((second, first))
    return pairs


def synthetic_two_files(pairs: list[tuple[str, str]], target_bytes: int, seed: int = 0) -> tuple[list[str], list[str]]:
    """Shuffled copies of the sample's paragraph pairs, each copy made unique by a copy number.

    The copy number goes into every sentence on both sides, so the embedding
    cache cannot turn repetition into free work; one English paragraph in
    twenty is dropped so the aligner has real 1-0 beads to find.
    """
    from qa.lang import en, zh

    rng = random.Random(seed)
    src, tgt, size, copy = [], [], 0, 0
    while size < target_bytes:
        copy += 1
        for zh_para, en_para in rng.sample(pairs, len(pairs)):
            zh_para = "".join(re.sub(r"([。！？；]?[”’」』）》]*)$", f"（{copy}）\\1", s, count=1) for s in zh.split_sentences(zh_para))
            en_para = " ".join(re.sub(r"([.!?]?[”’\"')]*)$", f" ({copy})\\1", s, count=1) for s in en.split_sentences(en_para))
            src.append(zh_para)
            if rng.random() > 0.05:
                tgt.append(en_para)
            size += len(zh_para.encode()) + len(en_para.encode())
            if size >= target_bytes:
                break
    return src, tgt


def align_two_files(src_paras: list[str], tgt_paras: list[str]) -> int:
    """Paragraph alignment then sentence alignment inside each paragraph pair; returns sentence beads."""
    from qa.lang import en, zh

    count = 0
    for bead in align_paragraph_lists(src_paras, tgt_paras):
        source = "".join(src_paras[i] for i in bead.src)
        target = " ".join(tgt_paras[j] for j in bead.tgt)
        count += len(align_segments(zh.split_sentences(source), en.split_sentences(target)))
    return count


def scaling_one(size_mb: float) -> dict:
    """Align one synthetic input of `size_mb`; the model is loaded before the clock starts."""
    pairs = sample_paragraph_pairs()
    src, tgt = synthetic_two_files(pairs, int(size_mb * 1_000_000))
    embed.model().encode(["warm up"])
    started = time.perf_counter()
    beads = align_two_files(src, tgt)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    return {"size_mb": size_mb, "src": len(src), "tgt": len(tgt), "beads": beads, "seconds": seconds, "peak_mb": peak_mb}


def run_scaling(sizes_mb=(0.1, 0.5, 1.0)) -> None:
    print("\nscaling: two-file input from the sample page's paragraph pairs (shuffled, numbered copies)")
    print(f"{'size MB':>8} {'paras zh/en':>12} {'beads':>7} {'seconds':>8} {'s/MB':>6} {'peak RSS MB':>12}")
    for size_mb in sizes_mb:
        out = subprocess.run(
            [sys.executable, "-m", "bench.align", "--scaling-one", str(size_mb)],
            cwd=REPO, capture_output=True, text=True, check=True,
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{size_mb:8.1f} {row['src']:>5}/{row['tgt']:<6} {row['beads']:7d} {row['seconds']:8.1f} "
              f"{row['seconds'] / size_mb:6.1f} {row['peak_mb']:12.0f}")


# ---------- held-out scores with every constant refitted (bench/align_fit.py) ----------

def mac_dev_docs() -> list[DevDoc]:
    """MAC-Dev chapters as dev documents, one group per chapter."""
    docs = []
    for doc in mac_documents():
        gold = parse_beads((MAC_DEV / "gold" / f"{doc}.align").read_text(encoding="utf-8"))
        docs.append(DevDoc(doc, doc, tuple(read_lines(MAC_DEV / "zh" / doc)), tuple(read_lines(MAC_DEV / "en" / doc)),
                           tuple(gold)))
    return docs


def dev_sets(names: list[str]) -> dict[str, list]:
    """The dev sets asked for that are present: MAC-Dev and the synthetic news set (bench/align_news.py)."""
    sets: dict[str, list] = {}
    if "mac" in names and MAC_DEV.is_dir():
        sets["MAC-Dev"] = mac_dev_docs()
    if "news" in names and align_news.available():
        sets["news (synthetic)"] = align_news.documents()
    return sets


NAME_KNOB = align_fit.Knob("name_weight", (0.0, 0.1, 0.2, 0.4))
# alternatives tried against the shipped constants: starting constants and the knobs refitted per fold
IDEAS: dict[str, tuple[Params, tuple]] = {
    "shipped": (SENTENCE_PARAMS, align_fit.KNOBS),
    "all 18 knobs refitted": (SENTENCE_PARAMS, align_fit.ALL_KNOBS),
    "length in tokens": (replace(SENTENCE_PARAMS, length_unit="tokens"), align_fit.ALL_KNOBS),
    "length in sentencepiece pieces": (replace(SENTENCE_PARAMS, length_unit="pieces"), align_fit.ALL_KNOBS),
    "numbers and glosses on (0.1)": (replace(SENTENCE_PARAMS, number_weight=0.1), align_fit.ALL_KNOBS),
    "name anchors (0.2)": (replace(SENTENCE_PARAMS, name_weight=0.2), align_fit.ALL_KNOBS + (NAME_KNOB,)),
    "tokens with 12 knobs": (replace(SENTENCE_PARAMS, length_unit="tokens"), align_fit.KNOBS),
    "name anchors (0.2) with 12 knobs": (replace(SENTENCE_PARAMS, name_weight=0.2), align_fit.KNOBS + (NAME_KNOB,)),
}
# constants per document by how literal its translation is (qa.align.literal); measured by bench.align_literal
LITERAL_IDEA = "literal profile"


def report_loo(sets: dict[str, list], ideas: list[str], store: align_fit.DiskEmbeddings | None = None,
               joint: bool = False) -> None:
    """Per dev set: F1 with the shipped constants and leave-one-group-out with all of them refitted.

    With `joint`, also each group held out while the constants are fitted on
    everything else of both sets (the way the shipped constants are chosen),
    and the constants fitted on all of both sets.
    """
    align_fit.check_knobs(SENTENCE_PARAMS)
    variants = {name: IDEAS[name] for name in ["shipped"] + [i for i in ideas if i not in ("shipped", LITERAL_IDEA)]}
    evaluators = {name: align_fit.Evaluator(docs) for name, docs in sets.items()}
    results: dict[tuple[str, str], align_fit.LooResult] = {}
    for set_name, evaluator in evaluators.items():
        groups = sorted({d.group for d in evaluator.docs})
        print(f"\n{set_name}: {len(evaluator.docs)} documents, {len(groups)} groups held out in turn", flush=True)
        for variant, (start, knobs) in variants.items():
            started = time.perf_counter()
            result = align_fit.loo(evaluator, start, knobs)
            results[(set_name, variant)] = result
            print(f"  {variant}: F1 {result.shipped.f1:.3f} as shipped, {result.refit.f1:.3f} refitted per fold "
                  f"({time.perf_counter() - started:.0f} s)", flush=True)
            for group, params in result.picked.items():
                print(f"    held out {group}: {align_fit.changes(params, start)}")
            if store is not None:
                store.save()  # after every variant: a stopped run keeps what it embedded
    print(f"\n{'variant':34} " + " ".join(f"{name[:12]:>12} {'LOO':>6}" for name in sets))
    for variant in variants:
        cells = [results[(name, variant)] for name in sets]
        print(f"{variant:34} " + " ".join(f"{r.shipped.f1:12.3f} {r.refit.f1:6.3f}" for r in cells))
    if LITERAL_IDEA in ideas and "news (synthetic)" in evaluators:
        from bench import align_literal

        print(f"\n{LITERAL_IDEA}: the close-translation constants above a median cosine of "
              f"{align_literal.literal.LITERAL_MEDIAN} (bench.align_literal), fitted on five news groups, one held out")
        align_literal.print_result(align_literal.literal_loo(evaluators["news (synthetic)"], evaluators.get("MAC-Dev"),
                                                             SENTENCE_PARAMS), SENTENCE_PARAMS)
    if joint and len(evaluators) > 1:
        started = time.perf_counter()
        joint_results = align_fit.joint_loo(evaluators, SENTENCE_PARAMS)
        print(f"\nfitted on both sets, one group held out ({time.perf_counter() - started:.0f} s): " +
              ", ".join(f"{name} {r.refit.f1:.3f}" for name, r in joint_results.items()))
        both = align_fit.fit(align_fit.joint_objective(evaluators), SENTENCE_PARAMS)
        print("fitted on all of both sets: " + align_fit.changes(both, SENTENCE_PARAMS) + " -> " +
              ", ".join(f"{name} {e.total(both).f1:.3f}" for name, e in evaluators.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="directory for the bead files (default: a temporary directory)")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 0.1/0.5/1 MB scaling section")
    parser.add_argument("--loo", action="store_true",
                        help="also report held-out F1 with every constant refitted per fold, on each dev set")
    parser.add_argument("--sets", default="mac,news", help="dev sets for --loo: mac, news or both (default)")
    parser.add_argument("--ideas", default="", metavar="IDEA,IDEA",
                        help="with --loo: also these alternatives from IDEAS, comma-separated, or 'all'")
    parser.add_argument("--no-table", action="store_true", help="skip the MAC-Dev table")
    parser.add_argument("--joint", action="store_true",
                        help="with --loo: also fit on both sets at once, each group held out in turn")
    parser.add_argument("--scaling-one", type=float, help=argparse.SUPPRESS)  # one scaling size, JSON out
    args = parser.parse_args(argv)
    if args.scaling_one:
        print(json.dumps(scaling_one(args.scaling_one)))
        return 0
    if not MAC_DEV.is_dir():
        print(f"MAC-Dev not found at {MAC_DEV}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        if not args.no_table:
            started = time.perf_counter()
            embed.model()  # count the model load in the wall time, once
            rows, seconds = run_mac(out_dir)
            print(f"MAC-Dev exact-bead P/R/F1 (bead files in {out_dir})")
            print_mac_table(rows, time.perf_counter() - started)
    if args.loo:
        known = list(IDEAS) + [LITERAL_IDEA]
        ideas = known if args.ideas == "all" else [i for i in args.ideas.split(",") if i]
        unknown = [i for i in ideas if i not in known]
        if unknown:
            print(f"unknown idea {unknown[0]!r}; known: {', '.join(known)}", file=sys.stderr)
            return 2
        report_loo(dev_sets(args.sets.split(",")), ideas, align_fit.embedding_store(), args.joint)
    if not args.no_scaling:
        run_scaling()
    return 0


if __name__ == "__main__":
    sys.exit(main())
