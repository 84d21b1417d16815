"""Every database read the papers need: one data builder per paper kind
(`gather(db, req, progress) -> data`, named in desktop.services.papers.kinds),
plus what the reports page offers in its pickers. The renderers in
desktop.reports get the plain records these return and never see the database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, ValidationError
from desktop.i18n import translate
from desktop.models import Activity, Photo, Station, Team, TeamMember, Volunteer
from desktop.progress import Progress
from desktop.reports.activity_record import RecordData
from desktop.reports.base import check
from desktop.reports.data import Context
from desktop.reports.format import pinyin_key
from desktop.reports.monthly import MonthlyData
from desktop.reports.register import RegisterData
from desktop.reports.signin_sheet import SigninData
from desktop.services import service_entries
from desktop.services.lookup import live
from desktop.services.papers.request import PaperRequest
from desktop.validators import mask_id_card


def load_context(db: Database) -> Context:
    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        if station is None:
            raise NotFound(translate("services.papers", "No station has been set up on this PC yet; finish the first-run setup first."))
        teams = {t.id: t.name for t in session.exec(select(Team))}
        volunteers = {v.id: v for v in session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None)))}
    return Context(station, teams, volunteers)


def _activity(db: Database, activity_id: str) -> Activity:
    """The activity, with the total of residents reached (base plus the kiosk's taps)."""
    from desktop.services.residents import tap_sums, with_totals

    with db.read() as session:
        activity = live(session, Activity, activity_id,
                        translate("services.papers", "This activity was not found; it may have been deleted. Choose it again in the activity list."))
        sums = tap_sums(session, [activity_id])
    return with_totals([activity], sums)[0]


def register_data(db: Database, req: PaperRequest, progress: Progress | None = None) -> RegisterData:
    if req.by not in ("volunteer", "activity"):
        raise ValidationError(translate("services.papers", "The register can only be grouped by volunteer or by activity."), field="by")
    period = req.period
    ctx = load_context(db)
    if req.volunteer_id and req.volunteer_id not in ctx.volunteers:
        raise NotFound(translate("services.papers", "This volunteer was not found; they may have been deleted. Check the roster."))
    acts = service_entries.activities_between(db, period.start, period.end)
    if req.activity_id:
        acts = [a for a in acts if a.id == req.activity_id]
        if not acts:
            raise NotFound(translate("services.papers", "This activity is not in the chosen period. Check the activity or the period."))
    if req.by == "volunteer":
        entries = service_entries.service_entries(db, period.start, period.end, req.volunteer_id, acts, progress)
        if req.activity_id:
            entries = [e for e in entries if e.activity_id == req.activity_id]
        return RegisterData(ctx, period, "volunteer", acts, entries=entries)
    attendance = {}
    for index, act in enumerate(acts):
        attendance[act.id] = service_entries.activity_attendance(db, act.id)
        check(progress, index + 1, len(acts))
    return RegisterData(ctx, period, "activity", acts, attendance=attendance)


def signin_data(db: Database, req: PaperRequest, progress: Progress | None = None) -> SigninData:
    ctx = load_context(db)
    activity = _activity(db, req.activity_id)
    if not req.blank:
        return SigninData(ctx, activity, False, attendance=service_entries.activity_attendance(db, activity.id))
    ids: set[str] = set()
    if activity.team_id:
        with db.read() as session:
            ids = {m.volunteer_id for m in session.exec(select(TeamMember).where(
                TeamMember.team_id == activity.team_id, TeamMember.deleted_at.is_(None)))}
    people = sorted((ctx.volunteers[v] for v in ids if v in ctx.volunteers and ctx.volunteers[v].status == "active"),
                    key=lambda v: pinyin_key(v.name))
    return SigninData(ctx, activity, True, people=people)


def photo_path(db: Database, sha256: str):
    """The photo's file, fetched from the county server first if it came by sync."""
    from desktop.services.photos import ensure_local, photo_file

    return ensure_local(db, sha256) or photo_file(db, sha256)


def record_data(db: Database, req: PaperRequest, progress: Progress | None = None) -> RecordData:
    ctx = load_context(db)
    act = _activity(db, req.activity_id)
    attendance = service_entries.activity_attendance(db, act.id)
    with db.read() as session:
        photos = list(session.exec(select(Photo).where(Photo.activity_id == act.id, Photo.deleted_at.is_(None))
                                   .order_by(Photo.taken_at, Photo.added_at)))
    shown = []
    for index, photo in enumerate(photos):  # all of them: the record prints every photo
        check(progress, index + 1, len(photos))
        path = photo_path(db, photo.sha256)
        if path.exists():
            shown.append((photo, path))
    return RecordData(ctx, act, attendance, shown, len(photos))


def request_figures(db: Database, start, end):
    from desktop.services.request_queries import figures

    return figures(db, start, end)


def monthly_data(db: Database, req: PaperRequest, progress: Progress | None = None,
                 today: date | None = None) -> MonthlyData:
    from desktop.services.targets import check_month, check_year, held

    period = req.period
    today = today or req.extra.get("today") or date.today()
    ctx = load_context(db)
    month_check = check_month(db, period.start.year, period.start.month, today)
    check(progress, 1, 4)
    year_check = check_year(db, period.start.year, today, until=period)
    check(progress, 2, 4)
    ytd = year_check.period
    month_acts = held(service_entries.activities_between(db, period.start, period.end), today)  # planned ones are not held
    return MonthlyData(
        ctx, period, today, month_check, year_check, month_acts,
        year_acts=held(service_entries.activities_between(db, ytd.start, ytd.end), today),
        month_minutes=service_entries.minutes_by_volunteer(db, period.start, period.end),
        year_minutes=service_entries.minutes_by_volunteer(db, ytd.start, ytd.end),
        volunteers=list(ctx.volunteers.values()),
        attendance={act.id: service_entries.activity_attendance(db, act.id) for act in month_acts},
        requests=(request_figures(db, period.start, period.end), request_figures(db, ytd.start, ytd.end)))


def certificate_data(db: Database, req: PaperRequest, progress: Progress | None = None):
    """An issued certificate as recorded (req.certificate_id), else an unnumbered draft."""
    from desktop.services import certificates

    if req.certificate_id:
        data = certificates.reprint(db, req.certificate_id)
        same = req.period is not None and (req.period.start.date(), req.period.last_day) == (
            data.period.start.date(), data.period.last_day)
        if same:  # just issued from this request: print its period as asked ("2026年", not the two dates)
            data.period = req.period
        return data
    return certificates.gather(db, req.volunteer_id, req.period, full_id=req.full_id, handler=req.handler,
                               person_in_charge=req.person_in_charge)


def certificate_register_data(db: Database, req: PaperRequest, progress: Progress | None = None):
    """(register rows, station name, period label) for desktop.reports.certificate.certificate_register_report."""
    from desktop.services.certificates import certificate_register

    year = req.period.start.year if req.period else None
    return (certificate_register(db, year), load_context(db).station.name,
            req.period.label if req.period else translate("services.papers", "All"))


@dataclass(frozen=True)
class Choices:
    """What the reports page offers in its pickers, as plain (id, label) pairs."""

    activities: list[tuple[str, str]]  # newest first
    volunteers: list[tuple[str, str]]  # by pinyin
    held: frozenset[str] = frozenset()  # activities held or recorded: their filled sign-in sheet is the default


def choices(db: Database) -> Choices:
    with db.read() as session:
        acts = session.exec(select(Activity.id, Activity.title, Activity.start_at, Activity.status)
                            .where(Activity.deleted_at.is_(None)).order_by(Activity.start_at.desc())).all()
        vols = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.id_card, Volunteer.status)
                            .where(Volunteer.deleted_at.is_(None))).all()
    activities = [(i, f"{start:%Y-%m-%d} {title}") for i, title, start, _status in acts]
    held = frozenset(i for i, _title, _start, status in acts if status != "planned")
    people = sorted(vols, key=lambda v: pinyin_key(v[1]))
    left = translate("services.papers", " (left)")
    volunteers = [(i, f"{name}　{mask_id_card(card) or ''}{left if status == 'exited' else ''}".strip())
                  for i, name, card, status in people]
    return Choices(activities, volunteers, held)
