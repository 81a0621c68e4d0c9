"""The ledger is found like the configuration: from a sub-folder, the project's ledger, not a new empty one."""

from __future__ import annotations

from tests.conftest import BUNDLED_SAMPLE, run_cli


def test_a_sub_folder_uses_the_ledger_above_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_bytes(BUNDLED_SAMPLE.read_bytes())
    added = run_cli("corrections", "add", "--doc", "page.txt", "--quote", "county government", "--suggest", "County Government")
    assert added.exit_code == 0, added.output
    sub = tmp_path / "drafts" / "2026"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    listed = run_cli("corrections", "list")
    assert listed.exit_code == 0 and "#1 [open] page.txt" in listed.stdout
    assert not (sub / ".qa").exists()  # no second, empty ledger


def test_a_project_without_a_ledger_yet_gets_it_beside_its_configuration(tmp_path, monkeypatch):
    """The first report made from a sub-folder starts the project's ledger, where the next command will find it."""
    (tmp_path / "setup.cfg").write_text("[qa]\nfail-on = major\n", encoding="utf-8")
    sub = tmp_path / "drafts"
    sub.mkdir()
    (sub / "page.txt").write_bytes(BUNDLED_SAMPLE.read_bytes())
    monkeypatch.chdir(sub)
    added = run_cli("corrections", "add", "--doc", "page.txt", "--quote", "county government")
    assert added.exit_code == 0, added.output
    assert (tmp_path / ".qa" / "corrections.sqlite").is_file() and not (sub / ".qa").exists()
    monkeypatch.chdir(tmp_path)
    assert "#1 [open] page.txt" in run_cli("corrections", "list").stdout
