"""Periods (a month, a year, or any range): what papers, certificates and the
target check count over. Plain values, no database; the print formatting
helpers are in desktop.reports.format."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from desktop.errors import ValidationError


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
    return Period(start, end, f"{year}年{month_no}月")


def year(year_no: int) -> Period:
    return Period(datetime(year_no, 1, 1), datetime(year_no + 1, 1, 1), f"{year_no}年")


def span(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError("结束日期不能早于开始日期。", field="period")
    start = datetime(first.year, first.month, first.day)
    end = datetime.fromordinal(last.toordinal() + 1)
    return Period(start, end, f"{first:%Y年%m月%d日}至{last:%Y年%m月%d日}")


def parse_month(text: str) -> Period:
    match = re.fullmatch(r"\s*(\d{4})[-/.年](\d{1,2})月?\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError(f"月份“{text}”格式不对，请写成“2026-03”。", field="month")
    return month(int(match.group(1)), int(match.group(2)))


def parse_year(text: str | int) -> Period:
    value = str(text).strip().rstrip("年")
    if not value.isdigit() or not 2000 <= int(value) <= 2100:
        raise ValidationError(f"年份“{text}”格式不对，请写成“2026”。", field="year")
    return year(int(value))
