"""The roster screen's data: rows with teams and hours this year, filters, duplicates and merging."""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlmodel import select

from desktop.errors import NotFound, UserError
from desktop.i18n import translate
from desktop.models import HourCorrection, Household, SignIn, TeamMember, Volunteer
from desktop.services.audit import audit
from desktop.services.search import VolunteerIndex
from desktop.services.teams import list_teams, set_membership, volunteer_teams
from desktop.services.volunteers import KNOWN_TAGS, find_duplicates
from desktop.validators import POLITICAL_STATUSES, is_party_member

PARTY = "__party__"  # political filter value: any Party member (full or probationary)


@dataclass(frozen=True)
class RosterRow:
    id: str
    name: str
    gender: str
    phone: str
    id_card: str
    political_status: str
    teams: tuple[str, ...]
    tags: tuple[str, ...]
    status: str
    join_date: date | None
    birth_date: date | None = None
    exit_date: date | None = None
    exit_reason: str = ""
    skills: str = ""
    platform_no: str = ""
    address: str = ""
    note: str = ""
    minutes_this_year: int | None = None  # None: hours are not available in this build
    sort_name: str = ""  # pinyin, so names sort the way a Chinese register does

    @property
    def party(self) -> bool:
        return is_party_member(self.political_status)


@dataclass(frozen=True)
class RosterFilter:
    team: str = ""  # team name
    status: str = ""  # "" | active | exited
    political: str = ""  # "" | one of POLITICAL_STATUSES | PARTY
    tag: str = ""

    def accepts(self, row: RosterRow) -> bool:
        if self.status and row.status != self.status:
            return False
        if self.team and self.team not in row.teams:
            return False
        if self.political == PARTY:
            if not row.party:
                return False
        elif self.political and row.political_status != self.political:
            return False
        return not (self.tag and self.tag not in row.tags)


@dataclass
class RosterData:
    rows: list[RosterRow]
    index: VolunteerIndex
    teams: list[str]
    tags: list[str]
    political: tuple[str, ...] = POLITICAL_STATUSES
    hours_available: bool = False
    year: int = field(default_factory=lambda: date.today().year)


def hours_available() -> bool:
    return importlib.util.find_spec("desktop.services.hours") is not None


def minutes_this_year(db, year: int | None = None) -> dict[str, int] | None:
    """Service minutes per volunteer this year, from the hours service; None until it exists."""
    try:
        hours = importlib.import_module("desktop.services.hours")
    except ImportError:
        return None
    year = year or date.today().year
    return hours.minutes_by_volunteer(db, datetime(year, 1, 1), datetime(year + 1, 1, 1))


def load_roster_rows(db, year: int | None = None) -> list[RosterRow]:
    teams = volunteer_teams(db)
    minutes = minutes_this_year(db, year)
    with db.read() as session:
        volunteers = session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None))).all()
    return [RosterRow(
        v.id, v.name, v.gender, v.phone, v.id_card or "", v.political_status, tuple(teams.get(v.id, ())),
        tuple(t for t in v.tags.split(",") if t), v.status, v.join_date, v.birth_date, v.exit_date,
        v.exit_reason, v.skills, v.platform_no, v.address, v.note,
        None if minutes is None else minutes.get(v.id, 0)) for v in volunteers]


def load_roster(db, year: int | None = None) -> RosterData:
    """Everything the roster screen shows, built in the DB worker."""
    rows = load_roster_rows(db, year)
    index = VolunteerIndex.build(
        {"id": r.id, "name": r.name, "phone": r.phone, "id_card": r.id_card, "status": r.status,
         "teams": r.teams, "tags": r.tags, "gender": r.gender, "political_status": r.political_status}
        for r in rows)
    order = {vid: n for n, vid in enumerate(index.ids())}  # active first, then by pinyin
    spelled = {vid: index.sort_name(vid) for vid in order}
    rows = sorted((replace(r, sort_name=spelled[r.id]) for r in rows), key=lambda r: order[r.id])
    used_tags = {t for r in rows for t in r.tags}
    tags = list(KNOWN_TAGS) + sorted(used_tags - set(KNOWN_TAGS))
    return RosterData(rows, index, [t.name for t in list_teams(db)], tags, hours_available=hours_available(),
                      year=year or date.today().year)


def add_preset_teams(db, preset: str, *, actor: str = "站长") -> list[str]:
    """Add the teams of a county preset that the station does not have yet; returns the names added."""
    from desktop.services.teams import TEAM_PRESETS, add_team

    if preset not in TEAM_PRESETS:
        raise UserError(translate("services.roster", "Unknown team preset “{preset}”; the choices are {choices}.").format(
            preset=preset, choices=translate("services.roster", ", ").join(TEAM_PRESETS)))
    have = {t.name.removesuffix("志愿服务队") for t in list_teams(db)}
    added = []
    for name in TEAM_PRESETS[preset]:
        if name not in have:
            add_team(db, f"{name}志愿服务队", actor=actor)
            added.append(f"{name}志愿服务队")
    return added


@dataclass(frozen=True)
class Duplicate:
    id: str
    name: str
    phone: str
    id_tail: str
    status: str
    reason: str  # why it looks like the same person


def check_duplicates(db, *, id_card: str | None = None, name: str | None = None, phone: str | None = None,
                     exclude: str | None = None) -> list[Duplicate]:
    """Records that look like the same person (same ID number, or same name and phone)."""
    with db.read() as session:
        found = find_duplicates(session, id_card=id_card or None, name=name or None, phone=phone or None,
                                exclude=exclude)
    return [Duplicate(v.id, v.name, v.phone, (v.id_card or "")[-4:], v.status,
                      translate("services.roster", "same ID number") if id_card and v.id_card == id_card else translate("services.roster", "same name and phone")) for v in found]


def _history(session, volunteer_id: str) -> int:
    signins = session.exec(select(SignIn.id).where(SignIn.volunteer_id == volunteer_id).limit(1)).first()
    hours = session.exec(select(HourCorrection.id).where(HourCorrection.volunteer_id == volunteer_id).limit(1)).first()
    return int(signins is not None) + int(hours is not None)


MERGE_FIELDS = ("gender", "id_card", "birth_date", "phone", "political_status", "skills", "platform_no",
                "address", "note", "join_date")


def merge_volunteers(db, keep_id: str, drop_id: str, *, actor: str = "站长") -> dict[str, Any]:
    """Fold a duplicate record into the one to keep.

    The kept record gains the duplicate's teams, tags, 1+10 households and any
    field it left empty; the duplicate is removed (soft-deleted, audited).
    Sign-ins and hour records can't be moved (they are append-only), so a
    duplicate that has them must be the one kept.
    """
    if keep_id == drop_id:
        raise UserError(translate("services.roster", "A record cannot be merged into itself."))
    with db.session(actor) as session:
        keep, drop = session.get(Volunteer, keep_id), session.get(Volunteer, drop_id)
        if keep is None or drop is None or keep.deleted_at or drop.deleted_at:
            raise NotFound(translate("services.roster", "The volunteer record to merge does not exist; it may have been deleted or merged. Refresh the roster."))
        if _history(session, drop.id):
            if _history(session, keep.id):
                raise UserError(translate("services.roster", "Both records of “{name}” have sign-ins or hours, so they cannot be merged automatically. Ask the county centre.").format(
                    name=drop.name))
            raise UserError(translate("services.roster", "The record of “{name}” being merged away has sign-ins or hours; do it the other way round: keep that one and merge this one into it.").format(
                name=drop.name))
        filled = []
        card = drop.id_card
        drop.id_card = None  # free the ID number before the kept record takes it
        session.flush()
        for name in MERGE_FIELDS:
            value = card if name == "id_card" else getattr(drop, name)
            if value not in (None, "") and getattr(keep, name) in (None, ""):
                setattr(keep, name, value)
                filled.append(name)
        tags = list(dict.fromkeys([t for t in keep.tags.split(",") if t] + [t for t in drop.tags.split(",") if t]))
        keep.tags = ",".join(tags)
        members = session.exec(select(TeamMember).where(TeamMember.volunteer_id == drop.id,
                                                        TeamMember.deleted_at.is_(None))).all()
        for member in members:
            set_membership(session, member.team_id, keep.id)
            member.deleted_at = datetime.now()
        households = session.exec(select(Household).where(Household.volunteer_id == drop.id,
                                                          Household.deleted_at.is_(None))).all()
        for household in households:
            household.volunteer_id = keep.id
        if drop.id_card is None and card and keep.id_card != card:
            drop.id_card = card  # kept record had its own ID number: the duplicate keeps its own
        drop.deleted_at = datetime.now()
        audit(session, actor, "volunteer.merge", "volunteer", keep.id, merged=drop.id, name=drop.name,
              filled=filled)
    return {"kept": keep_id, "merged": drop_id, "filled": filled, "teams": len(members),
            "households": len(households)}
