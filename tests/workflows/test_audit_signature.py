"""One run signature (issue 13 item 4): the terminal, the reports, the dashboard and the cache key agree."""

from __future__ import annotations

import html

from tests.conftest import run_cli
from tests.workflows.conftest import audit_config, put_sample
from qa import __version__
from qa.workflows.audit import cache_key, signature


def test_terminal_reports_and_dashboard_show_the_same_signature(tmp_path, monkeypatch):
    put_sample(tmp_path / "docs", "a.txt")
    monkeypatch.chdir(tmp_path)
    result = run_cli("audit", "docs", "-o", "out", "-q", "-j", "1", "--select", "N,T", "--fail-on", "critical")
    assert result.exit_code in (0, 1), result.output
    (line,) = [text[len("signature: "):] for text in result.stdout.splitlines() if text.startswith("signature: ")]
    keys = [part.split(":", 1)[0] for part in line.split("|")]
    assert keys[0] == "checks" and keys[-1] == "version" and line.endswith(f"|version:{__version__}")
    assert "|select:N,T|" in line and "|fail-on:critical|" in line and "|glossary:(none)|" in line
    assert line.startswith("checks:N201,N202,N203,N204,T")
    assert html.escape(line) in (tmp_path / "out" / "a.html").read_text(encoding="utf-8")
    assert html.escape(line) in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_the_cache_key_follows_the_signature(tmp_path):
    base = audit_config(tmp_path / "out")
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("source\ttarget\n三农\tThree Rural Issues\n", encoding="utf-8")
    from dataclasses import replace

    with_glossary = replace(base, settings=replace(base.settings, glossary=glossary))
    assert signature(base) != signature(with_glossary)
    assert cache_key(base, signature(base)) != cache_key(with_glossary, signature(with_glossary))
    assert cache_key(base, signature(base)) == cache_key(audit_config(tmp_path / "out"), signature(base))
    before = signature(with_glossary)
    glossary.write_text("source\ttarget\n三农\tThree Agricultural Issues\n", encoding="utf-8")
    after = signature(with_glossary)  # same path, other contents: the hash in the signature changes
    assert "|glossary:sha256:" in after and before != after
    assert cache_key(with_glossary, before) != cache_key(with_glossary, after)
