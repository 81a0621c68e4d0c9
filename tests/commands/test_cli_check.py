"""`qa check` and `qa checks` end to end through click: reports, exit codes, config, accept-list.

Two toy checks stand in for the real families so the exit codes do not depend
on how other checks evolve; they are passed in by patching the command's
check list, never registered globally.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from qa.checks.context import Problem
from qa.checks.registry import CheckSpec
from qa.cli import main
from qa.model import Severity

# the package re-exports the click commands under the module names, so fetch the modules themselves
check_cmd = importlib.import_module("qa.api.document")
checks_cmd = importlib.import_module("qa.commands.checks")


def repeated_word(pair, ctx):
    """A word written twice in a row.

    Typing slips such as "the the" survive spell checkers because each word
    is spelled correctly.
    """
    for match in re.finditer(r"\b(\w+) \1\b", pair.target):
        yield Problem(f"Word repeated: {match.group(0)!r}.", target_span=match.group(0), suggestion=match.group(1))


def digits_differ(pair, ctx):
    """Digits in the source that the target does not have."""
    src = re.findall(r"\d+", pair.source.replace(",", ""))
    tgt = re.findall(r"\d+", pair.target.replace(",", ""))
    for number in src:
        if number not in tgt:
            yield Problem(f"Number {number} is missing from the target.", source_span=number)


TOY = [
    CheckSpec("Z901", "repeated-word", "Fluency/Grammar", Severity.MINOR, "pair", repeated_word, example='"stressed stressed"'),
    CheckSpec("Z902", "number-missing", "Accuracy/Mistranslation", Severity.MAJOR, "pair", digits_differ),
]
CSV_TEXT = (
    "source,target\n"
    '今年建成5768个站。,"This year 5,786 stations were built."\n'
    "会议强调落实。,The meeting stressed stressed implementation.\n"
    "长沙举办读书节。,Changsha held a reading festival.\n"
)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.setattr(check_cmd, "all_checks", lambda **_: list(TOY))
    monkeypatch.setattr(checks_cmd, "all_checks", lambda **_: list(TOY))
    monkeypatch.chdir(tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "page.csv").write_text(CSV_TEXT, encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_findings_at_fail_on_exit_1_and_three_reports(workdir):
    result = run("check", "docs/page.csv", "-o", "out")
    assert result.exit_code == 1, result.output
    assert sorted(p.name for p in (workdir / "out").iterdir() if not p.name.startswith(".")) == ["page.csv", "page.html", "page.jsonl"]  # the manifest is hidden
    rows = jsonl(workdir / "out" / "page.jsonl")
    assert [(r["check_id"], r["pair_id"]) for r in rows] == [("Z902", "p0001"), ("Z901", "p0002")]
    assert "2 finding(s)" in result.output and "1 major" in result.output and "1 minor" in result.output
    assert sorted(p.name for p in (workdir / "docs").iterdir()) == ["page.csv"]  # nothing beside the input


def test_fail_on_and_ignore_decide_the_exit_code(workdir):
    assert run("check", "docs/page.csv", "--fail-on", "critical").exit_code == 0
    assert run("check", "docs/page.csv", "--ignore", "Z902").exit_code == 0
    assert run("check", "docs/page.csv", "--ignore", "Z902", "--fail-on", "minor").exit_code == 1
    assert run("check", "docs/page.csv", "--severity-overrides", "Z9=neutral").exit_code == 0
    assert (workdir / "reports" / "page.html").exists()  # default folder


def test_setup_cfg_above_the_input_is_honoured_and_flags_win(workdir):
    (workdir / "setup.cfg").write_text("[qa]\nselect = Z901\nfail-on = minor\n", encoding="utf-8")
    result = run("check", "docs/page.csv", "--format", "jsonl")
    assert result.exit_code == 1
    assert [r["check_id"] for r in jsonl(workdir / "reports" / "page.jsonl")] == ["Z901"]
    assert not (workdir / "reports" / "page.html").exists()
    assert run("check", "docs/page.csv", "--fail-on", "major").exit_code == 0


@pytest.mark.parametrize(
    "args, message",
    [
        (["docs/page.csv", "--fail-on", "urgent"], "urgent"),
        (["docs/page.csv", "--select", "numbers"], "numbers"),
        (["docs/page.csv", "--format", "pdf"], "pdf"),
        (["docs/missing.csv"], "no such file"),
        (["docs/page.csv", "--accept-all", "--no-accept"], "contradict"),
    ],
)
def test_usage_errors_and_missing_input_exit_2_without_traceback(workdir, args, message):
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code == 2
    assert message in result.output and "Traceback" not in result.output
    assert not (workdir / "reports").exists()


def test_bad_config_value_exits_2(workdir):
    (workdir / "setup.cfg").write_text("[qa]\nfail-on = sometimes\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "docs/page.csv"])
    assert result.exit_code == 2 and "sometimes" in result.output


def test_unreadable_input_exits_2(workdir):
    (workdir / "docs" / "blob.csv").write_bytes(b"\x00\xff\xfe\x00" * 50)
    result = CliRunner().invoke(main, ["check", "docs/blob.csv"])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and not (workdir / "reports").exists()


def test_accept_all_then_rerun_then_stale_then_no_accept(workdir):
    first = run("check", "docs/page.csv", "--accept-all")
    assert first.exit_code == 0 and "accepted 2 new finding(s)" in first.output
    accept_file = workdir / ".qa" / "accepted.txt"
    assert len([l for l in accept_file.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]) == 2

    again = run("check", "docs/page.csv")
    assert again.exit_code == 0 and "0 finding(s)" in again.output and "2 finding(s) left out" in again.output

    # a paragraph is added above and the repeated word is fixed: the number finding stays accepted,
    # the repeated-word acceptance is now stale
    fixed = CSV_TEXT.replace("stressed stressed", "stressed").replace("source,target\n", "source,target\n新增段落。,A new paragraph.\n")
    (workdir / "docs" / "page.csv").write_text(fixed, encoding="utf-8")
    later = run("check", "docs/page.csv")
    assert later.exit_code == 0, later.output
    assert "stale acceptances: 1 accepted finding(s)" in later.output and "Z901" in later.output
    assert "stale acceptances" in (workdir / "reports" / "page.html").read_text(encoding="utf-8")

    audit = run("check", "docs/page.csv", "--no-accept")
    assert audit.exit_code == 1
    assert [r["check_id"] for r in jsonl(workdir / "reports" / "page.jsonl")] == ["Z902"]


def test_accept_file_option(workdir):
    run("check", "docs/page.csv", "--accept-all", "--accept-file", "reviewed.txt")
    assert (workdir / "reviewed.txt").exists() and not (workdir / ".qa").exists()
    assert run("check", "docs/page.csv").exit_code == 1  # default list is empty
    assert run("check", "docs/page.csv", "--accept-file", "reviewed.txt").exit_code == 0


def test_hand_corrected_alignment_is_used(workdir):
    tsv = workdir / "page.tsv"
    tsv.write_text(
        "pair_id\ttype\tscore\tsource\ttarget\n"
        "p0001\t1-1\t1.0\t今年建成5768个站。\tThis year 5,768 stations were built.\n",
        encoding="utf-8",
    )
    result = run("check", "docs/page.csv", "--alignment", str(tsv), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert (workdir / "reports" / "page.jsonl").read_text(encoding="utf-8") == ""


def test_qa_checks_lists_and_explains(workdir):
    listing = run("checks")
    assert listing.exit_code == 0
    lines = listing.output.splitlines()
    assert lines[0].split() == ["ID", "NAME", "SEVERITY", "CATEGORY", "TITLE"]
    assert lines[1].split()[:4] == ["Z901", "repeated-word", "minor", "Fluency/Grammar"]
    assert lines[1].endswith("A word written twice in a row.")
    one = run("checks", "z901")
    assert one.exit_code == 0
    assert "survive spell checkers" in one.output and '"stressed stressed"' in one.output
    family = run("checks", "Z9")
    assert family.output.count("\nZ90") == 2
    unknown = CliRunner().invoke(main, ["checks", "N999"])
    assert unknown.exit_code == 2 and "unknown check" in unknown.output


def test_glossary_from_config_reaches_the_checks_and_the_signature(workdir, monkeypatch):
    (workdir / "terms.csv").write_text("source,target\n读书节,reading festival\n", encoding="utf-8")
    (workdir / "setup.cfg").write_text("[qa]\nglossary = terms.csv\n", encoding="utf-8")
    seen = []

    def term_probe(pair, ctx):
        """Records the glossary the engine hands to checks."""
        seen.append(ctx.doc.glossary)
        return ()

    probe = CheckSpec("Z903", "term-probe", "Terminology/Wrong term", Severity.MINOR, "pair", term_probe)
    monkeypatch.setattr(check_cmd, "all_checks", lambda **_: [probe])
    result = run("check", "docs/page.csv", "--format", "html")
    assert result.exit_code == 0, result.output
    assert seen and len(seen[0]) == 1 and seen[0].preferred("读书节")
    html = (workdir / "reports" / "page.html").read_text(encoding="utf-8")
    assert "sha256:" in html  # the run signature names the glossary by its hash
    missing = CliRunner().invoke(main, ["check", "docs/page.csv", "--glossary", "nope.csv"])
    assert missing.exit_code == 2 and "nope.csv" in missing.output


def one_line_exit_2(result, *fragments: str) -> None:
    """The CLI contract for an error the user can fix: exit 2, one `qa: error:` line, no traceback."""
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and errors[0].startswith("qa: error: "), result.stderr
    for fragment in fragments:
        assert fragment in errors[0]


@pytest.mark.parametrize(
    "command",
    [
        ["glossary", "extract", "docs/page.csv", "docs/page.csv", "-o", "blocker/sub/g.tsv"],
        ["compare", "docs/page.csv", "docs/page.csv", "--csv", "blocker/x.csv"],
    ],
)
def test_output_under_a_file_is_one_line_exit_2(workdir, command):
    (workdir / "blocker").write_text("a file, so nothing can be created under it\n", encoding="utf-8")
    result = CliRunner().invoke(main, command)
    one_line_exit_2(result, "cannot write", "blocker")
    assert (workdir / "blocker").read_text(encoding="utf-8").startswith("a file")


def test_accept_all_runs_each_check_once_and_leaves_nothing_to_report(workdir, monkeypatch):
    calls = []
    counted = []
    for spec in TOY:
        def counting(pair, ctx, _func=spec.func, _id=spec.id):
            calls.append((_id, pair.id))
            return _func(pair, ctx)
        counted.append(dataclasses.replace(spec, func=counting))
    monkeypatch.setattr(check_cmd, "all_checks", lambda **_: counted)
    result = run("check", "docs/page.csv", "--accept-all", "-o", "out")
    assert result.exit_code == 0, result.output
    pairs = 3
    assert len(calls) == len(counted) * pairs and len(set(calls)) == len(calls)  # every check once per pair
    assert jsonl(workdir / "out" / "page.jsonl") == []
    assert "2 finding(s) left out as accepted" in result.output
