"""`doctor`: integrity check, schema revision, pending journal entries, data folder."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.db import current_revision, head_revision
from desktop.i18n import translate
from desktop.sync.journal import pending_count


def register(sub) -> None:
    p = sub.add_parser("doctor", help=translate("cli", "check the data file"))
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
        print(translate("cli.doctor", "Data folder: {path}").format(path=report["data_dir"]))
        print(translate("cli.doctor", "Database: {path}").format(path=report["database"]))
        print(translate("cli.doctor", "Database version: {schema} (software version {code})").format(
            schema=report["schema_revision"], code=report["code_revision"]))
        print(translate("cli.doctor", "Integrity check: {result}").format(result=translate("cli.doctor", "fine") if integrity == "ok" else integrity))
        print(translate("cli.doctor", "Changes waiting to sync: {n}").format(n=pending))
        print(translate("cli.doctor", "Station id: {id}").format(id=report["station_id"] or translate("cli.doctor", "not set up yet")))
    return 0 if integrity == "ok" else 1
