"""Which report files belong together: a manifest written first as "writing" and last as "complete".

A run that is killed or runs out of disk half-way leaves some reports new and
some from the previous run; a folder swap cannot prevent it when the output
folder is shared (`-o reports`, `-o .`). So each run first records that it is
writing (run id, time), writes its files atomically one by one, and last
replaces the manifest atomically with the list of files and their SHA-256.
A reader then tells a complete set from an interrupted one ("incomplete": the
run never finished) or a mixed one (files changed since the run finished).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from qa.atomic import atomic_write_text
from qa.io.files import sha256_file

FORMAT = "qa-manifest/1"
WRITING, COMPLETE = "writing", "complete"
NONE, INCOMPLETE, MIXED = "none", "incomplete", "mixed"


@dataclass(frozen=True)
class SetState:
    """What the manifest says about a folder's reports (`status` one of none, complete, incomplete, mixed)."""

    status: str
    run_id: str = ""
    detail: str = ""

    @property
    def trustworthy(self) -> bool:
        """No sign of an interrupted or overlapping run (a folder without a manifest is not suspect)."""
        return self.status in (NONE, COMPLETE)

    def describe(self) -> str:
        if self.status == NONE:
            return "no manifest"
        text = f"{self.status} set (run {self.run_id})" if self.run_id else f"{self.status} set"
        return f"{text}: {self.detail}" if self.detail else text


def new_run_id() -> str:
    """Sortable and unique enough for one folder: UTC time and 8 random hex digits."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(4)


def begin(manifest: Path, run_id: str, what: str) -> None:
    """Mark the set as being written, before the first report is replaced."""
    record = {"format": FORMAT, "run": run_id, "state": WRITING, "what": what,
              "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    atomic_write_text(manifest, json.dumps(record, indent=1) + "\n")


def finish(manifest: Path, run_id: str, files: Iterable[Path], what: str, signature: str = "",
           hashes: dict[str, str] | None = None) -> Path:
    """Record the complete set (file -> sha256, relative to the manifest's folder); written last."""
    root = manifest.parent
    known = dict(hashes or {})
    listing = {}
    for path in files:
        rel = Path(path).relative_to(root).as_posix()
        listing[rel] = known.get(rel) or sha256_file(Path(path))
    record = {"format": FORMAT, "run": run_id, "state": COMPLETE, "what": what, "signature": signature,
              "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "files": dict(sorted(listing.items()))}
    # ASCII escapes keep undecodable file-name bytes (surrogates) exact: json.loads + os.fsencode give them back.
    return atomic_write_text(manifest, json.dumps(record, indent=1) + "\n")


def read_state(manifest: Path) -> SetState:
    """The state of the set `manifest` describes, checking every listed file's SHA-256."""
    try:
        record = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SetState(NONE)
    except (OSError, ValueError) as err:
        return SetState(INCOMPLETE, detail=f"its manifest {manifest.name} cannot be read ({type(err).__name__})")
    run_id = str(record.get("run", ""))
    if record.get("state") != COMPLETE:
        return SetState(INCOMPLETE, run_id, f"the run started {record.get('started', '?')} did not finish")
    missing, changed = [], []
    for rel, expected in (record.get("files") or {}).items():
        try:
            if sha256_file(manifest.parent / rel) != expected:
                changed.append(rel)
        except OSError:
            missing.append(rel)
    if missing or changed:
        parts = [f"{len(missing)} file(s) missing" if missing else "", f"{len(changed)} changed since" if changed else ""]
        example = (missing + changed)[0]
        return SetState(MIXED, run_id, f"{', '.join(p for p in parts if p)} (e.g. {example})")
    return SetState(COMPLETE, run_id)
