"""Issue 14 item 11 in the ledger: a document whose file name is not UTF-8 is recorded, applied and shown."""

from __future__ import annotations

import os
import sys

import pytest

from tests.conftest import BUNDLED_SAMPLE, run_cli

GBK_NAME = "十大要点".encode("gbk") + b".txt"  # as unzipped from a Windows archive on Linux


@pytest.mark.skipif(sys.platform == "win32" or os.fsencode("\udcb0") != b"\xb0", reason="POSIX byte file names")
def test_a_gbk_named_document_goes_through_add_accept_and_apply_in_place(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(GBK_NAME)
    (tmp_path / name).write_bytes(BUNDLED_SAMPLE.read_bytes())
    added = run_cli("corrections", "--ledger", "l.sqlite", "add", "--doc", name, "--quote", "county government",
                    "--suggest", "County Government")
    assert added.exit_code == 0, added.output
    listed = run_cli("corrections", "--ledger", "l.sqlite", "list")
    assert "\ufffd" in listed.stdout and "[open]" in listed.stdout
    assert run_cli("corrections", "--ledger", "l.sqlite", "accept", "1", "--fix", "County Government").exit_code == 0
    applied = run_cli("corrections", "--ledger", "l.sqlite", "apply", "--in-place")
    assert applied.exit_code == 0, applied.output
    corrected = (tmp_path / name).read_text(encoding="utf-8")
    assert "County Government" in corrected  # the very file with the undecodable name was corrected
    assert os.path.exists(os.fsencode(tmp_path) + b"/" + GBK_NAME + b".bak")
    assert "[applied]" in run_cli("corrections", "--ledger", "l.sqlite", "list").stdout
