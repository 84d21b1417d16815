"""The secondary indexes of a table a snapshot fills while it is empty: dropped first, noted in
`meta` in the same transaction (INDEX_META), built again after the last batch, one database step
each. A PC killed in between gets them back at its next sync (restore_indexes, the engine's first
step) or before a migration (desktop.db.restore_dropped_indexes)."""

from __future__ import annotations

import orjson

from desktop.sync.apply import WRITE_ERRORS, get_meta, set_meta

INDEX_META = "snapshot_indexes"  # indexes dropped while a fresh table fills: {name: its CREATE INDEX}


def drop_indexes(conn, table: str) -> None:
    """Drop the table's own secondary indexes (not the unique ones, which the data relies on) and note
    them in the same transaction, so that a PC killed before `rebuild_indexes` gets them back at its
    next sync (restore_indexes, from the engine's first step)."""
    names = [row[1] for row in conn.exec_driver_sql(f'PRAGMA index_list("{table}")') if not row[2] and row[3] == "c"]
    if not names:
        return
    saved = saved_indexes(conn)
    for name in names:
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).scalar()
        if not sql or not sql.startswith("CREATE INDEX "):
            continue
        saved[name] = sql
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    set_meta(conn, INDEX_META, orjson.dumps(saved).decode())


def saved_indexes(conn) -> dict[str, str]:
    try:
        saved = orjson.loads(get_meta(conn, INDEX_META) or "{}")
    except orjson.JSONDecodeError:
        return {}
    return saved if isinstance(saved, dict) else {}


def dropped_indexes(db) -> list[str]:
    with db.engine.connect() as conn:
        return sorted(saved_indexes(conn))


def rebuild_index(db, name: str) -> None:
    """Create one index dropped by drop_indexes again (one database step) and forget the note."""
    with db.engine.begin() as conn:
        saved = saved_indexes(conn)
        sql = saved.pop(name, None)
        if isinstance(sql, str) and sql.startswith("CREATE INDEX "):
            try:
                with conn.begin_nested():
                    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS " + sql[len("CREATE INDEX "):])
            except WRITE_ERRORS:  # its table or column went (a later migration): nothing to restore
                pass
        set_meta(conn, INDEX_META, orjson.dumps(saved).decode())


def restore_indexes(db) -> None:
    """Every index a snapshot cut short left dropped, created again (nothing to do on almost every sync)."""
    for name in dropped_indexes(db):
        rebuild_index(db, name)
