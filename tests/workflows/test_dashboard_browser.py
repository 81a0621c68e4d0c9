"""The audit dashboard in headless Chromium: sorting works, links open the reports, nothing loads from the network."""

from __future__ import annotations


import pytest

from tests.fixtures.archive import generate_archive



@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    from tests.workflows.test_audit import make_config
    from qa.workflows.audit import run_audit

    root = tmp_path_factory.mktemp("dash")
    generate_archive(root / "docs", 6)
    (root / "docs" / "empty.txt").write_text("", encoding="utf-8")
    result = run_audit([root / "docs"], make_config(root / "reports", **{}), jobs=1, progress=False)
    return root, result


def test_dashboard_sorts_links_to_reports_and_is_offline(audited, browser):
    root, result = audited
    index = root / "reports" / "index.html"
    requests, errors = [], []
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(index.as_uri())
    page.screenshot(path=str(root / "dashboard.png"), full_page=True)
    scores = lambda: page.eval_on_selector_all(  # noqa: E731
        "#doc-table tr.doc-row td.score", "els => els.map(e => parseFloat(e.dataset.v))")
    shown = scores()
    assert shown == sorted(shown, reverse=True)  # worst first on load
    page.click("#doc-table th:has-text('Penalty')")
    assert scores() == sorted(shown)
    page.fill("#filter", "batch1")
    visible = page.eval_on_selector_all("#doc-table tr.doc-row", "els => els.filter(e => e.offsetParent !== null).length")
    assert visible == sum(1 for r in result.rows if r.stem.startswith("batch1"))
    page.fill("#filter", "")
    assert page.is_visible("#errors >> text=empty.txt")
    worst = max(result.ok, key=lambda r: (r.score, r.findings))
    page.click(f"#worst a:has-text('{worst.stem}')")
    page.wait_for_load_state("load")
    assert page.url.endswith(f"{worst.stem}.html")
    assert page.locator("li.finding").count() == worst.findings
    page.screenshot(path=str(root / "report.png"))
    page.close()
    assert errors == []
    assert all(url.startswith("file://") for url in requests), requests
    assert (root / "dashboard.png").stat().st_size > 10_000


def test_a_javascript_named_document_opens_its_report_and_runs_nothing(tmp_path, browser):
    """Issue 14 item 1: the link of `javascript:alert(document.domain).txt` is a relative path, not a script."""
    from tests.workflows.conftest import audit_config, put_sample
    from qa.workflows.audit import run_audit

    put_sample(tmp_path / "docs", "javascript:alert(document.domain).txt", "50%#1.txt")
    run_audit([tmp_path / "docs"], audit_config(tmp_path / "out"), jobs=1, progress=False)
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for name in ("javascript:alert(document.domain)", "50%#1"):
        page.goto((tmp_path / "out" / "index.html").as_uri())
        page.click(f"#doc-table a:has-text('{name}')")
        page.wait_for_load_state("load")
        assert page.locator("li.finding").count() > 0, page.url  # the document's own report
    page.close()
    assert dialogs == []


def test_findings_per_check_link_to_that_checks_findings(audited, browser):
    """Issue 20: a check's row lists its documents, each a link to the report showing that check's findings only."""
    root, result = audited
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((root / "reports" / "index.html").as_uri())
    assert page.locator("#scores h2").inner_text().lower().startswith("penalty")
    name = max(((k, n) for r in result.ok for k, n in r.by_check.items()), key=lambda kv: kv[1])[0]
    check_id = name.split()[0]
    document = max((r for r in result.ok if r.by_check.get(name)), key=lambda r: (r.by_check[name], r.stem))
    row = page.locator("#checks tr.check-row", has_text=name)
    row.locator("summary").click()
    row.locator(f"a:has-text('{document.stem}')").first.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(f"{document.stem}.html#check%3D{check_id}")
    visible = page.eval_on_selector_all(
        "li.finding", "els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.check)")
    assert visible == [check_id] * document.by_check[name]
    assert page.locator("li.finding").count() == document.findings
    page.close()
    assert errors == []
