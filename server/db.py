"""The server's database: engine, migrate-on-start, write lock.

SQLite (default, under ./county-data) or PostgreSQL (`--db postgresql+psycopg://...`).
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

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
    cursor.close()


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
            "pool_size": 10, "max_overflow": 20, "pool_pre_ping": True}
        self.engine: Engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.write_lock = threading.Lock() if self.is_sqlite else None

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
        self.engine.dispose()


def open_db(url: str | None = None) -> ServerDB:
    db = ServerDB(url or default_url())
    db.migrate()
    return db
