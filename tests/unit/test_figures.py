"""The figures that go to the county, each one that was wrong (issue 14, "Wrong figures"):
planned activities counted as held, people counted by name, vacuous passes, two daily-cap
rules, a working-day count blind to holidays, and a resident counter that lost taps."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.periods import month, year
from desktop.reports.activity_record import activity_record_html
from desktop.services import hours, kiosk
from desktop.services.activities import (
    add_activity,
    add_working_days,
    edit_activity,
    get_activity,
    record_due,
    record_signin,
    set_status,
)
from desktop.services.hour_rules import HourRules
from desktop.services.papers import PaperRequest, catalog
from desktop.services.papers.gather import record_data
from desktop.services.targets import check_month, check_year
from desktop.services.volunteers import add_volunteer


def items(check):
    return {i.key: i for i in check.items}


def figures(report) -> dict[str, list]:
    return {r[0]: r[1:] for r in report.sections[0].table.rows}


# --- 1. planned, future activities are not held ---------------------------------------------

def test_a_planned_future_activity_counts_for_nothing(db):
    """On 12-01 an activity planned for 12-05 (the first Saturday, with the paired unit) is not held."""
    add_activity(db, title="结对共建集中活动", category="丰富活跃文化生活", start="2026-12-05 09:00",
                 end="2026-12-05 11:00", partner_unit="县供电公司", theory=True)
    found = items(check_month(db, 2026, 12, today=date(2026, 12, 1)))
    assert found["activities"].actual == "0 场" and found["activities"].status == "pending"
    assert found["lectures"].actual == "0 场" and found["partner"].actual == "0 场"
    assert found["first_saturday"].actual == "未开展" and found["first_saturday"].status == "pending"
    bulletin = figures(catalog.build(db, PaperRequest("monthly", month(2026, 12), extra={"today": date(2026, 12, 1)})).report)
    assert bulletin["开展活动（场）"][0] == 0 and bulletin["其中：理论宣讲（场）"][0] == 0


def test_a_held_activity_counts_from_its_day_on(db):
    act = add_activity(db, title="集中活动", category="丰富活跃文化生活", start="2026-12-05 09:00",
                       end="2026-12-05 11:00", partner_unit="县供电公司")
    set_status(db, act.id, "held", now=datetime(2026, 12, 5, 12, 0))
    found = items(check_month(db, 2026, 12, today=date(2026, 12, 6)))
    assert found["activities"].actual == "1 场" and found["partner"].status == "met"
    assert found["first_saturday"].status == "met"
    assert [r.id for r in found["activities"].records] == [act.id]  # the figure names what it counted
    # marked held but dated after "today" (a wrong clock): still not counted on 12-04
    assert items(check_month(db, 2026, 12, today=date(2026, 12, 4)))["activities"].actual == "0 场"


# --- 2. people are volunteers (ids), not names ------------------------------------------------

def test_activity_record_counts_two_people_of_one_name_as_two(db):
    act = add_activity(db, title="清扫", category="持续深入移风易俗", start="2026-03-07 09:00", end="2026-03-07 11:00")
    one, two = add_volunteer(db, name="谭磊", phone="13800000001"), add_volunteer(db, name="谭磊", phone="13800000002")
    for vol in (one, two):
        record_signin(db, act.id, vol.id, "in", at=datetime(2026, 3, 7, 9, 0))
        record_signin(db, act.id, vol.id, "out", at=datetime(2026, 3, 7, 11, 0))
    html = activity_record_html(record_data(db, PaperRequest("activity-record", activity_id=act.id))).html
    assert "2 人" in html and "1 人" not in html
    assert html.count("谭磊") == 2  # both listed by name


# --- 3. nothing to measure is not a pass --------------------------------------------------------

def test_a_new_station_has_no_vacuous_passes(db):
    """The preset teams have no members yet: the team rule is 不适用, never 已达标."""
    month_check = items(check_month(db, 2026, 12, today=date(2026, 12, 1)))
    year_check = items(check_year(db, 2026, today=date(2026, 12, 1)))
    assert month_check["team_month"].status == "na" and month_check["team_month"].verdict == "not_applicable"
    assert year_check["team_year"].status == "na"
    assert month_check["visits"].status == "na"  # no 1+10 households
    assert not [i for i in month_check.values() if i.status == "met"]
    report = catalog.build(db, PaperRequest("monthly", month(2026, 12), extra={"today": date(2026, 12, 1)})).report
    rows = {r[0]: r[3] for r in report.sections[1].table.rows}
    assert rows["各队伍每月活动"] == "不适用"


# --- 4. one daily-cap rule everywhere -----------------------------------------------------------

def test_the_daily_cap_is_one_rule_for_activity_register_and_year(db):
    """Two six-hour activities on one day under an eight-hour cap: 480 minutes, wherever counted."""
    hours.save_rules(db, HourRules(rounding=1, daily_cap_minutes=480))
    vol = add_volunteer(db, name="张三").id
    morning = add_activity(db, title="上午", category="持续深入移风易俗", start="2026-03-07 06:00", end="2026-03-07 12:00")
    evening = add_activity(db, title="下午", category="持续深入移风易俗", start="2026-03-07 13:00", end="2026-03-07 19:00")
    for act, start, end in ((morning, 6, 12), (evening, 13, 19)):
        record_signin(db, act.id, vol, "in", at=datetime(2026, 3, 7, start))
        record_signin(db, act.id, vol, "out", at=datetime(2026, 3, 7, end))
    per_activity = [next(r.minutes for r in hours.activity_attendance(db, a.id)) for a in (morning, evening)]
    assert per_activity == [360, 120]  # the day's cap goes to the sessions in the order they started
    yearly = hours.minutes_by_volunteer(db, datetime(2026, 1, 1), datetime(2027, 1, 1))[vol]
    register = catalog.build(db, PaperRequest("register", year(2026))).report
    assert sum(per_activity) == yearly == 480
    assert register.sections[0].table.total[5] == 8.0  # the register's total is the dashboard's
    assert sum(f.minutes for f in hours.service_facts(db) if f.volunteer_id == vol) == 480


# --- 5. working days by the official calendar ---------------------------------------------------

# (activity's last day, the 10th working day after it): 国庆 and 春节 with their 调休 days
DUE = [
    # 2025 国庆+中秋: off 10-01..10-08; Sunday 09-28 and Saturday 10-11 are workdays
    (date(2025, 9, 26), date(2025, 10, 16)),  # 09-28 29 30 | 10-09 10 11(Sat) 13 14 15 16
    (date(2025, 9, 30), date(2025, 10, 21)),  # 10-09 10 11(Sat) 13 14 15 16 17 20 21
    # 2026 中秋 09-25 (Friday) off; 国庆 off 10-01..10-07; Sunday 09-20 and Saturday 10-10 are workdays
    (date(2026, 9, 18), date(2026, 10, 9)),  # 09-20(Sun) 21 22 23 24 28 29 30 | 10-08 09
    (date(2026, 9, 30), date(2026, 10, 20)),  # 10-08 09 10(Sat) 12 13 14 15 16 19 20
    # 2025 春节: off 01-28..02-04; Sunday 01-26 and Saturday 02-08 are workdays
    (date(2025, 1, 24), date(2025, 2, 13)),  # 01-26(Sun) 27 | 02-05 06 07 08(Sat) 10 11 12 13
    # 2026 春节: off 02-15..02-23; Saturdays 02-14 and 02-28 are workdays
    (date(2026, 2, 12), date(2026, 3, 4)),  # 02-13 14(Sat) | 24 25 26 27 28(Sat) 03-02 03 04
    # no holiday: two plain working weeks
    (date(2026, 3, 6), date(2026, 3, 20)),
]


@pytest.mark.parametrize(("end", "due"), DUE)
def test_record_due_across_national_holidays(db, end, due):
    assert add_working_days(end, 10) == due
    act = add_activity(db, title="活动", category="持续深入移风易俗", start=datetime.combine(end, datetime.min.time()).replace(hour=9),
                       end=datetime.combine(end, datetime.min.time()).replace(hour=11))
    from desktop.services.activities import record_due_info

    assert record_due(act) == due and not record_due_info(act).guessed


def test_the_count_by_hand_for_2025_national_day():
    """The first row of the table, day by day: the 调休 Sunday counts, the eight days off do not."""
    assert add_working_days(date(2025, 9, 26), 1) == date(2025, 9, 28)  # Sunday, a swapped workday
    assert add_working_days(date(2025, 9, 26), 3) == date(2025, 9, 30)
    assert add_working_days(date(2025, 9, 26), 4) == date(2025, 10, 9)  # 10-01..10-08 skipped
    assert add_working_days(date(2025, 9, 26), 6) == date(2025, 10, 11)  # Saturday, a swapped workday


def test_an_unknown_year_falls_back_to_weekends_and_says_so(db):
    from desktop.services.activities import record_due_info, record_due_note

    act = add_activity(db, title="年底活动", category="持续深入移风易俗", start="2099-12-24 09:00", end="2099-12-24 11:00")
    info = record_due_info(act)
    assert info.guessed and info.day == date(2100, 1, 7)  # Thursday 24 Dec + ten weekdays
    assert "2100" in record_due_note(act) and "节假日" in record_due_note(act)


# --- 6. the resident counter is a grow-only count ---------------------------------------------

def test_resident_taps_are_rows_and_the_figure_is_computed(db):
    from desktop.services import residents

    act = add_activity(db, title="宣讲", category="持续深入移风易俗", start="2026-03-07 09:00", end="2026-03-07 11:00")
    assert [kiosk.add_residents(db, act.id, 1) for _ in range(3)] == [1, 2, 3]
    assert kiosk.add_residents(db, act.id, -1) == 2
    assert get_activity(db, act.id).residents_reached == 2
    edit_activity(db, act.id, residents_reached=40)  # the head types the total: the taps stay counted
    assert get_activity(db, act.id).residents_reached == 40
    assert kiosk.add_residents(db, act.id, 1) == 41 == residents.residents(db, act.id)
    for _ in range(45):
        kiosk.add_residents(db, act.id, -1)
    assert residents.residents(db, act.id) == 0  # never below zero


taps = st.lists(st.sampled_from([1, 1, 1, -1]), max_size=30)


@given(pcs=st.lists(taps, min_size=2, max_size=4), base=st.integers(0, 50), data=st.data())
def test_merging_tap_sets_in_any_order_loses_none(pcs, base, data):
    """Each PC's taps are its own rows; replicas that saw any part of them, joined in any order
    and any number of times by the sync merge, end with the base plus every tap."""
    from desktop.services import residents
    from desktop.sync.merge import fold, join_states

    writes = [(f"tap-{pc}-{i}", {"activity_id": "act", "delta": delta}, f"{i:06d}-{pc}")
              for pc, deltas in enumerate(pcs) for i, delta in enumerate(deltas)]
    replicas = []
    for pc in range(len(pcs)):
        mine = [w for w in writes if w[0].startswith(f"tap-{pc}-")]
        seen = data.draw(st.lists(st.sampled_from(writes), max_size=len(writes)) if writes else st.just([]))
        replicas.append(fold(mine + seen))  # this PC's own taps plus what a partial sync brought
    order = data.draw(st.permutations(replicas + replicas[:1]))  # one replica joined twice
    merged: dict = {}
    for state in order:
        merged = join_states(merged, state)
    counted = residents.total(base, [values["delta"] for values, _clocks in merged.values()])
    assert counted == max(0, base + sum(d for deltas in pcs for d in deltas))
    assert join_states(merged, replicas[0]) == merged  # idempotent: a repeated sync changes nothing


def test_the_bulletin_names_the_records_behind_each_figure(db):
    held = add_activity(db, title="结对共建宣讲", category="学习实践科学理论", start="2026-11-07 09:00",
                        end="2026-11-07 11:00", theory=True, partner_unit="县供电公司")
    add_activity(db, title="计划中的活动", category="学习实践科学理论", start="2026-11-28 09:00", end="2026-11-28 11:00")
    set_status(db, held.id, "held", now=datetime(2026, 11, 7, 12))
    vol = add_volunteer(db, name="谭磊")
    record_signin(db, held.id, vol.id, "in", at=datetime(2026, 11, 7, 9))
    record_signin(db, held.id, vol.id, "out", at=datetime(2026, 11, 7, 11))
    report = catalog.build(db, PaperRequest("monthly", month(2026, 11), extra={"today": date(2026, 12, 1)})).report
    counted = {r[0]: r[2] for r in report.sections[4].table.rows}
    assert counted["开展活动（场）"] == "11-07 结对共建宣讲"  # the planned one is not there
    assert counted["参加服务的志愿者（人）"] == "谭磊"
    assert "结对共建宣讲" in counted["理论宣讲"] and "计划中的活动" not in "".join(counted.values())


def test_target_items_give_the_ids_they_counted(db):
    act = add_activity(db, title="宣讲", category="学习实践科学理论", start="2026-11-07 09:00", end="2026-11-07 11:00", theory=True)
    set_status(db, act.id, "held", now=datetime(2026, 11, 7, 12))
    item = items(check_month(db, 2026, 11, today=date(2026, 12, 1)))["lectures"]
    assert item.ids == (act.id,) and item.records[0].label == "2026-11-07 宣讲" and item.verdict == "met"
