"""Figures for the home screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import func, select

from desktop.db import Database
from desktop.models import Activity, Station, Team, Volunteer
from desktop.sync.journal import pending_count
from desktop.validators import is_party_member


@dataclass(frozen=True)
class Summary:
    station: Station | None
    volunteers_active: int
    volunteers_exited: int
    party_members: int
    teams: int
    activities_month: int
    lectures_month: int
    activities_year: int
    pending_changes: int
    requests_open: int = 0  # residents' requests waiting for dispatch or acceptance
    requests_overdue: int = 0  # of them, past their menu item's response time


def month_start(day: date) -> datetime:
    return datetime(day.year, day.month, 1)


def next_month(start: datetime) -> datetime:
    return datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)


def station_summary(db: Database, today: date | None = None) -> Summary:
    today = today or date.today()
    start = month_start(today)
    end = next_month(start)
    year = datetime(today.year, 1, 1)
    from desktop.services.request_queries import queue_counts

    waiting = queue_counts(db)
    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        live = select(Volunteer.status, Volunteer.political_status).where(Volunteer.deleted_at.is_(None))
        rows = session.exec(live).all()
        active = [p for s, p in rows if s == "active"]
        acts = select(func.count()).select_from(Activity).where(Activity.deleted_at.is_(None))
        month = acts.where(Activity.start_at >= start, Activity.start_at < end)
        return Summary(
            station=station,
            volunteers_active=len(active),
            volunteers_exited=len(rows) - len(active),
            party_members=sum(1 for p in active if is_party_member(p)),
            teams=session.exec(select(func.count()).select_from(Team).where(Team.deleted_at.is_(None))).one(),
            activities_month=session.exec(month).one(),
            lectures_month=session.exec(month.where(Activity.theory_lecture.is_(True))).one(),
            activities_year=session.exec(acts.where(Activity.start_at >= year,
                                                    Activity.start_at < datetime(today.year + 1, 1, 1))).one(),
            pending_changes=pending_count(session),
            requests_open=waiting["new"] + waiting["dispatched"],
            requests_overdue=waiting["overdue"],
        )
