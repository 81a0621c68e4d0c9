"""`qa checks`: list every check, or explain one, like a linter's rule index."""

from __future__ import annotations

import textwrap

import click

from qa.checks.registry import CheckSpec, all_checks


OFF_BY_DEFAULT = "off by default (--extend-select {id})"


def _title(spec: CheckSpec) -> str:
    """The title, marked when the check is opt-in, so a list shows what a plain run leaves out."""
    return f"{spec.title} [{OFF_BY_DEFAULT.format(id=spec.id)}]" if spec.off_by_default else spec.title


def _table(specs: list[CheckSpec]) -> str:
    rows = [("ID", "NAME", "SEVERITY", "CATEGORY", "TITLE")]
    rows += [(s.id, s.name, s.severity.value, s.category, _title(s)) for s in specs]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4] for row in rows
    ).rstrip()


def describe(spec: CheckSpec) -> str:
    """One check as `qa checks ID` prints it: header, title, explanation, example."""
    lines = [
        f"{spec.id}  {spec.name}",
        f"  severity: {spec.severity.value}   category: {spec.category}   scope: {spec.scope}"
        + ("   (gate: other pair checks skip a pair it flags)" if spec.gate else ""),
        "",
        spec.title or "(no description)",
    ]
    if spec.off_by_default:
        lines += ["", f"Off by default: runs only when --extend-select or --select (or extend-select/select in the "
                      f"configuration) names {spec.id} itself; a prefix does not turn it on. --extend-select {spec.id} "
                      "adds it to the default checks; --select replaces them."]
    if spec.defers_to:
        lines += ["", f"Defers to {', '.join(spec.defers_to)}: a finding of theirs on the same pair and source text replaces this check's."]
    if spec.requires:
        lines += ["", f"Language resources: {', '.join(spec.requires)}."]
    if spec.explanation:
        lines += ["", spec.explanation]
    if spec.example:
        lines += ["", "Example:", textwrap.indent(spec.example.strip(), "  ")]
    return "\n".join(lines)


@click.command("checks")
@click.argument("check_id", required=False)
def checks(check_id: str | None) -> None:
    """List all checks, or explain CHECK_ID (an id like N201, or a prefix like N)."""
    from qa.errors import UsageError

    specs = all_checks(with_off_by_default=True)
    if check_id is None:
        click.echo(_table(specs) if specs else "no checks registered")
        return
    code = check_id.strip().upper()
    exact = [s for s in specs if s.id == code]
    if exact:
        click.echo(describe(exact[0]))
        return
    family = [s for s in specs if s.id.startswith(code)]
    if not family or not code:
        raise UsageError(f"unknown check {check_id!r}; `qa checks` lists them all")
    click.echo(_table(family))
