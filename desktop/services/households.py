"""1+10: one volunteer looks after up to ten households and visits each at least once a month.

Visits are append-only facts (household_visit); a mistaken visit is undone
by a void entry that names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import translate
from desktop.models import Household, HouseholdVisit, Volunteer
from desktop.services.audit import audit
from desktop.services.lookup import live
from desktop.validators import normalize_name, normalize_phone, normalize_text

MAX_HOUSEHOLDS = 10


@dataclass(frozen=True)
class HouseholdRow:
    id: str
    volunteer_id: str | None
    volunteer_name: str
    head_name: str
    address: str
    phone: str
    note: str
    last_visit: date | None
    visits_this_month: int

    @property
    def overdue(self) -> bool:
        return self.visits_this_month == 0


@dataclass(frozen=True)
class VolunteerVisits:
    """One 1+10 volunteer's month: households, visited, overdue."""

    volunteer_id: str
    name: str
    phone: str
    households: int
    visited: int

    @property
    def overdue(self) -> int:
        return self.households - self.visited


def _month(day: date) -> tuple[date, date]:
    start = day.replace(day=1)
    end = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return start, end


def _active_volunteer(session, volunteer_id: str) -> Volunteer:
    volunteer = live(session, Volunteer, volunteer_id, translate(
        "services.households", "This volunteer was not found; they may have been deleted. Refresh and try again."))
    if volunteer.status != "active":
        raise UserError(translate("services.households", "“{name}” has left and cannot look after households. Restore them to the roster first, or give the household to another volunteer.").format(
            name=volunteer.name))
    return volunteer


def _count(session, volunteer_id: str) -> int:
    return len(session.exec(select(Household.id).where(Household.volunteer_id == volunteer_id,
                                                       Household.deleted_at.is_(None))).all())


def _clean(head_name: str, address: str, phone: str, note: str) -> dict[str, str]:
    head = normalize_name(head_name)
    if not head:
        raise ValidationError(translate("services.households", "Please give the name of the head of the household."), field="head_name")
    return {"head_name": head, "address": normalize_text(address), "phone": normalize_phone(phone),
            "note": normalize_text(note)}


def assign_household(db, volunteer_id: str, *, head_name: str, address: str = "", phone: str = "",
                     note: str = "", actor: str = "站长") -> Household:
    fields = _clean(head_name, address, phone, note)
    with db.session(actor) as session:
        volunteer = _active_volunteer(session, volunteer_id)
        if _count(session, volunteer_id) >= MAX_HOUSEHOLDS:
            raise UserError(translate("services.households", "“{name}” already looks after {count} households (the limit of 1+10). Give this household to another volunteer.").format(
                name=volunteer.name, count=MAX_HOUSEHOLDS))
        household = Household(volunteer_id=volunteer_id, **fields)
        session.add(household)
        audit(session, actor, "household.assign", "household", household.id, volunteer=volunteer.name,
              head=fields["head_name"])
    return household


def edit_household(db, household_id: str, *, head_name: str, address: str = "", phone: str = "",
                   note: str = "", actor: str = "站长") -> Household:
    fields = _clean(head_name, address, phone, note)
    with db.session(actor) as session:
        household = _household(session, household_id)
        for key, value in fields.items():
            setattr(household, key, value)
    return household


def update_household(db, household_id: str, volunteer_id: str, *, head_name: str, address: str = "",
                     phone: str = "", note: str = "", actor: str = "站长") -> Household:
    """Edit a household's details and, if `volunteer_id` changed, hand it to that volunteer."""
    fields = _clean(head_name, address, phone, note)
    with db.session(actor) as session:
        household = _household(session, household_id)
        if household.volunteer_id != volunteer_id:
            volunteer = _active_volunteer(session, volunteer_id)
            if _count(session, volunteer_id) >= MAX_HOUSEHOLDS:
                raise UserError(translate("services.households", "“{name}” already looks after {count} households; no more can be added.").format(
                    name=volunteer.name, count=MAX_HOUSEHOLDS))
            household.volunteer_id = volunteer_id
            audit(session, actor, "household.move", "household", household.id, volunteer=volunteer.name)
        for key, value in fields.items():
            setattr(household, key, value)
    return household


def move_household(db, household_id: str, volunteer_id: str, actor: str = "站长") -> Household:
    with db.session(actor) as session:
        household = _household(session, household_id)
        volunteer = _active_volunteer(session, volunteer_id)
        if household.volunteer_id != volunteer_id and _count(session, volunteer_id) >= MAX_HOUSEHOLDS:
            raise UserError(translate("services.households", "“{name}” already looks after {count} households; no more can be added.").format(
                    name=volunteer.name, count=MAX_HOUSEHOLDS))
        household.volunteer_id = volunteer_id
        audit(session, actor, "household.move", "household", household.id, volunteer=volunteer.name)
    return household


def remove_household(db, household_id: str, actor: str = "站长") -> None:
    with db.session(actor) as session:
        household = _household(session, household_id)
        household.deleted_at = datetime.now()
        audit(session, actor, "household.remove", "household", household.id, head=household.head_name)


def _household(session, household_id: str) -> Household:
    return live(session, Household, household_id)


def record_visit(db, household_id: str, *, visited_on: date | None = None, note: str = "",
                 actor: str = "站长") -> HouseholdVisit:
    visited_on = visited_on or date.today()
    if visited_on > date.today():
        raise ValidationError(translate("services.households", "The visit date cannot be later than today."), field="visited_on")
    with db.session(actor) as session:
        household = _household(session, household_id)
        if household.volunteer_id is None:
            raise UserError(translate("services.households", "The household of “{name}” has no volunteer yet; assign one first.").format(
                name=household.head_name))
        visit = HouseholdVisit(household_id=household.id, volunteer_id=household.volunteer_id,
                               visited_on=visited_on, note=normalize_text(note), operator=actor)
        session.add(visit)
    return visit


def void_visit(db, visit_id: str, *, reason: str, actor: str = "站长") -> HouseholdVisit:
    """Undo a visit recorded by mistake (an append-only void entry)."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.households", "Please give the reason for the withdrawal, for example “wrong household”."), field="reason")
    with db.session(actor) as session:
        visit = session.get(HouseholdVisit, visit_id)
        if visit is None or visit.voids is not None:
            raise NotFound(translate("services.households", "This visit record was not found."))
        if session.exec(select(HouseholdVisit.id).where(HouseholdVisit.voids == visit_id)).first():
            raise UserError(translate("services.households", "This visit record has already been withdrawn."))
        void = HouseholdVisit(household_id=visit.household_id, volunteer_id=visit.volunteer_id,
                              visited_on=visit.visited_on, note=reason, operator=actor, voids=visit_id)
        session.add(void)
    return void


def _valid_visits(session, start: date | None = None, end: date | None = None) -> list[HouseholdVisit]:
    visits = session.exec(select(HouseholdVisit)).all()
    voided = {v.voids for v in visits if v.voids}
    return [v for v in visits if v.voids is None and v.id not in voided
            and (start is None or v.visited_on >= start) and (end is None or v.visited_on < end)]


def list_households(db, volunteer_id: str | None = None, month: date | None = None) -> list[HouseholdRow]:
    start, end = _month(month or date.today())
    with db.read() as session:
        query = select(Household).where(Household.deleted_at.is_(None))
        if volunteer_id:
            query = query.where(Household.volunteer_id == volunteer_id)
        households = session.exec(query).all()
        names = dict(session.exec(select(Volunteer.id, Volunteer.name)).all())
        visits = _valid_visits(session)
    last: dict[str, date] = {}
    this_month: dict[str, int] = {}
    for v in visits:
        if v.visited_on < end:
            last[v.household_id] = max(last.get(v.household_id, v.visited_on), v.visited_on)
        if start <= v.visited_on < end:
            this_month[v.household_id] = this_month.get(v.household_id, 0) + 1
    rows = [HouseholdRow(h.id, h.volunteer_id, names.get(h.volunteer_id, ""), h.head_name, h.address, h.phone,
                         h.note, last.get(h.id), this_month.get(h.id, 0)) for h in households]
    rows.sort(key=lambda r: (r.volunteer_name, r.head_name))
    return rows


def list_visits(db, household_id: str) -> list[HouseholdVisit]:
    with db.read() as session:
        visits = [v for v in _valid_visits(session) if v.household_id == household_id]
    return sorted(visits, key=lambda v: v.visited_on, reverse=True)


def month_summary(db, month: date | None = None) -> list[VolunteerVisits]:
    """Each 1+10 volunteer's households and how many were visited this month; the overdue first."""
    rows = list_households(db, month=month)
    with db.read() as session:
        people = {v.id: v for v in session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None)))}
    by: dict[str, list[HouseholdRow]] = {}
    for row in rows:
        if row.volunteer_id in people:
            by.setdefault(row.volunteer_id, []).append(row)
    summary = [VolunteerVisits(vid, people[vid].name, people[vid].phone, len(hs), sum(1 for h in hs if not h.overdue))
               for vid, hs in by.items()]
    summary.sort(key=lambda s: (-s.overdue, s.name))
    return summary


def overdue(db, month: date | None = None) -> list[HouseholdRow]:
    """Households not visited this month (each 1+10 household needs a visit a month)."""
    return [r for r in list_households(db, month=month) if r.overdue and r.volunteer_id]
