"""Backups of the station database: consistent, with progress, cancellable.

Uses SQLite's online backup API (sqlite3.Connection.backup) page by page, so
the app keeps working while it runs and the copy is consistent even mid-write.
Photos are content-addressed files that never change once written, so they
are copied file by file, skipping those the target already has.

Encrypted stations: the copy is a SQLCipher file with the same key, and the
key slots travel next to it (`<name>.keys.json`), so a USB backup opens with
an account's password and reveals nothing without one. The source is checked
first (a corrupt database is refused) and the copy after (integrity_check).
Automatic backups (`station-auto-*.sqlite`): at the first start of a day,
before a migration and before a restore; 7 daily and 4 weekly are kept.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop import crypto
from desktop.db import Database
from desktop.errors import CorruptDatabase, EnvironmentProblem
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.progress import Cancelled, Progress, step

KEEP_AUTOMATIC = 10
KEEP_DAILY, KEEP_WEEKLY = 7, 4
AUTO_PREFIX = "station-auto-"
CANCELLED = QT_TRANSLATE_NOOP("services.backup", "Backup cancelled; the unfinished backup file was deleted.")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    photos_copied: int


def backup_now(db: Database, target_dir: Path | None = None, *, progress: Progress | None = None,
               include_photos: bool = True, pages_per_step: int = 256, prefix: str = "station-") -> BackupResult:
    """Write `station-YYYYmmdd-HHMMSS.sqlite` (and a photos folder) into target_dir."""
    target_dir = Path(target_dir) if target_dir else db.backups_dir
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"{prefix}{stamp}.sqlite"
    if db.integrity_check() != "ok":
        raise CorruptDatabase(translate(
            "services.backup", "The data file is damaged (the integrity check failed) and is not backed up, so that bad data "
                               "never overwrites a good backup. Restore the newest good backup in “Settings → Backup and "
                               "restore”, or contact the county."))
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        counter = 1
        while target.exists():  # two backups in one second keep both
            counter += 1
            target = target_dir / f"{prefix}{stamp}-{counter}.sqlite"
        _copy_database(db, target, progress, pages_per_step)
        crypto.make_private(target)
        if crypto.check(target, db.key) != "ok":
            raise EnvironmentProblem(translate("services.backup", "The backup {name} failed its check after writing and was deleted. Try another USB stick or place.").format(
                name=target.name))
        _copy_keys(db, target)
        copied = _copy_photos(db.photos_dir, target_dir / "photos", progress) if include_photos else 0
    except (Cancelled, EnvironmentProblem):
        _remove(target)
        _remove(keys_path(target))
        raise
    except (OSError, sqlite3.Error, crypto.DBError) as error:
        _remove(target)
        _remove(keys_path(target))
        if isinstance(error, OSError) and error.errno == 28 or "full" in str(error).lower():
            raise EnvironmentProblem(translate("services.backup", "There is not enough space at {path}. Use another USB drive or free some space and try again.").format(
                path=target_dir)) from None
        raise EnvironmentProblem(translate("services.backup", "Cannot write to the backup place {path}: {error}. Check that the USB drive is plugged in and writable.").format(
            path=target_dir, error=error)) from None
    return BackupResult(target, target.stat().st_size, copied)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def keys_path(backup: Path) -> Path:
    return backup.with_name(backup.stem + ".keys.json")


def _copy_keys(db: Database, target: Path) -> None:
    slots = crypto.KeySlots.load(db.data_dir)
    if slots.exists:
        crypto.KeySlots(keys_path(target), slots.slots, slots.station_id).save()


def _copy_database(db: Database, target: Path, progress: Progress | None, pages: int) -> None:
    def pages_copied(status, remaining, total):
        step(progress, total - remaining, total, translate("services.backup", CANCELLED))

    src = db.connect_raw()
    try:
        dst = crypto.connect(target, db.key)
        try:
            src.backup(dst, pages=pages, progress=pages_copied)
        finally:
            dst.close()
    finally:
        src.close()


def _copy_photos(source: Path, target: Path, progress: Progress | None) -> int:
    if not source.exists():
        return 0
    files = [p for p in source.rglob("*") if p.is_file()]
    copied = 0
    for index, path in enumerate(files, 1):
        dest = target / path.relative_to(source)
        if not dest.exists() or dest.stat().st_size != path.stat().st_size:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
            copied += 1
        step(progress, index, len(files), translate("services.backup", CANCELLED))
    return copied


def prune_automatic(db: Database, keep: int = KEEP_AUTOMATIC) -> list[Path]:
    """Delete the oldest automatic backups in the data folder beyond `keep`."""
    backups = sorted(db.backups_dir.glob("station-*.sqlite"))
    doomed = backups[:-keep] if keep else backups
    for path in doomed:
        path.unlink(missing_ok=True)
        keys_path(path).unlink(missing_ok=True)
    return doomed


def _auto_day(path: Path) -> date | None:
    try:
        return datetime.strptime(path.name[len(AUTO_PREFIX):len(AUTO_PREFIX) + 8], "%Y%m%d").date()
    except ValueError:
        return None


def rotation_keep(days: list[date], daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> set[date]:
    """The days whose (newest) automatic backup stays: the last `daily` days, plus the newest of each of
    the `weekly` ISO weeks before those."""
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    weeks: dict[tuple[int, int], date] = {}
    for day in ordered[daily:]:
        weeks.setdefault(day.isocalendar()[:2], day)
    keep.update(sorted(weeks.values(), reverse=True)[:weekly])
    return keep


def prune_rotation(db: Database, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Keep the newest automatic backup of each kept day; delete the other automatic ones."""
    autos = sorted(db.backups_dir.glob(f"{AUTO_PREFIX}*.sqlite"), reverse=True)
    by_day: dict[date, Path] = {}
    for path in autos:
        day = _auto_day(path)
        if day is not None:
            by_day.setdefault(day, path)
    kept = {by_day[d] for d in rotation_keep(list(by_day), daily, weekly)}
    doomed = [p for p in autos if p not in kept and _auto_day(p) is not None]
    for path in doomed:
        path.unlink(missing_ok=True)
        keys_path(path).unlink(missing_ok=True)
    return doomed


def automatic_backup(db: Database, reason: str = "daily", today: date | None = None) -> BackupResult | None:
    """The automatic backup: `daily` only when none exists for today yet; `before-restore` always."""
    today = today or date.today()
    if reason == "daily" and any(_auto_day(p) == today for p in db.backups_dir.glob(f"{AUTO_PREFIX}*.sqlite")):
        return None
    if db.station_id is None:
        return None
    result = backup_now(db, db.backups_dir, include_photos=False, prefix=AUTO_PREFIX)
    prune_rotation(db)
    return result


def list_backups(db: Database) -> list[tuple[Path, int]]:
    return [(p, p.stat().st_size) for p in sorted(db.backups_dir.glob("*.sqlite"), reverse=True)]
