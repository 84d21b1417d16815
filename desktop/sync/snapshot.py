"""Initial sync from a snapshot: each synced table's current rows (winning values and per-field
clocks), not a replay of the log (wire: desktop.sync.snapshot_wire; server: server.snapshot).

`take(db, client, ...)` reads the answer line by line. Each batch of rows is one database step
(`on_db`, at most STEP_ROWS rows, its own commit: a kiosk tap queued on the database worker waits
for one step at most), written with one `executemany`; the digest of every table is computed while
inserting and compared with the server's at the end. The cursor the snapshot is consistent with is
recorded only after the last batch: a snapshot cut or killed half way leaves the pull cursor where
it was, and the next sync takes the snapshot again. Rows written by the cut one are there already,
and are merged field by field (last writer wins, as for any entry), so taking it again is safe.

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
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import SQLModel

from desktop.i18n import translate
from desktop.models.base import NOT_DATA, SYNCED, data_columns
from desktop.sync import apply as applier
from desktop.sync import merge, protocol, quarantine, schema
from desktop.sync import snapshot_wire as wire
from desktop.sync.apply import EXTRA, WRITE_ERRORS, fault, get_meta, set_meta
from desktop.sync.clock import DAY_MS
from desktop.sync.journal import JOURNALED, clocks_decode
from desktop.sync.wire import _column_types, from_wire, to_wire

STEP_ROWS = 1000  # rows per database step (a batch line of the server is cut to this)
IN_CHUNK = 500


def _convert(entity: str, name: str, values: list) -> list:
    """desktop.sync.wire.from_wire over a column (the same results, without a call per value)."""
    kind = _column_types(entity).get(name)
    if kind is datetime:
        parse = datetime.fromisoformat
        return [None if v is None else parse(v) if v.__class__ is str else from_wire(entity, name, v)
                for v in values]
    if kind is date:
        parse = date.fromisoformat
        return [None if v is None else parse(v[:10]) if v.__class__ is str else from_wire(entity, name, v)
                for v in values]
    if kind is int and all(v is None or v.__class__ is int for v in values):
        return values
    if kind is bool and all(v is None or v.__class__ is bool for v in values):
        return values
    return [None if v is None else from_wire(entity, name, v) for v in values]


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
            for line in lines:
                cancel_check()
                if line.get("end") is True:
                    end = line
                    break
                if "entries" in line:
                    outcome.replayed += on_db(writer.replay, line)
                    continue
                for part in _split(line):
                    on_db(writer.write, part)
                    fault("snapshot.batch")
                    outcome.rows += len(part["ids"])
                    progress("pull", outcome.rows, total)
            if end is None:
                raise client_error()
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


def _each(stamp: str | list[str], count: int) -> list[str]:
    """A row's stamp per field."""
    return [stamp] * count if stamp.__class__ is str else stamp


_SHAPES: dict[str, tuple] = {}


def _shape(entity: str):
    """(table, data columns, required columns, references to synced tables) of a synced table."""
    shape = _SHAPES.get(entity)
    if shape is None:
        model = SYNCED[entity]
        table = model.__table__
        required = [n for n, info in model.model_fields.items()
                    if info.is_required() and n in table.c and n not in NOT_DATA]
        refs = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.column.table.name in SYNCED]
        shape = _SHAPES[entity] = (table, data_columns(model), required, refs)
    return shape


def _open(conn) -> None:
    """Open the step's transaction with a write (the driver begins one only before a write; a savepoint
    outside a transaction would commit on its own), then defer the foreign keys to its commit."""
    set_meta(conn, "snapshot_step", "1")
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")


class Writer:
    """Writes the snapshot's batches; one instance per snapshot, its methods run on the database worker."""

    def __init__(self, db):
        self.db = db
        self.limit = db.clock.physical() + DAY_MS  # a stamp past this is held by the applier
        self.present: dict[str, set[str]] = {}  # ids known to be in this PC's tables
        self.digests: dict[str, list[int]] = {}  # table -> [rows, xor of row hashes]
        self.repull: set[str] = set()
        self.inserted = self.merged = 0
        self.newest = ""

    # --- one batch -----------------------------------------------------------------

    def write(self, part: dict) -> None:
        """One batch in one transaction. Its commit does not wait for the disk (synchronous = NORMAL, WAL:
        the file stays whole on a power cut, the last commits may be lost): a lost batch is taken again,
        as the cursor is recorded only by `finish`, whose commit (FULL, as every other) makes every
        batch before it durable too."""
        with self.db.engine.connect() as outer:
            outer.exec_driver_sql("PRAGMA synchronous = NORMAL")
            outer.commit()
            try:
                with protocol.bulk(), outer.begin():
                    conn = outer.execution_options(**{JOURNALED: True})
                    _open(conn)
                    self._write(conn, part)
            finally:
                outer.exec_driver_sql("PRAGMA synchronous = FULL")
                outer.commit()

    def _write(self, conn, part: dict) -> None:
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
        keep = [i for i in range(len(ids)) if i not in bad]
        if entity not in SYNCED:
            self._extras(conn, entity, [(ids[i], dict(zip(names, (c[i] for c in columns), strict=True)),
                                         dict(zip(names, _each(stamps[i], count), strict=True))) for i in keep])
            return
        self._rows(conn, entity, ids, names, columns, stamps, keep)

    def _rows(self, conn, entity, ids, names, columns, stamps, keep) -> None:
        table, known, required, refs = _shape(entity)
        known_set = set(known)
        position = {n: k for k, n in enumerate(names)}
        extra_names = [n for n in names if n not in known_set and n not in NOT_DATA]
        existing = self._existing(conn, table, [ids[i] for i in keep])
        new = [i for i in keep if ids[i] not in existing]
        old = [i for i in keep if ids[i] in existing]
        wrong = set()
        for name in required:  # a new row missing a required field is held by a replay
            k = position.get(name)
            wrong.update(i for i in new if k is None or columns[k][i] is None)
        for col, target in refs:  # and so is a row naming a row that is not here
            k = position.get(col)
            if k is None:
                continue
            wanted = {columns[k][i] for i in keep if columns[k][i] is not None}
            missing = self._absent(conn, target, wanted)
            if missing:
                wrong.update(i for i in keep if columns[k][i] in missing)
        if wrong:
            self.repull.add(entity)
            new = [i for i in new if i not in wrong]
            old = [i for i in old if i not in wrong]
        if new:
            refused = self._insert(conn, entity, table, known, ids, names, columns, stamps, new)
            new = [i for i in new if i not in refused]
        if old:
            self._merge(conn, entity, table, known_set, ids, names, columns, stamps, old, existing)
        self.present.setdefault(entity, set()).update(ids[i] for i in new + old)
        if extra_names:
            ks = [position[n] for n in extra_names]
            self._extras(conn, entity, [(ids[i], {names[k]: columns[k][i] for k in ks},
                                         {names[k]: _each(stamps[i], len(names))[k] for k in ks}) for i in new + old])

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

    def _insert(self, conn, entity, table, known, ids, names, columns, stamps, rows: list[int]) -> set[int]:
        """New rows, one executemany: the values converted a column at a time."""
        plan_columns, cells = applier._insert_plan(entity, conn.dialect)
        position = {n: k for k, n in enumerate(names)}
        known_here = [n for n in names if n in set(known)]
        whole = len(known_here) == len(known)
        out_columns = []
        for name, convert, bind, default in cells:
            if name == "id":
                values = [ids[i] for i in rows]
            elif name == "field_clocks":
                values = [f'{{"*":"{stamps[i]}"}}' if whole and stamps[i].__class__ is str  # protocol.stored's text
                          else protocol.stored(self._clocks(known_here, position, _each(stamps[i], len(names)), whole))
                          for i in rows]
            elif name in position:
                source = columns[position[name]]
                values = [source[i] for i in rows]
                if convert is not None:
                    values = _convert(entity, name, values)
            elif default is not None:
                values = [default.get_default(call_default_factory=True) for _ in rows]
            else:
                values = [None] * len(rows)
            if bind is not None and name not in ("id", "field_clocks"):
                values = [bind(v) for v in values]
            out_columns.append(values)
        params = list(zip(*out_columns, strict=True))
        sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c + chr(34) for c in plan_columns)}) '
               f'VALUES ({", ".join("?" for _ in plan_columns)})')
        try:
            with conn.begin_nested():
                conn.exec_driver_sql(sql, params)
            self.inserted += len(rows)
            return set()
        except WRITE_ERRORS:
            pass
        refused = set()
        for i, values in zip(rows, params, strict=True):  # row by row: the rows it refuses come through the log
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql(sql, [values])
                self.inserted += 1
            except WRITE_ERRORS:
                self.repull.add(entity)
                refused.add(i)
        return refused

    @staticmethod
    def _clocks(known_here: list[str], position: dict, row: list[str], whole: bool) -> dict[str, str]:
        clocks = {n: row[position[n]] for n in known_here}
        stamps = set(clocks.values())
        if whole and len(stamps) == 1:
            return {merge.BASE: stamps.pop()}
        return clocks

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
            row_stamps = _each(stamps[i], len(names))
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
