"""Requests as the county and a station see them, and the county's actions on them
(县中心派单, a request taken at the county, a station's online escalation).

The state of a request is `desktop.sync.request_state.derive`, the same pure
function the station PC uses; a station sees only its own log (isolation).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.i18n import translate
from desktop.ids import new_id
from desktop.sync import protocol
from desktop.sync.request_state import COUNTY, STATES, RequestState, derive
from server.requests import mirror
from server.requests.mirror import REQUEST_ENTITIES, publish, request_menu, request_scope
from server.schema import row_state, station
from server.store import ApiError, Store


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
    return dict(conn.execute(select(station.c.id, station.c.name)).all()) | {COUNTY: translate("server.requests", "County centre")}


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
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "The state must be one of: {states} or overdue.").format(states=", ".join(STATES)))
    publish(store)
    now = now or datetime.now()
    with store.db.engine.connect() as conn:
        names = _names(conn)
        stations = [station_id] if station_id else list(conn.scalars(select(station.c.id).order_by(station.c.id)))
        if station_id and station_id not in names:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "No station with the id {id}.").format(id=station_id))
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
        raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "The county holds no request with the number or id “{ref}”.").format(ref=ref))
    if len(matches) > 1:
        raise ApiError(409, protocol.BAD_REQUEST, translate("server.requests", "The number “{ref}” belongs to {n} requests; use the id: {ids}").format(
            ref=ref, n=len(matches), ids=translate("server.requests", ", ").join(v["id"] for v in matches)))
    return matches[0]


def _team(conn, station_id: str, ref: str) -> tuple[str, str]:
    for row_id, data in conn.execute(select(row_state.c.row_id, row_state.c.data).where(
            row_state.c.station_id == station_id, row_state.c.entity == "team")):
        values = json.loads(data)
        if values.get("deleted_at"):
            continue
        if ref in (row_id, values.get("name"), f"{values.get('name')}".removesuffix("志愿服务队")):
            return row_id, values.get("name", "")
    raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "That station has no team “{ref}”.").format(ref=ref))


def _event_fields(request_id: str, kind: str, site: str, stamp: str, **extra: Any) -> dict[str, Any]:
    base = {"station_id": site, "request_id": request_id, "kind": kind, "stamp": stamp, "at": mirror.now().isoformat(),
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
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "No station with the id {id}.").format(id=to_station))
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
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "Fill in the resident's name."))
    if not item and not (text or "").strip():
        raise ApiError(400, protocol.BAD_REQUEST, translate("server.requests", "Give a service item (--item) or what the resident needs (--text)."))
    now, rid = mirror.now(), new_id()
    with store.write() as conn:
        names = _names(conn)
        if to_station not in names or to_station == COUNTY:
            raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "No station with the id {id}.").format(id=to_station))
        title, category, hours, menu_id = (text or "").strip()[:200], "", 0, None
        if item:
            row = conn.execute(select(request_menu).where(request_menu.c.id == item)).first()
            if row is None:
                raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "The service menu has no item with the id {id}.").format(id=item))
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
    view = visible(store, station_id, request_id)
    with store.write() as conn:
        fields = _event_fields(view["id"], "escalated", station_id, store.clock.tick(), actor="站点（在线）",
                               comment=note[:500])
        store._county_write(conn, station_id, "request_event", new_id(), fields)
    publish(store)
    return visible(store, station_id, request_id)


def visible(store: Store, station_id: str, request_id: str) -> dict:
    for v in station_requests(store, station_id):
        if v["id"] == request_id or v["number"] == request_id:
            return v
    raise ApiError(404, protocol.BAD_REQUEST, translate("server.requests", "This station cannot see this request."))
