"""Small audits for the workflow tests: the bundled sample under hostile names, a few checks only."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "samples" / "county-work-report.txt"
FAMILIES = ("qa.checks.numbers", "qa.checks.names", "qa.checks.terms")


def audit_config(outdir: Path, formats=("csv", "html"), **changes):
    from qa.config import load_settings
    from qa.workflows.audit import AuditConfig, registered_check_modules

    for module in FAMILIES:
        importlib.import_module(module)
    settings = load_settings(None, {"formats": tuple(formats), "select": ("N", "M", "T")})
    return AuditConfig(settings=settings, outdir=str(outdir), check_modules=registered_check_modules(),
                       no_accept=True, **changes)


def put_sample(folder: Path, *names: str | bytes) -> list[Path]:
    """Copies of the sample under `names` (bytes: a name that need not be UTF-8)."""
    import os

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in names:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name if isinstance(name, bytes) else os.fsencode(name))))
        shutil.copy(SAMPLE, path)
        paths.append(path)
    return paths


@pytest.fixture
def docs(tmp_path) -> Path:
    return tmp_path / "docs"
