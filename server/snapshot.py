"""GET /v1/snapshot: a station's current rows for an initial sync (desktop.sync.snapshot_wire).

Read in one repeatable-read transaction (PostgreSQL: REPEATABLE READ; SQLite: an explicit BEGIN,
whose WAL snapshot holds for every statement after it), so the rows, the digests and the cursor
(the station's last sequence) are one consistent state. Rows come from `row_state` (the winning
values and the per-field clocks the push path keeps), a table at a time in the order the PC asks
(parents first), as column batches; nothing here writes.

Rows one of whose entries breaks the wire schema (an older server stored them unchecked) are not
sent as rows: their log (up to the cursor, without the asking device's own entries) is sent
instead, so the PC replays exactly those rows and quarantines what a replay quarantines. Which rows
these are is found by checking the station's log once per process and rules (a column at a time,
desktop.sync.snapshot_wire.bad_rows), then only the entries after what was checked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import orjson

from desktop.sync import schema
from desktop.sync import snapshot_wire as wire
from desktop.sync.clock import is_stamp
from server.store import Store

FETCH = 5000
MASK = (1 << 64) - 1
_lock = threading.Lock()
# station id -> (rules fingerprint, last seq checked, {(entity, row id)} with a bad entry)
_checked: dict[str, tuple[str, int, frozenset[tuple[str, str]]]] = {}


def _mark(conn) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _entry_ok(entry_id: Any, row_id: Any, hlc: Any, site: Any, actor: Any) -> bool:
    """desktop.sync.quarantine.problem_of's rules of the entry itself (its fields are checked apart)."""
    return (wire.ids_ok([entry_id, row_id]) and is_stamp(hlc) and wire.site_ok(site)
            and (actor is None or isinstance(actor, str)))


def _bad_in(group: list[tuple[str, str, dict]], entity: str, names: tuple) -> set[tuple[str, str]]:
    if not names:
        return {(entity, row_id) for _, row_id, _ in group}
    columns = [[fields[n] for _, _, fields in group] for n in names]
    return {(entity, group[i][1]) for i in wire.bad_rows(entity, list(names), columns)}


def _scan(conn, station_id: str, after: int, upto: int) -> set[tuple[str, str]]:
    """Rows with an entry in (after, upto] that a PC would quarantine."""
    mark = _mark(conn)
    result = conn.exec_driver_sql(
        f'SELECT entry_id, entity, row_id, fields, hlc, site, actor FROM "entry" WHERE station_id = {mark} '
        f"AND seq > {mark} AND seq <= {mark} ORDER BY seq", (station_id, after, upto))
    bad: set[tuple[str, str]] = set()
    limit = schema.FIELDS_MAX_BYTES // 4  # UTF-8 is at most 4 bytes a character: surely within the size rule
    while True:
        rows = result.fetchmany(FETCH)
        if not rows:
            return bad
        groups: dict[tuple[str, tuple], list[tuple[str, str, dict]]] = {}
        for entry_id, entity, row_id, text, hlc, site, actor in rows:
            key = (entity, row_id)
            if key in bad:
                continue
            try:
                fields = orjson.loads(text)
            except orjson.JSONDecodeError:
                bad.add(key)
                continue
            if not (_entry_ok(entry_id, row_id, hlc, site, actor) and isinstance(fields, dict)):
                bad.add(key)
                continue
            if len(text) > limit:  # near the size rule: the whole check, as the PC does it
                if not schema.is_valid(entity, fields):
                    bad.add(key)
                continue
            groups.setdefault((entity, tuple(fields)), []).append((entry_id, row_id, fields))
        for (entity, names), group in groups.items():
            bad |= _bad_in(group, entity, names)


def _dirty(conn, station_id: str, cursor: int) -> frozenset[tuple[str, str]]:
    rules = schema.fingerprint()
    with _lock:
        known = _checked.get(station_id)
    after, dirty = (known[1], known[2]) if known and known[0] == rules and known[1] <= cursor else (0, frozenset())
    if after < cursor:
        dirty = dirty | _scan(conn, station_id, after, cursor)
        with _lock:
            current = _checked.get(station_id)
            if current is None or current[1] < cursor or current[0] != rules:
                _checked[station_id] = (rules, cursor, frozenset(dirty))
    return frozenset(dirty)


def _begin(store: Store):
    """A connection in one repeatable-read transaction."""
    conn = store.db.engine.connect()
    if store.db.is_sqlite:
        conn.exec_driver_sql("BEGIN")  # pysqlite begins only before writes: this read's snapshot starts here
    else:
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def _line(value: Any) -> bytes:
    return orjson.dumps(value) + b"\n"


def stream(store: Store, device_id: str, station_id: str, order: list[str]) -> Iterator[bytes]:
    """The snapshot's lines (desktop.sync.snapshot_wire), read in one transaction."""
    conn = _begin(store)
    try:
        mark = _mark(conn)
        cursor = conn.exec_driver_sql(f'SELECT last_seq FROM "station" WHERE id = {mark}', (station_id,)).scalar()
        cursor = int(cursor or 0)
        counts = dict(conn.exec_driver_sql(f"SELECT entity, count(*) FROM row_state WHERE station_id = {mark} "
                                           "GROUP BY entity", (station_id,)).all())
        dirty = _dirty(conn, station_id, cursor)
        yield _line({"snapshot": wire.SNAPSHOT_VERSION, "cursor": cursor, "rules": schema.fingerprint(),
                     "rows": sum(counts.values()), "server_time": store.now_ms()})
        named = [e for e in dict.fromkeys(order) if e in counts]
        tables: dict[str, dict] = {}
        for entity in named + sorted(set(counts) - set(named)):
            digest = 0
            skipped: list[str] = []
            for chunk in _rows(conn, station_id, entity):
                lines, acc = _batches(entity, chunk, dirty, skipped)
                digest ^= acc
                yield from lines
            tables[entity] = {"count": counts[entity], "digest": f"{digest:016x}"}
            if skipped:
                yield from _dirty_entries(conn, device_id, station_id, entity, skipped, cursor)
        yield _line({"end": True, "rows": sum(counts.values()), "tables": tables})
    finally:
        conn.rollback()
        conn.close()


def _rows(conn, station_id: str, entity: str) -> Iterator[list]:
    mark = _mark(conn)
    cursor = conn.connection.dbapi_connection.cursor()  # the driver's tuples (Core's rows cost more here)
    try:
        cursor.execute(f"SELECT row_id, data, clocks, row_hash FROM row_state WHERE station_id = {mark} "
                       f"AND entity = {mark} ORDER BY row_id", (station_id, entity))
        while True:
            rows = cursor.fetchmany(wire.BATCH_ROWS)
            if not rows:
                return
            yield rows
    finally:
        cursor.close()


def _batches(entity: str, rows: list, dirty: frozenset, skipped: list[str]) -> tuple[list[bytes], int]:
    """Column batches of rows (grouped by their field names) and the XOR of their row hashes."""
    groups: dict[tuple, tuple[list, list, list]] = {}
    acc = 0
    loads = orjson.loads
    for row_id, data, clocks, row_hash in rows:
        acc ^= row_hash & MASK
        if (entity, row_id) in dirty:
            skipped.append(row_id)
            continue
        values, stamps = loads(data), loads(clocks)
        names = tuple(values)
        ids, cells, times = groups.setdefault(names, ([], [], []))
        ids.append(row_id)
        cells.append(tuple(values.values()))
        if stamps.__class__ is str:  # one stamp for every field, stored as such (server.log_append.clocks_text)
            times.append(stamps)
            continue
        if stamps.keys() == values.keys():  # the usual row: a stamp for each field, often one for all
            row_stamps = list(stamps.values())
            first = row_stamps[0] if row_stamps else ""
            if row_stamps.count(first) == len(row_stamps):
                times.append(first)
                continue
        row_stamps = [stamps.get(n, "") for n in names]
        first = row_stamps[0] if row_stamps else ""
        times.append(first if all(s == first for s in row_stamps) else row_stamps)
    lines = []
    for names, (ids, cells, times) in groups.items():
        columns = [list(c) for c in zip(*cells, strict=True)] if names else []
        lines.append(_line({"table": entity, "ids": ids, "fields": list(names), "values": columns, "stamps": times}))
    return lines, acc


def _dirty_entries(conn, device_id: str, station_id: str, entity: str, row_ids: list[str],
                   cursor: int) -> Iterator[bytes]:
    """The log of rows the PC must replay, as pull pages carry it."""
    mark = _mark(conn)
    for start in range(0, len(row_ids), 500):
        part = row_ids[start:start + 500]
        rows = conn.exec_driver_sql(
            f'SELECT seq, entry_id, row_id, fields, hlc, site, actor, device_id FROM "entry" WHERE station_id = {mark} '
            f"AND entity = {mark} AND seq <= {mark} AND row_id IN ({', '.join(mark for _ in part)}) ORDER BY seq",
            (station_id, entity, cursor, *part)).all()
        entries = []
        for seq, entry_id, row_id, text, hlc, site, actor, device in rows:
            if device == device_id:
                continue  # the asking PC has its own entries (a pull leaves them out too)
            try:
                fields: Any = orjson.loads(text)
            except orjson.JSONDecodeError:
                fields = text  # not a field map: the PC quarantines it
            entries.append({"seq": seq, "id": entry_id, "entity": entity, "row_id": row_id, "station_id": station_id,
                            "fields": fields, "hlc": hlc, "site": site, "actor": actor})
        if entries:
            yield _line({"table": entity, "entries": entries})


__all__ = ["stream"]
