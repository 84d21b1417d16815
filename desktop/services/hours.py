"""Service hours 志愿服务时长: computed from sign-ins, never stored as a counter.

Minutes come from sign-in/sign-out pairs under the configured rules
(desktop.services.hour_rules, stored in the setting ``hours.rules``), plus
manual entries and corrections from ``hour_correction``. Those are
append-only: a correction has a reason and an operator; a wrong entry is
undone by a void entry (``voids`` = the id it cancels), never edited.

An entry tied to an activity counts in the period of the activity's start;
an entry without one counts on its service date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session as DbSession
from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models import Activity, HourCorrection, SignIn, SignInVoid, Volunteer
from desktop.services.audit import audit
from desktop.services.hour_rules import HourRules, Session, make_session, minutes_per_day, minutes_per_session
from desktop.services.station import get_setting, set_setting
from desktop.validators import normalize_text

RULES_KEY = "hours.rules"


def load_rules(db: Database) -> HourRules:
    return HourRules.from_dict(get_setting(db, RULES_KEY))


def save_rules(db: Database, rules: HourRules, actor: str = "站长") -> HourRules:
    set_setting(db, RULES_KEY, rules.checked().as_dict(), actor=actor)
    return rules


def _year_range(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1), datetime(year + 1, 1, 1)


def _sessions(session: DbSession, rules: HourRules, now: datetime, *, start: datetime | None = None,
              end: datetime | None = None, activity_id: str | None = None,
              volunteer_id: str | None = None, volunteer_ids: set[str] | None = None,
              ) -> tuple[list[Session], dict[tuple[str, str], dict[str, Any]]]:
    """Counted sessions, and the raw pairs per (activity, volunteer) for attendance lists."""
    query = select(SignIn.activity_id, SignIn.volunteer_id, SignIn.kind, SignIn.at, SignIn.flagged,
                   SignIn.source, Activity.end_at).join(Activity, Activity.id == SignIn.activity_id)
    query = query.where(Activity.deleted_at.is_(None), SignIn.id.not_in(select(SignInVoid.signin_id)))
    if start is not None:
        query = query.where(Activity.start_at >= start)
    if end is not None:
        query = query.where(Activity.start_at < end)
    if activity_id is not None:
        query = query.where(SignIn.activity_id == activity_id)
    if volunteer_id is not None:
        query = query.where(SignIn.volunteer_id == volunteer_id)
    if volunteer_ids is not None and len(volunteer_ids) <= 500:
        query = query.where(SignIn.volunteer_id.in_(sorted(volunteer_ids)))
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for act, vol, kind, at, flagged, source, act_end in session.exec(query):
        pair = pairs.setdefault((act, vol), {"in": None, "out": None, "flagged": False, "end": act_end,
                                             "source": ""})
        pair[kind] = at
        if kind == "out":
            pair["flagged"] = bool(flagged)
            pair["source"] = source
    sessions = []
    for (act, vol), pair in pairs.items():
        made = make_session(vol, act, pair["in"], pair["out"], pair["end"], rules, now)
        if made is not None:
            if pair["flagged"] and not made.auto:
                made = Session(made.volunteer_id, made.activity_id, made.start, made.end, True, made.parts)
            sessions.append(made)
    return sessions, pairs


def _corrections(session: DbSession, *, start: datetime | None = None, end: datetime | None = None,
                 volunteer_id: str | None = None, activity_id: str | None = None) -> list[HourCorrection]:
    """Effective (not voided, not void markers) corrections counting in [start, end)."""
    rows = list(session.exec(select(HourCorrection)))
    voided = {row.voids for row in rows if row.voids}
    starts = {}
    if any(row.activity_id for row in rows):
        starts = dict(session.exec(select(Activity.id, Activity.start_at)).all())
    kept = []
    for row in rows:
        if row.voids or row.id in voided:
            continue
        if volunteer_id is not None and row.volunteer_id != volunteer_id:
            continue
        if activity_id is not None and row.activity_id != activity_id:
            continue
        when = starts.get(row.activity_id, row.service_date) if row.activity_id else row.service_date
        if (start is not None and when < start) or (end is not None and when >= end):
            continue
        kept.append(row)
    return kept


def minutes_by_volunteer(db: Database, start: datetime, end: datetime, *, now: datetime | None = None) -> dict[str, int]:
    """Service minutes per volunteer id for activities starting in [start, end), plus manual
    entries and corrections. Volunteers with nothing are left out; totals are never negative."""
    rules, now = load_rules(db), now or datetime.now()
    with db.read() as session:
        sessions, _ = _sessions(session, rules, now, start=start, end=end)
        corrections = _corrections(session, start=start, end=end)
    totals: dict[str, int] = defaultdict(int)
    for (volunteer, _day), minutes in minutes_per_day(sessions, rules).items():
        totals[volunteer] += minutes
    for row in corrections:
        totals[row.volunteer_id] += row.minutes
    return {vol: minutes for vol, minutes in totals.items() if minutes > 0}


@dataclass(frozen=True)
class ServiceFact:
    """Minutes one volunteer earned from one activity (sign-ins plus corrections tied to
    it), or from one manual entry not tied to an activity. The points rules read these."""

    volunteer_id: str
    activity_id: str | None
    correction_id: str | None
    day: date
    minutes: int
    signed_in: bool


def service_facts(db: Database, *, now: datetime | None = None) -> list[ServiceFact]:
    """Every counted (activity, volunteer) pair and every standalone manual entry, counted
    exactly as activity_attendance counts them (voided sign-ins and deleted activities left out)."""
    rules, now = load_rules(db), now or datetime.now()
    with db.read() as session:
        sessions, pairs = _sessions(session, rules, now)
        corrections = _corrections(session)
        starts = dict(session.exec(select(Activity.id, Activity.start_at).where(Activity.deleted_at.is_(None))).all())
    minutes: dict[tuple[str, str], int] = defaultdict(int, minutes_per_session(sessions, rules))
    facts = []
    for row in corrections:
        if row.activity_id is None:
            facts.append(ServiceFact(row.volunteer_id, None, row.id, row.service_date.date(), row.minutes, False))
        elif row.activity_id in starts:
            minutes[(row.activity_id, row.volunteer_id)] += row.minutes
    for (act, vol) in set(minutes) | set(pairs):
        if act in starts:
            signed = pairs.get((act, vol), {}).get("in") is not None
            facts.append(ServiceFact(vol, act, None, starts[act].date(), max(0, minutes.get((act, vol), 0)), signed))
    return facts


@dataclass
class VolunteerHours:
    volunteer_id: str
    year: int
    by_month: dict[int, int]  # month (1-12) -> minutes
    total_minutes: int
    active: bool  # at least `active_hours` in the year
    target_minutes: int
    corrections: list[dict[str, Any]] = field(default_factory=list)

    @property
    def hours(self) -> float:
        return round(self.total_minutes / 60, 1)

    @property
    def progress(self) -> float:
        """Share of the yearly target reached, 0..1."""
        return min(1.0, self.total_minutes / self.target_minutes) if self.target_minutes else 1.0


def volunteer_hours(db: Database, volunteer_id: str, year: int, *, now: datetime | None = None) -> VolunteerHours:
    """One volunteer's hours in a year: by month, active status and progress to the target."""
    rules, now = load_rules(db), now or datetime.now()
    start, end = _year_range(year)
    with db.read() as session:
        sessions, _ = _sessions(session, rules, now, start=start, end=end, volunteer_id=volunteer_id)
        corrections = _corrections(session, start=start, end=end, volunteer_id=volunteer_id)
        starts = dict(session.exec(select(Activity.id, Activity.start_at)).all()) if corrections else {}
    by_month = dict.fromkeys(range(1, 13), 0)
    for (_vol, day), minutes in minutes_per_day(sessions, rules).items():
        by_month[day.month if day.year == year else 12] += minutes
    listed = []
    for row in corrections:
        when = starts.get(row.activity_id, row.service_date) if row.activity_id else row.service_date
        by_month[when.month] += row.minutes
        listed.append({"id": row.id, "minutes": row.minutes, "date": when.date(), "reason": row.reason,
                       "operator": row.operator, "activity_id": row.activity_id})
    total = max(0, sum(by_month.values()))
    return VolunteerHours(volunteer_id, year, by_month, total, total >= rules.active_hours * 60,
                          rules.target_hours * 60, listed)


@dataclass
class YearRow:
    volunteer_id: str
    name: str
    minutes: int
    active: bool
    reached_target: bool


def hours_report(db: Database, year: int, *, now: datetime | None = None) -> list[YearRow]:
    """Every volunteer (active, or with hours this year) with the year's minutes, most first."""
    rules = load_rules(db)
    start, end = _year_range(year)
    totals = minutes_by_volunteer(db, start, end, now=now)
    with db.read() as session:
        people = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.status)
                              .where(Volunteer.deleted_at.is_(None))).all()
    rows = [YearRow(vid, name, totals.get(vid, 0), totals.get(vid, 0) >= rules.active_hours * 60,
                    totals.get(vid, 0) >= rules.target_hours * 60)
            for vid, name, status in people if status == "active" or totals.get(vid)]
    rows.sort(key=lambda r: (-r.minutes, r.name))
    return rows


@dataclass
class Attendance:
    volunteer_id: str
    name: str
    signed_in: datetime | None
    signed_out: datetime | None
    minutes: int  # counted for this activity (rounded, capped), plus corrections tied to it
    auto: bool  # signed out automatically at the end: the station head should check
    source: str = ""


def _same_days(session: DbSession, rules: HourRules, now: datetime, sessions: list[Session]) -> list[Session]:
    """`sessions` plus these volunteers' other sessions on the same days: the daily cap is shared
    across a day, so one activity's minutes depend on what else the volunteer did that day."""
    if not sessions:
        return []
    days = [day for s in sessions for day in s.parts] or [s.start.date() for s in sessions]
    start = datetime.combine(min(days) - timedelta(days=2), datetime.min.time())
    end = datetime.combine(max(days) + timedelta(days=1), datetime.min.time())
    people = {s.volunteer_id for s in sessions}
    around, _ = _sessions(session, rules, now, start=start, end=end, volunteer_ids=people)
    mine = {(s.activity_id, s.volunteer_id) for s in sessions}
    return sessions + [s for s in around if s.volunteer_id in people and (s.activity_id, s.volunteer_id) not in mine]


def activity_attendance(db: Database, activity_id: str, *, now: datetime | None = None) -> list[Attendance]:
    """Who signed in and out of one activity, when, and the minutes each gets, in sign-in order."""
    rules, now = load_rules(db), now or datetime.now()
    with db.read() as session:
        if session.get(Activity, activity_id) is None:
            raise NotFound(translate("services.hours", "This activity was not found; it may have been deleted."))
        sessions, pairs = _sessions(session, rules, now, activity_id=activity_id)
        shares = minutes_per_session(_same_days(session, rules, now, sessions), rules)
        corrections = _corrections(session, activity_id=activity_id)
        ids = {vol for _act, vol in pairs} | {row.volunteer_id for row in corrections}
        names = dict(session.exec(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(ids))).all()) if ids else {}
    by_vol = {s.volunteer_id: s for s in sessions}
    extra: dict[str, int] = defaultdict(int)
    for row in corrections:
        extra[row.volunteer_id] += row.minutes
    rows = []
    for vol in ids:
        pair = pairs.get((activity_id, vol), {"in": None, "out": None, "source": ""})
        counted = by_vol.get(vol)
        minutes = (shares.get((activity_id, vol), 0) if counted else 0) + extra.get(vol, 0)
        out = pair["out"] or (counted.end if counted and counted.auto else None)
        rows.append(Attendance(vol, names.get(vol, translate("services.hours", "(deleted)")), pair["in"], out, max(0, minutes),
                               bool(counted and counted.auto), pair["source"]))
    rows.sort(key=lambda r: (r.signed_in or datetime.max, r.name))
    return rows


def add_correction(db: Database, volunteer_id: str, minutes: int, reason: str, *, service_date: Any = None,
                   activity_id: str | None = None, actor: str = "站长") -> HourCorrection:
    """A manual entry (positive) or correction (negative) of service minutes, with a reason."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.hours", "Please give the reason for adding or correcting hours, for the record."), field="reason")
    if not isinstance(minutes, int) or minutes == 0 or abs(minutes) > 24 * 60 * 31:
        raise ValidationError(translate("services.hours", "The time must be a non-zero number of minutes (negative to take off)."), field="minutes")
    when = service_date or datetime.now()
    if isinstance(when, date) and not isinstance(when, datetime):
        when = datetime.combine(when, datetime.min.time())
    with db.session(actor) as session:
        if session.get(Volunteer, volunteer_id) is None:
            raise NotFound(translate("services.hours", "This volunteer was not found."))
        if activity_id is not None and session.get(Activity, activity_id) is None:
            raise NotFound(translate("services.hours", "This activity was not found; it may have been deleted."))
        row = HourCorrection(volunteer_id=volunteer_id, activity_id=activity_id, minutes=minutes,
                             service_date=when, reason=reason, operator=actor)
        session.add(row)
        audit(session, actor, "hours.correct", "volunteer", volunteer_id, minutes=minutes, reason=reason)
    return row


def void_correction(db: Database, correction_id: str, reason: str, *, actor: str = "站长") -> HourCorrection:
    """Cancel an earlier entry with a void entry (the original stays on record)."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.hours", "Please state why it is voided."), field="reason")
    with db.session(actor) as session:
        original = session.get(HourCorrection, correction_id)
        if original is None or original.voids:
            raise NotFound(translate("services.hours", "This correction was not found."))
        if session.exec(select(HourCorrection).where(HourCorrection.voids == correction_id)).first():
            raise ValidationError(translate("services.hours", "This record has already been voided."))
        row = HourCorrection(volunteer_id=original.volunteer_id, activity_id=original.activity_id, minutes=0,
                             service_date=original.service_date, reason=reason, operator=actor, voids=correction_id)
        session.add(row)
        audit(session, actor, "hours.void", "volunteer", original.volunteer_id, voids=correction_id)
    return row
