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


def run_init(args, open_db) -> int:
    db = open_db()
    station = setup_station(db, name=args.station, village=args.village, town=args.town, county=args.county,
                            head_name=args.head, phone=args.phone, preset=args.preset)
    print(station.id)
    return 0
