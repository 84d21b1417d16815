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


def run_restore(args, open_db) -> int:
    from desktop.services.restore import preview_backup, restore_backup

    db = open_db()
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
