"""The sync off the database worker, against a real county server: HTTP on the
network pool, every database step on the database worker, user writes in
between (a kiosk tap during a sync) neither wait for the sync nor spoil it."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from sqlmodel import select

import desktop.sync.client as client_module
from desktop.models import Volunteer
from desktop.services.activities import add_activity
from desktop.services.kiosk import tap
from desktop.sync.engine import run_sync
from desktop.ui.sync_status import SyncController


def _station_with_remote_data(server, tmp_path, ctx, volunteers: int = 300):
    from sync_harness import enrolled_pc

    from desktop.sync.engine import enrol

    station_id, code = server.new_station("工位村新时代文明实践站")
    other = enrolled_pc(server, tmp_path / "other", code)
    with other.session("站长") as s:
        for n in range(volunteers):
            s.add(Volunteer(name=f"远端{n}", phone=f"139{n:08d}"))
    run_sync(other, photos=False)
    other.close()
    enrol(ctx.db, server.url, server.store.new_code(station_id), first_sync=False)
    return station_id


# The database steps of each path: a fresh PC takes the snapshot (batches written by the
# snapshot's Writer), `sync --replay` stages and applies the log.
DB_STEPS = {True: {"_begin", "_fresh", "write", "finish", "_finish"},
            False: {"_begin", "_stage", "apply_step", "_finish"}}  # (the check's read runs on the caller's thread)
WRITE_STEP = {True: "write", False: "apply_step"}


@pytest.mark.parametrize("snapshot", [True, False], ids=["snapshot", "replay"])
def test_database_steps_run_on_the_db_worker_and_http_elsewhere(server, tmp_path, empty_ctx, snapshot):
    _station_with_remote_data(server, tmp_path, empty_ctx)
    threads = {"db": set(), "caller": threading.current_thread().name}

    def on_db(fn, *args, **kwargs):
        threads["db"].add(fn.__name__)
        return fn(*args, **kwargs)

    report = run_sync(empty_ctx.db, photos=False, on_db=on_db, snapshot=snapshot)
    assert report.pulled + report.snapshot_rows >= 300 and report.check_ok
    assert DB_STEPS[snapshot] <= threads["db"]
    assert (report.snapshot_rows > 0) == snapshot


@pytest.mark.parametrize("snapshot", [True, False], ids=["snapshot", "replay"])
def test_a_write_between_sync_steps_keeps_the_check_honest(server, tmp_path, empty_ctx, snapshot):
    """A tap lands between two database steps of the sync (after a snapshot batch, or after
    an apply step): its table cannot agree with the server yet, so it is left for the next
    sync instead of being re-pulled as a mismatch, and nothing is lost."""
    _station_with_remote_data(server, tmp_path, empty_ctx, volunteers=50)
    db = empty_ctx.db
    tapped = []

    def on_db(fn, *args, **kwargs):
        result = fn(*args, **kwargs)
        if fn.__name__ == WRITE_STEP[snapshot] and not tapped:
            with db.session("站长") as s:
                s.add(Volunteer(name="同步中登记", phone="13700000000"))
            tapped.append(fn.__name__)
        return result

    report = run_sync(db, photos=False, on_db=on_db, snapshot=snapshot)
    assert tapped and report.check_ok and report.repaired == []
    again = run_sync(db, photos=False)
    assert again.pushed == 1 and again.check_ok
    with db.read() as session:
        names = {v.name for v in session.exec(select(Volunteer))}
    assert "同步中登记" in names and sum(n.startswith("远端") for n in names) == 50


def test_a_kiosk_tap_does_not_wait_for_the_sync(qtbot, server, tmp_path, empty_ctx):
    """While the sync's HTTP is under way (its pull parked on an event), a tap through the
    database worker commits at once."""
    _station_with_remote_data(server, tmp_path, empty_ctx)
    db = empty_ctx.db
    now = datetime.now()
    activity = add_activity(db, title="宣讲", category="丰富活跃文化生活", start=now - timedelta(hours=1),
                            end=now + timedelta(hours=2))
    with db.session("站长") as s:
        s.add(Volunteer(id="v-kiosk-1", name="来签到", phone="13600000000"))
    parked, release = threading.Event(), threading.Event()
    controller = SyncController(empty_ctx, probe_ms=3_600_000)
    controller.timer.stop()
    controller.auto = False
    real_pull = client_module.SyncClient.pull

    def pull(self, *args, **kwargs):
        parked.set()
        release.wait(30)
        return real_pull(self, *args, **kwargs)

    client_module.SyncClient.pull = pull
    try:
        controller.sync_now()
        assert parked.wait(30)
        done = []
        empty_ctx.ops.db(tap, db, activity.id, "v-kiosk-1", on_done=done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
        assert controller.running and done[0].action == "in"
    finally:
        release.set()
        client_module.SyncClient.pull = real_pull
    with qtbot.waitSignal(controller.finished, timeout=60_000) as finished:
        pass
    assert finished.args[0]["pulled"] >= 300
