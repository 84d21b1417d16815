"""The server database's plumbing under the push path: SQLite checkpoints run off the request's commit
(and a last one when the server stops); PostgreSQL connections are pinged only after sitting idle, and
a dead one is still replaced; the hot reads run outside a transaction; a push's WAL is fsynced after the
write lock is let go, before its answer; migration 0007 fills the tables' digests."""

from __future__ import annotations

import json
import os
import time

import psycopg
import pytest
from sqlalchemy.exc import DBAPIError

import server.db
from desktop.ids import new_id
from desktop.sync import protocol
from server.db import open_db
from server.store import ApiError, Store


def test_sqlite_commits_leave_the_checkpoint_to_its_own_thread(tmp_path):
    db = open_db(f"sqlite:///{tmp_path / 'county.sqlite'}")
    store = Store(db)
    station_id, _ = store.add_station("甲村新时代文明实践站", "甲县")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 0
    wal = tmp_path / "county.sqlite-wal"
    assert wal.stat().st_size > 0  # the commit went to the WAL (fsynced), the file waits for the checkpoint
    store.close()  # the server stops: the WAL is copied back and truncated
    assert not wal.exists() or wal.stat().st_size == 0
    again = Store(open_db(f"sqlite:///{tmp_path / 'county.sqlite'}"))
    assert [s["id"] for s in again.list_stations()] == [station_id]
    again.close()


def test_postgres_reads_outside_a_transaction_and_a_dead_connection_is_replaced(pg_cluster, monkeypatch):
    url = pg_cluster.new_database()
    store = Store(open_db(url))
    station_id, _ = store.add_station("乙村新时代文明实践站", "乙县")
    with store.db.reader.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        assert conn.connection.dbapi_connection.autocommit  # no BEGIN / ROLLBACK round trips
    assert store.check(station_id).last_seq == 1
    monkeypatch.setattr(server.db, "PING_IDLE", 0.0)  # every pooled connection counts as idle
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname=postgres",
                         autocommit=True) as admin:  # the database restarts under the server's pool
        killed = admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s",
                               (name,)).fetchone()[0]
    assert killed >= 1
    assert store.check(station_id).last_seq == 1  # the ping found the dead connection and took a new one
    store.close()
    store.db.dispose()


def test_postgres_hot_reads_use_the_drivers_connections_and_survive_a_restart(pg_cluster, monkeypatch):
    """Authentication and the pull read through ServerDB.read (psycopg's own autocommit connections, kept
    between requests); a dead one is replaced after its idle ping, one that fails is not put back."""
    url = pg_cluster.new_database()
    store = Store(open_db(url))
    station_id, code = store.add_station("丙村新时代文明实践站", "丙县")
    token = store.enrol(code, "测试电脑", "hot1").token
    device_id, found = store.authenticate(token)
    assert found == station_id and len(store.db.hot._idle) == 1  # the connection went back to be reused
    assert json.loads(store.pull(device_id, station_id, 0, 100))["last_seq"] == 1
    assert len(store.db.hot._idle) == 1 and store.db.hot._idle[0][0].autocommit
    monkeypatch.setattr(server.db, "PING_IDLE", 0.0)
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(f"host=127.0.0.1 port={pg_cluster.port} user=postgres dbname=postgres",
                         autocommit=True) as admin:  # the database restarts under the kept connections
        assert admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s",
                             (name,)).fetchone()[0] >= 1
    assert store.authenticate(token) == (device_id, station_id)  # the ping found it dead and took a new one
    with pytest.raises(DBAPIError):
        store.db.read("SELECT no_such_column FROM station")
    assert len(store.db.hot._idle) == 1  # a statement error leaves a good connection usable
    with pytest.raises(ApiError):
        store.authenticate("not-a-token")
    store.close()
    store.db.dispose()
    assert store.db.hot._idle == []


def _migrated_from_0006(url: str) -> tuple[str, Store]:
    """A database whose row states were written before row_digest existed (the table dropped and the
    version set back), opened again: migration 0007 fills the digests from the rows."""
    store = Store(open_db(url))
    station_id, _ = store.add_station("丙村新时代文明实践站", "丙县")
    for n in range(3):
        store.county_write(station_id, "team", f"team-{n % 2}", {"name": f"第{n}队", "station_id": station_id})
    expected = store.check(station_id).tables
    with store.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE row_digest")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006'")
    store.close()
    store.db.dispose()
    again = Store(open_db(url))
    assert again.check(station_id).tables == expected and expected["team"].count == 2
    return station_id, again


def test_migration_0007_fills_the_digests_sqlite(tmp_path):
    station_id, store = _migrated_from_0006(f"sqlite:///{tmp_path / 'county.sqlite'}")
    store.county_write(station_id, "team", "team-2", {"name": "新队", "station_id": station_id})
    assert store.check(station_id).tables["team"].count == 3  # and the push path keeps it from there
    store.close()
    store.db.dispose()


def test_migration_0007_fills_the_digests_postgres(pg_cluster):
    _, store = _migrated_from_0006(pg_cluster.new_database())
    store.close()
    store.db.dispose()


def test_a_push_is_fsynced_before_its_answer_and_the_connection_stays_full(tmp_path, monkeypatch):
    """SQLite: a push commits with synchronous = NORMAL and fsyncs the WAL itself after the write lock is
    let go, before push() returns; the pooled connection goes back to FULL for every other write."""
    db = open_db(f"sqlite:///{tmp_path / 'county.sqlite'}")
    store = Store(db)
    station_id, _ = store.add_station("丁村新时代文明实践站", "丁县")
    synced = []
    real_fsync = server.db.os.fsync

    def fsync(fd):
        synced.append((db.write_lock.locked(), store._push_turn.locked(), os.fstat(fd).st_ino))
        real_fsync(fd)

    monkeypatch.setattr(server.db.os, "fsync", fsync)
    entry = protocol.Entry(id=new_id(), entity="team", row_id=new_id(), station_id=station_id,
                           fields={"name": "一队", "station_id": station_id},
                           hlc=f"{int(time.time() * 1000):016d}-0000-pcA", site="pcA")
    answer = store.push("dev", station_id, [entry])
    assert answer.accepted == 1
    wal = (tmp_path / "county.sqlite-wal").stat().st_ino
    assert synced == [(False, False, wal)]  # the WAL, after the lock and the push's turn, before the answer
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    store.close()
    db.dispose()


def test_a_refused_push_gives_its_turn_back(tmp_path):
    """SQLite: a push refused at any step (a body the decoder refuses, a bad token, another station's entry,
    a rule broken, a stamp before the floor) lets go of the push's turn and of the write lock; the next push
    goes through."""
    db = open_db(f"sqlite:///{tmp_path / 'county.sqlite'}")
    store = Store(db)
    station_id, _ = store.add_station("戊村新时代文明实践站", "戊县")

    def body(**change) -> bytes:
        e = {"id": new_id(), "entity": "team", "row_id": new_id(), "station_id": station_id,
             "fields": {"name": "一队", "station_id": station_id},
             "hlc": f"{int(time.time() * 1000):016d}-0000-pcA", "site": "pcA", "actor": ""} | change
        return json.dumps({"entries": [e]}).encode()

    def denied():
        raise ApiError(401, protocol.BAD_TOKEN, "无效")

    def ok():
        return "dev", station_id

    assert store.push_body(b'{"entries": [{"id": 1}]}', ok) == (None, None, [])
    for text, who in ((body(), denied), (body(station_id=new_id()), ok), (body(fields={"name": 5}), ok),
                      (body(hlc="0000000000000001-0000-pcA"), ok)):
        with pytest.raises(ApiError):
            store.push_body(text, who)
        assert not store._push_turn.locked() and not db.write_lock.locked()
    ident, answer, entries = store.push_body(body(), ok)
    assert ident == ("dev", station_id) and answer.accepted == 1 and len(entries) == 1
    store.close()
    db.dispose()
