"""Periods (a month, a year, or any range): what papers, certificates and the
target check count over. Plain values, no database; the print formatting
helpers are in desktop.reports.format."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.errors import ValidationError
from desktop.i18n import translate


@dataclass(frozen=True)
class Period:
    start: datetime  # inclusive
    end: datetime  # exclusive
    label: str

    @property
    def last_day(self) -> date:
        return date.fromordinal(self.end.toordinal() - 1)


def month(year: int, month_no: int) -> Period:
    start = datetime(year, month_no, 1)
    end = datetime(year + (month_no == 12), month_no % 12 + 1, 1)
    return Period(start, end, translate("periods", "{month}/{year}").format(year=year, month=month_no))


def year(year_no: int) -> Period:
    return Period(datetime(year_no, 1, 1), datetime(year_no + 1, 1, 1), translate("periods", "{year}").format(year=year_no))


def span(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError(translate("periods", "The end date cannot be earlier than the start date."), field="period")
    start = datetime(first.year, first.month, first.day)
    end = datetime.fromordinal(last.toordinal() + 1)
    return Period(start, end, translate("periods", "{first:%Y-%m-%d} to {last:%Y-%m-%d}").format(first=first, last=last))


def parse_month(text: str) -> Period:
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})月?\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(translate("periods", "The month “{text}” is not in the right form; write it like “2026-03”.").format(text=text), field="month")
    return month(int(match.group(1)), int(match.group(2)))


def parse_year(text: str | int) -> Period:
    value = str(text).strip().rstrip("年")
    if not value.isdigit() or not 2000 <= int(value) <= 2100:
        raise ValidationError(translate("periods", "The year “{text}” is not in the right form; write it like “2026”.").format(text=text), field="year")
    return year(int(value))
