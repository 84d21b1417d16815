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
    menu add NAME [--team-field F] [--response-hours H] | list [--json] | edit ID ...   the service menu
    request list [--station S] [--state X] [--json] | dispatch REQUEST --to-station S [--team T]

Every command takes --db URL (default: SQLite under ./county-data).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from server import requests
from server.db import DEFAULT_DIR, ServerDatabaseTooNew, default_url, open_db
from server.store import CODE_TTL, ApiError, Store

EDITABLE = ("name", "village", "town", "county", "head_name", "phone", "address")


class Parser(argparse.ArgumentParser):
    def error(self, message: str):
        self.exit(2, f"错误：命令参数不对（{message}）。用 --help 查看用法。\n")


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--db", default=None, help="数据库 URL，例如 postgresql+psycopg://user:pw@host/county（默认 ./county-data 下的 SQLite）")
    common.add_argument("--data-dir", type=Path, default=DEFAULT_DIR, help="数据文件夹（SQLite 数据库和照片），默认 ./county-data")
    parser = Parser(prog="python -m server", description="实践站工作台 县中心服务器")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    serve = sub.add_parser("serve", parents=[common], help="运行服务器")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1, help="工作进程数（仅 PostgreSQL；默认 1）")
    station = sub.add_parser("station", help="实践站管理").add_subparsers(dest="action", required=True, parser_class=Parser)
    add = station.add_parser("add", parents=[common], help="新建实践站并生成注册码")
    add.add_argument("--name", required=True)
    add.add_argument("--county", default="")
    add.add_argument("--station-id", default=None, help="已在站点电脑上建立的实践站编号（接入已有数据时用）")
    code = station.add_parser("code", parents=[common], help="为同一实践站的另一台电脑生成注册码")
    code.add_argument("station_id")
    station.add_parser("list", parents=[common], help="列出实践站")
    edit = station.add_parser("edit", parents=[common], help="县中心修改实践站信息（同步后下发到站点）")
    edit.add_argument("station_id")
    for field in EDITABLE:
        edit.add_argument(f"--{field.replace('_', '-')}", dest=field, default=None)
    quota = station.add_parser("quota", parents=[common], help="设置实践站的照片空间上限（默认 5 GB）")
    quota.add_argument("station_id")
    quota.add_argument("--gb", type=float, default=None, help="上限（GB）；不给则恢复默认 5 GB")
    problems = station.add_parser("problems", parents=[common], help="站点电脑报告的问题：被隔离的数据、一直核对不一致的表")
    problems.add_argument("station_id", nargs="?", default=None)
    device = sub.add_parser("device", help="设备管理").add_subparsers(dest="action", required=True, parser_class=Parser)
    dlist = device.add_parser("list", parents=[common], help="列出已注册的电脑")
    dlist.add_argument("--station", default=None)
    revoke = device.add_parser("revoke", parents=[common], help="撤销一台电脑的同步授权")
    revoke.add_argument("device_id")
    admin = sub.add_parser("admin", help="县中心工作台账号").add_subparsers(dest="action", required=True,
                                                                      parser_class=Parser)
    aadd = admin.add_parser("add", parents=[common], help="新建县中心工作台账号（密码从标准输入读取）")
    aadd.add_argument("name")
    aadd.add_argument("--role", required=True, choices=["管理员", "查看"])
    admin.add_parser("list", parents=[common], help="列出县中心工作台账号")
    requests.register_cli(sub, common, Parser)
    return parser


def _store(args) -> Store:
    return Store(open_db(args.db or default_url(args.data_dir)))


def _fmt(value) -> str:
    return "-" if value is None else str(value)


def run(args) -> int:
    if args.command == "serve":
        import uvicorn

        from server.app import create_app

        store = _store(args)  # migrates before any worker starts
        print(f"县中心服务器已启动：http://{args.host}:{args.port}/ （接口文档 /docs）", flush=True)
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
    store = _store(args)
    if args.command in ("menu", "request"):
        return requests.run_cli(store, args)
    key = (args.command, args.action)
    if key == ("station", "add"):
        station_id, code = store.add_station(args.name, args.county, args.station_id)
        print(f"实践站编号：{station_id}")
        print(f"注册码：{code}（{int(CODE_TTL.total_seconds() // 86400)} 天内有效，只能用一次）")
    elif key == ("station", "code"):
        print(f"注册码：{store.new_code(args.station_id)}（{int(CODE_TTL.total_seconds() // 86400)} 天内有效，只能用一次）")
    elif key == ("station", "list"):
        for s in store.list_stations():
            print(f"{s['id']}\t{s['name']}\t{s['county']}\t设备 {s['devices']} 台\t记录 {s['last_seq']} 条")
    elif key == ("station", "edit"):
        fields = {f: getattr(args, f) for f in EDITABLE if getattr(args, f) is not None}
        if not fields:
            print("错误：没有要修改的内容，例如 --name 新名称。", file=sys.stderr)
            return 2
        store.county_write(args.station_id, "station", args.station_id, fields)
        print(f"已修改：{json.dumps(fields, ensure_ascii=False)}。站点电脑下次同步时收到。")
    elif key == ("station", "quota"):
        if args.gb is not None and not 0 <= args.gb <= 1_000_000:
            print("错误：--gb 应为 0 到 1000000 之间的数。", file=sys.stderr)
            return 2
        store.set_quota(args.station_id, None if args.gb is None else int(args.gb * 1024 ** 3))
        print(f"已设置照片空间上限：{'默认 5' if args.gb is None else f'{args.gb:g}'} GB。")
    elif key == ("station", "problems"):
        rows = store.problems(args.station_id)
        if not rows:
            print("没有站点电脑报告问题。")
        names = {"rejected": "隔离的数据", "mismatch": "核对一直不一致的表", "rejected_total": "隔离的数据总数"}
        for p in rows:
            print(f"{p['station_id']}\t设备 {p['device_id']}\t{names.get(p['kind'], p['kind'])}\t{p['entity'] or '-'}\t"
                  f"{p['key']}\t{p['count']}\t{p['detail'] or '-'}\t报告于 {p['reported_at']}")
    elif key == ("device", "list"):
        for d in store.list_devices(args.station):
            state = f"已撤销 {d['revoked_at']}" if d["revoked_at"] else "有效"
            print(f"{d['id']}\t{d['station_id']}\t{d['name'] or '-'}\t注册于 {d['created_at']}\t"
                  f"最近联系 {_fmt(d['last_seen_at'])}\t{state}")
    elif key == ("admin", "add"):
        from server.console import auth

        password = sys.stdin.readline().rstrip("\r\n")
        try:
            auth.add_admin(store, args.name, args.role, password)
        except auth.ConsoleError as error:
            print(f"错误：{error}", file=sys.stderr)
            return 2
        print(f"已建立县中心工作台账号“{args.name.strip()}”（{args.role}）。请用浏览器打开 /console 登录。")
    elif key == ("admin", "list"):
        from server.console import auth

        for a in auth.list_admins(store):
            state = "已停用" if a["disabled_at"] else "有效"
            print(f"{a['name']}\t{auth.ROLE_NAMES.get(a['role'], a['role'])}\t建立于 {a['created_at']}\t{state}")
    elif key == ("device", "revoke"):
        store.revoke_device(args.device_id)
        print(f"已撤销设备 {args.device_id} 的同步授权。")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except (ApiError, ServerDatabaseTooNew) as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    except Exception as error:  # database unreachable and the like: one line, no traceback
        from sqlalchemy.exc import OperationalError

        if isinstance(error, OperationalError):
            print(f"错误：无法连接数据库（{str(error.orig).strip().splitlines()[0]}）。", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())
