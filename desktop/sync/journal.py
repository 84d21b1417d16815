"""Change capture: every write to a synced table records a journal entry in
the same transaction (entity, row id, changed fields and values, HLC, site,
acting user), and keeps each row's per-field clock state in `field_clocks`.

Write paths and how each is captured:
- ORM add / attribute change: the `before_flush` hook below.
- Bulk inserts: `bulk_insert`, which writes rows and journal in one executemany each.
- Anything else (Core or raw SQL against a synced table): refused by the
  cursor guard, unless it runs with execution option journaled=True, which
  only this module and the merge use.
Hard deletes of synced rows are refused; deletion is the `deleted_at` field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.models.base import NOT_DATA, SYNCED, SyncKind, data_columns, new_id
from desktop.models.local import JournalEntry, Meta
from desktop.sync.clock import HybridClock
from desktop.sync.wire import to_wire

CAPTURE = "station_desk.capture"
JOURNALED = "journaled"  # execution option: this statement's journal is written by us
_FLUSHING = "station_desk.flushing"

_DML = re.compile(r"^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM|REPLACE\s+INTO)\s+\"?(\w+)\"?",
                  re.IGNORECASE)


class CaptureError(RuntimeError):
    """A write tried to bypass the journal: a bug, never user input."""


@dataclass
class CaptureContext:
    clock: HybridClock
    actor: str
    station_id: str | None


def clocks_decode(text: str | None) -> dict[str, str]:
    return json.loads(text) if text else {}


# One encoder, built once: json.dumps() with options builds a new one per call.
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _context(session: Session) -> CaptureContext:
    ctx = session.info.get(CAPTURE)
    if ctx is None:
        raise CaptureError("write to a synced table from a session without capture context")
    return ctx


def _save_clock(session: Session, clock: HybridClock) -> None:
    with session.no_autoflush:
        meta = session.get(Meta, "hlc")
        if meta is None:
            session.add(Meta(key="hlc", value=clock.last))
        else:
            meta.value = clock.last


def _journal(session: Session, ctx: CaptureContext, entity: str, row_id: str, station_id: str,
             fields: dict[str, Any], hlc: str) -> None:
    session.add(JournalEntry(entry_id=new_id(), entity=entity, row_id=row_id, station_id=station_id,
                             fields=_dumps(fields), hlc=hlc, site=ctx.clock.site, actor=ctx.actor))


def _changed_fields(obj: Any, columns: Iterable[str]) -> list[str]:
    state = inspect(obj)
    changed = []
    for name in columns:
        history = state.attrs[name].history
        if history.added and list(history.added) != list(history.deleted or ()):
            changed.append(name)
    return changed


def _before_flush(session: Session, flush_context, instances) -> None:
    session.connection().info[_FLUSHING] = True
    captured = False
    for obj in list(session.new):
        entity = getattr(type(obj), "__tablename__", None)
        if entity not in SYNCED:
            continue
        ctx = _context(session)
        if obj.station_id is None:
            if ctx.station_id is None:
                raise CaptureError(f"new {entity} row has no station_id")
            obj.station_id = ctx.station_id
        hlc = ctx.clock.tick()
        obj.field_clocks = _dumps({"*": hlc})
        fields = {c: to_wire(getattr(obj, c)) for c in data_columns(type(obj))}
        _journal(session, ctx, entity, obj.id, obj.station_id, fields, hlc)
        captured = True
    for obj in list(session.dirty):
        entity = getattr(type(obj), "__tablename__", None)
        if entity not in SYNCED or not session.is_modified(obj):
            continue
        changed = _changed_fields(obj, data_columns(type(obj)))
        if not changed:
            continue
        if type(obj).__sync_kind__ is SyncKind.APPEND:
            raise CaptureError(f"{entity} is append-only: record a void entry instead of editing")
        ctx = _context(session)
        hlc = ctx.clock.tick()
        clocks = clocks_decode(obj.field_clocks)
        clocks.update(dict.fromkeys(changed, hlc))
        obj.field_clocks = _dumps(clocks)
        _journal(session, ctx, entity, obj.id, obj.station_id, {c: to_wire(getattr(obj, c)) for c in changed}, hlc)
        captured = True
    for obj in list(session.deleted):
        entity = getattr(type(obj), "__tablename__", None)
        if entity in SYNCED:
            raise CaptureError(f"hard delete of a synced {entity} row; set deleted_at instead")
    if captured:
        _save_clock(session, _context(session).clock)


def _after_flush(session: Session, flush_context) -> None:
    session.connection().info.pop(_FLUSHING, None)


def _cursor_guard(conn, cursor, statement, parameters, context, executemany) -> None:
    if conn.info.get(_FLUSHING) or (context is not None and context.execution_options.get(JOURNALED)):
        return
    match = _DML.match(statement)
    if match and match.group(1) in SYNCED:
        raise CaptureError(f"unjournaled write to synced table {match.group(1)}: {statement[:60]}")


def install(engine: Engine, session_class: type[Session]) -> None:
    """Hook capture into a session class and guard the engine's connections."""
    event.listen(session_class, "before_flush", _before_flush)
    event.listen(session_class, "after_flush_postexec", _after_flush)
    event.listen(engine, "before_cursor_execute", _cursor_guard)
    # A flush that failed never reaches after_flush_postexec: clear the flag
    # when the connection goes back to the pool.
    event.listen(engine, "checkin", lambda dbapi_conn, record: record.info.pop(_FLUSHING, None))


# --- bulk path ----------------------------------------------------------------

@dataclass
class _BulkPlan:
    columns: list[str]
    static_defaults: dict[str, Any]
    factories: list[tuple[str, Any]]
    processors: list
    wire: list[tuple[str, Any]]  # data column -> converter to wire form, or None
    insert_sql: str


_PLANS: dict[tuple[str, str], _BulkPlan] = {}


def _plan(session: Session, model) -> _BulkPlan:
    """Everything per-column that can be worked out once per model, not per row."""
    dialect = session.get_bind().dialect
    key = (model.__tablename__, dialect.name)
    plan = _PLANS.get(key)
    if plan is None:
        table = model.__table__
        columns = [c.name for c in table.columns]
        static, factories = {}, []
        for name in columns:
            info = model.model_fields.get(name)
            if info is None or info.is_required():
                continue
            if info.default_factory is not None:
                factories.append((name, info.default_factory))
            else:
                static[name] = info.default
        wire = []
        for name in data_columns(model):
            try:
                kind = table.c[name].type.python_type
            except NotImplementedError:
                kind = str
            wire.append((name, to_wire if kind in (datetime, date) else None))
        processors = [table.c[name].type.bind_processor(dialect) for name in columns]
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        plan = _BulkPlan(columns, static, factories, processors, wire,
                         f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})')
        _PLANS[key] = plan
    return plan


_JOURNAL_SQL = ('INSERT INTO journal (entry_id, entity, row_id, station_id, fields, hlc, site, actor) '
                'VALUES (?, ?, ?, ?, ?, ?, ?, ?)')


def bulk_insert(session: Session, model, rows: list[dict[str, Any]]) -> list[str]:
    """Insert many new rows of a synced model, journal included, in the
    session's transaction. Bypasses the ORM for speed (executemany), which is
    why it writes the journal itself. Returns the row ids."""
    ctx = _context(session)
    entity = model.__tablename__
    plan = _plan(session, model)
    tick, site, actor = ctx.clock.tick, ctx.clock.site, ctx.actor
    row_params, journal_params, ids = [], [], []
    dumps, columns, processors = _dumps, plan.columns, plan.processors
    for given in rows:
        row = {**plan.static_defaults, **given}
        for name, factory in plan.factories:
            if name not in given:
                row[name] = factory()
        if row.get("id") is None:
            row["id"] = new_id()
        if row.get("station_id") is None:
            row["station_id"] = ctx.station_id
        hlc = tick()
        row["field_clocks"] = f'{{"*":"{hlc}"}}'
        fields = {c: (convert(row[c]) if convert and row[c] is not None else row[c]) for c, convert in plan.wire}
        row_params.append(tuple([p(row[c]) if p else row[c] for c, p in zip(columns, processors, strict=True)]))
        journal_params.append((new_id(), entity, row["id"], row["station_id"], dumps(fields), hlc, site, actor))
        ids.append(row["id"])
    if not rows:
        return ids
    conn = session.connection()
    opts = {JOURNALED: True}
    conn.exec_driver_sql(plan.insert_sql, row_params, execution_options=opts)
    conn.exec_driver_sql(_JOURNAL_SQL, journal_params, execution_options=opts)
    _save_clock(session, ctx.clock)
    return ids


def pending_count(conn, after: int | None = None) -> int:
    """Journal entries not yet acknowledged by the county server: the one count the
    status bar, the home page, `doctor`, `sync-status` and the push all show.

    `conn` is a Session or a Connection; `after` is the push cursor when the
    caller has read it already.
    """
    from sqlalchemy import func, select

    if after is None:
        meta = Meta.__table__
        after = int(conn.scalar(select(meta.c.value).where(meta.c.key == "push_cursor")) or 0)
    journal = JournalEntry.__table__
    return conn.scalar(select(func.count()).select_from(journal).where(journal.c.seq > after)) or 0


__all__ = ["CAPTURE", "JOURNALED", "NOT_DATA", "CaptureContext", "CaptureError", "bulk_insert",
           "clocks_decode", "install", "pending_count"]
