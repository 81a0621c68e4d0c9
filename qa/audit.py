"""Moved to `qa.workflows.audit`; this name stays so existing imports keep working."""

from qa.workflows.audit import *  # noqa: F401,F403
from qa.workflows.audit import __all__  # noqa: F401
