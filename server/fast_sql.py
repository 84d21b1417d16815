"""Driver-level SQL for the hot paths of a push (the log, the row states, look-ups by id).

Below SQLAlchemy Core on purpose: its per-row parameter handling (dicts, type processors,
compiled-cache look-ups) cost more than the insert itself on a first push of 100,000 entries.
sqlite3's executemany is one prepared statement stepped per row in C; psycopg's sends the rows
pipelined. Used by server.store.
"""

from __future__ import annotations

CHUNK = 5000  # ids per `IN (...)` look-up: a whole push batch (SQLite takes 32,766 parameters, psycopg 65,535;
# one statement of 5,000 was twice as fast as ten of 500)


def insert_rows(conn, table, columns, params: list[tuple]) -> None:
    """One driver-level executemany of ready tuples (values already in the driver's form)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(mark for _ in columns)})', params)


def select_in(conn, sql: str, fixed: list, values: list, chunk: int = CHUNK) -> list:
    """Rows of a driver-level query `... IN ({marks})` over `values`, `chunk` at a time (no statement to
    compile per chunk, which cost more than the query on a first push)."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    out = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        text = sql.format(mark=mark, marks=", ".join([mark] * len(part)))
        out.extend(conn.exec_driver_sql(text, (*fixed, *part)).fetchall())
    return out
