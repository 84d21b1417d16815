"""Points / time bank / 爱心超市: a ledger, never a mutable balance."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import SyncedBase, SyncKind, synced


@synced(SyncKind.APPEND)
class PointEntry(SyncedBase, table=True):
    __tablename__ = "point_entry"
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    points: int  # positive earned, negative spent
    reason: str = Field(max_length=200)
    activity_id: str | None = Field(default=None, foreign_key="activity.id", max_length=36)
    operator: str = Field(default="", max_length=50)
    voids: str | None = Field(default=None, max_length=36)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
