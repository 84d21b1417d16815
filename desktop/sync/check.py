"""The local side of the integrity check: per table, the row count and the
XOR of row fingerprints (see protocol.row_hash), computed as the server does."""

from __future__ import annotations

from sqlalchemy import select

from desktop.models.base import SYNCED, data_columns
from desktop.models.sync_state import SyncExtra
from desktop.sync import merge, protocol
from desktop.sync.journal import clocks_decode

EXTRA = SyncExtra.__table__


def local_summary(db) -> dict[str, tuple[int, str]]:
    with db.engine.connect() as conn:
        extras: dict[tuple[str, str], set[str]] = {}
        for entity, row_id, stamp in conn.execute(select(EXTRA.c.entity, EXTRA.c.row_id, EXTRA.c.hlc)):
            extras.setdefault((entity, row_id), set()).add(stamp)
        hashes: dict[str, list[int]] = {}
        for entity, model in SYNCED.items():
            table = model.__table__
            known = data_columns(model)
            out = hashes.setdefault(entity, [])
            for row_id, clocks in conn.execute(select(table.c.id, table.c.field_clocks)):
                if clocks and clocks.startswith('{"*":"') and clocks.count('"') == 4:
                    stamps = {clocks[6:-2]}  # the usual row, written once: skip the JSON parser
                else:
                    stamps = merge.stamps_of(clocks_decode(clocks), known)
                stamps |= extras.pop((entity, row_id), set())
                out.append(protocol.row_hash(row_id, stamps))
    for (entity, row_id), stamps in extras.items():
        hashes.setdefault(entity, []).append(protocol.row_hash(row_id, stamps))
    return {entity: protocol.table_digest(values) for entity, values in hashes.items() if values}
