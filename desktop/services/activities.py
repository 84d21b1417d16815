"""Activities and sign-ins: the core paths (the activities issue builds the rest on these)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.models import Activity, SignIn, derived_id
from desktop.models.activities import CATEGORIES
from desktop.services.audit import audit
from desktop.services.teams import resolve_team
from desktop.validators import normalize_text


def parse_datetime(value: Any, label: str = "时间") -> datetime:
    if isinstance(value, datetime):
        return value
    text = normalize_text(value).replace("/", "-").replace("T", " ")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"{label}“{value}”格式不对，请写成“2024-03-01 09:00”。") from None


def check_category(category: str) -> str:
    category = normalize_text(category)
    if category not in CATEGORIES:
        raise ValidationError(f"活动类别“{category}”不对，应为五项工作之一：{'、'.join(CATEGORIES)}。", field="category")
    return category


def add_activity(db: Database, *, title: str, category: str, start: Any, end: Any, theory: bool = False,
                 team: str | None = None, place: str = "", content: str = "", actor: str = "站长",
                 **extra: Any) -> Activity:
    title = normalize_text(title)
    if not title:
        raise ValidationError("请填写活动名称。", field="title")
    start_at, end_at = parse_datetime(start, "开始时间"), parse_datetime(end, "结束时间")
    if end_at <= start_at:
        raise ValidationError("结束时间必须晚于开始时间。", field="end_at")
    with db.session(actor) as session:
        team_id = resolve_team(session, team).id if team else None
        activity = Activity(title=title, category=check_category(category), theory_lecture=theory,
                            team_id=team_id, place=normalize_text(place), start_at=start_at, end_at=end_at,
                            content=content.strip(), **extra)
        session.add(activity)
        audit(session, actor, "activity.add", "activity", activity.id, title=title)
    return activity


def list_activities(db: Database, *, start: datetime | None = None, end: datetime | None = None) -> list[Activity]:
    with db.read() as session:
        query = select(Activity).where(Activity.deleted_at.is_(None))
        if start:
            query = query.where(Activity.start_at >= start)
        if end:
            query = query.where(Activity.start_at < end)
        return list(session.exec(query.order_by(Activity.start_at.desc())))


def signin_id(activity_id: str, volunteer_id: str, kind: str) -> str:
    return derived_id("signin", activity_id, volunteer_id, kind)


def record_signin(db: Database, activity_id: str, volunteer_id: str, kind: str = "in", *,
                  at: datetime | None = None, source: str = "kiosk", actor: str = "签到台") -> tuple[SignIn, bool]:
    """Append a sign-in (kind 'in') or sign-out ('out'). Idempotent: the id is
    derived from (activity, volunteer, kind), so a double tap gives one row.
    Returns the sign-in and whether it is new."""
    if kind not in ("in", "out"):
        raise ValidationError("签到类型只能是签到或签退。")
    row_id = signin_id(activity_id, volunteer_id, kind)
    with db.session(actor) as session:
        existing = session.get(SignIn, row_id)
        if existing is not None:
            return existing, False
        if session.get(Activity, activity_id) is None:
            raise NotFound("找不到这个活动，可能已被删除。")
        signin = SignIn(id=row_id, activity_id=activity_id, volunteer_id=volunteer_id, kind=kind,
                        at=at or datetime.now(), source=source, operator=actor)
        session.add(signin)
    return signin, True
