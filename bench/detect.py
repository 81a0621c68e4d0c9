"""Error-injection benchmark: recall per error type and false positives per 100 clean pairs.

Clean aligned text: the MAC-Dev gold beads (../shared/bench/align/mac-dev,
consecutive beads grouped three at a time into paragraph-like pairs) and the
sample page's paragraph pairs. Injectors come from every bench/inject_*.py
module (each has an INJECTORS list, see bench/inject_core.py). A detection is
a finding with an expected check-id prefix on the injected pair; a false
positive is any finding on a clean MAC-Dev document, counted per check.

The sample page is injected into like the others but is not clean: it holds
real translation errors (SAMPLE_KNOWN_ERRORS). Its findings are printed on a
separate line: each known error found or missed, then "other findings" for
the reader to judge. Spelling findings on MAC-Dev are listed too: published
novels contain real typos, which the reader should see rather than count blindly.

    .venv/bin/python -m bench.detect [--trials 20] [--seed 7]
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
from collections import Counter
from pathlib import Path

from bench.inject_core import GOLD_BEADS
from qa.checks.context import DocContext, PairContext
from qa.checks.engine import apply_deferrals, run_checks, to_finding
from qa.checks.registry import CheckSpec, all_checks
from qa.io.beads import read_bead_sentences
from qa.model import Alignment, Document, Pair

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BEADS_PER_PAIR = 3
_HAN = re.compile(r"[\u4e00-\u9fff]")


def mac_documents() -> list[Alignment]:
    base = SHARED / "bench" / "align" / "mac-dev"
    docs = []
    for gold in sorted((base / "gold").glob("*.align")):
        resolved = read_bead_sentences(gold, base / "zh" / gold.stem, base / "en" / gold.stem)
        beads = [("".join(s), " ".join(t)) for s, t in resolved if s and t]
        pairs = []
        for k in range(0, len(beads), BEADS_PER_PAIR):
            group = beads[k : k + BEADS_PER_PAIR]
            pairs.append(Pair(id=f"p{len(pairs):04d}", source="".join(g[0] for g in group),
                              target=" ".join(g[1] for g in group)))
            GOLD_BEADS[(pairs[-1].source, pairs[-1].target)] = group
        docs.append(Alignment(Document(id=f"mac-{gold.stem}", path=str(gold)), tuple(pairs)))
    return docs


def sample_document() -> Alignment | None:
    """The sample page, each English paragraph paired with the Chinese paragraph after it."""
    path = SHARED / "samples" / "ten-key-points-2021.txt"
    if not path.exists():
        return None
    paras = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")) if p.strip()]
    pairs, i = [], 0
    while i < len(paras) - 1:
        en, zh = paras[i], paras[i + 1]
        if re.search("[A-Za-z]{3}", en) and len(_HAN.findall(en)) < 0.1 * len(en) and len(_HAN.findall(zh)) > 0.3 * len(zh):
            pairs.append(Pair(id=f"p{len(pairs):04d}", source=zh, target=en))
            i += 2
        else:
            i += 1
    return Alignment(Document(id="sample", path=str(path)), tuple(pairs))


# Real errors on the sample page (issues 3 and 4): (check-id prefix, text the finding's span or message must hold).
SAMPLE_KNOWN_ERRORS = (
    ("P501", "light We promoted", "run-together sentences"),
    ("G301", "中国政法网络学", "truncated gloss"),
    ("M101", "Zhang Anjun", "长安君 → Zhang Anjun (Chang'an)"),
    ("M102", "General Secretary Jinping", "Xi dropped from General Secretary Jinping"),
    ("M103", "扎赉特旗", "扎赉特旗 → Jalaid / Zhalaite Banner"),
)


def sample_report(findings: list) -> str:
    """One line: which known real errors of the sample page were found, and how many other findings."""
    found_known, parts = set(), []
    for check_prefix, text, label in SAMPLE_KNOWN_ERRORS:
        hits = [f for f in findings if f.check_id.startswith(check_prefix)
                and (text in f.target_span or text in f.source_span or text in f.message)]
        found_known.update(id(f) for f in hits)
        parts.append(f"{label}: {'found ×' + str(len(hits)) if hits else 'MISSED'}")
    others = [f for f in findings if id(f) not in found_known]
    other_text = "; ".join(f"{f.check_id} {f.pair_id} {(f.target_span or f.source_span)[:40]!r}" for f in others)
    return (f"Sample page (real errors, not counted as false positives): {', '.join(parts)}. "
            f"Other findings ({len(others)}): {other_text or 'none'}.")


REVIEW_FILE = ROOT / "bench" / "clean_review.tsv"


def load_review(path: Path = REVIEW_FILE) -> dict[tuple[str, str, str, str], tuple[str, str]]:
    """Hand review of findings on the clean set: (check, doc, pair, span) -> (verdict, reason).

    The "clean" pairs are published translations, which hold real errors; the
    review says which findings point at one ("real") and which are noise, so
    the false-positive rate can be read both ways. A finding not in the file
    is reported as unreviewed, never guessed.
    """
    review = {}
    if path.exists():
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        for line in lines:
            check_id, doc, pair_id, span, verdict, reason = line.split("\t")
            review[(check_id, doc, pair_id, span)] = (verdict, reason)
    return review


def review_key(finding) -> tuple[str, str, str, str]:
    return (finding.check_id, finding.doc, finding.pair_id, finding.source_span or finding.target_span)


def load_injectors() -> list:
    injectors = []
    for module_path in sorted((ROOT / "bench").glob("inject_*.py")):
        module = importlib.import_module(f"bench.{module_path.stem}")
        injectors.extend(getattr(module, "INJECTORS", []))
    return injectors


def checks_to_run() -> list[CheckSpec]:
    """Every check the engine runs (R101 needs a reference translation, which the benchmark has not)."""
    return [spec for spec in all_checks() if spec.scope != "reference"]


def findings_on(alignment: Alignment, pair_id: str, specs: list[CheckSpec], glossary=None) -> list:
    """run_checks restricted to one pair (document checks still see the whole document)."""
    doc_ctx = DocContext(alignment, glossary=glossary)
    pair = next(p for p in alignment.pairs if p.id == pair_id)
    ctx = PairContext(pair, doc_ctx)
    found = []
    for spec in [s for s in specs if s.scope == "pair" and s.gate]:
        found.extend(to_finding(spec, pr, pair, alignment.doc.id) for pr in spec.func(pair, ctx))
    if not found:
        for spec in [s for s in specs if s.scope == "pair" and not s.gate]:
            found.extend(to_finding(spec, pr, pair, alignment.doc.id) for pr in spec.func(pair, ctx))
    for spec in [s for s in specs if s.scope == "document"]:
        found.extend(to_finding(spec, pr, pr.pair, alignment.doc.id) for pr in spec.func(doc_ctx) if pr.pair.id == pair_id)
    return apply_deferrals(found, specs)


def run(trials: int, seed: int, show_misses: bool = False) -> str:
    docs = mac_documents()
    clean_docs = list(docs)
    sample = sample_document()
    if sample is not None:
        docs.append(sample)
    if not docs:
        sys.exit("no clean data: ../shared/bench/align/mac-dev and ../shared/samples are missing")
    specs = checks_to_run()
    clean_pairs = sum(len(d.pairs) for d in clean_docs)
    fp = Counter()
    fp_examples: dict[str, list] = {}
    for doc in clean_docs:
        for f in run_checks(doc, checks=specs):
            fp[f.check_id] += 1
            fp_examples.setdefault(f.check_id, []).append(f)
    sample_line = sample_report(run_checks(sample, checks=specs)) if sample is not None else "Sample page: not present."
    rows = []
    for injector in load_injectors():
        rng = random.Random(f"{seed}:{injector.name}")
        hits = attempts = 0
        for doc in docs:
            for _ in range(trials):
                result = injector.inject(list(doc.pairs), rng)
                if result is None:
                    break
                pairs, pair_id, *glossary = result
                changed = Alignment(doc.doc, tuple(pairs))
                found = findings_on(changed, pair_id, specs, glossary[0] if glossary else None)
                attempts += 1
                if any(f.check_id.startswith(injector.expects) for f in found):
                    hits += 1
                elif show_misses:
                    pair = next(p for p in pairs if p.id == pair_id)
                    print(f"MISS {injector.name} {doc.doc.id}/{pair_id}: {pair.target[:300]!r} | {pair.source[:120]!r}")
        rows.append((injector.name, ",".join(injector.expects), attempts, hits))
    lines = [
        f"Injected into {len(docs)} documents (MAC-Dev gold beads grouped by {BEADS_PER_PAIR}, plus the sample page); "
        f"{trials} injections per type per document, seed {seed}. False positives: {len(clean_docs)} MAC-Dev documents, "
        f"{clean_pairs} clean pairs.",
        "",
        "| error type | expected checks | injected | detected | recall |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for name, expects, attempts, hits in rows:
        lines.append(f"| {name} | {expects} | {attempts} | {hits} | {hits / attempts if attempts else 0:.2f} |")
    lines += ["", "| check | findings on clean pairs | per 100 clean pairs |", "| --- | ---: | ---: |"]
    for spec in specs:
        lines.append(f"| {spec.id} {spec.name} | {fp[spec.id]} | {100 * fp[spec.id] / clean_pairs:.2f} |")
    total = sum(fp.values())
    lines.append(f"| all checks | {total} | {100 * total / clean_pairs:.2f} |")
    review = load_review()
    verdicts = Counter(review.get(review_key(f), ("unreviewed", ""))[0] for items in fp_examples.values() for f in items)
    lines += ["", f"Reviewed by hand ({REVIEW_FILE.relative_to(ROOT)}): {verdicts['real']} of the {total} point at a real "
              f"difference in the published translation, {verdicts['noise']} are noise "
              f"({100 * verdicts['noise'] / clean_pairs:.2f} per 100 clean pairs), {verdicts['unreviewed']} not reviewed yet."]
    for items in fp_examples.values():
        for f in items:
            if review_key(f) not in review:
                lines.append(f"  unreviewed: {f.check_id} {f.doc}/{f.pair_id} {(f.source_span or f.target_span)[:60]!r}")
    lines += ["", sample_line]
    typos = [f for f in fp_examples.get("S201", [])]
    if typos:
        lines.append("Spelling findings on MAC-Dev (counted above; judge which are real typos in the published text): "
                     + ", ".join(f"{f.target_span!r} ({f.doc}/{f.pair_id})" for f in typos) + ".")
    if show_misses:
        for cid, items in fp_examples.items():
            for f in items:
                print(f"FP {cid} {f.doc}/{f.pair_id}: src={f.source_span[:60]!r} tgt={f.target_span[:80]!r} {f.message[:160]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show-misses", action="store_true", help="print missed injections and false positives")
    args = parser.parse_args(argv)
    print(run(args.trials, args.seed, args.show_misses))


if __name__ == "__main__":
    main()
