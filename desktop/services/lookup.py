"""Fetch one live row: the one place that says "missing or deleted is NotFound".

    activity = live(session, Activity, activity_id)              # default message for the table
    volunteer = live(session, Volunteer, vid, translate("services.x", "No such volunteer."))  # or the caller's own

`live_row(row, Model)` checks a row the caller already has (e.g. after a
look-up by prefix). Soft-deleted rows (`deleted_at` set) count as missing.
"""

from __future__ import annotations

from typing import TypeVar

from desktop.errors import NotFound
from desktop.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")

MISSING = {  # translated when raised
    "activity": QT_TRANSLATE_NOOP("services.lookup", "This activity was not found; it may have been deleted."),
    "volunteer": QT_TRANSLATE_NOOP("services.lookup", "This volunteer was not found; they may have been deleted."),
    "team": QT_TRANSLATE_NOOP("services.lookup", "This team was not found; it may have been deleted."),
    "photo": QT_TRANSLATE_NOOP("services.lookup", "This photo was not found."),
    "household": QT_TRANSLATE_NOOP("services.lookup", "This household was not found; it may have been deleted. Refresh and try again."),
}
OTHER = QT_TRANSLATE_NOOP("services.lookup", "This record was not found; it may have been deleted.")


def live_row(row: T | None, model: type[T], message: str | None = None) -> T:
    """`row` itself, or NotFound if it is None or soft-deleted."""
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(message or translate("services.lookup", MISSING.get(model.__tablename__, OTHER)))
    return row


def live(session, model: type[T], row_id: str | None, message: str | None = None) -> T:
    """The row of `model` with id `row_id`, or NotFound if it is missing or soft-deleted."""
    return live_row(session.get(model, row_id) if row_id else None, model, message)
