"""Errors a user can act on. The CLI turns them into one line and exit code 2."""


class QAError(Exception):
    """Base class for errors that are reported without a traceback."""

    exit_code = 2


class InputError(QAError):
    """The input cannot be read or is not a document qa can work with."""


class UsageError(QAError):
    """Options or configuration are invalid."""
