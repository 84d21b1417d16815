"""`targets [--month] [--json]` and `activity list --json`'s record_due, headless."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main


def run(data_dir, capsys, *args):
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def station(tmp_path, capsys):
    run(tmp_path, capsys, "init", "--station", "新庄村新时代文明实践站", "--village", "新庄村", "--town", "城关镇",
        "--county", "南郑区")
    code, held, _ = run(tmp_path, capsys, "activity", "add", "--title", "国庆前宣讲", "--category", "学习实践科学理论",
                        "--start", "2026-09-30 09:00", "--end", "2026-09-30 11:00", "--theory")
    assert code == 0
    code, planned, _ = run(tmp_path, capsys, "activity", "add", "--title", "还没开展", "--category", "学习实践科学理论",
                           "--start", "2026-09-26 09:00", "--end", "2026-09-26 11:00")
    assert run(tmp_path, capsys, "activity", "status", held.strip(), "held")[0] == 0
    return tmp_path, held.strip(), planned.strip()


def test_activity_list_gives_the_record_due_date_once_held(station, capsys):
    data_dir, held, planned = station
    code, out, _ = run(data_dir, capsys, "activity", "list", "--json")
    rows = {r["id"]: r for r in json.loads(out)}
    assert code == 0
    assert rows[held]["record_due"] == "2026-10-20"  # ten working days, 国庆 and its Saturday workday 10-10
    assert rows[held]["record_due_guessed"] is False
    assert rows[planned]["record_due"] is None


def test_targets_json_names_the_records_counted(station, capsys):
    data_dir, held, planned = station
    code, out, _ = run(data_dir, capsys, "targets", "--month", "2026-09", "--json")
    assert code == 0
    data = json.loads(out)
    rules = {(r["scope"], r["key"]): r for r in data["rules"]}
    assert data["month"] == "2026-09"
    assert all({"name", "value", "target", "status", "records"} <= set(r) for r in data["rules"])
    assert {r["status"] for r in data["rules"]} <= {"met", "unmet", "not_applicable"}
    activities = rules[("month", "activities")]
    assert activities["value"] == 1 and activities["target"] == 2 and activities["status"] == "unmet"
    assert activities["records"] == [held]  # the planned one is not counted
    lectures = rules[("month", "lectures")]
    assert lectures["status"] == "met" and lectures["records"] == [held] and lectures["kind"] == "activity"
    assert rules[("month", "team_month")]["status"] == "not_applicable"  # no team has members


def test_targets_text_and_bad_month(station, capsys):
    data_dir, _held, _planned = station
    code, out, _ = run(data_dir, capsys, "targets", "--month", "2026-09")
    assert code == 0 and "理论宣讲" in out and "国庆前宣讲" in out and "不适用" in out
    code, _out, err = run(data_dir, capsys, "targets", "--month", "2026-13")
    assert code == 2 and err.count("\n") == 1 and "月份" in err


def test_an_overdue_activity_in_an_unknown_year_says_the_date_is_a_guess(station, capsys, monkeypatch):
    from desktop.services import workdays

    data_dir, held, _planned = station
    monkeypatch.setattr(workdays, "official", lambda day: None)  # as if the calendar knew no year yet
    code, out, _ = run(data_dir, capsys, "activity", "list")
    line = next(x for x in out.splitlines() if x.startswith(held))
    assert code == 0 and "10个工作日" in line and "节假日日历尚未收录 2026 年" in line
    code, out, _ = run(data_dir, capsys, "activity", "list", "--json")
    row = next(r for r in json.loads(out) if r["id"] == held)
    assert row["record_due_guessed"] is True and row["record_due"] == "2026-10-14"  # weekdays only
