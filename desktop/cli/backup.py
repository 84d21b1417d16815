"""`backup [--to DIR] [--no-photos]`: a consistent copy of the station's data."""

from __future__ import annotations

import sys

from desktop.services.backup import backup_now


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份数据（可备份到U盘）")
    p.add_argument("--to", default=None, help="备份到哪个文件夹（默认：数据文件夹中的 backups）")
    p.add_argument("--no-photos", action="store_true", help="不备份照片")
    p.set_defaults(handler=run_backup)


def run_backup(args, open_db) -> int:
    db = open_db()

    def progress(done, total):
        print(f"\r备份中 {done}/{total}", end="", file=sys.stderr, flush=True)

    result = backup_now(db, args.to, progress=progress, include_photos=not args.no_photos)
    print(file=sys.stderr)
    print(f"已备份到 {result.path}（{result.size_bytes // 1024} KB，照片 {result.photos_copied} 张）")
    return 0
