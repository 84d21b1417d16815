"""The local store: one SQLite file per station profile.

Opening a database: pragmas (WAL, synchronous=FULL, foreign keys, busy
timeout), then the schema check: the stored alembic_version is compared with
the head read cheaply from the versions folder (no Alembic import); only when
they differ is Alembic loaded: a database newer than the code is refused, an
older one is backed up and upgraded. Sessions carry the capture context so every
write is journaled (desktop.sync.journal).
"""

from __future__ import annotations

import ast
import functools
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

import desktop.models  # noqa: F401  (registers every table)
from desktop import APP_NAME
from desktop.errors import DatabaseTooNew, EnvironmentProblem, as_user_error
from desktop.i18n import translate
from desktop.models import Meta, Station
from desktop.sync import journal
from desktop.sync.clock import HybridClock

DB_FILENAME = "station.sqlite"
MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 5000


def default_data_dir() -> Path:
    """Per-user local data folder (never a roaming or cloud-synced one: WAL needs a local disk)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def _set_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}",
                           connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _assigned(tree: ast.Module, name: str):
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return ast.literal_eval(node.value) if node.value is not None else None
    return None


@functools.cache
def head_revision() -> str:
    """The code's head revision, read from the versions folder without importing Alembic.

    tests/unit/test_migrations.py checks it against Alembic's own answer.
    """
    revisions, parents = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        revision = _assigned(tree, "revision")
        if revision is None:
            continue
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        parents.update(down if isinstance(down, tuple | list) else [down] if down else [])
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"expected one migration head, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new file), read with plain SQL."""
    with engine.connect() as conn:
        if conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first() is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


def backup_file(path: Path, dest_dir: Path, tag: str) -> Path:
    """Consistent copy of a live SQLite file through the backup API."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest_dir / f"{path.stem}-{tag}-{stamp}.sqlite"
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def migrate(engine: Engine, path: Path, backups: Path) -> str | None:
    """Bring the schema to head. Returns the backup made, if any.

    The common case (already at head) costs one query and no Alembic import.
    """
    current = current_revision(engine)
    if current == head_revision():
        return None
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise DatabaseTooNew(
            translate("db", "This data file ({path}) was made by a newer Station Desk (database version {version}); this one cannot open it without risking damage. Update this software to the latest version, then open it.").format(
                path=path, version=current)
        )
    backup = None
    if current is not None:
        backup = backup_file(path, backups, f"before-{head}")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    return str(backup) if backup else None


class Database:
    """A station profile's database: engine, clock, and journaled sessions."""

    def __init__(self, data_dir: Path | str | None = None, *, now=None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise EnvironmentProblem(translate("db", "Cannot create the data folder {path}: {error}. Choose a folder that can be written to.").format(
                path=self.data_dir, error=error.strerror)) from None
        self.path = self.data_dir / DB_FILENAME
        self.engine = make_engine(self.path)
        try:
            self.last_backup = migrate(self.engine, self.path, self.backups_dir)
        except Exception as error:
            self.engine.dispose()
            mapped = as_user_error(error)
            if mapped is not None and mapped is not error:
                raise mapped from None
            raise
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        journal.install(self.engine, self._sessions.class_)
        self._load_identity(now)

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def photos_dir(self) -> Path:
        return self.data_dir / "photos"

    def _load_identity(self, now) -> None:
        from desktop.models import new_id

        with self._sessions() as session:
            site = session.get(Meta, "site_id")
            if site is None:
                site = Meta(key="site_id", value=new_id().replace("-", "")[-16:])
                session.add(site)
                session.commit()
            self.site_id = site.value
            last = session.get(Meta, "hlc")
            offset = session.get(Meta, "clock_offset_ms")
            station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
            self.station_id = station[0].id if station else None
        kwargs = {"now": now} if now else {}
        self.clock = HybridClock(self.site_id, last=last.value if last else None,
                                 offset_ms=int(offset.value) if offset else 0, **kwargs)

    @contextmanager
    def session(self, actor: str = "system") -> Iterator[Session]:
        """A journaled unit of work: commits on success, rolls back on error.

        Environment errors (disk full, locked, read-only) surface as UserError
        with a Chinese message; nothing already committed is touched.
        """
        session = self._sessions()
        session.info[journal.CAPTURE] = journal.CaptureContext(self.clock, actor, self.station_id)
        try:
            yield session
            session.commit()
        except Exception as error:
            session.rollback()
            mapped = as_user_error(error)
            if mapped is not None and mapped is not error:
                raise mapped from error
            raise
        finally:
            session.close()

    def read(self) -> Session:
        """A session for reading only (no commit)."""
        return self._sessions()

    def set_station(self, station_id: str) -> None:
        self.station_id = station_id

    def integrity_check(self) -> str:
        with self.engine.connect() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

    def close(self) -> None:
        self.engine.dispose()

    def copy_to(self, target: Path) -> Path:
        shutil.copy2(self.path, target)
        return target
