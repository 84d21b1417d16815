"""The server's database: engine, migrate-on-start, write lock.

SQLite (default, under ./county-data) or PostgreSQL (`--db postgresql+psycopg://...`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event, exc
from sqlalchemy.engine import Connection, Engine

from desktop.i18n import translate

MIGRATIONS = Path(__file__).parent / "migrations"
DEFAULT_DIR = Path("county-data")


class ServerDatabaseTooNew(RuntimeError):
    pass


def default_url(data_dir: Path = DEFAULT_DIR) -> str:
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{(data_dir / 'county.sqlite').resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA cache_size = -32768")  # 32 MB: a 5,000-entry push dirties more than the default 2 MB
    # no checkpoint at commit: two thirds of a 5,000-entry push's commit was the checkpoint it ran (the WAL
    # is fsynced at every commit all the same, synchronous = FULL); the Checkpointer runs them off the request
    cursor.execute("PRAGMA wal_autocheckpoint = 0")
    cursor.execute(f"PRAGMA journal_size_limit = {64 * 1024 * 1024}")
    cursor.close()


PING_IDLE = 10.0  # seconds a pooled connection may sit before it is pinged again when it is taken


def _idle_since(_dbapi_conn, record) -> None:
    record.info["idle_since"] = time.monotonic()


def _ping_if_idle(dbapi_conn, record, _proxy) -> None:
    """SQLAlchemy's pool_pre_ping, but only for a connection idle for PING_IDLE: a ping before every
    checkout was a round trip of its own on each of a request's three or four checkouts under load.
    A dead connection (the database restarted) is replaced, as with pre-ping."""
    if time.monotonic() - record.info.get("idle_since", 0.0) < PING_IDLE:
        return
    try:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute("SELECT 1")
        finally:
            cursor.close()
        dbapi_conn.rollback()  # out of the transaction the ping opened (the reader then sets autocommit)
    except Exception as error:  # noqa: BLE001 (any driver error: the pool takes another connection)
        raise exc.DisconnectionError() from error


class Checkpointer:
    """Copies the WAL back into the SQLite file on its own thread and connection, shortly after writes
    (PASSIVE: it never waits for or blocks a reader or a writer), instead of in the commit of whichever
    request crossed SQLite's automatic threshold. Durability is the WAL's, fsynced at each commit."""

    DELAY = 0.3  # seconds after a write: a first push's batches come one after another

    def __init__(self, path: str):
        self.path = path
        self._dirty = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def wrote(self) -> None:
        self._dirty.set()
        if self._thread is None:
            with self._lock:
                if self._thread is None and not self._stop.is_set():
                    self._thread = threading.Thread(target=self._loop, name="wal-checkpoint", daemon=True)
                    self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._dirty.wait()
            if self._stop.wait(self.DELAY):
                return
            self._dirty.clear()
            self.checkpoint("PASSIVE")

    def checkpoint(self, mode: str = "PASSIVE") -> None:
        try:
            conn = sqlite3.connect(self.path, timeout=10)
            try:
                conn.execute(f"PRAGMA wal_checkpoint({mode})").fetchall()
            finally:
                conn.close()
        except sqlite3.Error:  # the file may be busy or gone (a test's folder removed): the next write retries
            self._dirty.set()

    def close(self) -> None:
        self._stop.set()
        self._dirty.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(30)
            self.checkpoint("TRUNCATE")


class HotReads:
    """The driver's own autocommit connections (psycopg) for the hot one-statement reads of every sync
    request: authentication, the pull's page, the requests' look. Through SQLAlchemy each cost a pool
    checkout with its events, an execution context and, for Core statements, a cache key: about half a
    millisecond of the server's CPU, several times the query (bench/README.md, "Round six: server load").
    Constant statement texts, prepared on their first use on a connection. A connection idle for PING_IDLE
    is pinged before use and replaced when dead (the database restarted), as the engine's pool does;
    one that fails during a read is closed, not put back."""

    KEEP = 32  # idle connections kept (per process); more are opened when needed and closed after

    def __init__(self, url: str):
        from sqlalchemy.engine import make_url

        self.conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
        self._idle: list[tuple[object, float]] = []
        self._lock = threading.Lock()

    def _take(self):
        import psycopg

        while True:
            with self._lock:
                conn, since = self._idle.pop() if self._idle else (None, 0.0)
            if conn is None:
                return self._connect()
            if time.monotonic() - since < PING_IDLE:
                return conn
            try:
                conn.execute("SELECT 1")
                return conn
            except psycopg.Error:
                conn.close()

    def rows(self, sql: str, params: tuple) -> list[tuple]:
        import psycopg

        conn = self._take()
        try:
            rows = conn.execute(sql, params, prepare=True).fetchall()
        except psycopg.Error as error:
            broken = isinstance(error, psycopg.OperationalError) or conn.closed
            if broken:
                conn.close()
            else:
                self._give(conn)
            raise exc.DBAPIError.instance(sql, params, error, psycopg.Error) from error
        except BaseException:
            conn.close()
            raise
        self._give(conn)
        return rows

    def _connect(self):
        import psycopg

        return psycopg.connect(self.conninfo, autocommit=True)

    def warm(self, count: int) -> None:
        """Open `count` connections ahead (a worker's start), so that the first burst of syncs does not pay
        for PostgreSQL's backends starting (each a process of its own, which loads its catalog caches)."""
        opened = [self._connect() for _ in range(count)]
        for conn in opened:
            self._give(conn)

    def _give(self, conn) -> None:
        with self._lock:
            if len(self._idle) < self.KEEP:
                self._idle.append((conn, time.monotonic()))
                return
        conn.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
        for conn, _ in idle:
            conn.close()


class ServerDB:
    """Engine plus the rule for serialising writers.

    PostgreSQL: each push locks its station row (SELECT ... FOR UPDATE), so
    sequence numbers are handed out in commit order per station. SQLite allows
    one writer anyway: a process-wide lock avoids busy errors between threads.
    """

    def __init__(self, url: str):
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        kwargs = {"connect_args": {"check_same_thread": False, "timeout": 10}} if self.is_sqlite else {
            "pool_size": 10, "max_overflow": 20}
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            event.listen(self.engine.pool, "checkout", _ping_if_idle)
            event.listen(self.engine.pool, "checkin", _idle_since)
        self.write_lock = threading.Lock() if self.is_sqlite else None
        # The hot reads (authentication, pull, check, the requests' look before a pass) run outside a
        # transaction: on PostgreSQL a read-only connect() cost a BEGIN and a ROLLBACK round trip around its
        # one query (READ COMMITTED gives each statement its own snapshot either way). sqlite3 begins
        # transactions only for writes, so there it is the engine itself.
        self.reader: Engine = self.engine if self.is_sqlite else self.engine.execution_options(
            isolation_level="AUTOCOMMIT")
        self.hot = None if self.is_sqlite else HotReads(url)
        path = self.engine.url.database if self.is_sqlite else None
        self.checkpointer = Checkpointer(path) if path and path != ":memory:" else None

    def read(self, sql: str, params: tuple = ()) -> list[tuple]:
        """The rows of one read statement (placeholders `%s`), outside a transaction, at the driver level
        (HotReads): for the hot reads of the sync requests. Values come as the driver gives them
        (SQLite: a timestamp is its text)."""
        if self.hot is not None:
            return self.hot.rows(sql, params)
        with self.engine.connect() as conn:
            return conn.exec_driver_sql(sql.replace("%s", "?"), params).fetchall()

    def warm(self, count: int) -> None:
        """PostgreSQL: open `count` connections of the pool and of the hot reads ahead of the first requests
        (a worker's start: server.app). SQLite: nothing."""
        if self.hot is None:
            return
        self.hot.warm(count)
        opened = [self.engine.connect() for _ in range(min(count, self.engine.pool.size()))]
        for conn in opened:
            conn.close()

    def wrote(self) -> None:
        """A write transaction committed (SQLite: its WAL frames get checkpointed soon, off the request)."""
        if self.checkpointer is not None:
            self.checkpointer.wrote()

    @contextmanager
    def write_synced_after(self, committed: Callable[[], None] | None = None) -> Iterator[Connection]:
        """A write transaction (under the write lock) whose WAL reaches the disk after the lock is let go:
        SQLite commits it with synchronous = NORMAL (the frames written, not yet synced) and this fsyncs
        the WAL file before returning, so the caller still answers only once it is durable, while the next
        writer's transaction already runs (a first push's 20,000-entry batches: tens of ms of fsync each).
        `committed()` is called once it committed, before the fsync (the push's turn ends: server.store).
        PostgreSQL and a database in memory: a plain transaction (under the lock, if any)."""
        if self.checkpointer is None:
            if self.write_lock is None:
                with self.engine.begin() as conn:
                    yield conn
            else:
                with self.write_lock, self.engine.begin() as conn:
                    yield conn
            if committed is not None:
                committed()
            return
        with self.write_lock, self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection  # no transaction opens for a PRAGMA
            raw.execute("PRAGMA synchronous = NORMAL")
            try:
                with conn.begin():
                    yield conn
            finally:
                raw.execute("PRAGMA synchronous = FULL")
        if committed is not None:
            committed()
        self.sync_wal()
        self.wrote()

    def sync_wal(self) -> None:
        """fsync the SQLite WAL: every frame written so far (this writer's, and any after it) is on disk."""
        try:
            fd = os.open(self.checkpointer.path + "-wal", os.O_RDWR)
        except FileNotFoundError:  # checkpointed and removed: the frames are in the database file, synced then
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        script = ScriptDirectory.from_config(config)
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise ServerDatabaseTooNew(translate("server.db", "The server database version {version} is newer than this program; update the county server program.").format(
                version=current))
        if current == script.get_current_head():
            return
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.close()
        if self.hot is not None:
            self.hot.close()
        self.engine.dispose()


def open_db(url: str | None = None) -> ServerDB:
    db = ServerDB(url or default_url())
    db.migrate()
    return db
