"""Findings in the terminal, one line each, in the shape CI logs and editors know from flake8 and ruff.

`page.txt:27: M101 [major] 长安君 'Zhang Anjun' → Chang'an Jun`: the file, the
line of the input that holds the text (the target's line when the finding
points at the translation, the source's otherwise; a CAT file's unit id when
there are no lines), the check, its severity, the offending text and the
suggestion — or the message when a finding has no span.
"""

from __future__ import annotations

from typing import Iterable

import click

from qa.model import Alignment, Finding, Pair
from qa.terminal import printable

_COLOURS = {"critical": "red", "major": "yellow", "minor": "cyan", "neutral": "white"}
MESSAGE_WIDTH = 100


def _where(pair: Pair | None, finding: Finding, source_path: str, target_path: str) -> str:
    """`file:line` (or `file:unit id`) of the text the finding points at."""
    if pair is None:
        return f"{source_path}:{finding.pair_id}"
    if finding.target_span and pair.target_line:
        return f"{target_path}:{pair.target_line}"
    if pair.source_line:
        return f"{source_path}:{pair.source_line}"
    if pair.target_line:
        return f"{target_path}:{pair.target_line}"
    return f"{source_path}:{pair.unit_id or pair.id}"


def _short(text: str, width: int = MESSAGE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _what(finding: Finding) -> str:
    parts = [_short(finding.source_span, 40), repr(_short(finding.target_span, 60)) if finding.target_span else ""]
    text = " ".join(p for p in parts if p)
    if finding.suggestion:
        text += f" → {finding.suggestion}"
    return printable(text or _short(finding.message))


def finding_lines(findings: Iterable[Finding], alignment: Alignment, source_path: str, target_path: str = "",
                  colour: bool = False) -> list[str]:
    """One line per finding, in the order of the document (`target_path`: the translation's own file, if any)."""
    source_path, target_path = printable(source_path), printable(target_path or source_path)
    pairs = {p.id: p for p in alignment.pairs}
    order = {p.id: k for k, p in enumerate(alignment.pairs)}
    lines = []
    for finding in sorted(findings, key=lambda f: (order.get(f.pair_id, len(order)), f.check_id)):
        severity = finding.severity.value
        tag = f"{finding.check_id} [{severity}]"
        if colour:
            tag = click.style(finding.check_id, bold=True) + " " + click.style(f"[{severity}]", fg=_COLOURS[severity])
        where = _where(pairs.get(finding.pair_id), finding, source_path, target_path)
        lines.append(f"{where}: {tag} {_what(finding)}")
    return lines
