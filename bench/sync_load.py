"""County server under load, on PostgreSQL: 200 simulated stations, each
pushing 50 entries and pulling, all at once, over loopback (127.0.0.1 only;
bounded: one push and one pull per station, 60 s timeout per request).
Reports entries/s and p95 latency; baseline in the same run: one station
alone doing the same (unloaded latency).

The stations are spread over --clients processes (200 PCs are 200 processes,
not 200 threads behind one interpreter lock), each body is built before the
clock starts, and every station waits for one start signal.

    .venv/bin/python bench/sync_load.py [--stations 200 --entries 50 --workers 2 --clients 4]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from _common import percentile, report
from _sync_setup import PgCluster, Server

from desktop.models.base import new_id
from desktop.sync.client import SyncClient, encode
from desktop.sync.clock import HybridClock


def entries(station_id: str, site: str, n: int) -> list[dict]:
    clock = HybridClock(site)
    return [{"id": new_id(), "entity": "volunteer", "row_id": new_id(), "station_id": station_id,
             "fields": {"name": f"志愿者{i}", "phone": "13800000000", "station_id": station_id, "deleted_at": None},
             "hlc": clock.tick(), "site": site, "actor": "站长"} for i in range(n)]


def one_station(url: str, token: str, station_id: str, site: str, n: int, start=None,
                ready=None) -> tuple[float, float]:
    client = SyncClient(url, token, retries=0, timeout=(10, 60))
    body = encode({"entries": entries(station_id, site, n)})
    client.health()  # the connection is open before the clock starts, as a PC's session is
    if start is not None:
        ready.put(1)
        start.wait()
    begin = time.perf_counter()
    client.push_body(body)
    pushed = time.perf_counter()
    client.pull(0)
    pulled = time.perf_counter()
    client.close()
    return pushed - begin, pulled - pushed


def _client_process(url: str, devices: list, n: int, start, ready, out) -> None:
    """One client process: its stations in threads, all waiting for the one start signal."""
    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        out.put(list(pool.map(lambda d: one_station(url, *d, n, start, ready), devices)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--clients", type=int, default=4, help="client processes the stations are spread over")
    args = parser.parse_args()
    pg = PgCluster()
    server = Server(pg.url, workers=args.workers)
    try:
        devices = []
        for i in range(args.stations + 1):
            station_id, code = server.store.add_station(f"第{i}村新时代文明实践站", "基准县")
            answer = SyncClient(server.url).enrol(code, f"pc{i}", f"site{i}")
            devices.append((answer.token, station_id, f"site{i}"))
        alone = [one_station(server.url, *devices[0], args.entries) for _ in range(5)]
        base_push = sorted(p for p, _ in alone)[2]
        base_pull = sorted(q for _, q in alone)[2]
        context = multiprocessing.get_context("spawn")
        start, ready, out = context.Event(), context.Queue(), context.Queue()
        rest = devices[1:]
        procs = [context.Process(target=_client_process, args=(server.url, rest[i::args.clients], args.entries,
                                                                start, ready, out)) for i in range(args.clients)]
        for proc in procs:
            proc.start()
        for _ in rest:  # every station has built its body and connected
            ready.get(timeout=300)
        begin = time.perf_counter()
        start.set()
        results = [r for _ in procs for r in out.get(timeout=300)]
        wall = time.perf_counter() - begin
        for proc in procs:
            proc.join(30)
        pushes, pulls = [p for p, _ in results], [q for _, q in results]
        total = args.stations * args.entries
        report(f"Server under load (PostgreSQL, {args.workers} worker(s), {args.stations} stations x "
               f"{args.entries} entries at once, {args.clients} client processes)", [
            ("entries pushed", f"{total} in {wall:.2f} s -> {total / wall:.0f} entries/s (push and pull)"),
            ("push latency p50 / p95", f"{percentile(pushes, 50) * 1000:.0f} / {percentile(pushes, 95) * 1000:.0f} ms"),
            ("pull latency p50 / p95", f"{percentile(pulls, 50) * 1000:.0f} / {percentile(pulls, 95) * 1000:.0f} ms"),
            ("baseline: one station alone", f"push {base_push * 1000:.0f} ms, pull {base_pull * 1000:.0f} ms"),
            ("ratio p95 push under load / alone", f"{percentile(pushes, 95) / base_push:.1f}x"),
        ])
        return 0
    finally:
        server.close()
        pg.close()


if __name__ == "__main__":
    sys.exit(main())
