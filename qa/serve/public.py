"""What anyone may read: the snippet, and the applied corrections per document (HTML and a JSON feed).

The public pages show what changed and when — never who reported it, their
e-mail or note, nor reports not yet applied.
"""

from __future__ import annotations

from collections import defaultdict

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from qa.serve.pages import HERE, HEADERS, render
from qa.workflows.corrections.ledger import Correction


def _public(item: Correction) -> dict:
    return {"id": item.id, "before": item.wrong, "after": item.fix, "applied": item.updated,
            "location": f"paragraph {item.pair_id}" + (f", line {item.line}" if item.line else "")}


def _applied(service, name: str | None = None) -> dict[str, list[dict]]:
    """Applied corrections by document name, oldest first; one document's when `name` is given."""
    names = service.config.documents
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for item in service.ledger().list("applied"):
        doc = names.name(item.doc)
        if doc and (name is None or doc == name):
            by_doc[doc].append(_public(item))
    return dict(sorted(by_doc.items()))


async def home(request: Request) -> Response:
    return render(request, "home.html")


async def corrections_page(request: Request) -> Response:
    name = request.path_params.get("name")
    service = request.app.state.service
    if name is not None:
        try:
            service.config.documents.file(name)
        except Exception:  # noqa: BLE001 - refused or unknown: the same answer, nothing about the file system
            raise HTTPException(404, "no such document") from None
    documents = await run_in_threadpool(_applied, service, name)
    return render(request, "corrections.html", documents=documents, name=name)


async def corrections_feed(request: Request) -> JSONResponse:
    service = request.app.state.service
    documents = await run_in_threadpool(_applied, service, request.query_params.get("document") or None)
    return JSONResponse({"documents": [{"document": k, "corrections": v} for k, v in documents.items()]},
                        headers={"Access-Control-Allow-Origin": "*"})


async def snippet(request: Request) -> Response:
    return Response((HERE / "static" / "snippet.js").read_bytes(), media_type="text/javascript; charset=utf-8",
                    headers={"Cache-Control": "max-age=300", "X-Content-Type-Options": "nosniff"})


async def stylesheet(request: Request) -> Response:
    return Response((HERE / "static" / "style.css").read_bytes(), media_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "max-age=300", **HEADERS})
