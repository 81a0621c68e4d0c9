"""Finding the documents of an audit and naming their reports.

Paths stay the OS's own (str with surrogates for bytes that are not UTF-8,
as os.walk gives them), so a GBK name from a Windows zip is opened like any
other; what people read (`rel`, report names) is `shown()` text with U+FFFD.
A folder the walk cannot enter is an error row, never silently skipped.
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from qa.errors import UsageError
from qa.io.files import shown

# The dashboard's own files at the top of the output folder: no report may take their names.
OUTPUT_NAMES = ("index.html", "summary.csv", "findings.csv", "findings.xlsx", "glossary.proposed.tsv", "terminology.json")


@dataclass(frozen=True)
class Found:
    """A document to check (`error` empty) or a place the walk could not read."""

    path: str  # as the OS names it
    rel: str  # shown, relative to the root it was found under
    error: str = ""


def supported_suffixes() -> set[str]:
    """What a folder walk takes: every supported format but Markdown, which in an
    archive is mostly READMEs and notes (a .md file named on the command line is
    still checked)."""
    from qa.io import SUPPORTED

    return set(SUPPORTED) - {".md"}


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _walk(root: Path, suffixes: set[str]) -> Iterable[Found]:
    """Supported, non-hidden files under `root` in a stable order; unreadable folders as errors."""
    problems: list[Found] = []

    def unreadable(err: OSError) -> None:
        where = Path(err.filename) if err.filename else root
        rel = where.relative_to(root) if _inside(where, root) else where
        if not _is_hidden(rel):
            problems.append(Found(str(where), shown(rel.as_posix()) + "/",
                                  f"folder cannot be read: {err.strerror or err}"))

    entries = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # hidden folders are never documents
        for name in files:
            path = Path(folder) / name
            rel = path.relative_to(root)
            if path.suffix.lower() in suffixes and not _is_hidden(rel) and path.is_file():
                entries.append(Found(str(path), shown(rel.as_posix())))
    return sorted(entries + problems, key=lambda f: f.rel)


def discover(paths: Sequence[str | Path], exclude: Sequence[Path] = (),
             skip_files: Iterable[Path] = ()) -> list[Found]:
    """Every document under `paths`, in a stable order.

    Folders are walked recursively for supported extensions (hidden files
    left out); a glob pattern is expanded; a file named explicitly is always
    taken, so an unsupported one becomes an error row. A folder in `exclude`
    (the output folder) is left out when it lies inside an audited folder, not
    when it holds it (`-o .`); `skip_files` (the previous run's outputs) are
    then left out one by one.
    """
    suffixes = supported_suffixes()
    excluded = [Path(e).resolve() for e in exclude]
    skipped = {Path(p).resolve() for p in skip_files}
    found: list[Found] = []
    seen: set[Path] = set()

    def add(entry: Found, root: Path) -> None:
        resolved = Path(entry.path).resolve()
        outside_root = [e for e in excluded if not _inside(root, e)]
        if resolved in seen or resolved in skipped or any(_inside(resolved, e) for e in outside_root):
            return
        seen.add(resolved)
        found.append(entry)

    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for entry in _walk(root, suffixes):
                add(entry, root.resolve())
        elif root.exists():
            # a FIFO or a device named on the command line is an error row, never opened (it would hang or fill memory)
            problem = "" if root.is_file() else "not a regular file (a device, pipe or socket)"
            add(Found(str(root), shown(root.name), problem), root.resolve().parent)
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True))
            for path in matches:
                if path.is_file():
                    add(Found(str(path), shown(path.as_posix())), Path.cwd().resolve())
            if not matches:
                raise UsageError(f"{shown(raw)}: the pattern matches no file")
        else:
            raise UsageError(f"{shown(raw)}: no such file or folder")
    return found


def _report_path(rel: str) -> Path:
    """`rel` as a path inside the output folder: relative to the working directory when
    absolute, with no `.`/`..` parts or leading dots, so a report never lands outside the folder or hidden."""
    path = Path(rel)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            path = path.relative_to(path.anchor)
    parts = [part.lstrip(".") for part in path.parts if part not in ("", ".", "..")]
    parts = [part for part in parts if part]  # no hidden report files either
    return Path(*parts) if parts else Path("document")


def report_stems(rels: Sequence[str]) -> list[str]:
    """A unique report path per document: its normalised relative path without extension, made unique.

    Paths are normalised before the uniqueness test, so `a/doc.txt` and
    `../a/doc.txt` get `a/doc` and `a/doc_txt`, never the same report; the
    dashboard's own names (index, summary, …) are taken from the start, so
    `index.txt` reports as `index_txt.html`, never over the dashboard.
    """
    taken: set[str] = {name.rsplit(".", 1)[0].lower() for name in OUTPUT_NAMES}
    stems = []
    for rel in rels:
        path = _report_path(shown(rel))
        candidates = [path.with_suffix("").as_posix(), (path.parent / path.name.replace(".", "_")).as_posix()]
        stem = next((c for c in candidates if c.lower() not in taken), None)
        n = 2
        while stem is None:
            candidate = f"{candidates[0]}-{n}"
            stem = candidate if candidate.lower() not in taken else None
            n += 1
        taken.add(stem.lower())  # case-folded: reports must not collide on case-insensitive disks
        stems.append(stem)
    return stems


def reference_for(rel: str, reference_dir: str | None) -> str | None:
    """The reference document with the same relative path, or failing that the same stem."""
    if not reference_dir:
        return None
    root = Path(reference_dir)
    same = root / rel
    if same.is_file():
        return str(same)
    stem = Path(rel).stem
    for candidate in sorted(root.rglob(f"{glob.escape(stem)}.*")):
        if candidate.is_file():
            return str(candidate)
    return None
