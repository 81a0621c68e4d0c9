"""Never write an output over a file the same command reads.

A report named like the glossary, an alignment written into the folder of its
input, `qa compare a b --csv b`: each would replace an input the user still
needs. Every command lists what it reads and what it will write and calls
`refuse_overwriting` before writing anything. Paths are compared resolved
(symlinks, `..`) and, when both exist, with `os.path.samefile` (hard links,
case-insensitive file systems).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Union

from qa.errors import UsageError
from qa.io.files import shown

PathLike = Union[str, os.PathLike]
Named = Union[PathLike, tuple[PathLike, str], None]


def _named(item: Named) -> tuple[Path, str] | None:
    if item is None:
        return None
    if isinstance(item, tuple):
        path, what = item
        return (Path(path), what) if path is not None else None
    return Path(item), "input"


def same_file(a: Path, b: Path) -> bool:
    """True when `a` and `b` name one file (after resolving links), whether or not it exists yet."""
    try:
        if a.resolve() == b.resolve():
            return True
    except (OSError, RuntimeError):  # a symlink loop: fall through to samefile
        pass
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet): not the same file
        return False


def refuse_overwriting(outputs: Iterable[Named], inputs: Iterable[Named]) -> None:
    """Raise UsageError (exit 2) when an output would replace one of the inputs.

    Items are paths or (path, what) pairs such as (glossary, "--glossary"); None is skipped.
    """
    read = [named for named in map(_named, inputs) if named is not None]
    for output in map(_named, outputs):
        if output is None:
            continue
        for path, what in read:
            if same_file(output[0], path):
                raise UsageError(
                    f"{shown(output[0])} would overwrite {what} {shown(path)}; write the output somewhere else"
                )
