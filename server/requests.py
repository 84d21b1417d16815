"""Residents' requests at the county: the service menu 中心制单, escalation,
county dispatch, and who sees which request.

Shape (for the county console to build on): every function here takes the
`Store` and plain values and returns plain dicts, callable without HTTP;
`make_router` and `install` only wrap them.

How a request reaches the stations it concerns. The sync log is per station
(a PC pulls only its own station's log), so the county copies a request's
entries between logs: a request's *scope* is its origin station plus every
station it was dispatched to; every entry of the request (its row, its
events) is appended, with its own entry id and stamp, to the log of every
station in its scope. `publish(store)` does that copying, and writes the
menu into every station's log; it is idempotent (entry ids deduplicate) and
resumable (a per-station watermark of the log seq already looked at), and
runs before every pull, after every push and after every county action.
Isolation follows: a station's log holds only its own requests and those
dispatched to it, and the HTTP endpoints answer from that log only.

The state of a request is `desktop.sync.request_state.derive`, the same
pure function the station PC uses.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Integer,
    String,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from desktop.ids import new_id
from desktop.sync import protocol
from desktop.sync.request_state import COUNTY, STATES, RequestState, derive
from server.schema import entry, metadata, row_state, station
from server.store import COUNTY_DEVICE, ApiError, Store

REQUEST_ENTITIES = ("service_request", "request_event")

request_menu = Table(
    "request_menu", metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("category", String(50), nullable=False, default=""),
    Column("team_field", String(50), nullable=False, default=""),
    Column("description", String(500), nullable=False, default=""),
    Column("response_hours", Integer, nullable=False, default=48),
    Column("active", Boolean, nullable=False, default=True),
    Column("sort_order", Integer, nullable=False, default=0),
    Column("version", BigInteger, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

request_mirror = Table(  # per station: how far its log has been looked at, and the menu it has
    "request_mirror", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("seq", BigInteger, nullable=False, default=0),
    Column("menu_version", BigInteger, nullable=False, default=0),
)

request_entry = Table(  # every entry of a request, where it was first seen
    "request_entry", metadata,
    Column("request_id", String(36), primary_key=True),
    Column("entry_id", String(36), primary_key=True),
    Column("src_station", String(36), nullable=False),
    Column("src_seq", BigInteger, nullable=False),
)

request_scope = Table(  # the stations a request concerns
    "request_scope", metadata,
    Column("request_id", String(36), primary_key=True),
    Column("station_id", String(36), primary_key=True, index=True),
)

_lock = threading.Lock()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- the copying pass -------------------------------------------------------------------


def publish(store: Store) -> int:
    """Copy request entries into the logs of the stations they concern, and the menu
    into every station's log. Returns how many station logs were looked at."""
    looked = 0
    with _lock:
        _ensure_mirror_rows(store)
        for _round in range(10):  # copies land in other logs, which are then looked at in turn
            with store.db.engine.connect() as conn:
                top_menu = conn.scalar(select(func.max(request_menu.c.version))) or 0
                rows = conn.execute(select(station.c.id).join(
                    request_mirror, request_mirror.c.station_id == station.c.id).where(
                    (station.c.last_seq > request_mirror.c.seq) | (request_mirror.c.menu_version < top_menu))).all()
            if not rows:
                break
            for (station_id,) in rows:
                _pass(store, station_id, top_menu)
            looked += len(rows)
    return looked


def _ensure_mirror_rows(store: Store) -> None:
    with store.db.engine.connect() as conn:
        missing = list(conn.scalars(select(station.c.id).where(station.c.id.not_in(select(request_mirror.c.station_id)))))
    for station_id in missing:
        try:
            with store.write() as conn:
                conn.execute(insert(request_mirror).values(station_id=station_id, seq=0, menu_version=0))
        except IntegrityError:  # another worker process made it first
            pass


def _pass(store: Store, source: str, top_menu: int) -> None:
    with store.write() as conn:
        mark = conn.execute(select(request_mirror.c.seq, request_mirror.c.menu_version).where(
            request_mirror.c.station_id == source).with_for_update()).first()
        top = conn.scalar(select(station.c.last_seq).where(station.c.id == source)) or 0
        rows = conn.execute(select(entry.c.seq, entry.c.entry_id, entry.c.entity, entry.c.row_id, entry.c.fields,
                                   entry.c.device_id).where(
            entry.c.station_id == source, entry.c.seq > mark.seq, entry.c.seq <= top,
            entry.c.entity.in_(REQUEST_ENTITIES)).order_by(entry.c.seq)).all()
        affected: set[str] = set()
        for r in rows:
            fields = json.loads(r.fields)
            rid = r.row_id if r.entity == "service_request" else fields.get("request_id")
            claimed = fields.get("station_id")
            if not rid or (r.device_id != COUNTY_DEVICE and claimed not in (None, source)):
                continue  # a station may speak only for itself
            known = conn.scalar(select(func.count()).select_from(request_entry).where(
                request_entry.c.request_id == rid, request_entry.c.entry_id == r.entry_id))
            if not known:
                conn.execute(insert(request_entry).values(request_id=rid, entry_id=r.entry_id, src_station=source,
                                                          src_seq=r.seq))
                affected.add(rid)
            wanted = {source}
            if r.entity == "service_request" and claimed and claimed != COUNTY:
                wanted.add(claimed)
            if r.entity == "request_event" and fields.get("kind") == "dispatched" and fields.get("to_station_id"):
                wanted.add(fields["to_station_id"])
            for sid in wanted:
                if _add_scope(conn, rid, sid):
                    affected.add(rid)
        for rid in sorted(affected):
            _copy(store, conn, rid)
        if top_menu > mark.menu_version:
            _menu_to(store, conn, source, mark.menu_version)
        conn.execute(update(request_mirror).where(request_mirror.c.station_id == source).values(
            seq=max(top, mark.seq), menu_version=max(top_menu, mark.menu_version)))


def _add_scope(conn, request_id: str, station_id: str) -> bool:
    if not conn.scalar(select(station.c.id).where(station.c.id == station_id)):
        return False
    if conn.scalar(select(func.count()).select_from(request_scope).where(
            request_scope.c.request_id == request_id, request_scope.c.station_id == station_id)):
        return False
    conn.execute(insert(request_scope).values(request_id=request_id, station_id=station_id))
    return True


def _copy(store: Store, conn, request_id: str) -> None:
    """Every entry of the request into every station log of its scope (deduplicated by entry id)."""
    targets = sorted(conn.scalars(select(request_scope.c.station_id).where(request_scope.c.request_id == request_id)))
    sources = conn.execute(select(request_entry.c.src_station, request_entry.c.src_seq).where(
        request_entry.c.request_id == request_id)).all()
    entries = []
    for src, seq in sources:
        e = conn.execute(select(entry).where(entry.c.station_id == src, entry.c.seq == seq)).first()
        entries.append({"id": e.entry_id, "entity": e.entity, "row_id": e.row_id, "fields": json.loads(e.fields),
                        "hlc": e.hlc, "site": e.site, "actor": e.actor})
    for target in targets:  # in id order: two passes never wait on each other's station locks in a cycle
        store._accept(conn, target, COUNTY_DEVICE, entries)


def _menu_fields(row) -> dict[str, Any]:
    return {"station_id": COUNTY, "deleted_at": None,
            "name": row.name, "category": row.category, "team_name": row.team_field,
            "description": row.description, "response_hours": row.response_hours, "active": bool(row.active),
            "sort_order": row.sort_order}


def _menu_to(store: Store, conn, station_id: str, after: int) -> None:
    for row in conn.execute(select(request_menu).where(request_menu.c.version > after).order_by(request_menu.c.version)):
        store._county_write(conn, station_id, "service_menu", row.id, _menu_fields(row))


# --- the menu ---------------------------------------------------------------------------


def _menu_check(name: str | None, response_hours: int | None) -> None:
    if name is not None and not name.strip():
        raise ApiError(400, protocol.BAD_REQUEST, "服务项目名称不能为空。")
    if response_hours is not None and not 0 <= response_hours <= 24 * 90:
        raise ApiError(400, protocol.BAD_REQUEST, "响应时限应在 0 到 2160 小时之间（0 表示不限）。")


def add_menu_item(store: Store, name: str, *, category: str = "", team_field: str = "", description: str = "",
                  response_hours: int = 48) -> dict:
    _menu_check(name, response_hours)
    item_id = new_id()
    with store.write() as conn:
        version = (conn.scalar(select(func.max(request_menu.c.version))) or 0) + 1
        order = (conn.scalar(select(func.max(request_menu.c.sort_order))) or 0) + 1
        conn.execute(insert(request_menu).values(
            id=item_id, name=name.strip()[:100], category=category.strip()[:50], team_field=team_field.strip()[:50],
            description=description.strip()[:500], response_hours=response_hours, active=True, sort_order=order,
            version=version, updated_at=_now()))
    publish(store)
    return get_menu_item(store, item_id)


def edit_menu_item(store: Store, item_id: str, **changes: Any) -> dict:
    allowed = {"name", "category", "team_field", "description", "response_hours", "active"}
    values = {k: v for k, v in changes.items() if k in allowed and v is not None}
    if not values:
        raise ApiError(400, protocol.BAD_REQUEST, "没有要修改的内容，例如 --name 新名称。")
    _menu_check(values.get("name"), values.get("response_hours"))
    with store.write() as conn:
        if not conn.scalar(select(request_menu.c.id).where(request_menu.c.id == item_id)):
            raise ApiError(404, protocol.BAD_REQUEST, f"服务菜单里没有编号为 {item_id} 的项目。")
        version = (conn.scalar(select(func.max(request_menu.c.version))) or 0) + 1
        conn.execute(update(request_menu).where(request_menu.c.id == item_id).values(
            **values, version=version, updated_at=_now()))
    publish(store)
    return get_menu_item(store, item_id)


def get_menu_item(store: Store, item_id: str) -> dict:
    with store.db.engine.connect() as conn:
        row = conn.execute(select(request_menu).where(request_menu.c.id == item_id)).first()
    if row is None:
        raise ApiError(404, protocol.BAD_REQUEST, f"服务菜单里没有编号为 {item_id} 的项目。")
    return _menu_dict(row)


def _menu_dict(row) -> dict:
    return {"id": row.id, "name": row.name, "category": row.category, "team_field": row.team_field,
            "description": row.description, "response_hours": row.response_hours, "active": bool(row.active)}


def list_menu(store: Store, include_inactive: bool = False) -> list[dict]:
    query = select(request_menu).order_by(request_menu.c.sort_order)
    if not include_inactive:
        query = query.where(request_menu.c.active.is_(True))
    with store.db.engine.connect() as conn:
        return [_menu_dict(r) for r in conn.execute(query)]


# --- requests as the county and a station see them --------------------------------------


def _log_requests(conn, station_id: str) -> dict[str, tuple[dict | None, list[dict]]]:
    """The requests and events held in one station's log."""
    out: dict[str, tuple[dict | None, list[dict]]] = {}
    query = select(row_state.c.entity, row_state.c.row_id, row_state.c.data).where(
        row_state.c.station_id == station_id, row_state.c.entity.in_(REQUEST_ENTITIES))
    for entity, row_id, data in conn.execute(query):
        values = json.loads(data) | {"id": row_id}
        if entity == "service_request":
            out[row_id] = (values, out.get(row_id, (None, []))[1])
        elif values.get("request_id"):
            rid = values["request_id"]
            row, events = out.get(rid, (None, []))
            events.append(values)
            out[rid] = (row, events)
    return out


def _view(row: dict | None, events: list[dict], rid: str, names: dict[str, str], now: datetime) -> dict:
    state: RequestState = derive(row, events, rid)
    hours = int((row or {}).get("response_hours") or 0)
    return {"id": rid, "number": (row or {}).get("number", ""), "state": state.state,
            "station_id": (row or {}).get("station_id") or state.origin,
            "station_name": names.get(state.origin, ""), "title": (row or {}).get("title", ""),
            "resident": (row or {}).get("requester_name", ""), "requested_at": (row or {}).get("requested_at"),
            "owner": state.owner, "to_station_id": state.to_station_id,
            "to_station_name": names.get(state.to_station_id, state.to_station_name),
            "team": state.team_name, "volunteer": state.volunteer_name, "rating": state.rating,
            "overdue": state.overdue(hours, now), "conflicts": [c.text for c in state.open_conflicts],
            "accepts": [a["team_name"] or a["volunteer_name"] for a in state.accepts],
            "stations": sorted(state.stations)}


def _names(conn) -> dict[str, str]:
    return dict(conn.execute(select(station.c.id, station.c.name)).all()) | {COUNTY: "县中心"}


def station_requests(store: Store, station_id: str, now: datetime | None = None) -> list[dict]:
    """What one station may see: its own requests and those dispatched to it."""
    publish(store)
    now = now or datetime.now()
    with store.db.engine.connect() as conn:
        names = _names(conn)
        held = _log_requests(conn, station_id)
    views = [_view(row, events, rid, names, now) for rid, (row, events) in held.items() if row is not None]
    return sorted(views, key=lambda v: (v["requested_at"] or "", v["id"]), reverse=True)


def county_requests(store: Store, *, station_id: str | None = None, state: str | None = None,
                    now: datetime | None = None) -> list[dict]:
    """Every request the county holds (optionally: those concerning one station, in one state or overdue)."""
    if state and state not in STATES and state != "overdue":
        raise ApiError(400, protocol.BAD_REQUEST, f"状态应为：{'、'.join(STATES)} 或 overdue。")
    publish(store)
    now = now or datetime.now()
    with store.db.engine.connect() as conn:
        names = _names(conn)
        stations = [station_id] if station_id else list(conn.scalars(select(station.c.id).order_by(station.c.id)))
        if station_id and station_id not in names:
            raise ApiError(404, protocol.BAD_REQUEST, f"没有编号为 {station_id} 的实践站。")
        seen: dict[str, dict] = {}
        for sid in stations:
            for rid, (row, events) in _log_requests(conn, sid).items():
                if row is None or rid in seen:
                    continue
                seen[rid] = _view(row, events, rid, names, now)
    views = [v for v in seen.values() if not state or (v["overdue"] if state == "overdue" else v["state"] == state)]
    return sorted(views, key=lambda v: (v["requested_at"] or "", v["id"]), reverse=True)


def find_request(store: Store, ref: str) -> dict:
    matches = [v for v in county_requests(store) if v["id"] == ref or v["number"] == ref
               or (len(ref) >= 8 and v["id"].startswith(ref))]
    if not matches:
        raise ApiError(404, protocol.BAD_REQUEST, f"县中心没有单号或编号为“{ref}”的点单。")
    if len(matches) > 1:
        raise ApiError(409, protocol.BAD_REQUEST, f"单号“{ref}”对应 {len(matches)} 张单子，请用编号："
                       + "、".join(v["id"] for v in matches))
    return matches[0]


def _team(conn, station_id: str, ref: str) -> tuple[str, str]:
    for row_id, data in conn.execute(select(row_state.c.row_id, row_state.c.data).where(
            row_state.c.station_id == station_id, row_state.c.entity == "team")):
        values = json.loads(data)
        if values.get("deleted_at"):
            continue
        if ref in (row_id, values.get("name"), f"{values.get('name')}".removesuffix("志愿服务队")):
            return row_id, values.get("name", "")
    raise ApiError(404, protocol.BAD_REQUEST, f"这个实践站没有队伍“{ref}”。")


def _event_fields(request_id: str, kind: str, site: str, stamp: str, **extra: Any) -> dict[str, Any]:
    base = {"station_id": site, "request_id": request_id, "kind": kind, "stamp": stamp, "at": _now().isoformat(),
            "actor": "县中心" if site == COUNTY else "", "to_station_id": "", "to_station_name": "", "team_id": "",
            "team_name": "", "volunteer_id": "", "volunteer_name": "", "activity_id": "", "minutes": 0, "rating": "",
            "comment": "", "ref_event_id": ""}
    return base | extra


def _home_log(conn, view: dict) -> str:
    origin = view["station_id"]
    if origin and origin != COUNTY:
        return origin
    return next(iter(conn.scalars(select(request_scope.c.station_id).where(request_scope.c.request_id == view["id"]))))


def county_dispatch(store: Store, ref: str, to_station: str, team: str | None = None, actor: str = "县中心") -> dict:
    """县中心派单: an escalated request (or one that reached the county) to a station, optionally one of its teams."""
    view = find_request(store, ref)
    with store.write() as conn:
        names = _names(conn)
        if to_station not in names or to_station == COUNTY:
            raise ApiError(404, protocol.BAD_REQUEST, f"没有编号为 {to_station} 的实践站。")
        team_id, team_name = _team(conn, to_station, team) if team else ("", "")
        fields = _event_fields(view["id"], "dispatched", COUNTY, store.clock.tick(), actor=actor[:50],
                               to_station_id=to_station, to_station_name=names[to_station], team_id=team_id,
                               team_name=team_name)
        store._county_write(conn, _home_log(conn, view), "request_event", new_id(), fields)
    publish(store)
    return find_request(store, view["id"])


def county_add_request(store: Store, *, resident: str, to_station: str, phone: str = "", text: str | None = None,
                       item: str | None = None, team: str | None = None, channel: str = "phone") -> dict:
    """A request that reached the county directly (a call to the centre), dispatched down to a station.
    Its number is C + MMDD-NN; the station it goes to records the rating (race rule 7)."""
    resident = resident.strip()
    if not resident:
        raise ApiError(400, protocol.BAD_REQUEST, "请填写群众姓名。")
    if not item and not (text or "").strip():
        raise ApiError(400, protocol.BAD_REQUEST, "请给出服务项目（--item）或群众要办的事（--text）。")
    now, rid = _now(), new_id()
    with store.write() as conn:
        names = _names(conn)
        if to_station not in names or to_station == COUNTY:
            raise ApiError(404, protocol.BAD_REQUEST, f"没有编号为 {to_station} 的实践站。")
        title, category, hours, menu_id = (text or "").strip()[:200], "", 0, None
        if item:
            row = conn.execute(select(request_menu).where(request_menu.c.id == item)).first()
            if row is None:
                raise ApiError(404, protocol.BAD_REQUEST, f"服务菜单里没有编号为 {item} 的项目。")
            title, category, hours, menu_id = row.name, row.category, row.response_hours, row.id
        prefix = f"C{now:%m%d}-"
        taken = sum(1 for v in county_requests_in(conn, names, now) if v["number"].startswith(prefix))
        number = f"{prefix}{taken + 1:02d}"
        store._county_write(conn, to_station, "service_request", rid, {
            "station_id": COUNTY, "deleted_at": None, "number": number, "title": title, "description": "",
            "menu_item_id": menu_id, "category": category, "requester_name": resident[:50],
            "requester_phone": phone.strip()[:30], "household_id": None, "place": "", "wanted": "",
            "channel": channel, "source": "county", "response_hours": hours, "requested_at": now.isoformat(),
            "recorded_by": "县中心"})
        store._county_write(conn, to_station, "request_event", new_id(),
                            _event_fields(rid, "created", COUNTY, store.clock.tick()))
        team_id, team_name = _team(conn, to_station, team) if team else ("", "")
        store._county_write(conn, to_station, "request_event", new_id(), _event_fields(
            rid, "dispatched", COUNTY, store.clock.tick(), to_station_id=to_station,
            to_station_name=names[to_station], team_id=team_id, team_name=team_name))
    publish(store)
    return find_request(store, rid)


def county_requests_in(conn, names: dict[str, str], now: datetime) -> list[dict]:
    """The county-taken requests already held (for numbering)."""
    out = []
    for sid in conn.scalars(select(station.c.id)):
        for rid, (row, events) in _log_requests(conn, sid).items():
            if row is not None and row.get("station_id") == COUNTY:
                out.append(_view(row, events, rid, names, now))
    return list({v["id"]: v for v in out}.values())


def station_escalate(store: Store, station_id: str, request_id: str, note: str = "") -> dict:
    """A station asks the county to take a request it cannot serve (the online twin of a pushed event)."""
    view = _visible(store, station_id, request_id)
    with store.write() as conn:
        fields = _event_fields(view["id"], "escalated", station_id, store.clock.tick(), actor="站点（在线）",
                               comment=note[:500])
        store._county_write(conn, station_id, "request_event", new_id(), fields)
    publish(store)
    return _visible(store, station_id, request_id)


def _visible(store: Store, station_id: str, request_id: str) -> dict:
    for v in station_requests(store, station_id):
        if v["id"] == request_id or v["number"] == request_id:
            return v
    raise ApiError(404, protocol.BAD_REQUEST, "本站看不到这张点单。")


# --- HTTP ----------------------------------------------------------------------------------


def make_routers(store: Store) -> list[APIRouter]:
    router = APIRouter(prefix="/v1/requests", tags=["requests"])

    def auth(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, protocol.BAD_TOKEN, "缺少同步凭据。请先用县中心发的注册码注册本机。")
        return store.authenticate(authorization[7:].strip())

    @router.get("/menu")
    def menu(ident=Depends(auth)):
        return list_menu(store)

    @router.get("")
    def mine(ident=Depends(auth)):
        return station_requests(store, ident[1])

    @router.get("/{request_id}")
    def one(request_id: str, ident=Depends(auth)):
        return _visible(store, ident[1], request_id)

    @router.post("/{request_id}/escalate")
    def escalate(request_id: str, ident=Depends(auth)):
        return station_escalate(store, ident[1], request_id)

    county = APIRouter(prefix="/v1/county/requests", tags=["county"])

    def county_auth(x_county_key: str | None = Header(default=None)) -> None:
        import hmac
        import os

        key = os.environ.get("STATION_DESK_COUNTY_KEY", "")
        if not key:
            raise ApiError(403, protocol.BAD_TOKEN, "县中心接口未启用（服务器未设置 STATION_DESK_COUNTY_KEY）。")
        if not x_county_key or not hmac.compare_digest(x_county_key, key):
            raise ApiError(401, protocol.BAD_TOKEN, "县中心管理密钥不对。")

    @county.get("")
    def county_list(station: str | None = None, state: str | None = None, _=Depends(county_auth)):
        return county_requests(store, station_id=station, state=state)

    @county.post("/{request_id}/dispatch")
    async def county_send(request_id: str, request: Request, _=Depends(county_auth)):
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(422, protocol.BAD_REQUEST, "请求内容不是有效的 JSON。") from None
        if not isinstance(body, dict) or not isinstance(body.get("to_station"), str):
            raise ApiError(422, protocol.BAD_REQUEST, "请给出 to_station（派往的实践站编号）。")
        team = body.get("team") if isinstance(body.get("team"), str) else None
        return await run_in_threadpool(county_dispatch, store, request_id, body["to_station"], team)

    return [router, county]


def install(app: FastAPI, store: Store, responses: dict | None = None) -> None:
    """Add the request endpoints (documenting `responses`, the errors every endpoint may answer),
    and run the copying pass around sync (before a pull, after a push)."""
    for router in make_routers(store):
        app.include_router(router, responses=responses)

    @app.middleware("http")
    async def copy_requests(request: Request, call_next):
        path = request.url.path
        if path == "/v1/pull":
            await run_in_threadpool(publish, store)
        response = await call_next(request)
        if path == "/v1/push" and response.status_code == 200:
            await run_in_threadpool(publish, store)
        return response


# --- `python -m server menu ...` / `request ...` ---------------------------------------------


def register_cli(sub, common, parser_class) -> None:
    menu = sub.add_parser("menu", help="服务菜单（中心制单）").add_subparsers(dest="action", required=True,
                                                                          parser_class=parser_class)
    add = menu.add_parser("add", parents=[common], help="发布一个服务项目（同步后到各站）")
    add.add_argument("name")
    add.add_argument("--category", default="")
    add.add_argument("--team-field", default="", help="通常承接的队伍或领域")
    add.add_argument("--response-hours", type=int, default=48, help="响应时限（小时，默认 48）")
    add.add_argument("--description", default="")
    mlist = menu.add_parser("list", parents=[common], help="列出服务菜单")
    mlist.add_argument("--all", action="store_true", help="包括已停用的项目")
    mlist.add_argument("--json", action="store_true")
    edit = menu.add_parser("edit", parents=[common], help="修改服务项目")
    edit.add_argument("id")
    edit.add_argument("--name", default=None)
    edit.add_argument("--category", default=None)
    edit.add_argument("--team-field", default=None)
    edit.add_argument("--response-hours", type=int, default=None)
    edit.add_argument("--description", default=None)
    edit.add_argument("--active", choices=("yes", "no"), default=None, help="yes 启用 / no 停用")
    req = sub.add_parser("request", help="群众点单（县中心）").add_subparsers(dest="action", required=True,
                                                                      parser_class=parser_class)
    rlist = req.add_parser("list", parents=[common], help="列出点单")
    rlist.add_argument("--station", default=None)
    rlist.add_argument("--state", default=None, help="new、escalated、dispatched、accepted、done、rated、cancelled 或 overdue")
    rlist.add_argument("--json", action="store_true")
    radd = req.add_parser("add", parents=[common], help="县中心直接接到的点单，派到一个实践站")
    radd.add_argument("--resident", required=True)
    radd.add_argument("--phone", default="")
    what = radd.add_mutually_exclusive_group(required=True)
    what.add_argument("--text")
    what.add_argument("--item", help="服务菜单项目编号")
    radd.add_argument("--to-station", required=True)
    radd.add_argument("--team", default=None)
    disp = req.add_parser("dispatch", parents=[common], help="县中心派单到一个实践站（可指定队伍）")
    disp.add_argument("request")
    disp.add_argument("--to-station", required=True)
    disp.add_argument("--team", default=None)


def run_cli(store: Store, args) -> int:
    key = (args.command, args.action)
    if key == ("menu", "add"):
        item = add_menu_item(store, args.name, category=args.category, team_field=args.team_field,
                             description=args.description, response_hours=args.response_hours)
        print(item["id"])
    elif key == ("menu", "list"):
        items = list_menu(store, include_inactive=args.all)
        if args.json:
            print(json.dumps(items, ensure_ascii=False, indent=2))
        for i in [] if args.json else items:
            print(f"{i['id']}\t{i['name']}\t{i['category'] or '-'}\t{i['team_field'] or '-'}\t"
                  f"{i['response_hours']} 小时\t{'启用' if i['active'] else '停用'}")
    elif key == ("menu", "edit"):
        changes = {"name": args.name, "category": args.category, "team_field": args.team_field,
                   "response_hours": args.response_hours, "description": args.description,
                   "active": None if args.active is None else args.active == "yes"}
        item = edit_menu_item(store, args.id, **changes)
        print(f"已修改：{item['name']}（{item['response_hours']} 小时）。站点电脑下次同步时收到。")
    elif key == ("request", "list"):
        views = county_requests(store, station_id=args.station, state=args.state)
        if args.json:
            print(json.dumps(views, ensure_ascii=False, indent=2, default=str))
            return 0
        for v in views:
            flag = "（超时）" if v["overdue"] else ""
            print(f"{v['number']}\t{v['id']}\t{v['state']}{flag}\t{v['station_name']}\t{v['title']}\t"
                  f"{v['to_station_name'] or '-'}\t{v['team'] or v['volunteer'] or '-'}")
        if not views:
            print("没有符合条件的点单。")
    elif key == ("request", "add"):
        v = county_add_request(store, resident=args.resident, phone=args.phone, text=args.text, item=args.item,
                               to_station=args.to_station, team=args.team)
        print(v["id"])
        print(f"单号：{v['number']}（已派往 {v['to_station_name']}）")
    elif key == ("request", "dispatch"):
        v = county_dispatch(store, args.request, args.to_station, args.team)
        print(f"已派单：{v['number']} → {v['to_station_name']}{' ' + v['team'] if v['team'] else ''}。"
              f"站点电脑下次同步时收到。")
    else:
        return -1
    return 0
