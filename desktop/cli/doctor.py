"""`doctor`: integrity check, schema revision, pending journal entries, data folder."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.db import current_revision, head_revision
from desktop.sync.journal import pending_count


def register(sub) -> None:
    p = sub.add_parser("doctor", help="检查数据文件")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_doctor)


def run_doctor(args, open_db) -> int:
    db = open_db()
    integrity = db.integrity_check()
    with db.read() as session:
        pending = pending_count(session)
    report = {
        "data_dir": str(db.data_dir), "database": str(db.path),
        "schema_revision": current_revision(db.engine), "code_revision": head_revision(),
        "integrity": integrity, "pending_changes": pending, "station_id": db.station_id,
        "site_id": db.site_id, "last_hlc": db.clock.last,
    }
    if args.json:
        print_json(report)
    else:
        print(f"数据文件夹：{report['data_dir']}")
        print(f"数据库：{report['database']}")
        print(f"数据库版本：{report['schema_revision']}（软件版本 {report['code_revision']}）")
        print(f"完整性检查：{'正常' if integrity == 'ok' else integrity}")
        print(f"待同步的修改：{pending} 条")
        print(f"实践站编号：{report['station_id'] or '尚未建立'}")
    return 0 if integrity == "ok" else 1
