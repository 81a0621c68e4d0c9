"""Which checks run, and at what severity: resolved once per run.

Selection follows flake8/ruff: `select` and `ignore` hold id prefixes ("N",
"N2", "N201"); for each check the longest matching prefix decides, so
`select = N` with `ignore = N2` runs N1xx but not N2xx, and adding
`select = N201` turns that one back on. A tie (the same prefix in both) is
ignored. With no `select`, every check is selected. `extend-select` (as
ruff's) adds its prefixes to the selection instead of replacing it:
`--extend-select A008` runs the default set and A008.

A check declared off by default (qa.checks.registry) runs only when `select`
or `extend-select` names its exact id (`--select A008`): no prefix and no empty selection turns
it on. This follows ruff's `explicit-preview-rules` (a preview rule needs its
full code; neither a prefix nor ALL selects it) rather than flake8-bugbear's
B9 (any prefix of two characters or more, "B9", selects them): an opt-in
check is one whose precision was not good enough to run by default, so
only a user who asks for it by name gets it. An `ignore` of it is allowed
(and changes nothing unless it is also selected).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Sequence

from qa.checks.registry import CheckSpec
from qa.config import Settings
from qa.errors import UsageError
from qa.model import Finding, Severity


def _longest(check_id: str, prefixes: Iterable[str]) -> int:
    """Length of the longest prefix matching `check_id`; -1 when none does."""
    return max((len(p) for p in prefixes if check_id.startswith(p)), default=-1)


def is_selected(check_id: str, select: Sequence[str], ignore: Sequence[str], extend: Sequence[str] = ()) -> bool:
    """The longest prefix decides; an empty `select` is every check (`extend` adds to either)."""
    selected = max(_longest(check_id, select) if select else 0, _longest(check_id, extend))
    ignored = _longest(check_id, ignore)
    return selected >= 0 and selected > ignored


def explicitly_selected(check_id: str, select: Sequence[str], ignore: Sequence[str], extend: Sequence[str] = ()) -> bool:
    """An off-by-default check runs only when `select` or `extend` names its exact id and no ignore of the same
    id says no."""
    return (check_id in select or check_id in extend) and check_id not in ignore


def override_for(check_id: str, overrides: Sequence[tuple[str, Severity]]) -> Severity | None:
    """The severity of the longest override prefix matching `check_id`, if any."""
    best: tuple[int, Severity] | None = None
    for prefix, severity in overrides:
        if check_id.startswith(prefix) and (best is None or len(prefix) > best[0]):
            best = (len(prefix), severity)
    return best[1] if best else None


def select_checks(settings: Settings, specs: Iterable[CheckSpec]) -> list[CheckSpec]:
    """The enabled checks, in id order, with user severity overrides applied (off-by-default ones only when
    `select` names them)."""
    chosen = []
    for spec in sorted(specs, key=lambda s: s.id):
        chosen_here = explicitly_selected if spec.off_by_default else is_selected
        if not chosen_here(spec.id, settings.select, settings.ignore, settings.extend_select):
            continue
        severity = override_for(spec.id, settings.severity_overrides)
        chosen.append(replace(spec, severity=severity) if severity else spec)
    return chosen


def unmatched_prefixes(settings: Settings, specs: Iterable[CheckSpec]) -> list[str]:
    """Prefixes in select/ignore/overrides that name no known check (likely a typo)."""
    ids = [s.id for s in specs]
    prefixes = [*settings.select, *settings.extend_select, *settings.ignore, *(p for p, _ in settings.severity_overrides)]
    return [p for p in dict.fromkeys(prefixes) if not any(i.startswith(p) for i in ids)]


def require_known_codes(settings: Settings, specs: Iterable[CheckSpec]) -> None:
    """Refuse a select/ignore/override code that names no check, as ruff does: a typo must not pass a gate."""
    unknown = unmatched_prefixes(settings, specs)
    if unknown:
        raise UsageError(f"unknown check code(s) {', '.join(unknown)} in select/ignore/severity-overrides "
                         "(`qa checks` lists them)")


def apply_severity_overrides(findings: Iterable[Finding], settings: Settings) -> list[Finding]:
    """Findings with the user's severity, even where a check chose its own.

    A check may raise or lower a single problem's severity; an explicit
    override in the config is the editor's decision and wins over both.
    """
    result = []
    for finding in findings:
        severity = override_for(finding.check_id, settings.severity_overrides)
        result.append(finding.with_severity(severity) if severity and severity is not finding.severity else finding)
    return result


def at_or_above(findings: Iterable[Finding], threshold: Severity) -> list[Finding]:
    return [f for f in findings if f.severity.rank >= threshold.rank]
