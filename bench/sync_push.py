"""First push from a big station: a PC with 2,000 volunteers, 2,000 activities
and about 100,000 sign-ins (demo data) pushes everything to a fresh county
server process over loopback (SQLite server database). Baseline, measured in
the same run: inserting the same rows with raw sqlite3 (executemany, one
transaction) into an empty copy of the schema (bench/sync_initial.py's
`raw_insert_seconds`). Target: within 3x of the raw insert.

    .venv/bin/python bench/sync_push.py [--volunteers 2000 --activities 2000 --per-activity 25] [--profile]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import report
from _sync_setup import Server
from sync_initial import raw_insert_seconds

from desktop.db import Database
from desktop.services.demo import generate
from desktop.services.station import setup_station
from desktop.sync.engine import enrol, run_sync


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--per-activity", type=int, default=25)
    parser.add_argument("--profile", action="store_true", help="print where the client spends its time")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-pc-"))
    server = Server()
    try:
        pc = Database(folder / "pc1")
        station = setup_station(pc, name="基准村新时代文明实践站", county="基准县")
        t0 = time.perf_counter()
        counts = generate(pc, volunteers=args.volunteers, activities=args.activities,
                          signins_per_activity=args.per_activity)
        print(f"demo data: {counts} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        _, code = server.store.add_station("基准村新时代文明实践站", "基准县", station_id=station.id)
        enrol(pc, server.url, code, first_sync=False)
        t0 = time.perf_counter()
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            pushed = profiler.runcall(run_sync, pc, photos=False)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        else:
            pushed = run_sync(pc, photos=False)
        push_s = time.perf_counter() - t0
        raw_s, rows = raw_insert_seconds(pc.path)
        report("First push (big station -> county server, loopback)", [
            ("data", f"{counts['volunteers']} volunteers, {counts['activities']} activities, "
                     f"{counts['signins']} sign-ins; {rows} rows, {pushed.pushed} entries"),
            ("first push (whole sync)", f"{push_s:.2f} s, {pushed.requests} requests, "
                                        f"{pushed.bytes_sent / 1e6:.2f} MB sent"),
            ("baseline: raw sqlite3 insert", f"{raw_s:.2f} s"),
            ("ratio push / raw insert", f"{push_s / raw_s:.1f}x  (target <= 3x)"),
            ("check", "digests equal" if pushed.check_ok else "MISMATCH"),
        ])
        pc.close()
        return 0 if pushed.check_ok else 1
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
