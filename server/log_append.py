"""The log's write path: append a batch of entries under the station's lock, and fold them into
the row states (a row's first state straight from its one entry, the rest through the merge).
Callers (Store.push, county writes, the requests mirror) hold the transaction and the lock.

`row_state.clocks` is the row's per-field clocks as JSON: a map field -> stamp, or, when every field
of the row carries the same stamp (a row written once: the bulk of a first push), that one stamp as a
JSON string (`load_clocks` reads both). The map repeated a 38-character stamp per field and was more
than half of a row state's bytes.
"""

from __future__ import annotations

import hashlib
import operator
from datetime import datetime

import orjson
from sqlalchemy import bindparam, exc, select, update

from desktop.i18n import translate
from desktop.sync import merge, protocol
from server.errors import ApiError
from server.fast_sql import insert_rows, select_in
from server.schema import entry, row_state, station

ENTRY_COLUMNS = ("station_id", "seq", "entry_id", "entity", "row_id", "fields", "hlc", "site", "actor", "device_id",
                 "received_at")
ROW_STATE_COLUMNS = ("station_id", "entity", "row_id", "data", "clocks", "row_hash")
_ROW_ID = operator.itemgetter(2)


def signed(value: int) -> int:
    """A 64-bit hash as the signed BIGINT both databases store."""
    return value - (1 << 64) if value >= 1 << 63 else value


def now_s() -> datetime:
    """The local time to the second, as the server stamps received_at, created_at and the like."""
    return datetime.now().replace(microsecond=0)


def clocks_text(values: dict, clocks: dict) -> str:
    """row_state.clocks as stored: one stamp for every field as a JSON string, else the sorted map."""
    if clocks and clocks.keys() == values.keys():
        stamps = iter(clocks.values())
        first = next(stamps)
        if all(s == first for s in stamps):
            return orjson.dumps(first).decode()
    return protocol.stored(clocks)


def load_clocks(text: str | bytes, values: dict) -> dict:
    """The per-field clocks of a stored row state (`values`: its data, already parsed)."""
    clocks = orjson.loads(text)
    return dict.fromkeys(values, clocks) if clocks.__class__ is str else clocks


def append(conn, station_id: str, device_id: str, entries: list[tuple],
            texts: list[str], last_seq: int | None = None) -> tuple[int, int]:
    """`entries`: (id, entity, row_id, fields, hlc, site, actor) tuples; `texts`: their field maps as stored;
    `last_seq`: the station's sequence when the caller has already read it under its lock."""
    if last_seq is None:
        last_seq = conn.scalar(select(station.c.last_seq).where(station.c.id == station_id).with_for_update())
    if last_seq is None:
        raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
    seen = _seen(conn, station_id, list({e[0] for e in entries}))
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

def _seen(conn, station_id: str, ids: list[str]) -> set[str]:
    """The ids of `ids` the station's log already holds. On SQLite (text compared as bytes, the order of
    Python's str) first by one range read: a PC's new ids are UUIDv7, close together, and on a first push
    the range holds none of the log (one index seek, not one per id); many rows in the range (other PCs'
    entries of the same minutes): by the ids themselves."""
    if not ids:
        return set()
    if conn.dialect.name == "sqlite" and len(ids) > 100:
        most = 2 * len(ids)
        rows = conn.exec_driver_sql('SELECT entry_id FROM "entry" WHERE station_id = ? AND entry_id >= ? AND '
                                    'entry_id <= ? LIMIT ?', (station_id, min(ids), max(ids), most + 1)).fetchall()
        if len(rows) <= most:
            return {r[0] for r in rows}.intersection(ids)
    return {r[0] for r in select_in(conn, 'SELECT entry_id FROM "entry" WHERE station_id = {mark} '
                                          'AND entry_id IN ({marks})', [station_id], ids)}


def merge_rows(conn, station_id: str, entries: list[tuple[tuple, str]]) -> None:
    """Fold entries into the row states. A row with no state that one entry of the batch names (the
    bulk of a first push) gets its state straight from the entry: its values are the entry's fields
    (already encoded), its clocks the entry's stamp on every field. Other rows go through the merge.
    Each table's row count and digest (row_digest) move with the rows, in the same transaction."""
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
    old_hash: dict[tuple[str, str], int] = {}
    for entity, row_ids in keys.items():
        for row_id, data, clocks, row_hash in select_in(
                conn, 'SELECT row_id, data, clocks, row_hash FROM row_state WHERE station_id = {mark} AND '
                'entity = {mark} AND row_id IN ({marks})', [station_id, entity], list(row_ids)):
            values = orjson.loads(data)
            states[(entity, row_id)] = (values, load_clocks(clocks, values))
            old_hash[(entity, row_id)] = row_hash
    dirty = set()
    new_rows = []
    moved: dict[str, list[int]] = {}  # entity -> [rows added, XOR of the change to its digest]
    # a stamp as a JSON string is itself in quotes when nothing in it needs escaping (the wire's stamps never
    # do: digits, hex, letters, '-', '_'); else orjson spells it
    stamps = "".join([e[4] for e, _ in entries])
    plain = '"' not in stamps and "\\" not in stamps and stamps.isprintable()
    dumps, blake2b, from_bytes = orjson.dumps, hashlib.blake2b, int.from_bytes
    move = moved_entity = None
    for e, text in entries:
        key = (e[1], e[2])
        if per_row[key] == 1 and key not in old_hash:
            stamp = e[4]
            # protocol.row_hash of the one stamp, inline (its cost showed on a first push)
            digest = from_bytes(blake2b(f"{key[1]}|{stamp}".encode(), digest_size=8).digest(), "big")
            # its clocks: the one stamp on every field (clocks_text), unless it has no field at all
            new_rows.append((station_id, key[0], key[1], text,
                             ('"' + stamp + '"' if plain else dumps(stamp).decode()) if e[3] else "{}",
                             digest - (1 << 64) if digest >= 1 << 63 else digest))
            if key[0] != moved_entity:
                moved_entity = key[0]
                move = moved.setdefault(moved_entity, [0, 0])
            move[0] += 1
            move[1] ^= digest
            continue
        values, clocks = states.setdefault(key, ({}, {}))
        if merge.merge_entry(values, clocks, e[3], e[4]):
            dirty.add(key)
    rows = [(station_id, k[0], k[1], protocol.stored(states[k][0]), clocks_text(*states[k]),
             signed(protocol.row_hash(k[1], states[k][1].values()))) for k in dirty]
    old_rows = [r for r in rows if (r[1], r[2]) in old_hash]
    for r in rows:
        if (r[1], r[2]) not in old_hash:  # a new row with several entries in the batch
            new_rows.append(r)
            move = moved.setdefault(r[1], [0, 0])
            move[0] += 1
            move[1] ^= r[5] & MASK
    if new_rows:
        # by row id: the inserts walk each table's part of the key in order (sorting the whole tuples cost
        # more than it saved, as their first items are equal)
        new_rows.sort(key=_ROW_ID)
        insert_rows(conn, row_state, ROW_STATE_COLUMNS, new_rows)
    if old_rows:
        conn.execute(update(row_state).where(
            row_state.c.station_id == station_id, row_state.c.entity == bindparam("k_entity"),
            row_state.c.row_id == bindparam("k_row_id")).values(
            data=bindparam("v_data"), clocks=bindparam("v_clocks"), row_hash=bindparam("v_row_hash")),
            [{"k_entity": r[1], "k_row_id": r[2], "v_data": r[3], "v_clocks": r[4], "v_row_hash": r[5]}
             for r in old_rows])
    # the tables' digests: each new row's hash XORed in (above), each changed row's old one out and new one in
    for r in old_rows:
        move = moved.setdefault(r[1], [0, 0])
        move[1] ^= (r[5] ^ old_hash[(r[1], r[2])]) & MASK
    if moved:
        add_digests(conn, station_id, moved)


MASK = (1 << 64) - 1


def add_digests(conn, station_id: str, moved: dict[str, list[int]]) -> None:
    """Move the stored count and digest of each table in `moved` (entity -> [rows added, XOR of the
    change]). Under the station's lock, like every write of its row states."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    have = dict(((entity, (rows, digest)) for entity, rows, digest in conn.exec_driver_sql(
        f"SELECT entity, row_count, digest FROM row_digest WHERE station_id = {mark}", (station_id,)).fetchall()))
    out = []
    for entity, (added, change) in moved.items():
        rows, digest = have.get(entity, (0, 0))
        out.append((station_id, entity, rows + added, signed((digest & MASK) ^ change)))
    conn.exec_driver_sql(f"INSERT INTO row_digest (station_id, entity, row_count, digest) VALUES ({mark}, {mark}, "
                         f"{mark}, {mark}) ON CONFLICT (station_id, entity) DO UPDATE SET "
                         "row_count = excluded.row_count, digest = excluded.digest", out)


def table_digests(conn, station_id: str | None = None) -> dict[tuple[str, str], tuple[int, int]]:
    """(station, table) -> (rows, digest) recomputed from the row states themselves (the migration that
    added row_digest fills it with this; tests compare it with what the pushes kept)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = "SELECT station_id, entity, row_hash FROM row_state"
    result = conn.exec_driver_sql(sql + f" WHERE station_id = {mark}", (station_id,)) if station_id else \
        conn.exec_driver_sql(sql)
    out: dict[tuple[str, str], list[int]] = {}
    while rows := result.fetchmany(10_000):
        for station_id_, entity, row_hash in rows:
            acc = out.get((station_id_, entity))
            if acc is None:
                out[(station_id_, entity)] = [1, row_hash & MASK]
            else:
                acc[0] += 1
                acc[1] ^= row_hash & MASK
    return {k: (v[0], signed(v[1])) for k, v in out.items()}


# --- PostgreSQL: a push in one round trip -------------------------------------------------------------
#
# The station's lock, then one statement that does the rest of the common case: it leaves out the ids the
# log already holds, numbers and inserts the new entries, moves the station's sequence, writes the state of
# each row that one entry of the batch names and that has no state yet, and moves the tables' digests by
# those rows. Both are sent together (psycopg's pipeline mode): the lock is granted before the second
# statement starts, which then reads (READ COMMITTED: its own snapshot) every entry a push before it
# committed. What it could not write straight (a row with a state already, or named by several entries of
# the batch) comes back as the entries' places in the batch, and goes through merge_rows, in the same
# transaction. Ten round trips a push were about half of the server's and PostgreSQL's CPU under load.

PG_LOCK = "SELECT floor_ms, last_seq FROM station WHERE id = %s FOR UPDATE"
PG_APPEND = """
WITH b AS (
  SELECT j->>0 AS entry_id, j->>1 AS entity, j->>2 AS row_id, j->>3 AS fields, j->>4 AS hlc, j->>5 AS site,
         j->>6 AS actor, j->>7 AS clocks, (j->>8)::bigint AS row_hash, t.n
  FROM jsonb_array_elements(%(batch)s::jsonb) WITH ORDINALITY AS t(j, n)),
st AS (SELECT last_seq FROM station WHERE id = %(station)s),
fresh AS (
  SELECT b.*, row_number() OVER (ORDER BY b.n) AS k FROM b
  WHERE (SELECT 1 FROM entry e WHERE e.station_id = %(station)s AND e.entry_id = b.entry_id) IS NULL),
ins_entry AS (
  INSERT INTO entry (station_id, seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id, received_at)
  SELECT %(station)s, st.last_seq + f.k, f.entry_id, f.entity, f.row_id, f.fields, f.hlc, f.site, f.actor,
         %(device)s, %(received)s FROM fresh f, st ORDER BY f.k),
moved AS (
  UPDATE station SET last_seq = last_seq + (SELECT count(*) FROM fresh)
  WHERE id = %(station)s AND EXISTS (SELECT 1 FROM fresh)),
ins_row AS (
  INSERT INTO row_state (station_id, entity, row_id, data, clocks, row_hash)
  SELECT %(station)s, f.entity, f.row_id, f.fields, f.clocks, f.row_hash FROM fresh f, st
  WHERE f.clocks IS NOT NULL ORDER BY f.entity, f.row_id
  ON CONFLICT DO NOTHING RETURNING entity, row_id, row_hash),
digest AS (
  INSERT INTO row_digest AS d (station_id, entity, row_count, digest)
  SELECT %(station)s, entity, count(*), bit_xor(row_hash) FROM ins_row GROUP BY entity
  ON CONFLICT (station_id, entity) DO UPDATE SET row_count = d.row_count + excluded.row_count,
                                                 digest = d.digest # excluded.digest)
SELECT (SELECT last_seq FROM st), (SELECT count(*) FROM fresh),
       ARRAY(SELECT f.n FROM fresh f WHERE f.clocks IS NULL OR NOT EXISTS (
             SELECT 1 FROM ins_row r WHERE r.entity = f.entity AND r.row_id = f.row_id) ORDER BY f.n)
"""


def append_postgres(conn, station_id: str, device_id: str, entries: list[tuple], texts: list[str],
                    check=None) -> tuple[int, int]:
    """append() on PostgreSQL in one round trip (PG_LOCK and PG_APPEND pipelined), then merge_rows for
    what the statement could not write straight. `check(floor_ms)`: called with the station's floor once
    its lock is held; what it raises rolls the whole push back (nothing of it is committed)."""
    import psycopg

    batch, kept = [], []
    ids: set[str] = set()
    per_row: dict[tuple[str, str], int] = {}
    for e, text in zip(entries, texts, strict=True):
        if e[0] in ids:  # the same id twice in a batch: the first one counts, as in append()
            continue
        ids.add(e[0])
        kept.append((e, text))
        key = (e[1], e[2])
        per_row[key] = per_row.get(key, 0) + 1
    dumps, blake2b, from_bytes = orjson.dumps, hashlib.blake2b, int.from_bytes
    for e, text in kept:
        if per_row[(e[1], e[2])] == 1:  # the row's state straight from its one entry (as merge_rows does)
            stamp = e[4]
            digest = from_bytes(blake2b(f"{e[2]}|{stamp}".encode(), digest_size=8).digest(), "big")
            batch.append((e[0], e[1], e[2], text, e[4], e[5], e[6], dumps(stamp).decode() if e[3] else "{}",
                          digest - (1 << 64) if digest >= 1 << 63 else digest))
        else:
            batch.append((e[0], e[1], e[2], text, e[4], e[5], e[6], None, None))
    driver = conn.connection.driver_connection
    params = {"batch": dumps(batch).decode(), "station": station_id, "device": device_id, "received": now_s()}
    try:
        with driver.pipeline():
            locked = driver.execute(PG_LOCK, (station_id,), prepare=True)
            appended = driver.execute(PG_APPEND, params, prepare=True)
        lock_row, (last_seq, fresh, merge_at) = locked.fetchone(), appended.fetchone()
    except psycopg.Error as error:
        raise exc.DBAPIError.instance(PG_APPEND, None, error, psycopg.Error) from error
    if lock_row is None:
        raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
    if check is not None:
        check(lock_row[0] or 0)
    if not fresh:
        return 0, last_seq
    if merge_at:
        merge_rows(conn, station_id, [kept[n - 1] for n in merge_at])
    return fresh, last_seq + fresh
