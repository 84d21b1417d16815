"""Fetch one live row: the one place that says "missing or deleted is NotFound".

    activity = live(session, Activity, activity_id)              # default message for the table
    volunteer = live(session, Volunteer, vid, "找不到这位志愿者。")  # or the caller's own

`live_row(row, Model)` checks a row the caller already has (e.g. after a
look-up by prefix). Soft-deleted rows (`deleted_at` set) count as missing.
"""

from __future__ import annotations

from typing import TypeVar

from desktop.errors import NotFound

T = TypeVar("T")

MISSING = {
    "activity": "找不到这个活动，可能已被删除。",
    "volunteer": "找不到这位志愿者，可能已被删除。",
    "team": "找不到这个队伍，可能已被删除。",
    "photo": "找不到这张照片。",
    "household": "找不到这一户，可能已被删除。请刷新后重试。",
}


def live_row(row: T | None, model: type[T], message: str | None = None) -> T:
    """`row` itself, or NotFound if it is None or soft-deleted."""
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(message or MISSING.get(model.__tablename__, "找不到这条记录，可能已被删除。"))
    return row


def live(session, model: type[T], row_id: str | None, message: str | None = None) -> T:
    """The row of `model` with id `row_id`, or NotFound if it is missing or soft-deleted."""
    return live_row(session.get(model, row_id) if row_id else None, model, message)
