"""The log's write path: append a batch of entries under the station's lock, and fold them into
the row states (a row's first state straight from its one entry, the rest through the merge).
Callers (Store.push, county writes, the requests mirror) hold the transaction and the lock."""

from __future__ import annotations

import hashlib
from datetime import datetime

import orjson
from sqlalchemy import bindparam, select, update

from desktop.i18n import translate
from desktop.sync import merge, protocol
from server.errors import ApiError
from server.fast_sql import insert_rows, select_in
from server.schema import entry, row_state, station

ENTRY_COLUMNS = ("station_id", "seq", "entry_id", "entity", "row_id", "fields", "hlc", "site", "actor", "device_id",
                 "received_at")
ROW_STATE_COLUMNS = ("station_id", "entity", "row_id", "data", "clocks", "row_hash")


def signed(value: int) -> int:
    """A 64-bit hash as the signed BIGINT both databases store."""
    return value - (1 << 64) if value >= 1 << 63 else value


def now_s() -> datetime:
    """The local time to the second, as the server stamps received_at, created_at and the like."""
    return datetime.now().replace(microsecond=0)


def append(conn, station_id: str, device_id: str, entries: list[tuple],
            texts: list[str], last_seq: int | None = None) -> tuple[int, int]:
    """`entries`: (id, entity, row_id, fields, hlc, site, actor) tuples; `texts`: their field maps as stored;
    `last_seq`: the station's sequence when the caller has already read it under its lock."""
    if last_seq is None:
        last_seq = conn.scalar(select(station.c.last_seq).where(station.c.id == station_id).with_for_update())
    if last_seq is None:
        raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
    seen: set[str] = {r[0] for r in select_in(conn, 'SELECT entry_id FROM "entry" WHERE station_id = {mark} '
                                                    'AND entry_id IN ({marks})', [station_id],
                                              list({e[0] for e in entries}))}
    # the time as its driver takes it, made once (sqlite3's own adapter spells a datetime this way)
    received = now_s().isoformat(" ") if conn.dialect.name == "sqlite" else now_s()
    fresh, fresh_entries = [], []
    for e, text in zip(entries, texts, strict=True):
        entry_id = e[0]
        if entry_id in seen:
            continue
        seen.add(entry_id)
        fresh_entries.append((e, text))
        last_seq += 1
        fresh.append((station_id, last_seq, entry_id, e[1], e[2], text, e[4], e[5], e[6], device_id, received))
    if not fresh:
        return 0, last_seq
    insert_rows(conn, entry, ENTRY_COLUMNS, fresh)
    merge_rows(conn, station_id, fresh_entries)
    conn.execute(update(station).where(station.c.id == station_id).values(last_seq=last_seq))
    return len(fresh), last_seq

def merge_rows(conn, station_id: str, entries: list[tuple[tuple, str]]) -> None:
    """Fold entries into the row states. A row with no state that one entry of the batch names (the
    bulk of a first push) gets its state straight from the entry: its values are the entry's fields
    (already encoded), its clocks the entry's stamp on every field. Other rows go through the merge."""
    keys: dict[str, set[str]] = {}
    per_row: dict[tuple[str, str], int] = {}
    for e, _ in entries:
        key = (e[1], e[2])
        if key in per_row:
            per_row[key] += 1
        else:
            per_row[key] = 1
            keys.setdefault(key[0], set()).add(key[1])
    states: dict[tuple[str, str], tuple[dict, dict]] = {}
    for entity, row_ids in keys.items():
        for row_id, data, clocks in select_in(conn, 'SELECT row_id, data, clocks FROM row_state WHERE '
                                              'station_id = {mark} AND entity = {mark} AND row_id IN ({marks})',
                                              [station_id, entity], list(row_ids)):
            states[(entity, row_id)] = (orjson.loads(data), orjson.loads(clocks))
    existing = set(states)
    dirty = set()
    new_rows = []
    dumps, sort_keys, fromkeys, blake2b = orjson.dumps, orjson.OPT_SORT_KEYS, dict.fromkeys, hashlib.blake2b
    for e, text in entries:
        key = (e[1], e[2])
        if per_row[key] == 1 and key not in existing:
            stamp = e[4]
            # protocol.row_hash of the one stamp, inline (its cost showed on a first push)
            digest = int.from_bytes(blake2b(f"{key[1]}|{stamp}".encode(), digest_size=8).digest(), "big")
            new_rows.append((station_id, key[0], key[1], text,
                             dumps(fromkeys(e[3], stamp), option=sort_keys).decode(), signed(digest)))
            continue
        values, clocks = states.setdefault(key, ({}, {}))
        if merge.merge_entry(values, clocks, e[3], e[4]):
            dirty.add(key)
    rows = [(station_id, k[0], k[1], protocol.stored(states[k][0]), protocol.stored(states[k][1]),
             signed(protocol.row_hash(k[1], states[k][1].values()))) for k in dirty]
    new_rows += [r for r in rows if (r[1], r[2]) not in existing]
    old_rows = [r for r in rows if (r[1], r[2]) in existing]
    if new_rows:
        insert_rows(conn, row_state, ROW_STATE_COLUMNS, new_rows)
    if old_rows:
        conn.execute(update(row_state).where(
            row_state.c.station_id == station_id, row_state.c.entity == bindparam("k_entity"),
            row_state.c.row_id == bindparam("k_row_id")).values(
            data=bindparam("v_data"), clocks=bindparam("v_clocks"), row_hash=bindparam("v_row_hash")),
            [{"k_entity": r[1], "k_row_id": r[2], "v_data": r[3], "v_clocks": r[4], "v_row_hash": r[5]}
             for r in old_rows])
