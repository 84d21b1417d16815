"""The station profile and its synced settings."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import MutableBase, SyncKind, synced


@synced(SyncKind.MUTABLE)
class Station(MutableBase, table=True):
    __tablename__ = "station"
    name: str = Field(max_length=100)
    village: str = Field(default="", max_length=100)
    town: str = Field(default="", max_length=100)
    county: str = Field(default="", max_length=100)
    head_name: str = Field(default="", max_length=50)  # 站长
    phone: str = Field(default="", max_length=30)
    address: str = Field(default="", max_length=200)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)


@synced(SyncKind.MUTABLE)
class Setting(MutableBase, table=True):
    """Per-station settings and county-pushed target rules, as JSON values.

    The id is derived from (station, key) so two PCs setting the same key
    write the same row.
    """

    __tablename__ = "setting"
    key: str = Field(max_length=100, index=True)
    value: str = Field(default="null")  # JSON
