"""No-op sync: a PC that is up to date syncs again. Target: one round trip,
under 1 KB on the wire. Baseline in the same run: a bare GET /health.

    .venv/bin/python bench/sync_noop.py [--runs 20]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from _common import median, report
from _sync_setup import Server

from desktop.db import Database
from desktop.services.demo import generate
from desktop.sync.client import SyncClient
from desktop.sync.engine import enrol, run_sync


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    server = Server()
    try:
        station_id, code = server.store.add_station("基准村新时代文明实践站", "基准县")
        pc = Database(Path(tempfile.mkdtemp(prefix="sd-bench-")) / "pc")
        enrol(pc, server.url, code)
        generate(pc, volunteers=200, activities=50)
        run_sync(pc, photos=False)
        run_sync(pc)
        times, sizes, trips = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            r = run_sync(pc)
            times.append(time.perf_counter() - start)
            sizes.append(r.bytes_sent + r.bytes_received)
            trips.append(r.requests)
        client = SyncClient(server.url)
        base = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.health()
            base.append(time.perf_counter() - start)
        base_bytes = client.bytes_sent + client.bytes_received
        report("No-op sync (up-to-date PC, loopback)", [
            ("round trips", f"{max(trips)}  (target 1)"),
            ("bytes on the wire", f"{max(sizes)} B  (target < 1024 B)"),
            ("time (median)", f"{median(times) * 1000:.1f} ms"),
            ("baseline: GET /health (median)", f"{median(base) * 1000:.1f} ms, {base_bytes // args.runs} B"),
            ("ratio no-op sync / bare request", f"{median(times) / median(base):.1f}x"),
        ])
        pc.close()
        return 0 if max(trips) == 1 and max(sizes) < 1024 else 1
    finally:
        server.close()


if __name__ == "__main__":
    sys.exit(main())
