"""`qa accept`: record reviewed findings in the accept-list, by fingerprint or from a report."""

from __future__ import annotations

from pathlib import Path

import click



@click.command("accept")
@click.argument("fingerprints", nargs=-1)
@click.option("--from", "report", type=click.Path(dir_okay=False, path_type=Path),
              help="A qa report (.jsonl or .csv): accept its findings (those FINGERPRINTS only, when given).")
@click.option("--check", "checks", metavar="IDS", help="With --from: only findings of these check ids or prefixes, e.g. M103.")
@click.option("--accept-file", type=click.Path(dir_okay=False, path_type=Path), help="Accept-list of reviewed findings (default .qa/accepted.txt).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Read [qa] from this file instead of the setup.cfg found above the report (or here).")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file (for gates over submitted folders).")
def accept(fingerprints: tuple[str, ...], report: Path | None, checks: str | None, accept_file: Path | None,
           config_file: Path | None, isolated: bool) -> None:
    """Accept findings after review, so later `qa check` runs leave them out.

    FINGERPRINTS are the 16-hex-digit ids in the reports' fingerprint column (and
    on each finding in the HTML report); `--from report.jsonl --check M103`
    accepts every M103 finding of a report.
    """
    from qa.api.triage import accept_findings
    from qa.io.files import shown
    from qa.terminal import printable

    outcome = accept_findings(fingerprints, report, checks, accept_file=accept_file, config=config_file,
                              isolated=isolated)
    already = outcome.requested - outcome.added
    click.echo(f"accepted {outcome.added} new finding(s) into {printable(shown(outcome.path))}"
               + (f" ({already} already there)" if already else ""))
