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
               p = sub.add_parser("points", help=translate("cli", "Points"))  # the table's help
               psub = p.add_subparsers(dest="action", required=True)
               ...
               x.set_defaults(handler=run_x)
           def run_x(args, open_db) -> int: ...
    2. add one line to COMMANDS:  "points": ("desktop.cli.points", QT_TRANSLATE_NOOP("cli", "Points")),

One module may register several top-level commands (sync.py adds `enrol`,
`sync` and `sync-status`): list each name in COMMANDS with the same module.
tests/unit/test_cli_startup.py checks that every module registers exactly the
names the table gives it, with the table's help.

`export KIND` and `import KIND` are shared by several modules: kinds are added
with desktop.cli.export.register_export_kind from a module listed in
desktop.cli.export.PROVIDERS (imported only when `export` runs).

Handlers take (args, open_db) and return an exit code. Bad input exits 2 with a
one-line message (Chinese by default: desktop.i18n), never a traceback; a bug exits 70 and is logged.
Module-level imports here must stay light (no SQLAlchemy, no Qt).

Credentials (desktop.cli.credentials): once the PC has accounts, `open_db()`
signs in with `--user` (default: the station head) and the password from
STATION_DESK_PASSWORD or `--password-stdin`; without one it exits 2. What
the account's role may run is checked there too (COMMAND_PERMISSION).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop import __version__, build_label
from desktop.i18n import QT_TRANSLATE_NOOP, translate

EXIT_USER = 2
EXIT_BUG = 70

log = logging.getLogger("station_desk")

# name -> (module, help in English, translated when shown). The order is that of `python -m desktop --help`.
# A module registers its command with help=translate("cli", <the same English>).
COMMANDS: dict[str, tuple[str, str]] = {
    "init": ("desktop.cli.station", QT_TRANSLATE_NOOP("cli", "set up the station (first use)")),
    "volunteer": ("desktop.cli.volunteer", QT_TRANSLATE_NOOP("cli", "the volunteer roster")),
    "activity": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "civilization practice activities")),
    "signin": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "sign in")),
    "signout": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "sign out")),
    "attendance": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "enter a paper sign-in sheet afterwards (back-entry)")),
    "photo": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "activity photos")),
    "hours": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "volunteer service hours")),
    "cards": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "print volunteer QR cards (A4 PDF)")),
    "kiosk-pin": ("desktop.cli.activities", QT_TRANSLATE_NOOP("cli", "set the station head's PIN (to leave the kiosk)")),
    "demo": ("desktop.cli.demo", QT_TRANSLATE_NOOP("cli", "make demo data (volunteers, teams, two years of activities and sign-ins)")),
    "doctor": ("desktop.cli.doctor", QT_TRANSLATE_NOOP("cli", "check the data file")),
    "backup": ("desktop.cli.backup", QT_TRANSLATE_NOOP("cli", "back up the data (also to a USB drive)")),
    "import": ("desktop.cli.roster", QT_TRANSLATE_NOOP("cli", "import from Excel/CSV")),
    "certificate": ("desktop.cli.paper", QT_TRANSLATE_NOOP("cli", "the certificate register: list, void")),
    "selfcheck": ("desktop.cli.selfcheck", QT_TRANSLATE_NOOP("cli", "the star rating self-check: the eight standards and the targets, with the evidence")),
    "export": ("desktop.cli.export", QT_TRANSLATE_NOOP("cli", "export (roster, register, sign-in sheets, ...)")),
    "enrol": ("desktop.cli.sync", QT_TRANSLATE_NOOP("cli", "enrol this PC with the county server using the code from the county centre")),
    "sync": ("desktop.cli.sync", QT_TRANSLATE_NOOP("cli", "sync with the county server")),
    "sync-problems": ("desktop.cli.sync", QT_TRANSLATE_NOOP("cli", "list the entries sync quarantined")),
    "sync-status": ("desktop.cli.sync", QT_TRANSLATE_NOOP("cli", "show the sync state")),
    "request": ("desktop.cli.requests", QT_TRANSLATE_NOOP("cli", "residents' requests: order, dispatch, accept, rate")),
    "update": ("desktop.cli.update", QT_TRANSLATE_NOOP("cli", "see, download and install a new version from the county server")),
    "points": ("desktop.cli.points", QT_TRANSLATE_NOOP("cli", "points, the time bank and the virtue bank")),
    "goods": ("desktop.cli.points", QT_TRANSLATE_NOOP("cli", "the love supermarket: goods and stock")),
    "redeem": ("desktop.cli.points", QT_TRANSLATE_NOOP("cli", "redeem at the love supermarket (prints the slip)")),
    "settings": ("desktop.cli.settings", QT_TRANSLATE_NOOP("cli", "this PC's and this account's settings (type size)")),
    "account-setup": ("desktop.cli.station", QT_TRANSLATE_NOOP("cli", "create the station head's account for an existing station and encrypt the data (password from STATION_DESK_PASSWORD)")),
    "account": ("desktop.cli.accounts", QT_TRANSLATE_NOOP("cli", "manage this PC's accounts (station head)")),
    "audit": ("desktop.cli.accounts", QT_TRANSLATE_NOOP("cli", "see the audit log (station head)")),
    "purge": ("desktop.cli.accounts", QT_TRANSLATE_NOOP("cli", "clear the personal data of volunteers who left (station head; the county sets how long it is kept)")),
    "restore": ("desktop.cli.accounts", QT_TRANSLATE_NOOP("cli", "restore from a backup file (station head; the current data is backed up first)")),
    "targets": ("desktop.cli.targets", QT_TRANSLATE_NOOP("cli", "the target check: what is met, what is missing, and the records counted")),
}


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in Chinese, on one line."""

    def error(self, message: str):  # noqa: D401
        self.exit(EXIT_USER, translate("cli", "Error: wrong command arguments ({message}). See --help for the usage.").format(
            message=message) + "\n")


def _global_parser(**kwargs) -> Parser:
    parser = Parser(prog="python -m desktop", description=translate("cli", "Station Desk"), **kwargs)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help=translate("cli", "data folder (by default this user's local data folder)"))
    parser.add_argument("--user", default=None, help=translate("cli", "the account to sign in with (default: the station head); the password from STATION_DESK_PASSWORD"))
    parser.add_argument("--password-stdin", action="store_true", help=translate("cli", "read the password from standard input (one line)"))
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
    parser.add_argument("--version", action="version", version=f"Station Desk {__version__}{build_label()}")
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    gui = sub.add_parser("gui", help=translate("cli", "open the window (the default)"))
    gui.add_argument("--lang", default=None, help=translate("cli", "language, for example zh_CN (the default) or en"))
    gui.set_defaults(handler=_gui)
    registered: set[str] = set()
    for name, (module, help_) in COMMANDS.items():
        if module in wanted:
            if module not in registered:
                importlib.import_module(module).register(sub)
                registered.add(module)
        else:
            placeholder = sub.add_parser(name, help=translate("cli", help_), add_help=False)
            placeholder.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


def _gui(args, open_db) -> int:
    from desktop.ui.app import run_app

    return run_app(args.data_dir, lang=args.lang)


def _log_bug(data_dir: Path | None) -> Path | None:
    from desktop.db import default_data_dir
    from desktop.errors import scrub

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
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(argv)
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
        print(translate("cli", "Cancelled."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`volunteer list --json | head`): not an error of ours. Point
        # stdout at /dev/null so Python's own flush at exit does not raise again (Python docs,
        # "Note on SIGPIPE").
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # the one place errors reach the CLI user
        from desktop.errors import as_user_error

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


def __getattr__(name: str):
    if name == "UserError":  # kept importable from here, without loading SQLAlchemy up front
        from desktop.errors import UserError

        return UserError
    raise AttributeError(name)


Handler = Callable[[argparse.Namespace, Callable], int]

__all__ = ["COMMANDS", "EXIT_BUG", "EXIT_USER", "build_parser", "main", "print_json"]
