"""`qa serve`: readers report errors from the publication's pages, editors triage them in a browser.

A small Starlette application next to the site. Readers post reports through
a JSON API (`api`) from an embeddable snippet (`static/snippet.js`); editors
log in with the service's token (`security`: session cookie, CSRF token on
every form) and verify, accept, reject, group and apply reports (`editor`);
everyone can read the applied corrections (`public`). Reports go into the same
SQLite ledger as `qa corrections`, through the same module. The checks and
their resources stay loaded in the process (`state.CheckedDocuments`), so a
verify does not pay the CLI's start-up.

Starlette and uvicorn are the optional `serve` extra; nothing else of qa imports this package.
"""

from qa.serve.settings import ServeConfig, read_token

__all__ = ["ServeConfig", "create_app", "read_token"]


def create_app(config: ServeConfig):
    """The ASGI application (imported lazily: Starlette is an optional extra)."""
    from qa.serve.app import create_app as create

    return create(config)
