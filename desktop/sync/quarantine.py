"""Quarantine of pulled entries this PC cannot use (table sync_rejected).

A pulled entry that is malformed, breaks the wire schema (desktop.sync.schema)
or fails to write is kept here with its reason; everything else applies and
sync succeeds. What is here is

- shown: "n 条数据有问题，已隔离" on the sync page and in `sync-status`, listed
  by `sync-problems` (and `listing()`);
- reported to the county (`report_payload()`, sent by the engine each sync);
- retried when the app's rules change: each row remembers `rules_version()`
  (app version + schema fingerprint) and rows of another version go back
  through the applier at the next sync.

Held entries (sync_quarantine: stamps ahead of our clock, rows waiting for a
parent) are another thing: they are expected to apply later by themselves.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from desktop import __version__
from desktop.i18n import translate
from desktop.models.sync_state import SyncRejected
from desktop.sync import protocol, schema
from desktop.sync.clock import is_stamp

REJECTED = SyncRejected.__table__
MAX_KEPT_BYTES = 1024 * 1024  # an entry larger than this is kept cut short (it cannot be retried then)
REPORT_MAX = 200


def rules_version() -> str:
    return f"{__version__}:{schema.fingerprint()}"[:64]


def problem_of(e: Any, station_id: str | None) -> str | None:
    """Why a pulled entry cannot be used (Chinese), or None. The same rules as the server's."""
    if not isinstance(e, dict):
        return translate("sync.quarantine", "not an entry")
    for key in ("id", "row_id", "station_id"):
        value = e.get(key)
        if not isinstance(value, str) or not protocol._ID.match(value):
            return translate("sync.quarantine", "{key} is not a valid id").format(key=key)
    if not isinstance(e.get("seq"), int) or isinstance(e.get("seq"), bool):
        return translate("sync.quarantine", "the server sequence number is missing")
    if station_id is not None and e["station_id"] != station_id:
        return translate("sync.quarantine", "belongs to another station")
    if not is_stamp(e.get("hlc")):
        return translate("sync.quarantine", "malformed stamp")
    if not isinstance(e.get("site"), str) or not protocol._SITE.match(e["site"]):
        return translate("sync.quarantine", "wrong site id")
    if not isinstance(e.get("actor", ""), str):
        return translate("sync.quarantine", "the actor is not text")
    try:
        schema.check_fields(e.get("entity"), e.get("fields"), e["station_id"])
    except schema.Problem as problem:
        return problem.message
    return None


def _key(e: Any) -> str:
    if isinstance(e, dict) and isinstance(e.get("id"), str) and protocol._ID.match(e["id"]):
        return e["id"]
    return "x" + hashlib.sha256(_dump(e).encode("utf-8", "surrogatepass")).hexdigest()[:35]


def _dump(e: Any) -> str:
    try:
        text = json.dumps(e, ensure_ascii=True, sort_keys=True, separators=(",", ":"), default=str)
    except (TypeError, ValueError, RecursionError):
        text = repr(e)
    return text[:MAX_KEPT_BYTES]


def clean(text: str) -> str:
    """Printable, storable and sendable: no lone surrogates, no NUL."""
    return text.encode("utf-8", "replace").decode("utf-8").replace("\x00", "?")


def _text(e: Any, key: str, limit: int) -> str:
    value = e.get(key) if isinstance(e, dict) else None
    return clean(value[:limit]) if isinstance(value, str) else ""


def reject(conn, items: list[tuple[Any, str]]) -> int:
    """Keep entries with their reasons (a repeat replaces the earlier row)."""
    version = rules_version()
    for e, reason in items:
        seq = e.get("seq") if isinstance(e, dict) else 0
        row = {"entry_id": _key(e), "server_seq": seq if isinstance(seq, int) and abs(seq) < 1 << 62 else 0,
               "entity": _text(e, "entity", 50), "row_id": _text(e, "row_id", 36), "hlc": _text(e, "hlc", 80),
               "entry": _dump(e), "reason": clean(reason[:500]), "rules": version}
        stmt = sqlite_insert(REJECTED).values(**row)
        conn.execute(stmt.on_conflict_do_update(index_elements=["entry_id"], set_={
            k: stmt.excluded[k] for k in row if k != "entry_id"}))
    return len(items)


def take_for_retry(conn) -> list[Any]:
    """Entries quarantined under other rules: removed here, handed back to the applier
    (which quarantines them again if they still cannot be used)."""
    version = rules_version()
    rows = conn.execute(select(REJECTED.c.entry_id, REJECTED.c.entry).where(REJECTED.c.rules != version)).all()
    out = []
    for entry_id, text in rows:
        try:
            out.append(json.loads(text))
        except ValueError:
            continue  # cut short when kept: stays
        conn.execute(delete(REJECTED).where(REJECTED.c.entry_id == entry_id))
    return out


def count(conn) -> int:
    return conn.scalar(select(func.count()).select_from(REJECTED)) or 0


def listing(db, limit: int = 1000) -> list[dict]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(REJECTED.c.entry_id, REJECTED.c.server_seq, REJECTED.c.entity, REJECTED.c.row_id,
                                   REJECTED.c.hlc, REJECTED.c.reason, REJECTED.c.since)
                            .order_by(REJECTED.c.server_seq, REJECTED.c.entry_id).limit(limit)).all()
    return [dict(r._mapping) for r in rows]


def stamps_by_row(conn) -> dict[tuple[str, str], list[tuple[dict, str]]]:
    """(entity, row id) -> [(fields, stamp)] of quarantined entries that name a row,
    for the integrity check (the server holds them, so the check counts them)."""
    out: dict[tuple[str, str], list[tuple[dict, str]]] = {}
    for entity, row_id, hlc, text in conn.execute(select(REJECTED.c.entity, REJECTED.c.row_id, REJECTED.c.hlc,
                                                         REJECTED.c.entry)):
        if not (entity and row_id and is_stamp(hlc)):
            continue
        try:
            fields = json.loads(text).get("fields")
        except (ValueError, AttributeError):
            continue
        if isinstance(fields, dict) and fields:
            out.setdefault((entity, row_id), []).append((fields, hlc))
    return out


def report_payload(db, mismatched: dict[str, int], *, held: int = 0, offset_ms: int = 0) -> protocol.ProblemReport:
    """What the county sees of this PC: its quarantine, tables that keep differing, held entries and its
    clock offset (rounded to the minute, so a steady clock does not make a new report every sync)."""
    with db.engine.connect() as conn:
        total = count(conn)
    rejected = [protocol.RejectedReport(entry_id=r["entry_id"], entity=r["entity"], row_id=r["row_id"],
                                        reason=r["reason"]) for r in listing(db, REPORT_MAX)]
    return protocol.ProblemReport(rejected_total=total, rejected=rejected, mismatched=[
        protocol.MismatchReport(entity=name[:50], syncs=n) for name, n in sorted(mismatched.items())][:100],
        held=max(0, held), clock_offset_s=round(offset_ms / 60_000) * 60)


def summary_text(n: int) -> str:
    return translate("sync.quarantine", "{n} entries have problems and were quarantined").format(n=n) if n else ""
