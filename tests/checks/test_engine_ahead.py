"""Checks that use the encoder run ahead in a worker thread: the same findings, in the same order, as one thread."""

from __future__ import annotations

from dataclasses import replace

import pytest

import qa.checks.engine as engine
from qa.checks.context import Problem
from qa.checks.registry import all_checks, check_set
from qa.model import Alignment


def _ordinary(alignment) -> list[int]:
    """Positions of two-sided body pairs, which every pair check reads."""
    return [n for n, p in enumerate(alignment.pairs) if p.source.strip() and p.target.strip() and not p.kind]


def _both(monkeypatch, alignment, specs=None):
    ahead = engine.run_checks(alignment, specs)
    monkeypatch.setattr(engine, "RUN_AHEAD", False)
    alone = engine.run_checks(alignment, specs)
    monkeypatch.setattr(engine, "RUN_AHEAD", True)
    return ahead, alone


def test_the_encoder_checks_are_the_ones_run_ahead():
    assert {s.id for s in all_checks() if engine.runs_ahead(s)} == {s.id for s in all_checks() if "encoder" in s.requires}
    assert any(engine.runs_ahead(s) for s in all_checks())


@pytest.fixture(scope="module")
def with_omissions(sample_alignment):
    """The sample page with the second English sentence dropped from each long pair: A004 has work to report."""
    pairs = []
    for pair in sample_alignment.pairs:
        parts = pair.target.split(". ")
        if pair.source.count("。") >= 2 and len(parts) >= 3 and not pair.kind:
            pair = replace(pair, target=". ".join(parts[:1] + parts[2:]))
        pairs.append(pair)
    return Alignment(sample_alignment.doc, tuple(pairs))


def test_running_ahead_changes_no_finding_nor_their_order(monkeypatch, sample_alignment, with_omissions):
    ahead, alone = _both(monkeypatch, sample_alignment)
    assert ahead == alone and ahead
    ahead, alone = _both(monkeypatch, with_omissions)
    assert ahead == alone
    assert len([f for f in ahead if f.check_id == "A004"]) >= 5


def test_gated_pairs_stay_gated_and_in_place(monkeypatch, sample_alignment):
    """Empty targets (a gate fires) among ordinary pairs: each pair's findings stay where they were."""
    pairs = list(sample_alignment.pairs)
    emptied = [_ordinary(sample_alignment)[k] for k in (3, 10, 11, 30)]
    for n in emptied:
        pairs[n] = replace(pairs[n], target="")
    alignment = Alignment(sample_alignment.doc, tuple(pairs))
    ahead, alone = _both(monkeypatch, alignment)
    assert ahead == alone
    assert [f.pair_id for f in ahead if f.check_id == "U101"] == [pairs[n].id for n in emptied]


def test_an_error_in_a_check_run_ahead_reaches_the_caller(monkeypatch, sample_alignment):
    (spec,) = [s for s in all_checks() if s.id == "A004"]

    def broken(pair, ctx):
        if pair.id == sample_alignment.pairs[_ordinary(sample_alignment)[5]].id:
            raise RuntimeError("boom")
        return [Problem("fine")]

    with pytest.raises(RuntimeError, match="boom"):
        engine.run_checks(sample_alignment, [replace(spec, func=broken)])
    assert check_set()["A004"].func is not broken
