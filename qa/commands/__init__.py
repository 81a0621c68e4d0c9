"""Subcommands of `qa`, one module each; listed here explicitly."""

from qa.commands.accept import accept
from qa.commands.align import align
from qa.commands.audit import audit
from qa.commands.cache import cache
from qa.commands.check import check
from qa.commands.checks import checks
from qa.commands.compare import compare
from qa.commands.corrections import corrections
from qa.commands.glossary import glossary
from qa.commands.serve import serve

COMMANDS = [accept, align, audit, cache, check, checks, compare, corrections, glossary, serve]
