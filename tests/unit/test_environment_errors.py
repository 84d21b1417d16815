"""The environment gets in the way: a full disk, a locked, corrupt or read-only database.

Each gives a Chinese message that says what to do, and nothing saved is lost.
"""

from __future__ import annotations

import pytest
from sqlalchemy import event

import desktop.db as dbmod
from desktop import crypto
from desktop.db import DB_FILENAME, Database
from desktop.errors import EnvironmentProblem, UserError
from desktop.services.demo import volunteer_rows
from desktop.services.volunteers import add_volunteer, bulk_add_volunteers, list_volunteers


def test_full_disk(db):
    add_volunteer(db, name="先存的人")
    # SQLite's own SQLITE_FULL, the error a full disk gives: cap the file's pages.
    pages = db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute(f"PRAGMA max_page_count = {pages + 3}"))
    db.engine.dispose()
    with pytest.raises(EnvironmentProblem) as caught:
        bulk_add_volunteers(db, volunteer_rows(3000), batch=3000)
    assert "磁盘已满" in caught.value.message and "清理" in caught.value.message
    assert [v.name for v in list_volunteers(db)] == ["先存的人"]


def test_locked_database(db, monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    db.engine.dispose()
    # The app's own SQLite library (sqlcipher3): two libraries in one process do not see each other's locks.
    other = crypto.connect(db.path, db.key, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(EnvironmentProblem) as caught:
            add_volunteer(db, name="被锁住")
        assert "占用" in caught.value.message
    finally:
        other.rollback()
        other.close()
    add_volunteer(db, name="解锁后")
    assert [v.name for v in list_volunteers(db)] == ["解锁后"]


def test_corrupt_file_is_reported_not_overwritten(tmp_path):
    path = tmp_path / DB_FILENAME
    path.write_bytes(b"this is not a database at all, it is a shopping list" * 100)
    before = path.read_bytes()
    with pytest.raises(UserError) as caught:
        Database(tmp_path)
    assert "损坏" in caught.value.message and "备份" in caught.value.message
    assert path.read_bytes() == before


def test_read_only_database(db):
    add_volunteer(db, name="只读前")
    # What a read-only file or folder gives (root ignores permissions, so use SQLite's own switch).
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA query_only = ON"))
    db.engine.dispose()
    with pytest.raises(EnvironmentProblem) as caught:
        add_volunteer(db, name="只读后")
    assert "只读" in caught.value.message
    assert [v.name for v in list_volunteers(db)] == ["只读前"]
