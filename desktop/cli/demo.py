"""`demo`: realistic Chinese demo data."""

from __future__ import annotations

import sys

from desktop.i18n import translate
from desktop.services.demo import generate
from desktop.services.station import setup_station


def register(sub) -> None:
    p = sub.add_parser("demo", help=translate("cli", "make demo data (volunteers, teams, two years of activities and sign-ins)"))
    p.add_argument("--volunteers", type=int, default=200)
    p.add_argument("--activities", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--signins-per-activity", type=int, default=None)
    p.add_argument("--photos", type=int, default=0,
                   help=translate("cli.demo", "photos for each activity held in the last year (default none)"))
    p.set_defaults(handler=run_demo)


def run_demo(args, open_db) -> int:
    db = open_db()
    if db.station_id is None:
        setup_station(db, name="演示村新时代文明实践站", village="演示村", town="演示镇", county="演示县", head_name="王站长")

    def progress(stage, done, total):
        what = translate("cli.demo", "Volunteers") if stage == "volunteers" else translate("cli.demo", "Activities")
        print(f"\r{what} {done}/{total}", end="", file=sys.stderr, flush=True)

    counts = generate(db, volunteers=args.volunteers, activities=args.activities, seed=args.seed,
                      signins_per_activity=args.signins_per_activity, progress=progress)
    if args.photos > 0:
        from desktop.services.demo import add_photos

        word = translate("cli.demo", "Photos")
        photos = add_photos(db, args.photos, seed=args.seed,
                            progress=lambda stage, done, total: print(f"\r{word} {done}/{total}", end="", file=sys.stderr,
                                                                      flush=True))
        counts["photos"] = photos
    print(file=sys.stderr)
    print(translate("cli.demo", "Made: {volunteers} volunteers, {activities} activities, {signins} sign-ins").format(**counts))
    if args.photos > 0:
        print(translate("cli.demo", "Photos: {photos}").format(photos=counts["photos"]))
    return 0
