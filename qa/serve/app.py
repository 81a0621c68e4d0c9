"""The Starlette application: routes, CORS for the configured origins only, errors as JSON or a short page."""

from __future__ import annotations

import contextlib

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from qa.serve import api, editor, public
from qa.serve.pages import HEADERS
from qa.serve.settings import ServeConfig
from qa.serve.state import Service


async def _http_error(request: Request, exc: HTTPException) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)
    return PlainTextResponse(f"{exc.status_code}: {exc.detail}", status_code=exc.status_code, headers=HEADERS)


def routes() -> list[Route]:
    return [
        Route("/", public.home),
        Route("/snippet.js", public.snippet),
        Route("/static/style.css", public.stylesheet),
        Route("/corrections", public.corrections_page),
        Route("/corrections.json", public.corrections_feed),
        Route("/corrections/{name:path}", public.corrections_page),
        Route("/api/reports", api.post_report, methods=["POST"]),
        Route("/api/reports", api.list_reports, methods=["GET"]),
        Route("/login", editor.login_page, methods=["GET"]),
        Route("/login", editor.login, methods=["POST"]),
        Route("/logout", editor.logout, methods=["POST"]),
        Route("/editor", editor.queue),
        Route("/editor/reports.csv", editor.export_csv),
        Route("/editor/apply", editor.apply_document, methods=["POST"]),
        Route("/editor/reports/{id:int}/{action}", editor.action, methods=["POST"]),
    ]


def create_app(config: ServeConfig) -> Starlette:
    """The service for `config`; the ledger is opened (created or migrated) now."""
    service = Service(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        service.start()  # checks ahead in the background: the service answers reports while they load
        yield
        service.close()

    middleware = []
    if config.allow_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(config.allow_origins), allow_methods=["POST"],
                                     allow_headers=["Content-Type"], max_age=600))
    app = Starlette(routes=routes(), middleware=middleware, lifespan=lifespan,
                    exception_handlers={HTTPException: _http_error})
    app.state.service = service
    return app
