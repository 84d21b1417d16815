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
import sqlite3
from collections.abc import Callable
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

# --- SQLite: a batch of new rows written by SQLite from its log rows ----------------------------------
#
# A first push is batches of thousands of entries that each name a row of their own with no state yet. For
# those, append_new_rows writes the entries with one executemany and then every row state with one
# statement (ROW_STATE_FROM_LOG) that reads them back from the log rows just written: SQLite copies the
# fields itself, where the general way (append, merge_rows) sent each row's text a second time through the
# driver. Hand-written because no library does this: it is this schema's own statement.
#
# The statement takes its one parameter list as JSON (json_each): sqlite3 lets go of the interpreter lock for
# the whole of a one-parameter statement, while its executemany takes the lock back for every row, and with
# another thread running Python (the next push being decoded) each row can wait the whole switch interval
# (bench/README.md, "Round ten"). The CROSS JOIN fixes the plan: the hash list outside, each log row found
# by its key (station_id, seq); left to itself the planner may scan the log for every hash.
FRESH_MIN = 256  # entries in a batch from which it goes the new-rows way (smaller batches: no gain)
ROW_STATE_FROM_LOG = (
    "INSERT INTO row_state (station_id, entity, row_id, data, clocks, row_hash) "
    "SELECT e.station_id, e.entity, e.row_id, e.fields, "
    "CASE WHEN e.fields = '{}' THEN '{}' ELSE '\"' || e.hlc || '\"' END, h.value "
    "FROM json_each(?1) AS h CROSS JOIN entry AS e ON e.station_id = ?2 AND e.seq = ?3 + h.key "
    "ORDER BY e.entity, e.row_id")


def plain_stamps(stamps: str) -> bool:
    """Whether stamps (joined) are each their own JSON string between quotes: nothing in them needs escaping
    (the wire's stamps never do: digits, hex, letters, '-', '_'); else orjson spells them."""
    return '"' not in stamps and "\\" not in stamps and stamps.isprintable()


def _literal(text: str) -> str:
    """A text as an SQL literal (the values every row of an executemany shares: not bound per row)."""
    return "'" + text.replace("'", "''") + "'"


def append_new_rows(conn, station_id: str, device_id: str, entries: list[tuple], encoded: list[bytes],
                    stamps: list[str], last_seq: int, logged: Callable[[], None] | None = None) -> int | None:
    """SQLite, under the station's lock: a batch whose every entry is new and names a row of its own that has
    no state yet, appended (the entries, then the row states from them, the digests, the sequence). Returns
    the station's new sequence, or None having written nothing when the batch is not such a batch (then the
    caller goes the general way, append). `entries`: (id, entity, row_id, fields, hlc, site, actor) tuples;
    `encoded`: their field maps as stored, bytes; `stamps`: their stamps; `logged()` is called once
    the entries are in (the push's turn ends there: server.store)."""
    count = len(entries)
    if count < FRESH_MIN or not plain_stamps("".join(stamps)):
        return None
    ids = [e[0] for e in entries]
    if len(set(ids)) != count or len({(e[1], e[2]) for e in entries}) != count or _seen(conn, station_id, ids):
        return None
    blake2b, from_bytes = hashlib.blake2b, int.from_bytes
    hashes, moved = [], {}
    move = moved_entity = None
    for e in entries:
        digest = from_bytes(blake2b(f"{e[2]}|{e[4]}".encode(), digest_size=8).digest(), "big")
        hashes.append(digest - (1 << 64) if digest >= 1 << 63 else digest)
        if e[1] != moved_entity:
            moved_entity = e[1]
            move = moved.setdefault(moved_entity, [0, 0])
        move[0] += 1
        move[1] ^= digest
    raw = conn.connection.dbapi_connection
    first = last_seq + 1
    rows = [(first + n, e[0], e[1], e[2], text, e[4], e[5], e[6])
            for n, (e, text) in enumerate(zip(entries, encoded, strict=True))]
    insert = (f'INSERT INTO "entry" ({", ".join(ENTRY_COLUMNS)}) VALUES ({_literal(station_id)}, ?, ?, ?, ?, '
              f"CAST(? AS TEXT), ?, ?, ?, {_literal(device_id)}, {_literal(now_s().isoformat(' '))})")
    if not raw.in_transaction:
        raw.execute("BEGIN")
    raw.execute("SAVEPOINT new_rows")
    try:
        raw.executemany(insert, rows)
        if logged is not None:
            logged()
        raw.execute(ROW_STATE_FROM_LOG, (orjson.dumps(hashes).decode(), station_id, first))
    except sqlite3.IntegrityError:  # an id logged or a row written meanwhile: the general way decides
        raw.execute("ROLLBACK TO new_rows")
        raw.execute("RELEASE new_rows")
        return None
    except sqlite3.Error as error:
        raise exc.DBAPIError.instance(insert, None, error, sqlite3.Error) from error
    raw.execute("RELEASE new_rows")
    last_seq += count
    conn.exec_driver_sql('UPDATE station SET last_seq = ? WHERE id = ?', (last_seq, station_id))
    add_digests(conn, station_id, moved)
    return last_seq


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
    plain = plain_stamps("".join([e[4] for e, _ in entries]))
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


# --- PostgreSQL: a push in one statement ---------------------------------------------------------------
#
# The common push (every row it names is new, and named by one entry of the batch: a station's new
# volunteers, sign-ins, points) is one statement in its own transaction, on an autocommit connection
# (PG_PUSH): it locks the station's row, leaves out the ids the log already holds, numbers and inserts the
# new entries, moves the station's sequence, writes each row's state straight from its entry and moves the
# tables' digests by those rows. One round trip, where the transaction of ten statements took ten.
#
# A statement reads with the snapshot it started with, and a lock it then waits for does not renew it: a
# push of the same station that committed meanwhile would be missing from what it reads. So it compares the
# station's sequence in its snapshot with the one of the row it locked (the newest version, READ COMMITTED);
# every write of a station's log moves that sequence under this lock, so when the two are equal its snapshot
# holds the whole log. It writes nothing unless they are equal, the floor holds and no row it names has a
# state yet; else the caller goes the transactional way (append_postgres): the lock first, then PG_APPEND in
# a snapshot taken after it, then merge_rows for the rows PG_APPEND could not write straight.

# Plan shapes that stay flat as a station's log grows: the ids are looked up as one index scan with the
# batch's ids as its keys (`= ANY`), a row's state by a scalar subquery per row, which is always an index
# probe (a join or `= ANY` on the row ids let the planner scan the station's whole row states, as it cannot
# know how many ids the batch holds).
# Shared by PG_PUSH and PG_APPEND: the batch (postgres_batch's JSON) as rows, numbered in its order, and
# `fresh`: those whose ids the station's log does not hold yet, numbered again (k) for their sequence
_BATCH = """
WITH b AS (
  SELECT j->>0 AS entry_id, j->>1 AS entity, j->>2 AS row_id, j->>3 AS fields, j->>4 AS hlc, j->>5 AS site,
         j->>6 AS actor, j->>7 AS clocks, (j->>8)::bigint AS row_hash, t.n
  FROM jsonb_array_elements(%(batch)s::jsonb) WITH ORDINALITY AS t(j, n)),
fresh AS (
  SELECT b.*, row_number() OVER (ORDER BY b.n) AS k FROM b
  WHERE b.entry_id NOT IN (SELECT e.entry_id FROM entry e WHERE e.station_id = %(station)s
                           AND e.entry_id = ANY (ARRAY(SELECT entry_id FROM b)))),
"""
PG_PUSH = _BATCH + """snap AS (SELECT last_seq, floor_ms FROM station WHERE id = %(station)s),
locked AS (SELECT last_seq FROM station WHERE id = %(station)s FOR UPDATE),
ok AS (
  SELECT s.last_seq FROM snap s, locked l
  WHERE s.last_seq = l.last_seq AND COALESCE(s.floor_ms, 0) <= %(first_wall)s
    AND NOT EXISTS (SELECT 1 FROM fresh f WHERE (SELECT 1 FROM row_state r WHERE r.station_id = %(station)s
                    AND r.entity = f.entity AND r.row_id = f.row_id) IS NOT NULL)),
ins_entry AS (
  INSERT INTO entry (station_id, seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id, received_at)
  SELECT %(station)s, ok.last_seq + f.k, f.entry_id, f.entity, f.row_id, f.fields, f.hlc, f.site, f.actor,
         %(device)s, %(received)s FROM fresh f, ok ORDER BY f.k),
moved AS (
  UPDATE station SET last_seq = last_seq + (SELECT count(*) FROM fresh)
  WHERE id = %(station)s AND EXISTS (SELECT 1 FROM ok) AND EXISTS (SELECT 1 FROM fresh)),
ins_row AS (
  INSERT INTO row_state (station_id, entity, row_id, data, clocks, row_hash)
  SELECT %(station)s, f.entity, f.row_id, f.fields, f.clocks, f.row_hash FROM fresh f, ok
  ORDER BY f.entity, f.row_id),
digest AS (
  INSERT INTO row_digest AS d (station_id, entity, row_count, digest)
  SELECT %(station)s, f.entity, count(*), bit_xor(f.row_hash) FROM fresh f, ok GROUP BY f.entity
  ON CONFLICT (station_id, entity) DO UPDATE SET row_count = d.row_count + excluded.row_count,
                                                 digest = d.digest # excluded.digest)
SELECT s.last_seq, s.floor_ms, EXISTS (SELECT 1 FROM ok), (SELECT count(*) FROM fresh) FROM snap s
"""

# PG_PUSH_AS: PG_PUSH with the pushing device named by its token's hash (%(token)s, not %(device)s) and checked
# in the statement: it writes only for a device of the station, not revoked; the answer's row ends with the
# device's AUTH_SQL columns (server.store), and there is none for an unknown token. Authentication and push
# in one round trip (bench/README.md, "Round thirteen").
PG_PUSH_AS = (_BATCH.replace("WITH b AS (", "WITH dev AS (SELECT id, station_id, revoked_at, last_seen_at FROM device "
                             "WHERE token_hash = %(token)s),\nb AS (", 1)
              + PG_PUSH[len(_BATCH):]
              .replace("locked AS (SELECT last_seq FROM station WHERE id = %(station)s FOR UPDATE)",
                       "locked AS (SELECT last_seq FROM station WHERE id = %(station)s AND EXISTS (SELECT 1 FROM dev "
                       "WHERE dev.station_id = %(station)s AND dev.revoked_at IS NULL) FOR UPDATE)", 1)
              .replace("%(device)s", "(SELECT id FROM dev)", 1)
              .replace("(SELECT count(*) FROM fresh) FROM snap s",
                       "(SELECT count(*) FROM fresh), dev.id, dev.station_id, dev.revoked_at, dev.last_seen_at "
                       "FROM dev LEFT JOIN snap s ON true", 1))
for _piece in ("dev AS", "EXISTS (SELECT 1 FROM dev", "(SELECT id FROM dev)", "FROM dev LEFT JOIN snap s"):
    assert _piece in PG_PUSH_AS, _piece  # PG_PUSH's text changed: PG_PUSH_AS follows it


class TokenDevice:
    """The pushing device named by its token (push_postgres): `token_hash`; `identify(row)`, the device id
    from the device's AUTH_SQL columns as PG_PUSH_AS reads them (None: no such token), raising the refusals
    (401, 403); `authenticate()`, the device id read on its own, for a batch that goes the transactional
    way from the start."""

    __slots__ = ("token_hash", "identify", "authenticate")

    def __init__(self, token_hash: str, identify: Callable[[tuple | None], str], authenticate: Callable[[], str]):
        self.token_hash, self.identify, self.authenticate = token_hash, identify, authenticate


PG_LOCK = "SELECT floor_ms, last_seq FROM station WHERE id = %s FOR UPDATE"
# PG_APPEND: PG_PUSH's work in a transaction that holds the lock already (its snapshot has the whole log):
# a row with a state, or named by several entries (no stamp for its state: NULL clocks), comes back as its
# entries' places in the batch, for merge_rows
PG_APPEND = _BATCH + """st AS (SELECT last_seq FROM station WHERE id = %(station)s),
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
  WHERE f.clocks IS NOT NULL AND (SELECT 1 FROM row_state r WHERE r.station_id = %(station)s
    AND r.entity = f.entity AND r.row_id = f.row_id) IS NULL
  ORDER BY f.entity, f.row_id
  RETURNING entity, row_id, row_hash),
digest AS (
  INSERT INTO row_digest AS d (station_id, entity, row_count, digest)
  SELECT %(station)s, entity, count(*), bit_xor(row_hash) FROM ins_row GROUP BY entity
  ON CONFLICT (station_id, entity) DO UPDATE SET row_count = d.row_count + excluded.row_count,
                                                 digest = d.digest # excluded.digest)
SELECT (SELECT last_seq FROM st), (SELECT count(*) FROM fresh),
       ARRAY(SELECT f.n FROM fresh f WHERE f.clocks IS NULL OR NOT EXISTS (
             SELECT 1 FROM ins_row r WHERE r.entity = f.entity AND r.row_id = f.row_id) ORDER BY f.n)
"""


def postgres_batch(entries: list[tuple], texts: list[str]) -> tuple[list[tuple[tuple, str]], str, bool]:
    """(the entries kept: the first of each id, as (entry, text); the batch as PG_PUSH and PG_APPEND read it
    (JSON); whether every row is named by one entry). A row named once gets its state's clocks (the stamp)
    and hash, as merge_rows gives a new row."""
    kept, ids = [], set()
    per_row: dict[tuple[str, str], int] = {}
    for e, text in zip(entries, texts, strict=True):
        if e[0] in ids:  # the same id twice in a batch: the first one counts, as in append()
            continue
        ids.add(e[0])
        kept.append((e, text))
        key = (e[1], e[2])
        per_row[key] = per_row.get(key, 0) + 1
    dumps, blake2b, from_bytes = orjson.dumps, hashlib.blake2b, int.from_bytes
    batch = []
    for e, text in kept:
        if per_row[(e[1], e[2])] == 1:
            stamp = e[4]
            digest = from_bytes(blake2b(f"{e[2]}|{stamp}".encode(), digest_size=8).digest(), "big")
            batch.append((e[0], e[1], e[2], text, stamp, e[5], e[6], dumps(stamp).decode() if e[3] else "{}",
                          digest - (1 << 64) if digest >= 1 << 63 else digest))
        else:
            batch.append((e[0], e[1], e[2], text, e[4], e[5], e[6], None, None))
    return kept, dumps(batch).decode(), len(per_row) == len(kept)


def push_postgres(db, station_id: str, device: str | TokenDevice, entries: list[tuple], texts: list[str],
                  first_wall: int, check) -> tuple[int, int]:
    """A push on PostgreSQL: PG_PUSH when every row is named once, else (or when it wrote nothing: a push
    of the same station meanwhile, a row with a state, the floor) append_postgres in a transaction.
    `device`: the device's id, or a TokenDevice (PG_PUSH_AS: its token checked in the same statement);
    `first_wall`: the wall time of the batch's earliest stamp; `check(floor_ms)` refuses the batch (raises)."""
    kept, batch, once = postgres_batch(entries, texts)
    by_token = device if isinstance(device, TokenDevice) else None
    params = {"batch": batch, "station": station_id, "device": device, "received": now_s()}
    if once and kept:
        if by_token is None:
            found = db.read(PG_PUSH, params | {"first_wall": first_wall})
        else:
            found = db.read(PG_PUSH_AS, params | {"first_wall": first_wall, "token": by_token.token_hash})
            device = by_token.identify(found[0][4:] if found else None)  # a refusal first, as authentication is
            if found[0][0] is None:
                found = []
        if not found:
            raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
        last_seq, floor, done, fresh = found[0][:4]
        if done:
            return fresh, last_seq + fresh
        check(floor or 0)  # a stamp before the floor: refused here, else the transactional way says
    elif by_token is not None:
        device = by_token.authenticate()
    with db.engine.begin() as conn:
        return append_postgres(conn, station_id, device, kept, params | {"device": device}, check)


def append_postgres(conn, station_id: str, device_id: str, kept: list[tuple[tuple, str]], params: dict,
                    check=None) -> tuple[int, int]:
    """The station's lock (PG_LOCK), then PG_APPEND (in a snapshot taken after the lock: it sees every push
    before), then merge_rows for what it could not write straight. `kept` and `params`: postgres_batch's
    entries and batch; `check(floor_ms)`: called under the lock, what it raises rolls the push back."""
    import psycopg

    driver = conn.connection.driver_connection
    try:
        lock_row = driver.execute(PG_LOCK, (station_id,), prepare=True).fetchone()
        if lock_row is None:
            raise ApiError(404, protocol.WRONG_STATION, translate("server.store", "The county does not have this station."))
        if check is not None:
            check(lock_row[0] or 0)
        last_seq, fresh, merge_at = driver.execute(PG_APPEND, params, prepare=True).fetchone()
    except psycopg.Error as error:
        raise exc.DBAPIError.instance(PG_APPEND, None, error, psycopg.Error) from error
    if not fresh:
        return 0, last_seq
    if merge_at:
        merge_rows(conn, station_id, [kept[n - 1] for n in merge_at])
    return fresh, last_seq + fresh
