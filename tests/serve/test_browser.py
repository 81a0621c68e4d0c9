"""The whole workflow in Chromium: a reader reports from the snippet on a publication's page (another origin),
the editor logs in, verifies, accepts and applies, and the public erratum shows the change."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.serve.conftest import NAME, QUOTE, TOKEN, LiveServer, StaticSite, site_page

from qa.workflows.corrections import Ledger
from qa.workflows.corrections.mail import fields_of

SELECT = """quote => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
        const at = walker.currentNode.textContent.indexOf(quote);
        if (at >= 0) {
            const range = document.createRange();
            range.setStart(walker.currentNode, at);
            range.setEnd(walker.currentNode, at + quote.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            document.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
            return true;
        }
    }
    return false;
}"""


@pytest.fixture
def served(tmp_path, docs):
    pytest.importorskip("uvicorn", reason="the serve extra (uvicorn) is not installed")
    from qa.serve import ServeConfig, create_app
    from qa.workflows.corrections.documents import Documents

    site = StaticSite()  # its origin is needed before the service starts; its page is published by each test
    config = ServeConfig(ledger=tmp_path / "ledger.sqlite", documents=Documents(docs), token=TOKEN, rate_limit=5,
                         allow_origins=(site.url,), out_dir=tmp_path / "corrected", warm=False)
    server = LiveServer(create_app(config))
    yield site, server
    server.stop()
    site.stop()


def publish(site: StaticSite, docs, attributes: str) -> None:
    site.publish(site_page((docs / NAME).read_text(encoding="utf-8"), attributes))


def test_reader_reports_editor_verifies_accepts_applies_and_the_erratum_shows_it(browser, served, docs, tmp_path):
    site, server = served
    publish(site, docs, f'src="{server.url}/snippet.js" data-document="{NAME}" data-mailto="corrections@example.org"')
    reader = browser.new_page()
    reader.goto(site.url)
    assert reader.evaluate(SELECT, QUOTE)
    reader.click("text=Report an error")
    assert reader.input_value("textarea[name=quote]") == QUOTE  # the selection became the quote
    reader.fill("textarea[name=suggestion]", "County Government")
    reader.fill("input[name=email]", "reader@example.org")
    reader.click("text=Send report")
    reader.wait_for_selector("text=Thank you: report #1 was recorded")
    reader.close()
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        (item,) = ledger.list()
    assert (item.quote, item.suggest, item.email, item.submission != "") == (QUOTE, "County Government", "reader@example.org", True)

    editor = browser.new_page()
    editor.set_default_timeout(300_000)  # the first verify loads every check's resources: slow on a busy machine
    editor.goto(f"{server.url}/editor")  # not logged in: sent to the login form
    editor.fill("input[name=name]", "Editor Ed")
    editor.fill("input[name=token]", TOKEN)
    editor.click("text=Log in")
    editor.wait_for_selector("article#r1")
    assert editor.inner_text("article#r1 .target mark") == QUOTE  # located in the aligned pair, side by side
    editor.click("article#r1 button.verify")
    editor.wait_for_selector("article#r1 .verdict")
    assert editor.inner_text(".flash").startswith("#1: ")
    editor.fill("article#r1 form.accept input[name=fix]", "County Government")
    editor.click("article#r1 form.accept button")
    editor.wait_for_selector("text=#1 accepted")
    editor.click("button.apply")
    editor.wait_for_selector("text=1 correction(s)")
    editor.goto(f"{server.url}/corrections/{NAME}")
    assert editor.inner_text("td.before") == QUOTE and editor.inner_text("td.after") == "County Government"
    editor.close()
    assert "the County Government’s annual work report" in (tmp_path / "corrected" / NAME).read_text(encoding="utf-8")


def test_when_the_service_is_down_the_snippet_offers_the_mail_that_import_reads(browser, served, docs, tmp_path):
    site, server = served
    import socket

    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there: the service "is down"
    publish(site, docs, f'src="{server.url}/snippet.js" data-endpoint="http://127.0.0.1:{port}" '
                        f'data-document="{NAME}" data-mailto="corrections@example.org"')
    page = browser.new_page()
    page.goto(site.url)
    page.click("text=Report an error")
    page.fill("textarea[name=quote]", "Wang  Xiaoming\ndelivered")
    page.fill("textarea[name=suggestion]", "Wang Xiaoming (王小明)")
    page.click("text=Send report")
    link = page.wait_for_selector("a.qa-report-mailto").get_attribute("href")
    page.close()
    parts = urlsplit(link)
    assert parts.scheme == "mailto" and parts.path == "corrections@example.org"
    body = parse_qs(parts.query)["body"][0]
    assert fields_of(body) == {"page": NAME, "quote": "Wang Xiaoming delivered", "suggest": "Wang Xiaoming (王小明)"}
