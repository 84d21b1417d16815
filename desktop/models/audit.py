"""The audit log: who did what, when; grow-only and synced."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import SyncedBase, SyncKind, synced


@synced(SyncKind.APPEND)
class AuditEntry(SyncedBase, table=True):
    __tablename__ = "audit_log"
    at: NaiveDatetime = Field(default_factory=datetime.now)
    actor: str = Field(max_length=50)
    action: str = Field(max_length=50)
    entity: str = Field(default="", max_length=50)
    entity_id: str = Field(default="", max_length=36)
    detail: str = Field(default="")
