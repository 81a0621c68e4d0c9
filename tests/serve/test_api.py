"""POST /api/reports and GET /api/reports: what a reader may send, and who may read the reports."""

from __future__ import annotations

import os

import pytest

from tests.serve.conftest import NAME, QUOTE, TOKEN, report

from qa.workflows.corrections import Ledger

BEARER = {"Authorization": f"Bearer {TOKEN}"}


def stored(tmp_path):
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        return ledger.list()


def test_a_report_is_stored_with_the_pair_its_quote_is_in(client, tmp_path):
    response = report(client, note="in the summary", email="reader@example.org")
    assert response.status_code == 201 and response.json() == {"id": 1}
    (item,) = stored(tmp_path)
    assert (item.quote, item.suggest, item.note, item.email, item.page) == (
        QUOTE, "County Government", "in the summary", "reader@example.org", NAME)
    assert QUOTE in item.target and item.match == "exact" and item.doc.endswith(NAME)
    listed = client.get("/api/reports", headers=BEARER)
    assert listed.status_code == 200
    (shown,) = listed.json()
    assert (shown["id"], shown["document"], shown["quote"], shown["suggestion"], shown["status"]) == (
        1, NAME, QUOTE, "County Government", "open")
    assert shown["located"]["target"] == item.target and shown["located"]["pair"] == item.pair_id and shown["created"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-wrong-token"}, {"Authorization": TOKEN},
                                     {"Authorization": f"Basic {TOKEN}"}])
def test_the_reports_are_refused_without_the_token(client, headers):
    report(client, email="secret@example.org")
    response = client.get("/api/reports", headers=headers)
    assert response.status_code == 401 and "secret@example.org" not in response.text
    assert response.headers["www-authenticate"] == "Bearer"


def test_without_a_configured_token_the_editor_side_is_closed(make_client):
    client = make_client(token="")
    assert report(client).status_code == 201  # readers still report
    assert client.get("/api/reports", headers={"Authorization": "Bearer "}).status_code == 401
    assert client.get("/api/reports", headers=BEARER).status_code == 401
    login = client.post("/login", data={"name": "Ed", "token": ""}, follow_redirects=False)
    assert login.status_code == 403 and "disabled" in login.text
    assert client.get("/editor", follow_redirects=False).status_code == 403


@pytest.mark.parametrize("body, status, message", [
    ({"quote": QUOTE, "suggestion": "x"}, 422, "document is required"),
    ({"document": NAME, "suggestion": "x"}, 422, "quote is required"),
    ({"document": NAME, "quote": QUOTE}, 422, "suggestion is required"),
    ({"document": NAME, "quote": 5, "suggestion": "x"}, 422, "quote must be a string"),
    ({"document": NAME, "quote": QUOTE, "suggestion": "x", "email": "not an address"}, 422, "email is not"),
    ({"document": NAME, "quote": QUOTE, "suggestion": "x", "admin": True}, 422, "unknown field(s): admin"),
    ({"document": NAME, "quote": "x" * 1001, "suggestion": "x"}, 422, "quote is longer than 1000"),
    ({"document": NAME, "quote": "purple elephants dancing on the moon", "suggestion": "x"}, 422, "not in the document"),
    ({"document": "other.txt", "quote": QUOTE, "suggestion": "x"}, 404, "unknown document"),
    (["a list"], 422, "JSON object"),
])
def test_a_bad_report_gets_a_clear_4xx_and_is_not_stored(client, tmp_path, body, status, message):
    response = client.post("/api/reports", json=body)
    assert response.status_code == status and message in response.json()["error"]
    assert stored(tmp_path) == []


def test_a_body_that_is_not_json_is_400(client, tmp_path):
    response = client.post("/api/reports", content=b"quote=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400 and response.json() == {"error": "the body is not JSON"}


@pytest.mark.parametrize("document, status", [
    ("../../etc/passwd", 400), ("/etc/passwd", 400), ("..", 400), ("sub/../../" + NAME, 400), ("C:\\Windows\\win.ini", 400),
    ("..\\" + NAME, 400), ("escape.txt", 404), ("https://site.example/../../etc/passwd", 404), ("", 422),
])
def test_a_document_outside_the_documents_folder_is_refused(client, docs, tmp_path, document, status):
    outside = tmp_path / "outside.txt"
    outside.write_bytes((docs / NAME).read_bytes())  # a real document, the quote is in it: only the path stops it
    os.symlink(outside, docs / "escape.txt")
    response = report(client, document=document)
    assert response.status_code == status, response.text
    assert stored(tmp_path) == []


def test_a_symlink_inside_the_folder_is_followed(client, docs, tmp_path):
    (docs / "news").mkdir()
    os.symlink(docs / NAME, docs / "news" / "latest.txt")
    assert report(client, document="news/latest.txt").status_code == 201


@pytest.mark.parametrize("declared", [True, False])
def test_an_oversize_body_is_refused(client, tmp_path, declared):
    big = b'{"document": "' + NAME.encode() + b'", "quote": "' + b"x" * 20000 + b'", "suggestion": "y"}'
    if declared:
        response = client.post("/api/reports", content=big, headers={"Content-Type": "application/json"})
    else:  # no Content-Length: the stream is cut at the limit
        response = client.post("/api/reports", content=iter([big[:8000], big[8000:]]),
                               headers={"Content-Type": "application/json"})
    assert response.status_code == 413 and "larger than" in response.json()["error"]
    assert stored(tmp_path) == []


def test_the_honeypot_field_stops_a_bot(client, tmp_path):
    response = report(client, website="http://spam.example")
    assert response.status_code == 400 and stored(tmp_path) == []


def test_the_rate_limit_is_per_client_address(make_client, tmp_path):
    client = make_client(rate_limit=3, trust_proxy=True)
    first = {"X-Forwarded-For": "198.51.100.7"}
    answers = [client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": f"v{i}"},
                           headers=first).status_code for i in range(5)]
    assert answers == [201, 201, 201, 429, 429]
    limited = client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": "x"}, headers=first)
    assert int(limited.headers["retry-after"]) > 0
    # a proxy appends the real client: a forged first entry does not buy a new allowance
    forged = {"X-Forwarded-For": "203.0.113.1, 198.51.100.7"}
    assert client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": "y"}, headers=forged).status_code == 429
    other = {"X-Forwarded-For": "198.51.100.8"}
    assert client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": "z"}, headers=other).status_code == 201
    assert len(stored(tmp_path)) == 4


def test_without_trust_proxy_the_forwarded_header_is_ignored(make_client):
    client = make_client(rate_limit=2)
    codes = [client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": f"s{i}"},
                         headers={"X-Forwarded-For": f"192.0.2.{i}"}).status_code for i in range(3)]
    assert codes == [201, 201, 429]


def test_pages_may_post_only_from_the_allowed_origins(make_client, tmp_path):
    client = make_client(allow_origins=("https://news.example.org",))
    allowed = {"Origin": "https://news.example.org"}
    preflight = client.options("/api/reports", headers=allowed | {"Access-Control-Request-Method": "POST",
                                                                   "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == "https://news.example.org"
    posted = client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": "x"}, headers=allowed)
    assert posted.status_code == 201 and posted.headers["access-control-allow-origin"] == "https://news.example.org"
    evil = {"Origin": "https://evil.example"}
    refused = client.options("/api/reports", headers=evil | {"Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in refused.headers
    posted = client.post("/api/reports", json={"document": NAME, "quote": QUOTE, "suggestion": "y"}, headers=evil)
    assert posted.status_code == 403 and "access-control-allow-origin" not in posted.headers
    assert len(stored(tmp_path)) == 1


def test_a_retry_with_the_same_submission_key_is_stored_once(client, tmp_path):
    ids = {report(client, submission="7f1c2a9e-retry-key").json()["id"] for _ in range(3)}
    assert ids == {1} and len(stored(tmp_path)) == 1


def test_a_mapped_url_names_its_document(make_client, tmp_path, docs):
    mapping = tmp_path / "pages.tsv"
    mapping.write_text(f"# site page\tfile\nhttps://news.example.org/2022/county\t{NAME}\ncms:4711\t{NAME}\n", encoding="utf-8")
    client = make_client(map_file=mapping)
    assert report(client, document="https://news.example.org/2022/county").status_code == 201
    assert report(client, document="cms:4711", quote="Wang Xiaoming").status_code == 201
    assert report(client, document="cms:4712").status_code == 404
    # the snippet's default is the address bar: query, fragment and final slash do not matter
    assert report(client, document="https://news.example.org/2022/county/?utm=x#top", quote="Wang Xiaoming delivered").status_code == 201
    assert [i.page for i in stored(tmp_path)] == ["https://news.example.org/2022/county", "cms:4711",
                                                  "https://news.example.org/2022/county/?utm=x#top"]
