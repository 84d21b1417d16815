"""`account add|list|passwd|remove`, `audit`, `restore FILE`: accounts, the audit log and restore (站长 only).

A new account's password comes from STATION_DESK_NEW_PASSWORD or, with
`--new-password-stdin`, the (next) line of standard input.
"""

from __future__ import annotations

import os
import sys

from desktop.cli import print_json
from desktop.errors import ValidationError

NEW_PASSWORD_ENV = "STATION_DESK_NEW_PASSWORD"


def register(sub) -> None:
    p = sub.add_parser("account", help="管理本机账号（站长）")
    acc = p.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    add = acc.add_parser("add", help="新建账号：站长 / 录入员 / 签到员")
    add.add_argument("username")
    add.add_argument("--role", default="录入员", help="站长、录入员 或 签到员（默认录入员）")
    add.add_argument("--name", default="", help="显示的姓名")
    add.add_argument("--new-password-stdin", action="store_true", help="新账号的密码从标准输入读取")
    add.set_defaults(handler=run_add)
    ls = acc.add_parser("list", help="列出账号")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    pw = acc.add_parser("passwd", help="设置某个账号的新密码")
    pw.add_argument("username")
    pw.add_argument("--new-password-stdin", action="store_true")
    pw.set_defaults(handler=run_passwd)
    rs = acc.add_parser("reset", help="忘记密码：用县中心发的一次性重置码设置新密码（不需要登录）")
    rs.add_argument("username")
    rs.add_argument("--code", required=True, help="县中心发的重置码，例如 ABCD-EFGH")
    rs.add_argument("--new-password-stdin", action="store_true")
    rs.set_defaults(handler=run_reset)
    rm = acc.add_parser("remove", help="停用账号")
    rm.add_argument("username")
    rm.set_defaults(handler=run_remove)

    p = sub.add_parser("audit", help="查看操作记录（站长）")
    p.add_argument("--actor", default=None, help="只看这个人的操作")
    p.add_argument("--action", default=None, help="只看这类操作（前缀，例如 volunteer 或 account）")
    p.add_argument("--since", default=None, help="开始日期 YYYY-MM-DD")
    p.add_argument("--until", default=None, help="结束日期 YYYY-MM-DD（含）")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_audit)

    p = sub.add_parser("purge", help="清除退出志愿者的个人信息（站长；保存期限由县中心设定）")
    p.add_argument("--months", type=int, default=None, help="保存期限（月），默认用县中心设定的期限")
    p.add_argument("--dry-run", action="store_true", help="只列出会清除的人数，不清除")
    p.set_defaults(handler=run_purge)

    p = sub.add_parser("restore", help="从备份文件恢复（站长；恢复前会先自动备份当前数据）")
    p.add_argument("file", help="备份文件（.sqlite）")
    p.add_argument("--preview", action="store_true", help="只看备份里有什么，不恢复")
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
        raise ValidationError(f"请提供新密码：环境变量 {NEW_PASSWORD_ENV} 或 --new-password-stdin。")
    return line


def run_add(args, open_db) -> int:
    from desktop.services.accounts import add_account

    db = open_db()
    account = add_account(db, args.username, new_password(args), args.role, args.name)
    print(f"已新建账号“{account.username}”（{account.role_name}）。")
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
    print(f"已为“{args.username}”设置新密码。")
    return 0


def run_reset(args, open_db) -> int:
    from desktop.db import default_data_dir
    from desktop.services.recovery import reset_password

    reset_password(args.data_dir or default_data_dir(), args.username, args.code, new_password(args))
    print(f"已为“{args.username}”设置新密码（县中心重置码已用掉）。")
    return 0


def run_remove(args, open_db) -> int:
    from desktop.services.accounts import remove_account

    db = open_db()
    remove_account(db, args.username)
    print(f"已停用账号“{args.username}”。")
    return 0


def run_audit(args, open_db) -> int:
    from desktop.services.auditlog import AuditFilter, query_audit

    db = open_db()
    rows = query_audit(db, AuditFilter.parse(actor=args.actor, action=args.action, since=args.since,
                                             until=args.until), limit=args.limit)
    if args.json:
        print_json([r.as_dict() for r in rows])
    else:
        for r in rows:
            print(f"{r.at:%Y-%m-%d %H:%M:%S}\t{r.actor}\t{r.action_text}\t{r.detail_text}")
    return 0


def _recover(args) -> int:
    """The station file does not open: put the backup in its place (the head's password, from the slots)."""
    from desktop import crypto
    from desktop.cli.credentials import password_from
    from desktop.errors import LoginRequired, PermissionDenied
    from desktop.services.accounts import has_accounts, unlock_key
    from desktop.services.restore import preview_file, recover_from_backup

    key = None
    if has_accounts(args.data_dir):
        password = password_from(args)
        if password is None:
            raise LoginRequired()
        user, key = unlock_key(args.data_dir, args.user, password)
        if crypto.KeySlots.load(args.data_dir).slots[user].get("role") != "head":
            raise PermissionDenied("只有站长可以恢复备份，请让站长登录后操作。")
    print(preview_file(args.file, key).summary)
    if args.preview:
        return 0
    recover_from_backup(args.data_dir or _default_dir(), key, args.file)
    print("已恢复。损坏的数据文件已改名保留在数据文件夹中。")
    return 0


def _default_dir():
    from desktop.db import default_data_dir

    return default_data_dir()


def run_purge(args, open_db) -> int:
    from desktop.services.privacy import purge_candidates, purge_exited, retention_months

    db = open_db()
    months = args.months if args.months is not None else retention_months(db)
    if months <= 0:
        raise ValidationError("县中心还没有设定退出志愿者信息的保存期限；可以用 --months 指定（例如 --months 36）。")
    if args.dry_run:
        print(f"退出超过 {months} 个月、仍有个人信息的志愿者：{len(purge_candidates(db, months=months))} 人。")
        return 0
    print(f"已清除 {purge_exited(db, months=months)} 位退出志愿者的身份证号、电话、住址等个人信息（姓名和服务时长保留）。")
    return 0


def run_restore(args, open_db) -> int:
    from desktop.errors import CorruptDatabase
    from desktop.services.restore import preview_backup, restore_backup

    try:
        db = open_db()
    except CorruptDatabase:
        return _recover(args)
    preview = preview_backup(db, args.file)
    if args.json and args.preview:
        print_json(preview.as_dict())
        return 0
    print(preview.summary)
    if args.preview:
        return 0
    result = restore_backup(db, args.file)
    print(f"已恢复。恢复前的数据已先备份到 {result.safety_backup}。")
    return 0
