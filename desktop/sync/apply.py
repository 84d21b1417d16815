"""Apply pulled entries to the local store: staging -> tables, in one transaction.

Remote writes are not journaled again (they are not local changes): every
statement here runs with the JOURNALED execution option that the cursor
guard in desktop.sync.journal recognises.

An entry is held back in quarantine, and retried at every sync, when its
stamp is more than a day ahead of our corrected clock, or when the row it
creates refers to a row that has not arrived yet (foreign keys).
Fields and tables this version does not know go to `sync_extra`.

An entry that is malformed, breaks the wire schema (desktop.sync.schema) or
fails to write (each table is written in a savepoint; on an error its rows
are written one by one) goes to sync_rejected (desktop.sync.quarantine) with
its reason; everything else applies. Nothing pulled can stop a sync.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

import orjson
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, StatementError
from sqlmodel import SQLModel

from desktop.i18n import translate
from desktop.models.base import NOT_DATA, SYNCED, data_columns
from desktop.models.local import Meta
from desktop.models.sync_state import SyncExtra, SyncQuarantine, SyncStaged
from desktop.sync import merge, protocol, quarantine
from desktop.sync.clock import DAY_MS
from desktop.sync.journal import JOURNALED, clocks_decode
from desktop.sync.wire import from_wire, to_wire

CHUNK = 500
STAGED = SyncStaged.__table__
HELD = SyncQuarantine.__table__
EXTRA = SyncExtra.__table__
META = Meta.__table__

# Tests set this to stop the process at a named point (fault injection).
fault_hook: Callable[[str], None] | None = None


def fault(point: str) -> None:
    if fault_hook is not None:
        fault_hook(point)


@dataclass
class ApplyResult:
    applied: int = 0
    rows: int = 0
    held: int = 0
    rejected: int = 0
    # the tables whose rows, held or quarantined entries this may have changed; None: any table
    # (desktop.sync.check.EarlyCheck hashes only these again)
    touched: set[str] | None = dc_field(default_factory=set)

    def add(self, step: ApplyResult) -> None:
        """Fold in the next step: held entries are taken again by every step, so `held` is the last one's
        (an entry held by one step and applied by a later one counts as applied once)."""
        self.applied += step.applied
        self.rows += step.rows
        self.held = step.held
        self.rejected += step.rejected
        self.touched = None if self.touched is None or step.touched is None else self.touched | step.touched


def get_meta(conn, key: str, default: str | None = None) -> str | None:
    value = conn.scalar(select(META.c.value).where(META.c.key == key))
    return default if value is None else value


def set_meta(conn, key: str, value: Any) -> None:
    stmt = sqlite_insert(META).values(key=key, value=str(value))
    conn.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": str(value)}))


def _parsed(db) -> dict[int, tuple[int, list]]:
    """Pages this process staged, already parsed: staged row -> (length of its text, entries). A page
    is parsed once (by the client); only a page staged by an earlier, cut sync is parsed again here."""
    cache = getattr(db, "_staged_parsed", None)
    if cache is None:
        cache = {}
        db._staged_parsed = cache
    return cache


APPLY_STEP = 1000  # entries per staged row: one apply step each (a kiosk tap waits for one step at most)


def stage(db, page, cursor: int | None) -> None:
    """Keep a pulled page (as the server's text) until it is applied; remember how far pulling got.
    A page of more than APPLY_STEP entries is kept in parts of APPLY_STEP, one apply step each."""
    parts = [(page.text, page.entries)]
    if len(page.entries) > APPLY_STEP:
        try:
            parts = [(orjson.dumps({"entries": page.entries[i:i + APPLY_STEP]}).decode(),
                      page.entries[i:i + APPLY_STEP]) for i in range(0, len(page.entries), APPLY_STEP)]
        except (TypeError, orjson.JSONEncodeError):
            pass  # kept whole, as the server sent it
    with db.engine.begin() as conn:
        if page.entries:
            for text, entries in parts:
                n = conn.execute(insert(STAGED).values(last_seq=page.last_seq, entries=text)).inserted_primary_key[0]
                _parsed(db)[n] = (len(text), entries)
        if cursor is not None:
            set_meta(conn, "staged_cursor", cursor)


WRITE_ERRORS = (DBAPIError, StatementError, ValueError, TypeError, OverflowError)


def _normal(e: dict) -> dict:
    return {"server_seq": e["seq"], "entry_id": e["id"], "entity": e["entity"], "row_id": e["row_id"],
            "fields": e["fields"], "hlc": e["hlc"], "site": e["site"], "actor": str(e.get("actor", ""))[:50]}


def _as_pulled(e: dict, station_id: str | None) -> dict:
    return {"seq": e["server_seq"], "id": e["entry_id"], "entity": e["entity"], "row_id": e["row_id"],
            "station_id": station_id, "fields": e["fields"], "hlc": e["hlc"], "site": e["site"],
            "actor": e["actor"]}


def sort_out(entries: list, station_id: str | None, good: list[dict], bad: list[tuple]) -> None:
    """Usable entries (normalised) into `good`, the others with their reason into `bad`."""
    for e in entries:
        reason = quarantine.problem_of(e, station_id)
        if reason is None:
            good.append(_normal(e))
        else:
            bad.append((e, reason))


def _staged_entries(conn, station_id: str | None, good: list[dict], bad: list[tuple],
                    parsed: dict[int, tuple[int, list]] | None = None, limit: int | None = None) -> list[int]:
    """Usable and unusable entries of the staged rows (the first `limit` of them); their numbers."""
    parsed = parsed or {}
    query = select(STAGED.c.n, STAGED.c.entries).order_by(STAGED.c.n)
    if limit is not None:
        query = query.limit(limit)
    taken = []
    for n, text in conn.execute(query):
        taken.append(n)
        known = parsed.get(n)
        if known is not None and known[0] == len(text):
            sort_out(known[1], station_id, good, bad)
            continue
        try:
            entries = orjson.loads(text)["entries"]
        except (ValueError, KeyError, TypeError, RecursionError):
            bad.append(({"page": text[:200]}, translate("sync.apply", "a downloaded page of data cannot be read")))
            continue
        if not isinstance(entries, list):
            bad.append(({"page": text[:200]}, translate("sync.apply", "a downloaded page of data cannot be read")))
            continue
        sort_out(entries, station_id, good, bad)
    return taken


def _entry(row) -> dict:
    return {"server_seq": row.server_seq, "entry_id": row.entry_id, "entity": row.entity, "row_id": row.row_id,
            "fields": json.loads(row.fields), "hlc": row.hlc, "site": row.site, "actor": row.actor}


def apply_staged(db, *, move_cursor: bool = True) -> ApplyResult:
    """Apply everything staged (and retry what quarantine holds), a step at a time (apply_step)."""
    total = ApplyResult()
    while True:
        result, done = apply_step(db, move_cursor=move_cursor)
        total.add(result)
        if done:
            return total


def apply_step(db, *, move_cursor: bool = True) -> tuple[ApplyResult, bool]:
    """Apply one staged row (at most APPLY_STEP entries) with what quarantine holds, in one transaction;
    True when nothing staged is left, and then (`move_cursor`) the pull cursor moves to what was staged.

    Each step commits on its own, so a kiosk tap queued on the database worker waits for one step, not
    for the whole pull. A step cut short is rolled back whole; the steps before it stay, and applying
    them again would change nothing (each field's merge keeps the greater stamp). The cursor moves only
    with the last step, so a sync cut in between applies the rest next time."""
    with protocol.bulk():
        return _apply_step(db, move_cursor)


@contextmanager
def lazy_commit(db) -> Iterator[Any]:
    """A connection whose transaction commits without waiting for the disk (synchronous = NORMAL in WAL
    mode: the file stays whole on a power cut, only the last commits may be lost). For steps that are
    taken again when lost (the staged pages and the snapshot's batches stay until their step commits, and
    the cursor moves last); the next commit with FULL (every other one) makes them durable too.

    Nor does its commit copy the WAL into the file (no automatic checkpoint: with its fsyncs, most of a
    bulk step's time on a busy disk, seconds at worst); the sync's own thread does that between steps
    (`checkpoint`), where no kiosk tap waits for it."""
    with db.engine.connect() as outer:
        outer.exec_driver_sql("PRAGMA synchronous = NORMAL")
        outer.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
        outer.commit()
        try:
            with outer.begin():
                yield outer
        finally:
            outer.exec_driver_sql("PRAGMA synchronous = FULL")
            outer.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WAL_AUTOCHECKPOINT}")
            outer.commit()


WAL_AUTOCHECKPOINT = 1000  # SQLite's default, which every other connection keeps
CHECKPOINT_STEPS = 8  # bulk steps between two checkpoints of the sync's thread


def checkpoint(db) -> None:
    """Copy what the WAL holds into the database file, without waiting for readers or writers (PASSIVE).
    Called by the sync on its own thread (not a database-worker step) every CHECKPOINT_STEPS bulk steps
    and at the end, so that no commit (a kiosk tap's above all) finds a long WAL to copy."""
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").all()
        conn.commit()


def _apply_step(db, move_cursor: bool) -> tuple[ApplyResult, bool]:
    with lazy_commit(db) as conn:
        conn = conn.execution_options(**{JOURNALED: True})
        held = [_entry(r) for r in conn.execute(select(HELD).order_by(HELD.c.server_seq))]
        good: list[dict] = []
        bad: list[tuple] = []
        sort_out(quarantine.take_for_retry(conn), db.station_id, good, bad)  # the rules changed: try again
        taken = _staged_entries(conn, db.station_id, good, bad, _parsed(db), limit=1)
        conn.execute(delete(HELD))  # (the first write opens the transaction; the pragma lasts until commit)
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        applier = Applier(conn, db)
        result = applier.run(held + good)
        result.rejected = quarantine.reject(conn, bad + applier.rejected)
        result.touched = _touched(held, good, bad + applier.rejected, applier.held)
        if taken:
            conn.execute(delete(STAGED).where(STAGED.c.n.in_(taken)))
        done = conn.scalar(select(STAGED.c.n).limit(1)) is None
        if done and move_cursor:
            cursor = get_meta(conn, "staged_cursor")
            if cursor is not None:
                set_meta(conn, "pull_cursor", cursor)
        set_meta(conn, "hlc", db.clock.last)
        fault("apply.commit")
    for n in taken:  # (a rolled-back step leaves its pages and parsed entries as they were)
        _parsed(db).pop(n, None)
    if db.station_id is None:
        with db.engine.connect() as conn:
            station = conn.scalar(select(SYNCED["station"].__table__.c.id).limit(1))
        if station:
            db.set_station(station)
    return result, done


def _touched(*groups: list) -> set[str] | None:
    """The tables the entries of an apply step name (an entry or (entry, reason) pair each); None if one
    names none that can be read (an unreadable page: any table)."""
    out: set[str] = set()
    for group in groups:
        for item in group:
            e = item[0] if isinstance(item, tuple) else item
            entity = e.get("entity") if isinstance(e, dict) else None
            if not isinstance(entity, str):
                return None
            out.add(entity)
    return out


_PLANS: dict[tuple[str, str], tuple[list[str], list[tuple]]] = {}


def _insert_plan(entity: str, dialect) -> tuple[list[str], list[tuple]]:
    """The columns of a synced table in order, each with its wire conversion (None: the value is used
    as it is), its bind processor and its default (for a field an entry does not carry)."""
    key = (entity, dialect.name)
    plan = _PLANS.get(key)
    if plan is None:
        model = SYNCED[entity]
        table = model.__table__
        defaults = {n: info for n, info in model.model_fields.items()
                    if n in table.c and n not in NOT_DATA and not info.is_required()}
        cells = []
        for column in table.columns:
            kind = _column_kind(column)
            cells.append((column.name, None if kind is str or column.name in NOT_DATA else from_wire,
                          column.type.bind_processor(dialect), defaults.get(column.name)))
        plan = _PLANS[key] = ([c.name for c in table.columns], cells)
    return plan


def _column_kind(column) -> type:
    try:
        return column.type.python_type
    except NotImplementedError:
        return str


class Applier:
    def __init__(self, conn, db):
        self.conn, self.db = conn, db
        self.result = ApplyResult()
        self.held: list[tuple[dict, str]] = []
        self.rejected: list[tuple[dict, str]] = []
        self._exists: dict[str, set[str]] = {}
        self._missing: dict[str, set[str]] = {}  # ids looked up and not found (in this step's transaction)

    def run(self, entries: list[dict]) -> ApplyResult:
        by_entity: dict[str, dict[str, list[dict]]] = {}
        newest = ""
        limit = self.db.clock.physical() + DAY_MS
        seen: set[str] = set()
        for e in entries:
            if e["entry_id"] in seen:  # held before and pulled again by a targeted re-pull
                continue
            seen.add(e["entry_id"])
            if int(e["hlc"][:16]) > limit:
                self.held.append((e, "future"))
                continue
            newest = max(newest, e["hlc"])
            by_entity.setdefault(e["entity"], {}).setdefault(e["row_id"], []).append(e)
        if newest:
            self.db.clock.observe(newest)
        plans = {}
        for entity, rows in by_entity.items():
            if entity in SYNCED:
                plans[entity] = self._plan(entity, rows)
            else:
                for items in rows.values():
                    for e in items:
                        self._extras(entity, e["row_id"], e["fields"], e["hlc"])
        self._hold_orphans(plans, by_entity)
        order = {t.name: i for i, t in enumerate(SQLModel.metadata.sorted_tables)}  # parents first
        for n, (entity, (inserts, updates)) in enumerate(sorted(plans.items(), key=lambda p: order[p[0]])):
            self._write_safely(entity, inserts, updates, by_entity[entity])
            if n == 0:
                fault("apply.rows")
        self.result.applied = len(seen) - len(self.held) - len(self.rejected)
        if self.held:
            self.conn.execute(insert(HELD), [
                {k: (protocol.stored(v) if k == "fields" else v) for k, v in e.items()} | {"reason": reason}
                for e, reason in self.held])
        self.result.held = len(self.held)
        return self.result

    def _plan(self, entity: str, rows: dict[str, list[dict]]):
        model = SYNCED[entity]
        table = model.__table__
        known = set(data_columns(model))
        existing: dict[str, tuple[dict, dict]] = {}
        ids = list(rows)
        for start in range(0, len(ids), CHUNK):
            for row in self.conn.execute(select(table).where(table.c.id.in_(ids[start:start + CHUNK]))):
                m = row._mapping
                existing[m["id"]] = ({c: to_wire(m[c]) for c in known}, clocks_decode(m["field_clocks"]))
        inserts: dict[str, tuple[dict, dict]] = {}
        updates: dict[str, tuple[dict, dict]] = {}
        for row_id, items in rows.items():
            if row_id not in existing and len(items) == 1 and set(items[0]["fields"]) <= known:
                e = items[0]  # the common case (initial sync): one whole new row
                inserts[row_id] = (dict(e["fields"]), {f: e["hlc"] for f in e["fields"]})
                continue
            values, clocks = existing.get(row_id, ({}, {}))
            changed: dict[str, Any] = {}
            for e in items:
                fields = {k: v for k, v in e["fields"].items() if k in known}
                changed.update(merge.merge_entry(values, clocks, fields, e["hlc"]))
                extra = {k: v for k, v in e["fields"].items() if k not in known and k not in NOT_DATA}
                if extra:
                    self._extras(entity, row_id, extra, e["hlc"])
            if row_id in existing:
                if changed:
                    updates[row_id] = ({k: values[k] for k in changed}, clocks)
            else:
                inserts[row_id] = (values, clocks)
        return inserts, updates

    def _exists_in_db(self, table_name: str, row_id: str) -> bool:
        known = self._exists.setdefault(table_name, set())
        if row_id in known:
            return True
        if row_id in self._missing.get(table_name, ()):
            return False
        table = SYNCED[table_name].__table__
        if self.conn.scalar(select(table.c.id).where(table.c.id == row_id)) is not None:
            known.add(row_id)
            return True
        return False

    def _look_up(self, wanted: dict[str, set]) -> None:
        """Which of the referenced ids are in this PC's tables, a few hundred per query (a step of
        sign-ins names rows written by the steps before it: one query per reference was most of a
        replay's time)."""
        for table_name, ids in wanted.items():
            known = self._exists.setdefault(table_name, set())
            missing = self._missing.setdefault(table_name, set())
            unknown = list(ids - known - missing)
            table = SYNCED[table_name].__table__
            for start in range(0, len(unknown), CHUNK):
                part = unknown[start:start + CHUNK]
                found = set(self.conn.scalars(select(table.c.id).where(table.c.id.in_(part))))
                known.update(found)
                missing.update(v for v in part if v not in found)

    def _hold_orphans(self, plans: dict, by_entity: dict) -> None:
        """Hold rows that cannot be written yet: a new row missing a required
        field, or a reference to a row not here (until a fixpoint)."""
        shapes = {}
        for entity in plans:
            model = SYNCED[entity]
            required = [n for n, info in model.model_fields.items()
                        if info.is_required() and n in model.__table__.c and n not in NOT_DATA]
            refs = [(fk.parent.name, fk.column.table.name) for fk in model.__table__.foreign_keys
                    if fk.column.table.name in SYNCED]
            shapes[entity] = (required, refs)
        empty: dict = {}
        wanted: dict[str, set] = {}
        for entity, (inserts, updates) in plans.items():
            for col, target in shapes[entity][1]:
                planned = plans.get(target, (empty, empty))[0]
                bucket = wanted.setdefault(target, set())
                for rows in (inserts, updates):
                    for values, _clocks in rows.values():
                        ref = values.get(col)
                        if ref is not None and ref not in planned:
                            bucket.add(ref)
        self._look_up(wanted)
        while True:
            dropped = []
            for entity, (inserts, updates) in plans.items():
                required, refs = shapes[entity]
                targets = [(col, plans.get(target, (empty, empty))[0], target) for col, target in refs]
                for rows, new in ((inserts, True), (updates, False)):
                    for row_id, (values, _clocks) in rows.items():
                        if new and any(values.get(n) is None for n in required):
                            dropped.append((entity, row_id))
                            continue
                        for col, planned, target in targets:
                            ref = values.get(col)
                            if ref is not None and ref not in planned and not self._exists_in_db(target, ref):
                                dropped.append((entity, row_id))
                                break
            if not dropped:
                return
            for entity, row_id in dropped:
                plans[entity][0].pop(row_id, None)
                plans[entity][1].pop(row_id, None)
                self.held.extend((e, "waiting") for e in by_entity[entity][row_id])

    def _write_safely(self, entity: str, inserts: dict, updates: dict, entries: dict[str, list[dict]]) -> None:
        """Write a table in a savepoint; if that fails, row by row, quarantining the rows that fail."""
        try:
            with self.conn.begin_nested():
                self._write(entity, inserts, updates)
            return
        except WRITE_ERRORS:
            pass
        for row_id in [*inserts, *updates]:
            try:
                with self.conn.begin_nested():
                    self._write(entity, {row_id: inserts[row_id]} if row_id in inserts else {},
                                {row_id: updates[row_id]} if row_id in updates else {})
            except WRITE_ERRORS as error:
                reason = translate("sync.apply", "cannot write to this PC's database ({error})").format(error=type(error).__name__)
                self.rejected.extend((_as_pulled(e, self.db.station_id), reason) for e in entries[row_id])

    def _write(self, entity: str, inserts: dict, updates: dict) -> None:
        model = SYNCED[entity]
        table = model.__table__
        known = data_columns(model)
        if inserts:
            # executemany on the driver: Core's per-row parameter handling costs
            # several times the insert itself on an initial sync of 100,000 rows
            columns, cells = _insert_plan(entity, self.conn.dialect)
            params = []
            for row_id, (values, clocks) in inserts.items():
                stamps = set(clocks.values())
                if len(stamps) == 1 and all(c in clocks for c in known):
                    clocks = {merge.BASE: stamps.pop()}
                row = []
                for name, convert, bind, default in cells:
                    if name == "id":
                        row.append(row_id)
                    elif name == "field_clocks":
                        row.append(protocol.stored(clocks))
                    else:
                        if name in values:
                            value = values[name]
                            if value is not None and convert is not None:
                                value = convert(entity, name, value)
                        elif default is not None:
                            value = default.get_default(call_default_factory=True)
                        else:
                            value = None
                        row.append(bind(value) if bind is not None else value)
                params.append(tuple(row))
            sql = (f'INSERT INTO "{table.name}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
                   f'VALUES ({", ".join("?" for _ in columns)})')
            self.conn.exec_driver_sql(sql, params)
        groups: dict[tuple[str, ...], list[dict]] = {}
        for row_id, (changed, clocks) in updates.items():
            params = {f"v_{c}": from_wire(entity, c, v) for c, v in changed.items()}
            params["v_field_clocks"], params["v_id"] = protocol.stored(clocks), row_id
            groups.setdefault(tuple(sorted(changed)), []).append(params)
        for columns, params in groups.items():
            stmt = update(table).where(table.c.id == bindparam("v_id")).values(
                {c: bindparam(f"v_{c}") for c in (*columns, "field_clocks")})
            self.conn.execute(stmt, params)
        self.result.rows += len(inserts) + len(updates)

    def _extras(self, entity: str, row_id: str, fields: dict, stamp: str) -> None:
        for field, value in fields.items():
            if field in NOT_DATA:
                continue
            current = self.conn.execute(select(EXTRA.c.value, EXTRA.c.hlc).where(
                EXTRA.c.entity == entity, EXTRA.c.row_id == row_id, EXTRA.c.field == field)).first()
            if current is not None and not merge.wins(stamp, value, current.hlc, json.loads(current.value)):
                continue
            stmt = sqlite_insert(EXTRA).values(entity=entity, row_id=row_id, field=field,
                                               value=protocol.canonical(value), hlc=stamp)
            self.conn.execute(stmt.on_conflict_do_update(
                index_elements=["entity", "row_id", "field"], set_={"value": stmt.excluded.value, "hlc": stamp}))
