"""Station setup, volunteers and teams through the services, on a real file."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from desktop.errors import NotFound, UserError, ValidationError
from desktop.models import AuditEntry, Team
from desktop.services import station as station_svc
from desktop.services import teams as team_svc
from desktop.services import volunteers as svc


def test_setup_station_seeds_teams_and_refuses_a_second(empty_db):
    station = station_svc.setup_station(empty_db, name=" 新庄村新时代文明实践站 ", county="南郑区", preset="changzhi")
    assert station.name == "新庄村新时代文明实践站" and empty_db.station_id == station.id
    assert len(team_svc.list_teams(empty_db)) == 8
    with pytest.raises(UserError):
        station_svc.setup_station(empty_db, name="另一个站")
    with pytest.raises(ValidationError):
        station_svc.update_station(empty_db, name="  ")
    assert station_svc.update_station(empty_db, head_name="王站长").head_name == "王站长"


def test_setup_requires_a_name(empty_db):
    with pytest.raises(ValidationError, match="名称"):
        station_svc.setup_station(empty_db, name="")
    assert empty_db.station_id is None


def test_add_derives_birth_and_gender_and_finds_duplicates(db):
    v = svc.add_volunteer(db, name="张 三", id_card="11010519491231002x", phone="138 0013 8000",
                          political_status="党员", tags="五老人员、退役军人", teams=["理论宣讲"])
    assert (v.name, v.id_card, v.gender, v.birth_date) == ("张三", "11010519491231002X", "女", date(1949, 12, 31))
    assert v.phone == "13800138000" and v.political_status == "中共党员" and v.tags == "五老人员,退役军人"
    assert team_svc.volunteer_teams(db)[v.id] == ["理论宣讲志愿服务队"]
    with pytest.raises(ValidationError, match="已在台账"):
        svc.add_volunteer(db, name="别人", id_card="11010519491231002X")
    with pytest.raises(ValidationError, match="同名同电话"):
        svc.add_volunteer(db, name="张三", phone="13800138000")
    with pytest.raises(ValidationError, match="性别"):
        svc.add_volunteer(db, name="王五", id_card="110105194912310038", gender="女")


def test_join_date_is_kept_or_defaults_to_today(db):
    assert svc.add_volunteer(db, name="老队员", join_date="2019年3月5日").join_date == date(2019, 3, 5)
    assert svc.add_volunteer(db, name="新队员").join_date == date.today()
    with pytest.raises(ValidationError, match="入队日期"):
        svc.add_volunteer(db, name="错日期", join_date="去年")


def test_legacy_15_digit_id_is_upgraded(db):
    v = svc.add_volunteer(db, name="老党员", id_card="110105491231002")
    assert len(v.id_card) == 18 and v.id_card.startswith("11010519491231002") and v.birth_date == date(1949, 12, 31)


def test_edit_exit_and_reactivate(db):
    v = svc.add_volunteer(db, name="李四", phone="13900001111")
    edited = svc.edit_volunteer(db, v.id, phone="13900002222", teams=["文明风尚", "理论宣讲"])
    assert edited.phone == "13900002222"
    assert sorted(team_svc.volunteer_teams(db)[v.id]) == ["文明风尚志愿服务队", "理论宣讲志愿服务队"]
    svc.edit_volunteer(db, v.id, teams=["理论宣讲"])
    assert team_svc.volunteer_teams(db)[v.id] == ["理论宣讲志愿服务队"]
    with pytest.raises(ValidationError, match="退出原因"):
        svc.exit_volunteer(db, v.id, reason=" ")
    exited = svc.exit_volunteer(db, v.id, reason="外出务工", exit_date=date(2026, 5, 1))
    assert (exited.status, exited.exit_date, exited.exit_reason) == ("exited", date(2026, 5, 1), "外出务工")
    with pytest.raises(UserError):
        svc.exit_volunteer(db, v.id, reason="again")
    assert [x.id for x in svc.list_volunteers(db, status="exited")] == [v.id]
    back = svc.reactivate_volunteer(db, v.id)
    assert back.status == "active" and back.exit_date is None
    with db.read() as session:
        actions = [a.action for a in session.exec(select(AuditEntry).where(AuditEntry.entity_id == v.id))]
    assert actions == ["volunteer.add", "volunteer.exit", "volunteer.reactivate"]


def test_list_and_search(db):
    a = svc.add_volunteer(db, name="王建国", phone="13512345678", id_card="11010519491231002X")
    b = svc.add_volunteer(db, name="赵秀英", phone="13687654321")
    assert [v.id for v in svc.list_volunteers(db, search="建国")] == [a.id]
    assert [v.id for v in svc.list_volunteers(db, search="4321")] == [b.id]
    assert [v.id for v in svc.list_volunteers(db, search="002x")] == [a.id]
    assert {v.id for v in svc.list_volunteers(db)} == {a.id, b.id}


def test_unknown_volunteer_and_team(db):
    with pytest.raises(NotFound, match="找不到"):
        svc.edit_volunteer(db, "nobody", phone="13800000000")
    with pytest.raises(ValidationError, match="找不到队伍"):
        svc.add_volunteer(db, name="某人", teams=["不存在的队"])
    assert svc.list_volunteers(db, search="某人") == []  # nothing half-saved


def test_teams_crud(db):
    team = team_svc.add_team(db, "红色宣讲队", "讲党史")
    with pytest.raises(ValidationError, match="已经有"):
        team_svc.add_team(db, "红色宣讲队")
    team_svc.edit_team(db, team.id, name="红色故事宣讲队")
    team_svc.delete_team(db, team.id)
    names = [t.name for t in team_svc.list_teams(db)]
    assert "红色故事宣讲队" not in names and len(names) == 9
    with db.read() as session:
        assert session.get(Team, team.id).deleted_at is not None  # soft delete only


def test_bulk_add_reports_progress_and_can_cancel(db):
    from desktop.services.demo import volunteer_rows

    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 200  # cancel after the second batch

    ids = svc.bulk_add_volunteers(db, volunteer_rows(1000), batch=100, progress=progress)
    assert seen == [100, 200] and len(ids) == 200
    assert svc.count_volunteers(db) == {"active": 200}


def test_settings_round_trip(db):
    station_svc.set_setting(db, "hours.rounding", 15)
    station_svc.set_setting(db, "hours.rounding", 10)
    assert station_svc.get_setting(db, "hours.rounding") == 10
    assert station_svc.get_setting(db, "missing", "默认") == "默认"
