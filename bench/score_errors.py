"""Score qa's checks on the labelled error sets of ../shared/bench/errors with their own scorer (score.py).

Sets: news22/synthetic (100 injected errors in WMT22 news, gold types such as
name_dropped_part) and ted-mqm/<system> (TED talks, errors marked by
professional MQM raters, coarse gold types: name, omission, punctuation, …).
Every check the benchmark runs (bench.detect.checks_to_run) runs on each
document; each finding becomes a prediction {doc_id, seg_id, type} whose type
is the check's gold type in that set's vocabulary (GOLD_TYPES below; a check
with no counterpart is not scored and is listed as such). score.py then prints
recall, precision and F1 per type. On TED, an `addition` line follows score.py's table:
score.py types Accuracy/Addition rows `other` (unscored), so additions are scored here from the
rows' MQM `category` against the findings of checks whose category is Accuracy/Addition.

    .venv/bin/python -m bench.score_errors [--set news22 | --set ted] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from bench.corpora import SHARED, documents_by_doc_id
from bench.detect import checks_to_run
from qa.checks.engine import run_checks

ERRORS = SHARED / "bench" / "errors"

# Check id → gold type, per set vocabulary. None: the check names no error type of that set (not scored).
# news22/synthetic: a wrong rendering of a name (polyphone, misspelling, another name) is name_wrong_reading,
# a name left out in part or around its title is name_dropped_part; a missing entity is an omission.
NEWS22_TYPES: dict[str, str | None] = {
    "U101": "untranslated", "U102": "untranslated", "U103": "untranslated",
    "A001": "omission", "A002": None, "A003": "omission", "A004": "omission", "A005": "omission", "P401": "omission",
    "A006": "omission", "A007": "omission", "A009": "omission",
    "N201": "number_mismatch", "N202": "number_mismatch", "N203": "number_mismatch",
    "P501": "missing_punct", "P502": "unbalanced_quote", "P503": "doubled_word",
    "P504": None, "P505": None, "P506": None,
    "P507": "unbalanced_quote", "P508": None, "P509": "missing_punct", "P510": "omission", "P511": None,
    "P512": None, "P513": None, "P514": None, "P515": None,
    "G301": "gloss_truncated",
    "M101": "name_wrong_reading", "M104": "name_wrong_reading", "M107": "name_wrong_reading",
    "M102": "name_dropped_part", "M105": "name_dropped_part", "M106": "omission", "M108": None,
    "M103": "inconsistent_term", "T101": "inconsistent_term", "T102": "inconsistent_term", "T103": "inconsistent_term",
    "T104": "inconsistent_term", "T105": "inconsistent_term", "T106": "inconsistent_term",
    "T201": None, "T202": None, "S201": None,
}
# ted-mqm: MQM categories folded into name, omission, punctuation, number_mismatch, untranslated, inconsistent_term.
TED_TYPES: dict[str, str | None] = {
    **{k: v for k, v in NEWS22_TYPES.items() if v in ("untranslated", "omission", "number_mismatch",
                                                       "inconsistent_term", None)},
    "P501": "punctuation", "P502": "punctuation", "P504": "punctuation", "P505": "punctuation", "P506": "punctuation",
    "P507": "punctuation", "P508": "punctuation", "P509": "punctuation",
    "P512": "punctuation", "P513": "punctuation", "P514": "punctuation", "P515": "punctuation",
    "P503": None, "G301": None,
    **{f"M10{k}": "name" for k in (1, 2, 4, 5, 6, 7, 8)},
}
GOLD_TYPES = {"news22": NEWS22_TYPES, "ted": TED_TYPES}


def gold_type(check_id: str, scheme: str) -> str | None:
    """The gold type a finding of this check predicts; a new check of the name family counts as a name on TED."""
    table = GOLD_TYPES[scheme]
    if check_id in table:
        return table[check_id]
    return "name" if scheme == "ted" and check_id.startswith("M1") else None


def findings(input_tsv: Path) -> list:
    """Every finding of the benchmark's checks on the set."""
    specs = checks_to_run()
    return [f for doc in documents_by_doc_id(input_tsv) for f in run_checks(doc, checks=specs)]


def predictions(input_tsv: Path, scheme: str, found: list | None = None) -> tuple[list[dict], Counter]:
    """Every finding on the set as a prediction row, and how many findings each unscored check had."""
    rows, unscored = [], Counter()
    for f in findings(input_tsv) if found is None else found:
        kind = gold_type(f.check_id, scheme)
        if kind is None:
            unscored[f.check_id] += 1
            continue
        rows.append({"doc_id": f.doc, "seg_id": int(f.pair_id[1:]), "type": kind, "check": f.check_id})
    return rows, unscored


ADDITION = "Accuracy/Addition"


def addition_row(gold_jsonl: Path, found: list) -> str:
    """Additions scored from the gold rows' MQM `category` (score.py types them 'other' and leaves them out):
    a gold unit is a segment with an Accuracy/Addition row, a prediction a segment with a finding of a check
    whose category is Accuracy/Addition; recall and precision at segment level, as score.py counts."""
    gold = set()
    for line in gold_jsonl.read_text(encoding="utf-8").splitlines():
        row = json.loads(line) if line.strip() else {}
        if row.get("category") == ADDITION:
            gold.add((str(row["doc_id"]), str(row["seg_id"])))
    pred = {(f.doc, str(int(f.pair_id[1:]))) for f in found if f.category == ADDITION}
    hits = len(gold & pred)
    recall, precision = (hits / len(gold) if gold else 0.0), (hits / len(pred) if pred else 0.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    checks = ", ".join(sorted({f.check_id for f in found if f.category == ADDITION})) or "none"
    return (f"{'addition'.ljust(14)}  {len(gold):5d} {len(pred):5d} {hits:5d} {hits:5d}  {recall:6.3f} {precision:6.3f} "
            f"{f1:6.3f}  (from the rows' category {ADDITION}, not in score.py's table; checks of that category that "
            f"fired: {checks})")


def score(name: str, folder: Path, scheme: str, out: Path, extra: list[str]) -> str:
    """Write the set's predictions to `out` and return score.py's report on them."""
    found = findings(folder / "input.tsv")
    rows, unscored = predictions(folder / "input.tsv", scheme, found)
    pred = out / f"{name.replace('/', '-')}.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    cmd = [sys.executable, str(ERRORS / "score.py"), "--gold", str(folder / "gold.jsonl"), "--pred", str(pred),
           "--input", str(folder / "input.tsv"), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return f"score.py failed on {name}: {done.stderr.strip().splitlines()[-1:]}"
    note = ", ".join(f"{k} {v}" for k, v in sorted(unscored.items())) or "none"
    added = f"\n{addition_row(folder / 'gold.jsonl', found)}" if scheme == "ted" else ""
    return f"### {name}\n\n{done.stdout.rstrip()}{added}\nfindings of checks with no gold type here (not scored): {note}\n"


def sets(which: list[str]) -> list[tuple[str, Path, str, list[str]]]:
    """(name, folder, scheme, extra score.py arguments) of each set present."""
    found = []
    if "news22" in which:
        folder = ERRORS / "news22" / "synthetic"
        found.append(("news22/synthetic", folder, "news22", ["--exclude", str(folder / "audit_clean.jsonl")]))
    if "ted" in which:
        for folder in sorted(p for p in (ERRORS / "ted-mqm").glob("*") if (p / "input.tsv").exists()):
            found.append((f"ted-mqm/{folder.name}", folder, "ted", ["--min-raters", "1"]))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", choices=("news22", "ted"), help="score only this set (repeatable)")
    parser.add_argument("--out", type=Path, help="keep the prediction files in this folder")
    args = parser.parse_args(argv)
    if not (ERRORS / "score.py").exists():
        print(f"no error sets: {ERRORS} is missing", file=sys.stderr)
        sys.exit(2)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        out.mkdir(parents=True, exist_ok=True)
        for name, folder, scheme, extra in sets(args.set or ["news22", "ted"]):
            print(score(name, folder, scheme, out, extra), flush=True)


if __name__ == "__main__":
    main()
