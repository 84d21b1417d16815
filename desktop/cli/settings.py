"""`settings font-size [标准|大|特大]`: this account's type size (the GUI's 设置 → 字号).

Without a value it prints the size in use. With accounts on the PC it signs in
(--user, STATION_DESK_PASSWORD) and keeps the size for that account; the login
screen of this PC uses the size last chosen here. Kept in prefs.json beside the
data (desktop.services.preferences), never synced.
"""

from __future__ import annotations

from desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("settings", help=translate("cli", "this PC's and this account's settings (type size)"))
    psub = p.add_subparsers(dest="action", required=True)
    x = psub.add_parser("font-size", help=translate("cli.settings", "the type size of every page and dialog"))
    x.add_argument("size", nargs="?", default=None,
                   help=translate("cli.settings", "standard, large or xlarge (or the names the settings page shows); none: show it"))
    x.add_argument("--json", action="store_true")
    x.set_defaults(handler=run_font_size)


def _username(args, open_db) -> str | None:
    from desktop.services.accounts import has_accounts

    if not has_accounts(args.data_dir):
        return None
    db = open_db()
    return db.user.username if db.user is not None else None


def run_font_size(args, open_db) -> int:
    from desktop.services.preferences import get_type_size, parse_type_size, set_type_size, type_size_name

    chosen = parse_type_size(args.size) if args.size is not None else None  # bad input fails before signing in
    username = _username(args, open_db)
    if chosen is not None:
        set_type_size(args.data_dir, chosen, username)
    size = get_type_size(args.data_dir, username)
    if args.json:
        from desktop.cli import print_json

        print_json({"font_size": size, "name": type_size_name(size), "account": username})
    elif chosen is not None:
        print(translate("cli.settings", "Type size set to {name}.").format(name=type_size_name(size)))
    else:
        print(type_size_name(size))
    return 0
