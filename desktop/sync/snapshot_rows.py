"""How a snapshot's column batches become the station file's rows: each column converted at a time
to what the driver stores (what binding `wire.from_wire`'s result would give, without a call per value
for the usual column), the insert tuples in the table's column order, and the clocks a replay stores
(desktop.sync.snapshot uses them; tests/sync/test_snapshot.py checks them against the applier's)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache

from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from desktop.models.base import NOT_DATA, SYNCED, data_columns
from desktop.sync import apply as applier
from desktop.sync import merge, protocol
from desktop.sync.wire import _column_types, from_wire

_DIALECT = SQLiteDialect_pysqlite()  # the station file's (bind processors depend on the dialect's kind only)
_DATETIMES = re.compile(r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?\n)*"
                        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{6})?", re.ASCII)
_DATES = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*\d{4}-\d\d-\d\d", re.ASCII)


def stored(entity: str, name: str, values: list, bind) -> list:
    """A column's wire values as the station file stores them: what binding from_wire's result gives
    (a datetime is stored as isoformat(" ") by the driver, a date as isoformat, a bool as 0/1), without
    a call per value for the usual column. The values have kept the wire schema (bad rows are left out)."""
    kind = _column_types(entity).get(name)
    present = [v for v in values if v is not None]
    if bind is None and kind is datetime and all(v.__class__ is str for v in present):
        joined = "\n".join(present)
        if not present or (_DATETIMES.fullmatch(joined) and ".000000" not in joined):
            if len(present) == len(values):  # "T" is only the separator: one pass over the column
                return joined.replace("T", " ").split("\n") if present else []
            return [None if v is None else v[:10] + " " + v[11:] for v in values]
    elif bind is None and kind is date and all(v.__class__ is str for v in present):
        if not present or _DATES.fullmatch("\n".join(present)):
            return values
    elif kind is bool and all(v.__class__ is bool for v in present):
        return values  # the driver binds True and False as 1 and 0, as Boolean's bind processor does
    elif kind is int and all(v.__class__ is int for v in present):
        return values if bind is None else [bind(v) for v in values]
    elif kind not in (datetime, date, bool, int):
        return values if bind is None else [bind(v) for v in values]  # from_wire passes them as they are
    values = [None if v is None else from_wire(entity, name, v) for v in values]
    return values if bind is None else [bind(v) for v in values]


def insert_params(entity: str, ids: list, names: list, columns: list, stamps: list, keep: list[int]) -> list[tuple]:
    """The insert tuples of rows `keep` of a batch, in the table's column order (what the applier writes
    for a new row: converted a column at a time, the clocks as a replay stores them)."""
    plan_columns, cells = applier._insert_plan(entity, _DIALECT)
    known = shape(entity)[1]
    known_set = set(known)
    position = {n: k for k, n in enumerate(names)}
    known_here = [n for n in names if n in known_set]
    whole = len(known_here) == len(known)
    count = len(names)
    out = []
    for name, _convert, bind, default in cells:
        if name == "id":
            values = [ids[i] for i in keep]
        elif name == "field_clocks":
            values = [f'{{"*":"{stamps[i]}"}}' if whole and stamps[i].__class__ is str  # protocol.stored's text
                      else protocol.stored(row_clocks(known_here, position, each(stamps[i], count), whole))
                      for i in keep]
        elif name in position:
            source = columns[position[name]]
            values = stored(entity, name, [source[i] for i in keep], bind)
        else:
            values = ([default.get_default(call_default_factory=True) for _ in keep] if default is not None
                      else [None] * len(keep))
            if bind is not None:
                values = [bind(v) for v in values]
        out.append(values)
    return list(zip(*out, strict=True))


@cache
def insert_sql(entity: str) -> str:
    columns = insert_plan_columns(entity)
    return (f'INSERT INTO "{SYNCED[entity].__tablename__}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
            f'VALUES ({", ".join("?" for _ in columns)})')


def insert_plan_columns(entity: str) -> list[str]:
    return applier._insert_plan(entity, _DIALECT)[0]


def each(stamp: str | list[str], count: int) -> list[str]:
    """A row's stamp per field."""
    return [stamp] * count if stamp.__class__ is str else stamp


_SHAPES: dict[str, tuple] = {}


def shape(entity: str):
    """(table, data columns, required columns, references to synced tables) of a synced table."""
    shape = _SHAPES.get(entity)
    if shape is None:
        model = SYNCED[entity]
        table = model.__table__
        required = [n for n, info in model.model_fields.items()
                    if info.is_required() and n in table.c and n not in NOT_DATA]
        refs = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.column.table.name in SYNCED]
        shape = _SHAPES[entity] = (table, data_columns(model), required, refs)
    return shape


def row_clocks(known_here: list[str], position: dict, row: list[str], whole: bool) -> dict[str, str]:
    clocks = {n: row[position[n]] for n in known_here}
    stamps = set(clocks.values())
    if whole and len(stamps) == 1:
        return {merge.BASE: stamps.pop()}
    return clocks
