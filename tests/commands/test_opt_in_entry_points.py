"""An off-by-default check (A008) through every entry point that picks checks: it runs when the selection names it
and not otherwise, in `qa audit` (its workers pick their checks apart), `qa corrections verify` (the document's own
[qa] section) and `qa.api.check`.

The document is a real pair of WMT19 newstest (read from ../shared, skipped when absent) whose English lost its
"also" (美国也拒绝 "The United States refused"), written to a TSV in the test's folder.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.corpora import WMT19_PAIRS, corpus_rows


@pytest.fixture
def docs(tmp_path, monkeypatch) -> Path:
    row = next(r for r in corpus_rows(WMT19_PAIRS) if r["line"] == "168")  # 美国也拒绝放松…
    assert "美国也拒绝" in row["source"] and " also " in row["target"]
    target = re.sub(r"\balso ", "", row["target"], count=1)
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "page.tsv").write_text(f"source\ttarget\n{row['source']}\t{target}\n", encoding="utf-8")
    return folder


def audited(*flags: str) -> list[str]:
    """The check ids of the findings `qa audit docs` writes with `flags`."""
    out = Path(f"out{len(list(Path('.').glob('out*')))}")
    result = run_cli("audit", "docs", "-o", str(out), "-q", "-j", "1", "--isolated", "--exit-zero", *flags)
    assert result.exit_code == 0, result.output
    with open(out / "findings.csv", encoding="utf-8", newline="") as handle:
        return [row["check_id"] for row in csv.DictReader(handle)]


def test_audit_runs_it_only_when_selected(docs):
    assert "A008" not in audited()
    assert "A008" not in audited("--select", "A")
    assert "A008" in audited("--select", "A,A008")
    assert "A008" in audited("--extend-select", "A008")


def test_corrections_verify_runs_it_when_the_documents_configuration_selects_it(docs):
    ledger = "ledger.sqlite"
    added = run_cli("corrections", "--ledger", ledger, "add", "--doc", str(docs / "page.tsv"), "--quote", "美国也拒绝")
    assert added.exit_code == 0, added.output

    def verified() -> str:
        result = run_cli("corrections", "--ledger", ledger, "verify", "1")
        assert result.exit_code == 0, result.output
        return result.output

    assert "A008" not in verified()
    (docs / "setup.cfg").write_text("[qa]\nextend-select = A008\n", encoding="utf-8")
    assert "agrees: A008" in verified()
    (docs / "setup.cfg").write_text("[qa]\nselect = A, A008\n", encoding="utf-8")
    assert "agrees: A008" in verified()
    (docs / "setup.cfg").write_text("[qa]\nselect = A\n", encoding="utf-8")
    assert "A008" not in verified()


def test_the_api_runs_it_only_when_selected(docs):
    import qa.api as qa

    def ids(**selection) -> list[str]:
        return [f.check_id for f in qa.check(docs / "page.tsv", isolated=True, accept=False, **selection).findings]

    assert "A008" not in ids()
    assert "A008" not in ids(select="A")
    assert "A008" in ids(select=["A", "A008"])
    assert "A008" in ids(extend_select="A008")
