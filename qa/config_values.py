"""Parsers of the `[qa]` settings' values (check id prefixes, severities, overrides, report formats).

Apart from qa.config, which finds and layers the settings, so the file and the
command line parse a value the same way and a bad one fails with the same
UsageError (exit 2) wherever it was given.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.defaults import REPORT_FORMATS
from qa.errors import UsageError
from qa.model import Severity

ID_PREFIX = re.compile(r"^[A-Z][0-9]{0,3}$")


def _split_list(value: str) -> list[str]:
    return [item for item in re.split(r"[\s,]+", value.strip()) if item]


def parse_id_prefixes(value: str | Iterable[str], what: str) -> tuple[str, ...]:
    """Comma/space separated check id prefixes such as "N2, P504"."""
    items = _split_list(value) if isinstance(value, str) else [i.strip() for i in value if i.strip()]
    prefixes = []
    for item in items:
        code = item.upper()
        if not ID_PREFIX.match(code):
            raise UsageError(f"{what}: {item!r} is not a check id or prefix (like N, N2 or N201)")
        prefixes.append(code)
    return tuple(dict.fromkeys(prefixes))


def parse_severity(value: str, what: str) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as err:
        raise UsageError(f"{what}: {err}") from None


def parse_overrides(value: str, what: str = "severity-overrides") -> tuple[tuple[str, Severity], ...]:
    """"N2=minor, P504=neutral" -> (("N2", MINOR), ("P504", NEUTRAL))."""
    overrides: dict[str, Severity] = {}
    for item in re.split(r"[,\n]+", value):
        item = item.strip()
        if not item:
            continue
        if "=" not in item:
            raise UsageError(f"{what}: {item!r} should look like N2=minor")
        prefix, _, severity = item.partition("=")
        codes = parse_id_prefixes(prefix, what)
        if len(codes) != 1:
            raise UsageError(f"{what}: {item!r} should name one check id or prefix, like N2=minor")
        code = codes[0]
        overrides[code] = parse_severity(severity, f"{what} {code}")
    return tuple(overrides.items())


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    items = _split_list(value) if isinstance(value, str) else list(value)
    formats = []
    for item in items:
        fmt = item.strip().lower().lstrip(".")
        if fmt not in REPORT_FORMATS:
            raise UsageError(f"format: {item!r} is not one of {', '.join(REPORT_FORMATS)}")
        formats.append(fmt)
    if not formats:
        raise UsageError("format: give at least one of " + ", ".join(REPORT_FORMATS))
    return tuple(dict.fromkeys(formats))
