"""The target check against the rules in domain.md, configurable per county."""

from __future__ import annotations

from datetime import date

import pytest
from test_reports import build_station

from desktop.errors import ValidationError
from desktop.periods import month
from desktop.services.station import set_setting
from desktop.services.targets import (
    SETTING_KEY,
    TargetRules,
    check_month,
    check_year,
    dashboard,
    first_saturday,
    get_rules,
    set_rules,
)
from desktop.validators import is_party_member


@pytest.fixture
def station(db):
    return build_station(db)


def items(check):
    return {i.key: i for i in check.items}


def test_first_saturday():
    assert first_saturday(month(2026, 3)) == date(2026, 3, 7)
    assert first_saturday(month(2026, 8)) == date(2026, 8, 1)


def test_month_after_it_ended(db, station):
    found = items(check_month(db, 2026, 3, today=date(2026, 4, 10)))
    assert found["activities"].status == "met" and found["activities"].actual == "2 场"
    assert found["lectures"].status == "met" and found["partner"].status == "met"
    assert found["first_saturday"].status == "met"  # the lecture was on Saturday 7 March
    # the lecture had 王站长 in charge: one week of six (Mon 23 Feb .. Mon 30 Mar)
    assert found["head_weekly"].status == "missing" and found["head_weekly"].actual == "1 周"
    assert "5 周" in found["head_weekly"].advice
    # only the lecture team has members; it held one activity of the two required
    assert found["team_month"].status == "missing" and "差 1 场" in found["team_month"].advice
    assert found["visits"].status == "na"  # no 1+10 households: nothing to check, so not a pass


def test_month_in_progress_is_pending_then_missing(db, station):
    set_rules(db, {"activities_per_month": 5})
    during = items(check_month(db, 2026, 3, today=date(2026, 3, 10)))["activities"]
    after = items(check_month(db, 2026, 3, today=date(2026, 4, 1)))["activities"]
    # on 03-10 the activity of 03-20 has not happened: only the lecture of 03-07 counts
    assert during.status == "pending" and "还需组织 4 场" in during.advice and "本月还剩 22 天" in during.advice
    assert after.status == "missing"


def test_year_shares_and_hours(db, station):
    found = items(check_year(db, 2026, today=date(2026, 12, 31)))
    vols = station["vols"]
    served = {"a", "b", "c"}
    assert found["served"].actual.startswith(f"{round(100 * len(served) / 4)}%")
    assert found["hours"].actual == "0/4 人达到" and found["hours"].status == "pending"
    party = [k for k, v in vols.items() if is_party_member(v.political_status)]
    if party:
        in_service = sum(k in served for k in party)
        assert found["party"].actual.startswith(f"{round(100 * in_service / len(party))}%")


def test_rules_are_configurable_and_validated(db, station):
    assert get_rules(db) == TargetRules()
    set_rules(db, {"activities_per_month": 3, "lectures_per_month": 0})
    assert get_rules(db).activities_per_month == 3
    found = items(check_month(db, 2026, 3, today=date(2026, 4, 10)))
    assert found["activities"].status == "missing" and "lectures" not in found  # 0 switches a rule off
    with pytest.raises(ValidationError, match="0 到 1000"):
        set_rules(db, {"team_per_year": -1})
    with pytest.raises(ValidationError, match="100%"):
        set_rules(db, {"party_share": 120})
    with pytest.raises(ValidationError, match="未知"):
        set_rules(db, {"bogus": 1})
    set_setting(db, SETTING_KEY, {"activities_per_month": "lots"})  # a damaged value pushed from elsewhere
    assert get_rules(db) == TargetRules()


def test_dashboard_has_month_and_year(db, station):
    board = dashboard(db, today=date(2026, 3, 31))
    assert board.month.scope == "month" and board.year.scope == "year"
    assert board.month.period == month(2026, 3) and not board.month.finished
    assert {i.key for i in board.month.open_items} <= {i.key for i in board.month.items}


def test_household_visits_counted_and_voids_respected(db, station):
    from desktop.models import Household, HouseholdVisit

    vol = station["vols"]["a"].id
    with db.session() as session:
        homes = [Household(volunteer_id=vol, head_name=f"户主{i}") for i in range(3)]
        session.add_all(homes)
        session.flush()
        visits = [HouseholdVisit(household_id=homes[i].id, volunteer_id=vol, visited_on=date(2026, 3, 5 + i))
                  for i in range(2)]
        session.add_all(visits)
        session.flush()
        session.add(HouseholdVisit(household_id=homes[1].id, volunteer_id=vol, visited_on=date(2026, 3, 9),
                                   voids=visits[1].id))  # the second visit was recorded by mistake
    found = items(check_month(db, 2026, 3, today=date(2026, 4, 1)))["visits"]
    assert found.actual == "1/3 户已走访" and found.status == "missing" and "2 户" in found.advice
