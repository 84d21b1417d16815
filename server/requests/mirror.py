"""The copying pass: a request's entries into the log of every station it concerns.

The sync log is per station (a PC pulls only its own station's log), so the
county copies a request's entries between logs: a request's *scope* is its
origin station plus every station it was dispatched to; every entry of the
request (its row, its events) is appended, with its own entry id and stamp,
to the log of every station in its scope. `publish(store)` does that copying,
and writes the menu into every station's log; it is idempotent (entry ids
deduplicate) and resumable (a per-station watermark of the log seq already
looked at), and runs before every pull and after a push that carries request entries (looking
at the syncing station), and after every county action. The tables the other modules share are defined here.
"""

from __future__ import annotations

import json
import threading
import time
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Integer,
    String,
    Table,
    and_,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from desktop.sync.request_state import COUNTY
from server.schema import entry, metadata, station
from server.store import COUNTY_DEVICE, Store

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


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


FULL_EVERY = 10.0  # seconds: how often a station's sync also looks over every station (the net under the
# per-station look: a pass cut short by a crash, say, is picked up by the next sync of any station)
_full_at = [0.0]


def publish(store: Store, station_id: str | None = None, wanted: bool | None = None) -> int:
    """Copy request entries into the logs of the stations they concern, and the menu
    into every station's log. Returns how many station logs were looked at.

    It runs before every pull and after a push with request entries (`station_id`: the syncing
    station; server.app), so the common case
    (nothing to copy) is one read-only index probe of that one station and no lock: its log is looked
    at only when it has request entries past its watermark (an index probe on entry (station_id,
    entity, seq)) or an older menu. Only a push changes a station's log, and its own push runs the pass
    before it is answered, so nothing another station syncs can be waiting unseen; every FULL_EVERY
    seconds a sync looks over every station all the same. (The look over every station on each
    request was most of the county database's work under load, and grows with the county.)
    Without `station_id` (county actions, the command line) the look is over every station. `wanted`: the
    one station's look (STATION_WANTED_SQL) when the caller has it already (the pull asks it with its page)."""
    if station_id is not None:
        now = time.monotonic()
        if now - _full_at[0] >= FULL_EVERY:
            _full_at[0] = now
        elif not (store.db.read(_STATION_WANTED, (station_id,)) if wanted is None else wanted):
            return 0
    if not _wanted(store)[1]:
        return 0
    looked = 0
    with _lock:
        _ensure_mirror_rows(store)
        for _round in range(10):  # copies land in other logs, which are then looked at in turn
            top_menu, rows = _wanted(store)
            if not rows:
                break
            for station_id in rows:
                _pass(store, station_id, top_menu)
            looked += len(rows)
    return looked


# Whether the station `s` (the alias in the statement it goes in) has something to copy: a menu older than
# the county's, or request entries past its watermark. A scalar subquery, so that the sync lane's pull asks
# it in its page's own statement (Store.pull_authenticated); _STATION_WANTED asks it alone.
STATION_WANTED_SQL = (
    "(SELECT COALESCE(m.menu_version, 0) < (SELECT COALESCE(MAX(version), 0) FROM request_menu) OR "
    "(s.last_seq > COALESCE(m.seq, 0) AND EXISTS (SELECT 1 FROM entry e WHERE e.station_id = s.id AND "
    "e.entity IN (" + ", ".join(f"'{name}'" for name in REQUEST_ENTITIES) + ") AND e.seq > COALESCE(m.seq, 0))) "
    "FROM (SELECT 1) one LEFT OUTER JOIN request_mirror m ON m.station_id = s.id)")
# _wanted for one station, as one constant text at the driver (ServerDB.read: no statement built per request)
_STATION_WANTED = "SELECT s.id FROM station s WHERE s.id = %s AND " + STATION_WANTED_SQL


def _wanted(store: Store) -> tuple[int, list[str]]:
    """(the menu's version, the stations whose log has request entries past its watermark or an older menu)."""
    mirror = request_mirror
    top = select(func.coalesce(func.max(request_menu.c.version), 0)).scalar_subquery()
    seq, menu = func.coalesce(mirror.c.seq, 0), func.coalesce(mirror.c.menu_version, 0)
    requests = select(entry.c.seq).where(entry.c.station_id == station.c.id, entry.c.entity.in_(REQUEST_ENTITIES),
                                         entry.c.seq > seq).exists()
    with store.db.reader.connect() as conn:  # one round trip: the menu's version comes with every row
        found = conn.execute(select(station.c.id, top).select_from(
            station.outerjoin(mirror, mirror.c.station_id == station.c.id)).where(
            or_(menu < top, and_(station.c.last_seq > seq, requests))).order_by(station.c.id)).all()
        top_menu = found[0][1] if found else 0
        rows = [r[0] for r in found]
    return top_menu, rows


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
