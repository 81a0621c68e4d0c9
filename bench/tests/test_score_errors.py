"""bench.score_errors turns findings into score.py predictions: right segment, right gold type per set."""

from __future__ import annotations

import pytest

from bench.score_errors import ERRORS, gold_type, predictions


def test_check_ids_map_to_each_sets_gold_types():
    assert gold_type("M102", "news22") == "name_dropped_part"
    assert gold_type("M101", "news22") == "name_wrong_reading"
    assert gold_type("P501", "news22") == "missing_punct" and gold_type("P501", "ted") == "punctuation"
    assert gold_type("T101", "ted") == gold_type("M103", "news22") == "inconsistent_term"
    assert gold_type("M107", "ted") == "name" and gold_type("M109", "ted") == "name"  # a new name check
    assert gold_type("S201", "news22") is None and gold_type("G301", "ted") is None
    assert gold_type("M109", "news22") is None


def test_predictions_land_on_the_injected_segments(tmp_path):
    """Rows of news22/synthetic document gt22-d003: a cut gloss in segment 1, a source left untranslated in 5."""
    source = ERRORS / "news22" / "synthetic" / "input.tsv"
    if not source.exists():
        pytest.skip("../shared/bench/errors is not present")
    lines = source.read_text(encoding="utf-8").splitlines()
    keep = [lines[0]] + [line for line in lines[1:] if line.split("\t")[:2] in (["gt22-d003", "1"], ["gt22-d003", "5"],
                                                                                 ["gt22-d003", "6"])]
    tsv = tmp_path / "input.tsv"
    tsv.write_text("\n".join(keep) + "\n", encoding="utf-8")
    rows, _ = predictions(tsv, "news22")
    found = {(r["doc_id"], r["seg_id"], r["type"]) for r in rows}
    assert ("gt22-d003", 1, "gloss_truncated") in found
    assert ("gt22-d003", 5, "untranslated") in found
    assert not any(seg == 6 for _, seg, _ in found)  # a clean segment


def test_dash_hyphen_and_separator_checks_are_ted_punctuation_only():
    for check_id in ("P512", "P513", "P514", "P515"):
        assert gold_type(check_id, "ted") == "punctuation" and gold_type(check_id, "news22") is None


def _finding(check_id: str, category: str, doc: str, pair_id: str):
    from qa.model import Finding, Severity

    return Finding(check_id, "test", category, Severity.MINOR, pair_id, "", "", doc=doc)


def test_additions_are_scored_from_the_gold_category(tmp_path):
    """score.py types Accuracy/Addition rows 'other': the addition line counts them by category, segment by segment,
    against findings of Accuracy/Addition checks only (an omission finding on an added segment is no hit)."""
    from bench.score_errors import addition_row

    gold = tmp_path / "gold.jsonl"
    rows = [{"doc_id": "talk.2", "seg_id": 5, "category": "Accuracy/Addition", "type": "other"},
            {"doc_id": "talk.2", "seg_id": 5, "category": "Accuracy/Addition", "type": "other"},  # one unit, two rows
            {"doc_id": "talk.2", "seg_id": 10, "category": "Accuracy/Addition", "type": "other"},
            {"doc_id": "talk.2", "seg_id": 11, "category": "Accuracy/Mistranslation", "type": "other"}]
    gold.write_text("".join(__import__("json").dumps(r) + "\n" for r in rows), encoding="utf-8")
    found = [_finding("N203", "Accuracy/Addition", "talk.2", "p0005"),   # hit
             _finding("A002", "Accuracy/Addition", "talk.2", "p0011"),   # a segment with no addition
             _finding("A004", "Accuracy/Omission", "talk.2", "p0010")]   # not an addition check
    line = addition_row(gold, found)
    assert line.split()[:7] == ["addition", "2", "2", "1", "1", "0.500", "0.500"]
    assert "A002, N203" in line and "A004" not in line


def test_real_ted_addition_rows_are_counted():
    from bench.score_errors import addition_row

    gold = ERRORS / "ted-mqm" / "ref" / "gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared/bench/errors is not present")
    # talk.2 segment 5 of the human reference: "across vast eras in cosmic history" is marked Accuracy/Addition
    line = addition_row(gold, [_finding("N203", "Accuracy/Addition", "talk.2", "p0005")])
    fields = line.split()
    assert fields[0] == "addition" and int(fields[1]) >= 2 and fields[2:5] == ["1", "1", "1"]
