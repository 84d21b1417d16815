"""`demo`: realistic Chinese demo data."""

from __future__ import annotations

import sys

from desktop.services.demo import generate
from desktop.services.station import setup_station


def register(sub) -> None:
    p = sub.add_parser("demo", help="生成演示数据（志愿者、队伍、两年的活动和签到）")
    p.add_argument("--volunteers", type=int, default=200)
    p.add_argument("--activities", type=int, default=300)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--signins-per-activity", type=int, default=None)
    p.set_defaults(handler=run_demo)


def run_demo(args, open_db) -> int:
    db = open_db()
    if db.station_id is None:
        setup_station(db, name="演示村新时代文明实践站", village="演示村", town="演示镇", county="演示县", head_name="王站长")

    def progress(stage, done, total):
        print(f"\r{'志愿者' if stage == 'volunteers' else '活动'} {done}/{total}", end="", file=sys.stderr, flush=True)

    counts = generate(db, volunteers=args.volunteers, activities=args.activities, seed=args.seed,
                      signins_per_activity=args.signins_per_activity, progress=progress)
    print(file=sys.stderr)
    print(f"已生成：志愿者 {counts['volunteers']} 人，活动 {counts['activities']} 场，签到记录 {counts['signins']} 条")
    return 0
