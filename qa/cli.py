"""The `qa` command: a thin click layer over the library.

Each subcommand lives in `qa/commands/<name>.py` and only parses options and
calls the library; errors the user can act on (`QAError`) become one line on
stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys

import click

from qa import __version__
from qa.errors import QAError


_quick_exit = {"allowed": False}


def exit_without_teardown() -> None:
    """Let this process end as soon as the running command is done, skipping Python's teardown.

    Freeing every dictionary, model and cache object one by one took 0.4 s of
    a cold `qa check` of the sample page after its reports were written. A
    command calls this once everything it writes goes through atomic writes
    (closed, renamed); exit handlers still run and stdout and stderr are
    flushed. Only the process's own command line ends this way (`main()`
    with no arguments), never a caller that invokes `main` in its own process.
    """
    _quick_exit["allowed"] = True


def _exit_now(code: object) -> None:
    """End the process with `code` (None or an int, as click passes to sys.exit) after exit handlers and flushing."""
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0 if code is None else int(code))  # type: ignore[call-overload]


class _Group(click.Group):
    """Turns QAError (and MemoryError) into a one-line message and its exit code."""

    def main(self, args=None, *rest, **options):  # type: ignore[override]
        try:
            return super().main(args, *rest, **options)
        except SystemExit as done:
            if args is None and options.get("standalone_mode", True) and _quick_exit["allowed"] \
                    and (done.code is None or isinstance(done.code, int)):
                _exit_now(done.code)
            raise

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except QAError as err:
            click.echo(f"qa: error: {err}", err=True)
            sys.exit(err.exit_code)
        except MemoryError:
            # Anywhere a document, glossary or cache is too big for this machine: one line, not a traceback.
            click.echo("qa: error: out of memory (the input is too large for this machine; try a smaller file)", err=True)
            sys.exit(2)
        except (BrokenPipeError, KeyboardInterrupt):
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="qa")
def main() -> None:
    """Check Chinese to English translations: align, check, report."""


def _register() -> None:
    from qa.commands import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_register()
