"""The console's pure parts: its target rules mirror the station's, and the judging rules."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n import translate
from desktop.services.targets import LABELS, TargetRules, label
from server.console.judge import MET, NOT_APPLICABLE, UNMET, score, targets
from server.console.rules import INDICATORS, TARGETS, stars_for


def test_the_county_target_rules_are_the_stations_rules():
    assert {f.name: f.default for f in fields(TargetRules)} == {k: d for k, (_label, d) in TARGETS.items()}
    assert {k: text for k, (text, _d) in TARGETS.items()} == LABELS  # the same English sources
    assert {k: translate("server.console", text) for k, (text, _d) in TARGETS.items()} == {k: label(k) for k in LABELS}
    assert sum(i.points for i in INDICATORS) == 100


def _fig(activities=0, lectures=0, volunteers=0, party=0, served=0, party_served=0, partner=False):
    return {"volunteers": volunteers, "party": party, "has_partner": partner,
            "months": {"2026-06": {"activities": activities, "lectures": lectures, "partner": 0,
                                   "first_saturday": False, "minutes": 0, "served": served,
                                   "party_served": party_served, "activity_ids": []}},
            "years": {"2026": {"minutes": served * 600, "served": served, "party_served": party_served,
                               "active": 0}}}


def test_nothing_to_measure_is_not_applicable_never_met():
    results = {r["key"]: r["status"] for r in targets(_fig(), "2026-06", {k: d for k, (_l, d) in TARGETS.items()})}
    assert results["party_share"] == NOT_APPLICABLE and results["served_share"] == NOT_APPLICABLE
    assert results["partner_per_month"] == NOT_APPLICABLE and results["activities_per_month"] == UNMET


def test_yearly_rules_are_pro_rata():
    rules = {"served_share": 50}
    assert targets(_fig(volunteers=10, served=3), "2026-06", rules)[0]["status"] == MET  # 30% >= 25% by June
    assert targets(_fig(volunteers=10, served=3), "2026-12", rules)[0]["status"] == UNMET


@given(st.integers(0, 100))
def test_stars_grow_with_the_score(total):
    assert 1 <= stars_for(total) <= 5
    assert stars_for(total) <= stars_for(min(100, total + 10))


def test_inspector_marks_count_and_never_exceed_the_points():
    fig = _fig(volunteers=4, served=4)
    fig["address"], fig["head_name"], fig["teams_with_members"] = "村委会", "王站长", 3
    empty = score(fig, 2026, list(INDICATORS), {})
    marked = score(fig, 2026, list(INDICATORS), {"signage": {"score": 99, "note": "门牌齐全"}})
    assert marked["total"] == empty["total"] + 10 and not empty["complete"]
