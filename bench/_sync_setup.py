"""Shared set-up of the sync benchmarks: a county server process on
127.0.0.1 and station PCs in a temporary folder."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import requests
from _common import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tree_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a process and all its living descendants, plus what its reaped
    children used (Linux /proc): the server's workers, or PostgreSQL's backends under the postmaster."""
    tick = os.sysconf("SC_CLK_TCK")
    stats, parent = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            text = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        fields = text[text.rindex(")") + 2:].split()  # after "pid (name) "
        parent[int(entry)] = int(fields[1])
        stats[int(entry)] = fields
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        fields = stats.get(current)
        if fields is None:
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
        if current == pid:
            total += (int(fields[13]) + int(fields[14])) / tick  # cutime, cstime of reaped children
        todo.extend(child for child, up in parent.items() if up == current)
    return total


class Server:
    def __init__(self, db_url: str | None = None, workers: int = 1):
        self.folder = Path(tempfile.mkdtemp(prefix="sd-bench-"))
        self.db_url = db_url or f"sqlite:///{self.folder / 'county.sqlite'}"
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        from server.db import open_db
        from server.store import Store

        self.store = Store(open_db(self.db_url))
        self.proc = subprocess.Popen([sys.executable, "-m", "server", "serve", "--port", str(self.port),
                                      "--db", self.db_url, "--data-dir", str(self.folder), "--workers", str(workers)],
                                     cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        waiter = threading.Event()
        for _ in range(1200):  # a loaded 2-core machine can take a while to start uvicorn
            try:
                if requests.get(self.url + "/health", timeout=1).ok:
                    return
            except requests.RequestException:
                waiter.wait(0.05)
        raise SystemExit("the county server did not start")

    def close(self) -> None:
        self.proc.terminate()
        self.proc.wait(20)
        shutil.rmtree(self.folder, ignore_errors=True)


class PgCluster:
    """A throwaway PostgreSQL cluster from Debian's packages (as the `postgres`
    user when run as root, since initdb refuses root). `settings`: extra server settings (`-c name=value`)."""

    def __init__(self, settings: dict[str, str] | None = None):
        import glob
        import os

        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            raise SystemExit("PostgreSQL is not installed: run `make setup` as root.")
        self.bindir = Path(bins[-1]).parent
        self.base = Path(tempfile.mkdtemp(prefix="sd-bench-pg-"))
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.prefix:
            shutil.chown(self.base, "postgres", "postgres")
        self.port = free_port()
        self._run("initdb", "-D", str(self.base / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        extra = "".join(f" -c {k}={v}" for k, v in (settings or {}).items())
        self._run("pg_ctl", "-D", str(self.base / "data"), "-l", str(self.base / "log"), "-w", "-o",
                  f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c max_connections=300{extra}", "start")
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute("CREATE DATABASE county")
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/county"

    def pid(self) -> int:
        """The postmaster's process id (its backends are its children)."""
        return int((self.base / "data" / "postmaster.pid").read_text().split()[0])

    def sql(self, text: str) -> list[tuple]:
        """Run statements in the county database; the rows of the last one."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=county", autocommit=True) as conn:
            cursor = conn.execute(text)
            return cursor.fetchall() if cursor.description else []

    def recycle_wal(self) -> None:
        """Give the new cluster what a running one has: WAL segments recycled by its checkpoints. A cluster
        fresh from initdb has one segment and makes each next one by writing 16 MB of zeros, with the WAL
        write lock held: every committing session waits. Under sync_load.py that came once a run, about
        40 ms with both cores idle (a perf timeline, bench/README.md "Round twelve"); a county server that
        has run a day has its segments ready. About 55 MB of WAL, then two checkpoints: the old segments
        become the next ones (min_wal_size keeps five)."""
        self.sql("CREATE TABLE wal_warm AS SELECT g, repeat('x', 900) AS pad FROM generate_series(1, 60000) g; "
                 "DROP TABLE wal_warm; CHECKPOINT")
        self.sql("SELECT pg_switch_wal(); CHECKPOINT")

    def sessions(self) -> int:
        """Sessions (connections) the database has had so far (PostgreSQL 14 and later)."""
        return self.sql("SELECT sessions FROM pg_stat_database WHERE datname = 'county'")[0][0]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.prefix, str(self.bindir / args[0]), *args[1:]], check=True, capture_output=True,
                       timeout=120)

    def close(self) -> None:
        subprocess.run([*self.prefix, str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "fast",
                        "stop"], capture_output=True, timeout=60)
        shutil.rmtree(self.base, ignore_errors=True)
