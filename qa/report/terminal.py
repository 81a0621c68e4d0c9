"""Findings in the terminal, one line each, in the shape CI logs and editors know from flake8 and ruff.

`page.txt:27: M101 [major] 长安君 'Zhang Anjun' → Chang'an Jun`: the file, the
line of the input that holds the text (the target's line when the finding
points at the translation, the source's otherwise; a CAT file's unit id when
there are no lines), the check, its severity, the offending text and the
suggestion — or the message when a finding has no span.

`--output-format json` gives the same findings as JSON objects (the report
columns plus `file` and `line`), `--output-format github` as GitHub Actions
annotations (`::error file=…,line=…::…`), error for critical and major,
warning for minor, notice for neutral.
"""

from __future__ import annotations

from typing import Any, Iterable, NamedTuple

import click

from qa.model import Alignment, Finding, Pair
from qa.terminal import printable

_COLOURS = {"critical": "red", "major": "yellow", "minor": "cyan", "neutral": "white"}
MESSAGE_WIDTH = 100


class Location(NamedTuple):
    """Where a finding's text stands: the file, its line (0: none) and a CAT unit id."""

    file: str
    line: int
    unit: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line or self.unit}"


def _locate(pair: Pair | None, finding: Finding, source_path: str, target_path: str) -> Location:
    """The file and line (or unit id) of the text the finding points at."""
    if pair is None:
        return Location(source_path, 0, finding.pair_id)
    if finding.target_span and pair.target_line:
        return Location(target_path, pair.target_line, pair.unit_id)
    if pair.source_line:
        return Location(source_path, pair.source_line, pair.unit_id)
    if pair.target_line:
        return Location(target_path, pair.target_line, pair.unit_id)
    return Location(source_path, 0, pair.unit_id or pair.id)


def _short(text: str, width: int = MESSAGE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _what(finding: Finding) -> str:
    parts = [_short(finding.source_span, 40), repr(_short(finding.target_span, 60)) if finding.target_span else ""]
    text = " ".join(p for p in parts if p)
    if finding.suggestion:
        text += f" → {finding.suggestion}"
    return printable(text or _short(finding.message))


def located(findings: Iterable[Finding], alignment: Alignment, source_path: str,
            target_path: str = "") -> list[tuple[Location, Finding]]:
    """Each finding with its location, in the order of the document (`target_path`: the translation's own file)."""
    target_path = target_path or source_path
    pairs = {p.id: p for p in alignment.pairs}
    order = {p.id: k for k, p in enumerate(alignment.pairs)}
    ordered = sorted(findings, key=lambda f: (order.get(f.pair_id, len(order)), f.check_id))
    return [(_locate(pairs.get(f.pair_id), f, source_path, target_path), f) for f in ordered]


def finding_lines(findings: Iterable[Finding], alignment: Alignment, source_path: str, target_path: str = "",
                  colour: bool = False) -> list[str]:
    """One line per finding, in the order of the document (`target_path`: the translation's own file, if any)."""
    lines = []
    for where, finding in located(findings, alignment, printable(source_path), printable(target_path)):
        severity = finding.severity.value
        tag = f"{finding.check_id} [{severity}]"
        if colour:
            tag = click.style(finding.check_id, bold=True) + " " + click.style(f"[{severity}]", fg=_COLOURS[severity])
        lines.append(f"{where}: {tag} {_what(finding)}")
    return lines


def finding_records(findings: Iterable[Finding], alignment: Alignment, source_path: str,
                    target_path: str = "") -> list[dict[str, Any]]:
    """One JSON-ready object per finding: `file` and `line` first, then the report columns."""
    from qa.model import finding_row

    return [{"file": where.file, "line": where.line or None, **finding_row(finding)}
            for where, finding in located(findings, alignment, source_path, target_path)]


_GITHUB_LEVEL = {"critical": "error", "major": "error", "minor": "warning", "neutral": "notice"}


def _github_data(text: str) -> str:
    """Escape a workflow command's message (GitHub's own rules: %, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """Escape a workflow command's property value (also : and ,)."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(findings: Iterable[Finding], alignment: Alignment, source_path: str,
                 target_path: str = "") -> list[str]:
    """GitHub Actions annotations, one per finding: the pull request shows each on its line."""
    lines = []
    for where, finding in located(findings, alignment, source_path, target_path):
        level = _GITHUB_LEVEL[finding.severity.value]
        props = [f"file={_github_property(where.file)}"]
        if where.line:
            props.append(f"line={where.line}")
        props.append(f"title={_github_property(f'{finding.check_id} {finding.check} [{finding.severity.value}]')}")
        unit = f"unit {where.unit}: " if where.unit and not where.line else ""
        text = finding.message + (f" → {finding.suggestion}" if finding.suggestion else "")
        lines.append(f"::{level} {','.join(props)}::{_github_data(printable(unit + text))}")
    return lines
