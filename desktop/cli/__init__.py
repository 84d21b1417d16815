"""`python -m desktop [--data-dir DIR] COMMAND`: the headless twin of the UI.

How commands are registered (read this before adding one)
---------------------------------------------------------
COMMANDS below is a table: command name -> (module path, one-line Chinese help).
Building the parser imports NO command module: every command gets a light
placeholder parser carrying its help line, and only the module of the command
being run is imported, whose `register(sub)` then adds the real parser (so
`python -m desktop volunteer list --help` still shows the full help). This keeps
`--version` and simple commands fast: see bench/startup.py and
tests/unit/test_cli_startup.py.

To add a command group, e.g. `points`:

    1. write desktop/cli/points.py with
           def register(sub) -> None:
               p = sub.add_parser("points", help="积分")       # same help as the table
               psub = p.add_subparsers(dest="action", required=True)
               ...
               x.set_defaults(handler=run_x)
           def run_x(args, open_db) -> int: ...
    2. add one line to COMMANDS:  "points": ("desktop.cli.points", "积分"),

One module may register several top-level commands (sync.py adds `enrol`,
`sync` and `sync-status`): list each name in COMMANDS with the same module.
tests/unit/test_cli_startup.py checks that every module registers exactly the
names the table gives it, with the table's help.

`export KIND` and `import KIND` are shared by several modules: kinds are added
with desktop.cli.export.register_export_kind from a module listed in
desktop.cli.export.PROVIDERS (imported only when `export` runs).

Handlers take (args, open_db) and return an exit code. Bad input exits 2 with a
one-line Chinese message, never a traceback; a bug exits 70 and is logged.
Module-level imports here must stay light (no SQLAlchemy, no Qt).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop import __version__

EXIT_USER = 2
EXIT_BUG = 70

log = logging.getLogger("station_desk")

# name -> (module, help). The order is the order of `python -m desktop --help`.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("desktop.cli.station", "建立实践站（首次使用）"),
    "volunteer": ("desktop.cli.volunteer", "志愿者台账"),
    "activity": ("desktop.cli.activities", "文明实践活动"),
    "signin": ("desktop.cli.activities", "签到"),
    "signout": ("desktop.cli.activities", "签退"),
    "photo": ("desktop.cli.activities", "活动照片"),
    "hours": ("desktop.cli.activities", "志愿服务时长统计"),
    "cards": ("desktop.cli.activities", "打印志愿者二维码卡（A4 PDF）"),
    "kiosk-pin": ("desktop.cli.activities", "设置站长密码（退出签到台时使用）"),
    "demo": ("desktop.cli.demo", "生成演示数据（志愿者、队伍、两年的活动和签到）"),
    "doctor": ("desktop.cli.doctor", "检查数据文件"),
    "backup": ("desktop.cli.backup", "备份数据（可备份到U盘）"),
    "import": ("desktop.cli.roster", "从 Excel/CSV 导入"),
    "certificate": ("desktop.cli.paper", "志愿服务证明登记簿：查看、作废"),
    "export": ("desktop.cli.export", "导出（志愿者名册、登记簿、签到表等）"),
    "enrol": ("desktop.cli.sync", "用县中心发的注册码把本机注册到县中心服务器"),
    "sync": ("desktop.cli.sync", "与县中心服务器同步"),
    "sync-status": ("desktop.cli.sync", "查看同步状态"),
    "sync-problems": ("desktop.cli.sync", "查看同步时隔离的有问题的数据"),
    "request": ("desktop.cli.requests", "群众点单：点单、派单、接单、评单"),
}


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Chinese, on one line."""

    def error(self, message: str):  # noqa: D401
        self.exit(EXIT_USER, f"错误：命令参数不对（{message}）。用 --help 查看用法。\n")


def _global_parser(**kwargs) -> Parser:
    parser = Parser(prog="python -m desktop", description="实践站工作台 Station Desk", **kwargs)
    parser.add_argument("--data-dir", type=Path, default=None, help="数据文件夹（默认为本用户的本地数据文件夹）")
    return parser


def _command_in(argv: list[str]) -> str | None:
    """The command word of argv (after the global options), without importing anything."""
    try:
        _, rest = _global_parser(add_help=False).parse_known_args(argv)
    except SystemExit:  # a malformed global option: the full parser reports it
        return None
    for token in rest:
        if not token.startswith("-"):
            return token
    return None


def build_parser(argv: list[str] | None = None, *, load: str | None = None) -> argparse.ArgumentParser:
    """The parser for argv: real parsers for argv's command, placeholders for the rest.

    `load="all"` imports every command module (for tests and docs).
    """
    chosen = load if load is not None else _command_in(sys.argv[1:] if argv is None else argv)
    wanted = set(dict.fromkeys(module for module, _ in COMMANDS.values())) if chosen == "all" else (
        {COMMANDS[chosen][0]} if chosen in COMMANDS else set())
    parser = _global_parser()
    parser.add_argument("--version", action="version", version=f"Station Desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    gui = sub.add_parser("gui", help="打开图形界面（默认）")
    gui.add_argument("--lang", default=None, help="界面语言，例如 zh_CN（默认）或 en")
    gui.set_defaults(handler=_gui)
    registered: set[str] = set()
    for name, (module, help_) in COMMANDS.items():
        if module in wanted:
            if module not in registered:
                importlib.import_module(module).register(sub)
                registered.add(module)
        else:
            placeholder = sub.add_parser(name, help=help_, add_help=False)
            placeholder.add_argument("rest", nargs=argparse.REMAINDER)
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
            handle.write(traceback.format_exc() + "\n")
        return path
    except OSError:
        return None


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        args.command, args.handler, args.lang = "gui", _gui, None
    opened = []

    def open_db():
        from desktop.db import Database

        db = Database(args.data_dir)
        opened.append(db)
        return db

    try:
        return args.handler(args, open_db) or 0
    except KeyboardInterrupt:
        print("已取消。", file=sys.stderr)
        return 130
    except Exception as error:  # the one place errors reach the CLI user
        from desktop.errors import as_user_error

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


def __getattr__(name: str):
    if name == "UserError":  # kept importable from here, without loading SQLAlchemy up front
        from desktop.errors import UserError

        return UserError
    raise AttributeError(name)


Handler = Callable[[argparse.Namespace, Callable], int]

__all__ = ["COMMANDS", "EXIT_BUG", "EXIT_USER", "build_parser", "main", "print_json"]
