"""A station's figures for the county, computed from the merged rows the server keeps
(`row_state`), with the same hour rules as the PC (desktop.services.hour_rules).

Materialised in `station_figures`, one row a station, stamped with the station's
`last_seq` at the time of computing. Every accepted entry raises `last_seq`, so
`fresh_figures` recomputes exactly the stations whose data moved since and serves the
rest from the table: a page never shows figures older than the data it has.

Counting rules (the same as the station's own bulletin):
- an activity counts when it is not deleted, its status is held or recorded, and it
  started no later than now (a planned or future activity never counts);
- hours: sign-in/sign-out pairs through the county's hour rules, rounded and capped per
  volunteer and day, plus hour corrections that are not voided;
- "volunteers" are the registered, not exited, not deleted ones.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select

from desktop.services.hour_rules import HourRules, make_session, minutes_per_day
from server.console.tables import station_figures
from server.schema import row_state, station

ENTITIES = ("station", "setting", "volunteer", "team", "team_member", "activity", "signin", "hour_correction",
            "photo")
PARTY = ("中共党员", "中共预备党员")
HELD = ("held", "recorded")
CHUNK = 200  # stations recomputed per query and transaction


def _dt(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _month(at: datetime) -> str:
    return f"{at.year:04d}-{at.month:02d}"


def first_saturday(year: int, month: int) -> date:
    day = date(year, month, 1)
    return day + timedelta(days=(5 - day.weekday()) % 7)


def load_rows(conn, station_id: str) -> dict[str, dict[str, dict]]:
    return load_many(conn, [station_id]).get(station_id, defaultdict(dict))


def load_many(conn, station_ids: list[str]) -> dict[str, dict[str, dict[str, dict]]]:
    """station id -> entity -> row id -> merged row (deleted rows left out), in one query."""
    out: dict[str, dict[str, dict[str, dict]]] = {sid: defaultdict(dict) for sid in station_ids}
    query = select(row_state.c.station_id, row_state.c.entity, row_state.c.row_id, row_state.c.data).where(
        row_state.c.station_id.in_(station_ids), row_state.c.entity.in_(ENTITIES))
    loads = json.loads
    for sid, entity, row_id, data in conn.execute(query):
        try:
            value = loads(data)
        except ValueError:
            continue
        if isinstance(value, dict) and not value.get("deleted_at"):
            out[sid][entity][row_id] = value
    return out


def _settings(rows: dict[str, dict[str, dict]]) -> dict[str, Any]:
    out = {}
    for value in rows.get("setting", {}).values():
        try:
            out[str(value.get("key"))] = json.loads(value.get("value") or "null")
        except (TypeError, ValueError):
            continue
    return out


def compute(rows: dict[str, dict[str, dict]], now: datetime) -> dict[str, Any]:
    """The figures of one station as plain JSON-able data."""
    settings = _settings(rows)
    rules = HourRules.from_dict(settings.get("hours.rules"))
    info = next(iter(rows.get("station", {}).values()), {})
    volunteers = {vid: v for vid, v in rows.get("volunteer", {}).items() if v.get("status", "active") != "exited"}
    party = {vid for vid, v in volunteers.items() if v.get("political_status") in PARTY}
    members = defaultdict(set)
    for m in rows.get("team_member", {}).values():
        if m.get("volunteer_id") in volunteers:
            members[m.get("team_id")].add(m.get("volunteer_id"))
    activities: dict[str, dict] = {}
    months: dict[str, dict[str, Any]] = defaultdict(lambda: {"activities": 0, "lectures": 0, "partner": 0,
                                                              "first_saturday": False, "minutes": 0,
                                                              "served": 0, "party_served": 0, "activity_ids": []})
    for aid, a in rows.get("activity", {}).items():
        start, end = _dt(a.get("start_at")), _dt(a.get("end_at"))
        if start is None:
            continue
        activities[aid] = {"start": start, "end": end or start}
        if a.get("status") not in HELD or start > now:
            continue
        m = months[_month(start)]
        m["activities"] += 1
        m["activity_ids"].append(aid)
        if a.get("theory_lecture"):
            m["lectures"] += 1
        if (a.get("partner_unit") or "").strip():
            m["partner"] += 1
        if start.date() == first_saturday(start.year, start.month):
            m["first_saturday"] = True
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for s in rows.get("signin", {}).values():
        aid, vid = s.get("activity_id"), s.get("volunteer_id")
        if aid not in activities or s.get("kind") not in ("in", "out"):
            continue
        pairs.setdefault((aid, vid), {"in": None, "out": None})[s["kind"]] = _dt(s.get("at"))
    sessions = []
    for (aid, vid), pair in pairs.items():
        made = make_session(vid, aid, pair["in"], pair["out"], activities[aid]["end"], rules, now)
        if made is not None:
            sessions.append(made)
    per_month_vol: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (vid, day), minutes in minutes_per_day(sessions, rules).items():
        per_month_vol[f"{day.year:04d}-{day.month:02d}"][vid] += minutes
    corrections = rows.get("hour_correction", {})
    voided = {c.get("voids") for c in corrections.values() if c.get("voids")}
    for cid, c in corrections.items():
        if c.get("voids") or cid in voided:
            continue
        when = activities.get(c.get("activity_id"), {}).get("start") or _dt(c.get("service_date"))
        if when is not None and isinstance(c.get("minutes"), int):
            per_month_vol[_month(when)][c.get("volunteer_id")] += c["minutes"]
    years: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for key, by_vol in per_month_vol.items():
        m = months[key]
        served = {vid for vid, minutes in by_vol.items() if minutes > 0}
        m["minutes"] = max(0, sum(by_vol.values()))
        m["served"] = len(served & set(volunteers))
        m["party_served"] = len(served & party)
        for vid, minutes in by_vol.items():
            years[key[:4]][vid] += minutes
    year_figures = {}
    for year, by_vol in years.items():
        served = {vid for vid, minutes in by_vol.items() if minutes > 0} & set(volunteers)
        year_figures[year] = {
            "minutes": max(0, sum(by_vol[v] for v in served)),
            "served": len(served), "party_served": len(served & party),
            "active": sum(1 for v in served if by_vol[v] >= rules.active_hours * 60),
        }
    return {
        "name": info.get("name", ""), "town": info.get("town", ""), "village": info.get("village", ""),
        "head_name": info.get("head_name", ""), "address": info.get("address", ""),
        "volunteers": len(volunteers), "party": len(party),
        "teams": len(rows.get("team", {})), "teams_with_members": sum(1 for t in members.values() if t),
        "photos": len(rows.get("photo", {})),
        "has_partner": any((a.get("partner_unit") or "").strip() for a in rows.get("activity", {}).values()),
        "months": {k: v for k, v in months.items()}, "years": year_figures,
        "targets": settings.get("targets.rules") or {},
    }


_CACHE: dict[str, tuple[int, date, dict]] = {}  # station id -> (seq, day, figures), per process


def fresh_figures(store, station_ids: list[str] | None = None, now: datetime | None = None) -> dict[str, dict]:
    """station id -> figures, recomputing the stale ones (see the module docstring).

    Each process also keeps the figures it has read, keyed by the same (last_seq, day):
    a cached entry is used only while the station's last_seq and the date are unchanged.
    """
    now = now or datetime.now()
    with store.db.engine.connect() as conn:
        query = select(station.c.id, station.c.last_seq, station.c.name)
        if station_ids is not None:
            query = query.where(station.c.id.in_(station_ids))
        current = {r.id: r for r in conn.execute(query)}
        out: dict[str, dict] = {}
        wanted = []
        for sid, st in current.items():
            hit = _CACHE.get(sid)
            if hit is not None and hit[0] == st.last_seq and hit[1] == now.date():
                out[sid] = hit[2]
            else:
                wanted.append(sid)
        stored = {}
        for start in range(0, len(wanted), CHUNK * 5):
            stored.update({r.station_id: r for r in conn.execute(
                select(station_figures.c.station_id, station_figures.c.seq, station_figures.c.data,
                       station_figures.c.computed_at).where(
                    station_figures.c.station_id.in_(wanted[start:start + CHUNK * 5])))})
    stale = []
    for sid in wanted:
        have = stored.get(sid)
        # figures also age with the calendar (a month turns, an activity's day arrives)
        if have is not None and have.seq == current[sid].last_seq and have.computed_at.date() == now.date():
            out[sid] = json.loads(have.data)
            _CACHE[sid] = (have.seq, now.date(), out[sid])
        else:
            stale.append(sid)
    for start in range(0, len(stale), CHUNK):
        chunk = stale[start:start + CHUNK]
        with store.db.engine.connect() as conn:
            loaded = load_many(conn, chunk)
        values = []
        for sid in chunk:
            figures = compute(loaded[sid], now)
            figures["name"] = figures["name"] or current[sid].name
            out[sid] = figures
            _CACHE[sid] = (current[sid].last_seq, now.date(), figures)
            values.append({"station_id": sid, "seq": current[sid].last_seq, "computed_at": now.replace(microsecond=0),
                           "data": json.dumps(figures, ensure_ascii=False, separators=(",", ":"))})
        with store.write() as conn:  # one transaction a chunk: replace the stale rows
            conn.execute(delete(station_figures).where(station_figures.c.station_id.in_(chunk)))
            conn.execute(insert(station_figures), values)
    return out


def month_row(fig: dict, month_key: str) -> dict[str, Any]:
    """One station's figures for a month, with the derived shares."""
    m = fig.get("months", {}).get(month_key) or {"activities": 0, "lectures": 0, "partner": 0,
                                                   "first_saturday": False, "minutes": 0, "served": 0,
                                                   "party_served": 0, "activity_ids": []}
    year = fig.get("years", {}).get(month_key[:4], {"minutes": 0, "served": 0, "party_served": 0, "active": 0})
    vols = fig.get("volunteers", 0)
    return {
        **m, "volunteers": vols, "party": fig.get("party", 0),
        "hours": round(m["minutes"] / 60, 1),
        "hours_per_volunteer": round(m["minutes"] / 60 / vols, 1) if vols else 0.0,
        "year_hours": round(year["minutes"] / 60, 1), "year_served": year["served"],
        "year_party_served": year["party_served"], "year_active": year["active"],
        "year_hours_per_volunteer": round(year["minutes"] / 60 / vols, 1) if vols else 0.0,
    }
