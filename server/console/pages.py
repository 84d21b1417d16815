"""Console pages: sign-in, stations, a station, figures, the monthly bulletin, data care, audit."""

from __future__ import annotations

import io
import json
from collections import defaultdict
from datetime import date, datetime
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from markupsafe import Markup
from sqlalchemy import func, select

from desktop.i18n import translate
from server.console import auth, svg
from server.console.figures import fresh_figures, month_row
from server.console.judge import MET, UNMET, missed, targets
from server.console.rules import TARGETS, target_rules
from server.console.web import COOKIE, Ctx, change, form_of, page, secure, store_of, templates
from server.schema import blob, device, station
from server.store import ApiError

router = APIRouter()
PAGE_SIZE = 100  # stations a page (a county has a few hundred; a prefecture about 2,000)
SORTABLE = ("name", "town", "head_name", "last_seen", "volunteers", "activities", "health")


def month_key(text: str | None) -> str:
    if text and len(text) == 7 and text[4] == "-" and text[:4].isdigit() and text[5:].isdigit() \
            and 1 <= int(text[5:]) <= 12:
        return text
    today = date.today()
    return f"{today.year:04d}-{today.month:02d}"


def last_months(key: str, n: int = 12) -> list[str]:
    year, month = int(key[:4]), int(key[5:])
    out = []
    for _ in range(n):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


# --- sign in -------------------------------------------------------------------------------

@router.get("/login")
def login_form(request: Request):
    return templates.TemplateResponse(request, "login.html", {"error": ""})


@router.post("/login")
async def login(request: Request):
    form = await request.form()
    name, password = str(form.get("name", ""))[:50], str(form.get("password", ""))[:200]
    address = request.client.host if request.client else "?"
    try:
        token, csrf, _admin = auth.login(store_of(request), name, password, address)
    except auth.ConsoleError as error:
        return templates.TemplateResponse(request, "login.html", {"error": str(error), "name": name},
                                          status_code=401)
    response = RedirectResponse("/console/stations", status_code=303)
    for key, value in ((COOKIE, token), (f"{COOKIE}_csrf", csrf)):
        response.set_cookie(key, value, httponly=True, samesite="strict", secure=secure(request),
                            max_age=int(auth.SESSION_TTL.total_seconds()), path="/console")
    return response


@router.post("/logout")
async def logout(request: Request, ctx: Ctx = Depends(page)):
    form = await request.form()
    if auth.csrf_ok(ctx.csrf_hash, form.get("csrf")):
        auth.logout(ctx.store, request.cookies.get(COOKIE, ""), ctx.admin)
    response = RedirectResponse("/console/login", status_code=303)
    response.delete_cookie(COOKIE, path="/console")
    response.delete_cookie(f"{COOKIE}_csrf", path="/console")
    return response


@router.get("")
@router.get("/")
def home(ctx: Ctx = Depends(page)):
    return RedirectResponse("/console/stations", status_code=303)


# --- stations ------------------------------------------------------------------------------

def _devices_by_station(store) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for d in store.list_devices():
        out[d["station_id"]].append(d)
    return out


CLOCK_PROBLEM_S = 300  # a PC more than five minutes off is worth a call from the county


def _health(store) -> dict[str, dict[str, Any]]:
    """Per station: quarantined/held entries, check mismatches and the worst PC clock, as its PCs report them."""
    return store.health_report()


def clock_text(offset_s: int | None) -> str:
    """How far a PC's clock is off, for people: offset_s is the county's clock minus the PC's."""
    if offset_s is None or abs(offset_s) < 60:
        return translate("server.console", "right")
    size = abs(offset_s)
    amount = (translate("server.console", "{n} days").format(n=size // 86400) if size >= 86400
              else translate("server.console", "{n} hours").format(n=size // 3600) if size >= 3600
              else translate("server.console", "{n} minutes").format(n=size // 60))
    return (translate("server.console", "slow {amount}") if offset_s > 0 else translate("server.console", "fast {amount}")).format(amount=amount)


def _problem_count(h: dict[str, Any]) -> int:
    return int(h.get("quarantined", 0)) + int(h.get("held", 0)) + int(h.get("mismatch", 0)) \
        + int(abs(h.get("clock", 0)) >= CLOCK_PROBLEM_S)


def station_rows(store, key: str) -> list[dict]:
    getattr(store, "flush_seen", int)()  # last-seen times are written in batches (Store.flush_seen)
    figures = fresh_figures(store)
    health = _health(store)
    live = device.c.revoked_at.is_(None)
    with store.db.engine.connect() as conn:  # one query: live PCs and their last contact per station
        devices = {sid: (count, seen) for sid, count, seen in conn.execute(
            select(device.c.station_id, func.count(), func.max(device.c.last_seen_at)).where(live)
            .group_by(device.c.station_id))}
    rows = []
    for sid, fig in figures.items():
        count, seen = devices.get(sid, (0, None))
        h = health.get(sid, {})
        problems = _problem_count(h)
        month = fig.get("months", {}).get(key)
        rows.append({"id": sid, "name": fig.get("name") or sid, "town": fig.get("town", ""),
                     "head_name": fig.get("head_name", ""), "devices": count, "last_seen": seen,
                     "volunteers": fig.get("volunteers", 0), "activities": month["activities"] if month else 0,
                     "health": problems, "health_detail": h})
    return rows


@router.get("/stations")
def stations(request: Request, town: str = "", sort: str = "name", dir: str = "asc", page_no: int = Query(1, alias="page", ge=1, le=10_000),
             ctx: Ctx = Depends(page)):
    key = month_key(None)
    rows = station_rows(ctx.store, key)
    towns = sorted({r["town"] for r in rows if r["town"]})
    if town:
        rows = [r for r in rows if r["town"] == town]
    sort = sort if sort in SORTABLE else "name"
    rows.sort(key=lambda r: (r[sort] is None, r[sort] if r[sort] is not None else ""), reverse=dir == "desc")
    pages_total = max(1, -(-len(rows) // PAGE_SIZE))
    page_no = min(page_no, pages_total)
    shown = rows[(page_no - 1) * PAGE_SIZE:page_no * PAGE_SIZE]
    return ctx.render("stations.html", rows=shown, total=len(rows), towns=towns, town=town, sort=sort, dir=dir,
                      month=key, page_no=page_no, pages_total=pages_total,
                      problems=sum(1 for r in rows if r["health"]))


@router.post("/stations/add")
async def station_add(ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    try:
        station_id, code = ctx.store.add_station(form.get("name", ""), form.get("county", ""))
    except ApiError as error:
        return ctx.render("message.html", status=400, title=translate("server.console", "Cannot add the station"), message=error.message)
    from server import star

    star.give_new_station(ctx.store, station_id)  # the county's targets and star indicators, if set
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "新建实践站", station_id, {"name": form.get("name", "")})
    return ctx.render("code.html", station_id=station_id, name=form.get("name", ""), code=code)


@router.get("/stations/{station_id}")
def station_page(station_id: str, ctx: Ctx = Depends(page)):
    with ctx.store.db.engine.connect() as conn:
        st = conn.execute(select(station).where(station.c.id == station_id)).first()
        used = conn.execute(select(func.count(), func.coalesce(func.sum(blob.c.size), 0))
                            .where(blob.c.station_id == station_id)).first()
    if st is None:
        return ctx.render("message.html", status=404, title=translate("server.console", "No such station"), message=translate("server.console", "There is no id {id}.").format(id=station_id))
    fig = fresh_figures(ctx.store, [station_id]).get(station_id, {})
    key = month_key(None)
    with ctx.store.db.engine.connect() as conn:
        rules = target_rules(conn)
    devices = ctx.store.list_devices(station_id)
    offsets = ctx.store.clock_offsets(station_id)
    for d in devices:
        d["clock"] = clock_text(offsets.get(d["id"]))
        d["clock_bad"] = abs(offsets.get(d["id"], 0)) >= CLOCK_PROBLEM_S
    months = [(k, month_row(fig, k)) for k in last_months(key)]
    return ctx.render("station.html", st=st, fig=fig, devices=devices, month=key, row=month_row(fig, key),
                      results=targets(fig, key, rules), months=months, photos=used[0], photo_bytes=used[1],
                      health=_health(ctx.store).get(station_id, {}),
                      trend=svg.sparkline([m["activities"] for _k, m in months], label=translate("server.console", "activities per month")))


@router.post("/stations/{station_id}/code")
async def station_code(station_id: str, ctx: Ctx = Depends(change)):
    try:
        code = ctx.store.new_code(station_id)
    except ApiError as error:
        return ctx.render("message.html", status=404, title=translate("server.console", "Cannot make an enrolment code"), message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "生成注册码", station_id)
        name = conn.scalar(select(station.c.name).where(station.c.id == station_id))
    return ctx.render("code.html", station_id=station_id, name=name, code=code)


@router.post("/stations/{station_id}/reset-code")
async def station_reset_code(station_id: str, ctx: Ctx = Depends(change)):
    """A one-time password-reset code for one account of the station's PC (read out on the phone)."""
    from server import accounts

    username = form_of(ctx.request).get("username", "").strip()
    if not username or len(username) > 50:
        return ctx.render("message.html", status=400, title=translate("server.console", "Cannot make a reset code"),
                          message=translate("server.console", "Fill in the account whose password is reset (the name the station head signs in with on the PC), at most 50 characters."))
    try:
        code = accounts.issue_reset_code(ctx.store, station_id, username)
    except ApiError as error:
        return ctx.render("message.html", status=error.status, title=translate("server.console", "Cannot make a reset code"), message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "生成密码重置码", station_id, {"username": username})
        name = conn.scalar(select(station.c.name).where(station.c.id == station_id))
    return ctx.render("code.html", station_id=station_id, name=name, code=code, reset_for=username)


@router.post("/devices/{device_id}/revoke")
async def device_revoke(device_id: str, ctx: Ctx = Depends(change)):
    with ctx.store.db.engine.connect() as conn:
        station_id = conn.scalar(select(device.c.station_id).where(device.c.id == device_id))
    try:
        ctx.store.revoke_device(device_id)
    except ApiError as error:
        return ctx.render("message.html", status=404, title=translate("server.console", "Cannot revoke"), message=error.message)
    with ctx.store.write() as conn:
        auth.audit(conn, ctx.admin.name, "撤销设备", device_id, {"station_id": station_id})
    return RedirectResponse(f"/console/stations/{station_id}", status_code=303)


# --- figures and the bulletin -------------------------------------------------------------

def bulletin_data(store, key: str) -> dict[str, Any]:
    figures = fresh_figures(store)
    with store.db.engine.connect() as conn:
        rules = target_rules(conn)
    rows, towns = [], defaultdict(lambda: defaultdict(float))
    months = last_months(key)
    trend = defaultdict(lambda: [0.0] * len(months))
    for sid, fig in figures.items():
        row = month_row(fig, key)
        results = targets(fig, key, rules, row)
        met = sum(1 for r in results if r["status"] == MET)
        judged = sum(1 for r in results if r["status"] in (MET, UNMET))
        rows.append({"id": sid, "name": fig.get("name") or sid, "town": fig.get("town") or translate("server.console", "(not filled in)"),
                     **row, "met": met, "judged": judged, "missed": missed(results)})
        by_month = fig.get("months", {})
        for i, k in enumerate(months):
            m = by_month.get(k)
            if m:
                trend["activities"][i] += m["activities"]
                trend["hours"][i] += m["minutes"] / 60
                trend["lectures"][i] += m["lectures"]
    rows.sort(key=lambda r: (-(r["met"] / r["judged"] if r["judged"] else 0), -r["activities"], -r["hours"],
                             r["name"]))
    for rank, r in enumerate(rows, 1):
        r["rank"] = rank
        t = towns[r["town"]]
        for f in ("activities", "lectures", "hours", "volunteers", "year_served", "party", "year_party_served",
                  "met", "judged"):
            t[f] += r[f]
        t["stations"] += 1
    town_rows = []
    for name, t in sorted(towns.items()):
        vols = t["volunteers"]
        town_rows.append({"town": name, **{k: int(v) if k != "hours" else round(v, 1) for k, v in t.items()},
                          "hours_per_volunteer": round(t["hours"] / vols, 1) if vols else 0.0})
    return {"month": key, "rows": rows, "towns": town_rows, "months": months,
            "trend_activities": svg.sparkline(trend["activities"], label=translate("server.console", "county activities per month")),
            "trend_hours": svg.sparkline(trend["hours"], label=translate("server.console", "county service hours per month")),
            "trend_lectures": svg.sparkline(trend["lectures"], label=translate("server.console", "county theory lectures per month")),
            "trend_values": {k: v for k, v in trend.items()},
            "missed": [r for r in rows if r["missed"]], "rules": rules, "labels": TARGETS,
            "generated": datetime.now().replace(microsecond=0)}


@router.get("/figures")
def figures_page(month: str | None = None, ctx: Ctx = Depends(page)):
    return ctx.render("figures.html", **bulletin_data(ctx.store, month_key(month)))


_BULLETINS: dict[tuple, tuple[dict, Markup]] = {}


def data_version(store) -> tuple:
    """Changes whenever any station's data does: every accepted entry raises its station's
    last_seq, and sequences only grow, so (count, sum of last_seq) moves with every change."""
    with store.db.engine.connect() as conn:
        count, total = conn.execute(select(func.count(), func.coalesce(func.sum(station.c.last_seq), 0))).one()
        rules = json.dumps(target_rules(conn), sort_keys=True)
    return count, int(total), rules, date.today()


def bulletin_cached(store, key: str) -> tuple[dict, Markup]:
    """The bulletin's data and its rendered body, kept per process while the data version holds
    (the body shows nothing that depends on who is looking)."""
    version = (key, *data_version(store))
    hit = _BULLETINS.get(version)
    if hit is None:
        data = bulletin_data(store, key)
        hit = (data, Markup(templates.get_template("bulletin_body.html").render(**data)))
        if len(_BULLETINS) > 24:
            _BULLETINS.clear()
        _BULLETINS[version] = hit
    return hit


@router.get("/bulletin")
def bulletin(month: str | None = None, ctx: Ctx = Depends(page)):
    data, body = bulletin_cached(ctx.store, month_key(month))
    return ctx.render("bulletin.html", month=data["month"], body=body)


@router.get("/bulletin.xlsx")
def bulletin_xlsx(month: str | None = None, ctx: Ctx = Depends(page)):
    from server.console.export import bulletin_workbook

    data, _body = bulletin_cached(ctx.store, month_key(month))
    buffer = io.BytesIO()
    bulletin_workbook(data).save(buffer)
    name = f"monthly-bulletin-{data['month']}.xlsx"
    return Response(buffer.getvalue(), headers={"Content-Disposition": f'attachment; filename="{name}"'},
                    media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


# --- data care and audit ------------------------------------------------------------------

@router.get("/data")
def data_care(ctx: Ctx = Depends(page)):
    names = {s["id"]: s["name"] for s in ctx.store.list_stations()}
    with ctx.store.db.engine.connect() as conn:
        usage = {r.station_id: (r[1], r[2]) for r in conn.execute(
            select(blob.c.station_id, func.count(), func.sum(blob.c.size)).group_by(blob.c.station_id))}
    storage = []
    for sid, name in names.items():
        count, size = usage.get(sid, (0, 0))
        quota = ctx.store.photo_quota(sid)
        storage.append({"id": sid, "name": name, "count": count, "bytes": int(size or 0), "quota": quota,
                        "share": round(100 * int(size or 0) / quota, 1) if quota else 0})
    storage.sort(key=lambda r: -r["share"])
    problems = ctx.store.problems()
    mismatched: dict[str, set[str]] = defaultdict(set)
    for p in problems:
        if p["kind"] == "mismatch":
            mismatched[p["station_id"]].add(p["key"])
    devices = {d["id"]: d for d in ctx.store.list_devices()}
    clocks = sorted(({"station_id": p["station_id"], "device": devices.get(p["device_id"], {}).get("name") or p["device_id"],
                      "clock": clock_text(p["count"]), "offset": p["count"]}
                     for p in problems if p["kind"] == "clock" and abs(p["count"]) >= CLOCK_PROBLEM_S),
                    key=lambda c: -abs(c["offset"]))
    return ctx.render("data.html", storage=storage, health=_health(ctx.store), names=names,
                      quarantine=ctx.store.quarantine_report(), clocks=clocks,
                      mismatched={sid: sorted(t) for sid, t in mismatched.items()})


@router.get("/audit")
def audit_page(who: str = "", action: str = "", ctx: Ctx = Depends(page)):
    rows = auth.audit_log(ctx.store, who or None, action or None)
    return ctx.render("audit.html", rows=rows, who=who, action=action)
