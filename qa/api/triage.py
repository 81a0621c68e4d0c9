"""`qa accept`: record reviewed findings in the accept-list, by fingerprint or from a report.

Every report carries each finding's fingerprint (the last column of the
CSV/JSONL/XLSX, a button in the HTML), so an editor can accept findings
without re-running the checks with `--accept-all` and pruning the file by
hand. The accept-list is written by qa.accept.add_lines, the same locked,
atomic writer `--accept-all` uses, so the lines are what `--accept-file`
reads.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

from qa.api.document import Codes, PathLike, _path
from qa.errors import InputError, UsageError
from qa.io.files import shown

REPORT_LIMIT = 512 << 20  # a report of a very large archive; bounded so /dev/zero is refused, not read


@dataclass(frozen=True)
class AcceptOutcome:
    path: Path  # the accept-list written
    added: int  # fingerprints new to it
    requested: int  # fingerprints asked for (after --check), already there or not


def report_rows(path: Path) -> list[dict[str, Any]]:
    """The findings of a qa report (JSONL, or the CSV with its byte-order mark), as dicts."""
    from qa.io.files import read_user_file

    try:
        text = read_user_file(path, "report", REPORT_LIMIT).decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{shown(path)}: not a UTF-8 qa report ({err.reason})") from None
    if path.suffix.lower() == ".csv":
        from qa.io.delimited import read_rows

        table = read_rows(text, ",", shown(path))
        header = table[0] if table else []
        if table and "fingerprint" not in header:
            # the CSV's cells may carry a spreadsheet guard ('), so a fingerprint is never recomputed from them
            raise InputError(f"{shown(path)}: no fingerprint column (a qa report from before `qa accept`; "
                             "re-run `qa check`, or give its .jsonl)")
        return [dict(zip(header, row)) for row in table[1:]]
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            raise InputError(f"{shown(path)}:{number}: not a JSON line (give a qa report, .jsonl or .csv)") from None
        if not isinstance(row, dict):
            raise InputError(f"{shown(path)}:{number}: not a finding (expected a JSON object)")
        rows.append(row)
    return rows


def _row_fingerprint(row: Mapping[str, Any], where: str) -> str:
    """The row's fingerprint column; an older JSONL without one gets it computed from the same fields."""
    fp = str(row.get("fingerprint") or "").strip()
    if fp:
        return fp
    needed = ("check_id", "source", "target", "source_span", "target_span")
    if not all(isinstance(row.get(k, ""), str) for k in needed) or not row.get("check_id"):
        raise InputError(f"{where}: a row has no fingerprint (re-run `qa check` to write reports with one)")
    from qa.accept import fingerprint
    from qa.model import Finding, Severity

    return fingerprint(Finding(row["check_id"], "", "", Severity.NEUTRAL, "", row.get("source") or "",
                               row.get("target") or "", row.get("source_span") or "", row.get("target_span") or ""))


def _chosen(check_id: str, checks: tuple[str, ...]) -> bool:
    return not checks or any(check_id == c or check_id.startswith(c) for c in checks)


def lines_from_report(report: Path, fingerprints: Iterable[str] = (), checks: Codes = None) -> list[tuple[str, str]]:
    """(fingerprint, accept-list line) for the report's findings: those named, of the checks given (or all)."""
    from qa.accept import describe
    from qa.config import parse_id_prefixes

    wanted = {fp.strip().lower() for fp in fingerprints}
    prefixes = parse_id_prefixes(checks, "--check") if checks else ()
    lines, seen = [], set()
    for row in report_rows(report):
        fp = _row_fingerprint(row, shown(report))
        check_id = str(row.get("check_id") or "")
        if (wanted and fp not in wanted) or not _chosen(check_id, prefixes):
            continue
        seen.add(fp)
        text = {k: str(row.get(k) or "") for k in ("doc", "pair_id", "source_span", "target_span")}
        lines.append((fp, describe(fp, check_id, text["doc"], text["pair_id"], text["source_span"],
                                   text["target_span"])))
    missing = sorted(wanted - seen)
    if missing:
        raise UsageError(f"{shown(report)} has no finding with fingerprint {', '.join(missing[:5])}"
                         + (f" (and {len(missing) - 5} more)" if len(missing) > 5 else ""))
    return lines


def accept_findings(
    fingerprints: Iterable[str] = (),
    report: PathLike | None = None,
    checks: Codes = None,
    *,
    accept_file: PathLike | None = None,
    config: PathLike | None = None,
    isolated: bool = False,
) -> AcceptOutcome:
    """Add findings to the accept-list `qa check` reads (the configured one unless `accept_file`).

    Without `report`, `fingerprints` are added as they are; with it, the
    report's findings are added (only those in `fingerprints` when some are
    given, only those of `checks` when given) with a line saying what each was.
    """
    from qa.accept import FINGERPRINT, add_lines
    from qa.config import load_settings
    from qa.io.guard import refuse_overwriting

    fingerprints = [fp.strip().lower() for fp in fingerprints]
    bad = [fp for fp in fingerprints if not FINGERPRINT.match(fp)]
    if bad:
        raise UsageError(f"{bad[0]!r} is not a fingerprint (16 hex digits, as in the reports' fingerprint column)")
    report = _path(report)
    if report is None and checks:
        raise UsageError("--check chooses findings of a report: give --from REPORT")
    if report is None and not fingerprints:
        raise UsageError("nothing to accept: give fingerprints, or --from REPORT")
    settings = load_settings(report or Path.cwd(), {"accept_file": _path(accept_file)}, _path(config),
                             isolated=isolated)
    path = settings.accept_path
    lines = lines_from_report(report, fingerprints, checks) if report else [(fp, fp) for fp in fingerprints]
    if report is not None:
        refuse_overwriting([path], [(report, "the report")])
    added = add_lines(path, lines)
    return AcceptOutcome(path, added, len({fp for fp, _ in lines}))
