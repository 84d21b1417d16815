"""The merge: every row is a map of last-writer-wins registers.

Pure functions over plain dicts, shared by the desktop apply and the county
server (no Qt, no database). A row state is (values, clocks): per field, the
value and the stamp of the write that won. A write wins a field when its
stamp is greater; on an equal stamp (only a hostile or buggy peer sends two
different values under one stamp) the greater canonical value wins, so the
result never depends on arrival order.

Append-only tables (sign-ins, corrections, points, audit) use the same rule:
their rows are only ever inserted, and two PCs inserting the same derived id
hold the same fact, so whichever insert wins is the same sign-in.

`clocks` may hold a row base under "*" (the desktop stores a new row's clock
that way); a field without its own stamp has the base's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from desktop.sync.protocol import canonical

BASE = "*"


def clock_of(clocks: Mapping[str, str], field: str) -> str:
    return clocks.get(field) or clocks.get(BASE, "")


def wins(stamp: str, value: Any, current_stamp: str, current_value: Any) -> bool:
    if stamp != current_stamp:
        return stamp > current_stamp
    return canonical(value) > canonical(current_value)


def merge_entry(values: dict[str, Any], clocks: dict[str, str], fields: Mapping[str, Any], stamp: str) -> dict[str, Any]:
    """Fold one write into a row state, in place. Returns the fields that changed."""
    changed = {}
    for field, value in fields.items():
        current = clock_of(clocks, field)
        if current == "" or wins(stamp, value, current, values.get(field)):
            values[field] = value
            clocks[field] = stamp
            changed[field] = value
    return changed


def join_rows(a: tuple[dict, dict], b: tuple[dict, dict]) -> tuple[dict, dict]:
    """The least upper bound of two states of one row, with per-field clocks
    (commutative, associative, idempotent)."""
    values, clocks = dict(a[0]), dict(a[1])
    for field, stamp in b[1].items():
        merge_entry(values, clocks, {field: b[0].get(field)}, stamp)
    return values, clocks


def join_states(a: Mapping[str, tuple[dict, dict]], b: Mapping[str, tuple[dict, dict]]) -> dict[str, tuple[dict, dict]]:
    """Join two replicas' states (row id -> (values, clocks))."""
    out = dict(a)
    for row_id, state in b.items():
        out[row_id] = join_rows(out[row_id], state) if row_id in out else (dict(state[0]), dict(state[1]))
    return out


def fold(entries: Iterable[tuple[str, Mapping[str, Any], str]]) -> dict[str, tuple[dict, dict]]:
    """Apply (row_id, fields, stamp) writes in the given order to an empty state."""
    state: dict[str, tuple[dict, dict]] = {}
    for row_id, fields, stamp in entries:
        values, clocks = state.setdefault(row_id, ({}, {}))
        merge_entry(values, clocks, fields, stamp)
    return state


def stamps_of(clocks: Mapping[str, str], known: Iterable[str] | None = None) -> set[str]:
    """Distinct winning stamps of a row, for the integrity digest.

    The base '*' counts only if some field still carries it: when `known`
    (the columns of the row) is given and every one has its own stamp, the
    base is gone from the row's data.
    """
    explicit = {k: v for k, v in clocks.items() if k != BASE}
    stamps = set(explicit.values())
    if BASE in clocks:
        if known is None or any(f not in explicit for f in known):
            stamps.add(clocks[BASE])
    return stamps
