"""A service over a copy of the bundled sample page, driven through Starlette's TestClient (no sockets)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import BUNDLED_SAMPLE

pytest.importorskip("starlette", reason="the serve extra (starlette) is not installed")
pytest.importorskip("httpx2", reason="Starlette's TestClient needs httpx2")

TOKEN = "editor-token-for-tests-0123456789"
NAME = BUNDLED_SAMPLE.name
QUOTE = "county government"  # in the sample's English summary


@pytest.fixture
def docs(tmp_path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(BUNDLED_SAMPLE, folder / NAME)
    return folder


@pytest.fixture
def make_client(tmp_path, docs):
    """make_client(**ServeConfig changes) → a TestClient of a fresh service (the same ledger each call)."""
    from starlette.testclient import TestClient

    from qa.serve import ServeConfig, create_app
    from qa.workflows.corrections.documents import Documents

    clients = []

    def make(map_file: Path | None = None, **changes):
        values = dict(ledger=tmp_path / "ledger.sqlite", documents=Documents.load(docs, map_file), token=TOKEN,
                      rate_limit=0, warm=False, out_dir=tmp_path / "corrected")
        values.update(changes)
        client = TestClient(create_app(ServeConfig(**values)), base_url="http://qa.test")
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.__exit__(None, None, None)


@pytest.fixture
def client(make_client):
    return make_client()


def report(client, **fields):
    body = {"document": NAME, "quote": QUOTE, "suggestion": "County Government"} | fields
    return client.post("/api/reports", json=body)


def log_in(client, name: str = "Ed") -> str:
    """Log the client in; returns the CSRF token from the queue page."""
    response = client.post("/login", data={"name": name, "token": TOKEN}, follow_redirects=False)
    assert response.status_code == 303, response.text
    page = client.get("/editor")
    assert page.status_code == 200
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def flashes(page) -> list[str]:
    return re.findall(r'<p class="flash">([^<]*)</p>', page.text)


class LiveServer:
    """The service on an ephemeral loopback port, run by uvicorn in a background thread."""

    def __init__(self, app):
        import socket
        import threading

        import uvicorn

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)
        self.thread.start()
        import time

        while not self.server.started:  # a loop on a flag uvicorn sets; the thread dies with the test on failure
            if not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


class StaticSite:
    """A publication's page on another loopback port (another origin), served by the standard library."""

    def __init__(self):
        import http.server
        import threading

        site = self
        self.body = b""

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the standard library's name
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(site.body)))
                self.end_headers()
                self.wfile.write(site.body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def publish(self, html: str) -> None:
        self.body = html.encode("utf-8")

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def site_page(text: str, snippet_attributes: str) -> str:
    """The English paragraphs of a bilingual page as a publication shows them, the snippet under 'See an error?'."""
    import html
    import re

    english = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not re.search(r"[\u4e00-\u9fff]", p)]
    body = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in english)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Sample</title></head><body>{body}"
            f"<p>See an error? Drop us a line</p><script {snippet_attributes} defer></script></body></html>")
