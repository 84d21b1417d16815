"""Hour rules (pure): never negative, rounding, the daily cap, past midnight, auto sign-out."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.hour_rules import (
    ROUNDING_STEPS,
    HourRules,
    format_minutes,
    make_session,
    minutes_per_day,
    round_minutes,
    session_minutes,
    split_by_day,
)

rules_st = st.builds(HourRules, rounding=st.sampled_from(ROUNDING_STEPS), rounding_mode=st.sampled_from(["down", "nearest"]),
                     daily_cap_minutes=st.integers(0, 24 * 60), auto_signout=st.booleans())
moments = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2027, 12, 31))
durations = st.timedeltas(min_value=timedelta(hours=-30), max_value=timedelta(hours=30))


@given(rules_st, moments, durations, durations, moments)
def test_never_negative_and_on_the_step(rules, signed_in, out_delta, end_delta, now):
    session = make_session("v", "a", signed_in, signed_in + out_delta, signed_in + end_delta, rules, now)
    assert session is not None
    minutes = session_minutes(session, rules)
    assert minutes >= 0
    for day_minutes in minutes_per_day([session], rules).values():
        assert day_minutes % rules.rounding == 0 or day_minutes == rules.daily_cap_minutes
    if out_delta <= timedelta(0):
        assert minutes == 0  # a sign-out before the sign-in (a wrong clock) counts nothing


@given(st.integers(-10_000, 200_000), rules_st)
def test_rounding(seconds, rules):
    minutes = round_minutes(seconds, rules)
    assert minutes >= 0 and minutes % rules.rounding == 0
    exact = max(0, seconds) / 60
    if rules.rounding_mode == "down":
        assert minutes <= exact < minutes + rules.rounding
    else:
        assert abs(minutes - exact) <= rules.rounding / 2


def test_rounding_examples():
    five, fifteen_near = HourRules(rounding=5), HourRules(rounding=15, rounding_mode="nearest")
    assert round_minutes(124 * 60 + 59, five) == 120
    assert round_minutes(125 * 60, five) == 125
    assert round_minutes(7 * 60 + 30, fifteen_near) == 15
    assert round_minutes(7 * 60 + 29, fifteen_near) == 0


@given(st.lists(st.tuples(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=20))),
                min_size=1, max_size=6), rules_st)
def test_daily_cap_holds_for_every_day(visits, rules):
    sessions = [make_session("v", f"a{i}", start, start + length, start + length, rules, start + length)
                for i, (start, length) in enumerate(visits)]
    per_day = minutes_per_day([s for s in sessions if s], rules)
    for minutes in per_day.values():
        assert minutes >= 0
        if rules.daily_cap_minutes:
            assert minutes <= rules.daily_cap_minutes
    total_seconds = sum(int(length.total_seconds()) for _start, length in visits)
    assert sum(per_day.values()) <= total_seconds / 60 + rules.rounding * len(per_day)


@given(moments, st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=3)))
def test_split_by_day_keeps_every_second(start, length):
    parts = split_by_day(start, start + length)
    assert sum(parts.values()) == int(length.total_seconds()) or abs(sum(parts.values()) - length.total_seconds()) < len(parts) + 1
    assert all(0 < s <= 86400 for s in parts.values())


def test_past_midnight_is_split_and_capped_per_day():
    rules = HourRules(rounding=5, daily_cap_minutes=120)
    # 22:00 to 01:30: 120 min on the first day, 90 on the second; each day within the 2 h cap.
    session = make_session("v", "a", datetime(2026, 2, 16, 22), datetime(2026, 2, 17, 1, 30),
                           datetime(2026, 2, 17, 1), rules, datetime(2026, 3, 1))
    assert session.parts == {date(2026, 2, 16): 7200, date(2026, 2, 17): 5400}
    assert session_minutes(session, rules) == 210
    assert minutes_per_day([session], rules) == {("v", date(2026, 2, 16)): 120, ("v", date(2026, 2, 17)): 90}


def test_auto_signout_at_the_end_flagged():
    rules = HourRules(rounding=1)
    start, end = datetime(2026, 3, 7, 9), datetime(2026, 3, 7, 11)
    during = make_session("v", "a", start, None, end, rules, now=end - timedelta(minutes=1))
    assert during is None  # still on duty
    after = make_session("v", "a", start, None, end, rules, now=end + timedelta(days=1))
    assert after.auto and after.end == end and session_minutes(after, rules) == 120
    off = HourRules(auto_signout=False)
    assert make_session("v", "a", start, None, end, off, now=end + timedelta(days=1)) is None
    late = make_session("v", "a", end + timedelta(hours=1), None, end, rules, now=end + timedelta(days=1))
    assert session_minutes(late, rules) == 0  # signed in after the end and never out: nothing


def test_rules_round_trip_and_damage():
    rules = HourRules(rounding=15, rounding_mode="nearest", daily_cap_minutes=0)
    assert HourRules.from_dict(rules.as_dict()) == rules
    assert HourRules.from_dict({"rounding": 7}) == HourRules()
    assert HourRules.from_dict(None) == HourRules()
    assert format_minutes(95) == "1小时35分" and format_minutes(120) == "2小时" and format_minutes(5) == "5分钟"
