"""`qa corrections`: readers' reports of errors, from report to erratum.

    qa corrections add --doc FILE --quote TEXT [--suggest TEXT] [--reporter NAME] [--note TEXT]
    qa corrections list [--status open|accepted|rejected|applied]
    qa corrections show ID
    qa corrections verify ID
    qa corrections accept ID --fix TEXT [--rule [--term 长安君]]
    qa corrections reject ID --why TEXT
    qa corrections apply [--doc FILE] [--out FILE | --in-place]
    qa corrections import MESSAGES.mbox|MESSAGE.eml… [--documents DIR] [--map FILE]
"""

from __future__ import annotations

from pathlib import Path

import click

from qa.terminal import printable


def _settings(where: Path | None = None, glossary: Path | None = None):
    """Settings of the [qa] section nearest `where` (the document, else the working directory).

    Built like `qa check` builds them, so a glossary named there but missing
    is an input error rather than silently no terminology checks.
    """
    from qa.config import settings_from_cli

    return settings_from_cli(where or Path.cwd(), glossary=glossary, warn=lambda message: click.echo(message, err=True))


def ledger_path(given: Path | None) -> Path:
    """--ledger, else [qa] corrections-ledger of the nearest configuration, else the nearest existing
    .qa/corrections.sqlite here or above, else a new one beside the configuration (here without one).

    Looked for in the folders the configuration is looked for in (`qa.config.folders_up`), so a
    command run in a sub-folder of the project uses the project's ledger, never a new empty one.
    """
    from qa.config import find_config, folders_up, load_settings
    from qa.workflows.corrections import DEFAULT_LEDGER

    if given is not None:
        return given
    here = Path.cwd()
    config = find_config(here)
    configured = load_settings(here, warn=lambda message: None).corrections_ledger if config else None
    if configured:
        return configured
    for folder in folders_up(here):
        if (folder / DEFAULT_LEDGER).is_file():
            return folder / DEFAULT_LEDGER if folder != here.resolve() else DEFAULT_LEDGER
    return config.parent / DEFAULT_LEDGER if config is not None else DEFAULT_LEDGER


def _editor() -> str:
    """Who decides, for the ledger's editor field: the login name, as the shell knows it."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _ledger(ctx: click.Context):
    from qa.workflows.corrections import Ledger

    return Ledger(ctx.obj["ledger"])


@click.group("corrections")
@click.option("--ledger", type=click.Path(dir_okay=False, path_type=Path), help="Ledger database (default: [qa] corrections-ledger, else the nearest .qa/corrections.sqlite here or above).")
@click.pass_context
def corrections(ctx: click.Context, ledger: Path | None) -> None:
    """Readers' error reports: record, verify, accept or reject, apply with an erratum."""
    ctx.ensure_object(dict)
    ctx.obj["ledger"] = ledger_path(ledger)


def _show(item, verbose: bool = False) -> None:
    click.echo(printable(f"#{item.id} [{item.status}] {Path(item.doc).name} {item.pair_id} line {item.line}: {item.wrong!r}"
                         + (f" → {item.fix or item.suggest!r}" if (item.fix or item.suggest) else "")))
    if not verbose:
        return
    for label, value in (
        ("reported", f"{item.created} by {item.reporter or '(anonymous)'}"), ("document", item.doc),
        ("quote", item.quote), ("found", f"{item.match} in the {item.side}"), ("suggestion", item.suggest),
        ("note", item.note), ("source", item.source), ("target", item.target), ("source term", item.term),
        ("e-mail", item.email), ("page", item.page), ("duplicate of", f"#{item.duplicate_of}" if item.duplicate_of else ""),
        ("fix", item.fix), ("glossary rule", "yes" if item.rule else ""),
        ("rejected because" if item.status == "rejected" else "reason", item.reason), ("editor", item.editor),
        ("applied to", item.applied_to),
    ):
        if value:
            click.echo(f"  {label + ':':<17} {printable(str(value))}")
    verdict = item.verdict_data
    if verdict:
        click.echo(f"  {'verified:':<17} " + ("the checks agree" if verdict["agrees"] else "no check agrees"))


@corrections.command("add")
@click.option("--doc", required=True, type=click.Path(path_type=Path), help="The published bilingual document.")
@click.option("--quote", required=True, help="The text the reader says is wrong, as quoted.")
@click.option("--suggest", default="", help="The reader's suggested fix.")
@click.option("--reporter", default="", help="Who reported it.")
@click.option("--note", default="", help="Anything else the reader said.")
@click.pass_context
def add(ctx, doc: Path, quote: str, suggest: str, reporter: str, note: str) -> None:
    """Record a reader's report and find the quoted text in the document's pairs."""
    from qa.workflows.corrections import add_report

    with _ledger(ctx) as ledger:
        item = add_report(ledger, doc, quote, suggest, reporter, note)
    click.echo(printable(f"recorded #{item.id}: found {item.match} in pair {item.pair_id} (line {item.line})"
                         + (f", a duplicate of #{item.duplicate_of}" if item.duplicate_of else "")))
    click.echo(f"  source: {printable(item.source)}")
    click.echo(f"  target: {printable(item.target)}")


@corrections.command("list")
@click.option("--status", type=click.Choice(["open", "accepted", "rejected", "applied", "duplicate"]))
@click.pass_context
def list_(ctx, status: str | None) -> None:
    """List the reports, oldest first."""
    with _ledger(ctx) as ledger:
        items = ledger.list(status)
    for item in items:
        _show(item)
    if not items:
        click.echo("no corrections" + (f" with status {status}" if status else ""))


@corrections.command("show")
@click.argument("correction_id", type=int)
@click.pass_context
def show(ctx, correction_id: int) -> None:
    """Everything recorded about one report."""
    with _ledger(ctx) as ledger:
        _show(ledger.get(correction_id), verbose=True)


@corrections.command("verify")
@click.argument("correction_id", type=int)
@click.option("--glossary", type=click.Path(path_type=Path), help="Termbase for the terminology checks (default [qa] glossary).")
@click.pass_context
def verify_(ctx, correction_id: int, glossary: Path | None) -> None:
    """Run the checks on the reported pair: does the tool agree, and what does the source say?"""
    from qa.checks.engine import check_processes, usable_cores
    from qa.cli import short_lived
    from qa.workflows.corrections import verify

    short_lived()  # the ledger is committed and closed before anything is printed
    with _ledger(ctx) as ledger, check_processes(min(2, usable_cores())):
        item = ledger.get(correction_id)
        doc = Path(item.doc)
        settings = _settings(doc if doc.exists() else None, glossary)  # the document's own [qa], as `qa check`
        termbase = None
        if settings.glossary is not None:
            from qa.glossary import load_glossary

            termbase = load_glossary(settings.glossary)
        from qa.progress import steps

        with steps("verify", ("read, align and check",)) as progress:  # on a terminal, after a second
            progress.step("read, align and check")
            verdict = verify(ledger, correction_id, settings, termbase)
    click.echo(printable(f"#{correction_id} {item.wrong!r} in pair {verdict['pair_id']}"))
    click.echo(f"  source: {printable(verdict['source'])}")
    click.echo(f"  target: {printable(verdict['target'])}")
    about = [f for f in verdict["findings"] if f["about_quote"]]
    if about:
        for f in about:
            click.echo(printable(f"  agrees: {f['check_id']} {f['check']} ({f['category']}, {f['severity']}): {f['message']}"
                                 + (f" → {f['suggestion']}" if f["suggestion"] else "")))
    else:
        click.echo("  no check flags the quoted text" + (f"; {len(verdict['findings'])} other finding(s) on this pair"
                                                       if verdict["findings"] else ""))


@corrections.command("accept")
@click.argument("correction_id", type=int)
@click.option("--fix", required=True, help="The corrected text that replaces the quote.")
@click.option("--rule", is_flag=True, help="Also add glossary rules: the wrong rendering forbidden, the fix preferred.")
@click.option("--term", default="", help="Source term of the rule (default: the one `verify` found).")
@click.option("--glossary", type=click.Path(dir_okay=False, path_type=Path), help="Glossary to add the rule to (default [qa] glossary, else glossary.tsv).")
@click.pass_context
def accept_(ctx, correction_id: int, fix: str, rule: bool, term: str, glossary: Path | None) -> None:
    """Accept a report with the fix to apply."""
    from qa.config import load_settings
    from qa.io.guard import refuse_overwriting
    from qa.workflows.corrections import accept

    configured = load_settings(Path.cwd(), warn=lambda message: None).glossary  # --rule may create it
    path = glossary or configured or Path("glossary.tsv")
    with _ledger(ctx) as ledger:
        refuse_overwriting([path] if rule else [], [(c.doc, "the document") for c in ledger.list()] + [(ctx.obj["ledger"], "the ledger")])  # noqa: E501
        item, added = accept(ledger, correction_id, fix, rule=rule, term=term, glossary=path, editor=_editor())
    click.echo(printable(f"accepted #{item.id}: {item.wrong!r} → {item.fix!r}"))
    for source, target, status, _ in added:
        click.echo(printable(f"  glossary {path}: {source} → {target} ({status})"))
    if added and (configured is None or Path(path).resolve() != Path(configured).resolve()):
        click.echo(
            printable(f"  note: later checks use this rule with `--glossary {path}` or `glossary = {path}` in the [qa] section of setup.cfg")
        )


@corrections.command("reject")
@click.argument("correction_id", type=int)
@click.option("--why", required=True, help="Why the report is rejected (kept in the ledger).")
@click.pass_context
def reject_(ctx, correction_id: int, why: str) -> None:
    """Reject a report, saying why."""
    from qa.workflows.corrections import reject

    with _ledger(ctx) as ledger:
        item = reject(ledger, correction_id, why, editor=_editor())
    click.echo(printable(f"rejected #{item.id}: {item.reason}"))


@corrections.command("apply")
@click.option("--doc", type=click.Path(path_type=Path), help="Only this document's corrections.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Corrected copy (default corrected/<name>).")
@click.option("--in-place", is_flag=True, help="Correct the document itself (mode and owner kept), keeping a .bak backup.")
@click.option("--force", is_flag=True, help="With --in-place: correct a document that has other hard links through all of them.")
@click.pass_context
def apply_(ctx, doc: Path | None, out: Path | None, in_place: bool, force: bool) -> None:
    """Write corrected copies and errata (Markdown and CSV) for the accepted corrections."""
    from qa.workflows.corrections import apply

    with _ledger(ctx) as ledger:
        done = apply(ledger, out=out, in_place=in_place, doc=str(doc) if doc else None, force=force)
    for result in done:
        click.echo(printable(f"{Path(result.doc).name}: {len(result.corrections)} correction(s) → {result.out}"
                             + (f" (backup {result.backup})" if result.backup else "")))
        click.echo(printable(f"  erratum: {result.erratum_md}, {result.erratum_csv}"))
        for note in result.notes:
            click.echo(f"  note: {printable(note)}")


@corrections.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--documents", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder of the bilingual documents the Page: lines name.")
@click.option("--map", "map_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Mapping file: the site's URL or id, then the document's file name (as `qa serve --map`).")
@click.pass_context
def import_(ctx, files: tuple[Path, ...], documents: Path, map_file: Path | None) -> None:
    """Reports that came by e-mail (mbox or .eml): bodies with Page:, Quote: and Suggestion: lines.

    Every other message is listed as not understood, with the reason.
    """
    from qa.workflows.corrections.documents import Documents
    from qa.workflows.corrections.mail import import_messages

    folder = Documents.load(documents, map_file)
    with _ledger(ctx) as ledger:
        outcomes = import_messages(ledger, list(files), folder)
    for outcome in outcomes:
        who = f" from {outcome.sender}" if outcome.sender else ""
        if outcome.report is not None:
            item = outcome.report
            click.echo(printable(f"{outcome.where}{who}: recorded #{item.id} ({Path(item.doc).name}, pair {item.pair_id})"
                                 + (f", a duplicate of #{item.duplicate_of}" if item.duplicate_of else "")))
        else:
            subject = f" {outcome.subject!r}" if outcome.subject else ""
            click.echo(printable(f"{outcome.where}{who}{subject}: {outcome.problem}"))
    recorded = sum(o.report is not None for o in outcomes)
    click.echo(f"{recorded} report(s) recorded, {len(outcomes) - recorded} message(s) not recorded (listed above)")
