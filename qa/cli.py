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


def short_lived() -> None:
    """This process ends with the running command: no cyclic garbage collector, no teardown at exit.

    For a command that checks a few documents and exits (`qa check`). The
    collector rescanning every loaded dictionary and model as the heap grew
    cost 0.2 s of a cold `qa check` of the sample page (a document leaves
    only about 2,000 objects in cycles; `collect_now_and_then` bounds a long
    run), and freeing every object one by one at exit another 0.4 s. Exit
    handlers still run and stdout and stderr are flushed; everything the
    command writes must go through atomic writes (closed, renamed). Only the
    process's own command line ends this way (`main()` with no arguments),
    never a caller that invokes `main` inside its own process; the collector
    is off only while the command runs.
    """
    import gc

    _quick_exit["allowed"] = True
    if _quick_exit.get("collector") is None:
        _quick_exit["collector"] = gc.isenabled()
    gc.disable()


def collect_now_and_then(done: int, every: int = 25) -> None:
    """In a short-lived command over many documents, collect cyclic garbage after every `every` documents."""
    import gc

    if _quick_exit.get("collector") is not None and done % every == 0:
        gc.collect()


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


def _restore_collector() -> None:
    """The collector as it was before a short-lived command (for callers that run `main` in their own process)."""
    import gc

    was = _quick_exit.pop("collector", None)
    _quick_exit["allowed"] = False
    if was:
        gc.enable()


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
        finally:
            _restore_collector()

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

if __name__ == "__main__":  # `python -m qa.cli …` runs the command line too, rather than doing nothing
    main(prog_name="qa")
