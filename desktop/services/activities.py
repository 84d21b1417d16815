"""Activities and sign-ins: the core paths (the activities issue builds the rest on these)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, SignIn, derived_id
from desktop.models.activities import CATEGORIES
from desktop.services.audit import audit
from desktop.services.lookup import live
from desktop.services.teams import resolve_team
from desktop.validators import normalize_text


def parse_datetime(value: Any, label: str | None = None) -> datetime:
    if isinstance(value, datetime):
        return value
    text = normalize_text(value).replace("/", "-").replace("T", " ")
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ValidationError(translate("services.activities", "{label} “{value}” is not in the right form; write it like “2024-03-01 09:00”.").format(
            label=label or translate("services.activities", "Time"), value=value)) from None


def check_category(category: str) -> str:
    category = normalize_text(category)
    if category not in CATEGORIES:
        raise ValidationError(translate("services.activities", "The category “{category}” is wrong; it must be one of the five tasks: {tasks}.").format(
            category=category, tasks=translate("services.activities", ", ").join(CATEGORIES)), field="category")
    return category


def add_activity(db: Database, *, title: str, category: str, start: Any, end: Any, theory: bool = False,
                 team: str | None = None, place: str = "", content: str = "", actor: str = "站长",
                 **extra: Any) -> Activity:
    title = normalize_text(title)
    if not title:
        raise ValidationError(translate("services.activities", "Please give the activity a title."), field="title")
    start_at, end_at = parse_datetime(start, translate("services.activities", "Start time")), parse_datetime(end, translate("services.activities", "End time"))
    if end_at <= start_at:
        raise ValidationError(translate("services.activities", "The end time must be later than the start time."), field="end_at")
    with db.session(actor) as session:
        team_id = resolve_team(session, team).id if team else None
        activity = Activity(title=title, category=check_category(category), theory_lecture=theory,
                            team_id=team_id, place=normalize_text(place), start_at=start_at, end_at=end_at,
                            content=content.strip(), **extra)
        session.add(activity)
        audit(session, actor, "activity.add", "activity", activity.id, title=title)
    return activity


def list_activities(db: Database, *, start: datetime | None = None, end: datetime | None = None) -> list[Activity]:
    """Activities newest first; residents_reached is the total (base plus the kiosk's taps)."""
    from desktop.services.residents import tap_sums, with_totals

    with db.read() as session:
        query = select(Activity).where(Activity.deleted_at.is_(None))
        if start:
            query = query.where(Activity.start_at >= start)
        if end:
            query = query.where(Activity.start_at < end)
        rows = list(session.exec(query.order_by(Activity.start_at.desc())))
        sums = tap_sums(session)
    return with_totals(rows, sums)


def signin_id(activity_id: str, volunteer_id: str, kind: str) -> str:
    return derived_id("signin", activity_id, volunteer_id, kind)


def record_signin(db: Database, activity_id: str, volunteer_id: str, kind: str = "in", *,
                  at: datetime | None = None, source: str = "kiosk", actor: str = "签到台") -> tuple[SignIn, bool]:
    """Append a sign-in (kind 'in') or sign-out ('out'). Idempotent: the id is
    derived from (activity, volunteer, kind), so a double tap gives one row.
    Returns the sign-in and whether it is new."""
    if kind not in ("in", "out"):
        raise ValidationError(translate("services.activities", "The kind must be sign-in or sign-out."))
    row_id = signin_id(activity_id, volunteer_id, kind)
    with db.session(actor) as session:
        existing = session.get(SignIn, row_id)
        if existing is not None:
            return existing, False
        if session.get(Activity, activity_id) is None:
            raise NotFound(translate("services.activities", "This activity was not found; it may have been deleted."))
        signin = SignIn(id=row_id, activity_id=activity_id, volunteer_id=volunteer_id, kind=kind,
                        at=at or datetime.now(), source=source, operator=actor)
        session.add(signin)
    return signin, True


def void_signin(db: Database, activity_id: str, volunteer_id: str, reason: str, *, actor: str = "站长") -> int:
    """Cancel a volunteer's sign-in (and sign-out) at an activity recorded by mistake. The rows
    stay on record; hours and points leave them out. Returns how many were voided."""
    from desktop.models import SignInVoid
    from desktop.validators import normalize_text

    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.activities", "Write why the sign-in is voided."), field="reason")
    done = 0
    with db.session(actor) as session:
        for kind in ("in", "out"):
            row_id = signin_id(activity_id, volunteer_id, kind)
            if session.get(SignIn, row_id) is None:
                continue
            void_id = derived_id("signin-void", row_id)
            if session.get(SignInVoid, void_id) is None:
                session.add(SignInVoid(id=void_id, signin_id=row_id, reason=reason, operator=actor))
                done += 1
        if not done and session.get(SignIn, signin_id(activity_id, volunteer_id, "in")) is None:
            raise NotFound(translate("services.activities", "This volunteer has no sign-in at this activity."))
    return done


# --- editing, states, calendar (issue 5) -------------------------------------------------------

STATE_LABELS = {"planned": QT_TRANSLATE_NOOP("services.activities", "Planned"),
                "held": QT_TRANSLATE_NOOP("services.activities", "Held"),
                "recorded": QT_TRANSLATE_NOOP("services.activities", "Recorded")}


def state_label(status: str) -> str:
    """The state's name in the user's language (the status itself when unknown)."""
    return translate("services.activities", STATE_LABELS[status]) if status in STATE_LABELS else status


RECORD_LIMIT_WORKING_DAYS = 10  # national record rules: record a held activity within 10 working days
EDITABLE = {"title", "category", "theory_lecture", "team_id", "place", "start_at", "end_at", "content",
            "residents_reached", "partner_unit", "person_in_charge"}


def get_activity(db: Database, activity_id: str) -> Activity:
    """One activity; its residents_reached is the total (base plus the kiosk's taps)."""
    from desktop.services.residents import tap_sums, with_totals

    with db.read() as session:
        activity = live(session, Activity, activity_id)
        sums = tap_sums(session, [activity_id])
    return with_totals([activity], sums)[0]


def _clean_changes(session, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - EDITABLE - {"team", "start", "end", "theory"}
    if unknown:
        raise ValidationError(translate("services.activities", "These fields cannot be changed: {fields}.").format(fields=translate("services.activities", ", ").join(sorted(unknown))))
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "title":
            value = normalize_text(value)
            if not value:
                raise ValidationError(translate("services.activities", "Please give the activity a title."), field="title")
        elif key == "category":
            value = check_category(value)
        elif key in ("start", "start_at"):
            key, value = "start_at", parse_datetime(value, translate("services.activities", "Start time"))
        elif key in ("end", "end_at"):
            key, value = "end_at", parse_datetime(value, translate("services.activities", "End time"))
        elif key in ("theory", "theory_lecture"):
            key, value = "theory_lecture", bool(value)
        elif key in ("team", "team_id"):
            key, value = "team_id", (resolve_team(session, value).id if value else None)
        elif key == "residents_reached":
            try:
                value = int(value)
            except (TypeError, ValueError):
                raise ValidationError(translate("services.activities", "The number of residents reached must be a whole number."), field="residents_reached") from None
            if not 0 <= value <= 1_000_000:
                raise ValidationError(translate("services.activities", "The number of residents reached must be between 0 and 1000000."),
                                      field="residents_reached")
        elif key == "content":
            value = str(value or "").strip()
        else:
            value = normalize_text(value)
        out[key] = value
    return out


def edit_activity(db: Database, activity_id: str, actor: str = "站长", **changes: Any) -> Activity:
    """Change an activity's fields; only the fields that changed are journaled."""
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id)
        cleaned = _clean_changes(session, changes)
        if "residents_reached" in cleaned:  # the figure typed is the total: the kiosk's taps stay counted
            from desktop.services.residents import base_for

            cleaned["residents_reached"] = base_for(session, activity_id, cleaned["residents_reached"])
        start = cleaned.get("start_at", activity.start_at)
        end = cleaned.get("end_at", activity.end_at)
        if end <= start:
            raise ValidationError(translate("services.activities", "The end time must be later than the start time."), field="end_at")
        changed = {k: v for k, v in cleaned.items() if getattr(activity, k) != v}
        for key, value in changed.items():
            setattr(activity, key, value)
        if changed:
            audit(session, actor, "activity.edit", "activity", activity_id, fields=sorted(changed))
    return activity


def delete_activity(db: Database, activity_id: str, actor: str = "站长") -> None:
    """Soft delete (sign-ins and photos stay on record)."""
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id)
        activity.deleted_at = datetime.now()
        audit(session, actor, "activity.delete", "activity", activity_id, title=activity.title)


def write_auto_signouts(session, activity: Activity, actor: str) -> int:
    """Sign out, at the activity's end, everyone who signed in and never out; flagged for review."""
    rows = session.exec(select(SignIn.volunteer_id, SignIn.kind).where(SignIn.activity_id == activity.id)).all()
    signed_in = {vol for vol, kind in rows if kind == "in"}
    signed_out = {vol for vol, kind in rows if kind == "out"}
    for vol in sorted(signed_in - signed_out):
        session.add(SignIn(id=signin_id(activity.id, vol, "out"), activity_id=activity.id, volunteer_id=vol,
                           kind="out", at=activity.end_at, source="auto", flagged=True, operator=actor))
    return len(signed_in - signed_out)


def set_status(db: Database, activity_id: str, status: str, actor: str = "站长",
               now: datetime | None = None) -> Activity:
    """planned -> held -> recorded (a step back is allowed to fix a mistake). Recording an
    activity signs out, at its end, whoever forgot; those entries are flagged."""
    if status not in STATE_LABELS:
        raise ValidationError(translate("services.activities", "The state must be planned, held or recorded."))
    now = now or datetime.now()
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id)
        if status != "planned" and activity.start_at > now:
            raise ValidationError(translate("services.activities", "The activity has not started yet; it cannot be marked held or recorded."))
        if activity.status == status:
            return activity
        if status == "recorded":
            write_auto_signouts(session, activity, actor)
            activity.recorded_at = now
        elif activity.recorded_at is not None:
            activity.recorded_at = None
        activity.status = status
        audit(session, actor, "activity.status", "activity", activity_id, status=status)
    return activity


def first_saturday(year: int, month: int) -> date:
    """集中活动日: the first Saturday of the month."""
    first = date(year, month, 1)
    return first + timedelta(days=(5 - first.weekday()) % 7)


def add_working_days(day: date, count: int) -> date:
    """The `count`-th working day after `day`, by the official holiday calendar (holidays off,
    调休 weekend days worked); a year the calendar does not know counts Monday to Friday."""
    from desktop.services.workdays import add_working_days as count_days

    return count_days(day, count).day


def record_due_info(activity: Activity):
    """desktop.services.workdays.WorkdayCount: the last day to record the activity, and whether
    the count had to guess (a year the holiday calendar does not know: weekends only)."""
    from desktop.services.workdays import add_working_days as count_days

    return count_days(activity.end_at.date(), RECORD_LIMIT_WORKING_DAYS)


def record_due(activity: Activity) -> date:
    """The last day of the activity's 10 working days to be recorded."""
    return record_due_info(activity).day


def record_due_note(activity: Activity) -> str:
    """“Record by …”, with a word when the holiday calendar does not know the year yet."""
    due = record_due_info(activity)
    text = translate("services.activities", "Record by {day}").format(day=due.day.isoformat())
    if due.guessed:
        text += translate("services.activities", " (the holiday calendar does not cover {year} yet: only weekends are left out, so the date may move)").format(
            year=due.day.year)
    return text


def overdue_records(db: Database, today: date | None = None) -> list[Activity]:
    """Held (or past, still planned) activities not recorded within 10 working days of their end."""
    today = today or date.today()
    with db.read() as session:
        rows = session.exec(select(Activity).where(Activity.deleted_at.is_(None), Activity.status != "recorded",
                                                   Activity.end_at < datetime.combine(today, datetime.min.time())))
        return [a for a in rows if record_due(a) < today]


@dataclass
class CalendarDay:
    day: date
    concentrated: bool  # 集中活动日
    activities: list[dict[str, Any]] = field(default_factory=list)


def month_calendar(db: Database, year: int, month: int) -> dict[date, CalendarDay]:
    """Every day of the month with its activities (id, title, time, status, theory flag)."""
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    days = {start + timedelta(days=i): CalendarDay(start + timedelta(days=i), False)
            for i in range((end - start).days)}
    days[first_saturday(year, month)].concentrated = True
    for activity in list_activities(db, start=datetime.combine(start, datetime.min.time()),
                                    end=datetime.combine(end, datetime.min.time())):
        days[activity.start_at.date()].activities.append(
            {"id": activity.id, "title": activity.title, "start": activity.start_at, "status": activity.status,
             "theory": activity.theory_lecture})
    for day in days.values():
        day.activities.sort(key=lambda a: a["start"])
    return days


@dataclass(frozen=True)
class ActivityRow:
    """One line of the activity list, as plain data for the UI."""

    id: str
    title: str
    category: str
    theory: bool
    team: str
    place: str
    start: datetime
    end: datetime
    status: str
    residents: int
    photos: int
    signed_in: int
    overdue: bool  # held and not recorded within 10 working days
    concentrated: bool  # on the month's 集中活动日


def activity_rows(db: Database, today: date | None = None) -> list[ActivityRow]:
    """Every activity, newest first, with its team, photo and sign-in counts."""
    from sqlalchemy import func

    from desktop.models import Photo, Team
    from desktop.services.residents import tap_sums, total

    today = today or date.today()
    with db.read() as session:
        teams = dict(session.exec(select(Team.id, Team.name)).all())
        photos = dict(session.exec(select(Photo.activity_id, func.count()).where(Photo.deleted_at.is_(None))
                                   .group_by(Photo.activity_id)).all())
        signed = dict(session.exec(select(SignIn.activity_id, func.count()).where(SignIn.kind == "in")
                                   .group_by(SignIn.activity_id)).all())
        taps = tap_sums(session)
        rows = session.exec(select(Activity).where(Activity.deleted_at.is_(None)).order_by(Activity.start_at.desc()))
        return [ActivityRow(a.id, a.title, a.category, a.theory_lecture, teams.get(a.team_id, ""), a.place,
                            a.start_at, a.end_at, a.status, total(a.residents_reached, [taps.get(a.id, 0)]), photos.get(a.id, 0),
                            signed.get(a.id, 0),
                            a.status != "recorded" and a.end_at.date() < today and record_due(a) < today,
                            a.start_at.date() == first_saturday(a.start_at.year, a.start_at.month))
                for a in rows]
