"""Backups of the station database: consistent, with progress, cancellable.

Uses SQLite's online backup API (sqlite3.Connection.backup) page by page, so
the app keeps working while it runs and the copy is consistent even mid-write.
Photos are content-addressed files that never change once written, so they
are copied file by file, skipping those the target already has.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.db import Database
from desktop.errors import EnvironmentProblem
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.progress import Cancelled, Progress, step

KEEP_AUTOMATIC = 10
CANCELLED = QT_TRANSLATE_NOOP("services.backup", "Backup cancelled; the unfinished backup file was deleted.")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    photos_copied: int


def backup_now(db: Database, target_dir: Path | None = None, *, progress: Progress | None = None,
               include_photos: bool = True, pages_per_step: int = 256) -> BackupResult:
    """Write `station-YYYYmmdd-HHMMSS.sqlite` (and a photos folder) into target_dir."""
    target_dir = Path(target_dir) if target_dir else db.backups_dir
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / f"station-{stamp}.sqlite"
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        counter = 1
        while target.exists():  # two backups in one second keep both
            counter += 1
            target = target_dir / f"station-{stamp}-{counter}.sqlite"
        _copy_database(db.path, target, progress, pages_per_step)
        copied = _copy_photos(db.photos_dir, target_dir / "photos", progress) if include_photos else 0
    except Cancelled:
        _remove(target)
        raise
    except (OSError, sqlite3.Error) as error:
        _remove(target)
        if isinstance(error, OSError) and error.errno == 28 or "full" in str(error).lower():
            raise EnvironmentProblem(translate("services.backup", "There is not enough space at {path}. Use another USB drive or free some space and try again.").format(
                path=target_dir)) from None
        raise EnvironmentProblem(translate("services.backup", "Cannot write to the backup place {path}: {error}. Check that the USB drive is plugged in and writable.").format(
            path=target_dir, error=error)) from None
    return BackupResult(target, target.stat().st_size, copied)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _copy_database(source: Path, target: Path, progress: Progress | None, pages: int) -> None:
    def pages_copied(status, remaining, total):
        step(progress, total - remaining, total, translate("services.backup", CANCELLED))

    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
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
    return doomed


def list_backups(db: Database) -> list[tuple[Path, int]]:
    return [(p, p.stat().st_size) for p in sorted(db.backups_dir.glob("*.sqlite"), reverse=True)]
