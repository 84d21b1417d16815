"""Residents reached 服务群众人次: a grow-only count.

The figure is the activity's typed-in base (Activity.residents_reached, as
edited in the activity) plus every tap of the kiosk's resident counter
(ResidentTap rows, +1 or -1). Each PC's taps are its own append-only rows,
so two PCs counting the same activity merge by union and no tap is lost;
the total is computed when read, never stored.

Activities read through desktop.services.activities (get_activity,
list_activities, activity_rows) carry the total in `residents_reached`;
saving a figure in the activity sets the base so that the total is what was
typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func
from sqlmodel import select

from desktop.db import Database
from desktop.models import Activity, ResidentTap
from desktop.services.lookup import live


def total(base: int, deltas: Iterable[int]) -> int:
    """The figure shown: the base plus every tap, never below zero."""
    return max(0, base + sum(deltas))


def tap_sums(session, activity_ids: Iterable[str] | None = None) -> dict[str, int]:
    """activity id -> the sum of its taps (activities without taps left out)."""
    query = select(ResidentTap.activity_id, func.sum(ResidentTap.delta)).group_by(ResidentTap.activity_id)
    if activity_ids is not None:
        ids = list(activity_ids)
        if not ids:
            return {}
        if len(ids) <= 500:
            query = query.where(ResidentTap.activity_id.in_(ids))
    return {act: int(n or 0) for act, n in session.exec(query).all()}


def with_totals(activities: list[Activity], sums: dict[str, int]) -> list[Activity]:
    """Put the total into each (detached) activity's residents_reached, for showing and printing."""
    for activity in activities:
        if sums.get(activity.id):
            activity.residents_reached = total(activity.residents_reached, [sums[activity.id]])
    return activities


def residents(db: Database, activity_id: str) -> int:
    with db.read() as session:
        activity = live(session, Activity, activity_id)
        return total(activity.residents_reached, [tap_sums(session, [activity_id]).get(activity_id, 0)])


def add_tap(db: Database, activity_id: str, delta: int = 1, actor: str = "签到台",
            now: datetime | None = None) -> int:
    """Record one tap (+1, or -1 to undo one; any other step too) as this PC's own row; returns
    the new total. An undo never takes the count below 0 (at 0 it records nothing)."""
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id)
        taps = tap_sums(session, [activity_id]).get(activity_id, 0)
        current = total(activity.residents_reached, [taps])
        delta = max(int(delta), -current)
        if delta == 0:
            return current
        session.add(ResidentTap(activity_id=activity_id, delta=delta, at=now or datetime.now(), operator=actor))
        return total(activity.residents_reached, [taps, delta])


def base_for(session, activity_id: str, wanted_total: int) -> int:
    """The base figure that makes the activity's total `wanted_total`, given the taps so far."""
    return wanted_total - tap_sums(session, [activity_id]).get(activity_id, 0)
