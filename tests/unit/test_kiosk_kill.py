"""A kiosk process killed right after it reports "已签到" has lost nothing; sign-ins are idempotent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta

import pytest
from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.models import JournalEntry, SignIn
from desktop.services import kiosk, local_meta
from desktop.services.activities import add_activity
from desktop.services.volunteers import add_volunteer

KIOSK = r"""
import sys, threading
from datetime import datetime, timedelta
from desktop.db import Database
from desktop.services import kiosk
from desktop.services.activities import add_activity
from desktop.services.station import setup_station
from desktop.services.volunteers import add_volunteer

db = Database(sys.argv[1])
setup_station(db, name="断电测试站")
now = datetime.now()
activity = add_activity(db, title="集中活动日", category="丰富活跃文化生活", start=now - timedelta(hours=1),
                        end=now + timedelta(hours=1))
people = [add_volunteer(db, name=f"志愿者{i}", phone=f"1380000{i:04d}").id for i in range(5)]
print("ready", activity.id, " ".join(people), flush=True)
for vid in people:
    result = kiosk.tap(db, activity.id, vid)
    print(result.message, vid, flush=True)
threading.Event().wait(60)  # stay alive until the test kills us
"""


@pytest.mark.slow
def test_kill_right_after_signed_in(tmp_path):
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    proc = subprocess.Popen([sys.executable, "-c", KIOSK, str(tmp_path)], stdout=subprocess.PIPE, text=True, env=env)
    reported = []
    try:
        for line in proc.stdout:
            if "已签到" in line:
                reported.append(line.split()[-1])
                if len(reported) == 3:
                    proc.send_signal(signal.SIGKILL)  # the kiosk just showed "已签到" for the third person
                    break
        proc.wait(timeout=30)
    finally:
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    db = Database(tmp_path)
    try:
        assert db.integrity_check() == "ok"
        with db.read() as session:
            stored = {s.volunteer_id for s in session.exec(select(SignIn).where(SignIn.kind == "in"))}
            journaled = {e.row_id for e in session.exec(select(JournalEntry).where(JournalEntry.entity == "signin"))}
        assert set(reported) <= stored  # nothing reported as signed in was lost
        with db.read() as session:
            assert journaled == set(session.exec(select(SignIn.id)))
    finally:
        db.close()


@pytest.fixture
def activity(db):
    return add_activity(db, title="理论宣讲", category="学习实践科学理论", start="2026-03-07 09:00",
                        end="2026-03-07 11:00")


def test_tap_in_bounce_out(db, activity):
    vid = add_volunteer(db, name="张三", phone="13800001234").id
    t0 = datetime(2026, 3, 7, 8, 55)
    assert kiosk.tap(db, activity.id, vid, now=t0).action == "in"
    assert kiosk.tap(db, activity.id, vid, now=t0 + timedelta(seconds=1)).action == "already_in"
    out = kiosk.tap(db, activity.id, vid, now=t0 + timedelta(hours=2, minutes=7))
    assert out.action == "out" and out.minutes == 125 and "已签退" in out.message
    assert kiosk.tap(db, activity.id, vid, now=t0 + timedelta(hours=3)).action == "already_out"
    with db.read() as session:
        rows = session.exec(select(SignIn).where(SignIn.volunteer_id == vid)).all()
    assert sorted(r.kind for r in rows) == ["in", "out"]
    assert kiosk.attendance_state(db, activity.id) == {vid: "out"}


def test_tap_unknown(db, activity):
    with pytest.raises(NotFound):
        kiosk.tap(db, activity.id, "no-such-volunteer")
    vid = add_volunteer(db, name="张三").id
    with pytest.raises(NotFound):
        kiosk.tap(db, "no-such-activity", vid)


def test_walk_in_and_again(db, activity):
    first = kiosk.walk_in(db, activity.id, name=" 孙小梅 ", phone="135 0000 4444", now=datetime(2026, 3, 7, 9))
    assert first.action == "in" and first.name == "孙小梅"
    again = kiosk.walk_in(db, activity.id, name="孙小梅", phone="13500004444", now=datetime(2026, 3, 7, 9, 0, 30))
    assert again.volunteer_id == first.volunteer_id and again.action == "already_in"
    with pytest.raises(ValidationError):
        kiosk.walk_in(db, activity.id, name="  ")


def test_residents_and_pin(db, activity):
    assert kiosk.add_residents(db, activity.id) == 1
    assert kiosk.add_residents(db, activity.id, 5) == 6
    assert kiosk.add_residents(db, activity.id, -10) == 0
    assert not kiosk.pin_is_set(db) and not kiosk.check_pin(db, "1234")
    with pytest.raises(ValidationError):
        kiosk.set_pin(db, "12ab")
    with pytest.raises(ValidationError):
        kiosk.set_pin(db, "2468")  # at least six digits
    kiosk.set_pin(db, "246813")
    assert kiosk.pin_is_set(db) and kiosk.check_pin(db, "246813") and not kiosk.check_pin(db, "246812")
    from desktop.services.station import get_setting

    assert not get_setting(db, kiosk.PIN_KEY)  # never in a synced setting
    assert "246813" not in local_meta.read(db, kiosk.PIN_KEY)  # an argon2 hash, in local state


def test_today_activities_first(db, activity):
    today = add_activity(db, title="今天的活动", category="学习实践科学理论", start="2026-03-09 09:00",
                         end="2026-03-09 10:00")
    listed = kiosk.today_activities(db, today=datetime(2026, 3, 9).date())
    assert [a.id for a in listed] == [today.id, activity.id]


def test_kiosk_refuses_another_days_activity_and_flags_late_signout(db, activity):
    vid = add_volunteer(db, name="张三").id
    with pytest.raises(ValidationError):
        kiosk.tap(db, activity.id, vid, now=datetime(2026, 3, 14, 9))  # a week later
    assert kiosk.tap(db, activity.id, vid, now=datetime(2026, 3, 7, 8, 50)).action == "in"
    assert kiosk.tap(db, activity.id, vid, now=datetime(2026, 3, 7, 18, 0)).action == "out"
    with db.read() as session:
        out = session.get(SignIn, kiosk.signin_id(activity.id, vid, "out"))
    assert out.flagged
