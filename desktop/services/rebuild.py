"""A damaged or zero-byte data file on an enrolled PC: rebuild the station by a fresh pull from the county.

- `salvage(path, key)`: what can still be read from the damaged file, page
  by page: the sync credentials and the changes never sent (journal entries
  after the push cursor). A zero-byte or unreadable file gives nothing.
- `rebuild_from_county(data_dir, key)`: the damaged file is moved aside
  (`station.sqlite.corrupt-<time>`, never deleted), a new encrypted file is
  made with the same key, the sync credentials come from the damaged file
  or, failing that, from the slots file (sealed with the database key by
  recovery.keep_sync_credentials), and one sync pulls the whole station (the
  public entry point desktop.sync.engine.run_sync). The salvaged unsent
  changes are then applied on top (the same merge as pulled entries) and put
  back in the outbox, so the next sync sends them.
- `keep_unsent(db, salvaged)`: that last step, also used after restoring a
  backup (desktop.services.restore.recover_from_backup), so nothing made
  after the backup is lost where the old file can still be read.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktop import crypto
from desktop.db import DB_FILENAME, Database
from desktop.errors import UserError
from desktop.i18n import translate

SYNC_META = ("url", "token", "device_id", "station_id", "ca_bundle", "device_no")
CHUNK = 200


@dataclass
class Salvaged:
    sync: dict = field(default_factory=dict)  # url, token, ... (empty when unreadable)
    site_id: str = ""
    entries: list[dict] = field(default_factory=list)  # unsent journal entries, in order
    readable: bool = False


def _rows(conn, sql: str, args: tuple = ()) -> list | None:
    try:
        return conn.execute(sql, args).fetchall()
    except crypto.DBError:
        return None


def _journal(conn, after: int) -> list[tuple]:
    """Journal rows after `after`, skipping what sits on damaged pages (ranges split until they read)."""
    top = _rows(conn, "SELECT max(seq) FROM journal")
    high = top[0][0] if top and top[0][0] is not None else None
    if high is None:  # the index page itself may be damaged: walk by rowid ranges up to a bound
        bound = _rows(conn, "SELECT seq FROM journal ORDER BY seq DESC LIMIT 1")
        high = bound[0][0] if bound else after + 100_000
    out: list[tuple] = []
    stack = [(after + 1, high)]
    while stack:
        low, up = stack.pop()
        if low > up:
            continue
        got = _rows(conn, "SELECT seq, entry_id, entity, row_id, station_id, fields, hlc, site, actor FROM journal "
                          "WHERE seq BETWEEN ? AND ? ORDER BY seq", (low, up))
        if got is not None:
            out.extend(got)
        elif up > low:
            mid = (low + up) // 2
            stack += [(mid + 1, up), (low, mid)]
    return sorted(out)


def salvage(path: Path, key: bytes | None) -> Salvaged:
    """What can still be read from a damaged station file (nothing from an empty or missing one)."""
    found = Salvaged()
    if crypto.file_state(path) not in ("plain", "encrypted"):
        return found
    try:
        conn = crypto.connect(path, key if crypto.file_state(path) == "encrypted" else None)
    except crypto.DBError:
        return found
    try:
        meta = {}
        for k in ("site_id", "push_cursor", *(f"sync_{k}" for k in SYNC_META)):
            row = _rows(conn, "SELECT value FROM meta WHERE key = ?", (k,))
            if row:
                meta[k] = row[0][0]
        found.readable = bool(meta)
        found.site_id = meta.get("site_id", "")
        found.sync = {k: meta[f"sync_{k}"] for k in SYNC_META if f"sync_{k}" in meta}
        if "push_cursor" in meta or found.sync:
            for _seq, entry_id, entity, row_id, station_id, fields, hlc, site, actor in _journal(
                    conn, int(meta.get("push_cursor") or 0)):
                try:
                    values = json.loads(fields)
                except (TypeError, ValueError):
                    continue
                found.entries.append({"server_seq": 0, "entry_id": entry_id, "entity": entity, "row_id": row_id,
                                      "station_id": station_id, "fields": values, "hlc": hlc, "site": site,
                                      "actor": actor or ""})
    finally:
        conn.close()
    return found


def keep_unsent(db: Database, salvaged: Salvaged) -> int:
    """Apply the salvaged unsent changes (newest write wins, as for pulled ones) and queue them to be sent."""
    from sqlalchemy import insert

    from desktop.models import JournalEntry
    from desktop.sync.apply import Applier, set_meta
    from desktop.sync.journal import JOURNALED

    if not salvaged.entries:
        return 0
    table = JournalEntry.__table__
    with db.engine.begin() as conn:
        conn = conn.execution_options(**{JOURNALED: True})
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        Applier(conn, db).run([{k: v for k, v in e.items() if k != "station_id"} for e in salvaged.entries])
        known = {r[0] for r in conn.execute(table.select().with_only_columns(table.c.entry_id))}
        rows = [{"entry_id": e["entry_id"], "entity": e["entity"], "row_id": e["row_id"],
                 "station_id": e["station_id"], "fields": json.dumps(e["fields"], ensure_ascii=False),
                 "hlc": e["hlc"], "site": e["site"], "actor": e["actor"]}
                for e in salvaged.entries if e["entry_id"] not in known]
        if rows:
            conn.execute(insert(table), rows)
        set_meta(conn, "hlc", db.clock.last)
    return len(salvaged.entries)


def move_aside(data_dir: Path) -> Path | None:
    """The damaged file (and its WAL/SHM) renamed `station.sqlite.corrupt-<time>`; kept for reading later."""
    current = data_dir / DB_FILENAME
    if not current.exists():
        return None
    aside = data_dir / f"{DB_FILENAME}.corrupt-{datetime.now():%Y%m%d-%H%M%S}"
    os.replace(current, aside)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(data_dir / (DB_FILENAME + suffix), data_dir / (aside.name + suffix))
    crypto.fsync_dir(data_dir)
    return aside


@dataclass(frozen=True)
class RebuildResult:
    pulled: int
    kept: int  # unsent changes salvaged from the damaged file
    aside: str | None


def can_rebuild(data_dir: Path | str, key: bytes | None) -> bool:
    """An enrolled PC: the damaged file or the slots file still gives the sync credentials."""
    data_dir = Path(data_dir)
    if key is not None and (crypto.KeySlots.load(data_dir).open_sync(key) or {}).get("token"):
        return True
    return bool(salvage(data_dir / DB_FILENAME, key).sync.get("token"))


def rebuild_from_county(data_dir: Path | str, key: bytes | None, *, progress=None) -> RebuildResult:
    """Rebuild the station from the county into a new file (the damaged one is kept aside)."""
    from desktop.sync.apply import set_meta
    from desktop.sync.engine import run_sync

    data_dir = Path(data_dir)
    salvaged = salvage(data_dir / DB_FILENAME, key)
    sync = dict(salvaged.sync)
    if not sync.get("token") and key is not None:
        sync = crypto.KeySlots.load(data_dir).open_sync(key) or {}
    if not sync.get("token") or not sync.get("url"):
        raise UserError(translate("services.rebuild", "This PC's sync credentials cannot be read any more, so the data cannot be fetched from the county. Enrol this PC again with a new code from the county centre."))
    aside = move_aside(data_dir)
    db = Database(data_dir, key=key)
    try:
        with db.engine.begin() as conn:
            for k in SYNC_META:
                if sync.get(k) is not None:
                    set_meta(conn, f"sync_{k}", sync[k])
            if salvaged.site_id:  # the same site: the unsent changes keep their identity
                set_meta(conn, "site_id", salvaged.site_id)
        db._load_identity(None)
        db.set_station(sync.get("station_id") or db.station_id)
        report = run_sync(db, photos=False, progress=progress)
        kept = keep_unsent(db, salvaged)
        with db.session("系统") as session:
            from desktop.services.audit import audit

            audit(session, "系统", "backup.rebuild", "backup", "", pulled=report.pulled, kept=kept,
                  file=aside.name if aside else "")
    finally:
        db.close()
    return RebuildResult(report.pulled, kept, str(aside) if aside else None)
