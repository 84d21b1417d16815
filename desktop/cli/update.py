"""`update [--download] [--install] [--json]`: a newer version from the county server."""

from __future__ import annotations

import sys

from desktop.cli import print_json


def register(sub) -> None:
    p = sub.add_parser("update", help="查看、下载、安装县中心发布的新版本")
    p.add_argument("--download", action="store_true", help="下载新版本并核对签名（可断点续传）")
    p.add_argument("--install", action="store_true", help="下载后运行安装程序")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_update)


def run_update(args, open_db) -> int:
    from desktop.errors import UserError
    from desktop.services import updates

    db = open_db()
    status = updates.status(db)
    if not (args.download or args.install):
        if args.json:
            print_json(status.as_dict())
        elif status.available:
            print(f"有新版本 {status.latest}（本机 {status.current}）。用 update --download 下载。")
        else:
            print(f"本机是最新版本 {status.current}。" + ("" if status.latest else "（同步后会知道县中心有没有新版本）"))
        return 0
    if not status.available:
        raise UserError(f"没有比本机（{status.current}）更新的版本。请先同步一次，看县中心是否发布了新版本。")

    def progress(done, total):
        print(f"\r下载中 {done // 1024} / {total // 1024} KB", end="", file=sys.stderr, flush=True)

    try:
        path = updates.download(db, progress=progress)
    finally:
        print(file=sys.stderr)  # the message, if any, starts on its own line
    if args.json:
        print_json({**status.as_dict(), "file": str(path)})
    else:
        print(f"已下载并核对签名：{path}")
    if args.install:
        updates.start_installer(path)
        print("已启动安装程序。安装前请关闭实践站工作台。")
    return 0
