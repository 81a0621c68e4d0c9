"""The editors' pages: log in with the token, then verify, accept, reject, group and apply the readers' reports.

Without a configured token the whole side answers that it is disabled: there
is no default credential. Every action is a POST carrying the session's CSRF
token, changes the ledger through the same functions as `qa corrections`, and
redirects back to the queue with a message (post/redirect/get).
"""

from __future__ import annotations

from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from qa.errors import QAError
from qa.serve.pages import HEADERS, marked, render
from qa.serve.security import COOKIE, SESSION_SECONDS, Session, client_address, read_form, require_csrf, same_secret
from qa.serve.settings import FORM_LIMIT
from qa.workflows.corrections.ledger import Correction

ACTIONS = ("verify", "accept", "reject", "duplicate")


def _disabled(request: Request) -> Response | None:
    if request.app.state.service.config.token:
        return None
    return render(request, "login.html", 403, disabled=True)


def _session(request: Request) -> Session | None:
    return request.app.state.service.sessions.get(request)


async def login_page(request: Request) -> Response:
    if _session(request) is not None:
        return RedirectResponse("/editor", 303)
    return _disabled(request) or render(request, "login.html")


async def login(request: Request) -> Response:
    service = request.app.state.service
    if (refused := _disabled(request)) is not None:
        return refused
    if service.logins.allow(client_address(request, service.config.trust_proxy)):
        return render(request, "login.html", 429, problem="too many attempts; wait a minute")
    form = await read_form(request, FORM_LIMIT)
    name = " ".join(form.get("name", "").split())[:80]
    if not name or not same_secret(form.get("token", "").strip(), service.config.token):
        return render(request, "login.html", 401, problem="wrong token (or no name given)", name=name)
    key, _ = service.sessions.create(name)
    response = RedirectResponse("/editor", 303)
    response.set_cookie(COOKIE, key, max_age=SESSION_SECONDS, httponly=True, samesite="strict", path="/",
                        secure=request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https")
    return response


async def logout(request: Request) -> Response:
    session = _session(request)
    if session is not None:
        require_csrf(session, await read_form(request, FORM_LIMIT))
        request.app.state.service.sessions.drop(request)
    response = RedirectResponse("/login", 303)
    response.delete_cookie(COOKIE, path="/")
    return response


def _view(item: Correction, group: list[Correction], name: str) -> dict:
    """A report as the queue shows it: the quote marked on its side of the pair."""
    on_target = item.side == "target"
    return {
        "item": item, "name": name, "duplicates": group, "verdict": item.verdict_data,
        "source": marked(item.source, "" if on_target else item.matched),
        "target": marked(item.target, item.matched if on_target else ""),
    }


def _queue(service) -> dict:
    ledger, names = service.ledger(), service.config.documents
    items = ledger.list()
    groups: dict[int, list[Correction]] = {}
    for item in items:
        if item.duplicate_of:
            groups.setdefault(item.duplicate_of, []).append(item)
    views = {status: [_view(i, groups.get(i.id, []), names.name(i.doc)) for i in items
                      if i.status == status and not i.duplicate_of] for status in ("open", "accepted")}
    waiting: dict[str, list] = {}
    for view in views["accepted"]:
        waiting.setdefault(view["name"], []).append(view)
    done = [i for i in items if i.status in ("rejected", "applied", "duplicate")][-30:][::-1]
    return {"open": views["open"], "waiting": waiting, "done": done, "names": names}


async def queue(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return _disabled(request) or RedirectResponse("/login", 303)
    context = await run_in_threadpool(_queue, request.app.state.service)
    flash, session.flash = session.flash, []
    return render(request, "queue.html", session=session, flash=flash, **context)


def _act(service, session: Session, action: str, correction_id: int, form: dict[str, str]) -> str:
    """Do one editor action; the message for the queue."""
    from qa.workflows.corrections import accept, mark_duplicate, reject, verify

    ledger = service.ledger()
    if action == "verify":
        verdict = verify(ledger, correction_id, checked=service.documents.checked)
        return (f"#{correction_id}: the checks agree" if verdict["agrees"] else f"#{correction_id}: no check flags the quote") \
            + f" ({len(verdict['findings'])} finding(s) on this pair)"
    if action == "accept":
        from qa.io.guard import refuse_overwriting

        rule = form.get("rule") == "on"
        glossary = service.config.rule_glossary
        if rule:
            refuse_overwriting([glossary], [(c.doc, "the document") for c in ledger.list()] + [(service.config.ledger, "the ledger")])
        item, added = accept(ledger, correction_id, form.get("fix", ""), rule=rule, term=form.get("term", "").strip(),
                             glossary=glossary, editor=session.editor)
        return f"#{item.id} accepted: {item.wrong!r} → {item.fix!r}" + (f"; {len(added)} glossary rule(s) added" if added else "")
    if action == "reject":
        item = reject(ledger, correction_id, form.get("reason", ""), editor=session.editor)
        return f"#{item.id} rejected"
    of = form.get("of", "").strip().lstrip("#")
    if not of.isdigit():
        raise QAError("give the number of the report this one repeats")
    item = mark_duplicate(ledger, correction_id, int(of), editor=session.editor)
    return f"#{item.id} filed as a duplicate of #{item.duplicate_of}"


async def _editor_post(request: Request):
    """The logged-in editor's session and the posted form, its CSRF token checked: every editor action starts so."""
    session = _session(request)
    if session is None:
        raise HTTPException(401, "log in first")
    form = await read_form(request, FORM_LIMIT)
    require_csrf(session, form)
    return session, form


async def action(request: Request) -> Response:
    session, form = await _editor_post(request)
    name, number = request.path_params["action"], request.path_params["id"]
    if name not in ACTIONS:
        raise HTTPException(404, "no such action")
    try:
        message = await run_in_threadpool(_act, request.app.state.service, session, name, number, form)
    except QAError as err:
        message = f"#{number}: {err}"
    session.flash.append(message)
    return RedirectResponse(f"/editor#r{number}", 303)


def _apply(service, name: str) -> list[str]:
    from qa.workflows.corrections import apply

    doc = service.config.documents.file(name)
    done = apply(service.ledger(), doc=str(doc), out_dir=service.config.out_dir)
    return [f"{Path(r.doc).name}: {len(r.corrections)} correction(s) → {r.out}; erratum {r.erratum_md}" for r in done] + \
        [note for r in done for note in r.notes]


async def apply_document(request: Request) -> Response:
    session, form = await _editor_post(request)
    try:
        session.flash += await run_in_threadpool(_apply, request.app.state.service, form.get("document", ""))
    except QAError as err:
        session.flash.append(f"apply: {err}")
    return RedirectResponse("/editor#waiting", 303)


async def export_csv(request: Request) -> Response:
    """Every report as CSV for a spreadsheet: each cell neutralised (no reader's formula runs)."""
    from qa.io.delimited import render_people_csv

    if _session(request) is None:
        raise HTTPException(401, "log in first")
    service = request.app.state.service
    items = await run_in_threadpool(lambda: service.ledger().list())
    header = ("id", "created", "document", "page", "status", "quote", "suggestion", "note", "email", "fix", "reason",
              "editor", "duplicate of")
    rows = [(i.id, i.created, service.config.documents.name(i.doc), i.page, i.status, i.quote, i.suggest, i.note,
             i.email, i.fix, i.reason, i.editor, i.duplicate_of or "") for i in items]
    return Response(render_people_csv(header, rows), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="reports.csv"', **HEADERS})
