"""HTML pages: Jinja2 with autoescaping on for every template, and headers that keep pages to themselves.

Every reader's word reaches a page only through `{{ }}`, which escapes it;
no template marks anything safe. The Content-Security-Policy allows scripts
and styles from the service itself only, so even an escaping mistake could
not run a reader's script, and no other site may frame the editor's pages.
"""

from __future__ import annotations

import time
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader
from starlette.requests import Request
from starlette.responses import HTMLResponse

HERE = Path(__file__).resolve().parent
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["when"] = lambda stamp: time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) if stamp else ""
    env.filters["day"] = lambda stamp: time.strftime("%Y-%m-%d", time.localtime(stamp)) if stamp else ""
    return env


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    html = environment().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status, headers=dict(HEADERS))


def marked(text: str, part: str) -> tuple[str, str, str]:
    """`text` split around the first occurrence of `part` (case ignored), for a <mark> the template escapes."""
    at = text.find(part) if part else -1
    if at < 0 and part and len(text.lower()) == len(text):  # lower() may lengthen a few letters (İ): then exact only
        at = text.lower().find(part.lower())
    if at < 0:
        return text, "", ""
    return text[:at], text[at : at + len(part)], text[at + len(part):]
