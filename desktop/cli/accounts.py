"""`account add|list|passwd|remove`, `audit`, `restore FILE`: accounts, the audit log and restore (站长 only).

A new account's password comes from STATION_DESK_NEW_PASSWORD or, with
`--new-password-stdin`, the (next) line of standard input.
"""

from __future__ import annotations

import os
import sys

from desktop.cli import print_json
from desktop.errors import ValidationError
from desktop.i18n import translate

NEW_PASSWORD_ENV = "STATION_DESK_NEW_PASSWORD"


def register(sub) -> None:
    p = sub.add_parser("account", help=translate("cli.accounts", "manage this PC's accounts (station head)"))
    acc = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = acc.add_parser("add", help=translate("cli.accounts", "add an account: 站长 (head) / 录入员 (data clerk) / 签到员 (sign-in clerk)"))
    add.add_argument("username")
    add.add_argument("--role", default="录入员", help=translate("cli.accounts", "站长, 录入员 or 签到员 (default 录入员)"))
    add.add_argument("--name", default="", help=translate("cli.accounts", "the name shown"))
    add.add_argument("--new-password-stdin", action="store_true", help=translate("cli.accounts", "read the new account's password from standard input"))
    add.set_defaults(handler=run_add)
    ls = acc.add_parser("list", help=translate("cli.accounts", "list the accounts"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    pw = acc.add_parser("passwd", help=translate("cli.accounts", "set a new password for an account"))
    pw.add_argument("username")
    pw.add_argument("--new-password-stdin", action="store_true")
    pw.set_defaults(handler=run_passwd)
    rs = acc.add_parser("reset", help=translate("cli.accounts", "forgotten password: set a new one with the county's one-time reset code (no sign-in needed)"))
    rs.add_argument("username")
    rs.add_argument("--code", required=True, help=translate("cli.accounts", "the reset code from the county, e.g. ABCD-EFGH"))
    rs.add_argument("--new-password-stdin", action="store_true")
    rs.set_defaults(handler=run_reset)
    role = acc.add_parser("role", help=translate("cli.accounts", "change an account's role (every PC of the station follows)"))
    role.add_argument("username")
    role.add_argument("role", help=translate("cli.accounts", "站长, 录入员 or 签到员 (default 录入员)"))
    role.set_defaults(handler=run_role)
    rm = acc.add_parser("remove", help=translate("cli.accounts", "switch an account off"))
    rm.add_argument("username")
    rm.set_defaults(handler=run_remove)

    p = sub.add_parser("audit", help=translate("cli.accounts", "see the audit log (station head)"))
    p.add_argument("--actor", default=None, help=translate("cli.accounts", "only this person's actions"))
    p.add_argument("--action", default=None, help=translate("cli.accounts", "only these actions (a prefix, e.g. volunteer or account)"))
    p.add_argument("--since", default=None, help=translate("cli.accounts", "start date YYYY-MM-DD"))
    p.add_argument("--until", default=None, help=translate("cli.accounts", "end date YYYY-MM-DD (included)"))
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", default=None, metavar="FILE",
                   help=translate("cli.accounts", "save these entries as a PDF, as the page's Save as PDF does"))
    p.set_defaults(handler=run_audit)

    p = sub.add_parser("purge", help=translate("cli.accounts", "clear the personal data of volunteers who left (station head; the county sets how long it is kept)"))
    p.add_argument("--months", type=int, default=None, help=translate("cli.accounts", "months to keep it (default: the county's setting)"))
    p.add_argument("--dry-run", action="store_true", help=translate("cli.accounts", "only count who would be cleared; clear nothing"))
    p.set_defaults(handler=run_purge)

    p = sub.add_parser("restore", help=translate("cli.accounts", "restore from a backup file (station head; the current data is backed up first)"))
    p.add_argument("file", nargs="?", default=None, help=translate("cli.accounts", "the backup file (.sqlite)"))
    p.add_argument("--preview", action="store_true", help=translate("cli.accounts", "only show what the backup holds; restore nothing"))
    p.add_argument("--from-county", action="store_true", help=translate("cli.accounts", "a damaged data file with no good backup: rebuild the station from the county (enrolled PC); unsent changes that can still be read are kept"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_restore)


def new_password(args) -> str:
    if getattr(args, "new_password_stdin", False):
        from desktop.cli.credentials import password_from

        if getattr(args, "password_stdin", False):
            password_from(args)  # the first line is the signing-in password
        line = sys.stdin.readline().rstrip("\r\n")
    else:
        line = os.environ.get(NEW_PASSWORD_ENV, "")
    if not line:
        raise ValidationError(translate("cli.accounts", "Give the new password: {env} or --new-password-stdin.").format(env=NEW_PASSWORD_ENV))
    return line


def run_add(args, open_db) -> int:
    from desktop.services.accounts import add_account

    db = open_db()
    account = add_account(db, args.username, new_password(args), args.role, args.name)
    print(translate("cli.accounts", "The account “{name}” ({role}) is made.").format(name=account.username, role=account.role_name))
    return 0


def run_list(args, open_db) -> int:
    from desktop.services.accounts import list_accounts

    db = open_db()
    accounts = list_accounts(db)
    if args.json:
        print_json([{"username": a.username, "role": a.role, "role_name": a.role_name} for a in accounts])
    else:
        for a in accounts:
            print(f"{a.username}\t{a.role_name}")
    return 0


def run_passwd(args, open_db) -> int:
    from desktop.services.accounts import set_password

    db = open_db()
    set_password(db, args.username, new_password(args))
    print(translate("cli.accounts", "A new password is set for “{name}”.").format(name=args.username))
    return 0


def run_reset(args, open_db) -> int:
    from desktop.db import default_data_dir
    from desktop.services.recovery import reset_password

    reset_password(args.data_dir or default_data_dir(), args.username, args.code, new_password(args))
    print(translate("cli.accounts", "A new password is set for “{name}” (the county's reset code is used up).").format(name=args.username))
    return 0


def run_role(args, open_db) -> int:
    from desktop.services.accounts import set_role

    account = set_role(open_db(), args.username, args.role)
    print(translate("cli.accounts", "The account “{name}” is now {role}.").format(name=account.username, role=account.role_name))
    return 0


def run_remove(args, open_db) -> int:
    from desktop.services.accounts import remove_account

    db = open_db()
    remove_account(db, args.username)
    print(translate("cli.accounts", "Switched off the account “{name}”.").format(name=args.username))
    return 0


def run_audit(args, open_db) -> int:
    from desktop.services.auditlog import AuditFilter, query_audit

    db = open_db()
    flt = AuditFilter.parse(actor=args.actor, action=args.action, since=args.since, until=args.until)
    rows = query_audit(db, flt, limit=args.limit)
    if args.pdf:
        return _audit_pdf(db, rows, flt, args.pdf)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        for r in rows:
            print(f"{r.at:%Y-%m-%d %H:%M:%S}\t{r.actor}\t{r.action_text}\t{r.detail_text}")
    return 0


def _audit_pdf(db, rows, flt, out: str) -> int:
    from desktop.printing.app import ensure_app
    from desktop.printing.document import write_pdf
    from desktop.services.auditlog import audit_paper
    from desktop.services.papers.catalog import check_target
    from desktop.services.station import get_station
    from desktop.ui.i18n import install_translators

    target = check_target("pdf", out)
    ensure_app(setup=install_translators)
    station = get_station(db)
    pages = write_pdf(audit_paper(rows, flt, station.name if station else ""), target)
    print(translate("cli.accounts", "Saved: {path} ({pages} pages)").format(path=target, pages=pages))
    return 0


def _head_key(args):
    """The database key through the head's password (from the slots: the file itself may not open)."""
    from desktop import crypto
    from desktop.cli.credentials import password_from
    from desktop.errors import LoginRequired, PermissionDenied
    from desktop.services.accounts import has_accounts, unlock_key

    if not has_accounts(args.data_dir):
        return None
    password = password_from(args)
    if password is None:
        raise LoginRequired()
    user, key = unlock_key(args.data_dir, args.user, password)
    if crypto.KeySlots.load(args.data_dir).slots[user].get("role") != "head":
        raise PermissionDenied(translate("cli.accounts", "Only the station head can restore a backup; ask the station head to sign in."))
    return key


def _from_county(args) -> int:
    from desktop.services.rebuild import rebuild_from_county

    result = rebuild_from_county(args.data_dir or _default_dir(), _head_key(args))
    print(translate("cli.accounts", "Rebuilt from the county: {pulled} records downloaded, {kept} unsent changes kept from the damaged file (kept aside in the data folder).").format(
        pulled=result.pulled, kept=result.kept))
    return 0


def _recover(args) -> int:
    """The station file does not open: put the backup in its place (the head's password, from the slots)."""
    from desktop.services.restore import preview_file, recover_from_backup

    if args.from_county:
        return _from_county(args)
    if not args.file:
        raise ValidationError(translate("cli.accounts", "Give the backup file, or --from-county to rebuild the station from the county."))
    key = _head_key(args)
    print(preview_file(args.file, key).summary)
    if args.preview:
        return 0
    recover_from_backup(args.data_dir or _default_dir(), key, args.file)
    print(translate("cli.accounts", "Restored. The damaged data file was renamed and kept in the data folder."))
    return 0


def _default_dir():
    from desktop.db import default_data_dir

    return default_data_dir()


def run_purge(args, open_db) -> int:
    from desktop.services.privacy import purge_candidates, purge_exited, retention_months

    db = open_db()
    months = args.months if args.months is not None else retention_months(db)
    if months <= 0:
        raise ValidationError(translate("cli.accounts", "The county has not set how long the data of volunteers who left is kept; give it with --months (e.g. --months 36)."))
    if args.dry_run:
        print(translate("cli.accounts", "Volunteers who left more than {months} months ago and still have personal data: {n}.").format(
            months=months, n=len(purge_candidates(db, months=months))))
        return 0
    print(translate("cli.accounts", "Cleared the ID numbers, phones, addresses and other personal data of {n} volunteers who left (names and hours stay).").format(
        n=purge_exited(db, months=months)))
    return 0


def run_restore(args, open_db) -> int:
    from desktop.errors import CorruptDatabase
    from desktop.services.restore import preview_backup, restore_backup

    try:
        db = open_db()
    except CorruptDatabase:
        return _recover(args)
    if args.from_county:
        raise ValidationError(translate("cli.accounts", "The data file opens normally; a rebuild from the county is only for a damaged file. To fetch what is new, run sync."))
    if not args.file:
        raise ValidationError(translate("cli.accounts", "Give the backup file, or --from-county to rebuild the station from the county."))
    preview = preview_backup(db, args.file)
    if args.json and args.preview:
        print_json(preview.as_dict())
        return 0
    print(preview.summary)
    if args.preview:
        return 0
    result = restore_backup(db, args.file)
    print(translate("cli.accounts", "Restored. The data before the restore was backed up to {path}.").format(path=result.safety_backup))
    return 0
