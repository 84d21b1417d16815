"""`python -m desktop [--data-dir DIR] COMMAND`: the headless twin of the UI.

Each command group lives in its own module with a `register(subparsers)`
function; handlers take (args, db_factory) and return an exit code. Bad input
exits non-zero with a one-line Chinese message, never a traceback.

Credentials (desktop.cli.credentials): once the PC has accounts, `open_db()`
signs in with `--user` (default: the station head) and the password from
STATION_DESK_PASSWORD or `--password-stdin`; without one it exits 2. What
the account's role may run is checked there too (COMMAND_PERMISSION).
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop import __version__
from desktop.errors import UserError, as_user_error, scrub

EXIT_USER = 2
EXIT_BUG = 70

log = logging.getLogger("station_desk")


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Chinese, on one line."""

    def error(self, message: str):  # noqa: D401
        self.exit(EXIT_USER, f"错误：命令参数不对（{message}）。用 --help 查看用法。\n")


def _modules():
    from desktop.cli import (
        accounts,
        activities,
        backup,
        demo,
        doctor,
        export,
        paper,
        roster,
        station,
        sync,
        volunteer,
    )

    return [station, volunteer, activities, demo, doctor, backup, roster, paper, export, sync, accounts]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m desktop", description="实践站工作台 Station Desk")
    parser.add_argument("--data-dir", type=Path, default=None, help="数据文件夹（默认为本用户的本地数据文件夹）")
    parser.add_argument("--version", action="version", version=f"Station Desk {__version__}")
    parser.add_argument("--user", default=None, help="登录账号（默认：站长）；密码来自环境变量 STATION_DESK_PASSWORD")
    parser.add_argument("--password-stdin", action="store_true", help="从标准输入读取密码（一行）")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    gui = sub.add_parser("gui", help="打开图形界面（默认）")
    gui.add_argument("--lang", default=None, help="界面语言，例如 zh_CN（默认）或 en")
    gui.set_defaults(handler=_gui)
    for module in _modules():
        module.register(sub)
    return parser


def _gui(args, open_db) -> int:
    from desktop.ui.app import run_app

    return run_app(args.data_dir, lang=args.lang)


def _log_bug(data_dir: Path | None) -> Path | None:
    from desktop.db import default_data_dir

    try:
        folder = (data_dir or default_data_dir()) / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "error.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write(scrub(traceback.format_exc()) + "\n")
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args.command, args.handler, args.lang = "gui", _gui, None
    opened = []

    def open_db():
        from desktop.cli.credentials import open_signed_in

        db = open_signed_in(args)
        opened.append(db)
        return db

    try:
        return args.handler(args, open_db) or 0
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as error:  # the one place errors reach the CLI user
        user_error = as_user_error(error)
        if user_error is not None:
            print(f"错误：{user_error.message}", file=sys.stderr)
            return EXIT_USER
        where = _log_bug(args.data_dir)
        hint = f"详细信息已记录在 {where}，" if where else ""
        print(f"程序内部错误：{type(error).__name__}。{hint}请把它发给县中心的技术人员。", file=sys.stderr)
        return EXIT_BUG
    finally:
        for db in opened:
            db.close()


def print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


Handler = Callable[[argparse.Namespace, Callable], int]

__all__ = ["EXIT_BUG", "EXIT_USER", "UserError", "build_parser", "main", "print_json"]
