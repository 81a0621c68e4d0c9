"""The JSON API: readers post reports (`POST /api/reports`), editors' tools read them (`GET`, Bearer token).

Everything a reader sends is hostile: the body is bounded, every field typed
and bounded, unknown fields refused, the document resolved only inside the
documents folder, the honeypot field must stay empty, and each client address
may post `--rate-limit` reports a minute. A browser page may post only from
the origins given with `--allow-origin` (checked here as well as by CORS,
which only stops a page reading the answer). A retry carrying the same
`submission` key gets the first report's id instead of filing a second.
"""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse

from qa.errors import InputError, UsageError
from qa.serve.security import client_address, read_body, same_secret
from qa.serve.settings import BODY_LIMIT, LIMITS
from qa.workflows.corrections.documents import RefusedDocument, UnknownDocument
from qa.workflows.corrections.ledger import STATUSES, Correction

HONEYPOT = "website"
FIELDS = ("document", "quote", "suggestion", "note", "email", "submission", HONEYPOT)
REQUIRED = ("document", "quote", "suggestion")
EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
SUBMISSION = re.compile(r"^[A-Za-z0-9_-]{8,100}$")


def error(status: int, message: str, **headers: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers or None)


def origin_allowed(request: Request, allowed: tuple[str, ...]) -> bool:
    """No Origin (not a browser page), the service's own origin, or one of --allow-origin."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    own = f"{request.url.scheme}://{request.url.netloc}"
    return origin == own or origin in allowed or "*" in allowed


def validate(data: Any) -> dict[str, str]:
    """The report's fields, stripped, or ValueError with the message for the reader."""
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise ValueError(f"unknown field(s): {', '.join(map(str, unknown))[:200]}")
    values = {}
    for name in FIELDS:
        value = data.get(name, "")
        if not isinstance(value, str):
            raise ValueError(f"{name} must be a string")
        value = value.strip()
        if name in REQUIRED and not value:
            raise ValueError(f"{name} is required")
        if len(value) > LIMITS.get(name, 200):
            raise ValueError(f"{name} is longer than {LIMITS.get(name, 200)} characters")
        values[name] = value
    if values["email"] and not EMAIL.match(values["email"]):
        raise ValueError("email is not an e-mail address")
    if values["submission"] and not SUBMISSION.match(values["submission"]):
        raise ValueError("submission must be 8 to 100 letters, digits, - or _")
    return values


async def post_report(request: Request) -> JSONResponse:
    service = request.app.state.service
    if not origin_allowed(request, service.config.allow_origins):
        return error(403, "reports are not accepted from this site")
    wait = service.reports.allow(client_address(request, service.config.trust_proxy))
    if wait:
        return error(429, "too many reports from this address; try again in a minute", **{"Retry-After": str(int(wait) + 1)})
    body = await read_body(request, BODY_LIMIT)
    try:
        values = validate(json.loads(body.decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return error(400, "the body is not JSON")
    except ValueError as err:
        return error(422, str(err))
    if values[HONEYPOT]:
        return error(400, "this report looks automated and was not recorded")
    try:
        report = await run_in_threadpool(_record, service, values)
    except RefusedDocument as err:
        return error(400, str(err))
    except UnknownDocument as err:
        return error(404, str(err))
    except InputError:  # the quote is not in the document
        return error(422, "the quote is not in the document (nor anything close to it); copy it from the page")
    return JSONResponse({"id": report.id}, status_code=201)


def _record(service, values: dict[str, str]) -> Correction:
    from qa.workflows.corrections.locate import add_report

    path = service.config.documents.resolve(values["document"])
    report = add_report(service.ledger(), path, values["quote"], values["suggestion"], note=values["note"],
                        alignment=service.documents.alignment(path), email=values["email"],
                        page=values["document"], submission=values["submission"])
    if service.config.warm:
        service.checker.add(str(path))  # checked ahead, so the editor's verify finds the findings ready
    return report


def report_json(item: Correction, name: str) -> dict[str, Any]:
    """A report for the editors' tools (never for the public: it holds the reader's e-mail)."""
    verdict = item.verdict_data
    return {
        "id": item.id, "document": name, "page": item.page, "quote": item.quote, "suggestion": item.suggest,
        "note": item.note, "email": item.email, "status": item.status, "duplicate_of": item.duplicate_of or None,
        "located": {"pair": item.pair_id, "source": item.source, "target": item.target, "matched": item.matched,
                    "side": item.side, "match": item.match, "line": item.line},
        "created": item.created, "fix": item.fix, "reason": item.reason, "editor": item.editor,
        "verified": ({"agrees": verdict.get("agrees", False), "findings": len(verdict.get("findings", []))}
                     if verdict else None),
    }


async def list_reports(request: Request) -> JSONResponse:
    service = request.app.state.service
    given = request.headers.get("authorization", "")
    scheme, _, token = given.partition(" ")
    if scheme.lower() != "bearer" or not same_secret(token.strip(), service.config.token):
        why = "a Bearer token is required" if service.config.token else "the editor side is disabled (no token configured)"
        return error(401, why, **{"WWW-Authenticate": "Bearer"})
    status = request.query_params.get("status") or None
    if status is not None and status not in STATUSES:
        return error(400, f"status must be one of {', '.join(STATUSES)}")
    try:
        items = await run_in_threadpool(lambda: service.ledger().list(status))
    except UsageError as err:
        return error(503, str(err))
    names = service.config.documents
    return JSONResponse([report_json(item, names.name(item.doc)) for item in items])
