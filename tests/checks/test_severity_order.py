"""One severity order (qa.model.SEVERITY_ORDER): ranks, summaries and the report follow it."""

from __future__ import annotations

from qa.model import SEVERITY_NAMES, SEVERITY_ORDER, Alignment, Document, Finding, Pair, Severity


def test_most_serious_first_and_ranks_agree():
    assert SEVERITY_NAMES == ("critical", "major", "minor", "neutral")
    assert [s.rank for s in SEVERITY_ORDER] == [3, 2, 1, 0]
    assert max(Severity, key=lambda s: s.rank) is Severity.CRITICAL


def test_summary_counts_and_formula_follow_the_order():
    from qa.report.summary import FORMULA, summarize
    from qa.selection import at_or_above

    pair = Pair("p1", "会议强调落实。", "The meeting stressed stressed implementation.")
    findings = [Finding("P503", "repeated-word", "Fluency/Grammar", s, "p1", pair.source, pair.target) for s in Severity]
    summary = summarize(Alignment(Document("t", "t"), (pair,)), findings)
    assert list(summary.by_severity) == ["critical", "major", "minor", "neutral"]
    assert "(10·critical + 5·major + 1·minor + 0·neutral)" in FORMULA
    assert [f.severity.value for f in at_or_above(findings, Severity.MAJOR)] == ["major", "critical"]
