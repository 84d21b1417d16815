"""CLI credentials: `--user`, STATION_DESK_PASSWORD or `--password-stdin`, and what each role may run.

A station without accounts (made before accounts existed, or by `init`
without a password) opens as before; the GUI asks for the head's password
at its next start. Once accounts exist, every command that reads the data
needs a credential and exits 2 with one Chinese line without it.
"""

from __future__ import annotations

import os
import sys

from desktop.errors import LoginRequired
from desktop.i18n import translate

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
    from desktop.db import Database
    from desktop.services.accounts import has_accounts, sign_in

    if not has_accounts(args.data_dir):
        return Database(args.data_dir)
    password = password_from(args)
    if password is None:
        raise LoginRequired()
    db = sign_in(args.data_dir, args.user, password)
    try:
        check_command(db, args)
    except BaseException:
        db.close()
        raise
    return db


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
