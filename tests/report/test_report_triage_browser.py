"""Triage in the HTML report, in Chromium from file://: accept, export, re-run with the file; filters, search, navigation.

Issue 20's acceptance test: accept two findings in the browser, export the
accept-file, re-run `qa check` with it: those two are gone and nothing else
changed.
"""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import BUNDLED_SAMPLE, run_cli


def check(folder, *args: str) -> tuple[list[dict], str]:
    run = run_cli("check", "page.txt", "-o", "out", "--isolated", "-q", "--exit-zero", *args)
    assert run.exit_code == 0, run.stderr
    rows = [json.loads(line) for line in (folder / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()]
    return rows, run.stdout


@pytest.fixture
def report(tmp_path, monkeypatch, browser):
    monkeypatch.chdir(tmp_path)
    shutil.copy(BUNDLED_SAMPLE, tmp_path / "page.txt")
    rows, _ = check(tmp_path, "--no-accept")
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto((tmp_path / "out" / "page.html").as_uri())
    yield tmp_path, rows, page, context
    context.close()
    assert errors == []


def visible(page, attribute: str = "fp") -> list[str]:
    return page.eval_on_selector_all(
        "li.finding", f"els => els.filter(e => e.offsetParent !== null).map(e => e.dataset.{attribute})")


def test_accept_two_export_and_rerun_leaves_exactly_those_out(report):
    folder, rows, page, context = report
    first, second = rows[1], rows[4]
    page.click(f'li[data-fp="{first["fingerprint"]}"] button.accept[data-why="false-positive"]')
    page.click(f'li[data-fp="{second["fingerprint"]}"] button.accept[data-why="wont-fix"]')
    assert page.inner_text("#accepted-count") == "2 accepted"
    assert visible(page) == [r["fingerprint"] for r in rows if r not in (first, second)]
    page.reload()  # remembered in the browser
    assert page.inner_text("#accepted-count") == "2 accepted"
    with page.expect_download() as download:
        page.click("#export")
    exported = folder / "exported.txt"
    download.value.save_as(exported)
    after, stdout = check(folder, "--accept-file", str(exported))
    assert after == [r for r in rows if r not in (first, second)]
    assert "2 finding(s) left out as accepted" in stdout and "stale" not in stdout
    lines = [line for line in exported.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines[0].startswith(f'{first["fingerprint"]}  {first["check_id"]}  doc=page') and lines[0].endswith("why=false-positive")
    # another run (another signature) of the same document starts with nothing accepted
    check(folder, "--no-accept", "--select", "M,N,P")
    page.goto((folder / "out" / "page.html").as_uri())
    assert page.inner_text("#accepted-count") == "0 accepted"


def test_restore_show_accepted_filter_by_check_and_search(report):
    _, rows, page, _ = report
    target = rows[2]
    page.click(f'li[data-fp="{target["fingerprint"]}"] button.accept[data-why="false-positive"]')
    page.check("#show-accepted")
    assert target["fingerprint"] in visible(page)
    page.click(f'li[data-fp="{target["fingerprint"]}"] button.restore')
    assert page.inner_text("#accepted-count") == "0 accepted"
    for box in page.query_selector_all("#check-filter input"):
        if box.get_attribute("value") != "M101":
            box.uncheck()
    assert visible(page, "check") == ["M101"]
    page.click("#reset")
    page.fill("#search", "premier li")  # M102's suggestion only
    assert visible(page, "check") == ["M102"]
    page.fill("#search", "HOHHOT")  # the pair's text: every finding on that pair
    assert sorted(visible(page, "check")) == sorted(r["check_id"] for r in rows if r["pair_id"] == "p0011")
    page.fill("#search", "")
    assert len(visible(page)) == len(rows)


def test_next_lands_below_the_sticky_bar_and_copy_takes_the_suggestion(report):
    _, rows, page, _ = report
    page.evaluate("""() => Object.defineProperty(navigator, 'clipboard',
        {value: {writeText: t => { window.copied = t; return Promise.resolve(); }}})""")
    with_suggestion = next(r for r in rows if r["suggestion"])
    page.click(f'li[data-fp="{with_suggestion["fingerprint"]}"] button.copy')
    assert page.evaluate("window.copied") == with_suggestion["suggestion"]
    bar = page.evaluate("document.getElementById('filters').getBoundingClientRect().bottom")
    for _ in range(3):
        page.click("li.finding.current button.next" if page.query_selector("li.finding.current") else "li.finding button.next")
        top = page.evaluate("document.querySelector('li.finding.current').getBoundingClientRect().top")
        assert top >= bar, (top, bar)
    page.goto(page.url.split("#")[0] + "#pair-p0012")
    top = page.evaluate("document.getElementById('pair-p0012').getBoundingClientRect().top")
    header = page.evaluate("document.querySelector('.row.head').getBoundingClientRect().bottom")
    assert top >= header - 1, (top, header)  # the row starts below the sticky bar and its column header


def test_a_target_only_finding_marks_its_source_sentence(report):
    _, rows, page, _ = report
    p501 = next(r for r in rows if r["check_id"] == "P501")
    assert not p501["source_span"]
    finding = page.locator(f'li[data-fp="{p501["fingerprint"]}"]')
    dom_id = finding.get_attribute("id")
    source = page.locator(f'#pair-{p501["pair_id"]} .src mark.link')
    assert source.count() > 0
    assert all(dom_id in m.split() for m in source.evaluate_all("els => els.map(e => e.dataset.f)"))
