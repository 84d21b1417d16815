"""The county console: server-rendered pages (Jinja2) for the county centre, served by the
county server itself under /console. No JavaScript from a CDN: the little it uses and its
stylesheet are in `static/`. Pages print on A4 (print styles in static/console.css).

    install(app, store, blob_root)   mounts the pages, the static files and the guards

Modules: auth (admins, sessions, CSRF, login limits, audit), figures (a station's figures,
materialised), judge (targets and star scores), rules (the county's targets and
indicators), pages and rating (the routes), svg (trend charts), export (xlsx).
"""

from __future__ import annotations

import time
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders

from desktop.i18n import translate
from server.console.web import HERE, Forbidden, NeedLogin, templates

PREFIX = "/console"
HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def install(app: FastAPI, store, blob_root: Path) -> None:
    from server.console import pages, rating, requests_pages

    app.state.console_store = store
    app.state.console_blob_root = blob_root
    app.include_router(pages.router, prefix=PREFIX, include_in_schema=False)
    app.include_router(rating.router, prefix=PREFIX, include_in_schema=False)
    app.include_router(requests_pages.router, prefix=PREFIX, include_in_schema=False)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=str(HERE / "static")), name="console-static")

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, _error: NeedLogin):
        return RedirectResponse(f"{PREFIX}/login", status_code=303)

    @app.exception_handler(Forbidden)
    async def forbidden(request: Request, error: Forbidden):
        return templates.TemplateResponse(request, "message.html", {"title": translate("server.console", "This cannot be done"), "message": error.message},
                                          status_code=403)

    app.add_middleware(ConsoleHeaders)


class ConsoleHeaders:
    """The console pages' security headers and their Server-Timing. Pure ASGI (not @app.middleware, whose
    BaseHTTPMiddleware cost a task group and a stream on every request of the server, sync ones too)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not scope.get("path", "").startswith(PREFIX):
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()

        async def sending(message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in HEADERS.items():
                    headers.setdefault(key, value)
                headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
            await send(message)
        await self.app(scope, receive, sending)


def is_console(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


__all__ = ["install", "is_console"]
