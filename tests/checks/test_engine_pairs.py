"""`run_checks(..., pairs=...)`: the pair checks on some pairs only, with the same findings about them."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def full_run(sample_alignment):
    from qa.checks.engine import run_checks

    return run_checks(sample_alignment)


def test_findings_about_the_chosen_pairs_are_those_of_a_full_run(sample_alignment, full_run):
    from qa.checks.engine import run_checks

    reported = {f.pair_id for f in full_run}
    quiet = [p.id for p in sample_alignment.pairs if p.id not in reported and p.source and p.target][:3]
    chosen = set(sorted(reported)[::2]) | set(quiet)
    limited = run_checks(sample_alignment, pairs=chosen)
    assert [f for f in limited if f.pair_id in chosen] == [f for f in full_run if f.pair_id in chosen]
    assert len(chosen) >= 5


def test_pair_checks_leave_the_other_pairs_alone(sample_alignment, full_run):
    from qa.checks.engine import run_checks
    from qa.checks.registry import all_checks

    pair_checked = {s.id for s in all_checks() if s.scope == "pair"}
    elsewhere = [f for f in full_run if f.check_id in pair_checked]
    assert elsewhere  # the sample page has pair-check findings (M101 Zhang Anjun among them)
    one = elsewhere[0].pair_id
    limited = run_checks(sample_alignment, pairs={one})
    assert {f.pair_id for f in limited if f.check_id in pair_checked} == {one}
    # document checks still report every pair
    assert [f for f in limited if f.check_id not in pair_checked] == [f for f in full_run if f.check_id not in pair_checked]


def test_the_collector_is_off_while_checks_run_and_as_it_was_after(sample_alignment):
    import gc
    import threading
    from dataclasses import replace

    from qa.checks.engine import collector_paused, run_checks
    from qa.checks.registry import all_checks

    seen = []
    base = next(s for s in all_checks() if s.id == "P504")

    def recording(pair, ctx):
        seen.append(gc.isenabled())
        return iter(())

    spec = replace(base, func=recording)
    assert gc.isenabled()
    run_checks(sample_alignment, [spec])
    assert seen and not any(seen) and gc.isenabled()
    gc.disable()
    try:
        run_checks(sample_alignment, [spec])
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
    # overlapping runs in two threads: the collector comes back only when both are done
    inside, release = threading.Event(), threading.Event()

    def held() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=held)
    worker.start()
    inside.wait(10)
    run_checks(sample_alignment, [spec])
    assert not gc.isenabled()
    release.set()
    worker.join()
    assert gc.isenabled()
