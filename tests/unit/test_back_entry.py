"""Back-entry 补录 of a paper sign-in sheet (issue 14): service, CLI twin, and the papers show it."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from desktop.cli import main
from desktop.errors import ValidationError
from desktop.models import SignIn
from desktop.services.activities import add_activity, record_signin
from desktop.services.back_entry import PAPER, PaperLine, enter_paper_sheet, parse_clock
from desktop.services.hours import activity_attendance
from desktop.services.papers import gather
from desktop.services.volunteers import add_volunteer


def _held(db, days_ago=3):
    start = (datetime.now() - timedelta(days=days_ago)).replace(hour=9, minute=0, second=0, microsecond=0)
    return add_activity(db, title="纸质签到的宣讲", category="学习实践科学理论", start=start, end=start + timedelta(hours=2),
                        theory=True)


def test_paper_sheet_entered_with_defaults_and_own_times(db):
    activity = _held(db)
    a, b, c = (add_volunteer(db, name=n) for n in ("张三", "李四", "王五"))
    record_signin(db, activity.id, c.id, "in", at=activity.start_at)  # signed in at the kiosk already
    result = enter_paper_sheet(db, activity.id, [PaperLine(a.id), PaperLine(b.id, "9:30", "10:15"), PaperLine(c.id)],
                               actor="王站长")
    assert result.added == ["张三", "李四"] and result.already == ["王五"]
    assert "2" in result.message and "王五" in result.message
    with db.read() as session:
        rows = list(session.exec(select(SignIn).where(SignIn.activity_id == activity.id, SignIn.source == PAPER)))
    assert len(rows) == 4 and {r.operator for r in rows} == {"王站长"}
    from desktop.services.activities import get_activity

    assert get_activity(db, activity.id).status == "held"  # the paper sheet says it took place
    by = {(r.volunteer_id, r.kind): r.at for r in rows}
    assert by[(a.id, "in")] == activity.start_at and by[(a.id, "out")] == activity.end_at
    assert by[(b.id, "in")].time() == time(9, 30) and by[(b.id, "out")].time() == time(10, 15)
    minutes = {r.volunteer_id: r.minutes for r in activity_attendance(db, activity.id)}
    assert minutes[a.id] == 120 and minutes[b.id] == 45
    # Entering the same sheet again adds nothing.
    again = enter_paper_sheet(db, activity.id, [PaperLine(a.id)], actor="王站长")
    assert again.added == [] and again.already == ["张三"]


def test_papers_show_back_entered(db):
    activity = _held(db)
    a = add_volunteer(db, name="张三")
    enter_paper_sheet(db, activity.id, [PaperLine(a.id)], actor="王站长")
    from desktop.reports.register import RegisterData, register_report  # noqa: F401
    from desktop.reports.signin_sheet import signin_report
    from desktop.services.papers.request import PaperRequest

    report = signin_report(gather.signin_data(db, PaperRequest("signin-sheet", activity_id=activity.id, blank=False)))
    assert report.sections[0].table.rows[0][6] == "补录"


def test_refuses_a_future_activity_and_bad_times(db):
    start = datetime.now() + timedelta(days=2)
    future = add_activity(db, title="还没开的会", category="学习实践科学理论", start=start, end=start + timedelta(hours=1))
    a = add_volunteer(db, name="张三")
    with pytest.raises(ValidationError, match="还没有开展|尚未"):
        enter_paper_sheet(db, future.id, [PaperLine(a.id)])
    held = _held(db)
    with pytest.raises(ValidationError, match="晚于"):
        enter_paper_sheet(db, held.id, [PaperLine(a.id, "11:00", "10:00")])
    with pytest.raises(ValidationError, match="09:00"):
        enter_paper_sheet(db, held.id, [PaperLine(a.id, "25:00")])
    with pytest.raises(ValidationError):
        enter_paper_sheet(db, held.id, [])


@given(st.integers(0, 23), st.integers(0, 59))
def test_parse_clock_round_trip(hour, minute):
    assert parse_clock(f"{hour}:{minute:02d}", "t") == time(hour, minute)
    assert parse_clock(f"{hour:02d}：{minute:02d}", "t") == time(hour, minute)


def run(data_dir, *args, capsys):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_attendance_add(tmp_path, capsys):
    assert run(tmp_path, "init", "--station", "测试站", capsys=capsys)[0] == 0
    ids = [run(tmp_path, "volunteer", "add", "--name", n, capsys=capsys)[1].strip() for n in ("张三", "李四")]
    start = (datetime.now() - timedelta(days=1)).replace(hour=14, minute=0)
    code, out, _ = run(tmp_path, "activity", "add", "--title", "昨天的活动", "--category", "丰富活跃文化生活",
                       "--start", f"{start:%Y-%m-%d %H:%M}", "--end", f"{start + timedelta(hours=2):%Y-%m-%d %H:%M}",
                       capsys=capsys)
    activity = out.strip()
    code, out, err = run(tmp_path, "attendance", activity, "--add", ids[0], "李四", "--in", "14:10", "--out", "15:40",
                         capsys=capsys)
    assert code == 0 and "2" in out and "补录" in out
    code, out, err = run(tmp_path, "hours", "--json", capsys=capsys)
    import json

    minutes = {v["name"]: v["minutes"] for v in json.loads(out)["volunteers"]}
    assert minutes["张三"] == 90 and minutes["李四"] == 90
    code, out, err = run(tmp_path, "attendance", activity, "--add", "张三", "--in", "16:00", "--out", "15:00", capsys=capsys)
    assert code == 2 and err.count("\n") == 1 and "晚于" in err and "Traceback" not in err
    code, out, err = run(tmp_path, "attendance", activity, "--add", "nobody", capsys=capsys)
    assert code == 2 and err.count("\n") == 1


def test_kiosk_close_marks_a_used_activity_held(db):
    from desktop.services.activities import get_activity
    from desktop.services.kiosk import mark_held_if_used

    held = _held(db, days_ago=0)
    empty = _held(db, days_ago=1)
    start = datetime.now() + timedelta(days=1)
    future = add_activity(db, title="明天的活动", category="学习实践科学理论", start=start, end=start + timedelta(hours=1))
    a = add_volunteer(db, name="张三")
    record_signin(db, held.id, a.id, "in", at=held.start_at)
    record_signin(db, future.id, a.id, "in", at=start)
    now = max(datetime.now(), held.start_at + timedelta(minutes=1))
    assert mark_held_if_used(db, held.id, now=now) and get_activity(db, held.id).status == "held"
    assert not mark_held_if_used(db, held.id, now=now)  # once
    assert not mark_held_if_used(db, empty.id, now=now) and get_activity(db, empty.id).status == "planned"
    assert not mark_held_if_used(db, future.id, now=now) and get_activity(db, future.id).status == "planned"
