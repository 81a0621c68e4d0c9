"""The HTML report's template compiled once into the per-user cache: the same page from the cached code."""

from __future__ import annotations

import pytest

from tests.conftest import BUNDLED_SAMPLE


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _page() -> str:
    from qa.checks.engine import run_checks
    from qa.pipeline import load_alignment
    from qa.report import html
    from qa.report.summary import summarize

    html._template.cache_clear()
    alignment = load_alignment(BUNDLED_SAMPLE)
    findings = run_checks(alignment)
    return html.render_html(alignment, findings, summarize(alignment, findings))


def test_the_page_from_the_cached_template_is_the_page_compiled_afresh(cache_home):
    first = _page()
    compiled = sorted((cache_home / "qa" / "templates").glob("__jinja2_*.cache"))
    assert len(compiled) == 3  # the page and the stylesheet and script it includes
    stamps = [path.stat().st_mtime_ns for path in compiled]
    assert _page() == first
    assert [path.stat().st_mtime_ns for path in compiled] == stamps  # read, not rewritten


def test_a_damaged_or_unwritable_template_cache_only_costs_time(cache_home):
    first = _page()
    compiled = sorted((cache_home / "qa" / "templates").glob("__jinja2_*.cache"))
    for path in compiled:
        path.write_bytes(path.read_bytes()[:40])
    assert _page() == first
    folder = compiled[0].parent
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    folder.write_text("not a folder")  # no cache for the templates at all
    assert _page() == first
