"""Where papers, certificates and the target check get service minutes from:
one adapter over the hours service (desktop.services.hours), so every paper
counts hours exactly as the hours screens do.

The papers need minutes per (volunteer, activity) over a period, which the
hours service gives per activity (`activity_attendance`), plus manual
entries not tied to any activity, listed here as they are recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlmodel import select

from desktop.db import Database
from desktop.models import Activity, HourCorrection
from desktop.progress import Progress, step
from desktop.reports.base import CANCELLED
from desktop.reports.data import Attendance
from desktop.services import hours


def activities_between(db: Database, start: datetime, end: datetime) -> list[Activity]:
    """Activities starting in [start, end), oldest first; residents_reached is the total."""
    from desktop.services.residents import tap_sums, with_totals

    with db.read() as session:
        query = (select(Activity).where(Activity.deleted_at.is_(None), Activity.start_at >= start,
                                        Activity.start_at < end).order_by(Activity.start_at))
        rows = list(session.exec(query))
        sums = tap_sums(session)
    return with_totals(rows, sums)


def activity_attendance(db: Database, activity_id: str) -> list[Attendance]:
    """Everyone at one activity with their minutes (corrections tied to it included)."""
    return [Attendance(r.volunteer_id, activity_id, r.signed_in, r.signed_out, r.minutes, r.auto, source=r.source)
            for r in hours.activity_attendance(db, activity_id)]


def loose_entries(db: Database, start: datetime, end: datetime, volunteer_id: str | None = None) -> list[Attendance]:
    """Manual hour entries without an activity, dated in [start, end), voided ones left out."""
    with db.read() as session:
        rows = list(session.exec(select(HourCorrection)))
    voided = {r.voids for r in rows if r.voids}
    return [Attendance(r.volunteer_id, None, None, None, r.minutes, False, r.reason)
            for r in rows if not r.voids and r.id not in voided and r.activity_id is None
            and start <= r.service_date < end and (volunteer_id is None or r.volunteer_id == volunteer_id)]


def service_entries(db: Database, start: datetime, end: datetime, volunteer_id: str | None = None,
                    activities: Iterable[Activity] | None = None, progress: Progress | None = None) -> list[Attendance]:
    """Every counted entry in [start, end): attendance at activities held then, and loose entries.
    `progress` hears of each activity read (and may cancel)."""
    acts = list(activities) if activities is not None else activities_between(db, start, end)
    rows = []
    for index, act in enumerate(acts):
        rows += [r for r in activity_attendance(db, act.id) if volunteer_id is None or r.volunteer_id == volunteer_id]
        step(progress, index + 1, len(acts), CANCELLED)
    return rows + loose_entries(db, start, end, volunteer_id)


def minutes_by_volunteer(db: Database, start: datetime, end: datetime) -> dict[str, int]:
    return hours.minutes_by_volunteer(db, start, end)
