"""Accept-list: fingerprints survive unrelated edits, lapse on real ones, stale ones are reported."""

from __future__ import annotations

from dataclasses import replace

from qa.accept import apply_accept_list, extend_accept_list, fingerprint, load_accept_list
from qa.model import Finding, Severity

SOURCE = "全省共建成5768个服务站。"
TARGET = "The province built 5,786 service stations."


def number_finding(**changes) -> Finding:
    base = Finding(
        "N201", "number-mismatch", "Accuracy/Mistranslation", Severity.MAJOR, "p0007", SOURCE, TARGET,
        "5768", "5,786", "Number differs.", "5,768", doc="page",
    )
    return replace(base, **changes)


def test_fingerprint_ignores_pair_id_message_and_whitespace_but_not_content():
    fp = fingerprint(number_finding())
    assert fp == fingerprint(number_finding(pair_id="p0042", message="Other wording", severity=Severity.MINOR))
    assert fp == fingerprint(number_finding(target="The province  built 5,786 service\nstations."))
    assert fp != fingerprint(number_finding(source="全省共建成5769个服务站。"))
    assert fp != fingerprint(number_finding(target_span="5,787"))
    assert fp != fingerprint(number_finding(check_id="N202"))
    assert len(fp) == 16 and int(fp, 16) >= 0


def test_accepted_finding_survives_a_paragraph_inserted_above(tmp_path):
    path = tmp_path / ".qa" / "accepted.txt"
    path.parent.mkdir()
    first_run = [number_finding(), number_finding(check_id="P101", target_span="stations", pair_id="p0008")]
    assert extend_accept_list(path, first_run[:1]) == 1
    # the document gained a paragraph: ids shift, the accepted finding is the same
    second_run = [replace(f, pair_id=f"p{int(f.pair_id[1:]) + 1:04d}") for f in first_run]
    outcome = apply_accept_list(second_run, load_accept_list(path), doc_id="page")
    assert [f.check_id for f in outcome.kept] == ["P101"]
    assert [f.check_id for f in outcome.accepted] == ["N201"]
    assert outcome.stale == []


def test_file_is_readable_and_extending_keeps_old_lines(tmp_path):
    path = tmp_path / "acc.txt"
    extend_accept_list(path, [number_finding()])
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#")
    line = [l for l in text.splitlines() if not l.startswith("#")][0]
    assert line.split()[:3] == [fingerprint(number_finding()), "N201", "doc=page"]
    assert 'src="5768"' in line and 'tgt="5,786"' in line
    path.write_text(text + "# reviewed by the editor\n", encoding="utf-8")
    assert extend_accept_list(path, [number_finding()]) == 0  # already there
    assert extend_accept_list(path, [number_finding(target_span="stations")]) == 1
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "# reviewed by the editor" in lines and len(load_accept_list(path).entries) == 2


def test_stale_acceptance_is_reported_only_for_this_document_and_checks_that_ran(tmp_path):
    path = tmp_path / "acc.txt"
    fixed = number_finding()
    other_doc = number_finding(doc="other", source="另一篇文章。")
    punct = number_finding(check_id="P101", target_span="stations")
    extend_accept_list(path, [fixed, other_doc, punct])
    # the translator fixed the number: the N201 finding no longer occurs
    outcome = apply_accept_list([], load_accept_list(path), doc_id="page", checked_ids=["N201"])
    assert [e.fingerprint for e in outcome.stale] == [fingerprint(fixed)]
    assert outcome.stale[0].check_id == "N201"


def test_missing_file_is_empty_and_garbage_is_an_input_error(tmp_path):
    import pytest

    from qa.errors import InputError

    assert load_accept_list(tmp_path / "none.txt").entries == {}
    bad = tmp_path / "bad.txt"
    bad.write_text("not-a-fingerprint N201\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.txt:1"):
        load_accept_list(bad)
