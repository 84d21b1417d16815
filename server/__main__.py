"""`python -m server COMMAND`: run the county server and administer it.

    serve [--host H] [--port P] [--workers N]   run the HTTP API (OpenAPI at /docs)
    station add --name N --county C       new station: prints its id and a one-time enrolment code
    station code STATION_ID               another code (second PC, reinstalled PC)
    station list
    station edit STATION_ID --name ...    a county-side correction of a station's record (flows down on sync)
    station quota STATION_ID --gb N       the station's photo quota (default 5 GB)
    station problems [STATION_ID]         what station PCs reported: entries they quarantined, tables that keep differing
    device list [--station ID]
    device revoke DEVICE_ID
    admin add NAME --role 管理员|查看      a county console account; the password is read from stdin
    admin list
    release add FILE --version V [--signature SIG]   host a signed installer for the stations to update from
    release list
    migrate                               bring the database schema up to date, then exit
    menu add NAME [--team-field F] [--response-hours H] | list [--json] | edit ID ...   the service menu
    request list [--station S] [--state X] [--json] | dispatch REQUEST --to-station S [--team T]
    star show [--json] | set --points KEY=N --threshold KEY=X | reset | push   star-rating indicators (to every station)
    account reset-code STATION_ID USER    a one-time password-reset code for a station PC's account
    account log [--station ID]            key escrow and reset events
    privacy retention MONTHS [--station ID]   how long PCs keep exited volunteers' personal data

Every command takes --db URL (default: SQLite under ./county-data).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from desktop.i18n import translate
from server import requests
from server.db import DEFAULT_DIR, ServerDatabaseTooNew, default_url, open_db
from server.enrolment import CODE_TTL
from server.store import ApiError, Store

EDITABLE = ("name", "village", "town", "county", "head_name", "phone", "address")


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.exit(2, translate("server.main", "Error: wrong command arguments ({message}). See --help for the usage.").format(message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--db", default=None,
                        help=translate("server.main", "database URL, for example postgresql+psycopg://user:pw@host/county (default: SQLite in ./county-data)"))
    common.add_argument("--data-dir", type=Path, default=DEFAULT_DIR,
                        help=translate("server.main", "data folder (SQLite database and photos), default ./county-data"))
    parser = Parser(prog="python -m server", description=translate("server.main", "Station Desk: the county server"))
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    serve = sub.add_parser("serve", parents=[common], help=translate("server.main", "run the server"))
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=_env_workers(),
                       help=translate("server.main", "worker processes (PostgreSQL only; default 1)"))
    station = sub.add_parser("station", help=translate("server.main", "stations")).add_subparsers(dest="action", required=True, parser_class=Parser)
    add = station.add_parser("add", parents=[common], help=translate("server.main", "add a station and make an enrolment code"))
    add.add_argument("--name", required=True)
    add.add_argument("--county", default="")
    add.add_argument("--station-id", default=None, help=translate("server.main", "id of a station already set up on its PC (to take in existing data)"))
    code = station.add_parser("code", parents=[common], help=translate("server.main", "make an enrolment code for another PC of the same station"))
    code.add_argument("station_id")
    station.add_parser("list", parents=[common], help=translate("server.main", "list the stations"))
    edit = station.add_parser("edit", parents=[common], help=translate("server.main", "change a station's details at the county (sent to the station with the next sync)"))
    edit.add_argument("station_id")
    for field in EDITABLE:
        edit.add_argument(f"--{field.replace('_', '-')}", dest=field, default=None)
    quota = station.add_parser("quota", parents=[common], help=translate("server.main", "set a station's photo space limit (default 5 GB)"))
    quota.add_argument("station_id")
    quota.add_argument("--gb", type=float, default=None, help=translate("server.main", "the limit in GB; without it, back to the default 5 GB"))
    problems = station.add_parser("problems", parents=[common], help=translate("server.main", "problems the station PCs reported: quarantined data, tables that keep disagreeing"))
    problems.add_argument("station_id", nargs="?", default=None)
    device = sub.add_parser("device", help=translate("server.main", "devices")).add_subparsers(dest="action", required=True, parser_class=Parser)
    dlist = device.add_parser("list", parents=[common], help=translate("server.main", "list the enrolled PCs"))
    dlist.add_argument("--station", default=None)
    revoke = device.add_parser("revoke", parents=[common], help=translate("server.main", "revoke a PC's permission to sync"))
    revoke.add_argument("device_id")
    admin = sub.add_parser("admin", help=translate("server.main", "county console accounts")).add_subparsers(dest="action", required=True,
                                                                      parser_class=Parser)
    aadd = admin.add_parser("add", parents=[common],
                            help=translate("server.main", "add a county console account (the password is read from standard input)"))
    aadd.add_argument("name")
    aadd.add_argument("--role", required=True, choices=["管理员", "查看"])
    admin.add_parser("list", parents=[common], help=translate("server.main", "list the county console accounts"))
    release = sub.add_parser("release", help=translate("server.main", "installers for the station PCs to update from")
                             ).add_subparsers(dest="action", required=True, parser_class=Parser)
    radd = release.add_parser("add", parents=[common], help=translate("server.main", "publish a signed installer"))
    radd.add_argument("file", type=Path)
    radd.add_argument("--version", required=True)
    radd.add_argument("--signature", type=Path, default=None,
                      help=translate("server.main", "the signature file (default: the installer's name plus .sig)"))
    release.add_parser("list", parents=[common], help=translate("server.main", "list the published installers"))
    sub.add_parser("migrate", parents=[common], help=translate("server.main", "bring the database schema up to date, then exit"))
    requests.register_cli(sub, common, Parser)
    from server import star

    star.register_cli(sub, common, Parser)
    from server import accounts

    accounts.register_cli(sub, common)
    from server import privacy

    privacy.register_cli(sub, common, Parser)
    return parser


def _store(args) -> Store:
    # the systemd unit passes the database through its environment file (installer/server)
    return Store(open_db(args.db or os.environ.get("STATION_DESK_SERVER_DB") or default_url(args.data_dir)))


def _env_workers() -> int:
    """STATION_DESK_SERVER_WORKERS, when it is a number from 1 to 64 (else 1)."""
    text = os.environ.get("STATION_DESK_SERVER_WORKERS", "").strip()
    return int(text) if text.isascii() and text.isdigit() and 1 <= int(text) <= 64 else 1


def _fmt(value) -> str:
    return "-" if value is None else str(value)


def run(args) -> int:
    if args.command == "serve":
        import uvicorn

        from server.app import create_app

        store = _store(args)  # migrates before any worker starts
        print(translate("server.main", "The county server is running: http://{host}:{port}/ (API documents at /docs)").format(
            host=args.host, port=args.port), flush=True)
        if args.workers > 1 and not store.db.is_sqlite:  # SQLite has one writer: more processes only wait
            os.environ["STATION_DESK_SERVER_DB"] = store.db.url
            os.environ["STATION_DESK_SERVER_DATA"] = str(args.data_dir.resolve())
            store.db.dispose()
            uvicorn.run("server.app:from_env", factory=True, host=args.host, port=args.port, workers=args.workers,
                        log_level="warning")
            return 0
        app = create_app(store, args.data_dir / "blobs")
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
        return 0
    if args.command == "release":
        return _release(args)
    store = _store(args)
    if args.command == "migrate":
        print(translate("server.main", "The database schema is up to date."))
        return 0
    if args.command in ("menu", "request"):
        return requests.run_cli(store, args)
    if args.command == "star":
        from server import star

        return star.run_cli(store, args)
    if args.command == "account":
        from server import accounts

        return accounts.run_cli(args, store)
    if args.command == "privacy":
        from server import privacy

        return privacy.run_cli(store, args)
    key = (args.command, args.action)
    if key == ("station", "add"):
        station_id, code = store.add_station(args.name, args.county, args.station_id)
        from server import star

        star.give_new_station(store, station_id)  # the county's targets and star indicators, if set
        print(translate("server.main", "Station id: {id}").format(id=station_id))
        print(translate("server.main", "Enrolment code: {code} (valid for {days} days, once only)").format(
            code=code, days=int(CODE_TTL.total_seconds() // 86400)))
    elif key == ("station", "code"):
        print(translate("server.main", "Enrolment code: {code} (valid for {days} days, once only)").format(
            code=store.new_code(args.station_id), days=int(CODE_TTL.total_seconds() // 86400)))
    elif key == ("station", "list"):
        for s in store.list_stations():
            print(translate("server.main", "{id}\t{name}\t{county}\tdevices {devices}\trecords {records}").format(
                id=s["id"], name=s["name"], county=s["county"], devices=s["devices"], records=s["last_seq"]))
    elif key == ("station", "edit"):
        fields = {f: getattr(args, f) for f in EDITABLE if getattr(args, f) is not None}
        if not fields:
            print(translate("server.main", "Error: nothing to change; give for example --name NEW_NAME."), file=sys.stderr)
            return 2
        store.county_write(args.station_id, "station", args.station_id, fields)
        print(translate("server.main", "Changed: {fields}. The station's PCs get it with their next sync.").format(
            fields=json.dumps(fields, ensure_ascii=False)))
    elif key == ("station", "quota"):
        if args.gb is not None and not 0 <= args.gb <= 1_000_000:
            print(translate("server.main", "Error: --gb must be a number from 0 to 1000000."), file=sys.stderr)
            return 2
        store.set_quota(args.station_id, None if args.gb is None else int(args.gb * 1024 ** 3))
        limit = translate("server.main", "the default 5") if args.gb is None else f"{args.gb:g}"
        print(translate("server.main", "The photo space limit is set: {limit} GB.").format(limit=limit))
    elif key == ("station", "problems"):
        rows = store.problems(args.station_id)
        if not rows:
            print(translate("server.main", "No station PC reported a problem."))
        names = {"rejected": translate("server.main", "quarantined data"), "mismatch": translate("server.main", "a table that keeps disagreeing"),
                 "rejected_total": translate("server.main", "quarantined data in all")}
        for p in rows:
            dev = translate("server.main", "device {id}").format(id=p["device_id"])
            when = translate("server.main", "reported {at}").format(at=p["reported_at"])
            print(f"{p['station_id']}\t{dev}\t{names.get(p['kind'], p['kind'])}\t{p['entity'] or '-'}\t"
                  f"{p['key']}\t{p['count']}\t{p['detail'] or '-'}\t{when}")
    elif key == ("device", "list"):
        for d in store.list_devices(args.station):
            state = translate("server.main", "revoked {when}").format(when=d["revoked_at"]) if d["revoked_at"] else translate("server.main", "valid")
            print(translate("server.main", "{id}\t{station}\t{name}\tenrolled {enrolled}\tlast seen {seen}\t{state}").format(
                id=d["id"], station=d["station_id"], name=d["name"] or "-", enrolled=d["created_at"],
                seen=_fmt(d["last_seen_at"]), state=state))
    elif key == ("admin", "add"):
        from server.console import auth

        password = sys.stdin.readline().rstrip("\r\n")
        try:
            auth.add_admin(store, args.name, args.role, password)
        except auth.ConsoleError as error:
            print(translate("server.main", "Error: {message}").format(message=error), file=sys.stderr)
            return 2
        print(translate("server.main", "The county console account “{name}” ({role}) is set up. Open /console in a browser to log in.").format(
            name=args.name.strip(), role=args.role))
    elif key == ("admin", "list"):
        from server.console import auth

        for a in auth.list_admins(store):
            state = translate("server.main", "disabled") if a["disabled_at"] else translate("server.main", "valid")
            print(translate("server.main", "{name}\t{role}\tcreated {created}\t{state}").format(
                name=a["name"], role=auth.ROLE_NAMES.get(a["role"], a["role"]), created=a["created_at"], state=state))
    elif key == ("device", "revoke"):
        store.revoke_device(args.device_id)
        print(translate("server.main", "The device {id} may no longer sync.").format(id=args.device_id))
    return 0


def _release(args) -> int:
    from desktop.sync.releases import ReleaseRefused
    from server.releases import add_release, list_releases

    if args.action == "add":
        try:
            meta = add_release(args.data_dir, args.file, args.version, args.signature)
        except ReleaseRefused as error:
            print(translate("server.main", "Error: {error}").format(error=error), file=sys.stderr)
            return 2
        print(translate("server.main", "Published {version}: {file} ({size} bytes, SHA-256 {sha256}). The station PCs "
                                       "see \"a new version\" at their next sync.").format(**meta))
        return 0
    for meta in list_releases(args.data_dir):
        print(translate("server.main", "{version}\t{file}\t{size} bytes\tpublished {added_at}").format(**meta))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (ApiError, ServerDatabaseTooNew) as error:
        print(translate("server.main", "Error: {message}").format(message=error), file=sys.stderr)
        return 2
    except Exception as error:  # database unreachable and the like: one line, no traceback
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            print(translate("server.main", "Error: cannot connect to the database ({error}).").format(
                error=str(error.orig).strip().splitlines()[0]), file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
