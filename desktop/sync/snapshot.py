"""Initial sync from a snapshot: each synced table's current rows (winning values and per-field
clocks), not a replay of the log (wire: desktop.sync.snapshot_wire; server: server.snapshot).

`take(db, client, ...)` reads the answer line by line. Each batch is checked on the calling thread
(the wire schema, the stamps, the digest, the rows' insert tuples: `Writer.prepare`), then written in
database steps (`on_db`, `Writer.write`): a step commits once it has run STEP_SECONDS (or written
STEP_ROWS rows), so a kiosk tap queued on the database worker waits for a few tens of milliseconds at
most; its rows go in with one `executemany` of ready tuples per CHUNK_ROWS. The digest of every
table, computed while inserting, is compared with the server's at the end. The cursor the snapshot
is consistent with is recorded only after the last batch: a snapshot cut or killed half way leaves
the pull cursor where it was, and the next sync takes the snapshot again. Rows written by the cut
one are there already, and are merged field by field (last writer wins, as for any entry), so
taking it again is safe.

A table that is empty when the snapshot reaches it (a fresh PC) is filled without its secondary
indexes: they are dropped, noted in `meta` in the same transaction (INDEX_META), and built again
after the last batch, one database step each (many small commits into random places of an index
rewrote most of its pages every time: 4x the raw insert). A PC killed in between builds them at the
start of its next sync (`restore_indexes`, the engine's first step). Unique indexes stay.

The result is what a replay of the log gives, row for row:
- a row the PC has is merged field by field, as its entries would be;
- a new row is inserted with the clocks a replay stores (one row base "*" when one stamp won every
  column, else the stamp of each field); fields and tables this version does not know go to
  sync_extra, as the applier puts them;
- the rows a replay would not write as they are come through the log instead, with the applier
  (desktop.sync.apply): rows with an entry that breaks the wire schema (the server sends their log
  inline), and rows the PC finds wrong itself (a value or stamp the schema refuses, a stamp more than
  a day ahead of this PC's clock, a new row missing a required field, a reference to a row that is
  not here, a row the database refuses): their tables are pulled again from the log (the engine's
  targeted re-pull), where the applier holds or quarantines exactly what a replay does.

When to take a snapshot is the engine's rule (desktop.sync.engine.wants_snapshot).
"""

from __future__ import annotations

import hashlib
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import SQLModel

from desktop.i18n import translate
from desktop.models.base import NOT_DATA, SYNCED
from desktop.sync import apply as applier
from desktop.sync import merge, protocol, quarantine, schema
from desktop.sync import snapshot_rows as snaprows
from desktop.sync import snapshot_wire as wire
from desktop.sync.apply import EXTRA, WRITE_ERRORS, fault, get_meta, set_meta
from desktop.sync.clock import DAY_MS
from desktop.sync.journal import JOURNALED, clocks_decode
from desktop.sync.snapshot_indexes import drop_indexes, dropped_indexes, rebuild_index, restore_indexes
from desktop.sync.wire import from_wire, to_wire

STEP_ROWS = 20_000  # rows per database step at most (a batch line of the server is cut to this)
STEP_SECONDS = 0.03  # a database step's time, its commit included: a kiosk tap waits for one step
CHUNK_ROWS = 250  # rows written between two looks at the step's clock
MIN_STEP_ROWS = 20
IN_CHUNK = 500

class Unusable(Exception):
    """The snapshot cannot be read (a server of another version, or a broken answer): replay the log."""


@dataclass
class Outcome:
    cursor: int = 0
    rows: int = 0  # rows received
    inserted: int = 0
    merged: int = 0  # rows this PC had already, merged field by field
    replayed: int = 0  # entries of rows replayed through the applier
    repull: set[str] = field(default_factory=set)  # tables to pull again from the log (rows found wrong here)
    digests_equal: bool = False  # every table's digest, computed while inserting, is the server's

    @property
    def verified(self) -> bool:
        """The PC now holds exactly the server's rows at the cursor (no separate check needed)."""
        return self.digests_equal and not self.merged and not self.replayed and not self.repull


def table_order() -> list[str]:
    """Synced tables, parents first."""
    return [t.name for t in SQLModel.metadata.sorted_tables if t.name in SYNCED]


def _lines(response, counted: list[int]) -> Iterator[dict]:
    """The answer's lines, parsed; `counted[0]` grows by the bytes read off the wire (gzipped)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) \
        if response.headers.get("Content-Encoding", "").lower() == "gzip" else None
    rest = b""
    for chunk in response.raw.stream(256 * 1024, decode_content=False):
        counted[0] += len(chunk)
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk)
            except zlib.error:
                raise Unusable("gzip") from None
        rest += chunk
        *complete, rest = rest.split(b"\n")
        for raw in complete:
            if raw:
                yield _parse(raw)
    if rest.strip():
        yield _parse(rest)


def _parse(raw: bytes) -> dict:
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise Unusable("line") from None
    if not isinstance(value, dict):
        raise Unusable("line")
    return value


def take(db, client, progress: Callable[[str, int, int | None], None], cancel_check: Callable[[], None], *,
         on_db: Callable[..., Any]) -> Outcome | None:
    """Take the station's snapshot into this PC. None when the server has none to give (an older
    server, another snapshot version, other wire rules): the engine then replays the log."""
    response = client.request("GET", "/v1/snapshot", stream=True, accept=(404, 405, 422),
                              params={"version": wire.SNAPSHOT_VERSION, "order": ",".join(table_order())})
    counted = [0]
    # the UI's database worker (desktop.ui.ops.Ops.on_db) lets user actions go first: the Python work of
    # a batch waits for them too, as it would hold the GIL their callbacks and queries need
    pause = getattr(getattr(on_db, "__self__", None), "wait_for_users", None)
    try:
        if response.status_code != 200:
            counted[0] += len(response.content)
            return None
        lines = _lines(response, counted)
        with protocol.bulk():
            header = next(lines, None)
            if not (isinstance(header, dict) and header.get("snapshot") == wire.SNAPSHOT_VERSION
                    and isinstance(header.get("cursor"), int) and header["cursor"] >= 0
                    and isinstance(header.get("rows"), int)):
                return None
            if header.get("rules") != schema.fingerprint():
                return None  # the server judged its rows by other rules: a replay judges them by ours
            writer = Writer(db)
            outcome = Outcome(cursor=header["cursor"])
            total = header["rows"]
            end = None
            steps = 0
            try:
                for line in lines:
                    cancel_check()
                    if line.get("end") is True:
                        end = line
                        break
                    if "entries" in line:
                        outcome.replayed += on_db(writer.replay, line)
                        continue
                    for part in _split(line):
                        if pause is not None:
                            pause()
                        plan = writer.prepare(part)  # the checks here, the writes on the database worker
                        position = 0
                        while position < len(plan.keep):
                            cancel_check()
                            position = on_db(writer.write, plan, position)
                            fault("snapshot.batch")
                            steps += 1
                            if steps % applier.CHECKPOINT_STEPS == 0:
                                applier.checkpoint(db)  # here, not on the database worker
                        outcome.rows += len(part["ids"])
                        progress("pull", outcome.rows, total)
                if end is None:
                    raise client_error()
            except BaseException:
                try:  # the indexes dropped for a fresh table come back now (else at the next sync)
                    on_db(restore_indexes, db)
                except Exception:  # noqa: BLE001  (the error that stopped the snapshot is the one to report)
                    pass
                raise
            applier.checkpoint(db)
            for name in on_db(dropped_indexes, db):  # one database step each
                on_db(rebuild_index, db, name)
            outcome.repull = writer.repull
            outcome.inserted, outcome.merged = writer.inserted, writer.merged
            outcome.digests_equal = writer.digests_equal(end.get("tables"))
            on_db(writer.finish, outcome.cursor)
            return outcome
    finally:
        client.bytes_received += counted[0] + 17 + sum(len(k) + len(v) + 4 for k, v in response.headers.items())
        response.close()


def client_error():
    from desktop.sync.client import SyncError

    return SyncError(translate("sync.client", "The connection to the county server broke off during the transfer, so not everything arrived. Sync again later; nothing will be doubled or lost."))


def _split(line: dict) -> Iterator[dict]:
    """A batch line, checked for shape, cut into steps of STEP_ROWS rows."""
    entity, ids, names, columns, stamps = (line.get(k) for k in ("table", "ids", "fields", "values", "stamps"))
    if not (isinstance(entity, str) and isinstance(ids, list) and isinstance(names, list)
            and isinstance(columns, list) and isinstance(stamps, list) and len(columns) == len(names)
            and len(stamps) == len(ids) and all(isinstance(c, list) and len(c) == len(ids) for c in columns)
            and all(isinstance(n, str) for n in names) and len(set(names)) == len(names)):
        raise Unusable("batch")
    for start in range(0, len(ids), STEP_ROWS):
        end = start + STEP_ROWS
        yield {"table": entity, "ids": ids[start:end], "fields": names, "values": [c[start:end] for c in columns],
               "stamps": stamps[start:end]}


def _row_stamps(stamp: Any, count: int) -> list[str] | None:
    if isinstance(stamp, list) and len(stamp) == count and all(isinstance(s, str) for s in stamp):
        return stamp
    return None


def _open(conn) -> None:
    """Open the step's transaction with a write (the driver begins one only before a write; a savepoint
    outside a transaction would commit on its own), then defer the foreign keys to its commit."""
    set_meta(conn, "snapshot_step", "1")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


class Plan:
    """One batch, checked on the calling (network) thread: what the database steps write."""

    __slots__ = ("entity", "ids", "names", "columns", "stamps", "keep", "params", "extras", "unfilled")

    def __init__(self, entity, ids, names, columns, stamps, keep, params, extras, unfilled=frozenset()):
        self.entity, self.ids, self.names, self.columns, self.stamps = entity, ids, names, columns, stamps
        self.keep = keep  # indices of the rows to write (the others are re-pulled from the log)
        self.params = params  # keep[j]'s insert tuple (a synced table)
        self.extras = extras  # names of fields this version does not know
        self.unfilled = unfilled  # rows missing a required field


class Writer:
    """Writes the snapshot's batches; one instance per snapshot. `prepare` (pure Python: the checks,
    the digest, the rows' insert tuples) runs on the calling thread; `write`, `rebuild` and `finish`
    run on the database worker, each a step bounded by STEP_SECONDS."""

    def __init__(self, db):
        self.db = db
        self.limit = db.clock.physical() + DAY_MS  # a stamp past this is held by the applier
        self.present: dict[str, set[str]] = {}  # ids known to be in this PC's tables
        self.empty: dict[str, bool] = {}  # table -> it was empty when the snapshot reached it
        self.digests: dict[str, list[int]] = {}  # table -> [rows, xor of row hashes]
        self.repull: set[str] = set()
        self.inserted = self.merged = 0
        self.newest = ""
        self.row_cost = 40e-6  # seconds a row costs in a step (commit included), as measured

    # --- one batch, on the calling thread --------------------------------------------

    def prepare(self, part: dict) -> Plan:
        entity, ids, names, columns = part["table"], part["ids"], part["fields"], part["values"]
        count = len(names)
        raw = part["stamps"]
        # a row's stamps: one text when one stamp won every field (the usual row), else one per field
        stamps = [s if s.__class__ is str else _row_stamps(s, count) for s in raw]
        digest = self.digests.setdefault(entity, [0, 0])
        bad = wire.bad_rows(entity, names, columns) if ids else set()
        flat = {s for s in stamps if s.__class__ is str}
        flat.update(s for row in stamps if row.__class__ is list for s in row)
        if not wire.stamps_ok(list(flat)):
            flat = {s for s in flat if wire.stamps_ok([s])}
        if not wire.ids_ok(ids):
            bad.update(i for i, row_id in enumerate(ids) if not wire.ids_ok([row_id]))
        limit = self.limit
        blake2b = hashlib.blake2b
        acc, newest = 0, self.newest
        for i, row in enumerate(stamps):
            row_id = ids[i]
            if row is None or row_id.__class__ is not str:
                digest[1] = -1  # cannot be hashed: the digests differ, the engine's check runs
                bad.add(i)
                continue
            if row.__class__ is str:
                if row:  # protocol.row_hash of one stamp, inline
                    acc ^= int.from_bytes(blake2b(f"{row_id}|{row}".encode(), digest_size=8).digest(), "big")
                else:
                    acc ^= protocol.row_hash(row_id, ())
                if row not in flat or int(row[:16]) > limit:
                    bad.add(i)
                elif row > newest:
                    newest = row
                continue
            acc ^= protocol.row_hash(row_id, row)
            if any(s not in flat or int(s[:16]) > limit for s in row):
                bad.add(i)
                continue
            top = max(row, default="")
            if top > newest:
                newest = top
        self.newest = newest
        digest[0] += len(ids)  # the server's digest counts every row with the stamps it has
        if digest[1] >= 0:
            digest[1] ^= acc
        if bad:
            self.repull.add(entity)
        keep = [i for i in range(len(ids)) if i not in bad] if bad else list(range(len(ids)))
        if entity not in SYNCED:
            return Plan(entity, ids, names, columns, stamps, keep, None, None)
        _table, known, required, _refs = snaprows.shape(entity)
        known_set = set(known)
        extras = [n for n in names if n not in known_set and n not in NOT_DATA]
        unfilled: set[int] = set()  # rows missing a required field (held by a replay if new)
        position = {n: k for k, n in enumerate(names)}
        for name in required:
            k = position.get(name)
            if k is None:
                unfilled.update(keep)
            elif None in columns[k]:
                unfilled.update(i for i in keep if columns[k][i] is None)
        return Plan(entity, ids, names, columns, stamps, keep, snaprows.insert_params(entity, ids, names, columns, stamps, keep),
                    extras, unfilled)

    # --- the database steps --------------------------------------------------------------

    def write(self, plan: Plan, start: int = 0) -> int:
        """Rows keep[start:] of a batch, in one transaction, until STEP_SECONDS have passed or STEP_ROWS
        rows are written; the position reached (the caller asks again for the rest). Its commit does
        not wait for the disk (synchronous = NORMAL, WAL: the file stays whole on a power cut, the last
        commits may be lost): a lost step is taken again, as the cursor is recorded only by `finish`,
        whose commit (FULL, as every other) makes every step before it durable too."""
        began = time.perf_counter()
        # as many rows as the rows written so far say fit in STEP_SECONDS, the commit included
        # (it writes every page the step changed: in a table with indexes, most of the step's cost)
        fits = max(MIN_STEP_ROWS, int(STEP_SECONDS / self.row_cost))
        end = min(len(plan.keep), start + STEP_ROWS, start + fits)
        position = start
        with protocol.bulk(), applier.lazy_commit(self.db) as outer:
            conn = outer.execution_options(**{JOURNALED: True})
            _open(conn)
            if plan.entity not in SYNCED:
                self._unknown(conn, plan, start, end)
                return end
            self._first_touch(conn, plan.entity)
            while position < end:
                stop = min(end, position + CHUNK_ROWS)
                self._rows(conn, plan, position, stop)
                position = stop
                if time.perf_counter() - began >= STEP_SECONDS:
                    break
        cost = (time.perf_counter() - began) / max(1, position - start)
        self.row_cost = max(1e-6, 0.7 * self.row_cost + 0.3 * cost)
        return position

    def _unknown(self, conn, plan: Plan, start: int, end: int) -> None:
        names, columns, count = plan.names, plan.columns, len(plan.names)
        self._extras(conn, plan.entity, [(plan.ids[i], dict(zip(names, (c[i] for c in columns), strict=True)),
                                          dict(zip(names, snaprows.each(plan.stamps[i], count), strict=True)))
                                         for i in plan.keep[start:end]])

    def _first_touch(self, conn, entity: str) -> None:
        """Is the table empty (a fresh PC)? Then no row of the snapshot can be here already, and its
        secondary indexes are dropped until the last batch (`rebuild`): inserting 100,000 rows in many
        small commits into random places of an index rewrote most of its pages at every commit."""
        if entity in self.empty:
            return
        table = snaprows.shape(entity)[0]
        empty = conn.exec_driver_sql(f'SELECT 1 FROM "{table.name}" LIMIT 1').first() is None
        self.empty[entity] = empty
        if empty:
            drop_indexes(conn, table.name)

    def _rows(self, conn, plan: Plan, start: int, end: int) -> None:
        entity, ids, names, columns, stamps = plan.entity, plan.ids, plan.names, plan.columns, plan.stamps
        table, known, required, refs = snaprows.shape(entity)
        rows = plan.keep[start:end]
        params = plan.params[start:end]
        position = {n: k for k, n in enumerate(names)}
        if self.empty[entity]:
            existing: dict[str, Any] = {}  # (a row written here meanwhile makes the insert fail: re-pulled)
            new, old = list(range(len(rows))), []
        else:
            existing = self._existing(conn, table, [ids[i] for i in rows])
            new = [j for j, i in enumerate(rows) if ids[i] not in existing]
            old = [j for j, i in enumerate(rows) if ids[i] in existing]
        wrong = set()
        if plan.unfilled:  # a new row missing a required field is held by a replay
            wrong.update(j for j in new if rows[j] in plan.unfilled)
        for col, target in refs:  # and so is a row naming a row that is not here
            k = position.get(col)
            if k is None:
                continue
            column = columns[k]
            wanted = {column[i] for i in rows}
            wanted.discard(None)
            if self.present.get(target, ()) and wanted <= self.present[target]:
                continue  # (the usual case: its parents came in the tables before)
            missing = self._absent(conn, target, wanted)
            if missing:
                wrong.update(j for j, i in enumerate(rows) if column[i] in missing)
        if wrong:
            self.repull.add(entity)
            new = [j for j in new if j not in wrong]
            old = [j for j in old if j not in wrong]
        if new:
            refused = self._insert(conn, entity, table, [params[j] for j in new])
            new = [j for n, j in enumerate(new) if n not in refused]
        if old:
            self._merge(conn, entity, table, set(known), ids, names, columns, stamps, [rows[j] for j in old], existing)
        written = [rows[j] for j in new + old]
        self.present.setdefault(entity, set()).update(ids[i] for i in written)
        if plan.extras:
            ks = [position[n] for n in plan.extras]
            self._extras(conn, entity, [(ids[i], {names[k]: columns[k][i] for k in ks},
                                         {names[k]: snaprows.each(stamps[i], len(names))[k] for k in ks}) for i in written])

    def _existing(self, conn, table, ids: list[str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for start in range(0, len(ids), IN_CHUNK):
            for row in conn.execute(select(table).where(table.c.id.in_(ids[start:start + IN_CHUNK]))):
                out[row._mapping["id"]] = row._mapping
        return out

    def _absent(self, conn, target: str, wanted: set) -> set:
        known = self.present.setdefault(target, set())
        unknown = [v for v in wanted if v not in known]
        if not unknown:
            return set()
        table = SYNCED[target].__table__
        found: set = set()
        for start in range(0, len(unknown), IN_CHUNK):
            found.update(conn.scalars(select(table.c.id).where(table.c.id.in_(unknown[start:start + IN_CHUNK]))))
        known.update(found)
        return set(unknown) - found

    def _insert(self, conn, entity, table, params: list[tuple]) -> set[int]:
        """New rows, one executemany of ready tuples; the positions (in `params`) of rows refused."""
        sql = snaprows.insert_sql(entity)
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(sql, params)
            self.inserted += len(params)
            return set()
        except WRITE_ERRORS:
            pass
        refused = set()
        for n, values in enumerate(params):  # row by row: the rows it refuses come through the log
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql, [values])
                self.inserted += 1
            except WRITE_ERRORS:
                self.repull.add(entity)
                refused.add(n)
        return refused

    def _merge(self, conn, entity, table, known_set, ids, names, columns, stamps, rows, existing) -> None:
        """Rows this PC has: each field merged as its entry would be (last writer wins)."""
        from sqlalchemy import bindparam, update

        groups: dict[tuple[str, ...], list[dict]] = {}
        fields = [(k, n) for k, n in enumerate(names) if n in known_set]
        for i in rows:
            current = existing[ids[i]]
            values = {n: to_wire(current[n]) for _, n in fields}
            clocks = clocks_decode(current["field_clocks"])
            changed: dict[str, Any] = {}
            row_stamps = snaprows.each(stamps[i], len(names))
            for k, n in fields:
                changed.update(merge.merge_entry(values, clocks, {n: columns[k][i]}, row_stamps[k]))
            if not changed:
                continue
            params = {f"v_{c}": from_wire(entity, c, v) for c, v in changed.items()}
            params["v_field_clocks"], params["v_id"] = protocol.stored(clocks), ids[i]
            groups.setdefault(tuple(sorted(changed)), []).append(params)
        for cols, params in groups.items():
            stmt = update(table).where(table.c.id == bindparam("v_id")).values(
                {c: bindparam(f"v_{c}") for c in (*cols, "field_clocks")})
            try:
                with conn.begin_nested():
                    conn.execute(stmt, params)
            except WRITE_ERRORS:
                self.repull.add(entity)
        self.merged += len(rows)

    def _extras(self, conn, entity: str, rows: list[tuple[str, dict, dict]]) -> None:
        """Fields (or a table) this version does not know, kept as the applier keeps them."""
        for row_id, values, clocks in rows:
            for name, value in values.items():
                if name in NOT_DATA:
                    continue
                stamp = clocks[name]
                current = conn.execute(select(EXTRA.c.value, EXTRA.c.hlc).where(
                    EXTRA.c.entity == entity, EXTRA.c.row_id == row_id, EXTRA.c.field == name)).first()
                if current is not None and not merge.wins(stamp, value, current.hlc, orjson.loads(current.value)):
                    continue
                stmt = sqlite_insert(EXTRA).values(entity=entity, row_id=row_id, field=name,
                                                   value=protocol.canonical(value), hlc=stamp)
                conn.execute(stmt.on_conflict_do_update(
                    index_elements=["entity", "row_id", "field"], set_={"value": stmt.excluded.value, "hlc": stamp}))

    # --- rows whose log comes inline -------------------------------------------------

    def replay(self, line: dict) -> int:
        """Rows with an entry that breaks the wire schema: their log through the applier, as a replay."""
        entries = line.get("entries")
        if not isinstance(entries, list):
            raise Unusable("entries")
        with protocol.bulk(), self.db.engine.begin() as conn:
            conn = conn.execution_options(**{JOURNALED: True})
            _open(conn)
            good: list[dict] = []
            bad: list[tuple] = []
            applier.sort_out(entries, self.db.station_id, good, bad)
            run = applier.Applier(conn, self.db)
            run.run(good)
            quarantine.reject(conn, bad + run.rejected)
        return len(entries)

    # --- the end ------------------------------------------------------------------------

    def digests_equal(self, tables: Any) -> bool:
        if not isinstance(tables, dict):
            return False
        if any(acc < 0 for _, acc in self.digests.values()):
            return False
        ours = {name: (n, f"{acc:016x}") for name, (n, acc) in self.digests.items() if n}
        theirs = {}
        for name, summary in tables.items():
            if not (isinstance(summary, dict) and isinstance(summary.get("count"), int)):
                return False
            if summary["count"]:
                theirs[name] = (summary["count"], summary.get("digest"))
        return ours == theirs

    def finish(self, cursor: int) -> None:
        """Record the cursor the snapshot is consistent with: the log after it follows."""
        if self.newest:
            self.db.clock.observe(self.newest)
        with self.db.engine.begin() as conn:
            if cursor > int(get_meta(conn, "pull_cursor", "0")):
                set_meta(conn, "pull_cursor", cursor)
            staged = get_meta(conn, "staged_cursor")
            if staged is not None and cursor > int(staged):
                set_meta(conn, "staged_cursor", cursor)
            set_meta(conn, "hlc", self.db.clock.last)
        if self.db.station_id is None:
            with self.db.engine.connect() as conn:
                station = conn.scalar(select(SYNCED["station"].__table__.c.id).limit(1))
            if station:
                self.db.set_station(station)


__all__ = ["Outcome", "Unusable", "Writer", "table_order", "take"]
