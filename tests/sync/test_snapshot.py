"""Initial sync from a snapshot (desktop.sync.snapshot, GET /v1/snapshot) against a real server
process on loopback and real SQLite files: a fresh PC that takes the snapshot ends exactly where a
fresh PC that replays the log ends (every synced table, every column and clock, sync_extra, the
quarantine, the digest), on the demo station and over random edits of two PCs (Hypothesis); a PC
killed in the middle of a snapshot takes it again and converges; the armour's quarantine still
catches bad values an older server stored."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import orjson
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_harness import ROOT, assert_converged, enrolled_pc, inject, make_server, new_pc, pg_cluster  # noqa: F401

from desktop.db import Database
from desktop.models import Activity, SignIn, Volunteer
from desktop.models.base import SYNCED, new_id
from desktop.models.sync_state import SyncExtra, SyncQuarantine, SyncRejected
from desktop.services.activities import signin_id
from desktop.services.demo import generate
from desktop.sync import snapshot as snapshots
from desktop.sync import snapshot_indexes
from desktop.sync import snapshot_rows as snaprows
from desktop.sync.apply import get_meta
from desktop.sync.check import local_summary
from desktop.sync.clock import HybridClock
from desktop.sync.engine import enrol, run_sync
from desktop.sync.wire import from_wire


def indexes(db: Database) -> set[tuple[str, str]]:
    with db.engine.connect() as conn:
        return set(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())


def fresh(server, folder: Path, station_id: str) -> Database:
    """A freshly installed PC, enrolled, that has not synced yet."""
    db = new_pc(folder)
    enrol(db, server.url, server.store.new_code(station_id), first_sync=False)
    return db


def everything(db: Database) -> dict:
    """Every synced row with every column (clocks included), sync_extra, held and quarantined entries,
    and the digest: what must be identical between a snapshot and a replay."""
    out: dict = {}
    with db.engine.connect() as conn:
        for entity, model in SYNCED.items():
            table = model.__table__
            out[entity] = sorted(tuple(str(v) for v in row) for row in conn.execute(select(table)))
        out["sync_extra"] = sorted(tuple(r) for r in conn.execute(select(SyncExtra.__table__)))
        rejected = SyncRejected.__table__
        out["sync_rejected"] = sorted(conn.execute(select(rejected.c.entry_id, rejected.c.entity, rejected.c.row_id,
                                                          rejected.c.reason)).all())
        held = SyncQuarantine.__table__
        out["sync_quarantine"] = sorted(conn.execute(select(held.c.entry_id, held.c.reason)).all())
    out["digest"] = local_summary(db)
    return out


def both_ways(server, station_id: str, folder: Path) -> tuple[dict, dict, object, object]:
    by_snapshot, by_replay = fresh(server, folder / "snap", station_id), fresh(server, folder / "replay", station_id)
    try:
        schema = indexes(by_snapshot)
        snap = run_sync(by_snapshot, photos=False)
        replay = run_sync(by_replay, photos=False, snapshot=False)
        # the fresh tables' indexes, dropped while they filled, are back as they were
        assert indexes(by_snapshot) == schema == indexes(by_replay)
        with by_snapshot.engine.connect() as conn:
            assert get_meta(conn, snapshot_indexes.INDEX_META) == "{}"
        return everything(by_snapshot), everything(by_replay), snap, replay
    finally:
        by_snapshot.close()
        by_replay.close()


def test_snapshot_equals_replay_on_the_demo_station(server, tmp_path):
    station_id, code = server.new_station("演示村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    generate(pc1, volunteers=150, activities=40, signins_per_activity=8)
    run_sync(pc1, photos=False)
    run_sync(pc2, photos=False)
    with pc2.session("站长") as s:  # later edits: rows whose fields won at different stamps
        for volunteer in s.scalars(select(Volunteer).limit(30)):
            volunteer.note = "第二台电脑改的"
    server.store.county_write(station_id, "volunteer", new_id(), {"name": "县里加的", "station_id": station_id,
                                                                   "shoe_size": 42})  # a field no PC knows
    run_sync(pc2, photos=False)
    run_sync(pc1, photos=False)
    snap, replay, snap_report, replay_report = both_ways(server, station_id, tmp_path)
    assert snap_report.snapshot_rows > 500 and replay_report.snapshot_rows == 0
    assert snap_report.check_ok is True and replay_report.check_ok is True
    assert snap["volunteer"] and snap["signin"] and snap["sync_extra"]
    for name in snap:
        assert snap[name] == replay[name], name
    assert snap_report.requests == 2 and 10_000 < snap_report.bytes_received  # snapshot, pull after it
    pc1.close()
    pc2.close()


def test_bad_values_an_older_server_stored_are_quarantined_as_a_replay_does(server, tmp_path):
    station_id, code = server.new_station("旧数据村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    with pc1.session("站长") as s:
        s.add_all(Volunteer(name=f"正常{i}") for i in range(5))
    run_sync(pc1, photos=False)
    clock = HybridClock("legacy")
    masked = new_id()

    def legacy(fields, row_id=None, hlc=None):
        return {"id": new_id(), "entity": "volunteer", "row_id": row_id or new_id(), "station_id": station_id,
                "fields": fields, "hlc": hlc or clock.tick(), "site": "legacy", "actor": "旧服务器"}

    bad = [legacy({"name": "太长", "station_id": station_id, "note": "长" * 600}),
           legacy({"name": None, "station_id": station_id}),
           legacy({"name": "坏", "station_id": station_id, "phone": "139", "birth_date": "去年"}, row_id=masked),
           legacy({"birth_date": "1990-01-01"}, row_id=masked),  # masks the bad value: only the log tells
           legacy({"name": "伪造", "station_id": station_id}, hlc="１" * 16 + "-0000-legacy")]
    inject(server, station_id, bad)
    snap, replay, snap_report, _ = both_ways(server, station_id, tmp_path)
    assert snap_report.snapshot_rows > 0
    assert len(snap["sync_rejected"]) >= 4
    for name in snap:
        assert snap[name] == replay[name], name
    pc1.close()


KILL = """
import os, sys
import desktop.sync.apply as a
import desktop.sync.snapshot as snapshot
snapshot.STEP_ROWS = 50  # many small batches
point, after = sys.argv[1], int(sys.argv[3])
seen = []
def hook(p):
    if p == point:
        seen.append(p)
        if len(seen) == after:
            os._exit(9)
a.fault_hook = hook
from desktop.cli import main
main(["--data-dir", sys.argv[2], "sync", "--no-photos"])
"""


def test_a_pc_killed_in_the_middle_of_a_snapshot_takes_it_again_and_converges(server, tmp_path, monkeypatch):
    station_id, code = server.new_station("断电村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    generate(pc1, volunteers=60, activities=12, signins_per_activity=10)
    run_sync(pc1, photos=False)
    pc2 = fresh(server, tmp_path / "pc2", station_id)
    pc2.close()
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    for after in (3, 1):  # killed after the third batch, then after the first batch of the second try
        killed = subprocess.run([sys.executable, "-c", KILL,
                                 "snapshot.batch", str(tmp_path / "pc2"), str(after)], cwd=ROOT,
                                capture_output=True, text=True, timeout=300)
        assert killed.returncode == 9, killed.stderr
        pc2 = Database(tmp_path / "pc2")
        with pc2.engine.connect() as conn:
            assert int(get_meta(conn, "pull_cursor", "0")) == 0  # the cursor moves only at the end
            if after == 3:  # the fresh tables' indexes were dropped, and noted in the same transaction
                noted = set(orjson.loads(get_meta(conn, snapshot_indexes.INDEX_META)))
                assert noted and all(name.startswith("ix_") for name in noted)
                assert not noted & {name for name, _ in indexes(pc2)}
        with pc2.read() as s:
            assert s.scalars(select(Volunteer.id)).first() is not None  # batches were committed
        pc2.close()
    pc2 = Database(tmp_path / "pc2")
    report = run_sync(pc2, photos=False)
    assert report.snapshot_rows > 0 and report.check_ok is True
    assert indexes(pc2) == indexes(pc1)  # the next sync restored what the killed one dropped
    with pc2.engine.connect() as conn:
        assert int(get_meta(conn, "pull_cursor", "0")) > 0
    again = run_sync(pc2, photos=False)
    assert again.snapshot_rows == 0 and again.pulled == 0  # no snapshot once the cursor is recorded
    assert_converged(server, station_id, pc1, pc2)
    pc1.close()
    pc2.close()


def test_a_far_behind_pc_takes_a_snapshot_and_keeps_its_own_work(server, tmp_path, monkeypatch):
    from desktop.sync import engine, protocol

    station_id, code = server.new_station("落后村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    with pc2.session("站长") as s:
        s.add(Volunteer(name="第二台自己的"))
    run_sync(pc2, photos=False)
    generate(pc1, volunteers=80, activities=10, signins_per_activity=10)
    run_sync(pc1, photos=False)
    from desktop.sync.client import SyncClient

    pages = SyncClient.pull
    monkeypatch.setattr(SyncClient, "pull", lambda self, after, **kw: pages(self, after, limit=100, **kw))
    monkeypatch.setattr(protocol, "MAX_PULL", 150)  # full pages of 100 of others: "far" past 200 behind
    monkeypatch.setattr(engine, "SNAPSHOT_BEHIND", 200)
    with pc2.session("站长") as s:  # an edit the PC has not pushed yet
        s.add(Volunteer(name="还没上传的"))
    report = run_sync(pc2, photos=False)
    assert report.snapshot_rows > 0 and report.pushed == 1 and report.check_ok is True
    monkeypatch.undo()
    run_sync(pc1, photos=False)
    assert_converged(server, station_id, pc1, pc2)
    with pc2.read() as s:
        assert {"第二台自己的", "还没上传的"} <= set(s.scalars(select(Volunteer.name)))
    pc1.close()
    pc2.close()


# --- random edits on two PCs, then a third PC by snapshot and a fourth by replay -----------

EDIT = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 1), st.sampled_from(["王伟", "李娜", "张秀英", "刘强"]), st.none()),
    st.tuples(st.just("note"), st.integers(0, 1), st.integers(0, 50), st.text("甲乙丙丁ab", max_size=6)),
    st.tuples(st.just("delete"), st.integers(0, 1), st.integers(0, 50), st.none()),
    st.tuples(st.just("activity"), st.integers(0, 1), st.integers(0, 3), st.none()),
    st.tuples(st.just("signin"), st.integers(0, 1), st.integers(0, 50), st.integers(0, 50)),
    st.tuples(st.just("sync"), st.integers(0, 1), st.none(), st.none()),
)


def _edit(pc, op) -> None:
    kind, _, a, b = op
    with pc.session("站长") as s:
        volunteers = sorted(s.scalars(select(Volunteer.id)))
        activities = sorted(s.scalars(select(Activity.id)))
        if kind == "add":
            s.add(Volunteer(name=a))
        elif kind == "note" and volunteers:
            s.get(Volunteer, volunteers[a % len(volunteers)]).note = b
        elif kind == "delete" and volunteers:
            s.get(Volunteer, volunteers[a % len(volunteers)]).deleted_at = datetime(2024, 6, 1)
        elif kind == "activity":
            start = datetime(2024, 6, 1, 9) + timedelta(days=a)
            s.add(Activity(title=f"活动{a}", category="学习实践科学理论", start_at=start, end_at=start + timedelta(hours=2)))
        elif kind == "signin" and volunteers and activities:
            act, vol = activities[b % len(activities)], volunteers[a % len(volunteers)]
            if s.get(SignIn, signin_id(act, vol, "in")) is None:
                s.add(SignIn(id=signin_id(act, vol, "in"), activity_id=act, volunteer_id=vol, kind="in",
                             at=datetime(2024, 6, 1, 9)))


def test_random_edits_snapshot_equals_replay(server):
    # no shrinking: each example is two real PCs, a server station and two fresh PCs (seconds each)
    @settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck), database=None,
              phases=(Phase.explicit, Phase.generate))
    @given(st.lists(EDIT, min_size=3, max_size=25))
    def run(ops):
        folder = Path(tempfile.mkdtemp(prefix="sd-snap-"))
        station_id, code = server.new_station("随机村新时代文明实践站")
        pcs = [enrolled_pc(server, folder / "pc1", code),
               enrolled_pc(server, folder / "pc2", server.store.new_code(station_id))]
        try:
            for op in ops:
                pc = pcs[op[1]]
                if op[0] == "sync":
                    run_sync(pc, photos=False)
                else:
                    _edit(pc, op)
            for pc in pcs:
                run_sync(pc, photos=False)
            snap, replay, snap_report, _ = both_ways(server, station_id, folder)
            assert snap_report.snapshot_rows > 0
            for name in snap:
                assert snap[name] == replay[name], (name, ops)
        finally:
            for pc in pcs:
                pc.close()
    run()


def test_an_older_server_without_snapshots_means_a_replay(server, tmp_path, monkeypatch):
    station_id, code = server.new_station("老服务器村新时代文明实践站")
    pc1 = enrolled_pc(server, tmp_path / "pc1", code)
    with pc1.session("站长") as s:
        s.add(Volunteer(name="甲"))
    run_sync(pc1, photos=False)
    pc2 = fresh(server, tmp_path / "pc2", station_id)
    monkeypatch.setattr(snapshots.wire, "SNAPSHOT_VERSION", 99)  # a version the server does not serve
    report = run_sync(pc2, photos=False)
    assert report.snapshot_rows == 0 and report.pulled > 0 and report.check_ok is True
    assert_converged(server, station_id, pc1, pc2)
    pc1.close()
    pc2.close()


@given(st.lists(st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31))),
                max_size=30),
       st.lists(st.one_of(st.none(), st.dates(min_value=datetime(1900, 1, 1).date())), max_size=30),
       st.lists(st.one_of(st.none(), st.booleans()), max_size=30))
@settings(max_examples=200, deadline=None)
def test_columns_are_stored_as_binding_each_value_stores_them(stamps, days, flags):
    """The snapshot converts a column at a time (snapshot._stored); the station file must get what the
    applier's value-by-value conversion and the driver's adapters give it."""
    def adapted(value):
        return None if value is None else value.isoformat(" ") if isinstance(value, datetime) else \
            value.isoformat() if hasattr(value, "isoformat") else value

    at = [None if v is None else v.isoformat() for v in stamps]
    assert [adapted(v) for v in snaprows.stored("signin", "at", at, None)] == \
        [adapted(from_wire("signin", "at", v)) for v in at]
    born = [None if v is None else v.isoformat() for v in days]
    assert [adapted(v) for v in snaprows.stored("volunteer", "birth_date", born, None)] == \
        [adapted(from_wire("volunteer", "birth_date", v)) for v in born]
    assert snaprows.stored("signin", "flagged", flags, None) == [None if v is None else int(v) for v in flags]


def test_a_snapshot_from_a_postgresql_county_server_equals_the_replay(request, tmp_path):
    """The server reads the rows with the driver's cursor (psycopg here), in its repeatable-read transaction."""
    pg = make_server("postgresql", tmp_path / "county", request)
    try:
        station_id, code = pg.new_station("库村新时代文明实践站")
        pc1 = enrolled_pc(pg, tmp_path / "pc1", code)
        generate(pc1, volunteers=40, activities=10, signins_per_activity=5)
        run_sync(pc1, photos=False)
        snap, replay, snap_report, _ = both_ways(pg, station_id, tmp_path)
        assert snap_report.snapshot_rows > 40 and snap_report.check_ok is True
        for name in snap:
            assert snap[name] == replay[name], name
        pc1.close()
    finally:
        pg.stop()


def test_indexes_a_cut_snapshot_dropped_come_back_before_a_migration(tmp_path):
    """A PC killed mid-snapshot, then upgraded before its next sync: the migration finds its indexes."""
    from desktop.db import restore_dropped_indexes

    db = new_pc(tmp_path / "pc")
    before = indexes(db)
    with db.engine.begin() as conn:
        snapshot_indexes.drop_indexes(conn, "volunteer")
    assert indexes(db) < before and snapshot_indexes.dropped_indexes(db)
    with db.engine.begin() as conn:
        restore_dropped_indexes(conn)
    assert indexes(db) == before and snapshot_indexes.dropped_indexes(db) == []
    db.close()
