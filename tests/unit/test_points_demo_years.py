"""A rule set over the demo station's two years: every service hour earns exactly its points,
voiding a sign-in voids its points, a rule change on a date leaves earlier points unchanged."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import select

from desktop.models import Activity, PointEntry
from desktop.services import demo, hours, points, points_rules, points_rulesets
from desktop.services.activities import void_signin

START = date.today() - timedelta(days=3 * 365)


@pytest.fixture(scope="module")
def station(tmp_path_factory):
    from desktop.db import Database
    from desktop.services.station import setup_station

    db = Database(tmp_path_factory.mktemp("demo") / "data")
    setup_station(db, name="演示村新时代文明实践站", head_name="王站长")
    demo.generate(db, volunteers=80, activities=160, seed=7)
    points_rulesets.adopt(db, "积分超市通用规则（县中心示范）", starts_on=START)
    points_rulesets.adopt(db, "时间银行规则（县中心示范）", starts_on=START)
    first = points_rules.derive(db)
    assert first.added > 0
    yield db
    db.close()


def _entries(db, **where) -> list[PointEntry]:
    with db.read() as s:
        query = select(PointEntry)
        for key, value in where.items():
            query = query.where(getattr(PointEntry, key) == value)
        return list(s.exec(query))


def _live_by_source(db, rule_id: str) -> dict[str, int]:
    rows = _entries(db, rule_id=rule_id)
    voided = {e.voids for e in rows if e.voids}
    out: dict[str, int] = {}
    for e in rows:
        if e.kind == "earned" and e.id not in voided:
            assert e.source not in out, f"doubled: {e.source}"
            out[e.source] = e.points
    return out


def _rule(db, scheme_name: str, kind: str):
    scheme = points.find_scheme(db, scheme_name)
    return next(r for r in points.list_rules(db, scheme.id) if r.kind == kind and r.ends_on is None)


def test_every_service_hour_earns_exactly_its_points(station):
    db = station
    shop, bank = _rule(db, "积分超市", "per_hour"), _rule(db, "时间银行", "per_hour")
    shop_points, bank_points = _live_by_source(db, shop.id), _live_by_source(db, bank.id)
    with db.read() as s:
        acts = [a.id for a in s.exec(select(Activity).where(Activity.deleted_at.is_(None)))]
    checked = 0
    for act in acts:
        for row in hours.activity_attendance(db, act):
            source = f"attend:{act}:{row.volunteer_id}"
            assert shop_points.get(source, 0) == row.minutes // 60 * 100  # 1 分 per whole hour
            assert bank_points.get(source, 0) == row.minutes // 30 * 50  # hours to the half hour
            checked += 1
    assert checked > 1000
    assert points_rules.derive(db).added == 0  # re-running changes nothing


def test_voiding_a_signin_voids_its_points(station):
    db = station
    shop = _rule(db, "积分超市", "per_hour")
    source, amount = next((s, p) for s, p in sorted(_live_by_source(db, shop.id).items()) if p >= 200)
    _kind, act, vol = source.split(":")
    earned = [e for e in _entries(db, source=source, scheme_id=shop.scheme_id) if e.kind == "earned"]
    before = points.balance(db, vol, shop.scheme_id)
    void_signin(db, act, vol, "签错了")
    assert points_rules.derive(db).voided >= len(earned)
    voids = {e.voids: e.points for e in _entries(db, source=source, kind="voided")}
    assert {e.id for e in earned} <= set(voids) and voids[next(e.id for e in earned if e.rule_id == shop.id)] == -amount
    assert points.balance(db, vol, shop.scheme_id) == before - sum(e.points for e in earned)
    assert points_rules.derive(db).voided == 0


def test_a_rule_change_leaves_earlier_points_unchanged(station):
    db = station
    shop = _rule(db, "积分超市", "per_hour")
    on = date.today() - timedelta(days=365)
    before = {e.id: (e.points, e.on_date) for e in _entries(db, rule_id=shop.id, kind="earned")}
    voided_before = {e.voids for e in _entries(db, kind="voided")}
    new = points.change_rule(db, shop.id, 300, starts_on=on, today=on)
    points_rules.derive(db)
    after_voids = {e.voids for e in _entries(db, kind="voided")}
    for entry_id, (_pts, day) in before.items():
        if day < on:
            assert entry_id not in after_voids - voided_before, "an earlier point was touched"
        else:
            assert entry_id in after_voids  # from the change on, the new rule counts
    earned_new = _entries(db, rule_id=new.id, kind="earned")
    assert earned_new and all(e.on_date >= on for e in earned_new)
    assert all(e.points % 300 == 0 for e in earned_new)
    assert points_rules.derive(db).added == 0
