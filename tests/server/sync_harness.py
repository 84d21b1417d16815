"""Real parts for the sync tests: a private PostgreSQL cluster, the county
server as a uvicorn subprocess on 127.0.0.1, station PCs as real SQLite files,
and helpers to compare replicas. Imported by the conftests of tests/server,
tests/sync and tests/e2e."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import uuid
from pathlib import Path

import pytest
import requests

from desktop.db import Database
from desktop.models.base import SYNCED, data_columns
from desktop.sync.wire import to_wire
from server.db import open_db
from server.store import Store

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(condition, timeout: float = 20.0, step: float = 0.05, what: str = "condition") -> None:
    waiter = threading.Event()
    deadline = timeout / step
    for _ in range(int(deadline)):
        if condition():
            return
        waiter.wait(step)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


# --- PostgreSQL -----------------------------------------------------------------

class PgCluster:
    def __init__(self, base: Path):
        bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not bins:
            pytest.fail("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). "
                        "Run `make setup` as root, which installs Debian's postgresql package.")
        self.bindir = Path(bins[-1]).parent
        self.base = base
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(base, "postgres", "postgres")

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            pytest.fail(f"{args[0]} failed: {done.stderr or done.stdout}")
        return done

    def start(self) -> None:
        data = self.base / "data"
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync")
        opts = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300")
        self._run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(self.base / "log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        subprocess.run((["runuser", "-u", "postgres", "--"] if self.as_root else []) +
                       [str(self.bindir / "pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "stop"],
                       capture_output=True, timeout=60)

    def new_database(self) -> str:
        import psycopg

        name = "county_" + uuid.uuid4().hex[:12]
        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


@pytest.fixture(scope="session")
def pg_cluster():
    base = Path(tempfile.mkdtemp(prefix="sd-pg-"))
    cluster = PgCluster(base)
    cluster.start()
    yield cluster
    cluster.stop()
    shutil.rmtree(base, ignore_errors=True)


# --- the county server process ---------------------------------------------------

class CountyServer:
    def __init__(self, db_url: str, data_dir: Path, extra: tuple[str, ...] = ()):
        self.db_url, self.data_dir, self.extra = db_url, data_dir, extra
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.store = Store(open_db(db_url))

    def start(self) -> None:
        log = open(self.data_dir / "server.log", "ab")
        self.proc = subprocess.Popen([PYTHON, "-m", "server", "serve", "--port", str(self.port), "--db", self.db_url,
                                      "--data-dir", str(self.data_dir), *self.extra], cwd=ROOT, stdout=log,
                                     stderr=log)
        log.close()

        def up() -> bool:
            if self.proc.poll() is not None:
                raise AssertionError(f"server exited: {(self.data_dir / 'server.log').read_text()[-2000:]}")
            try:
                return requests.get(self.url + "/health", timeout=1).ok
            except requests.RequestException:
                return False
        wait_until(up, timeout=90, what="the county server to answer /health")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)

    def restart(self) -> None:
        self.stop()
        self.start()

    def new_station(self, name: str = "红星村新时代文明实践站", station_id: str | None = None) -> tuple[str, str]:
        return self.store.add_station(name, "勉县", station_id)


def make_server(kind: str, tmp: Path, request, extra: tuple[str, ...] = ()) -> CountyServer:
    tmp.mkdir(parents=True, exist_ok=True)
    if kind == "sqlite":
        url = f"sqlite:///{tmp / 'county.sqlite'}"
    else:
        url = request.getfixturevalue("pg_cluster").new_database()
    server = CountyServer(url, tmp, extra)
    server.start()
    return server


# --- station PCs -------------------------------------------------------------------

def new_pc(folder: Path, now=None) -> Database:
    """A migrated station database, copied from the session's template (tests/dbtemplate.py:
    migrations take a while), with its own site id."""
    import dbtemplate

    dbtemplate.place(dbtemplate.template(Database), folder)
    return Database(folder, now=now)


def enrolled_pc(server: CountyServer, folder: Path, code: str, now=None) -> Database:
    from desktop.sync.engine import enrol

    db = new_pc(folder, now=now)
    enrol(db, server.url, code)
    return db


def dump_pc(db: Database) -> dict[str, dict[str, dict]]:
    out: dict[str, dict[str, dict]] = {}
    with db.engine.connect() as conn:
        for entity, model in SYNCED.items():
            table = model.__table__
            cols = data_columns(model)
            rows = {r._mapping["id"]: {c: to_wire(r._mapping[c]) for c in cols} for r in conn.execute(table.select())}
            if rows:
                out[entity] = rows
    return out


def dump_server(server: CountyServer, station_id: str) -> dict[str, dict[str, dict]]:
    import json

    from sqlalchemy import select

    from server.schema import row_state

    out: dict[str, dict[str, dict]] = {}
    with server.store.db.engine.connect() as conn:
        for entity, row_id, data in conn.execute(select(row_state.c.entity, row_state.c.row_id, row_state.c.data)
                                                 .where(row_state.c.station_id == station_id)):
            out.setdefault(entity, {})[row_id] = json.loads(data)
    return out


def assert_converged(server: CountyServer, station_id: str, *pcs: Database) -> None:
    dumps = [dump_pc(pc) for pc in pcs]
    for other in dumps[1:]:
        assert other == dumps[0], "station PCs differ"
    srv = {k: v for k, v in dump_server(server, station_id).items() if k in SYNCED}  # others: sync_extra
    assert set(srv) == set(dumps[0]), "tables differ between server and PC"
    for entity, rows in srv.items():
        assert set(rows) == set(dumps[0][entity]), f"rows of {entity} differ between server and PC"
        for row_id, data in rows.items():
            local = dumps[0][entity][row_id]
            assert {k: local[k] for k in data if k in local} == {k: v for k, v in data.items() if k in local}, \
                f"{entity} {row_id} differs between server and PC"


class CuttingProxy:
    """A TCP proxy on 127.0.0.1 in front of the server. While `cut_after` is set,
    every connection is cut once the server has sent that many bytes back:
    the request reached the server, the answer did not fully reach the client."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.cut_after: int | None = None
        self.cuts = 0
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(50)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self._stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            limit = self.cut_after
            threading.Thread(target=self._pump, args=(client, upstream, None), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, limit), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, limit: int | None) -> None:
        sent = 0
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: max(0, limit - sent)])
                    self.cuts += 1
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self._stop.set()
        self.sock.close()


# --- armour helpers ------------------------------------------------------------------

def run_cli(folder: Path, *args: str) -> tuple[int, str, str]:
    """`python -m desktop --data-dir FOLDER ARGS` in this process: (exit code, stdout, stderr)."""
    import contextlib
    import io

    from desktop.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--data-dir", str(folder), *args])
    return code, out.getvalue(), err.getvalue()


def inject(server: CountyServer, station_id: str, entries: list[dict], device_id: str = "legacy") -> None:
    """Store entries as an older server did, without the schema (what is already out there)."""
    store = server.store
    with store.write() as conn:
        store._accept(conn, station_id, device_id, entries)


def dump_station_bytes(server: CountyServer, station_id: str) -> list:
    """Everything the server keeps for a station, exactly as stored (for "nothing changed")."""
    from sqlalchemy import select

    from server.schema import blob, device, enrol_code, entry, row_state, station

    with server.store.db.engine.connect() as conn:
        out = []
        for table, key in ((station, station.c.id), (entry, entry.c.station_id), (row_state, row_state.c.station_id),
                           (blob, blob.c.station_id), (device, device.c.station_id),
                           (enrol_code, enrol_code.c.station_id)):
            # a device's last-seen time is written in the background (Store.flush_seen): not data
            columns = [c for c in table.c if c is not device.c.last_seen_at]
            rows = conn.execute(select(*columns).where(key == station_id)).all()
            out.append(sorted(tuple(str(v) for v in r) for r in rows))
    folder = server.data_dir / "blobs" / "uploads" / station_id
    out.append(sorted((p.name, p.read_bytes()) for p in folder.iterdir()) if folder.is_dir() else [])
    return out


def raw_http(port: int, method: str, path: str, headers: dict | list | None = None, body: bytes = b"",
             timeout: float = 30) -> tuple[int, bytes]:
    """One request sent exactly as given (no path normalisation, any header bytes)."""
    conn = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        items = headers.items() if isinstance(headers, dict) else (headers or [])
        head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n".encode("latin-1")
        for name, value in items:
            value = value if isinstance(value, bytes) else str(value).encode("utf-8")
            head += name.encode("latin-1") + b": " + value + b"\r\n"
        if body and not any(str(n).lower() in ("content-length", "transfer-encoding") for n, _ in items):
            head += f"Content-Length: {len(body)}\r\n".encode()
        conn.sendall(head + b"\r\n" + body)
        data = b""
        while True:
            try:
                chunk = conn.recv(65536)
            except (ConnectionResetError, TimeoutError):
                break
            if not chunk:
                break
            data += chunk
    finally:
        conn.close()
    if not data.startswith(b"HTTP/1.1 "):
        raise AssertionError(f"no HTTP answer to {method} {path!r}: {data[:200]!r}")
    status = int(data[9:12])
    return status, data.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in data else b""


def proc_figures(pid: int) -> tuple[int, int]:
    """(resident set size in bytes, bytes read by the process so far) from /proc."""
    rss = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) * 1024
    io_stats = dict(line.split(": ") for line in Path(f"/proc/{pid}/io").read_text().splitlines())
    return rss, int(io_stats["rchar"])
