"""Console pages for residents' requests: the county's queue (escalated, overdue, unsatisfied),
county dispatch to a station or one of its teams, and the service menu (中心制单).

Everything goes through server.requests (the same functions as `python -m server request|menu`),
so the console follows the requests' event rules: a dispatch is one more event, never a status
overwrite."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import RedirectResponse

from server import requests as county_requests
from server.console import auth
from server.console.web import Ctx, change, form_of, page
from server.store import ApiError

router = APIRouter()
STATE_NAMES = {"new": "待派单", "escalated": "已上报县中心", "dispatched": "已派单", "accepted": "已接单",
               "done": "已完成", "rated": "已评价", "cancelled": "已取消"}
QUEUES = (("county", "待县中心派单"), ("overdue", "超时未接单"), ("unsatisfied", "群众不满意"), ("all", "全部"))


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
    return ctx.render("requests.html", rows=queue(ctx.store, which), queues=QUEUES, which=which,
                      state_names=STATE_NAMES, stations=stations, error="")


@router.post("/requests/{request_id}/dispatch")
async def request_dispatch(request_id: str, ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    try:
        view = county_requests.county_dispatch(ctx.store, request_id, form.get("station", ""),
                                               (form.get("team") or "").strip() or None, actor=ctx.admin.name)
    except ApiError as error:
        return ctx.render("message.html", status=400, title="无法派单", message=error.message)
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
            raise ApiError(400, "bad_request", "响应时限应为整数小时。")
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
        return ctx.render("message.html", status=404, title="无法修改", message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "停用服务项目" if item["active"] else "启用服务项目", item_id,
                   {"name": item["name"]})
    return RedirectResponse("/console/menu", status_code=303)
