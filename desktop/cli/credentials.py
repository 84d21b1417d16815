"""CLI credentials: `--user`, STATION_DESK_PASSWORD or `--password-stdin`, and what each role may run.

A station without accounts (made before accounts existed, or by `init`
without a password) opens as before; the GUI asks for the head's password
at its next start. Once accounts exist, every command that reads the data
needs a credential and exits 2 with one Chinese line without it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.errors import LoginRequired
from desktop.i18n import translate
from desktop.paths import default_data_dir

PASSWORD_ENV = "STATION_DESK_PASSWORD"
# Commands a role needs beyond "data" (站长-only ones); the kiosk role runs only sign-in commands.
COMMAND_PERMISSION = {"account": "accounts", "restore": "restore", "audit": "audit", "kiosk-pin": "settings", "purge": "full_id"}
KIOSK_COMMANDS = {"signin", "signout", "settings"}  # settings: only one's own type size
_stdin_cache: list[str] = []


def password_from(args) -> str | None:
    """The password given to this command, or None."""
    if getattr(args, "password_stdin", False):
        if not _stdin_cache:
            line = sys.stdin.readline()
            _stdin_cache.append(line.rstrip("\r\n"))
        return _stdin_cache[0]
    value = os.environ.get(PASSWORD_ENV)
    return value if value else None


def reset_stdin_cache() -> None:
    _stdin_cache.clear()


def open_signed_in(args):
    from desktop.services.accounts import has_accounts, open_as, sign_in

    if not has_accounts(args.data_dir):
        from desktop.db import Database

        return Database(args.data_dir)
    password = password_from(args)
    if password is None:
        raise LoginRequired()
    unlocked = getattr(args, "unlocked", None)  # open_light unlocked the key already
    if unlocked is not None:
        db = open_as(Path(args.data_dir or default_data_dir()), unlocked.username, unlocked.key, password)
    else:
        db = sign_in(args.data_dir, args.user, password)
    try:
        check_command(db, args)
    except BaseException:
        db.close()
        raise
    return db


def open_light(args):
    """For a command that only reads: a signed-in LightStation (desktop.services.light_read, no ORM),
    or None, and then the command calls open_db() as usual (with the key unlocked here, so the
    password is checked once). The caller closes the LightStation."""
    from desktop.services.accounts import has_accounts

    if not has_accounts(args.data_dir) or args.command in COMMAND_PERMISSION or getattr(args, "full_id", False):
        return None
    password = password_from(args)
    if password is None:
        raise LoginRequired()
    from desktop.services.light_read import Unlocked
    from desktop.services.light_read import open_light as open_light_station

    station = open_light_station(Path(args.data_dir or default_data_dir()), args.user, password,
                                 permission="kiosk" if args.command in KIOSK_COMMANDS else "data")
    if isinstance(station, Unlocked):
        args.unlocked = station
        return None
    return station


def check_command(db, args) -> None:
    from desktop.errors import PermissionDenied
    from desktop.services.accounts import require

    command = args.command
    if db.user is not None and db.user.role == "kiosk" and command not in KIOSK_COMMANDS:
        raise PermissionDenied(translate("cli.credentials", "A sign-in clerk's account can only use the sign-in desk (signin / signout)."))
    if command in COMMAND_PERMISSION:
        require(db, COMMAND_PERMISSION[command])
    elif command not in KIOSK_COMMANDS:
        require(db, "data")
    if getattr(args, "full_id", False):
        from desktop.services.privacy import reveal_full_ids

        reveal_full_ids(db, scope=f"命令行 {command}")  # 站长 only; audited
