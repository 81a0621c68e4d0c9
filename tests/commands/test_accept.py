"""`qa accept`: fingerprints from the reports go into the accept-list `qa check` reads."""

from __future__ import annotations

import json
import shutil

import pytest

from qa.model import REPORT_COLUMNS
from tests.conftest import BUNDLED_SAMPLE, assert_one_line_error, run_cli

# the columns as they stood before the fingerprint: their positions must not move
OLD_COLUMNS = ("doc", "pair_id", "check_id", "check", "category", "severity", "source", "target", "source_span",
               "target_span", "message", "suggestion", "source_line", "target_line", "unit_id")


@pytest.fixture
def checked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(BUNDLED_SAMPLE, tmp_path / "page.txt")
    run = run_cli("check", "page.txt", "-o", "out", "--isolated", "-q")
    assert run.exit_code == 1, run.stderr
    rows = [json.loads(line) for line in (tmp_path / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()]
    return tmp_path, rows


def recheck(folder) -> list[dict]:
    run = run_cli("check", "page.txt", "-o", "out", "--isolated", "-q", "--exit-zero")
    assert run.exit_code == 0, run.stderr
    return [json.loads(line) for line in (folder / "out" / "page.jsonl").read_text(encoding="utf-8").splitlines()]


def test_fingerprint_is_the_last_report_column(checked):
    folder, rows = checked
    assert REPORT_COLUMNS[:-1] == OLD_COLUMNS and REPORT_COLUMNS[-1] == "fingerprint"
    assert all(tuple(row) == REPORT_COLUMNS for row in rows)
    header = (folder / "out" / "page.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.split(",") == list(REPORT_COLUMNS)
    assert len({row["fingerprint"] for row in rows}) == len(rows)
    html = (folder / "out" / "page.html").read_text(encoding="utf-8")
    assert all(f'data-fp="{row["fingerprint"]}"' in html for row in rows)


def test_accept_from_a_report_by_check_leaves_only_those_out(checked):
    folder, rows = checked
    run = run_cli("accept", "--from", "out/page.jsonl", "--check", "M101")
    assert run.exit_code == 0, run.stderr
    assert "accepted 1 new finding(s)" in run.stdout
    after = recheck(folder)
    assert after == [r for r in rows if r["check_id"] != "M101"]
    assert run_cli("accept", "--from", "out/page.jsonl", "--check", "M101").stdout.startswith("accepted 0 new")


def test_accept_by_fingerprint_from_the_csv_and_bare(checked):
    folder, rows = checked
    first, second = rows[1]["fingerprint"], rows[2]["fingerprint"]
    assert run_cli("accept", "--from", "out/page.csv", first).exit_code == 0
    assert run_cli("accept", second).exit_code == 0
    lines = (folder / ".qa" / "accepted.txt").read_text(encoding="utf-8").splitlines()
    assert [line.split()[0] for line in lines if not line.startswith("#")] == [first, second]
    assert f"{rows[1]['check_id']}  doc=page" in lines[2]  # the report gives the line its description
    after = recheck(folder)
    assert [r["fingerprint"] for r in after] == [r["fingerprint"] for r in rows if r["fingerprint"] not in {first, second}]


def test_accept_writes_the_configured_accept_file(checked):
    folder, rows = checked
    run = run_cli("accept", rows[0]["fingerprint"], "--accept-file", "reviewed.txt")
    assert run.exit_code == 0, run.stderr
    assert rows[0]["fingerprint"] in (folder / "reviewed.txt").read_text(encoding="utf-8")
    assert not (folder / ".qa" / "accepted.txt").exists()


@pytest.mark.parametrize("args, message", [
    (("zz12",), "not a fingerprint"),
    ((), "nothing to accept"),
    (("--check", "M101"), "give --from"),
    (("--from", "out/page.jsonl", "0123456789abcdef"), "no finding with fingerprint 0123456789abcdef"),
    (("--from", "out/page.jsonl", "--check", "M1x"), "--check"),
    (("--from", "missing.jsonl"), "missing.jsonl"),
    (("--from", "page.txt"), "not a JSON line"),
    (("--from", "old.csv"), "no fingerprint column"),
    (("--from", "out/page.jsonl", "--accept-file", "out/page.jsonl"), "the report"),
])
def test_bad_requests_are_one_line_and_change_nothing(checked, args, message):
    folder, _ = checked
    (folder / "old.csv").write_text("doc,check_id,source,target,source_span,target_span\npage,N201,'=1,x,,\n",
                                    encoding="utf-8")
    before = (folder / "out" / "page.jsonl").read_bytes()
    assert_one_line_error(run_cli("accept", *args), message)
    assert not (folder / ".qa" / "accepted.txt").exists()
    assert (folder / "out" / "page.jsonl").read_bytes() == before


def test_an_older_jsonl_without_fingerprints_gets_them_computed(checked):
    folder, rows = checked
    old = folder / "old.jsonl"
    old.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "fingerprint"}, ensure_ascii=False) + "\n"
                           for r in rows), encoding="utf-8")
    assert run_cli("accept", "--from", "old.jsonl", "--check", "N201").exit_code == 0
    assert recheck(folder) == [r for r in rows if r["check_id"] != "N201"]
