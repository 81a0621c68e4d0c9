"""The HTML report in a real browser: findings visible, filters work from file://.

Uses Debian's chromium through Python playwright (`executable_path`); the
test never downloads a browser and skips with the reason when none is found.
"""

from __future__ import annotations


import pytest

from tests.report_fixtures import ALIGNMENT, FINDINGS  # noqa: E402

from qa.config import Settings  # noqa: E402
from qa.report import write_reports  # noqa: E402



@pytest.fixture(scope="module")
def page(tmp_path_factory, browser):
    outdir = tmp_path_factory.mktemp("html")
    (html,) = write_reports(ALIGNMENT, FINDINGS, outdir, ["html"], Settings())
    requests: list[str] = []
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    pg = context.new_page()
    pg.on("request", lambda r: requests.append(r.url))
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    pg.goto(html.as_uri())
    pg.wait_for_load_state("load")
    pg.screenshot(path=str(outdir / "report.png"), full_page=True)
    pg.set_viewport_size({"width": 900, "height": 1000})
    pg.screenshot(path=str(outdir / "report-narrow.png"), full_page=True)
    pg.set_viewport_size({"width": 1440, "height": 1000})
    yield pg, requests, errors, outdir
    context.close()


def visible_findings(pg) -> list[str]:
    return pg.eval_on_selector_all("li.finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.id)")


def reset(pg) -> None:
    pg.click("#reset")


def test_findings_are_visible_and_nothing_loads_from_network(page):
    pg, requests, errors, outdir = page
    assert len(visible_findings(pg)) == len(FINDINGS)
    assert pg.is_visible("text=Two sentences run together without a full stop.")
    assert pg.locator("#pair-p0005 .tgt mark").inner_text() == "festival We"
    assert all(url.startswith("file://") for url in requests), requests
    assert errors == []  # the <script> in the document text did not run
    assert (outdir / "report.png").stat().st_size > 10_000


def test_severity_filter_hides_and_shows(page):
    pg, *_ = page
    reset(pg)
    pg.uncheck("#severity-filter input[value=minor]")
    shown = visible_findings(pg)
    minor_ids = [f"f{i}" for i, f in enumerate(FINDINGS) if f.severity.value == "minor"]
    assert minor_ids and not set(minor_ids) & set(shown)
    assert len(shown) == len(FINDINGS) - len(minor_ids)
    assert pg.inner_text("#status").startswith(f"{len(shown)} of {len(FINDINGS)}")
    # the mark of a hidden finding loses its highlight
    assert "off" in pg.get_attribute("#pair-p0003 .tgt mark", "class")
    pg.check("#severity-filter input[value=minor]")
    assert len(visible_findings(pg)) == len(FINDINGS)


def test_category_filter_and_only_pairs_with_findings(page):
    pg, *_ = page
    reset(pg)
    for category in {f.category for f in FINDINGS} - {"Fluency/Punctuation"}:
        pg.check(f'#category-filter input[value="{category}"]')
        pg.uncheck(f'#category-filter input[value="{category}"]')
    shown = visible_findings(pg)
    expected = [f"f{i}" for i, f in enumerate(FINDINGS) if f.category == "Fluency/Punctuation"]
    assert shown == expected
    pg.check("#only-findings")
    rows = pg.eval_on_selector_all(".row[data-pair]", "els => els.filter(e => !e.hidden).map(e => e.dataset.pair)")
    assert rows == ["p0004", "p0005"]
    reset(pg)
    assert len(visible_findings(pg)) == len(FINDINGS)
