"""Restore a backup: preview what it holds, then put it in place, kill-safe.

Before a restore the current data is backed up (automatic backup); the
chosen file is copied through the backup API into `station.sqlite.restoring`
next to the database, checked (integrity_check), fsynced, and renamed over
the database in one step, so a kill leaves either the old or the new file
whole. A corrupt database that no longer opens is moved aside
(`station.sqlite.corrupt-<time>`) instead, so it can still be read for
changes that never reached the county.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from desktop import crypto
from desktop.db import DB_FILENAME, Database
from desktop.errors import NotFound, UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate

COUNTED = {"volunteer": QT_TRANSLATE_NOOP("services.restore", "volunteers"), "activity": QT_TRANSLATE_NOOP("services.restore", "activities"), "sign_in": QT_TRANSLATE_NOOP("services.restore", "sign-ins"),
           "audit_log": QT_TRANSLATE_NOOP("services.restore", "audit records")}


@dataclass(frozen=True)
class BackupPreview:
    path: str
    size_bytes: int
    modified: datetime
    station: str
    counts: dict[str, int]
    newest_change: str

    @property
    def summary(self) -> str:
        counts = translate("services.restore", ", ").join(f"{translate('services.restore', COUNTED[k])} {v}" for k, v in self.counts.items()
                                                       if k in COUNTED)
        return translate("services.restore", "Backup {name} ({at:%Y-%m-%d %H:%M}, {kb} KB): station “{station}”, {counts}.").format(
            name=Path(self.path).name, at=self.modified, kb=self.size_bytes // 1024, station=self.station, counts=counts)

    def as_dict(self) -> dict:
        return asdict(self)


def _key_for(path: Path, key: bytes | None) -> bytes | None:
    """The key this backup opens with: the station's own, or none for a plain one."""
    state = crypto.file_state(path)
    if state == "plain":
        return None
    if state != "encrypted":
        raise UserError(translate("services.restore", "“{name}” is empty or missing and cannot be restored from.").format(name=path.name))
    return key


def preview_file(path: Path | str, key: bytes | None) -> BackupPreview:
    path = Path(path)
    if not path.is_file():
        raise NotFound(translate("services.restore", "No backup file “{path}”.").format(path=path))
    file_key = _key_for(path, key)
    verdict = crypto.check(path, file_key)
    if verdict != "ok":
        raise UserError(translate("services.restore", "The backup “{name}” cannot be opened or is damaged ({verdict}); choose another backup.").format(
            name=path.name, verdict=verdict))
    conn = crypto.connect(path, file_key)
    try:
        counts = {}
        for table in COUNTED:
            with contextlib.suppress(crypto.DBError):
                counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
        station = ""
        with contextlib.suppress(crypto.DBError):
            row = conn.execute("SELECT name FROM station WHERE deleted_at IS NULL LIMIT 1").fetchone()
            station = row[0] if row else ""
        newest = ""
        with contextlib.suppress(crypto.DBError):
            row = conn.execute("SELECT max(at) FROM audit_log").fetchone()
            newest = str(row[0] or "")
    finally:
        conn.close()
    stat = path.stat()
    return BackupPreview(str(path), stat.st_size, datetime.fromtimestamp(stat.st_mtime), station, counts, newest)


def preview_backup(db: Database, path: Path | str) -> BackupPreview:
    return preview_file(path, db.key)


def _stage(source: Path, data_dir: Path, key: bytes | None) -> Path:
    """Copy `source` into the staging file next to the database, keyed with the station key, checked."""
    staging = data_dir / (DB_FILENAME + ".restoring")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    source_key = _key_for(source, key)
    if source_key is None and key is not None:
        crypto.export_encrypted(source, staging, key)  # a plain (old) backup is encrypted on the way in
    else:
        src = crypto.connect(source, source_key)
        try:
            dst = crypto.connect(staging, key)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    if crypto.check(staging, key) != "ok":
        staging.unlink()
        raise UserError(translate("services.restore", "The backup “{name}” failed its check after copying and was not restored. Choose another backup.").format(
            name=source.name))
    return staging


@dataclass(frozen=True)
class RestoreResult:
    restored: str
    safety_backup: str | None


def restore_backup(db: Database, path: Path | str) -> RestoreResult:
    """Replace the open station's data by the backup at `path` (站长 only); the current data is backed up first."""
    from desktop.services.accounts import actor, require
    from desktop.services.audit import audit
    from desktop.services.backup import automatic_backup

    require(db, "restore")
    path = Path(path)
    preview = preview_backup(db, path)
    safety = automatic_backup(db, "before-restore")
    staging = _stage(path, db.data_dir, db.key)
    user = db.user
    db.swap_file(staging)
    db.user = user
    with db.session(actor(db)) as session:
        audit(session, actor(db), "backup.restore", "backup", "", file=path.name, station=preview.station)
    return RestoreResult(str(path), str(safety.path) if safety else None)


def recover_from_backup(data_dir: Path | str, key: bytes | None, path: Path | str) -> Path:
    """For a database that does not open: move it aside and put the backup in its place.

    The changes made after the backup that never reached the county are read
    from the damaged file where it can still be read, and put back on top
    (desktop.services.rebuild.keep_unsent); what did reach the county comes
    back with the next sync.
    """
    from desktop.services.rebuild import keep_unsent, salvage

    data_dir = Path(data_dir)
    path = Path(path)
    preview_file(path, key)
    current = data_dir / DB_FILENAME
    salvaged = salvage(current, key)
    staging = _stage(path, data_dir, key)
    if current.exists():
        aside = data_dir / f"{DB_FILENAME}.corrupt-{datetime.now():%Y%m%d-%H%M%S}"
        os.replace(current, aside)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(data_dir / (DB_FILENAME + suffix), data_dir / (aside.name + suffix))
    crypto.replace_file(staging, current)
    if salvaged.entries:
        db = Database(data_dir, key=key)
        try:
            keep_unsent(db, salvaged)
        finally:
            db.close()
    return current


def describe_backups(db: Database, folder: Path | None = None) -> list[BackupPreview | tuple[Path, str]]:
    """Every backup in `folder` (default: the data folder's), newest first: a preview, or (path, why not)."""
    folder = Path(folder) if folder else db.backups_dir
    found = sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True) if folder.is_dir() else []
    out: list[BackupPreview | tuple[Path, str]] = []
    for path in found:
        try:
            out.append(preview_file(path, db.key))
        except UserError as error:
            out.append((path, error.message))
    return out
