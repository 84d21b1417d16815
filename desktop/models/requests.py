"""Residents' requests: 点单 -> 派单 -> 接单 -> done -> 评单."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import MutableBase, SyncKind, synced

STATES = ("requested", "dispatched", "accepted", "done", "rated", "cancelled")


@synced(SyncKind.MUTABLE)
class ServiceRequest(MutableBase, table=True):
    __tablename__ = "service_request"
    title: str = Field(max_length=200)
    description: str = Field(default="")
    requester_name: str = Field(default="", max_length=50)
    requester_phone: str = Field(default="", max_length=30)
    source: str = Field(default="station", max_length=10)  # station | county | menu
    status: str = Field(default="requested", max_length=12)
    dispatched_by: str = Field(default="", max_length=50)  # county | station
    team_id: str | None = Field(default=None, foreign_key="team.id", max_length=36)
    volunteer_id: str | None = Field(default=None, foreign_key="volunteer.id", max_length=36)
    requested_at: NaiveDatetime = Field(default_factory=datetime.now)
    dispatched_at: NaiveDatetime | None = None
    accepted_at: NaiveDatetime | None = None
    done_at: NaiveDatetime | None = None
    rating: int | None = None  # 1..5
    feedback: str = Field(default="", max_length=500)
