"""Shared plumbing of the console pages: templates, the session guard, CSRF, roles.

Every route takes `ctx = Depends(page)` (any signed-in admin) or `Depends(change)`
(a 管理员, with a valid CSRF token in the form). Without a live session the browser
is sent to the login page and nothing runs; a device token (Authorization: Bearer)
is not a session and never opens the console.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from desktop.i18n import translate
from server.console import auth

HERE = Path(__file__).parent
COOKIE = "sd_console"
templates = Jinja2Templates(directory=str(HERE / "templates"))
templates.env.globals["today"] = date.today


def gettext(text: str, **fields: Any) -> str:
    """`_("English", name=value)` in the templates: the text in the current language, fields filled.

    The one way the console pages speak; the English sources are gathered from the templates into
    server/console/template_texts.py (QT_TRANSLATE_NOOP, so lupdate puts them in the catalog)."""
    text = translate("server.console", text)
    return text.format(**fields) if fields else text


templates.env.globals["_"] = gettext


class NeedLogin(Exception):
    pass


class Forbidden(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Ctx:
    request: Request
    admin: auth.Admin
    csrf_hash: str
    store: Any

    def render(self, template: str, status: int = 200, **values) -> HTMLResponse:
        return templates.TemplateResponse(self.request, template, {"admin": self.admin, "csrf": self.request.cookies.get(
            f"{COOKIE}_csrf", ""), **values}, status_code=status)


def store_of(request: Request):
    return request.app.state.console_store


def page(request: Request) -> Ctx:
    found = auth.session_admin(store_of(request), request.cookies.get(COOKIE))
    if found is None:
        raise NeedLogin()
    return Ctx(request, found[0], found[1], store_of(request))


async def change(request: Request) -> Ctx:
    ctx = page(request)
    form = await request.form()
    if not auth.csrf_ok(ctx.csrf_hash, form.get("csrf")):
        raise Forbidden(translate("server.console", "The form has expired or its origin is unknown (the security token is missing); reload the page and submit again."))
    if not ctx.admin.can_change:
        raise Forbidden(translate("server.console", "The “查看” (viewer) role can only look, not change. To change something, ask a county administrator."))
    request.state.form = {k: v for k, v in form.items() if isinstance(v, str)}
    return ctx


def form_of(request: Request) -> dict[str, str]:
    return request.state.form


def bad_request(message: str) -> HTTPException:
    return HTTPException(400, detail=message)


def secure(request: Request) -> bool:
    return request.url.scheme == "https" or request.headers.get("x-forwarded-proto", "").lower() == "https"
