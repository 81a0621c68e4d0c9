"""Applying corrections in place: once only after a crash, with the document's own mode, owner and links."""

from __future__ import annotations

import errno
import importlib
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, run_cli

from qa.errors import UsageError
from qa.workflows.corrections import Ledger, accept, apply, read_erratum
from qa.workflows.corrections import ledger as ledger_module

PREMIER = "Li Qiang chaired the meeting of the State Council.\n\n李强主持召开国务院常务会议。\n"
ZHANG = "Zhang Anjun listened to the speech.\n\n长安君在现场聆听了讲话。\n"


def _accepted(tmp_path: Path, text: str, quote: str, fix: str, mode: int = 0o644) -> tuple[Path, Path]:
    doc = tmp_path / "page.txt"
    doc.write_text(text, encoding="utf-8")
    doc.chmod(mode)
    ledger = tmp_path / "ledger.sqlite"
    with Ledger(ledger) as db:
        item = db.insert(doc=str(doc.resolve()), quote=quote, matched=quote, line=1, pair_id="p0001",
                         target=text.split("\n")[0], reporter="A. Reader")
        accept(db, item.id, fix)
    return doc, ledger


class Killed(Exception):
    """Stands for kill -9 between replacing the document and recording it."""


def _crash_after_replace(monkeypatch) -> None:
    def killed(self, ids, target):
        raise Killed()

    monkeypatch.setattr(ledger_module.Ledger, "mark_applied", killed)


def test_a_crash_after_the_replace_does_not_apply_the_fix_twice(tmp_path, monkeypatch):
    doc, ledger = _accepted(tmp_path, PREMIER, "Li Qiang", "Premier Li Qiang")
    with monkeypatch.context() as patch:
        _crash_after_replace(patch)
        with Ledger(ledger) as db, pytest.raises(Killed):
            apply(db, in_place=True, out_dir=tmp_path / "errata")
    assert doc.read_text(encoding="utf-8").startswith("Premier Li Qiang chaired")
    with Ledger(ledger) as db:
        assert db.get(1).status == "accepted"  # the crash came before the ledger heard of it
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
        assert db.get(1).status == "applied"
    text = doc.read_text(encoding="utf-8")
    assert text.count("Premier Li Qiang") == 1 and "Premier Premier" not in text
    assert [r.after for r in read_erratum(done.erratum_csv)] == ["Premier Li Qiang"]


def test_a_fix_that_does_not_contain_the_quote_is_finished_from_the_journal(tmp_path, monkeypatch):
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun")
    with monkeypatch.context() as patch:
        _crash_after_replace(patch)
        with Ledger(ledger) as db, pytest.raises(Killed):
            apply(db, in_place=True, out_dir=tmp_path / "errata")
    leftover = tmp_path / ".page.txt.k1ll3d.tmp"  # what a kill inside atomic writing leaves
    leftover.write_text("half", encoding="utf-8")
    with Ledger(ledger) as db:
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
        assert db.get(1).status == "applied"
    assert doc.read_text(encoding="utf-8") == ZHANG.replace("Zhang Anjun", "Chang'an Jun")
    assert any("interrupted" in note for note in done.notes) and not leftover.exists()
    assert done.backup is not None and done.backup.read_text(encoding="utf-8") == ZHANG


def test_a_crash_before_the_replace_applies_on_the_rerun(tmp_path, monkeypatch):
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun")
    apply_module = importlib.import_module("qa.workflows.corrections.apply")

    with monkeypatch.context() as patch:
        def killed(*args):
            raise Killed()

        patch.setattr(apply_module, "write_through", killed)
        patch.setattr(apply_module, "write_like", lambda path, data, like: killed() if path == doc else "")
        with Ledger(ledger) as db, pytest.raises(Killed):
            apply(db, in_place=True, out_dir=tmp_path / "errata")
    assert doc.read_text(encoding="utf-8") == ZHANG
    with Ledger(ledger) as db:
        apply(db, in_place=True, out_dir=tmp_path / "errata")
    assert doc.read_text(encoding="utf-8") == ZHANG.replace("Zhang Anjun", "Chang'an Jun")


def test_a_fix_already_made_by_hand_is_not_made_again(tmp_path):
    doc, ledger = _accepted(tmp_path, PREMIER.replace("Li Qiang", "Premier Li Qiang", 1), "Li Qiang", "Premier Li Qiang")
    before = doc.read_bytes()
    with Ledger(ledger) as db:
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
        assert db.get(1).status == "applied"
    assert doc.read_bytes() == before and done.backup is None
    assert any("already in" in note for note in done.notes)


@pytest.mark.parametrize("mode", [0o600, 0o664])
def test_in_place_keeps_the_documents_mode_for_it_and_its_backup(tmp_path, mode):
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun", mode=mode)
    with Ledger(ledger) as db:
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
    assert stat.S_IMODE(doc.stat().st_mode) == mode
    assert stat.S_IMODE(done.backup.stat().st_mode) == mode
    assert doc.read_text(encoding="utf-8").startswith("Chang'an Jun")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
def test_in_place_keeps_the_owner(tmp_path):
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun", mode=0o640)
    os.chown(doc, 4321, 4322)
    with Ledger(ledger) as db:
        (done,) = apply(db, in_place=True, out_dir=tmp_path / "errata")
    for path in (doc, done.backup):
        assert (path.stat().st_uid, path.stat().st_gid, stat.S_IMODE(path.stat().st_mode)) == (4321, 4322, 0o640)


def test_a_hard_linked_document_is_refused_without_force_and_corrected_through_every_link_with_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun")
    published = tmp_path / "published.txt"
    os.link(doc, published)
    result = run_cli("corrections", "--ledger", str(ledger), "apply", "--in-place")
    assert_one_line_error(result, "page.txt", "1 other hard link", "--force")
    assert doc.read_text(encoding="utf-8") == ZHANG and not list(tmp_path.glob("page.txt.bak*"))
    result = run_cli("corrections", "--ledger", str(ledger), "apply", "--in-place", "--force")
    assert result.exit_code == 0, result.output
    assert "hard links" in result.output
    assert published.read_text(encoding="utf-8") == doc.read_text(encoding="utf-8") == ZHANG.replace("Zhang Anjun", "Chang'an Jun")
    assert os.path.samefile(doc, published)


def test_a_full_disk_during_the_backup_leaves_the_document_and_ledger_as_they_were(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun", mode=0o600)

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    result = run_cli("corrections", "--ledger", str(ledger), "apply", "--in-place")
    monkeypatch.undo()
    assert_one_line_error(result, "No space left on device")
    assert doc.read_text(encoding="utf-8") == ZHANG and stat.S_IMODE(doc.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("page")) == ["page.txt"]
    with Ledger(ledger) as db:
        assert db.get(1).status == "accepted"


def test_out_and_in_place_contradict(tmp_path):
    doc, ledger = _accepted(tmp_path, ZHANG, "Zhang Anjun", "Chang'an Jun")
    with Ledger(ledger) as db, pytest.raises(UsageError):
        apply(db, out=tmp_path / "x.txt", in_place=True)
