"""The local store: one SQLite file per station profile.

Opening a database: pragmas (WAL, synchronous=FULL, foreign keys, busy
timeout), then the schema check: the stored alembic_version is compared with
the head read cheaply from the versions folder (no Alembic import); only when
they differ is Alembic loaded: a database newer than the code is refused, an
older one is backed up and upgraded. Sessions carry the capture context so every
write is journaled (desktop.sync.journal).

Encryption (desktop.crypto): `Database(dir, key=K)` opens the file
as SQLCipher keyed with K; a plain file is first encrypted in place (after
an encrypted backup). Without a key, a folder that has accounts (key slots)
or an encrypted file raises LoginRequired. A zero-byte, truncated or damaged
file raises CorruptDatabase, whose message names the newest good backup.
The data folder is made 0700.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

import desktop.models  # noqa: F401  (registers every table)
from desktop import crypto
from desktop.errors import CorruptDatabase, DatabaseTooNew, EnvironmentProblem, LoginRequired, as_user_error
from desktop.i18n import translate
from desktop.models import Meta, Station
from desktop.paths import default_data_dir  # noqa: F401  (kept importable from here)
from desktop.schema_head import MIGRATIONS, head_revision
from desktop.sync import journal
from desktop.sync.clock import HybridClock

DB_FILENAME = "station.sqlite"
BUSY_TIMEOUT_MS = 5000
# Actor names the CLI and services use when they know no person; with a signed-in account, its name instead.
GENERIC_ACTORS = frozenset({"system", "站长", "命令行", "命令行导入", "系统"})


def _set_pragmas(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """An engine on the station file through sqlcipher3: keyed with `key`, or plain SQLite without.

    Always sqlcipher3, never the stdlib sqlite3 too: two SQLite libraries on one
    file in one process break each other's POSIX locks (closing one's file
    descriptor drops the other's locks).
    """
    engine = create_engine("sqlite://", module=crypto.sqlcipher3, poolclass=QueuePool, hide_parameters=True,
                           creator=lambda: crypto.connect(path, key, check_same_thread=False,
                                                          timeout=BUSY_TIMEOUT_MS / 1000))
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the database (None for a new file), read with plain SQL."""
    with engine.connect() as conn:
        if conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").first() is None:
            return None
        rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


def backup_file(path: Path, dest_dir: Path, tag: str, key: bytes | None = None) -> Path:
    """Consistent copy of a live SQLite file through the backup API (encrypted with `key` when given)."""
    dest_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = dest_dir / f"{path.stem}-{tag}-{stamp}.sqlite"
    src = crypto.connect(path, key)
    try:
        dst = crypto.connect(target, key)
        with dst:
            src.backup(dst)
        dst.close()
    finally:
        src.close()
    return target


def newest_good_backup(backups: Path, key: bytes | None) -> Path | None:
    """The newest backup in `backups` that passes integrity_check with `key` (None: none)."""
    if not backups.is_dir():
        return None
    for candidate in sorted(backups.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True):
        if crypto.file_state(candidate) in ("plain", "encrypted") and crypto.check(candidate, key) == "ok":
            return candidate
    return None


def _corrupt(path: Path, backups: Path, key: bytes | None, what: str) -> CorruptDatabase:
    good = newest_good_backup(backups, key) if key is not None or not crypto.KeySlots.load(path.parent).exists \
        else None
    hint = (translate("db", "The newest good backup is {name}; restore it (“Settings → Backup and restore”, or the command "
                            "restore {path}).").format(name=good.name, path=good) if good
            else translate("db", "No good backup was found; on a PC enrolled at the county, rebuild the station from the county (the command restore --from-county); unsent changes that can still be read are kept."))
    return CorruptDatabase(translate("db", "The data file {name} {what} and cannot be opened. {hint}").format(
        name=path.name, what=what, hint=hint), backup=good)


def damaged_error(path: Path, backups: Path, key: bytes | None) -> CorruptDatabase:
    """The message a damaged file gets (for the screenshots of the recovery dialog)."""
    return _corrupt(path, backups, key, translate("db", "is damaged"))


def _make_private(folder: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700)


def restore_dropped_indexes(conn) -> None:
    """The secondary indexes a snapshot cut short left dropped, created again (before a migration,
    which may alter or drop them; the sync does the same at its first step)."""
    from desktop.sync.snapshot_indexes import (  # only on a migration: off the start-up path
        INDEX_META,
        saved_indexes,
    )

    if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").first() is None:
        return
    saved = saved_indexes(conn)
    for sql in saved.values():
        if isinstance(sql, str) and sql.startswith("CREATE INDEX "):
            conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS " + sql[len("CREATE INDEX "):])
    if saved:
        conn.exec_driver_sql("UPDATE meta SET value = '{}' WHERE key = ?", (INDEX_META,))


def migrate(engine: Engine, path: Path, backups: Path, key: bytes | None = None) -> str | None:
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
        backup = backup_file(path, backups, f"before-{head}", key)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        restore_dropped_indexes(conn)
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    return str(backup) if backup else None


class Database:
    """A station profile's database: engine, clock, and journaled sessions."""

    def __init__(self, data_dir: Path | str | None = None, *, key: bytes | None = None, now=None,
                 check: bool = True):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as error:
            raise EnvironmentProblem(translate("db", "Cannot create the data folder {path}: {error}. Choose a folder that can be written to.").format(
                path=self.data_dir, error=error.strerror)) from None
        _make_private(self.data_dir)
        self.path = self.data_dir / DB_FILENAME
        self.key = key
        self.user = None  # the signed-in account (desktop.services.accounts.Account), if any
        self._check_file(check)
        self.engine = make_engine(self.path, key)
        try:
            self.last_backup = migrate(self.engine, self.path, self.backups_dir, key)
        except Exception as error:
            self.engine.dispose()
            mapped = as_user_error(error)
            if mapped is not None and mapped is not error:
                raise mapped from None
            raise
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        journal.install(self.engine, self._sessions.class_)
        self._load_identity(now)
        self._make_files_private()

    def _make_files_private(self) -> None:
        if os.name != "posix":
            return
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(self.path.with_name(self.path.name + suffix), 0o600)

    def _check_file(self, check: bool) -> None:
        state = crypto.file_state(self.path)
        with contextlib.suppress(FileNotFoundError):
            self.path.with_name(self.path.name + ".encrypting").unlink()  # a kill mid-encryption: start over
        if state == "empty":
            raise _corrupt(self.path, self.backups_dir, self.key, translate("db", "is empty (0 bytes)"))
        if self.key is None:
            if crypto.KeySlots.load(self.data_dir).exists:
                raise LoginRequired()
            if state == "encrypted":  # no accounts, so it is not ours: garbage
                raise _corrupt(self.path, self.backups_dir, None, translate("db", "is damaged or not a data file of this program"))
        elif state == "plain":
            if check and crypto.check(self.path, None, quick=True) != "ok":
                raise _corrupt(self.path, self.backups_dir, self.key, translate("db", "is damaged"))
            crypto.encrypt_in_place(self.path, self.key, self.backups_dir)
            state = "encrypted"
        if check and state != "missing":
            result = crypto.check(self.path, self.key, quick=True)
            if result != "ok":
                what = translate("db", "cannot be opened with this key (it may be damaged)") if "not a database" in result else translate("db", "is damaged")
                raise _corrupt(self.path, self.backups_dir, self.key, what)

    def encrypt(self, key: bytes) -> None:
        """Encrypt this (plain, open) database in place with `key` and reopen it keyed."""
        if self.key is not None:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        crypto.encrypt_in_place(self.path, key, self.backups_dir)
        self._reopen(key)
        self._make_files_private()

    def _reopen(self, key: bytes | None) -> None:
        self.key = key
        self.engine = make_engine(self.path, key)
        self._sessions = sessionmaker(self.engine, class_=Session, expire_on_commit=False)
        journal.install(self.engine, self._sessions.class_)

    def swap_file(self, source: Path) -> None:
        """Replace the database file by `source` (same key), kill-safe; reopens and reloads identity."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        crypto.replace_file(source, self.path)
        self._reopen(self.key)
        migrate(self.engine, self.path, self.backups_dir, self.key)
        self._load_identity(None)

    @property
    def encrypted(self) -> bool:
        return self.key is not None

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
        if self.user is not None and actor in GENERIC_ACTORS:  # signed in: the account is who did it
            actor = self.user.username
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

    def connect_raw(self):
        """A raw DB-API connection to the file (keyed), for the backup API."""
        return crypto.connect(self.path, self.key)

    def copy_to(self, target: Path) -> Path:
        shutil.copy2(self.path, target)
        return target
