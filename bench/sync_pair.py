"""Two versions of the county server side by side: the CPU each spends on a sync (a push of 50 entries
and a pull), measured in the same minutes, for changes too small for sync_load.py to tell apart.

This shared machine's speed moves by up to twice from one minute to the next (bench/README.md, "Round
eleven"), and sync_load.py's figures with it, so a change worth a tenth of the CPU is lost between two
of its runs. Here both versions run at once, each with its own database in one PostgreSQL cluster, and
take turns: a burst of --stations PCs syncing at once against one, then the other (the order alternates
every round), --rounds times. Each burst's connections are open and its requests made before its CPU
is read, as in sync_load.py. Printed: the median CPU a pair of each server's processes and of
PostgreSQL (all databases: the bursts take turns, so each is the other's idle), its burst's median p95,
and the ratio of the candidate's to the base's.

    .venv/bin/python bench/sync_pair.py BASE_TREE CANDIDATE_TREE [--stations 40 --rounds 12 --workers 2]

A tree is a checkout of the project (a git worktree); its server runs from it (`python -m server`, with
PYTHONPATH set to it) and migrates its own database. Without trees (as `make bench` runs it) both are
the tree it runs from: the ratios then show the bench's own noise (server 1.00x and 1.03x, PostgreSQL
1.04x and 0.97x in two runs of 12 rounds; up to 1.19x in one of 6).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import orjson
import psycopg
import requests
from _common import ROOT, report
from _sync_setup import PgCluster, free_port, tree_cpu
from sync_load import raw_pc

_ENROL = """
import sys, orjson
from desktop.sync.client import SyncClient
from server.db import open_db
from server.store import Store
store, devices = Store(open_db(sys.argv[1])), []
for i in range(int(sys.argv[3])):
    station_id, code = store.add_station(f"第{i}村新时代文明实践站", "基准县")
    devices.append((SyncClient(sys.argv[2]).enrol(code, f"pc{i}", f"site{i}").token, station_id, f"site{i}"))
print(orjson.dumps(devices).decode())
"""


class TreeServer:
    """A county server run from `tree`, on its own database `name` of the cluster."""

    def __init__(self, tree: Path, pg: PgCluster, name: str, workers: int, stations: int):
        with psycopg.connect(f"host=127.0.0.1 port={pg.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f"CREATE DATABASE {name}")
        self.tree, self.url = tree, pg.url.rsplit("/", 1)[0] + "/" + name
        self.folder = tempfile.mkdtemp(prefix="sd-pair-")
        self.env = dict(os.environ, PYTHONPATH=str(tree))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._cli("migrate")
        self.proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--port", str(self.port), "--db",
                                      self.url, "--data-dir", self.folder, "--workers", str(workers)],
                                     cwd=tree, env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(1200):
            try:
                if requests.get(self.base + "/health", timeout=1).ok:
                    break
            except requests.RequestException:
                threading.Event().wait(0.05)
        else:
            raise SystemExit(f"the county server of {tree} did not start")
        # the stations added and enrolled by the tree's own code, in one process
        out = subprocess.run([sys.executable, "-c", _ENROL, self.url, self.base, str(stations)], cwd=tree,
                             env=self.env, capture_output=True, text=True, timeout=1200)
        if out.returncode != 0:
            raise SystemExit(f"{tree}: the stations were not added: {out.stderr.strip()[-300:]}")
        self.devices = [tuple(d) for d in orjson.loads(out.stdout)]
        self.cpu: list[float] = []
        self.pg: list[float] = []
        self.p95: list[float] = []

    def _cli(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "server", *args, "--db", self.url, "--data-dir", self.folder],
                              cwd=self.tree, env=self.env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise SystemExit(f"{self.tree}: server {' '.join(args)}: {done.stderr.strip()[-300:]}")
        return done.stdout

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)


def sync(pc: tuple) -> float:
    wire, push, pull = pc
    begin = time.perf_counter()
    assert wire.answer(push)["accepted"] == 50
    pushed = time.perf_counter()
    wire.answer(pull)
    return pushed - begin


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("base", type=Path, nargs="?", default=ROOT,
                        help="the base tree (default: this one)")
    parser.add_argument("candidate", type=Path, nargs="?", default=ROOT,
                        help="the candidate tree (default: this one: the two alike, the bench's own noise)")
    parser.add_argument("--stations", type=int, default=40, help="PCs syncing at once in a burst")
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for tree in (args.base, args.candidate):
        if not (tree / "server" / "__main__.py").is_file():
            raise SystemExit(f"{tree} is not a checkout of the project")
    pg = PgCluster()
    pg.recycle_wal()
    servers: list[TreeServer] = []
    try:
        for n, tree in enumerate((args.base, args.candidate)):
            servers.append(TreeServer(tree.resolve(), pg, f"county_{n}", args.workers,
                                      args.stations * (args.rounds + 1)))
        with ThreadPoolExecutor(args.stations) as pool:
            for server in servers:  # a warm-up burst each: connections of the pools, prepared statements
                list(pool.map(sync, pool.map(lambda d, s=server: raw_pc(s.base, *d, 50), server.devices[:args.stations])))
            for r in range(1, args.rounds + 1):
                for server in servers if r % 2 else servers[::-1]:
                    batch = server.devices[r * args.stations:(r + 1) * args.stations]
                    pcs = list(pool.map(lambda d, s=server: raw_pc(s.base, *d, 50), batch))
                    cpu, cpu_pg = tree_cpu(server.proc.pid), tree_cpu(pg.pid())
                    pushes = sorted(pool.map(sync, pcs))
                    server.cpu.append((tree_cpu(server.proc.pid) - cpu) / len(pcs) * 1000)
                    server.pg.append((tree_cpu(pg.pid()) - cpu_pg) / len(pcs) * 1000)
                    server.p95.append(pushes[int(0.95 * len(pushes)) - 1] * 1000)
                    for wire, *_ in pcs:
                        wire.close()
        base, cand = ({k: statistics.median(getattr(s, k)) for k in ("cpu", "pg", "p95")} for s in servers)
        report(f"Two servers side by side (PostgreSQL, {args.workers} worker(s) each, bursts of {args.stations} "
               f"PCs at once, {args.rounds} rounds each, taking turns)", [
            ("base", f"{args.base}: server {base['cpu']:.2f} ms a pair, PostgreSQL {base['pg']:.2f} ms, "
                     f"burst push p95 {base['p95']:.0f} ms (medians)"),
            ("candidate", f"{args.candidate}: server {cand['cpu']:.2f} ms a pair, PostgreSQL {cand['pg']:.2f} ms, "
                          f"burst push p95 {cand['p95']:.0f} ms"),
            ("ratio candidate / base", f"server {cand['cpu'] / base['cpu']:.2f}x, PostgreSQL "
                                       f"{cand['pg'] / base['pg']:.2f}x, both {(cand['cpu'] + cand['pg']) / (base['cpu'] + base['pg']):.2f}x, "
                                       f"p95 {cand['p95'] / base['p95']:.2f}x"),
        ])
        return 0
    finally:
        for server in servers:
            server.close()
        pg.close()


if __name__ == "__main__":
    sys.exit(main())
