"""One document's checks in two processes (`qa check --jobs 2`): the same findings, in the same order."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def serial_run(sample_alignment):
    from qa.checks.engine import run_checks

    return run_checks(sample_alignment)


@pytest.fixture
def forks(monkeypatch):
    """How many children the engine forked during the test."""
    from qa.checks import workers

    made = []
    real = workers._fork

    def counting(piece, *args, **kwargs):
        made.append(piece)
        return real(piece, *args, **kwargs)

    monkeypatch.setattr(workers, "_fork", counting)
    return made


def test_two_processes_find_what_one_finds_in_the_same_order(sample_alignment, serial_run, forks):
    from qa.checks.engine import check_processes, run_checks

    with check_processes(2):
        split = run_checks(sample_alignment)
    assert len(forks) == 1
    assert split == serial_run
    assert len({f.check_id for f in serial_run}) >= 5  # findings of several checks, merged from both processes


def test_findings_of_both_processes_on_one_pair_keep_the_check_order(forks):
    """Checks alternate between the processes; each pair's findings still come in the checks' order."""
    from qa.checks.engine import check_processes, run_checks
    from qa.checks.registry import REGISTRY
    from qa.checks.context import Problem
    from qa.model import Alignment, Document, Pair

    def saying(word):
        def func(pair, ctx):
            yield Problem(f"{word} 1")
            yield Problem(f"{word} 2")
        return func

    base = REGISTRY["P504"]
    specs = [replace(base, id=f"P9{k:02d}", func=saying(f"check {k}"), requires=("encoder",) if k % 2 else ())
             for k in range(6)]
    pairs = tuple(Pair(f"p{i}", "我们推进工作。", "We push the work forward.") for i in range(10))
    alignment = Alignment(Document(id="t", path="t"), pairs)
    with check_processes(2):
        split = run_checks(alignment, specs)
    assert len(forks) == 1
    assert [(f.pair_id, f.message) for f in split] == [(p.id, f"check {k} {n}") for p in pairs for k in range(6) for n in (1, 2)]


def test_a_check_that_fails_in_the_child_is_run_again_here(sample_alignment, serial_run, forks):
    from qa.checks.engine import check_processes, run_checks
    from qa.checks.registry import all_checks

    parent = os.getpid()

    def failing_in_child(spec):
        def func(*args):
            if os.getpid() != parent:
                raise RuntimeError("only in the child")
            return spec.func(*args)
        return replace(spec, func=func)

    specs = [failing_in_child(s) if s.id == "M101" else s for s in all_checks()]
    with check_processes(2):
        assert run_checks(sample_alignment, specs) == serial_run
    assert len(forks) == 1


@pytest.mark.parametrize("check_id", ["A004", "M101"])  # one runs here, one in the child
def test_an_error_in_a_check_is_raised_as_in_one_process(sample_alignment, check_id):
    from qa.checks.engine import check_processes, run_checks
    from qa.checks.registry import all_checks

    def broken(pair, ctx):
        raise KeyError("broken check")

    specs = [replace(s, func=broken) if s.id == check_id else s for s in all_checks()]
    with check_processes(2), pytest.raises(KeyError, match="broken check"):
        run_checks(sample_alignment, specs)


def test_no_fork_while_another_thread_runs(sample_alignment, serial_run, forks):
    from qa.checks.engine import check_processes, run_checks

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with check_processes(2):
            assert run_checks(sample_alignment) == serial_run
    finally:
        stop.set()
        other.join()
    assert forks == []


def test_one_process_unless_asked_and_for_a_short_document(forks):
    from qa.checks.engine import MIN_PAIRS_TO_SPLIT, check_processes, split_checks
    from qa.checks.registry import all_checks

    specs = all_checks()
    assert split_checks(specs, 100) == [specs]  # the library's default: this process only
    with check_processes(2):
        here, child = split_checks(specs, 100)
        assert split_checks(specs, MIN_PAIRS_TO_SPLIT - 1) == [specs]
        later_here, later_child = split_checks(specs, 100, first_document=False)
    assert {s.id for s in here} | {s.id for s in child} == {s.id for s in specs}
    assert "A004" in {s.id for s in here} and "M101" in {s.id for s in child}  # the encoder's check runs here
    assert "T101" in {s.id for s in here}  # while the child loads the romaniser and the word list
    assert "A004" in {s.id for s in later_here} and {"M101", "T101"} <= {s.id for s in later_child}
    assert "T105" in {s.id for s in later_here} and "T105" in {s.id for s in child}  # balances a warm run


def test_pieces_come_back_in_order_and_a_failed_child_is_replaced():
    from qa.checks.workers import run_pieces

    parent = os.getpid()

    def child_only_failure():
        if os.getpid() != parent:
            os._exit(3)
        return "computed here"

    assert run_pieces([lambda: 1, lambda: [2, os.getpid() != parent], lambda: {"three": 3}]) == [1, [2, True], {"three": 3}]
    assert run_pieces([lambda: "here", child_only_failure]) == ["here", "computed here"]


def test_qa_check_writes_the_same_reports_with_one_process_or_two(sample_page, tmp_path):
    """Fresh processes, as a user runs them: the HTML report too (its source links need the encoder here), and
    for a second document, which the first one's child checks (the resident child)."""
    import subprocess
    import sys

    county = Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt"
    reports = {}
    for jobs in ("1", "2"):
        out = tmp_path / jobs
        subprocess.run([sys.executable, "-c", "from qa.cli import main; main()", "check", str(county), str(sample_page),
                        "-o", str(out), "--isolated", "--no-accept", "--exit-zero", "-q", "--jobs", jobs],
                       check=True, capture_output=True)
        reports[jobs] = {p.name: p.read_bytes() for p in out.glob("*.*") if p.stem in (county.stem, sample_page.stem)}
    assert sorted(reports["1"]) == [f"{stem}.{ext}" for stem in ("county-work-report", "ten-key-points-2021")
                                    for ext in ("csv", "html", "jsonl")]
    assert reports["1"] == reports["2"]
    assert b'class="sev-minor link"' in reports["2"]["ten-key-points-2021.html"]  # a target-only finding's source sentence


def test_one_pair_of_a_long_document_is_checked_in_two_processes_alike(sample_alignment, serial_run, forks):
    """`corrections verify`: pair checks on one pair, document checks over all; split by the document's size."""
    from qa.checks.engine import check_processes, run_checks

    one = next(f.pair_id for f in serial_run if f.check_id == "M101")
    alone = run_checks(sample_alignment, pairs={one})
    with check_processes(2):
        split = run_checks(sample_alignment, pairs={one})
    assert len(forks) == 1 and split == alone
    assert any(f.pair_id == one and f.check_id == "M101" for f in split)


def test_later_documents_load_no_encoder_that_no_check_used():
    """Resources are loaded before a later document's fork, but not the encoder: the report reads its
    loading as "a check used it", and A004 needs it only for a pair of several sentences."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        from qa.align import embed
        from qa.checks.engine import check_processes, run_checks
        from qa.model import Alignment, Document, Pair
        pairs = tuple(Pair(f"p{i}", f"我们推进第{i}项工作。", f"We pushed item {i} forward.") for i in range(10))
        with check_processes(2):
            for _ in range(2):
                run_checks(Alignment(Document(id="t", path="t"), pairs))
        print(embed.load_count())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


# ---- the resident child: one child checks every document of a `qa check` of several ----

_remembered: list[str] = []


def _remember(word: str) -> None:
    _remembered.append(word)


def _recall() -> tuple[int, list[str]]:
    return os.getpid(), list(_remembered)


def _fails_in_a_child(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return "computed here"


def test_the_first_child_stays_for_later_pieces_and_ends_with_the_block(forks):
    from functools import partial

    from qa.checks.workers import resident_alive, resident_worker, run_pieces

    parent = os.getpid()
    with resident_worker():
        first = run_pieces([lambda: "here", os.getpid], after=partial(_remember, "warmed"))
        second = run_pieces([lambda: "here", _recall])
        child = first[1]
        assert resident_alive()
    assert not resident_alive()
    assert len(forks) == 1 and child != parent
    assert second == ["here", (child, ["warmed"])]  # the same process, which ran `after` between the two
    with pytest.raises(ChildProcessError):  # reaped when the block ended
        os.waitpid(child, os.WNOHANG)
    assert _remembered == []  # `after` ran there, not here


def test_a_piece_the_resident_child_cannot_deliver_is_run_here(forks):
    import signal
    from functools import partial

    from qa.checks.workers import _resident, resident_alive, resident_worker, run_pieces

    parent = os.getpid()
    with resident_worker():
        child = run_pieces([lambda: 0, os.getpid])[1]
        assert run_pieces([lambda: 0, partial(_fails_in_a_child, parent)]) == [0, "computed here"]
        assert run_pieces([lambda: 0, os.getpid])[1] == child  # a failed piece does not end it
        assert run_pieces([lambda: 0, lambda: os.getpid() != parent]) == [0, True]  # no pickle: a child of its own
        assert len(forks) == 2 and _resident["child"][0] == child
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)
        assert run_pieces([lambda: 0, os.getpid]) == [0, parent]  # gone: computed here
        assert not resident_alive()


def test_later_documents_are_checked_by_the_first_documents_child(sample_alignment, serial_run, forks):
    from qa.checks.engine import check_processes, run_checks
    from qa.pipeline import load_alignment

    county = load_alignment(Path(__file__).resolve().parents[2] / "samples" / "county-work-report.txt")
    alone = run_checks(county)
    with check_processes(2):
        assert run_checks(county) == alone
        assert run_checks(sample_alignment) == serial_run
        assert run_checks(county) == alone
    assert len(forks) == 1
