"""`qa serve` options: every bad start is one line and exit 2, before anything listens."""

from __future__ import annotations

import pytest

from tests.conftest import assert_one_line_error, run_cli
from tests.serve.conftest import NAME, TOKEN


@pytest.fixture
def started(monkeypatch):
    """uvicorn.run replaced: what `qa serve` would have served, and where."""
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: seen.update(app=app, **options))
    return seen


def test_the_service_starts_with_its_options(tmp_path, docs, monkeypatch, started):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QA_SERVE_TOKEN", TOKEN)
    (tmp_path / "pages.csv").write_text(f"https://news.example.org/county,{NAME}\n", encoding="utf-8")
    result = run_cli("serve", "--documents", "docs", "--ledger", "l.sqlite", "--host", "127.0.0.1", "--port", "9999",
                     "--rate-limit", "3", "--allow-origin", "https://news.example.org", "--allow-origin", "https://b.example,https://c.example",
                     "--map", "pages.csv", "--trust-proxy")
    assert result.exit_code == 0, result.output
    config = started["app"].state.service.config
    assert (started["host"], started["port"], config.rate_limit, config.trust_proxy) == ("127.0.0.1", 9999, 3, True)
    assert config.allow_origins == ("https://news.example.org", "https://b.example", "https://c.example")
    assert config.token == TOKEN
    assert config.documents.mapping == {"https://news.example.org/county": NAME}
    assert "editor side on" in result.stderr and (tmp_path / "l.sqlite").is_file()


def test_without_a_token_the_editor_side_is_disabled(tmp_path, docs, monkeypatch, started):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QA_SERVE_TOKEN", raising=False)
    result = run_cli("serve", "--documents", "docs", "--ledger", "l.sqlite")
    assert result.exit_code == 0 and "editor side disabled" in result.stderr
    assert started["app"].state.service.config.token == ""


def test_the_token_file_wins_over_the_environment(tmp_path, docs, monkeypatch, started):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("QA_SERVE_TOKEN", "x" * 20)
    (tmp_path / "token").write_text(TOKEN + "\n", encoding="utf-8")
    assert run_cli("serve", "--documents", "docs", "--ledger", "l.sqlite", "--token-file", "token").exit_code == 0
    assert started["app"].state.service.config.token == TOKEN


@pytest.mark.parametrize("args, env, fragments", [
    (("--documents", "absent"), {}, ("absent", "not a folder")),
    (("--documents", "docs"), {"QA_SERVE_TOKEN": "short"}, ("shorter than 16",)),
    (("--documents", "docs", "--allow-origin", "https://site.example/page"), {}, ("--allow-origin", "no path")),
    (("--documents", "docs", "--map", "bad.tsv"), {}, ("bad.tsv", "row 2", "../secret.txt")),
    (("--documents", "docs", "--out", "docs"), {}, ("--out", "documents folder")),
    (("--documents", "docs", "--token-file", "absent-token"), {}, ("absent-token",)),
])
def test_a_bad_start_is_one_line(tmp_path, docs, monkeypatch, started, args, env, fragments):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("QA_SERVE_TOKEN", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    (tmp_path / "secret.txt").write_text("x", encoding="utf-8")
    (tmp_path / "bad.tsv").write_text(f"ok\t{NAME}\nevil\t../secret.txt\n", encoding="utf-8")
    assert_one_line_error(run_cli("serve", "--ledger", "l.sqlite", *args), *fragments)
    assert "app" not in started
