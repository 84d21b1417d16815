"""Volunteers, teams, team membership, and the 1+10 households."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import MutableBase, SyncedBase, SyncKind, synced


@synced(SyncKind.MUTABLE)
class Volunteer(MutableBase, table=True):
    __tablename__ = "volunteer"
    name: str = Field(max_length=50, index=True)
    gender: str = Field(default="", max_length=2)  # 男 / 女
    id_card: str | None = Field(default=None, max_length=18, index=True)
    birth_date: date | None = None
    phone: str = Field(default="", max_length=30, index=True)
    political_status: str = Field(default="", max_length=20)  # 中共党员, 共青团员, 群众, ...
    skills: str = Field(default="", max_length=200)
    tags: str = Field(default="", max_length=200)  # comma separated: 五老人员,退役军人,...
    join_date: date | None = None
    platform_no: str = Field(default="", max_length=50)  # national volunteer platform number
    status: str = Field(default="active", max_length=10)  # active | exited
    exit_date: date | None = None
    exit_reason: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=500)


@synced(SyncKind.MUTABLE)
class Team(MutableBase, table=True):
    __tablename__ = "team"
    name: str = Field(max_length=50)
    description: str = Field(default="", max_length=500)
    leader_id: str | None = Field(default=None, max_length=36)
    sort_order: int = 0


@synced(SyncKind.MUTABLE)
class TeamMember(MutableBase, table=True):
    """Membership; id derived from (team, volunteer): one row however many PCs add it."""

    __tablename__ = "team_member"
    team_id: str = Field(foreign_key="team.id", index=True, max_length=36)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    role: str = Field(default="", max_length=20)


@synced(SyncKind.MUTABLE)
class Household(MutableBase, table=True):
    """A household looked after by one volunteer under 1+10."""

    __tablename__ = "household"
    volunteer_id: str | None = Field(default=None, foreign_key="volunteer.id", index=True, max_length=36)
    head_name: str = Field(max_length=50)
    address: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=30)
    note: str = Field(default="", max_length=500)


@synced(SyncKind.APPEND)
class HouseholdVisit(SyncedBase, table=True):
    __tablename__ = "household_visit"
    household_id: str = Field(foreign_key="household.id", index=True, max_length=36)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    visited_on: date
    note: str = Field(default="", max_length=500)
    operator: str = Field(default="", max_length=50)
    voids: str | None = Field(default=None, max_length=36)  # id of the visit this entry cancels
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
