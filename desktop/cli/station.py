"""`init`: create this PC's station."""

from __future__ import annotations

from desktop.i18n import translate
from desktop.services.station import setup_station
from desktop.services.teams import TEAM_PRESETS


def register(sub) -> None:
    p = sub.add_parser("init", help=translate("cli", "set up the station (first use)"))
    p.add_argument("--station", required=True, help=translate("cli.station", "the station's name"))
    p.add_argument("--village", default="")
    p.add_argument("--town", default="")
    p.add_argument("--county", default="")
    p.add_argument("--head", default="", help=translate("cli.station", "the station head's name"))
    p.add_argument("--phone", default="")
    p.add_argument("--preset", default="district", choices=sorted(TEAM_PRESETS), help=translate("cli.station", "preset volunteer teams"))
    p.set_defaults(handler=run_init)
    p = sub.add_parser("account-setup", help=translate("cli.station", "create the station head's account for an existing station and encrypt the data (password from STATION_DESK_PASSWORD)"))
    p.add_argument("--head", default="", help=translate("cli.station", "the station head's login name (default: the head's name)"))
    p.set_defaults(handler=run_account_setup)


def run_init(args, open_db) -> int:
    db = open_db()
    station = setup_station(db, name=args.station, village=args.village, town=args.town, county=args.county,
                            head_name=args.head, phone=args.phone, preset=args.preset)
    print(station.id)
    _head_account(db, args, args.head)
    return 0


def _head_account(db, args, head: str) -> None:
    """With a password given, make the head's account (and encrypt); else say how to protect the data."""
    from desktop.cli.credentials import password_from
    from desktop.services.accounts import create_head, has_accounts

    if has_accounts(db.data_dir):
        return
    password = password_from(args)
    if password is None:  # unprotected until account-setup, or until the GUI's next start asks for it
        return
    from desktop.services import account_sync

    if account_sync.records(db):  # a reinstalled or second PC: the station's accounts, checked at the county
        name = getattr(args, "user", None) or account_sync.head_record_name(db) or head.strip()
        account = account_sync.adopt(db, name, password)
        print(translate("cli.station", "Signed in as “{name}” ({role}), an account of this station; the data on this PC is encrypted.").format(
            name=account.username, role=account.role_name))
        return
    account = create_head(db, head.strip() or "站长", password)
    print(translate("cli.station", "The station head's account “{name}” is made; the data is encrypted.").format(name=account.username))


def run_account_setup(args, open_db) -> int:
    from desktop.cli.credentials import password_from
    from desktop.errors import UserError
    from desktop.services.accounts import has_accounts
    from desktop.services.station import get_station

    if has_accounts(args.data_dir):
        raise UserError(translate("cli.station", "This PC already has accounts. Add one with account add."))
    if password_from(args) is None:
        raise UserError(translate("cli.station", "Give the station head's password: STATION_DESK_PASSWORD or --password-stdin."))
    db = open_db()
    station = get_station(db)
    _head_account(db, args, args.head or (station.head_name if station else "") or "站长")
    return 0
