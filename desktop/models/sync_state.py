"""Local-only sync state: pulled entries waiting to be applied, entries held
back (quarantine), fields this version does not know, and photo uploads."""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from desktop.models.base import local_table


@local_table
class SyncStaged(SQLModel, table=True):
    """A page of entries pulled from the county server, not yet applied, kept
    as the server sent it (JSON). Pages are staged as they arrive, with the
    cursor they reach (Meta "staged_cursor"); one transaction then applies
    them all and moves "pull_cursor"."""

    __tablename__ = "sync_staging"
    n: int | None = Field(default=None, primary_key=True)
    last_seq: int
    entries: str  # JSON: the page's "entries" array


@local_table
class SyncQuarantine(SQLModel, table=True):
    """A pulled entry held back: its stamp is more than a day ahead of our
    corrected clock, or a row it needs has not arrived yet. Retried at every sync."""

    __tablename__ = "sync_quarantine"
    entry_id: str = Field(primary_key=True, max_length=36)
    server_seq: int
    entity: str = Field(max_length=50)
    row_id: str = Field(max_length=36)
    fields: str
    hlc: str = Field(max_length=64)
    site: str = Field(max_length=32)
    actor: str = Field(default="", max_length=50)
    reason: str = Field(max_length=20)  # future | waiting
    since: NaiveDatetime = Field(default_factory=datetime.now)


@local_table
class SyncExtra(SQLModel, table=True):
    """A field (or a whole table) this version of the app does not know, kept
    with its stamp so that nothing is lost and the integrity check still agrees."""

    __tablename__ = "sync_extra"
    entity: str = Field(primary_key=True, max_length=50)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=64)
    value: str  # JSON
    hlc: str = Field(max_length=64)


@local_table
class PhotoUpload(SQLModel, table=True):
    """Upload state of a photo file: the tus URL to resume, and done."""

    __tablename__ = "photo_upload"
    sha256: str = Field(primary_key=True, max_length=64)
    url: str = Field(default="", max_length=500)
    done: bool = False
    updated_at: NaiveDatetime = Field(default_factory=datetime.now)


@local_table
class SyncRejected(SQLModel, table=True):
    """A pulled entry this PC could not use: it breaks the wire schema
    (desktop.sync.schema), is malformed, or failed to write. Kept as pulled,
    with the reason, so sync goes on with everything else; shown on the sync
    page and by `sync-problems`, reported to the county, and retried when the
    app's rules change (`rules` differs from desktop.sync.quarantine.rules_version())."""

    __tablename__ = "sync_rejected"
    entry_id: str = Field(primary_key=True, max_length=36)
    server_seq: int = 0
    entity: str = Field(default="", max_length=50)
    row_id: str = Field(default="", max_length=36)
    hlc: str = Field(default="", max_length=80)
    entry: str  # JSON: the entry as pulled (bounded)
    reason: str = Field(max_length=500)
    rules: str = Field(max_length=64)
    since: NaiveDatetime = Field(default_factory=datetime.now)
