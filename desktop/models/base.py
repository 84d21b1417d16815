"""Shared base for synced tables, ids, and the registry the journal reads.

Every synced row carries `id` (UUIDv7 made on the device), `station_id`, and
`field_clocks`: the local version state of the row (the HLC stamp of the
last write of each field), which the merge compares and which never crosses
the wire as data.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from desktop.ids import ID_NAMESPACE, derived_id, new_id  # noqa: F401  (ids live in desktop.ids, table-free)


class SyncKind(StrEnum):
    MUTABLE = "mutable"  # map of last-writer-wins registers, soft-deleted
    APPEND = "append"  # grow-only set; a mistake is undone by a void entry


# table name -> model class, filled by @synced
SYNCED: dict[str, type[SyncedBase]] = {}
# tables that never sync; each must say so here (the capture test checks)
LOCAL_TABLES: set[str] = set()


class SyncedBase(SQLModel):
    __sync_kind__: ClassVar[SyncKind]
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    station_id: str = Field(index=True, max_length=36)
    field_clocks: str | None = Field(default=None, description="local version state; not data")


class MutableBase(SyncedBase):
    deleted_at: NaiveDatetime | None = Field(default=None)


def synced(kind: SyncKind):
    def register(model: type[SyncedBase]) -> type[SyncedBase]:
        model.__sync_kind__ = kind
        SYNCED[model.__tablename__] = model
        return model

    return register


def local_table(model: type[SQLModel]) -> type[SQLModel]:
    LOCAL_TABLES.add(model.__tablename__)
    return model


# Columns that are bookkeeping, never journaled as changed data.
NOT_DATA = frozenset({"id", "field_clocks"})


def data_columns(model: type[SyncedBase]) -> list[str]:
    return [c.name for c in model.__table__.columns if c.name not in NOT_DATA]
