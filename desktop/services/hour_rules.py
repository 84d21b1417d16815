"""Service-hour rules as pure functions (no database, no Qt).

The rules a county sets for how sign-in/sign-out pairs become service minutes:

- a session runs from the sign-in to the sign-out; with no sign-out and the
  automatic sign-out on, it ends at the activity's end and is flagged for the
  station head; a sign-out before the sign-in counts nothing (never negative);
- a session that runs past midnight is split at midnight, so each calendar
  day gets its own part (the daily cap is per day);
- per volunteer and day the minutes are rounded to the configured step
  (1, 5, 10 or 15 minutes; down or to the nearest step), then capped.

Everything here is deterministic and tested with Hypothesis.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta

from desktop.errors import ValidationError
from desktop.i18n import translate

ROUNDING_STEPS = (1, 5, 10, 15)
ROUNDING_MODES = ("down", "nearest")


@dataclass(frozen=True)
class HourRules:
    rounding: int = 5  # minutes; 1 = no rounding
    rounding_mode: str = "down"  # "down" keeps hours defensible when disputed
    daily_cap_minutes: int = 480  # 0 = no cap
    auto_signout: bool = True  # forgotten sign-out ends at the activity's end, flagged
    active_hours: int = 24  # "active volunteer": at least this many hours in the year
    target_hours: int = 20  # yearly service target per volunteer

    def checked(self) -> HourRules:
        if self.rounding not in ROUNDING_STEPS:
            raise ValidationError(translate("services.hour_rules", "The rounding step can only be {steps} minutes.").format(
                steps=translate("services.hour_rules", ", ").join(map(str, ROUNDING_STEPS))), field="rounding")
        if self.rounding_mode not in ROUNDING_MODES:
            raise ValidationError(translate("services.hour_rules", "The rounding can only be “down” or “to the nearest”."), field="rounding_mode")
        if not 0 <= self.daily_cap_minutes <= 24 * 60:
            raise ValidationError(translate("services.hour_rules", "The daily limit must be between 0 and 24 hours (0 means no limit)."),
                                  field="daily_cap_minutes")
        if not 0 < self.active_hours <= 1000 or not 0 < self.target_hours <= 1000:
            raise ValidationError(translate("services.hour_rules", "The active standard and the yearly target must be 1 to 1000 hours."), field="target_hours")
        return self

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> HourRules:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        try:
            return replace(cls(), **known).checked()
        except (TypeError, ValidationError):
            return cls()  # a damaged setting falls back to the defaults rather than blocking the app


@dataclass(frozen=True)
class Session:
    """One volunteer at one activity: the interval that counts, if any."""

    volunteer_id: str
    activity_id: str
    start: datetime
    end: datetime
    auto: bool = False  # ended by the automatic sign-out: flagged for the station head
    parts: dict[date, int] = field(default_factory=dict)  # seconds per calendar day


def session_interval(signed_in: datetime | None, signed_out: datetime | None, activity_end: datetime,
                     rules: HourRules, now: datetime) -> tuple[datetime, datetime, bool] | None:
    """(start, end, auto) of the counted interval, or None when nothing counts yet."""
    if signed_in is None:
        return None
    if signed_out is not None:
        return (signed_in, max(signed_in, signed_out), False)
    if not rules.auto_signout or now < activity_end:
        return None  # still on duty, or the rule is off
    return (signed_in, max(signed_in, activity_end), True)


def split_by_day(start: datetime, end: datetime) -> dict[date, int]:
    """Whole seconds of [start, end) falling on each calendar day."""
    parts: dict[date, int] = {}
    cursor = start
    while cursor < end:
        midnight = datetime.combine(cursor.date() + timedelta(days=1), time())
        stop = min(end, midnight)
        seconds = int((stop - cursor).total_seconds())
        if seconds > 0:  # a sub-second sliver is no service time
            parts[cursor.date()] = parts.get(cursor.date(), 0) + seconds
        cursor = stop
    return parts


def round_minutes(seconds: int, rules: HourRules) -> int:
    """Seconds to whole minutes on the rounding step; never negative."""
    if seconds <= 0:
        return 0
    step = rules.rounding * 60
    if rules.rounding_mode == "nearest":
        return (seconds + step // 2) // step * rules.rounding
    return seconds // step * rules.rounding


def day_minutes(seconds: int, rules: HourRules) -> int:
    """One volunteer's minutes for one day: rounded, then capped."""
    minutes = round_minutes(seconds, rules)
    if rules.daily_cap_minutes:
        minutes = min(minutes, rules.daily_cap_minutes)
    return minutes


def make_session(volunteer_id: str, activity_id: str, signed_in: datetime | None, signed_out: datetime | None,
                 activity_end: datetime, rules: HourRules, now: datetime) -> Session | None:
    interval = session_interval(signed_in, signed_out, activity_end, rules, now)
    if interval is None:
        return None
    start, end, auto = interval
    return Session(volunteer_id, activity_id, start, end, auto, split_by_day(start, end))


def minutes_per_day(sessions: Iterable[Session], rules: HourRules) -> dict[tuple[str, date], int]:
    """(volunteer, day) -> counted minutes, after rounding and the daily cap."""
    seconds: dict[tuple[str, date], int] = defaultdict(int)
    for session in sessions:
        for day, secs in session.parts.items():
            seconds[(session.volunteer_id, day)] += secs
    return {key: day_minutes(secs, rules) for key, secs in seconds.items()}


def minutes_per_session(sessions: Iterable[Session], rules: HourRules) -> dict[tuple[str, str], int]:
    """(activity, volunteer) -> counted minutes, under the one rule of minutes_per_day: a
    volunteer's day is rounded and capped as a whole, and the day's minutes go to that day's
    sessions in the order they started (the first session first, until the cap is reached).
    So a volunteer's sessions always add up to their daily totals, whichever way one counts."""
    parts: dict[tuple[str, date], list[tuple[datetime, str, int]]] = defaultdict(list)
    for session in sessions:
        for day, secs in session.parts.items():
            parts[(session.volunteer_id, day)].append((session.start, session.activity_id, secs))
    out: dict[tuple[str, str], int] = defaultdict(int)
    for (volunteer, _day), items in parts.items():
        running, given = 0, 0
        for _start, activity, secs in sorted(items):
            running += secs
            counted = day_minutes(running, rules)  # never decreases as seconds grow
            out[(activity, volunteer)] += counted - given
            given = counted
    return dict(out)


def session_minutes(session: Session, rules: HourRules) -> int:
    """A single session's minutes on its own (each day rounded and capped), as if the volunteer
    did nothing else that day; lists use minutes_per_session, which shares the cap across the day."""
    return sum(day_minutes(secs, rules) for secs in session.parts.values())


def format_minutes(minutes: int) -> str:
    """540 -> "9 h" (9小时 in Chinese), 95 -> "1 h 35 min" (1小时35分)."""
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        return translate("services.hour_rules", "{sign}{hours} h {minutes} min").format(sign=sign, hours=hours, minutes=rest)
    if hours:
        return translate("services.hour_rules", "{sign}{hours} h").format(sign=sign, hours=hours)
    return translate("services.hour_rules", "{sign}{minutes} minutes").format(sign=sign, minutes=rest)
