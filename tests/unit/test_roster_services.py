"""Roster data, filters, duplicates and merge, 1+10 households, export; ID validator and normaliser properties."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from desktop.cli import main
from desktop.errors import UserError, ValidationError
from desktop.services import households as hh
from desktop.services.export import export_volunteers
from desktop.services.roster import PARTY, RosterFilter, check_duplicates, load_roster, merge_volunteers
from desktop.services.teams import list_teams
from desktop.services.volunteers import add_volunteer, exit_volunteer, get_volunteer
from desktop.validators import check_digit, normalize_name, normalize_text, parse_id_card

ID1 = "11010519491231002X"


def test_roster_rows_filters_and_index(db):
    team = list_teams(db)[0].name
    a = add_volunteer(db, name="张三", political_status="中共党员", tags="五老人员", teams=[team])
    b = add_volunteer(db, name="李四", political_status="中共预备党员")
    c = add_volunteer(db, name="王五", political_status="群众", tags="退役军人")
    exit_volunteer(db, c.id, reason="外出务工")
    data = load_roster(db)
    rows = {r.id: r for r in data.rows}
    assert rows[a.id].teams == (team,) and rows[a.id].tags == ("五老人员",)
    assert data.rows[-1].id == c.id  # exited last
    assert {r.id for r in data.rows if RosterFilter(political=PARTY).accepts(r)} == {a.id, b.id}
    assert {r.id for r in data.rows if RosterFilter(status="exited").accepts(r)} == {c.id}
    assert {r.id for r in data.rows if RosterFilter(team=team).accepts(r)} == {a.id}
    assert {r.id for r in data.rows if RosterFilter(tag="退役军人").accepts(r)} == {c.id}
    assert {r.id for r in data.rows if RosterFilter(political="群众").accepts(r)} == {c.id}
    assert "五老人员" in data.tags and team in data.teams
    assert data.index.search("zs") == [a.id]
    assert all(r.minutes_this_year == 0 for r in data.rows) == data.hours_available


def test_duplicates_found_by_id_or_name_and_phone(db):
    v = add_volunteer(db, name="张三", id_card=ID1, phone="13800000001")
    assert [d.id for d in check_duplicates(db, id_card=ID1)] == [v.id]
    assert check_duplicates(db, name="张三", phone="13800000001")[0].reason == "姓名和电话相同"
    assert check_duplicates(db, name="张三", phone="13800000009") == []
    assert check_duplicates(db, id_card=ID1, exclude=v.id) == []


def test_merge_moves_teams_households_and_fills_gaps(db):
    team = list_teams(db)[1].name
    keep = add_volunteer(db, name="张三", phone="13800000001")
    drop = add_volunteer(db, name="张三丰", id_card=ID1, tags="乡贤", teams=[team])
    home = hh.assign_household(db, drop.id, head_name="赵大爷")
    result = merge_volunteers(db, keep.id, drop.id)
    kept = get_volunteer(db, keep.id)
    assert kept.id_card == ID1 and kept.tags == "乡贤" and "id_card" in result["filled"]
    assert [r.teams for r in load_roster(db).rows if r.id == keep.id] == [(team,)]
    assert hh.list_households(db, keep.id)[0].id == home.id
    with pytest.raises(UserError):
        get_volunteer(db, drop.id)
    with pytest.raises(UserError, match="自己"):
        merge_volunteers(db, keep.id, keep.id)


def test_one_plus_ten_limit_visits_voids_and_overdue(db):
    v = add_volunteer(db, name="张三")
    homes = [hh.assign_household(db, v.id, head_name=f"户主{n}", phone="") for n in range(10)]
    with pytest.raises(UserError, match="10 户"):
        hh.assign_household(db, v.id, head_name="第十一户")
    with pytest.raises(ValidationError):
        hh.assign_household(db, v.id, head_name=" ")
    today = date.today()
    visit = hh.record_visit(db, homes[0].id, visited_on=today, note="送政策")
    hh.record_visit(db, homes[1].id, visited_on=today.replace(day=1) - timedelta(days=1))  # last month
    with pytest.raises(ValidationError):
        hh.record_visit(db, homes[2].id, visited_on=today + timedelta(days=1))
    summary = hh.month_summary(db)
    assert (summary[0].households, summary[0].visited, summary[0].overdue) == (10, 1, 9)
    assert len(hh.overdue(db)) == 9
    hh.void_visit(db, visit.id, reason="录错了户")
    assert len(hh.overdue(db)) == 10 and hh.list_visits(db, homes[0].id) == []
    with pytest.raises(UserError):
        hh.void_visit(db, visit.id, reason="再撤一次")
    hh.remove_household(db, homes[9].id)
    assert hh.month_summary(db)[0].households == 9
    exit_volunteer(db, v.id, reason="外出务工")
    with pytest.raises(UserError, match="已退出"):
        hh.assign_household(db, v.id, head_name="新户")


def test_export_masks_ids_unless_asked(db, tmp_path):
    add_volunteer(db, name="张三", id_card=ID1, phone="13800000001", teams=[list_teams(db)[0].name])
    assert export_volunteers(db, tmp_path / "a.xlsx") == 1
    sheet = load_workbook(tmp_path / "a.xlsx").active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["身份证号"] == "110105********002X" and row["姓名"] == "张三" and row["状态"] == "在册"
    export_volunteers(db, tmp_path / "b.xlsx", full_id=True)
    full = load_workbook(tmp_path / "b.xlsx").active
    assert full.cell(2, header.index("身份证号") + 1).value == ID1
    assert full.cell(2, header.index("身份证号") + 1).number_format == "@"
    with pytest.raises(UserError, match=".xlsx"):
        export_volunteers(db, tmp_path / "c.pdf")


def test_cli_export(db, tmp_path, capsys):
    add_volunteer(db, name="张三", id_card=ID1)
    data_dir = str(db.data_dir)
    db.close()
    assert main(["--data-dir", data_dir, "export", "volunteers", "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 0
    assert "已导出 1 人" in capsys.readouterr().out
    assert main(["--data-dir", data_dir, "export", "volunteers", "--out", str(tmp_path / "y.xlsx"), "--full-id"]) == 0
    assert load_workbook(tmp_path / "y.xlsx").active.cell(2, 4).value == ID1


# --- properties of the validator and the normaliser the importer relies on ---------

births = st.dates(min_value=date(1920, 1, 1), max_value=date(2010, 12, 31))


@given(births, st.integers(0, 999), st.sampled_from(["110105", "610721", "320583"]))
def test_any_valid_id_parses_in_any_messy_form(born, seq, region):
    first17 = f"{region}{born:%Y%m%d}{seq:03d}"
    number = first17 + check_digit(first17)
    messy = " ".join(number.lower())  # spaces and a lowercase x
    wide = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in number)  # full-width
    for form in (number, messy, wide):
        card = parse_id_card(form)
        assert card.number == number and card.birth_date == born
        assert card.gender == ("男" if seq % 2 else "女")


@given(births, st.integers(0, 999), st.integers(0, 16), st.integers(1, 9))
def test_a_single_wrong_digit_is_always_caught(born, seq, position, delta):
    first17 = f"610721{born:%Y%m%d}{seq:03d}"
    number = first17 + check_digit(first17)
    wrong = number[:position] + str((int(number[position]) + delta) % 10) + number[position + 1:]
    with pytest.raises(ValidationError):
        parse_id_card(wrong)


@given(st.dates(min_value=date(1920, 1, 1), max_value=date(1999, 12, 31)))
def test_fifteen_digit_ids_are_upgraded(born):
    old = f"610721{born:%y%m%d}123"
    card = parse_id_card(old)
    assert card.upgraded_from_15 and len(card.number) == 18 and card.number[6:8] == "19"


@given(st.text())
def test_normaliser_is_idempotent_and_trims(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once == once.strip() and "  " not in once and "\u3000" not in once
    assert normalize_name(normalize_name(text)) == normalize_name(text)
