"""The shared progress bar: on stderr, only on a terminal, only after the delay, naming each step."""

from __future__ import annotations

import io

from qa.progress import progress_bar, showing, steps
from tests.conftest import BUNDLED_SAMPLE, run_cli


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_steps_are_drawn_on_a_terminal_with_the_running_steps_name(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with steps("check", ("read and align", "check", "write reports"), documents=2, delay=0) as progress:
        for _ in range(2):
            for name in ("read and align", "check", "write reports"):
                progress.step(name)
        assert progress.bar.n == 5  # the running step is counted when it ends
        assert progress.bar.desc == "check: write reports"
    assert progress.bar.n == 6
    assert "0/6" in terminal.getvalue()  # drawn (tqdm redraws at most every 0.1 s, so later states may be skipped)


def test_nothing_is_drawn_when_stderr_is_not_a_terminal(monkeypatch):
    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    assert not showing()
    with progress_bar(3, "audit", delay=0) as bar:
        bar.update(3)
    assert pipe.getvalue() == ""


def test_a_run_shorter_than_the_delay_draws_nothing(monkeypatch):
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with steps("compare", ("read and align", "compare"), delay=3600) as progress:
        progress.step("read and align")
        progress.step("compare")
    assert terminal.getvalue() == ""


def test_check_and_compare_keep_stderr_free_of_bars_when_it_is_no_terminal(tmp_path):
    checked = run_cli("check", str(BUNDLED_SAMPLE), "-o", str(tmp_path), "--isolated", "--exit-zero", "-q")
    assert checked.exit_code == 0, checked.output
    assert "\r" not in checked.stderr and "step" not in checked.stderr
    compared = run_cli("compare", str(BUNDLED_SAMPLE), str(BUNDLED_SAMPLE))
    assert compared.exit_code == 0 and "\r" not in compared.stderr


def test_align_and_verify_draw_their_steps_on_a_terminal(monkeypatch, tmp_path):
    """`qa align` of several documents and `qa corrections verify` draw a bar and name each step as it starts."""
    import qa.progress

    shown, named = [], []
    real_steps, real_step = qa.progress.steps, qa.progress.Steps.step

    def immediate(desc, per_document, documents=1, **kwargs):
        shown.append((desc, tuple(per_document), documents))
        return real_steps(desc, per_document, documents, delay=0)

    def naming(self, name):
        named.append(f"{self.desc}: {name}")
        return real_step(self, name)

    monkeypatch.setattr(qa.progress, "steps", immediate)
    monkeypatch.setattr(qa.progress.Steps, "step", naming)
    monkeypatch.setattr(qa.progress, "showing", lambda enabled=True: enabled)  # CliRunner's stderr is no terminal
    for name, zh, en in (("a", "我们推进工作。", "We push the work forward."), ("b", "他们完成了任务。", "They finished the task.")):
        (tmp_path / f"{name}.zh").write_text(zh + "\n", encoding="utf-8")
        (tmp_path / f"{name}.en").write_text(en + "\n", encoding="utf-8")
    aligned = run_cli("align", str(tmp_path), "--one-per-line", "-o", str(tmp_path / "out"))
    assert aligned.exit_code == 0, aligned.output
    assert shown == [("align", ("read and align", "write"), 2)]
    assert named == ["align: read and align", "align: write"] * 2
    assert "0/4" in aligned.stderr  # drawn at once (delay 0); tqdm redraws at most every 0.1 s, so later states may not be
    assert [line for line in aligned.stdout.splitlines() if " pairs (" in line] == [
        f"1 pairs (1 × 1-1) → {tmp_path / 'out' / name}.tsv" for name in "ab"]

    ledger = str(tmp_path / "ledger.sqlite")
    added = run_cli("corrections", "--ledger", ledger, "add", "--doc", str(BUNDLED_SAMPLE), "--quote", "Rural Revitalization",
                    "--suggest", "Rural revitalisation")
    assert added.exit_code == 0, added.output
    verified = run_cli("corrections", "--ledger", ledger, "verify", "1")
    assert verified.exit_code == 0, verified.output
    assert shown[-1] == ("verify", ("read, align and check",), 1)
    assert named[-1] == "verify: read, align and check" and "0/1" in verified.stderr
