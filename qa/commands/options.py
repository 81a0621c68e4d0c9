"""Click options that `qa check` and `qa audit` share, declared once so their help cannot drift."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, TypeVar

import click

from qa.defaults import DEFAULT_FORMATS, REPORT_FORMATS, SEVERITY_NAMES

F = TypeVar("F", bound=Callable)

_FORMAT_HELP = (
    f"Report formats, comma separated (or the option repeated), from {', '.join(REPORT_FORMATS)} (default {','.join(DEFAULT_FORMATS)}; "
    "xliff: the XLIFF input with findings as <note>s)."
)



def _joined(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> str | None:
    """A list option given more than once means all of its values (`--format html --format csv`), as ruff's
    and flake8's list options do; click alone would keep the last and drop the rest without a word."""
    return ",".join(values) if values else None


def _list_option(*names: str, **attrs) -> Callable[[F], F]:
    return click.option(*names, multiple=True, callback=_joined, **attrs)


SETTINGS_OPTIONS = (
    _list_option("--format", "formats", metavar="LIST", help=_FORMAT_HELP),
    _list_option("--select", metavar="IDS", help="Only these check ids or prefixes, e.g. N,P5 (replaces the config's select, and its ignores within these)."),
    _list_option("--extend-select", metavar="IDS", help="Add these check ids or prefixes to the selection (the config's or the default set), e.g. A008 to run an off-by-default check too."),
    _list_option("--ignore", metavar="IDS", help="Skip these check ids or prefixes (longest prefix wins over --select)."),
    _list_option("--severity-overrides", metavar="MAP", help="Severity per check id or prefix, e.g. N2=minor,P504=neutral."),
    click.option("--fail-on", metavar="SEVERITY", help=f"Exit 1 when a finding is at or above this: {', '.join(SEVERITY_NAMES)} (default major)."),
    click.option("--glossary", type=click.Path(path_type=Path), help="Termbase (TSV/CSV/TBX) for the terminology checks."),
    click.option("--accept-file", type=click.Path(dir_okay=False, path_type=Path), help="Accept-list of reviewed findings (default .qa/accepted.txt)."),
    click.option("--no-accept", is_flag=True, help="Ignore the accept-list: report every finding."),
    click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Read [qa] from this file instead of the setup.cfg found above the input."),
    click.option("--isolated", is_flag=True, help="Ignore every configuration file (for gates over submitted folders)."),
    click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on (usage errors still exit 2)."),
)


def settings_options(function: F) -> F:
    """Add the options every checking command takes, in the order `--help` lists them."""
    for option in reversed(SETTINGS_OPTIONS):
        function = option(function)
    return function
