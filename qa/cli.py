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


class _Group(click.Group):
    """Turns QAError (and MemoryError) into a one-line message and its exit code."""

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
