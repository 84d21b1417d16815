"""Points: schemes, rules from facts, manual awards, voids, transfers, goods and redemption."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.errors import NotFound, ValidationError
from desktop.models import PointEntry
from desktop.services import goods, points, points_rules
from desktop.services.activities import add_activity, record_signin, void_signin
from desktop.services.households import assign_household, record_visit, void_visit
from desktop.services.volunteers import add_volunteer

TODAY = date(2026, 1, 1)
NOW = datetime(2026, 12, 1)


@pytest.fixture
def station(db):
    scheme = points.add_scheme(db, "积分超市", "分")
    bank = points.add_scheme(db, "时间银行", "小时")
    zhang = add_volunteer(db, name="张三", phone="13800001234").id
    li = add_volunteer(db, name="李四").id
    return db, scheme, bank, zhang, li


def _entries(db):
    with db.read() as s:
        return list(s.exec(__import__("sqlmodel").select(PointEntry)))


def test_amounts_and_scheme_names(db):
    assert points.to_cents("1.5") == 150 and points.to_cents(2) == 200 and points.fmt_amount(150) == "1.5"
    assert points.fmt_amount(-200) == "-2" and points.fmt_amount(0) == "0"
    with pytest.raises(ValidationError):
        points.to_cents("1.234")
    with pytest.raises(ValidationError):
        points.to_cents("abc")
    points.add_scheme(db, "道德银行")
    with pytest.raises(ValidationError):
        points.add_scheme(db, "道德银行")
    with pytest.raises(ValidationError):
        points.add_scheme(db, "x", "斤")
    assert points.find_scheme(db, "道德银行").unit == "分"


def test_rules_earn_from_facts_once_and_void_with_the_source(station):
    db, scheme, bank, zhang, li = station
    act = add_activity(db, title="宣讲", category="学习实践科学理论", start="2026-03-07 09:00",
                       end="2026-03-07 11:00", theory=True)
    record_signin(db, act.id, zhang, "in", at=datetime(2026, 3, 7, 8, 58))
    record_signin(db, act.id, zhang, "out", at=datetime(2026, 3, 7, 10, 40))  # 1 h 40 min -> 100 minutes
    points.add_rule(db, scheme.id, "per_hour", 200, rounding="down", starts_on=TODAY, today=TODAY)
    points.add_rule(db, bank.id, "per_hour", 100, rounding="half", starts_on=TODAY, today=TODAY)
    points.add_rule(db, scheme.id, "per_lecture", 300, starts_on=TODAY, today=TODAY)
    points.add_rule(db, scheme.id, "per_activity", 50, category="丰富活跃文化生活", starts_on=TODAY, today=TODAY)
    first = points_rules.derive(db, today=date(2026, 12, 1), now=NOW)
    assert first.added == 3  # 2 分 for the whole hour, 1.5 小时, 3 分 lecture; not the other category
    assert points.balance(db, zhang, scheme.id) == 500
    assert points.balance(db, zhang, bank.id) == 150
    again = points_rules.derive(db, today=date(2026, 12, 1), now=NOW)
    assert (again.added, again.voided) == (0, 0)
    void_signin(db, act.id, zhang, "签错了人")
    gone = points_rules.derive(db, today=date(2026, 12, 1), now=NOW)
    assert gone.voided == 3 and points.balance(db, zhang, scheme.id) == 0 and points.balance(db, zhang, bank.id) == 0
    assert len(_entries(db)) == 6  # nothing deleted: three entries, three voids


def test_visits_and_requests_and_yearly_bonus(station):
    db, scheme, _bank, zhang, li = station
    house = assign_household(db, zhang, head_name="赵大爷")
    visit = record_visit(db, house.id, visited_on=date(2026, 2, 3))
    points.add_rule(db, scheme.id, "per_visit", 100, starts_on=TODAY, today=TODAY)
    points.add_rule(db, scheme.id, "active_bonus", 1000, threshold_hours=1, starts_on=TODAY, today=TODAY)
    act = add_activity(db, title="义诊", category="培育践行主流价值", start="2026-04-01 09:00", end="2026-04-01 11:00")
    record_signin(db, act.id, li, "in", at=datetime(2026, 4, 1, 9, 0))
    record_signin(db, act.id, li, "out", at=datetime(2026, 4, 1, 11, 0))
    points_rules.derive(db, today=date(2026, 12, 1), now=NOW)
    assert points.balance(db, zhang, scheme.id) == 100
    assert points.balance(db, li, scheme.id) == 1000
    void_visit(db, visit.id, reason="重复登记")
    points_rules.derive(db, today=date(2026, 12, 1), now=NOW)
    assert points.balance(db, zhang, scheme.id) == 0


def test_rule_change_is_never_backwards(station):
    db, scheme, _bank, zhang, _li = station
    rule = points.add_rule(db, scheme.id, "per_visit", 100, starts_on=TODAY, today=TODAY)
    with pytest.raises(ValidationError):  # overlaps the rule above: a change is the way
        points.add_rule(db, scheme.id, "per_visit", 200, starts_on=date(2026, 6, 1), today=TODAY)
    house = assign_household(db, zhang, head_name="赵大爷")
    record_visit(db, house.id, visited_on=date(2026, 2, 3))
    points_rules.derive(db, today=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        points.change_rule(db, rule.id, 300, starts_on=date(2026, 2, 1), today=date(2026, 3, 1))
    new = points.change_rule(db, rule.id, 300, starts_on=date(2026, 3, 1), today=date(2026, 3, 1))
    record_visit(db, house.id, visited_on=date(2026, 3, 5))
    points_rules.derive(db, today=date(2026, 3, 10))
    assert points.balance(db, zhang, scheme.id) == 100 + 300
    assert {r.id: r.ends_on for r in points.list_rules(db)} == {rule.id: date(2026, 3, 1), new.id: None}


def test_manual_award_void_transfer(station):
    db, scheme, bank, zhang, li = station
    with pytest.raises(ValidationError):
        points.award(db, zhang, 500, scheme.id, "  ")
    entry = points.award(db, zhang, 500, scheme.id, "扶老助残", actor="王站长")
    points.award(db, zhang, -100, scheme.id, "未按时归还工具")
    assert points.balance(db, zhang, scheme.id) == 400
    points.void_entry(db, entry.id, "记错了")
    with pytest.raises(ValidationError):
        points.void_entry(db, entry.id, "again")
    assert points.balance(db, zhang, scheme.id) == -100
    points.award(db, zhang, 300, bank.id, "补录时间银行")
    with pytest.raises(ValidationError):
        points.transfer(db, zhang, li, 400, bank.id)
    points.transfer(db, zhang, li, 100, bank.id, "给母亲")
    assert points.balance(db, zhang, bank.id) == 200 and points.balance(db, li, bank.id) == 100
    lines = points.statement(db, zhang, scheme.id).lines
    assert [ln.kind for ln in lines] == ["earned", "deducted", "voided"] and lines[-1].running == -100
    assert points.balance_flags(db)[0].name == "张三"


def test_redemption_refuses_short_balance_and_stock(station):
    db, scheme, _bank, zhang, _li = station
    soap = goods.add_goods(db, "洗衣粉", 500, stock=2, scheme_id=scheme.id)
    with pytest.raises(ValidationError, match="余额"):
        goods.redeem(db, zhang, [(soap.id, 1)])
    points.award(db, zhang, 2000, scheme.id, "表彰")
    with pytest.raises(ValidationError, match="库存"):
        goods.redeem(db, zhang, [(soap.id, 3)])
    slip = goods.redeem(db, zhang, [(soap.id, 2)])
    assert points.balance(db, zhang, scheme.id) == 1000
    assert goods.find_goods(db, "洗衣粉").stock == 0
    data = goods.slip(db, slip.id)
    assert data.total == 1000 and data.balance_after == 1000 and data.lines[0].qty == 2
    goods.void_redemption(db, slip.id, "退回")
    assert points.balance(db, zhang, scheme.id) == 2000 and goods.find_goods(db, "洗衣粉").stock == 2
    goods.receive(db, soap.id, 10)
    goods.count_stock(db, soap.id, 11)
    sheet = goods.stock_sheet(db, date.today().replace(day=1), date(2100, 1, 1))
    assert sheet[0].closing == 11 and sheet[0].received == 12
    with pytest.raises(NotFound):
        goods.find_goods(db, "酱油")


def test_points_expire_after_the_validity_oldest_first(db):
    scheme = points.add_scheme(db, "道德银行", validity_months=12)
    zhang = add_volunteer(db, name="张三").id
    old = points.award(db, zhang, 500, scheme.id, "2024 年好人好事", on_date=date(2024, 3, 1))
    points.award(db, zhang, 300, scheme.id, "2025 年好人好事", on_date=date(2025, 1, 10))
    points.award(db, zhang, -200, scheme.id, "兑换前扣减", on_date=date(2024, 6, 1))  # uses the oldest lot first
    report = points_rules.derive(db, today=date(2025, 6, 1))
    assert report.added == 1  # 300 left of the 2024 lot expired on 2025-03-01; the 2025 lot is still valid
    assert points.balance(db, zhang, scheme.id) == 300
    expired = [ln for ln in points.statement(db, zhang, scheme.id).lines if ln.kind == "expired"]
    assert expired[0].points == -300 and expired[0].on_date == date(2025, 3, 1)
    assert points_rules.derive(db, today=date(2025, 6, 1)).added == 0  # idempotent
    points.void_entry(db, old.id, "记错了")  # the lot is gone: its expiry is recomputed away
    points_rules.derive(db, today=date(2025, 6, 1))
    assert points.balance(db, zhang, scheme.id) == 100  # 300 - 200, nothing left to expire yet
    assert points_rules.derive(db, today=date(2026, 2, 1)).added == 1
    assert points.balance(db, zhang, scheme.id) == 0


def test_requests_rated_satisfied_earn_through_the_requests_service(station, monkeypatch):
    """The rule reads `satisfied_services` (issue 12's entry point); one fact per volunteer who served."""
    import sys
    import types
    from dataclasses import dataclass

    db, scheme, _bank, zhang, li = station

    @dataclass(frozen=True)
    class Served:
        request_id: str
        done_at: datetime
        volunteer_ids: tuple

    served = [Served("r1", datetime(2026, 5, 1, 10), (zhang, li)), Served("r2", datetime(2026, 6, 1, 10), (zhang,))]
    fake = types.ModuleType("desktop.services.request_queries")
    fake.satisfied_services = lambda _db: list(served)
    monkeypatch.setitem(sys.modules, "desktop.services.request_queries", fake)
    points.add_rule(db, scheme.id, "per_request", 300, starts_on=TODAY, today=TODAY)
    points_rules.derive(db, today=date(2026, 12, 1))
    assert points.balance(db, zhang, scheme.id) == 600 and points.balance(db, li, scheme.id) == 300
    served.pop()  # the second rating was withdrawn (reopened): its points are voided
    points_rules.derive(db, today=date(2026, 12, 1))
    assert points.balance(db, zhang, scheme.id) == 300


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(st.sampled_from(["张三", "李四", "王五", "赵六"]), st.booleans(),
                                 st.lists(st.tuples(st.booleans(), st.integers(-500, 500)), max_size=4)),
                       min_size=1, max_size=12),
       first=st.integers(1, 14))
def test_first_screenful_is_the_head_of_every_balance(tmp_path_factory, people, first):
    """The 积分 page's first screenful (index ranges per volunteer) is exactly the head of the
    full list (one GROUP BY), in name order, whatever the names, statuses and entries."""
    from desktop.db import Database
    from desktop.services.station import setup_station
    from desktop.services.volunteers import exit_volunteer

    db = Database(tmp_path_factory.mktemp("first"))
    setup_station(db, name="测试站")
    shop, bank = points.add_scheme(db, "积分超市").id, points.add_scheme(db, "时间银行", "小时").id
    for name, exited, entries in people:
        vid = add_volunteer(db, name=name).id
        for in_bank, amount in entries:
            if amount:
                points.award(db, vid, amount, bank if in_bank else shop, "测试")
        if exited:
            exit_volunteer(db, vid, reason="外出务工")
    order = {s.id: n for n, s in enumerate(points.list_schemes(db))}
    full = sorted(points.balance_rows(db, include_zero=True), key=lambda r: (r.name, r.volunteer_id, order[r.scheme_id]))
    head = points.first_balance_rows(db, first)
    assert head == full[:len(head)]
    assert len({r.volunteer_id for r in head}) == min(first, len({r.volunteer_id for r in full}))
    db.close()
