"""The snapshot wire (GET /v1/snapshot), shared by the county server and the PC: its version, its
lines, and the wire schema checked a column at a time.

An initial sync takes each synced table's current rows instead of replaying the log
(desktop.sync.snapshot on the PC, server.snapshot on the county server). The answer is
newline-delimited JSON (gzipped on the wire like every answer), one object a line:

    {"snapshot": 1, "cursor": C, "rules": "<schema fingerprint>", "rows": N, "server_time": T}
    {"table": "volunteer", "ids": [...], "fields": ["name", ...], "values": [[...], ...], "stamps": [...]}
    {"table": "volunteer", "entries": [<pulled entries>]}
    {"end": true, "rows": N, "tables": {"volunteer": {"count": n, "digest": "..."}}}

- A batch holds rows of one table with the same field names: `values[k][i]` is field k of row i
  (a column), `stamps[i]` the row's winning stamp (one text when every field has it) or the list
  of each field's stamp.
- Tables come parents first, in the order the PC asked (`order`), then the tables it did not name.
- `entries` carries the whole log (up to C) of rows one of whose entries breaks the wire schema
  (an older server stored them unchecked): the PC replays those rows, so it quarantines exactly
  what a replay of the log quarantines.
- C is the station's sequence the snapshot is consistent with (one repeatable-read transaction):
  the PC pulls the log after C as usual. The digests are the server's at C (`/v1/check`'s).

The version rule: the PC asks for `version=SNAPSHOT_VERSION`; a server that does not serve it
answers 404 (no endpoint) or 422, and the PC replays the log. A PC whose wire schema differs from
the server's (`rules`) replays the log too: the server judged the rows by its rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from desktop.sync import schema
from desktop.sync.clock import SITE_PATTERN, STAMP_PATTERN

SNAPSHOT_VERSION = 1
BATCH_ROWS = 2000  # rows per batch line: one PC database step each (a kiosk tap waits at most one)
MEDIA_TYPE = "application/x-ndjson"

_ID_LINES = re.compile(r"\A(?:[0-9A-Za-z-]{1,36}\n)*[0-9A-Za-z-]{1,36}\Z", re.ASCII)
_STAMP_LINES = re.compile(rf"\A(?:{STAMP_PATTERN[1:-1]}\n)*{STAMP_PATTERN[1:-1]}\Z", re.ASCII)
_SITE = re.compile(rf"\A{SITE_PATTERN}\Z", re.ASCII)


def ids_ok(values: Sequence[Any]) -> bool:
    """Every value is an id ([0-9A-Za-z-]{1,36}): one regular expression over the column."""
    return all(v.__class__ is str for v in values) and (not values or bool(_ID_LINES.match("\n".join(values))))


def stamps_ok(values: Sequence[Any]) -> bool:
    """Every value is a stamp of desktop.sync.clock's pattern (ASCII only)."""
    return all(v.__class__ is str for v in values) and (not values or bool(_STAMP_LINES.match("\n".join(values))))


def site_ok(value: Any) -> bool:
    return isinstance(value, str) and bool(_SITE.match(value))


def field_rule(entity: str, name: Any) -> schema.Rule | None:
    """The rule of a field as desktop.sync.schema.check_fields applies it; None: the name itself is refused."""
    rule = schema.rules(entity).get(name)
    if rule is not None:
        return rule
    if not isinstance(name, str) or not schema.FIELD_NAME.fullmatch(name) or name in schema.NOT_DATA:
        return None
    return schema.UNKNOWN


def entity_ok(entity: Any) -> bool:
    return isinstance(entity, str) and (bool(schema.rules(entity)) or bool(schema.ENTITY_NAME.fullmatch(entity)))


def bad_rows(entity: str, fields: Sequence[str], columns: Sequence[Sequence[Any]]) -> set[int]:
    """Rows (indices) of a batch whose values break the wire schema, field by field (the rules of
    check_fields, but a column at a time: a quick proof for a clean column, the rule value by value
    only where that fails)."""
    bad: set[int] = set()
    rows = len(columns[0]) if columns else 0
    if not entity_ok(entity) or not 1 <= len(fields) <= schema.MAX_FIELDS:
        return set(range(rows))
    for name, values in zip(fields, columns, strict=True):
        rule = field_rule(entity, name)
        if rule is None:
            return set(range(rows))
        if schema.column_ok(rule, values):
            continue
        bad.update(i for i, v in enumerate(values) if rule.broken(v) is not None)
    return bad


__all__ = ["BATCH_ROWS", "MEDIA_TYPE", "SNAPSHOT_VERSION", "bad_rows", "entity_ok", "field_rule", "ids_ok",
           "site_ok", "stamps_ok"]
