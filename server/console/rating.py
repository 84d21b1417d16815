"""Console pages: the county's targets and star indicators (pushed down as settings), and
the 星级评定 (scores from synced data plus the inspectors' marks, evidence, publishing)."""

from __future__ import annotations

import json
from datetime import date, datetime

from fastapi import APIRouter, Depends
from fastapi.responses import FileResponse, RedirectResponse
from sqlalchemy import delete, insert, select

from desktop.i18n import translate
from desktop.ids import derived_id
from server.console import auth, rules
from server.console.auth import ConsoleError
from server.console.figures import fresh_figures, load_rows
from server.console.judge import score
from server.console.tables import inspector_mark, star_rating
from server.console.web import Ctx, change, form_of, page
from server.schema import blob, station

router = APIRouter()


def push_setting(store, key: str, value) -> int:
    """Write a county setting into every station's synced settings; returns how many."""
    text = json.dumps(value, ensure_ascii=False)
    ids = [s["id"] for s in store.list_stations()]
    for sid in ids:
        store.county_write(sid, "setting", derived_id(sid, "setting", key),
                           {"station_id": sid, "key": key, "value": text, "deleted_at": None})
    return len(ids)


@router.get("/targets")
def targets_page(saved: str = "", ctx: Ctx = Depends(page)):
    with ctx.store.db.engine.connect() as conn:
        values, inds = rules.target_rules(conn), rules.indicators(conn)
    return ctx.render("targets.html", values=values, labels=rules.target_labels(), indicators=inds, saved=saved, error="")


@router.post("/targets")
async def targets_save(ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    try:
        if form.get("what") == "indicators":
            value, key = rules.check_indicators(form), rules.INDICATORS_KEY
        else:
            value, key = rules.check_targets(form), rules.TARGETS_KEY
    except ConsoleError as error:
        with ctx.store.db.engine.connect() as conn:
            values, inds = rules.target_rules(conn), rules.indicators(conn)
        return ctx.render("targets.html", status=400, values=values, labels=rules.target_labels(), indicators=inds,
                          saved="", error=str(error))
    with ctx.store.write() as conn:
        rules.save(conn, key, value)
        auth.audit(conn, ctx.admin.name, "修改目标" if key == rules.TARGETS_KEY else rules.INDICATORS_AUDIT, key, value)
        pushed = rules.as_setting(conn, key)
    count = push_setting(ctx.store, key, pushed)
    return RedirectResponse(f"/console/targets?saved={count}", status_code=303)


def _marks(store, station_id: str, year: int) -> dict[str, dict]:
    with store.db.engine.connect() as conn:
        return {r.indicator: {"score": r.score, "note": r.note, "admin": r.admin_name, "at": r.at}
                for r in conn.execute(select(inspector_mark).where(inspector_mark.c.station_id == station_id,
                                                                   inspector_mark.c.year == year))}


def _year(text: str | None) -> int:
    return int(text) if text and text.isdigit() and 2000 <= int(text) <= 2100 else date.today().year


@router.get("/rating")
def rating_list(year: str | None = None, ctx: Ctx = Depends(page)):
    y = _year(year)
    figures = fresh_figures(ctx.store)
    with ctx.store.db.engine.connect() as conn:
        inds = rules.indicators(conn)
        published = {r.station_id: r for r in conn.execute(select(star_rating).where(star_rating.c.year == y))}
    rows = []
    for sid, fig in figures.items():
        result = score(fig, y, inds, _marks(ctx.store, sid, y))
        rows.append({"id": sid, "name": fig.get("name", sid), "town": fig.get("town", ""), **result,
                     "published": published.get(sid)})
    rows.sort(key=lambda r: (-r["total"], r["name"]))
    return ctx.render("rating.html", rows=rows, year=y)


@router.get("/rating/{station_id}")
def rating_sheet(station_id: str, year: str | None = None, ctx: Ctx = Depends(page)):
    y = _year(year)
    fig = fresh_figures(ctx.store, [station_id]).get(station_id)
    if fig is None:
        return ctx.render("message.html", status=404, title=translate("server.console", "No such station"), message=translate("server.console", "There is no id {id}.").format(id=station_id))
    with ctx.store.db.engine.connect() as conn:
        inds = rules.indicators(conn)
        rows = load_rows(conn, station_id)
        have = set(conn.scalars(select(blob.c.sha256).where(blob.c.station_id == station_id)))
    photos_by_activity: dict[str, list[str]] = {}
    for p in rows.get("photo", {}).values():
        if p.get("sha256") in have:
            photos_by_activity.setdefault(p.get("activity_id"), []).append(p["sha256"])
    activities = sorted(
        ({"id": aid, "title": a.get("title", ""), "start": (a.get("start_at") or "")[:16].replace("T", " "),
          "status": a.get("status", ""), "photos": photos_by_activity.get(aid, [])[:6]}
         for aid, a in rows.get("activity", {}).items() if (a.get("start_at") or "").startswith(str(y))
         and a.get("status") in ("held", "recorded")), key=lambda a: a["start"])
    result = score(fig, y, inds, _marks(ctx.store, station_id, y))
    return ctx.render("rating_sheet.html", fig=fig, station_id=station_id, year=y, result=result,
                      activities=activities, statements=_statements(rows, inds),
                      generated=datetime.now().replace(microsecond=0))


def _statements(rows: dict, inds) -> list[dict]:
    """What the station stated for its self-check (synced settings star.declared.<key>), by indicator."""
    names = {i.key: i.name for i in inds}
    out = []
    for row in rows.get("setting", {}).values():
        key = str(row.get("key") or "")
        if not key.startswith("star.declared."):
            continue
        try:
            value = json.loads(row.get("value") or "null")
        except ValueError:
            continue
        if isinstance(value, dict) and str(value.get("text") or "").strip():
            ind = key.removeprefix("star.declared.")
            out.append({"key": ind, "name": names.get(ind, ind), "text": value["text"], "by": value.get("by", ""),
                        "at": str(value.get("at", ""))[:10], "photo": bool(value.get("photo"))})
    order = list(names)
    return sorted(out, key=lambda s: order.index(s["key"]) if s["key"] in order else len(order))


@router.post("/rating/{station_id}/marks")
async def rating_marks(station_id: str, ctx: Ctx = Depends(change)):
    form = form_of(ctx.request)
    y = _year(form.get("year"))
    with ctx.store.db.engine.connect() as conn:
        inds = {i.key: i for i in rules.indicators(conn)}
        if conn.scalar(select(station.c.id).where(station.c.id == station_id)) is None:
            return ctx.render("message.html", status=404, title=translate("server.console", "No such station"), message=translate("server.console", "There is no id {id}.").format(id=station_id))
    marks = {}
    for key, ind in inds.items():
        text = (form.get(f"score_{key}") or "").strip()
        if not text:
            continue
        if not text.isdigit() or int(text) > ind.points:
            return ctx.render("message.html", status=400, title=translate("server.console", "Wrong score"),
                              message=translate("server.console", "“{name}” must be a whole score from 0 to {points}.").format(
                                  name=ind.name, points=ind.points))
        marks[key] = (int(text), (form.get(f"note_{key}") or "")[:500])
    with ctx.store.write() as conn:
        for key, (value, note) in marks.items():
            conn.execute(delete(inspector_mark).where(inspector_mark.c.station_id == station_id,
                                                      inspector_mark.c.year == y, inspector_mark.c.indicator == key))
            conn.execute(insert(inspector_mark).values(station_id=station_id, year=y, indicator=key, score=value,
                                                       note=note, admin_name=ctx.admin.name,
                                                       at=datetime.now().replace(microsecond=0)))
        auth.audit(conn, ctx.admin.name, "星级评定打分", station_id, {"year": y, **{k: v[0] for k, v in marks.items()}})
    return RedirectResponse(f"/console/rating/{station_id}?year={y}", status_code=303)


@router.post("/rating/publish")
async def rating_publish(ctx: Ctx = Depends(change)):
    y = _year(form_of(ctx.request).get("year"))
    figures = fresh_figures(ctx.store)
    with ctx.store.db.engine.connect() as conn:
        inds = rules.indicators(conn)
    now = datetime.now().replace(microsecond=0)
    results = {sid: score(fig, y, inds, _marks(ctx.store, sid, y)) for sid, fig in figures.items()}
    with ctx.store.write() as conn:
        conn.execute(delete(star_rating).where(star_rating.c.year == y))
        for sid, result in results.items():
            conn.execute(insert(star_rating).values(station_id=sid, year=y, score=result["total"],
                                                    stars=result["stars"], published_at=now,
                                                    admin_name=ctx.admin.name))
        auth.audit(conn, ctx.admin.name, "发布星级评定", str(y), {"stations": len(results)})
    for sid, result in results.items():  # each station sees its own rating after its next sync
        key = f"star.rating.{y}"
        ctx.store.county_write(sid, "setting", derived_id(sid, "setting", key), {
            "station_id": sid, "key": key, "deleted_at": None,
            "value": json.dumps({"year": y, "score": result["total"], "stars": result["stars"],
                                 "lines": [{k: line[k] for k in ("name", "max", "points")} for line in result["lines"]],
                                 "published_at": now.isoformat()}, ensure_ascii=False)})
    return RedirectResponse(f"/console/rating?year={y}", status_code=303)


@router.get("/photo/{station_id}/{sha256}")
def photo(station_id: str, sha256: str, ctx: Ctx = Depends(page)):
    from server.blobs import blob_path

    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        return ctx.render("message.html", status=404, title=translate("server.console", "No such photo"), message=translate("server.console", "The photo id is wrong."))
    with ctx.store.db.engine.connect() as conn:
        owned = conn.scalar(select(blob.c.sha256).where(blob.c.station_id == station_id, blob.c.sha256 == sha256))
    path = blob_path(ctx.request.app.state.console_blob_root, sha256)
    if owned is None or not path.is_file():
        return ctx.render("message.html", status=404, title=translate("server.console", "No such photo"), message=translate("server.console", "The county has not received this photo yet."))
    return FileResponse(path, media_type="image/jpeg")
