"""Fault injection against a real server process on loopback: connection cut
before or after every request, server restarted mid-sync, client killed
mid-apply, replayed batches, clocks days off and jumping back. Every case
ends converged, with no duplicate and no lost sign-in."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from sync_harness import ROOT, assert_converged, enrolled_pc

from desktop.db import Database
from desktop.models import Activity, SignIn, Volunteer
from desktop.services.activities import signin_id
from desktop.sync import apply as applier
from desktop.sync.apply import get_meta
from desktop.sync.client import SyncClient, SyncError
from desktop.sync.clock import DAY_MS, system_ms
from desktop.sync.engine import make_client, run_sync
from server.schema import entry


def seed(pc, n: int = 4, tag: str = "") -> set[str]:
    """A few volunteers, one activity, and their sign-ins; returns the sign-in ids."""
    with pc.session("站长") as s:
        vols = [Volunteer(name=f"志愿者{tag}{i}") for i in range(n)]
        start = datetime(2024, 6, 1, 9)
        act = Activity(title=f"活动{tag}", category="学习实践科学理论", start_at=start, end_at=start + timedelta(hours=2))
        s.add_all([*vols, act])
    with pc.session("签到台") as s:
        for v in vols:
            s.add(SignIn(id=signin_id(act.id, v.id, "in"), activity_id=act.id, volunteer_id=v.id, kind="in", at=start))
    return {signin_id(act.id, v.id, "in") for v in vols}


def signin_ids(pc) -> set[str]:
    with pc.read() as s:
        return set(s.scalars(select(SignIn.id)))


def no_duplicates_on_server(server, station_id) -> None:
    with server.store.db.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(entry).where(entry.c.station_id == station_id))
        distinct = conn.scalar(select(func.count(entry.c.entry_id.distinct())).where(entry.c.station_id == station_id))
    assert total == distinct


class FlakyClient(SyncClient):
    """Cuts the connection at request number `at`: before it reaches the server,
    or after the server answered (the answer is lost)."""

    def __init__(self, *args, at: int, mode: str, **kwargs):
        super().__init__(*args, retries=0, **kwargs)
        self.at, self.mode, self.calls = at, mode, 0
        self._count = threading.Lock()  # the push pipeline sends from two threads

    def request(self, *args, **kwargs):
        with self._count:
            self.calls += 1
            number = self.calls
        if number == self.at and self.mode == "before":
            raise SyncError("连接中断（测试）")
        response = super().request(*args, **kwargs)
        if number == self.at and self.mode == "after":
            raise SyncError("连接中断（测试）")
        return response


def _pair(server, tmp_path, **kw):
    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code, **kw)
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    return station_id, pc1, pc2


@pytest.mark.parametrize("mode", ["before", "after"])
def test_connection_cut_at_every_request(server, tmp_path, mode):
    station_id, pc1, pc2 = _pair(server, tmp_path)
    expected = seed(pc2, tag="乙")
    run_sync(pc2)
    for at in range(1, 8):  # push batches, pull pages, check: cut each in turn
        expected |= seed(pc1, tag=f"{mode}{at}")
        with pc1.session("站长") as s:  # and an edit racing the county's
            s.get(Volunteer, sorted(s.scalars(select(Volunteer.id)))[0]).note = f"第{at}次"
        conf = make_client(pc1)
        flaky = FlakyClient(conf.url, conf.token, at=at, mode=mode)
        try:
            run_sync(pc1, client=flaky)
        except SyncError:
            pass
    for pc in (pc1, pc2, pc1):
        run_sync(pc)
    assert_converged(server, station_id, pc1, pc2)
    assert expected <= signin_ids(pc1) and signin_ids(pc1) == signin_ids(pc2)
    no_duplicates_on_server(server, station_id)


def test_server_restarted_mid_sync(server, tmp_path, monkeypatch):
    station_id, pc1, pc2 = _pair(server, tmp_path)
    expected = seed(pc1) | seed(pc2, tag="乙")
    run_sync(pc2)
    restarted = []

    def restart(point):
        if point in ("push.acked", "pull.staged") and point not in restarted:
            restarted.append(point)
            server.restart()

    monkeypatch.setattr(applier, "fault_hook", restart)
    run_sync(pc1)
    monkeypatch.setattr(applier, "fault_hook", None)
    assert restarted == ["push.acked", "pull.staged"]
    for pc in (pc2, pc1):
        run_sync(pc)
    assert_converged(server, station_id, pc1, pc2)
    assert expected <= signin_ids(pc2)


KILL = """
import os, sys
import desktop.sync.apply as a
point = sys.argv[1]
a.fault_hook = lambda p: os._exit(9) if p == point else None
from desktop.cli import main
main(["--data-dir", sys.argv[2], "sync"])
"""


@pytest.mark.parametrize("point", ["push.acked", "apply.rows", "apply.commit"])
def test_client_killed_mid_sync(server, tmp_path, point):
    station_id, pc1, pc2 = _pair(server, tmp_path)
    expected = seed(pc1) | seed(pc2, tag="乙")
    run_sync(pc1)
    with pc2.engine.connect() as conn:
        cursor = get_meta(conn, "pull_cursor")
    pc2.close()
    killed = subprocess.run([sys.executable, "-c", KILL, point, str(tmp_path / "pc2")], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert killed.returncode == 9, killed.stderr
    pc2 = Database(tmp_path / "pc2")
    with pc2.engine.connect() as conn:
        if point.startswith("apply"):  # the apply transaction was lost as a whole
            assert get_meta(conn, "pull_cursor") == cursor
    for pc in (pc2, pc1, pc2):
        run_sync(pc)
    assert_converged(server, station_id, pc1, pc2)
    assert expected <= signin_ids(pc1)
    no_duplicates_on_server(server, station_id)


def test_replayed_batch_changes_nothing(server, tmp_path):
    station_id, pc1, pc2 = _pair(server, tmp_path)
    seed(pc1)
    run_sync(pc1)
    with pc1.engine.begin() as conn:  # forget the ack: the whole journal goes again
        applier.set_meta(conn, "push_cursor", 0)
    again = run_sync(pc1)
    assert again.pushed > 0 and again.check_ok
    run_sync(pc2)
    assert_converged(server, station_id, pc1, pc2)
    no_duplicates_on_server(server, station_id)


@pytest.mark.parametrize("skew_days", [3, -3])
def test_clocks_days_off(server, tmp_path, skew_days):
    shift = {"ms": skew_days * DAY_MS}
    station_id, code = server.new_station()
    skewed = enrolled_pc(server, tmp_path / "skewed", code, now=lambda: system_ms() + shift["ms"])
    right = enrolled_pc(server, tmp_path / "right", server.store.new_code(station_id))
    shift["ms"] *= 2  # after the first sync corrected it, the PC clock moves again by the same amount
    expected = seed(skewed, tag="偏") | seed(right, tag="准")
    run_sync(right)
    report = run_sync(skewed)
    assert report.check_ok and "天" in report.clock_warning
    with skewed.engine.connect() as conn:  # nothing stamped days ahead went out
        newest = conn.exec_driver_sql("SELECT max(hlc) FROM journal").scalar()
    assert int(newest[:16]) < system_ms() + DAY_MS
    # after the sync the skewed PC stamps by the county's time
    assert abs(skewed.clock.physical() - system_ms()) < 60_000
    with right.session("站长") as s:
        vid = sorted(s.scalars(select(Volunteer.id)))[0]
    with skewed.session("站长") as s:
        s.get(Volunteer, vid).note = "偏的电脑先改"
    with right.session("站长") as s:
        s.get(Volunteer, vid).note = "准的电脑后改"
    for pc in (skewed, right, skewed):
        run_sync(pc)
    assert_converged(server, station_id, skewed, right)
    with skewed.read() as s:
        assert s.get(Volunteer, vid).note == "准的电脑后改"  # the later edit wins, whatever the PC clocks said
    assert expected <= signin_ids(right)


def test_clock_jumping_back(server, tmp_path):
    offset = {"ms": 0}
    station_id, code = server.new_station()
    pc1 = enrolled_pc(server, tmp_path / "pc1", code, now=lambda: system_ms() + offset["ms"])
    pc2 = enrolled_pc(server, tmp_path / "pc2", server.store.new_code(station_id))
    seed(pc1)
    with pc1.read() as s:
        vid = sorted(s.scalars(select(Volunteer.id)))[0]
    with pc1.session("站长") as s:
        s.get(Volunteer, vid).note = "第一次"
    offset["ms"] = -2 * DAY_MS  # someone set the clock back two days
    with pc1.session("站长") as s:
        s.get(Volunteer, vid).note = "第二次"
    for pc in (pc1, pc2):
        run_sync(pc)
    assert_converged(server, station_id, pc1, pc2)
    with pc2.read() as s:
        assert s.get(Volunteer, vid).note == "第二次"


def test_tcp_connection_cut_mid_answer(server, tmp_path):
    from sync_harness import CuttingProxy

    station_id, pc1, pc2 = _pair(server, tmp_path)
    expected = seed(pc1, n=30) | seed(pc2, n=30, tag="乙")
    run_sync(pc2)
    proxy = CuttingProxy(server.port)
    try:
        with pc1.engine.begin() as conn:
            applier.set_meta(conn, "sync_url", proxy.url)
        for limit in (200, 3000):  # inside the headers, inside a body
            proxy.cut_after = limit
            with pytest.raises(SyncError) as cut:
                run_sync(pc1)
            assert "县中心" in cut.value.message and "Error" not in cut.value.message
        proxy.cut_after = None
        run_sync(pc1)
    finally:
        proxy.close()
    assert proxy.cuts >= 2
    run_sync(pc2)
    assert_converged(server, station_id, pc1, pc2)
    assert expected <= signin_ids(pc1)
    no_duplicates_on_server(server, station_id)
