"""`backup [--to DIR] [--no-photos]`: a consistent copy of the station's data."""

from __future__ import annotations

import sys

from desktop.i18n import translate
from desktop.services.backup import backup_now


def register(sub) -> None:
    p = sub.add_parser("backup", help=translate("cli", "back up the data (also to a USB drive)"))
    p.add_argument("--to", default=None, help=translate("cli.backup", "folder to back up to (default: backups in the data folder)"))
    p.add_argument("--no-photos", action="store_true", help=translate("cli.backup", "leave the photos out"))
    p.set_defaults(handler=run_backup)


def run_backup(args, open_db) -> int:
    db = open_db()

    def progress(done, total):
        print("\r" + translate("cli.backup", "Backing up {done}/{total}").format(done=done, total=total), end="", file=sys.stderr, flush=True)

    result = backup_now(db, args.to, progress=progress, include_photos=not args.no_photos)
    print(file=sys.stderr)
    print(translate("cli.backup", "Backed up to {path} ({kb} KB, {photos} photos)").format(
        path=result.path, kb=result.size_bytes // 1024, photos=result.photos_copied))
    return 0
