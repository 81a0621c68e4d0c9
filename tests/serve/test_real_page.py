"""The service on the real published page (../shared): the reader's report of 'Zhang Anjun' for 长安君, the tool agrees."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import SAMPLE_PAGE
from tests.serve.conftest import TOKEN, flashes, log_in

from qa.workflows.corrections import Ledger


@pytest.fixture
def real_client(make_client, docs, tmp_path):
    if not SAMPLE_PAGE.exists():
        pytest.skip("../shared not present: the real sample page is missing")
    shutil.copy(SAMPLE_PAGE, docs / SAMPLE_PAGE.name)
    return make_client(glossary=tmp_path / "glossary.tsv")


def test_the_checks_agree_with_the_reader_and_the_rule_reaches_the_glossary(real_client, tmp_path):
    posted = real_client.post("/api/reports", json={"document": SAMPLE_PAGE.name, "quote": "Zhang Anjun",
                                                    "suggestion": "Chang'an Jun", "note": "长安君 is a pen name"})
    assert posted.status_code == 201
    listed = real_client.get("/api/reports", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert "长安君" in listed[0]["located"]["source"] and listed[0]["located"]["line"] == 27
    csrf = log_in(real_client)
    page = real_client.post("/editor/reports/1/verify", data={"csrf": csrf})
    assert flashes(page)[0].startswith("#1: the checks agree")
    with Ledger(tmp_path / "ledger.sqlite") as ledger:
        item = ledger.get(1)
    assert item.term == "长安君"
    assert any(f["about_quote"] and f["source_span"] == "长安君" for f in item.verdict_data["findings"])
    page = real_client.post("/editor/reports/1/accept", data={"csrf": csrf, "fix": "Chang'an Jun", "rule": "on", "term": ""})
    assert "2 glossary rule(s) added" in flashes(page)[0]
    assert "长安君\tZhang Anjun\tforbidden" in (tmp_path / "glossary.tsv").read_text(encoding="utf-8")
