"""Hours from the database: sign-ins, auto sign-out, manual entries and voids, per year and month."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop.errors import NotFound, ValidationError
from desktop.services import hours
from desktop.services.activities import add_activity, record_signin, set_status
from desktop.services.hour_rules import HourRules
from desktop.services.volunteers import add_volunteer

NOW = datetime(2026, 12, 1)


@pytest.fixture
def setup(db):
    a1 = add_activity(db, title="三月宣讲", category="学习实践科学理论", start="2026-03-07 09:00", end="2026-03-07 11:00")
    a2 = add_activity(db, title="夜间巡逻", category="持续深入移风易俗", start="2026-05-01 22:00", end="2026-05-02 02:00")
    zhang = add_volunteer(db, name="张三", phone="13800001234").id
    li = add_volunteer(db, name="李四").id
    record_signin(db, a1.id, zhang, "in", at=datetime(2026, 3, 7, 8, 58))
    record_signin(db, a1.id, zhang, "out", at=datetime(2026, 3, 7, 11, 3))
    record_signin(db, a1.id, li, "in", at=datetime(2026, 3, 7, 9, 10))  # forgot to sign out
    record_signin(db, a2.id, zhang, "in", at=datetime(2026, 5, 1, 22, 0))
    record_signin(db, a2.id, zhang, "out", at=datetime(2026, 5, 2, 1, 30))
    return a1, a2, zhang, li


def test_minutes_by_volunteer(db, setup):
    a1, a2, zhang, li = setup
    totals = hours.minutes_by_volunteer(db, datetime(2026, 1, 1), datetime(2027, 1, 1), now=NOW)
    assert totals == {zhang: 125 + 210, li: 110}
    assert hours.minutes_by_volunteer(db, datetime(2026, 4, 1), datetime(2026, 6, 1), now=NOW) == {zhang: 210}


def test_rules_change_the_result(db, setup):
    _a1, _a2, zhang, li = setup
    hours.save_rules(db, HourRules(rounding=15, daily_cap_minutes=60, auto_signout=False))
    totals = hours.minutes_by_volunteer(db, datetime(2026, 1, 1), datetime(2027, 1, 1), now=NOW)
    assert totals == {zhang: 60 + 60 + 60}  # capped per day, the night split at midnight; 李四 not counted
    with pytest.raises(ValidationError):
        hours.save_rules(db, HourRules(rounding=7))


def test_attendance_flags_auto_signout(db, setup):
    a1, _a2, zhang, li = setup
    rows = hours.activity_attendance(db, a1.id, now=NOW)
    assert [r.name for r in rows] == ["张三", "李四"]
    assert rows[0].minutes == 125 and not rows[0].auto
    assert rows[1].auto and rows[1].signed_out == datetime(2026, 3, 7, 11) and rows[1].minutes == 110
    with pytest.raises(NotFound):
        hours.activity_attendance(db, "nope")


def test_recording_writes_flagged_auto_signouts(db, setup):
    a1, _a2, _zhang, li = setup
    set_status(db, a1.id, "recorded", now=NOW)
    rows = hours.activity_attendance(db, a1.id, now=NOW)
    li_row = next(r for r in rows if r.volunteer_id == li)
    assert li_row.auto and li_row.source == "auto" and li_row.minutes == 110


def test_corrections_append_only_with_void(db, setup):
    a1, _a2, zhang, li = setup
    entry = hours.add_correction(db, li, 60, "纸质签到表补录", service_date=datetime(2026, 7, 1), actor="王站长")
    minus = hours.add_correction(db, zhang, -25, "提前离场", activity_id=a1.id)
    year = hours.volunteer_hours(db, li, 2026, now=NOW)
    assert year.by_month[3] == 110 and year.by_month[7] == 60 and year.total_minutes == 170
    assert year.corrections[0]["operator"] == "王站长"
    assert hours.activity_attendance(db, a1.id, now=NOW)[0].minutes == 100
    hours.void_correction(db, entry.id, "重复补录")
    assert hours.volunteer_hours(db, li, 2026, now=NOW).total_minutes == 110
    with pytest.raises(ValidationError):
        hours.void_correction(db, entry.id, "再次作废")
    with pytest.raises(ValidationError):
        hours.add_correction(db, li, 30, "  ")
    with pytest.raises(ValidationError):
        hours.add_correction(db, li, 0, "零")
    assert minus.minutes == -25


def test_year_active_and_target(db, setup):
    _a1, _a2, zhang, _li = setup
    hours.add_correction(db, zhang, 24 * 60, "全年补录", service_date=datetime(2026, 8, 1))
    year = hours.volunteer_hours(db, zhang, 2026, now=NOW)
    assert year.active and year.progress == 1.0 and year.hours == round((335 + 1440) / 60, 1)
    assert year.by_month[5] == 210
    report = hours.hours_report(db, 2026, now=NOW)
    assert report[0].volunteer_id == zhang and report[0].active and report[0].reached_target
    never_negative = hours.add_correction(db, report[1].volunteer_id, -10_000, "测试扣减")
    assert hours.volunteer_hours(db, never_negative.volunteer_id, 2026, now=NOW).total_minutes == 0
