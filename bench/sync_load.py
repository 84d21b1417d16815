"""County server under load, on PostgreSQL: 200 simulated stations, each
pushing 50 entries and pulling, all at once, over loopback (127.0.0.1 only;
bounded: one push and one pull per station, 60 s timeout per request).
Reports entries/s and p95 latency; baseline in the same run: one station
alone doing the same (unloaded latency).

The stations are spread over --clients processes (200 PCs are 200 processes,
not 200 threads behind one interpreter lock), each body is built before the
clock starts, and every station waits for one start signal.

The simulated PCs run on the server's own two cores, where 200 real PCs bring
their own: by default they speak the protocol with a light client (`--client
raw`: a socket, the same requests on the wire, the whole requests made before
the clock), a small part of the CPU of the desktop's SyncClient on
requests (`--client sync`, the figure of the rounds before six). Printed with
the figures: the CPU that the server's processes, PostgreSQL and the clients
each used per push-and-pull pair (which the machine's load inflates much less
than the times), the load average, and the machine's speed: a fixed piece of
work timed before and after the load (bench/_common.reference_ms). This shared
machine's speed moves by up to twice from one minute to the next, and the
latencies move with it.

    .venv/bin/python bench/sync_load.py [--stations 200 --entries 50 --workers 2 --clients 4 --client raw|sync]
    .venv/bin/python bench/sync_load.py --pg-stats          # PostgreSQL's busiest statements under load
    .venv/bin/python bench/sync_load.py --profile out.txt   # py-spy of the server (collapsed stacks)
"""

from __future__ import annotations

import argparse
import gzip
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import orjson
from _common import percentile, reference_ms, report
from _sync_setup import PgCluster, Server, tree_cpu

from desktop.models.base import new_id
from desktop.sync import protocol
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


class _Wire:
    """HTTP/1.1 on one keep-alive socket: a request made as bytes before the clock goes out in one send,
    and an answer is read to its Content-Length (every answer of the lane has one). The simulated PCs' own
    CPU comes off the server's two cores: http.client parsed each answer's headers with the email
    package, about half of what a simulated PC did a sync (bench/README.md, "Round twelve")."""

    def __init__(self, host: str, port: int, timeout: float):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.host, self.rest = f"{host}:{port}", b""

    def request(self, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}", "Accept-Encoding: gzip",
                 *(f"{k}: {v}" for k, v in headers.items())]
        if method == "POST":
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body

    def answer(self, request: bytes) -> dict:
        self.sock.sendall(request)
        data = self.rest
        while (end := data.find(b"\r\n\r\n")) < 0:
            data += self._recv()
        head, data = data[:end].split(b"\r\n"), data[end + 4:]
        fields = dict(line.lower().split(b": ", 1) for line in head[1:])
        length = int(fields[b"content-length"])
        while len(data) < length:
            data += self._recv()
        raw, self.rest = data[:length], data[length:]
        if head[0][9:12] != b"200":
            raise SystemExit(f"{head[0].decode()}: {raw[:200]!r}")
        return orjson.loads(gzip.decompress(raw) if fields.get(b"content-encoding") == b"gzip" else raw)

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise SystemExit("the server closed the connection")
        return chunk

    def close(self) -> None:
        self.sock.close()


def raw_pc(url: str, token: str, station_id: str, site: str, n: int) -> tuple[_Wire, bytes, bytes]:
    """A simulated PC with a light HTTP client: its connection open (as a PC's session is before the clock
    starts), and its push of `n` entries (gzipped) and its pull made as bytes, the same requests on the wire
    as SyncClient sends. (the connection, the push, the pull)"""
    split = urlsplit(url)
    wire = _Wire(split.hostname, split.port, 60)
    headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL_VERSION), "Authorization": f"Bearer {token}",
               "User-Agent": "StationDesk/bench"}
    body = gzip.compress(encode({"entries": entries(station_id, site, n)}), compresslevel=1)
    push = wire.request("POST", "/v1/push", headers | {"Content-Type": "application/json",
                                                       "Content-Encoding": "gzip"}, body)
    pull = wire.request("GET", "/v1/pull?after=0", headers)
    wire.answer(wire.request("GET", "/health", {}))
    return wire, push, pull


def one_station_raw(url: str, token: str, station_id: str, site: str, n: int, start=None,
                    ready=None) -> tuple[float, float]:
    """one_station with a light HTTP client (raw_pc: the whole requests made before the clock), at a
    fraction of SyncClient's CPU, which the simulated PCs here take from the server's own two cores (200
    real PCs bring their own)."""
    wire, push, pull = raw_pc(url, token, station_id, site, n)
    if start is not None:
        ready.put(1)
        start.wait()
    begin = time.perf_counter()
    assert wire.answer(push)["accepted"] == n
    pushed = time.perf_counter()
    wire.answer(pull)
    pulled = time.perf_counter()
    wire.close()
    return pushed - begin, pulled - pushed


def _client_process(url: str, devices: list, n: int, start, ready, out, raw: bool = False) -> None:
    """One client process: its stations in threads, all waiting for the one start signal. Sends its
    results and the CPU seconds it used from the start signal on."""
    station = one_station_raw if raw else one_station
    with ThreadPoolExecutor(max_workers=len(devices)) as pool:
        futures = [pool.submit(station, url, *d, n, start, ready) for d in devices]
        start.wait()
        before = os.times()
        try:
            results = [f.result() for f in futures]
        except BaseException as error:  # noqa: BLE001 (said at once, not after the parent's timeout)
            out.put((None, f"{type(error).__name__}: {error}"))
            raise
        after = os.times()
    out.put((results, after.user - before.user + after.system - before.system))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=200)
    parser.add_argument("--entries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    parser.add_argument("--clients", type=int, default=4, help="client processes the stations are spread over")
    parser.add_argument("--client", choices=("sync", "raw"), default="raw",
                        help="the simulated PCs' HTTP client: the desktop's SyncClient (requests), or raw "
                             "http.client with the body made before the clock (a fraction of the CPU)")
    parser.add_argument("--profile", default=None, help="py-spy the server's processes under load into this file "
                                                        "(collapsed stacks; py-spy must be installed)")
    parser.add_argument("--pg-stats", action="store_true",
                        help="print PostgreSQL's busiest statements under load (pg_stat_statements)")
    args = parser.parse_args()
    pg = PgCluster({"shared_preload_libraries": "pg_stat_statements"} if args.pg_stats else None)
    pg.recycle_wal()  # the WAL segments of a server that has run; first, so that their writing is over by the load
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
                                                                start, ready, out, args.client == "raw")) for i in range(args.clients)]
        for proc in procs:
            proc.start()
        for _ in rest:  # every station has built its body and connected
            ready.get(timeout=300)
        spy = None
        if args.profile:
            spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid",
                                    str(server.proc.pid), "--subprocesses", "--rate", "250", "--format", "raw",
                                    "--nonblocking", "--gil", "-o", args.profile], stdout=subprocess.DEVNULL)
            time.sleep(2)  # py-spy attaches
        if args.pg_stats:
            pg.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset()")
        speed_before = reference_ms()
        cpu_server, cpu_pg, sessions = tree_cpu(server.proc.pid), tree_cpu(pg.pid()), pg.sessions()
        begin = time.perf_counter()
        start.set()
        answers = [out.get(timeout=300) for _ in procs]
        failed = [cpu for results, cpu in answers if results is None]
        if failed:
            raise SystemExit(f"a simulated station failed: {failed[0]}")
        wall = time.perf_counter() - begin
        cpu_server, cpu_pg = tree_cpu(server.proc.pid) - cpu_server, tree_cpu(pg.pid()) - cpu_pg
        # less the two counting ones, of which the second is not counted yet while it runs (PostgreSQL counts
        # a session when its statistics are flushed): at most one too many, never below none
        sessions = max(0, pg.sessions() - sessions - 2)
        cpu_clients = sum(c for _, c in answers)
        results = [r for rs, _ in answers for r in rs]
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(60)
        for proc in procs:
            proc.join(30)
        pushes, pulls = [p for p, _ in results], [q for _, q in results]
        speed_after = reference_ms()
        if args.pg_stats:
            for calls, total, rows, query in pg.sql(
                    "SELECT calls, total_exec_time, rows, query FROM pg_stat_statements WHERE dbid = "
                    "(SELECT oid FROM pg_database WHERE datname = 'county') ORDER BY total_exec_time DESC LIMIT 15"):
                print(f"{calls:6d} calls {total:9.1f} ms {rows:7d} rows  {' '.join(query.split())[:150]}")
        total = args.stations * args.entries
        report(f"Server under load (PostgreSQL, {args.workers} worker(s), {args.stations} stations x "
               f"{args.entries} entries at once, {args.clients} client processes, {args.client} client)", [
            ("entries pushed", f"{total} in {wall:.2f} s -> {total / wall:.0f} entries/s (push and pull)"),
            ("push latency p50 / p95", f"{percentile(pushes, 50) * 1000:.0f} / {percentile(pushes, 95) * 1000:.0f} ms"),
            ("pull latency p50 / p95", f"{percentile(pulls, 50) * 1000:.0f} / {percentile(pulls, 95) * 1000:.0f} ms"),
            ("baseline: one station alone", f"push {base_push * 1000:.0f} ms, pull {base_pull * 1000:.0f} ms"),
            ("ratio p95 push under load / alone", f"{percentile(pushes, 95) / base_push:.1f}x"),
            ("CPU per push + pull pair", f"server {cpu_server / len(results) * 1000:.1f} ms, PostgreSQL "
                                         f"{cpu_pg / len(results) * 1000:.1f} ms, clients "
                                         f"{cpu_clients / len(results) * 1000:.1f} ms "
                                         f"(of {2 * wall / len(results) * 1000:.1f} ms of 2 cores' time)"),
            ("PostgreSQL sessions opened under load", str(sessions)),
            ("load average at the end", " ".join(f"{x:.2f}" for x in os.getloadavg())),
            ("machine speed: reference work", f"{speed_before:.1f} ms before, {speed_after:.1f} ms after the load "
                                              "(bench/_common.reference_ms; lower is faster)"),
        ])
        return 0
    finally:
        server.close()
        pg.close()


if __name__ == "__main__":
    sys.exit(main())
