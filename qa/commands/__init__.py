"""Subcommands of `qa`, one module each; listed here explicitly."""

from qa.commands.align import align
from qa.commands.check import check
from qa.commands.checks import checks
from qa.commands.glossary import glossary

COMMANDS = [align, check, checks, glossary]
