"""`python -m desktop [--data-dir DIR] COMMAND`: the headless twin of the UI.

Each command group lives in its own module with a `register(subparsers)`
function; handlers take (args, db_factory) and return an exit code. Bad input
exits non-zero with a one-line message (Chinese by default, desktop.i18n), never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop import __version__
from desktop.errors import UserError, as_user_error
from desktop.i18n import translate

EXIT_USER = 2
EXIT_BUG = 70

log = logging.getLogger("station_desk")


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Chinese, on one line."""

    def error(self, message: str):  # noqa: D401
        self.exit(EXIT_USER, translate("cli", "Error: wrong command arguments ({message}). See --help for the usage.").format(
            message=message) + "\n")


def _modules():
    from desktop.cli import activities, backup, demo, doctor, export, paper, roster, station, sync, volunteer

    return [station, volunteer, activities, demo, doctor, backup, roster, paper, export, sync]


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m desktop", description=translate("cli", "Station Desk"))
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=translate("cli", "data folder (by default this user's local data folder)"))
    parser.add_argument("--version", action="version", version=f"Station Desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    gui = sub.add_parser("gui", help=translate("cli", "open the window (the default)"))
    gui.add_argument("--lang", default=None, help=translate("cli", "language, for example zh_CN (the default) or en"))
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
            handle.write(traceback.format_exc() + "\n")
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
        from desktop.db import Database

        db = Database(args.data_dir)
        opened.append(db)
        return db

    try:
        return args.handler(args, open_db) or 0
    except KeyboardInterrupt:
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return 130
    except Exception as error:  # the one place errors reach the CLI user
        user_error = as_user_error(error)
        if user_error is not None:
            print(translate("cli", "Error: {message}").format(message=user_error.message), file=sys.stderr)
            return EXIT_USER
        where = _log_bug(args.data_dir)
        hint = translate("cli", "The details are in {path}; ").format(path=where) if where else ""
        print(translate("cli", "Internal error: {error}. {hint}please send it to the county centre's technician.").format(
            error=type(error).__name__, hint=hint), file=sys.stderr)
        return EXIT_BUG
    finally:
        for db in opened:
            db.close()


def print_json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


Handler = Callable[[argparse.Namespace, Callable], int]

__all__ = ["EXIT_BUG", "EXIT_USER", "UserError", "build_parser", "main", "print_json"]
