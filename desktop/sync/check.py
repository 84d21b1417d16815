"""The integrity check: per table, the row count and the XOR of row
fingerprints (see protocol.row_hash), computed as the server does.

No blind spot: entries this PC holds back (sync_quarantine) or has
quarantined (sync_rejected) are folded into the rows they name, as the
server merged them, so a table with such entries is compared like any other
and still agrees when nothing else differs. The targeted re-pull stays
(desktop.sync.engine). A table that has differed for more than MISMATCH_SYNCS
syncs in a row is shown to the user (`persistent()`, sync page and
`sync-status`) and reported to the county.
"""

from __future__ import annotations

import hashlib
import json
import threading

from sqlalchemy import func, select

from desktop.i18n import translate
from desktop.models.base import SYNCED, data_columns
from desktop.models.local import JournalEntry
from desktop.models.sync_state import SyncExtra, SyncQuarantine
from desktop.sync import merge, protocol, quarantine
from desktop.sync.journal import clocks_decode

EXTRA = SyncExtra.__table__
HELD = SyncQuarantine.__table__
JOURNAL = JournalEntry.__table__
MISMATCH_SYNCS = 3
META_KEY = "check_mismatch"


def _pending(conn) -> dict[tuple[str, str], list[tuple[dict, str]]]:
    """(entity, row id) -> [(fields, stamp)] of entries held or quarantined here."""
    out = quarantine.stamps_by_row(conn)
    for entity, row_id, fields, stamp in conn.execute(select(HELD.c.entity, HELD.c.row_id, HELD.c.fields, HELD.c.hlc)):
        try:
            values = json.loads(fields)
        except ValueError:
            continue
        if isinstance(values, dict):
            out.setdefault((entity, row_id), []).append((values, stamp))
    return out


def _fold(clocks: dict[str, str], known: list[str] | None, pending: list[tuple[dict, str]]) -> set[str]:
    """The row's winning stamps once the pending entries are merged in (as the server did)."""
    explicit = {k: v for k, v in clocks.items() if k != merge.BASE}
    per_field = dict.fromkeys(known or [], clocks.get(merge.BASE, "")) if merge.BASE in clocks else {}
    per_field.update(explicit)
    for fields, stamp in pending:
        for name in fields:
            if stamp > per_field.get(name, ""):
                per_field[name] = stamp
    return {s for s in per_field.values() if s}


def local_summary(db, only: set[str] | None = None) -> dict[str, tuple[int, str]]:
    """Per synced table (or those of `only`): (row count, digest)."""
    with db.engine.connect() as conn:
        extras: dict[tuple[str, str], dict[str, str]] = {}
        for entity, row_id, name, stamp in conn.execute(select(EXTRA.c.entity, EXTRA.c.row_id, EXTRA.c.field,
                                                               EXTRA.c.hlc)):
            extras.setdefault((entity, row_id), {})[name] = stamp
        pending = _pending(conn)
        hashes: dict[str, list[int]] = {}
        raw = conn.connection.dbapi_connection  # below Core: its Row objects cost more than the hashing here
        blake2b, from_bytes = hashlib.blake2b, int.from_bytes
        for entity, model in SYNCED.items():
            if only is not None and entity not in only:
                continue
            table = model.__table__
            known = data_columns(model)
            out = hashes.setdefault(entity, [])
            for row_id, clocks in raw.execute(f'SELECT id, field_clocks FROM "{table.name}"'):
                key = (entity, row_id)
                if key in pending or key in extras:
                    decoded = clocks_decode(clocks)
                    fields = [f for f in known if f != "id"]
                    stamps = _fold({**decoded, **extras.pop(key, {})}, fields, pending.pop(key, []))
                elif clocks and clocks.startswith('{"*":"') and clocks.count('"') == 4:
                    # the usual row, written once: skip the JSON parser; protocol.row_hash of its one stamp, inline
                    out.append(from_bytes(blake2b(f"{row_id}|{clocks[6:-2]}".encode(), digest_size=8).digest(), "big"))
                    continue
                else:
                    stamps = merge.stamps_of(clocks_decode(clocks), known)
                out.append(protocol.row_hash(row_id, stamps))
    for key in set(extras) | set(pending):  # rows this PC does not have (yet)
        if only is not None and key[0] not in only:
            continue
        stamps = _fold(extras.get(key, {}), None, pending.get(key, []))
        if stamps:
            hashes.setdefault(key[0], []).append(protocol.row_hash(key[1], stamps))
    return {entity: protocol.table_digest(values) for entity, values in hashes.items() if values}


def _mark(db) -> int | None:
    """What moves when this PC's rows change outside a sync's apply: a local write journals (one write
    path), so the journal's last seq moves. Held, quarantined and extra entries change only in applying,
    which says which tables it touched (apply.ApplyResult.touched). Cheap: the end of an index."""
    with db.engine.connect() as conn:
        return conn.scalar(select(func.max(JOURNAL.c.seq)))


class EarlyCheck:
    """The PC's half of the integrity check, hashed on its own thread while the push waits on the county:
    on a first push the server's work is the whole wait, and this PC's second core is idle. Used only if
    nothing can have changed the rows since (`take`); else the check hashes them again, as before. A
    read: WAL readers neither wait for the writer nor hold it up."""

    def __init__(self, db):
        self._db = db
        self._mark = _mark(db)  # read before the summary's own read: a write in between shows as a change
        self._summary: dict[str, tuple[int, str]] | None = None
        self._thread = threading.Thread(target=self._run, name="sync-early-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with protocol.bulk():
                self._summary = local_summary(self._db)
        except Exception:  # noqa: BLE001 - only a head start: the check computes it again
            self._summary = None

    def wait(self) -> None:
        self._thread.join()

    def take(self, touched: set[str] | None) -> dict[str, tuple[int, str]] | None:
        """The summary, the tables in `touched` (those the sync's apply wrote to; None: any) hashed
        again, if no local write came since it started; else None."""
        self._thread.join()
        if touched is None or self._summary is None or _mark(self._db) != self._mark:
            return None
        if not touched:
            return self._summary
        with protocol.bulk():
            again = local_summary(self._db, touched)
        return {name: value for name, value in self._summary.items() if name not in touched} | again


def differing(server_tables: dict, local: dict[str, tuple[int, str]]) -> list[str]:
    """Tables whose count or digest differs from the server's (none is skipped)."""
    return sorted(name for name in set(server_tables) | set(local)
                  if (server_tables.get(name) and (server_tables[name].count, server_tables[name].digest))
                  != local.get(name))


def record(conn, mismatched: list[str], get_meta, set_meta) -> dict[str, int]:
    """Count consecutive syncs each table has differed; returns the new counts."""
    try:
        counts = json.loads(get_meta(conn, META_KEY, "{}") or "{}")
    except ValueError:
        counts = {}
    counts = {name: int(counts.get(name, 0)) + 1 for name in mismatched}
    set_meta(conn, META_KEY, json.dumps(counts, ensure_ascii=False, sort_keys=True))
    return counts


def persistent(conn, get_meta) -> dict[str, int]:
    """Tables that have differed for more than MISMATCH_SYNCS syncs in a row."""
    try:
        counts = json.loads(get_meta(conn, META_KEY, "{}") or "{}")
    except ValueError:
        return {}
    return {name: n for name, n in counts.items() if n > MISMATCH_SYNCS}


def persistent_text(tables: dict[str, int]) -> str:
    if not tables:
        return ""
    times = translate("sync.check", "{name} ({n} times running)")
    names = translate("sync.check", ", ").join(times.format(name=name, n=n) for name, n in sorted(tables.items()))
    return translate("sync.check", "These tables keep disagreeing with the county's data: {names}. The county was told.").format(names=names)
