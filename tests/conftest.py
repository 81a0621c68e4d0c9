"""Shared test fixtures: where the shared samples and benchmark data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# tests count the encoder's work and must not depend on what earlier runs left in the user's embedding store
os.environ["QA_EMBEDDING_CACHE"] = "off"

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SAMPLE_PAGE = SHARED / "samples" / "ten-key-points-2021.txt"
BUNDLED_SAMPLE = REPO / "samples" / "county-work-report.txt"
MAC_DEV = SHARED / "bench" / "align" / "mac-dev"


@pytest.fixture(scope="session")
def sample_page() -> Path:
    if not SAMPLE_PAGE.exists():
        pytest.skip("../shared/samples is not present next to the repository")
    return SAMPLE_PAGE


@pytest.fixture(scope="session")
def mac_dev() -> Path:
    if not MAC_DEV.exists():
        pytest.skip("../shared/bench/align/mac-dev is not present next to the repository")
    return MAC_DEV


@pytest.fixture
def cache_home(tmp_path, monkeypatch) -> Path:
    """A fresh cache folder (XDG_CACHE_HOME), and a fresh process's view of it (nothing pruned or scanned yet)."""
    from qa.lang import cache_prune

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache_prune.forget()
    yield tmp_path / "qa"
    cache_prune.forget()


@pytest.fixture(scope="session")
def sample_alignment(sample_page):
    """The real sample page read and paired once for the whole session."""
    from qa.pipeline import load_alignment

    return load_alignment(sample_page)


@pytest.fixture(scope="session")
def sample_page_pairs(sample_alignment):
    """The sample page's paragraph pairs with both sides: what the checks are tested on."""
    from tests.corpora import sample_pairs

    return sample_pairs(sample_alignment)


def check_pairs(pairs, check_ids, glossary=None) -> list:
    """Findings of the named checks on a small document: Pair values, or (zh, en) tuples numbered p1, p2, ….

    The one place the check tests build a document by hand, so a change to how
    a document is made (ids, languages) is made once for every check family.
    """
    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.model import Alignment, Document, Pair

    made = tuple(p if isinstance(p, Pair) else Pair(f"p{i}", *p) for i, p in enumerate(pairs, 1))
    return run_checks(Alignment(Document(id="t", path="t"), made), [REGISTRY[c] for c in check_ids], glossary=glossary)


def check_pair(source: str, target: str, check_ids, glossary=None, **pair_fields) -> list:
    """Findings of the named checks on one pair `p1` (extra Pair fields such as type="1-0" allowed)."""
    from qa.model import Pair

    return check_pairs([Pair("p1", source, target, **pair_fields)], check_ids, glossary=glossary)


BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by playwright, launched once for every browser test.

    Never `playwright install`: the browser comes from the system (apt-get
    install chromium); tests skip with that reason when it is missing.
    """
    import shutil

    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if not executable:
        pytest.skip("Debian chromium is not installed (apt-get install chromium); browser tests need it")
    sync_api = pytest.importorskip("playwright.sync_api", reason="python playwright not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS, headless=True)
        yield launched
        launched.close()


def run_cli(*args: str):
    """`qa ARGS…` in-process, stdout and stderr kept apart."""
    from click.testing import CliRunner

    from qa.cli import main

    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result, *fragments: str) -> str:
    """Exit 2 with exactly one `qa: error:` line on stderr, no traceback; returns that line."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.output and len(errors) == 1 and errors[0].startswith("qa: error: "), result.stderr
    for fragment in fragments:
        assert fragment in errors[0]
    return errors[0]
