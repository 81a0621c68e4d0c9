"""bench/speed.py's "re-check after an edit": the sample page checked cold again after one English sentence changed.

An editor fixes a sentence and runs `qa check` again; the sentence embeddings
the first check kept (qa.align.embed_store) spare the second all but the
changed sentence's. Every other figure of bench/speed.py is a new document's
and runs with the store off.
"""

from __future__ import annotations

import shutil
from pathlib import Path


def edited_page(sample: Path, out: Path) -> Path:
    """The page with one English sentence changed (a word in the middle of a long paragraph), as an editor's fix."""
    lines = sample.read_text(encoding="utf-8").split("\n")
    english = [k for k, line in enumerate(lines)
               if len(line) > 200 and " the " in line and not any("\u4e00" <= c <= "\u9fff" for c in line)]
    k = english[len(english) // 2]
    lines[k] = lines[k].replace(" the ", " this ", 1)
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def recheck_run(sample: Path, work: Path, repeats: int) -> dict[str, float]:
    """A cold `qa check` of the page after one English sentence was edited, with the embeddings the check of the
    page before the edit kept (qa.align.embed_store; each repeat from that same store, in a file of its own)."""
    from bench.speed import check_args, child_env, run_child, summary

    before = work / "before.sqlite"
    run_child(check_args(sample, work / "before"), env=child_env(embeddings=before))  # untimed: the first check
    edited = edited_page(sample, work / f"edited-{sample.name}")
    runs = []
    for k in range(repeats):
        store = work / f"store-{k}.sqlite"
        for suffix in ("", "-wal"):
            if Path(f"{before}{suffix}").exists():
                shutil.copy(f"{before}{suffix}", f"{store}{suffix}")
        runs.append(run_child(check_args(edited, work / "edited"), env=child_env(embeddings=store)))
    return summary(runs)
