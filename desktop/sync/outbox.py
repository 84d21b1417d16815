"""The push side of the journal: the next batch of waiting entries as a ready push body.

One query and one JSON encoding per batch, and no per-row objects in between: the field maps go as the
journal's own JSON text (orjson.Fragment, not parsed again). The rows are read with the DBAPI cursor
under SQLAlchemy's connection, below Core on purpose: Core's Row objects and attribute access cost more
than the query itself on a first push of 100,000 entries (bench/sync_push.py, bench/README.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

ENTRY_OVERHEAD = 200  # bytes of JSON around one entry's field map (ids, stamp, site, keys)

_QUERY = ("SELECT seq, entry_id, entity, row_id, station_id, fields, hlc, site, actor FROM journal "
          "WHERE seq > ? ORDER BY seq LIMIT ?")


@dataclass(frozen=True)
class Batch:
    body: bytes  # {"entries": [...]} as JSON, not yet compressed
    last_seq: int  # the journal seq of its last entry: the push cursor once it is acknowledged
    count: int


def next_batch(db, after: int, limit: int, limit_bytes: int) -> Batch | None:
    """Up to `limit` journal entries after `after`, stopping after the one that takes the batch past
    `limit_bytes` of JSON (at least one); None when nothing waits."""
    with db.engine.connect() as conn:
        rows = conn.connection.dbapi_connection.execute(_QUERY, (after, max(1, limit))).fetchall()
    if not rows:
        return None
    fragment, entries, size = orjson.Fragment, [], 0
    for _seq, entry_id, entity, row_id, station_id, fields, hlc, site, actor in rows:
        entries.append({"id": entry_id, "entity": entity, "row_id": row_id, "station_id": station_id,
                        "fields": fragment(fields), "hlc": hlc, "site": site, "actor": actor[:50]})
        size += len(fields) + ENTRY_OVERHEAD
        if size > limit_bytes:
            break
    return Batch(orjson.dumps({"entries": entries}), rows[len(entries) - 1][0], len(entries))
