"""How papers print values: hours to the hundredth, masked ID numbers and
phones, dates and times, names in pinyin order."""

from __future__ import annotations

from datetime import date, datetime

from pypinyin import lazy_pinyin

from desktop.validators import mask_id_card


def hours(minutes: int) -> float:
    """Minutes as hours for the papers, to the hundredth (95 -> 1.58)."""
    return round(minutes / 60, 2)


def show_id(number: str | None, full: bool) -> str:
    return (number or "") if full else mask_id_card(number)


def show_phone(phone: str | None, full: bool) -> str:
    phone = phone or ""
    if full or len(phone) != 11:
        return phone
    return phone[:3] + "****" + phone[-4:]


def day(value: datetime | date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def clock(value: datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""


def pinyin_key(name: str) -> list[str]:
    return lazy_pinyin(name)
