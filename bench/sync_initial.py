"""Initial sync: a station with 2,000 volunteers, 2,000 activities and about
100,000 sign-ins (demo data) goes from the county server to a fresh PC over
loopback. Baseline, measured in the same run: inserting the same rows with
raw sqlite3 (executemany, one transaction) into an empty copy of the schema.
Targets: under 30 s, and within 10x of the raw insert.

    .venv/bin/python bench/sync_initial.py [--volunteers 2000 --activities 2000 --per-activity 25]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from _common import report
from _sync_setup import Server

from desktop.db import Database
from desktop.models.base import SYNCED
from desktop.services.demo import generate
from desktop.services.station import setup_station
from desktop.sync.engine import enrol, run_sync


def raw_insert_seconds(source: Path) -> tuple[float, int]:
    """Copy every synced row of `source` into a fresh file with the same schema, raw sqlite3."""
    src = sqlite3.connect(source)
    target = Path(tempfile.mkdtemp()) / "raw.sqlite"
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode = WAL")
    dst.execute("PRAGMA synchronous = FULL")
    tables = {}
    for name in SYNCED:
        sql = src.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()[0]
        dst.execute(sql)
        for (index_sql,) in src.execute("SELECT sql FROM sqlite_master WHERE type='index' AND tbl_name=? "
                                        "AND sql IS NOT NULL", (name,)):
            dst.execute(index_sql)
        tables[name] = src.execute(f'SELECT * FROM "{name}"').fetchall()
    dst.commit()
    rows = sum(len(r) for r in tables.values())
    start = time.perf_counter()
    with dst:
        for name in SYNCED:  # parents before children (the table order of the models)
            if tables[name]:
                marks = ",".join("?" * len(tables[name][0]))
                dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', tables[name])
    return time.perf_counter() - start, rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=2000)
    parser.add_argument("--activities", type=int, default=2000)
    parser.add_argument("--per-activity", type=int, default=25)
    parser.add_argument("--profile", action="store_true", help="print where the initial sync spends its time")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-pc-"))
    server = Server()
    try:
        pc1 = Database(folder / "pc1")
        station = setup_station(pc1, name="基准村新时代文明实践站", county="基准县")
        t0 = time.perf_counter()
        counts = generate(pc1, volunteers=args.volunteers, activities=args.activities,
                          signins_per_activity=args.per_activity)
        print(f"demo data: {counts} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        _, code = server.store.add_station("基准村新时代文明实践站", "基准县", station_id=station.id)
        enrol(pc1, server.url, code, first_sync=False)
        t0 = time.perf_counter()
        pushed = run_sync(pc1, photos=False)
        push_s = time.perf_counter() - t0
        pc2 = Database(folder / "pc2")
        enrol(pc2, server.url, server.store.new_code(station.id), first_sync=False)
        t0 = time.perf_counter()
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            pulled = profiler.runcall(run_sync, pc2, photos=False)
            pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(25)
        else:
            pulled = run_sync(pc2, photos=False)
        sync_s = time.perf_counter() - t0
        raw_s, rows = raw_insert_seconds(pc2.path)
        ratio = sync_s / raw_s
        report("Initial sync (server -> fresh PC, loopback)", [
            ("data", f"{counts['volunteers']} volunteers, {counts['activities']} activities, "
                     f"{counts['signins']} sign-ins; {rows} rows, {pulled.pulled} entries"),
            ("initial sync", f"{sync_s:.2f} s  (target < 30 s)"),
            ("bytes on the wire", f"{pulled.bytes_received / 1e6:.2f} MB received, {pulled.bytes_sent / 1e3:.1f} KB sent, "
                                  f"{pulled.requests} requests"),
            ("baseline: raw sqlite3 insert", f"{raw_s:.2f} s"),
            ("ratio sync / raw insert", f"{ratio:.1f}x  (target <= 10x)"),
            ("check", "digests equal" if pulled.check_ok else "MISMATCH"),
            ("(setup) first push from PC1", f"{push_s:.1f} s, {pushed.pushed} entries, "
                                            f"{pushed.bytes_sent / 1e6:.2f} MB sent"),
        ])
        pc1.close()
        pc2.close()
        return 0 if pulled.check_ok else 1
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
