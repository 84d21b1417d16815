"""Signing in and reading without the ORM, for short read-only commands (`volunteer list`).

SQLAlchemy, SQLModel and the tables take most of a short command's time to load (bench/startup.py:
`volunteer list --json` on 300 volunteers, target < 0.8 s). A command that only reads, and whose
sign-in changes nothing but the audit log, can do without them: `open_light` unlocks the key slot,
opens the file with sqlcipher3, checks what desktop.db.Database and accounts.open_as check, and
writes the login's audit entry as the journal would (the row, its journal entry, the clock), in one
transaction, as desktop.sync.journal.bulk_insert does for its own rows.

Whenever the full path would do more than that (a file to encrypt, repair or migrate, a first
identity, an account row or record to write, a password verifier to queue, a slot to drop or
relabel, a role that may not run the command) `open_light` writes nothing and returns
`Unlocked(username, key)`: the caller opens the station the usual way with the key it already has
(accounts.open_as; no second argon2id), which does those things and raises what it raises.
tests/unit/test_light_read.py checks that both paths write and print the same.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop import crypto
from desktop.ids import new_id
from desktop.schema_head import head_revision
from desktop.services.accounts import Account, unlock_key
from desktop.sync.clock import HybridClock

DB_FILENAME = "station.sqlite"  # desktop.db.DB_FILENAME (the test checks)
BUSY_TIMEOUT_MS = 5000  # desktop.db.BUSY_TIMEOUT_MS
RECORD_PREFIX = "account:"  # desktop.services.account_sync.RECORD_PREFIX
SENT_META = "account_verifier_sent:"  # desktop.services.account_sync.SENT_META
# desktop.models.AuditEntry's data columns (desktop.models.base.data_columns), in table order.
AUDIT_DATA = ("station_id", "at", "actor", "action", "entity", "entity_id", "detail")
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # desktop.sync.journal._dumps


@dataclass(frozen=True)
class Unlocked:
    """The light path declined: open the station with accounts.open_as(data_dir, username, key, password)."""

    username: str
    key: bytes


class LightStation:
    """A signed-in, read-only view of the station file: `.conn` (sqlcipher3), `.user`, `.station_id`."""

    def __init__(self, conn, data_dir: Path, key: bytes, user: Account, station_id: str | None):
        self.conn, self.data_dir, self.key, self.user, self.station_id = conn, data_dir, key, user, station_id

    def rows(self, sql: str, params: tuple = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def close(self) -> None:
        self.conn.close()


def _connect(path: Path, key: bytes):
    conn = crypto.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.isolation_level = None  # transactions are explicit below
    for pragma in (f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}", "PRAGMA journal_mode = WAL",
                   "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON"):  # desktop.db._set_pragmas
        conn.execute(pragma)
    return conn


def _one(conn, sql: str, params: tuple = ()):
    return conn.execute(sql, params).fetchone()


def _setting(conn, key: str):
    row = _one(conn, "SELECT value FROM setting WHERE key = ? AND deleted_at IS NULL", (key,))
    return json.loads(row[0]) if row else None


def _records(conn) -> dict[str, dict]:
    out = {}
    for key, value in conn.execute("SELECT key, value FROM setting WHERE key LIKE ? || '%' AND deleted_at IS NULL",
                                   (RECORD_PREFIX,)):
        try:
            value = json.loads(value)
        except ValueError:
            continue
        if isinstance(value, dict):
            out[key[len(RECORD_PREFIX):]] = value
    return out


def _account(conn, data_dir: Path, username: str, station_id: str) -> Account | None:
    """The signed-in account when accounts.open_as would write nothing but the login's audit entry, else None."""
    slots = crypto.KeySlots.load(data_dir)
    row = _one(conn, "SELECT role, display_name, disabled FROM local_user WHERE username = ?", (username,))
    rec = _setting(conn, RECORD_PREFIX + username)
    rec = rec if isinstance(rec, dict) else None
    records = _records(conn)
    gone = [name for name, r in records.items() if r.get("disabled") and name in slots.slots]
    if gone and any(name not in gone for name in slots.slots):
        return None  # a slot to drop
    if rec is not None:
        if rec.get("disabled"):
            return None  # switched off: the full path says so
        role, display = rec.get("role") or (row[0] if row else "clerk"), rec.get("display_name") or username
        if row is None or row[0] != role or row[2]:
            return None  # the local row to write
        if username in slots.slots and slots.slots[username].get("role") != role:
            return None  # the slot's label to fix
    else:
        return None  # switched off, or (a station set up) the account's record to publish
    salt = slots.slots.get(username, {}).get("salt", "")
    sent = _one(conn, "SELECT value FROM meta WHERE key = ?", (SENT_META + username,))
    if not (salt and sent is not None and sent[0] in (salt, "queued:" + salt)):
        return None  # a verifier to queue for the county
    return Account(username, role, display)


def _audit_login(conn, user: Account, station_id: str) -> None:
    """The login's audit entry, as accounts.open_as writes it through the journal (desktop.sync.journal)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        site = _one(conn, "SELECT value FROM meta WHERE key = 'site_id'")[0]
        last = _one(conn, "SELECT value FROM meta WHERE key = 'hlc'")
        offset = _one(conn, "SELECT value FROM meta WHERE key = 'clock_offset_ms'")
        clock = HybridClock(site, last=last[0] if last else None, offset_ms=int(offset[0]) if offset else 0)
        at, row_id, hlc = datetime.now(), new_id(), clock.tick()
        values = {"station_id": station_id, "at": at, "actor": user.username, "action": "account.login",
                  "entity": "local_user", "entity_id": user.username, "detail": ""}
        conn.execute('INSERT INTO audit_log (id, station_id, field_clocks, "at", actor, action, entity, entity_id, '
                     'detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
                     (row_id, station_id, _dumps({"*": hlc}), at.strftime("%Y-%m-%d %H:%M:%S.%f"), user.username,
                      "account.login", "local_user", user.username, ""))
        fields = {c: (values[c].isoformat() if isinstance(values[c], datetime) else values[c]) for c in AUDIT_DATA}
        conn.execute("INSERT INTO journal (entry_id, entity, row_id, station_id, fields, hlc, site, actor) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (new_id(), "audit_log", row_id, station_id, _dumps(fields), hlc, site, user.username))
        if last is None:
            conn.execute("INSERT INTO meta (key, value) VALUES ('hlc', ?)", (clock.last,))
        else:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'hlc'", (clock.last,))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def open_light(data_dir: Path, username: str | None, password: str, *, permission: str = "data"
               ) -> LightStation | Unlocked:
    """Sign in as `username` (default: the head) for reading; see the module docstring."""
    username, key = unlock_key(data_dir, username, password)  # a wrong password: LoginRequired, counted
    declined = Unlocked(username, key)
    if os.name == "posix":  # as desktop.db.Database keeps the folder
        with contextlib.suppress(OSError):
            os.chmod(data_dir, 0o700)
    path = Path(data_dir) / DB_FILENAME
    if (crypto.file_state(path) != "encrypted" or path.with_name(path.name + ".encrypting").exists()
            or crypto.check(path, key, quick=True) != "ok"):
        return declined
    conn = _connect(path, key)
    try:
        revision = _one(conn, "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")
        versions = conn.execute("SELECT version_num FROM alembic_version").fetchall() if revision else []
        if len(versions) != 1 or versions[0][0] != head_revision():
            conn.close()
            return declined  # a schema to migrate (or refuse)
        if _one(conn, "SELECT value FROM meta WHERE key = 'site_id'") is None:
            conn.close()
            return declined  # a first identity to make
        station = _one(conn, "SELECT id FROM station WHERE deleted_at IS NULL")
        if station is None:
            conn.close()
            return declined  # no station yet: nothing to read, and the full path says so
        station_id = station[0]
        user = _account(conn, Path(data_dir), username, station_id)
        if user is None or user.role == "kiosk" or not user.can(permission):
            conn.close()
            return declined
        _audit_login(conn, user, station_id)
    except BaseException:
        conn.close()
        raise
    if os.name == "posix":  # as desktop.db.Database keeps them
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.chmod(path.with_name(path.name + suffix), 0o600)
    return LightStation(conn, Path(data_dir), key, user, station_id)


# --- reads (each the SQL its ORM twin issues, so rows come back in the same order) ---------------------


def list_volunteers(station: LightStation, *, status: str | None = None) -> list[dict]:
    """services.volunteers.list_volunteers without a search: the roster rows, by name (dates as stored text)."""
    where = " AND status = ?" if status else ""
    return station.rows(f"SELECT * FROM volunteer WHERE deleted_at IS NULL{where} ORDER BY name",
                        (status,) if status else ())


def volunteer_teams(station: LightStation) -> dict[str, list[str]]:
    """services.teams.volunteer_teams: volunteer id -> names of the teams they belong to."""
    result: dict[str, list[str]] = {}
    for volunteer_id, name in station.conn.execute(
            "SELECT team_member.volunteer_id, team.name FROM team_member JOIN team ON team.id = team_member.team_id "
            "WHERE team_member.deleted_at IS NULL AND team.deleted_at IS NULL ORDER BY team.sort_order"):
        result.setdefault(volunteer_id, []).append(name)
    return result
