"""How long the station PCs keep the personal data of volunteers who left: a county setting.

`python -m server privacy retention MONTHS [--station ID]` stores the county's
period (server_meta `county.privacy.retention_months`) and writes it to every
station (or one) as the synced setting `privacy.retention_months`, the one the
PC's purge reads (desktop.services.privacy). It reaches each PC with its next
sync, like the targets; a station added later gets it when it is created
(star.give_new_station). `privacy show` prints it. 0 means keep (no purge).
"""

from __future__ import annotations

import json
import sys

from desktop.i18n import translate
from desktop.ids import derived_id

RETENTION_SETTING = "privacy.retention_months"  # the PC's key (desktop.services.privacy.RETENTION_SETTING)
META_KEY = "privacy.retention_months"
MAX_MONTHS = 1200


def county_months(conn) -> int | None:
    from server.console.rules import _meta

    value = _meta(conn, META_KEY)
    return int(value) if isinstance(value, int) else None


def write_station(store, station_id: str, months: int) -> None:
    store.county_write(station_id, "setting", derived_id(station_id, "setting", RETENTION_SETTING),
                       {"station_id": station_id, "key": RETENTION_SETTING, "value": json.dumps(months),
                        "deleted_at": None})


def set_retention(store, months: int, station_id: str | None = None) -> int:
    """Store the period (county-wide unless one station) and send it; returns how many stations got it."""
    from server.console.rules import _set_meta

    if not 0 <= months <= MAX_MONTHS:
        raise ValueError(months)
    if station_id is None:
        with store.write() as conn:
            _set_meta(conn, META_KEY, months)
        targets = [s["id"] for s in store.list_stations()]
    else:
        targets = [station_id]
    for sid in targets:
        write_station(store, sid, months)
    return len(targets)


def register_cli(sub, common, parser_class) -> None:
    privacy = sub.add_parser("privacy", help=translate("server.privacy", "personal data rules sent to the stations")).add_subparsers(
        dest="action", required=True, parser_class=parser_class)
    put = privacy.add_parser("retention", parents=[common], help=translate("server.privacy", "how many months the station PCs keep the personal data of volunteers who left (0: keep), sent to every station"))
    put.add_argument("months", type=int)
    put.add_argument("--station", default=None, help=translate("server.privacy", "only this station (its id)"))
    privacy.add_parser("show", parents=[common], help=translate("server.privacy", "show the county's retention period"))


def run_cli(store, args) -> int:
    if args.action == "show":
        with store.db.engine.connect() as conn:
            months = county_months(conn)
        print(translate("server.privacy", "Not set: the stations keep the data of volunteers who left.") if not months else
              translate("server.privacy", "Personal data of volunteers who left is kept {months} months after they leave.").format(months=months))
        return 0
    if not 0 <= args.months <= MAX_MONTHS:
        print(translate("server.privacy", "The months must be a whole number from 0 to {most}.").format(most=MAX_MONTHS), file=sys.stderr)
        return 2
    n = set_retention(store, args.months, args.station)
    print(translate("server.privacy", "Retention of {months} months sent to {n} stations (each PC gets it at its next sync).").format(
        months=args.months, n=n))
    return 0
