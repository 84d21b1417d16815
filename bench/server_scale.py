"""County to province: does one station's push and pull stay flat as the entry log grows?

Synthetic entries for --stations stations (default 1,000) are loaded into PostgreSQL with COPY, in
steps up to each --sizes total (default 1M,5M,20M entries); at each size one station pushes
--entries new entries and pulls its last page --runs times, and the script prints p50 and p95 of
both and the query plans (EXPLAIN ANALYZE) of the hot queries: the pull page, the seen-ids check of
a push and the row-state look-up. Target: p95 at the largest size within 1.5x of the smallest.
Baseline, same run: the smallest size.

    .venv/bin/python bench/server_scale.py [--sizes 1M,5M,20M] [--stations 1000] [--runs 20]

Loading is the long part (about 20M rows: hours on a loaded 2-core machine); --sizes 100k,1M is a
quick look.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from _common import percentile, report
from _sync_setup import PgCluster, Server

from desktop.models.base import new_id
from desktop.sync.client import SyncClient
from desktop.sync.clock import HybridClock


def size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


def load(pg_url: str, stations: list[str], start: int, stop: int) -> None:
    """Entries start..stop-1 (in total, spread over the stations), with their row states, by COPY."""
    import psycopg

    clock = HybridClock("bulk")
    stamp = clock.tick()
    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        per = {}
        with conn.cursor() as cur:
            for sid, last in cur.execute("SELECT id, last_seq FROM station"):
                per[sid] = last
            with cur.copy("COPY entry (station_id, seq, entry_id, entity, row_id, fields, hlc, site, actor, "
                          "device_id, received_at) FROM STDIN") as copy, \
                    conn.cursor().copy("COPY row_state (station_id, entity, row_id, data, clocks, row_hash) "
                                       "FROM STDIN") as states:
                for n in range(start, stop):
                    sid = stations[n % len(stations)]
                    per[sid] += 1
                    row_id = new_id()
                    fields = '{"deleted_at":null,"name":"志愿者","phone":"13800000000","station_id":"' + sid + '"}'
                    copy.write_row((sid, per[sid], new_id(), "volunteer", row_id, fields, stamp, "bulk", "站长",
                                    "bulk", "2026-12-01 00:00:00"))
                    states.write_row((sid, "volunteer", row_id, fields, '{"*":"' + stamp + '"}',
                                      random.randint(-(1 << 63), (1 << 63) - 1)))
            cur.executemany("UPDATE station SET last_seq = %s WHERE id = %s", [(v, k) for k, v in per.items()])
        conn.commit()
        conn.execute("ANALYZE entry")
        conn.execute("ANALYZE row_state")


def plans(pg_url: str, station_id: str) -> list[tuple[str, str]]:
    import psycopg

    dsn = pg_url.replace("postgresql+psycopg://", "postgresql://")
    queries = {
        "pull page": "SELECT seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id FROM entry "
                     "WHERE station_id = %s AND seq > %s ORDER BY seq LIMIT 5000",
        "push: seen ids": "SELECT entry_id FROM entry WHERE station_id = %s AND entry_id IN (%s, %s)",
        "push: row states": "SELECT row_id, data, clocks FROM row_state WHERE station_id = %s "
                            "AND entity = 'volunteer' AND row_id IN (%s, %s)",
    }
    out = []
    with psycopg.connect(dsn) as conn:
        last = conn.execute("SELECT last_seq FROM station WHERE id = %s", (station_id,)).fetchone()[0]
        args = {"pull page": (station_id, max(0, last - 50)), "push: seen ids": (station_id, new_id(), new_id()),
                "push: row states": (station_id, new_id(), new_id())}
        for name, sql in queries.items():
            lines = [r[0] for r in conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, args[name])]
            out.append((name, " | ".join(line.strip() for line in lines)))
    return out


def one(url: str, token: str, station_id: str, site: str, n: int, clock: HybridClock) -> tuple[float, float]:
    client = SyncClient(url, token, retries=0, timeout=(10, 120))
    batch = [{"id": new_id(), "entity": "volunteer", "row_id": new_id(), "station_id": station_id,
              "fields": {"name": f"志愿者{i}", "phone": "13800000000", "station_id": station_id, "deleted_at": None},
              "hlc": clock.tick(), "site": site, "actor": "站长"} for i in range(n)]
    start = time.perf_counter()
    answer = client.push(batch)
    pushed = time.perf_counter()
    client.pull(max(0, answer.last_seq - n))
    pulled = time.perf_counter()
    client.close()
    return pushed - start, pulled - pushed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1M,5M,20M", help="total entries, ascending (k and M allowed)")
    parser.add_argument("--stations", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=50, help="entries per measured push")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    sizes = [size(s) for s in args.sizes.split(",")]
    pg = PgCluster()
    server = Server(pg.url, workers=args.workers)
    try:
        stations = [server.store.add_station(f"第{i}村新时代文明实践站", "基准县")[0] for i in range(args.stations)]
        sid = stations[0]
        answer = SyncClient(server.url).enrol(server.store.new_code(sid), "pc0", "site0")
        clock = HybridClock("site0")
        loaded, results = 0, []
        for total in sizes:
            t0 = time.perf_counter()
            load(pg.url, stations, loaded, total)
            load_s = time.perf_counter() - t0
            loaded = total
            timings = [one(server.url, answer.token, sid, "site0", args.entries, clock) for _ in range(args.runs)]
            pushes, pulls = [p for p, _ in timings], [q for _, q in timings]
            results.append((total, percentile(pushes, 50), percentile(pushes, 95), percentile(pulls, 50),
                            percentile(pulls, 95), load_s))
            rows = [(f"{total:,} entries (loaded in {load_s:.0f} s)",
                     f"push p50/p95 {percentile(pushes, 50) * 1000:.0f}/{percentile(pushes, 95) * 1000:.0f} ms, "
                     f"pull p50/p95 {percentile(pulls, 50) * 1000:.0f}/{percentile(pulls, 95) * 1000:.0f} ms")]
            rows += [(f"  plan: {name}", text) for name, text in plans(pg.url, sid)]
            report(f"Server scale, {args.stations} stations, one station's push of {args.entries} and pull", rows)
            sys.stdout.flush()
        base = results[0]
        report("Flatness (ratio to the smallest size, same run)", [
            (f"{r[0]:,} entries", f"push p95 {r[2] / base[2]:.2f}x, pull p95 {r[4] / base[4]:.2f}x  (target <= 1.5x)")
            for r in results])
        return 0
    finally:
        server.close()
        pg.close()


if __name__ == "__main__":
    sys.exit(main())
