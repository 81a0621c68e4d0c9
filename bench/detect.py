"""Error-injection benchmark, per corpus: recall per error type and findings per 100 clean pairs.

Clean corpora (bench/corpora.py): MAC-Dev (literary), WMT22 general zh-en with
each of its two references, WMT19 newstest zh-en; NTREX-128 on request
(`--corpus ntrex`: its English is the original, so its Chinese spells out what the
English leaves implicit, and an omission check sees those as losses). Each is a published
translation, so its findings are split by a hand review (bench/review/<corpus>.tsv)
into real differences, noise and not yet reviewed. Where a check family (the
check id's letter) has more than REVIEW_SAMPLE findings on a corpus, only a
seeded random sample of them is reviewed and the split is extrapolated.

Injectors come from every bench/inject_*.py module (each has an INJECTORS
list, see bench/inject_core.py); each is applied to every document of each
corpus. A detection is a finding with an expected check-id prefix on the
injected pair. The sample page is injected into with MAC-Dev (as before the
per-corpus split, so MAC-Dev's figures stay comparable) but is not clean: it
holds real translation errors (SAMPLE_KNOWN_ERRORS), reported on a line apart.

    .venv/bin/python -m bench.detect [--trials 20] [--seed 7] [--corpus NAME ...] [--extend-select A008]

A check that is off by default (qa.checks.registry) runs only with `--extend-select ID`
(every default check and that one, as `qa check --extend-select A008` runs them);
the default run's figures are those of `qa check` with no selection.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from bench.corpora import ALL_CORPORA, CORPORA, ROOT, SHARED, Corpus, Review, load_review, review_key, sample_document
from qa.checks.context import DocContext, PairContext
from qa.checks.engine import apply_deferrals, run_checks, to_finding
from qa.checks.registry import CheckSpec, all_checks
from qa.model import Alignment

__all__ = ["SHARED", "load_injectors", "sample_document", "load_review"]
REVIEW_SAMPLE = 100
_LABEL = re.compile(r"([a-z][a-z-]*): ")  # the class label that starts a review reason

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


def load_injectors() -> list:
    injectors = []
    for module_path in sorted((ROOT / "bench").glob("inject_*.py")):
        module = importlib.import_module(f"bench.{module_path.stem}")
        injectors.extend(getattr(module, "INJECTORS", []))
    return injectors


def checks_to_run(select: Sequence[str] = ()) -> list[CheckSpec]:
    """Every check the engine runs by default (R101 needs a reference translation, which the benchmark has
    not), and the off-by-default checks `select` names by id, as `qa check --extend-select A008` runs them."""
    return [spec for spec in all_checks(with_off_by_default=True)
            if spec.scope != "reference" and (not spec.off_by_default or spec.id in select)]


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


def unpack(result: tuple) -> tuple[list, str, object, bool | None]:
    """An injection as (pairs, pair id, glossary or None, in-dictionary label or None): 2 to 4 elements."""
    pairs, pair_id, *rest = result
    return pairs, pair_id, (rest[0] if rest else None), (rest[1] if len(rest) > 1 else None)


def injections(injector, docs: list[Alignment], trials: int, rng_key: str):
    """Every injection of one injector: (document, changed pairs, pair id, glossary, dictionary label)."""
    rng = random.Random(f"{rng_key}:{injector.name}")
    for doc in docs:
        for _ in range(trials):
            result = injector.inject(list(doc.pairs), rng)
            if result is None:
                break
            yield (doc, *unpack(result))


def show_injections(docs: list[Alignment], trials: int, rng_key: str, count: int = 10, names=None) -> None:
    """Print `count` random injections per injector (before → after), to read them as an editor would."""
    for injector in load_injectors():
        if names and injector.name not in names:
            continue
        made = list(injections(injector, docs, trials, rng_key))
        print(f"### {injector.name}: {len(made)} injections; {min(count, len(made))} shown")
        shown = random.Random(f"show:{rng_key}:{injector.name}").sample(made, min(count, len(made)))
        for doc, pairs, pair_id, _, label in shown:
            old = next(p for p in doc.pairs if p.id == pair_id)
            new = next(p for p in pairs if p.id == pair_id)
            tag = "" if label is None else (" [in CC-CEDICT]" if label else " [not in CC-CEDICT]")
            was, now = changed_window(old.target, new.target)
            print(f"- {doc.doc.id}/{pair_id}{tag}\n  zh:  {old.source[:160]}\n  was: {was}\n  now: {now}")


def changed_window(old: str, new: str, context: int = 70) -> tuple[str, str]:
    """The part of two texts that differs, with `context` characters around it: "…in Shandong Province…"."""
    start = next((k for k, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
    while start and old[start - 1].isalpha():  # from the start of the changed word
        start -= 1
    tail = 0
    while tail < min(len(old), len(new)) - start and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    a = max(0, start - context)

    def cut(text: str) -> str:
        return ("…" if a else "") + text[a : len(text) - tail + context] + ("…" if tail > context else "")

    return cut(old), cut(new)


def recall_rows(docs: list[Alignment], specs: list[CheckSpec], trials: int, rng_key: str,
                show_misses: bool = False, names=None) -> list[tuple[str, str, int, int]]:
    """(error type, expected checks, injected, detected) per injector, `trials` injections per document.

    An injector whose injections carry a dictionary label gets two more rows, its
    in- and out-of-CC-CEDICT entities apart (most people in the news are not in it).
    """
    rows = []
    for injector in load_injectors():
        if names and injector.name not in names:
            continue
        counts: dict[bool | None, list[int]] = {}
        for doc, pairs, pair_id, glossary, label in injections(injector, docs, trials, rng_key):
            found = findings_on(Alignment(doc.doc, tuple(pairs)), pair_id, specs, glossary)
            hit = any(f.check_id.startswith(injector.expects) for f in found)
            tally = counts.setdefault(label, [0, 0])
            tally[0] += 1
            tally[1] += hit
            if not hit and show_misses:
                pair = next(p for p in pairs if p.id == pair_id)
                print(f"MISS {injector.name} {doc.doc.id}/{pair_id}: {pair.target[:300]!r} | {pair.source[:120]!r}")
        expects = ",".join(injector.expects)
        rows.append((injector.name, expects, sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())))
        if any(label is not None for label in counts):
            for label, text in ((True, "in CC-CEDICT"), (False, "not in CC-CEDICT")):
                attempts, hits = counts.get(label, [0, 0])
                rows.append((f"{injector.name} · {text}", expects, attempts, hits))
    return rows


@dataclass
class Split:
    """Findings of one check or family on a clean corpus, split by the hand review."""
    count: int = 0
    real: float = 0.0
    noise: float = 0.0
    unreviewed: float = 0.0
    sampled: int = 0  # >0: verdicts come from a sample of this many findings, extrapolated to `count`


def review_sample(findings: list, family: str, corpus: str, size: int = REVIEW_SAMPLE) -> list:
    """The findings of a check family that the hand review covers: all, or a seeded sample of `size`."""
    members = sorted((f for f in findings if f.check_id[0] == family), key=review_key)
    if len(members) <= size:
        return members
    return random.Random(f"review:{corpus}:{family}").sample(members, size)


def split_findings(findings: list, review: Review, corpus: str, size: int = REVIEW_SAMPLE) -> dict[str, Split]:
    """Per check id: count, and real / noise / unreviewed, each check's sampled verdicts scaled up to its count."""
    out: dict[str, Split] = {}
    for f in findings:
        out.setdefault(f.check_id, Split()).count += 1
    for family in sorted({f.check_id[0] for f in findings}):
        sample = review_sample(findings, family, corpus, size)
        sampled = len(sample) < sum(1 for f in findings if f.check_id[0] == family)
        in_sample = Counter(f.check_id for f in sample)
        for check_id, split in out.items():
            if check_id[0] == family and not in_sample[check_id]:
                split.unreviewed = float(split.count)
        for f in sample:
            split = out[f.check_id]
            verdict = review.get(review_key(f), ("unreviewed", ""))[0]
            setattr(split, verdict, getattr(split, verdict) + split.count / in_sample[f.check_id])
            split.sampled = len(sample) if sampled else 0
    return out


def findings_table(splits: dict[str, Split], specs: list[CheckSpec], n_pairs: int) -> list[str]:
    """Markdown table of findings per check on the clean pairs: count, per 100 pairs, real / noise / unreviewed."""
    per100 = lambda x: 100 * x / n_pairs if n_pairs else 0.0  # noqa: E731
    lines = ["| check | findings | per 100 pairs | real | noise | not yet reviewed | noise per 100 pairs |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    total = Split()
    for spec in specs:
        s = splits.get(spec.id, Split())
        note = f" (sample of {s.sampled} in its family, extrapolated)" if s.sampled else ""
        lines.append(f"| {spec.id} {spec.name}{note} | {s.count} | {per100(s.count):.2f} | {s.real:.0f} | "
                     f"{s.noise:.0f} | {s.unreviewed:.0f} | {per100(s.noise):.2f} |")
        for field in ("count", "real", "noise", "unreviewed"):
            setattr(total, field, getattr(total, field) + getattr(s, field))
    lines.append(f"| all checks | {total.count} | {per100(total.count):.2f} | {total.real:.0f} | {total.noise:.0f} | "
                 f"{total.unreviewed:.0f} | {per100(total.noise):.2f} |")
    lines.append(f"Per 100 clean pairs: all {per100(total.count):.2f}, real {per100(total.real):.2f}, "
                 f"noise {per100(total.noise):.2f}, not yet reviewed {per100(total.unreviewed):.2f}.")
    return lines


def sampling_notes(findings: list, corpus: str, size: int = REVIEW_SAMPLE) -> list[str]:
    """Say which check families were reviewed on a sample only, so nobody reads an extrapolation as a count."""
    notes = []
    for family in sorted({f.check_id[0] for f in findings}):
        total = sum(1 for f in findings if f.check_id[0] == family)
        if total > size:
            notes.append(f"Check family {family}: {total} findings; a random sample of {size} (seed 'review:{corpus}:{family}') "
                         f"was reviewed by hand and real/noise extrapolated to all {total}.")
    return notes


def noise_classes(findings: list, review: Review) -> str:
    """Reviewed noise counted by the class label that starts each reason ("date: …"): what to fix first."""
    reasons = [review[review_key(f)][1] for f in findings if review.get(review_key(f), ("", ""))[0] == "noise"]
    labels = Counter(m.group(1) if (m := _LABEL.match(reason)) else "unlabelled" for reason in reasons)
    return "Noise by reason class (reviewed findings): " + (
        ", ".join(f"{label} {n}" for label, n in labels.most_common()) or "none") + "."


def recall_table(rows: list[tuple[str, str, int, int]]) -> list[str]:
    lines = ["| error type | expected checks | injected | detected | recall |", "| --- | --- | ---: | ---: | ---: |"]
    for name, expects, attempts, hits in rows:
        recall = f"{hits / attempts:.2f}" if attempts else "n/a (no pair this injector can use)"
        lines.append(f"| {name} | {expects} | {attempts} | {hits} | {recall} |")
    return lines


def corpus_report(corpus: Corpus, specs: list[CheckSpec], trials: int, seed: int, show_misses: bool,
                  show: bool = False, names=None) -> list[str]:
    """Every figure of one corpus: findings on its clean pairs split by the review, then recall per injector."""
    docs = corpus.documents()
    if not docs:
        return [f"## {corpus.name}", "", f"not present ({corpus.path.relative_to(SHARED.parent)} is missing).", ""]
    n_pairs = sum(len(d.pairs) for d in docs)
    findings = [f for doc in docs for f in run_checks(doc, checks=specs)]
    review = load_review(corpus.review_file)
    lines = [f"## {corpus.name}: {corpus.description}", "",
             f"{len(docs)} documents, {n_pairs} clean pairs; hand review {corpus.review_file.relative_to(ROOT)}.", ""]
    lines += findings_table(split_findings(findings, review, corpus.name), specs, n_pairs)
    reviewed = {review_key(f) for fam in {f.check_id[0] for f in findings}
                for f in review_sample(findings, fam, corpus.name)}
    unreviewed = [f for f in findings if review_key(f) in reviewed and review_key(f) not in review]
    lines += [f"  unreviewed: {f.check_id} {f.doc}/{f.pair_id} {(f.source_span or f.target_span)[:60]!r}"
              for f in unreviewed[:30]]
    if len(unreviewed) > 30:
        lines.append(f"  … and {len(unreviewed) - 30} more unreviewed.")
    lines += sampling_notes(findings, corpus.name) + [noise_classes(findings, review)]
    if show_misses:
        for f in findings:
            print(f"FP {f.check_id} {f.doc}/{f.pair_id}: src={f.source_span[:60]!r} tgt={f.target_span[:80]!r} {f.message[:160]}")
    if trials > 0:
        inject_docs, rng_key = docs, f"{seed}:{corpus.name}"
        if corpus.name == "mac-dev":  # the pre-split benchmark: MAC-Dev and the sample page, one generator
            sample = sample_document()
            inject_docs, rng_key = docs + ([sample] if sample else []), str(seed)
        where = " (with the sample page)" if len(inject_docs) > len(docs) else ""
        if show:
            print(f"## Injections into {corpus.name}")
            show_injections(inject_docs, trials, rng_key, names=names)
        lines += ["", f"Recall: {trials} injections per type per document into {len(inject_docs)} documents{where}, "
                  f"seed {seed}.", ""]
        lines += recall_table(recall_rows(inject_docs, specs, trials, rng_key, show_misses, names))
    return lines + [""]


def run(trials: int, seed: int, names: list[str], show_misses: bool = False, show: bool = False,
        injectors=None, select: Sequence[str] = ()) -> str:
    specs = checks_to_run(select)
    lines: list[str] = []
    for name in names:
        lines += corpus_report(ALL_CORPORA[name], specs, trials, seed, show_misses, show, injectors)
    sample = sample_document()
    lines.append(sample_report(run_checks(sample, checks=specs)) if sample is not None else "Sample page: not present.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20, help="injections per type per document (0: no recall)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--corpus", action="append", choices=sorted(ALL_CORPORA), metavar="NAME",
                        help=f"run only this corpus (repeatable): {', '.join(CORPORA)}; also ntrex (English "
                             "original, so not in the default set: its Chinese adds what the English leaves implicit)")
    parser.add_argument("--show-misses", action="store_true", help="print missed injections and clean-set findings")
    parser.add_argument("--show-injections", action="store_true",
                        help="print 10 random injections per injector per corpus, to check they are real errors")
    parser.add_argument("--injector", action="append", metavar="NAME", help="recall of this injector only (repeatable)")
    parser.add_argument("--extend-select", "--select", dest="select", action="append", default=[], metavar="ID",
                        type=str.upper, help="also run this off-by-default check (repeatable; its exact id, e.g. "
                                             "A008; --select is the older name)")
    args = parser.parse_args(argv)
    opt_in = {spec.id for spec in all_checks(with_off_by_default=True) if spec.off_by_default}
    if unknown_ids := [i for i in args.select if i not in opt_in]:
        print(f"--extend-select: {', '.join(unknown_ids)} is no off-by-default check; those are: {', '.join(sorted(opt_in))}",
              file=sys.stderr)
        sys.exit(2)
    if not SHARED.exists():
        sys.exit("no clean data: ../shared is missing")
    known = {i.name for i in load_injectors()}
    if unknown := [n for n in args.injector or [] if n not in known]:
        print(f"unknown injector {', '.join(unknown)}; known: {', '.join(sorted(known))}", file=sys.stderr)
        sys.exit(2)
    print(run(args.trials, args.seed, args.corpus or list(CORPORA), args.show_misses, args.show_injections,
              args.injector, args.select))


if __name__ == "__main__":
    main()
