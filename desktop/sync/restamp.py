"""Fresh stamps for pending entries made under a clock far ahead of the county.

The server refuses entries stamped more than a day ahead of it (they would
win every later edit for days). Entries still pending have been seen by no
one else, so this PC may re-stamp them: the clock is brought back to the
server's time (never below a stamp the server has already accepted from us),
and each pending entry, in order, gets a new stamp, both in the journal and
in the row's field clocks.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select, update

from desktop.models.base import SYNCED
from desktop.models.local import JournalEntry
from desktop.sync.apply import get_meta, set_meta
from desktop.sync.clock import Stamp
from desktop.sync.journal import JOURNALED, clocks_decode

JOURNAL = JournalEntry.__table__


def restamp_pending(db, server_time: int) -> int:
    db.clock.offset_ms = server_time - db.clock._now()
    changed = 0
    with db.engine.begin() as conn:
        conn = conn.execution_options(**{JOURNALED: True})
        cursor = int(get_meta(conn, "push_cursor", "0"))
        acked = conn.scalar(select(func.max(JOURNAL.c.hlc)).where(JOURNAL.c.seq <= cursor)) or ""
        base = max(acked, Stamp(server_time, 0, db.clock.site).encode())
        db.clock.reset(base)
        renamed: dict[tuple[str, str], dict[str, str]] = {}
        for seq, entity, row_id, stamp in conn.execute(select(JOURNAL.c.seq, JOURNAL.c.entity, JOURNAL.c.row_id,
                                                              JOURNAL.c.hlc).where(JOURNAL.c.seq > cursor)
                                                       .order_by(JOURNAL.c.seq)).all():
            if stamp <= base:
                continue
            fresh = db.clock.tick()
            conn.execute(update(JOURNAL).where(JOURNAL.c.seq == seq).values(hlc=fresh))
            renamed.setdefault((entity, row_id), {})[stamp] = fresh
            changed += 1
        for (entity, row_id), mapping in renamed.items():
            table = SYNCED[entity].__table__
            clocks = clocks_decode(conn.scalar(select(table.c.field_clocks).where(table.c.id == row_id)))
            clocks = {k: mapping.get(v, v) for k, v in clocks.items()}
            conn.execute(update(table).where(table.c.id == row_id).values(
                field_clocks=json.dumps(clocks, separators=(",", ":"))))
        set_meta(conn, "hlc", db.clock.last)
        set_meta(conn, "clock_offset_ms", db.clock.offset_ms)
    return changed
