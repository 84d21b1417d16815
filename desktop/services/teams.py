"""Teams 志愿服务队: presets are seed data the station can edit."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, func, select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models import Team, TeamMember, Volunteer, derived_id
from desktop.services.audit import audit
from desktop.services.lookup import live
from desktop.validators import normalize_text

# Presets seen in the seeds; counties differ, so these are only a start.
TEAM_PRESETS: dict[str, tuple[str, ...]] = {
    # the nine of the district plan (seed 001)
    "district": ("理论宣讲", "文明风尚", "教育关爱", "文化惠民", "科技科普", "普法宣传", "体育健身", "健康服务", "生态环保"),
    # the eight of Changzhi (seed 004)
    "changzhi": ("理论政策宣讲", "文化文艺服务", "助学支教", "医疗健身", "科学普及", "法律服务", "卫生环保", "扶贫帮困"),
    "none": (),
}


def seed_teams(session: Session, preset: str, station_id: str) -> None:
    """Add a preset's teams. Their ids are derived from (station, name), so two
    PCs of one station seeding the same preset make the same rows, not twins."""
    for order, name in enumerate(TEAM_PRESETS[preset]):
        full = f"{name}志愿服务队"
        row_id = derived_id(station_id, "preset-team", full)
        if session.get(Team, row_id) is None:
            session.add(Team(id=row_id, name=full, sort_order=order))


def ensure_preset_teams(db: Database, preset: str = "district", actor: str = "系统") -> int:
    """Seed the preset teams on a station that has never had any team (a PC
    enrolled to a station the county created). Returns how many were added."""
    with db.session(actor) as session:
        if session.exec(select(func.count()).select_from(Team)).one():
            return 0  # the station has (or had) teams: never resurrect deleted ones
        seed_teams(session, preset, db.station_id)
        return len(TEAM_PRESETS[preset])


def list_teams(db: Database, include_deleted: bool = False) -> list[Team]:
    with db.read() as session:
        query = select(Team).order_by(Team.sort_order, Team.name)
        if not include_deleted:
            query = query.where(Team.deleted_at.is_(None))
        return list(session.exec(query))


def team_sizes(db: Database) -> dict[str, int]:
    with db.read() as session:
        rows = session.exec(
            select(TeamMember.team_id, func.count()).join(Volunteer, Volunteer.id == TeamMember.volunteer_id)
            .where(TeamMember.deleted_at.is_(None), Volunteer.deleted_at.is_(None), Volunteer.status == "active")
            .group_by(TeamMember.team_id))
        return dict(rows.all())


def _check_name(session: Session, name: str, exclude: str | None = None) -> str:
    name = normalize_text(name)
    if not name:
        raise ValidationError(translate("services.teams", "The team name must not be empty."), field="name")
    query = select(Team).where(Team.name == name, Team.deleted_at.is_(None))
    if exclude:
        query = query.where(Team.id != exclude)
    if session.exec(query).first():
        raise ValidationError(translate("services.teams", "There is a team called “{name}” already; choose another name.").format(name=name), field="name")
    return name


def add_team(db: Database, name: str, description: str = "", actor: str = "站长") -> Team:
    with db.session(actor) as session:
        name = _check_name(session, name)
        order = session.exec(select(func.max(Team.sort_order))).one() or 0
        team = Team(name=name, description=normalize_text(description), sort_order=order + 1)
        session.add(team)
        audit(session, actor, "team.add", "team", team.id, name=name)
    return team


def edit_team(db: Database, team_id: str, actor: str = "站长", **changes) -> Team:
    with db.session(actor) as session:
        team = live(session, Team, team_id)
        if "name" in changes:
            team.name = _check_name(session, changes.pop("name"), exclude=team_id)
        for key in ("description", "leader_id", "sort_order"):
            if key in changes:
                setattr(team, key, changes[key])
    return team


def delete_team(db: Database, team_id: str, actor: str = "站长") -> None:
    """Soft delete; members keep their records, past activities keep the team name."""
    with db.session(actor) as session:
        team = live(session, Team, team_id)
        team.deleted_at = datetime.now()
        audit(session, actor, "team.delete", "team", team_id, name=team.name)


def resolve_team(session: Session, name_or_id: str) -> Team:
    key = normalize_text(name_or_id)
    team = session.get(Team, key)
    if team is None:
        candidates = session.exec(select(Team).where(Team.deleted_at.is_(None))).all()
        exact = [t for t in candidates if t.name == key]
        loose = [t for t in candidates if t.name.removesuffix("志愿服务队") == key.removesuffix("志愿服务队")]
        team = (exact or loose or [None])[0]
    if team is None or team.deleted_at is not None:
        raise ValidationError(translate("services.teams", "No team “{key}”. Create it first under “Volunteers → Teams”, or check the name.").format(key=key),
                          field="team")
    return team


def set_membership(session: Session, team_id: str, volunteer_id: str, member: bool = True) -> None:
    """Add or remove a member; the row id is derived so two PCs agree on it."""
    row_id = derived_id(team_id, volunteer_id)
    row = session.get(TeamMember, row_id)
    if member:
        if row is None:
            session.add(TeamMember(id=row_id, team_id=team_id, volunteer_id=volunteer_id))
        elif row.deleted_at is not None:
            row.deleted_at = None
    elif row is not None and row.deleted_at is None:
        row.deleted_at = datetime.now()


def volunteer_teams(db: Database) -> dict[str, list[str]]:
    """volunteer id -> names of the teams they belong to."""
    with db.read() as session:
        rows = session.exec(
            select(TeamMember.volunteer_id, Team.name).join(Team, Team.id == TeamMember.team_id)
            .where(TeamMember.deleted_at.is_(None), Team.deleted_at.is_(None)).order_by(Team.sort_order))
        result: dict[str, list[str]] = {}
        for volunteer_id, name in rows:
            result.setdefault(volunteer_id, []).append(name)
        return result
