"""Do two versions of qa find the same things? `qa check` JSONL findings on a fixed set of documents.

    python -m bench.same_findings record DIR    # write each document's findings under DIR
    python -m bench.same_findings compare DIR   # check again and compare with DIR; exit 1 on any difference

The set: the shared sample page, samples/county-work-report.txt, three
200-segment slices of WMT19 newstest (as TSV) and two MAC-Dev chapters (a
Chinese file and its --target translation, one paragraph per line, so the
paragraph aligner runs too). A speed change must leave every finding as it was.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def documents(work: Path) -> dict[str, list[str]]:
    """name → the `qa check` arguments naming its input."""
    docs = {
        "sample-page": [str(SHARED / "samples" / "ten-key-points-2021.txt")],
        "county-work-report": [str(REPO / "samples" / "county-work-report.txt")],
    }
    wmt = SHARED / "dev-corpora" / "wmt19-newstest-zhen" / "pairs.tsv"
    if wmt.exists():
        with wmt.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        for start in (0, 600, 1400):
            path = work / f"wmt19-{start + 1}.tsv"
            with path.open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, delimiter="\t", lineterminator="\n")
                writer.writerow(["source", "target"])
                writer.writerows((r["source"], r["target"]) for r in rows[start : start + 200])
            docs[path.stem] = [str(path)]
    mac = SHARED / "bench" / "align" / "mac-dev"
    for chapter in ("001", "004"):
        if (mac / "zh" / chapter).exists():
            docs[f"mac-dev-{chapter}"] = [str(mac / "zh" / chapter), "--target", str(mac / "en" / chapter)]
    return docs


def findings(args: list[str], out: Path) -> list[dict]:
    """The JSONL findings of one `qa check` run (every check, no config, no accept-list)."""
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", "from qa.cli import main; main()", "check", *args, "-o", str(out), "--format", "jsonl",
               "--isolated", "--no-accept", "--exit-zero", "-q"]
    subprocess.run(command, check=True, capture_output=True, cwd=REPO)
    (report,) = out.glob("*.jsonl")
    return [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("record", "compare"))
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, doc_args in documents(work).items():
            found = findings(doc_args, work / name)
            saved = args.folder / f"{name}.json"
            if args.action == "record":
                args.folder.mkdir(parents=True, exist_ok=True)
                saved.write_text(json.dumps(found, ensure_ascii=False, indent=0), encoding="utf-8")
                print(f"{name}: {len(found)} findings recorded")
                continue
            before = json.loads(saved.read_text(encoding="utf-8"))
            same = before == found
            differ += not same
            print(f"{name}: {len(before)} before, {len(found)} now, {'identical' if same else 'DIFFERENT'}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
