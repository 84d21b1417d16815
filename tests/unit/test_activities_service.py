"""Activities: edit, states, the 集中活动日, the 10-working-day warning, calendar data, the CLI."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from desktop.cli import main
from desktop.errors import NotFound, ValidationError
from desktop.services import activities as svc


@pytest.fixture
def activity(db):
    return svc.add_activity(db, title="理论宣讲", category="学习实践科学理论", start="2026-03-06 09:00",
                            end="2026-03-06 11:00", team="理论宣讲", place="村委会")


def test_edit_checks_and_journals_only_changes(db, activity):
    edited = svc.edit_activity(db, activity.id, title="理论宣讲（修订）", residents_reached="35", theory=True,
                               partner_unit="县税务局", start="2026-03-06 08:30")
    assert edited.title == "理论宣讲(修订)" and edited.residents_reached == 35 and edited.theory_lecture
    assert svc.get_activity(db, activity.id).start_at == datetime(2026, 3, 6, 8, 30)
    with pytest.raises(ValidationError):
        svc.edit_activity(db, activity.id, end="2026-03-06 08:00")
    with pytest.raises(ValidationError):
        svc.edit_activity(db, activity.id, category="其他")
    with pytest.raises(ValidationError):
        svc.edit_activity(db, activity.id, residents_reached="很多")
    with pytest.raises(ValidationError):
        svc.edit_activity(db, activity.id, station_id="x")
    assert svc.get_activity(db, activity.id).title == "理论宣讲(修订)"  # nothing saved is lost


def test_states_and_delete(db, activity):
    future = svc.add_activity(db, title="下月活动", category="丰富活跃文化生活", start="2099-01-01 09:00",
                              end="2099-01-01 10:00")
    with pytest.raises(ValidationError):
        svc.set_status(db, future.id, "held")
    assert svc.set_status(db, activity.id, "held", now=datetime(2026, 3, 7)).status == "held"
    recorded = svc.set_status(db, activity.id, "recorded", now=datetime(2026, 3, 9))
    assert recorded.status == "recorded" and recorded.recorded_at == datetime(2026, 3, 9)
    assert svc.set_status(db, activity.id, "held", now=datetime(2026, 3, 9)).recorded_at is None
    with pytest.raises(ValidationError):
        svc.set_status(db, activity.id, "done")
    svc.delete_activity(db, activity.id)
    with pytest.raises(NotFound):
        svc.get_activity(db, activity.id)
    assert activity.id not in {a.id for a in svc.list_activities(db)}


def test_first_saturday_and_working_days():
    assert svc.first_saturday(2026, 3) == date(2026, 3, 7)
    assert svc.first_saturday(2026, 8) == date(2026, 8, 1)
    assert svc.add_working_days(date(2026, 3, 6), 10) == date(2026, 3, 20)  # Friday + two working weeks
    assert svc.add_working_days(date(2026, 3, 7), 1) == date(2026, 3, 9)  # Saturday -> Monday


def test_overdue_warning(db, activity):
    assert svc.overdue_records(db, today=date(2026, 3, 20)) == []
    assert [a.id for a in svc.overdue_records(db, today=date(2026, 3, 21))] == [activity.id]
    rows = svc.activity_rows(db, today=date(2026, 3, 23))
    assert rows[0].overdue and rows[0].team == "理论宣讲志愿服务队"
    svc.set_status(db, activity.id, "recorded")
    assert svc.overdue_records(db, today=date(2026, 4, 1)) == []


def test_month_calendar(db, activity):
    days = svc.month_calendar(db, 2026, 3)
    assert len(days) == 31
    assert days[date(2026, 3, 7)].concentrated and not days[date(2026, 3, 6)].concentrated
    assert [a["id"] for a in days[date(2026, 3, 6)].activities] == [activity.id]
    assert len(svc.month_calendar(db, 2026, 12)) == 31


def test_cli_round_trip(db, data_dir, capsys):
    db.close()
    base = ["--data-dir", str(data_dir)]
    assert main(base + ["activity", "add", "--title", "移风易俗宣讲", "--category", "持续深入移风易俗",
                        "--start", "2026-03-07 09:00", "--end", "2026-03-07 11:00", "--theory", "--team", "理论宣讲",
                        "--place", "文化广场"]) == 0
    activity_id = capsys.readouterr().out.strip()
    assert main(base + ["volunteer", "add", "--name", "张三", "--phone", "13800001234"]) == 0
    capsys.readouterr()
    assert main(base + ["signin", activity_id, "张三", "--at", "2026-03-07 08:55"]) == 0
    assert main(base + ["signin", activity_id, "13800001234", "--at", "2026-03-07 08:56"]) == 0
    assert "未重复" in capsys.readouterr().out
    assert main(base + ["signout", activity_id[:13], "张三", "--at", "2026-03-07 11:02"]) == 0
    assert "已签退" in capsys.readouterr().out
    assert main(base + ["activity", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["id"] == activity_id and listed[0]["theory"] is True
    assert main(base + ["hours", "--year", "2026", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["volunteers"][0]["minutes"] == 125
    assert main(base + ["hours", "--year", "2026", "--volunteer", "张三"]) == 0
    assert "3月  2小时5分" in capsys.readouterr().out
    assert main(base + ["activity", "status", activity_id, "recorded"]) == 0
    assert main(base + ["activity", "edit", activity_id, "--residents", "40"]) == 0
    capsys.readouterr()
    assert main(base + ["activity", "add", "--title", "x", "--category", "其他", "--start", "2026-03-07 09:00",
                        "--end", "2026-03-07 10:00"]) == 2
    assert main(base + ["signin", "nope", "张三"]) == 2
    assert main(base + ["signin", activity_id, "李四"]) == 2
    assert main(base + ["kiosk-pin", "12"]) == 2
    err = capsys.readouterr().err
    assert "错误：" in err and "Traceback" not in err
