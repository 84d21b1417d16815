"""Tables that stay on this PC: the journal, clock and cursors, local users."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from desktop.models.base import local_table, new_id


@local_table
class JournalEntry(SQLModel, table=True):
    """One captured local write, waiting to be pushed (seq > push cursor).

    `seq` is a local autoincrement that orders the outbox and never crosses
    the wire; `entry_id` does.
    """

    __tablename__ = "journal"
    seq: int | None = Field(default=None, primary_key=True)
    entry_id: str = Field(max_length=36, unique=True)
    entity: str = Field(max_length=50)
    row_id: str = Field(max_length=36, index=True)
    station_id: str = Field(max_length=36)
    fields: str  # JSON: changed field -> value, wire form
    hlc: str = Field(max_length=64)
    site: str = Field(max_length=32)
    actor: str = Field(default="", max_length=50)


@local_table
class Meta(SQLModel, table=True):
    """Key/value state of this PC: site id, last HLC, sync cursors, server offset."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True, max_length=50)
    value: str


@local_table
class LocalUser(SQLModel, table=True):
    """A station-head or clerk login on this PC (argon2 hashes)."""

    __tablename__ = "local_user"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    username: str = Field(max_length=50, unique=True)
    display_name: str = Field(default="", max_length=50)
    role: str = Field(default="head", max_length=10)  # head | clerk
    password_hash: str = Field(default="")
    pin_hash: str = Field(default="")  # kiosk exit PIN
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
    disabled: bool = False
