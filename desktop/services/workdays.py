"""Working days 工作日 for the record rule (record a held activity within 10
working days), from China's official holiday calendar: public holidays are
off, and the weekend days swapped into workdays (调休) are working days.

The calendar comes from the `chinese-calendar` package, which knows the
years the State Council has published. For a year it does not know yet the
count falls back to Monday to Friday, and says so (`WorkdayCount.guessed`),
so the warning can tell the station head the date may move.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar


def official(day: date) -> bool | None:
    """True/False when the official calendar knows the day, None when its year is not published."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def is_workday(day: date) -> tuple[bool, bool]:
    """(working day?, from the official calendar?); an unknown year counts Monday to Friday."""
    known = official(day)
    if known is None:
        return day.weekday() < 5, False
    return known, True


@dataclass(frozen=True)
class WorkdayCount:
    day: date  # the last of the working days
    guessed: bool  # some day in the count is in a year the holiday calendar does not know: weekends only


def add_working_days(start: date, count: int) -> WorkdayCount:
    """The `count`-th working day after `start` (start itself not counted)."""
    day, guessed = start, False
    while count > 0:
        day += timedelta(days=1)
        working, known = is_workday(day)
        guessed = guessed or not known
        if working:
            count -= 1
    return WorkdayCount(day, guessed)
