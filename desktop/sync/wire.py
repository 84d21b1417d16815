"""Field values in wire form (JSON-safe) and back, per model column."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from typing import Any

from desktop.models.base import SYNCED


def to_wire(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


@cache
def _column_types(entity: str) -> dict[str, type]:
    model = SYNCED[entity]
    types: dict[str, type] = {}
    for column in model.__table__.columns:
        try:
            types[column.name] = column.type.python_type
        except NotImplementedError:
            types[column.name] = str
    return types


def from_wire(entity: str, field: str, value: Any) -> Any:
    """Convert a wire value to the column's Python type. Unknown fields pass through."""
    if value is None:
        return None
    kind = _column_types(entity).get(field)
    if kind is datetime and isinstance(value, str):
        return datetime.fromisoformat(value)
    if kind is date and isinstance(value, str):
        return date.fromisoformat(value[:10])
    if kind is bool:
        return bool(value)
    if kind is int and isinstance(value, (int, float, str)) and not isinstance(value, bool):
        return int(value)
    return value


def known_fields(entity: str) -> set[str]:
    return set(_column_types(entity))
