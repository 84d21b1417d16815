"""Console pages for residents' requests: the county's queue (escalated, overdue, unsatisfied),
county dispatch to a station or one of its teams, and the service menu (中心制单).

Everything goes through server.requests (the same functions as `python -m server request|menu`),
so the console follows the requests' event rules: a dispatch is one more event, never a status
overwrite."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from server import requests as county_requests
from server.console import auth
from server.console.web import Ctx, change, form_of, page
from server.store import ApiError

router = APIRouter()
STATE_NAMES = {"new": QT_TRANSLATE_NOOP("server.console", "Waiting for dispatch"), "escalated": QT_TRANSLATE_NOOP("server.console", "Sent up to the county"), "dispatched": QT_TRANSLATE_NOOP("server.console", "Dispatched"),
               "accepted": QT_TRANSLATE_NOOP("server.console", "Accepted"), "done": QT_TRANSLATE_NOOP("server.console", "Finished"), "rated": QT_TRANSLATE_NOOP("server.console", "Rated by the resident"), "cancelled": QT_TRANSLATE_NOOP("server.console", "Cancelled")}
QUEUES = (("county", QT_TRANSLATE_NOOP("server.console", "Waiting for the county to dispatch")), ("overdue", QT_TRANSLATE_NOOP("server.console", "Not accepted in time")),
          ("unsatisfied", QT_TRANSLATE_NOOP("server.console", "Resident not satisfied")), ("all", QT_TRANSLATE_NOOP("server.console", "All")))


def queue(store, which: str) -> list[dict]:
    rows = county_requests.county_requests(store)
    if which == "county":
        return [r for r in rows if r["state"] == "escalated" or (r["state"] == "new" and r["owner"] == "county")]
    if which == "overdue":
        return [r for r in rows if r["overdue"]]
    if which == "unsatisfied":
        return [r for r in rows if r["rating"] == "不满意"]
    return rows


@router.get("/requests")
def requests_page(q: str = "county", ctx: Ctx = Depends(page)):
    which = q if q in dict(QUEUES) else "county"
    stations = sorted(ctx.store.list_stations(), key=lambda s: s["name"])
    return ctx.render("requests.html", rows=queue(ctx.store, which),
                      queues=[(k, translate("server.console", label)) for k, label in QUEUES], which=which,
                      state_names={k: translate("server.console", v) for k, v in STATE_NAMES.items()},
                      stations=stations, error="")


@router.post("/requests/{request_id}/dispatch")
async def request_dispatch(request_id: str, ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    try:
        view = county_requests.county_dispatch(ctx.store, request_id, form.get("station", ""),
                                               (form.get("team") or "").strip() or None, actor=ctx.admin.name)
    except ApiError as error:
        return ctx.render("message.html", status=400, title=translate("server.console", "Cannot dispatch"), message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "县中心派单", view["number"] or request_id,
                   {"to_station": form.get("station", ""), "team": form.get("team", "")})
    return RedirectResponse("/console/requests?q=all", status_code=303)


@router.get("/menu")
def menu_page(ctx: Ctx = Depends(page)):
    return ctx.render("menu.html", items=county_requests.list_menu(ctx.store, include_inactive=True), error="")


@router.post("/menu")
async def menu_add(ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    hours = (form.get("response_hours") or "48").strip()
    try:
        if not hours.isdigit():
            raise ApiError(400, "bad_request", translate("server.console", "The response time must be whole hours."))
        item = county_requests.add_menu_item(ctx.store, form.get("name", ""), category=form.get("category", ""),
                                             team_field=form.get("team_field", ""),
                                             description=form.get("description", ""), response_hours=int(hours))
    except ApiError as error:
        return ctx.render("menu.html", status=400, items=county_requests.list_menu(ctx.store, include_inactive=True),
                          error=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "添加服务项目", item["id"], {"name": item["name"]})
    return RedirectResponse("/console/menu", status_code=303)


@router.post("/menu/{item_id}/toggle")
async def menu_toggle(item_id: str, ctx: Ctx = Depends(change)):
    try:
        item = county_requests.get_menu_item(ctx.store, item_id)
        county_requests.edit_menu_item(ctx.store, item_id, active=not item["active"])
    except ApiError as error:
        return ctx.render("message.html", status=404, title=translate("server.console", "Cannot change"), message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "停用服务项目" if item["active"] else "启用服务项目", item_id,
                   {"name": item["name"]})
    return RedirectResponse("/console/menu", status_code=303)
