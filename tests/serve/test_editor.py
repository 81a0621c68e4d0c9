"""The editors' pages: login, CSRF on every action, readers' words as text, the decisions, apply and the erratum."""

from __future__ import annotations

import csv
import hashlib
import io

import pytest

from tests.serve.conftest import NAME, QUOTE, TOKEN, flashes, log_in, report

from qa.workflows.corrections import Ledger

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
FORMULA = '=HYPERLINK("http://evil.example","click")'


def ledger_items(tmp_path):
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        return ledger.list()


def test_the_queue_needs_a_login(client):
    assert client.get("/editor", follow_redirects=False).headers["location"] == "/login"
    assert client.post("/editor/reports/1/verify", data={"csrf": "x"}).status_code == 401
    assert client.post("/editor/apply", data={"csrf": "x"}).status_code == 401
    assert client.get("/editor/reports.csv").status_code == 401


def test_a_wrong_token_does_not_log_in_and_guesses_are_limited(client):
    for _ in range(10):
        assert client.post("/login", data={"name": "Ed", "token": "guess-guess-guess-guess"}).status_code == 401
    assert client.post("/login", data={"name": "Ed", "token": TOKEN}).status_code == 429  # even the right one, for a minute
    assert client.get("/editor", follow_redirects=False).status_code == 303


def test_the_session_cookie_is_httponly_and_same_site_strict(client):
    response = client.post("/login", data={"name": "Ed", "token": TOKEN}, follow_redirects=False)
    cookie = response.headers["set-cookie"]
    assert "qa_editor=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie and TOKEN not in cookie


@pytest.mark.parametrize("path, form", [
    ("/editor/reports/1/accept", {"fix": "County Government"}),
    ("/editor/reports/1/reject", {"reason": "house style"}),
    ("/editor/reports/1/duplicate", {"of": "2"}),
    ("/editor/reports/1/verify", {}),
    ("/editor/apply", {"document": NAME}),
])
@pytest.mark.parametrize("csrf", [None, "forged-token"])
def test_an_action_without_the_sessions_csrf_token_is_refused(client, tmp_path, path, form, csrf):
    report(client)
    report(client, quote="Wang Xiaoming")
    log_in(client)
    before = ledger_items(tmp_path)
    response = client.post(path, data=form | ({"csrf": csrf} if csrf else {}), follow_redirects=False)
    assert response.status_code == 403 and "CSRF" in response.text
    assert ledger_items(tmp_path) == before


def test_readers_words_are_shown_as_text_everywhere(client, tmp_path):
    assert report(client, suggestion=XSS, note=XSS, email="x@example.org").status_code == 201
    assert report(client, quote="Wang Xiaoming", suggestion=FORMULA, note=FORMULA).status_code == 201
    csrf = log_in(client)
    page = client.get("/editor").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert client.get("/editor").headers["content-security-policy"].startswith("default-src 'none'")
    # accepted with the reader's words as the fix, applied: the public erratum shows them as text too
    client.post("/editor/reports/1/accept", data={"csrf": csrf, "fix": XSS})
    client.post("/editor/apply", data={"csrf": csrf, "document": NAME})
    public = client.get(f"/corrections/{NAME}").text
    assert "<script>alert" not in public and "&lt;script&gt;" in public
    exported = client.get("/editor/reports.csv")
    rows = list(csv.reader(io.StringIO(exported.text)))
    assert rows[2][6] == "'" + FORMULA and rows[2][7] == "'" + FORMULA  # neutralised: no formula runs
    assert exported.headers["content-type"].startswith("text/csv")


def test_the_readers_email_is_never_public(client, tmp_path):
    report(client, email="private.reader@example.org", note="my note")
    csrf = log_in(client)
    assert "private.reader@example.org" in client.get("/editor").text  # the editor may reply
    client.post("/editor/reports/1/accept", data={"csrf": csrf, "fix": "County Government"})
    client.post("/editor/apply", data={"csrf": csrf, "document": NAME})
    anonymous = type(client)(client.app, base_url="http://qa.test")
    for path in ("/", "/corrections", f"/corrections/{NAME}", "/corrections.json"):
        text = anonymous.get(path).text
        assert "private.reader" not in text and "my note" not in text, path
    assert "County Government" in anonymous.get("/corrections.json").text


def test_verify_accept_and_apply_write_a_corrected_copy_and_the_erratum(client, tmp_path, docs):
    original = hashlib.sha256((docs / NAME).read_bytes()).hexdigest()
    report(client)
    csrf = log_in(client, "Editor Ed")
    page = client.post("/editor/reports/1/verify", data={"csrf": csrf})
    assert flashes(page) and flashes(page)[0].startswith("#1: ")
    (item,) = ledger_items(tmp_path)
    assert item.verdict_data["pair_id"] == item.pair_id and QUOTE in item.verdict_data["target"]
    page = client.post("/editor/reports/1/accept", data={"csrf": csrf, "fix": "County Government"})
    assert "#1 accepted" in flashes(page)[0]
    page = client.post("/editor/apply", data={"csrf": csrf, "document": NAME})
    assert "1 correction(s)" in flashes(page)[0]
    corrected = (tmp_path / "corrected" / NAME).read_text(encoding="utf-8")
    assert "the County Government’s annual work report" in corrected
    assert hashlib.sha256((docs / NAME).read_bytes()).hexdigest() == original  # the input is never overwritten
    assert (tmp_path / "corrected" / "county-work-report.erratum.md").is_file()
    (item,) = ledger_items(tmp_path)
    assert (item.status, item.editor, item.fix) == ("applied", "Editor Ed", "County Government")
    feed = client.get("/corrections.json").json()
    assert feed["documents"][0]["document"] == NAME
    assert [(c["before"], c["after"]) for c in feed["documents"][0]["corrections"]] == [(QUOTE, "County Government")]
    html = client.get(f"/corrections/{NAME}").text
    assert '<td class="before">county government</td><td class="after">County Government</td>' in html


def test_reject_needs_a_reason_and_keeps_it(client, tmp_path):
    report(client)
    csrf = log_in(client, "Ed")
    page = client.post("/editor/reports/1/reject", data={"csrf": csrf, "reason": "  "})
    assert "--why is empty" in flashes(page)[0] and ledger_items(tmp_path)[0].status == "open"
    client.post("/editor/reports/1/reject", data={"csrf": csrf, "reason": "lower case is house style"})
    (item,) = ledger_items(tmp_path)
    assert (item.status, item.reason, item.editor) == ("rejected", "lower case is house style", "Ed")


def test_reports_of_the_same_quote_are_grouped_and_can_be_filed_by_hand(client, tmp_path):
    report(client, suggestion="County Government")
    report(client, quote="County  government", suggestion="county Government")  # spacing and case differ
    report(client, quote="Wang Xiaoming", suggestion="Wang Xiaoming")
    items = ledger_items(tmp_path)
    assert [(i.status, i.duplicate_of) for i in items] == [("open", 0), ("duplicate", 1), ("open", 0)]
    csrf = log_in(client)
    page = client.get("/editor").text
    assert "1 more report(s) of the same quote" in page and page.count('<article class="report"') == 2
    client.post("/editor/reports/3/duplicate", data={"csrf": csrf, "of": "#2"})  # #2 is itself filed under #1
    assert [(i.status, i.duplicate_of) for i in ledger_items(tmp_path)][2] == ("duplicate", 1)


def test_accept_as_a_glossary_rule_writes_the_rule(make_client, tmp_path):
    glossary = tmp_path / "glossary.tsv"
    client = make_client(glossary=glossary)
    report(client, quote="Wang Xiaoming", suggestion="Wang Xiaoming")
    csrf = log_in(client)
    page = client.post("/editor/reports/1/accept", data={"csrf": csrf, "fix": "Wang Xiaoming (王小明)", "rule": "on", "term": "王小明"})
    assert "2 glossary rule(s) added" in flashes(page)[0]
    rows = glossary.read_text(encoding="utf-8").splitlines()
    assert rows[1:] == ["王小明\tWang Xiaoming (王小明)\tpreferred\tcorrection #1",
                        "王小明\tWang Xiaoming\tforbidden\tcorrection #1"]


def test_an_unknown_or_outside_document_is_not_a_public_page(client):
    assert client.get("/corrections/..%2F..%2Fetc%2Fpasswd").status_code == 404
    assert client.get("/corrections/absent.txt").status_code == 404
    assert client.get(f"/corrections/{NAME}").status_code == 200


def test_a_reported_document_is_checked_ahead_so_verify_finds_it_ready(make_client, tmp_path, docs):
    client = make_client(warm=True)
    service = client.app.state.service
    service.checker.queue.join()  # the start-up check of the folder's first document
    (docs / "second.txt").write_bytes((docs / NAME).read_bytes().replace(b"county government", b"county administration"))
    assert not service.checker.ready(str(docs / "second.txt"))
    assert report(client, document="second.txt", quote="county administration").status_code == 201
    service.checker.queue.join()
    assert service.checker.ready(str(docs / "second.txt"))
    (docs / "second.txt").write_bytes((docs / NAME).read_bytes() + b"\nA new paragraph.\n")  # a new version: checked again
    assert not service.checker.ready(str(docs / "second.txt"))


def test_the_cli_and_the_service_share_one_ledger(client, tmp_path, monkeypatch):
    from tests.conftest import run_cli

    report(client, email="reader@example.org", note="see the summary")
    ledger = str(tmp_path / "ledger.sqlite")
    shown = run_cli("corrections", "--ledger", ledger, "show", "1")
    assert shown.exit_code == 0 and "e-mail:           reader@example.org" in shown.stdout
    monkeypatch.chdir(tmp_path)
    accepted = run_cli("corrections", "--ledger", ledger, "accept", "1", "--fix", "County Government")
    assert accepted.exit_code == 0, accepted.output
    log_in(client)
    page = client.get("/editor").text
    assert '<li id="r1">#1 county government → <strong>County Government</strong>' in page  # waiting to be applied
