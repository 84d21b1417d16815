"""Driver-level SQL for the hot paths of a push (the log, the row states, look-ups by id).

Below SQLAlchemy Core on purpose: its per-row parameter handling (dicts, type processors,
compiled-cache look-ups) cost more than the insert itself on a first push of 100,000 entries.
sqlite3's executemany is one prepared statement stepped per row in C. On PostgreSQL the rows go
in with COPY (psycopg writes them in C: a third of the CPU of its pipelined executemany, which
handles each row in Python), and a look-up by ids is one statement text with the ids as one array
parameter (`= ANY(%s)`), which psycopg parses once and prepares, instead of a text of its own per
count of ids. Used by server.log_append.
"""

from __future__ import annotations

from sqlalchemy import exc

CHUNK = 5000  # ids per `IN (...)` look-up: a whole push batch (SQLite takes 32,766 parameters, psycopg 65,535;
# one statement of 5,000 was twice as fast as ten of 500)


def insert_rows(conn, table, columns, params: list[tuple]) -> None:
    """Insert ready tuples (values already in the driver's form): COPY on PostgreSQL, one executemany on
    SQLite. A driver error comes out as SQLAlchemy's (IntegrityError and the like), as from execute()."""
    names = ", ".join(f'"{c}"' for c in columns)
    if conn.dialect.name == "postgresql":
        if not params:
            return
        sql = f'COPY "{table.name}" ({names}) FROM STDIN'
        driver = conn.connection.driver_connection
        try:
            with driver.cursor() as cursor, cursor.copy(sql) as copy:
                write = copy.write_row
                for row in params:
                    write(row)
        except conn.dialect.loaded_dbapi.Error as error:
            raise exc.DBAPIError.instance(sql, None, error, conn.dialect.loaded_dbapi.Error) from error
        return
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(mark for _ in columns)})', params)


def select_in(conn, sql: str, fixed: list, values: list, chunk: int = CHUNK) -> list:
    """Rows of a driver-level query `... IN ({marks})` over `values`, `chunk` at a time (no statement to
    compile per chunk, which cost more than the query on a first push). On PostgreSQL the values go as one
    array: `= ANY(%s)`, one statement text whatever their count."""
    if conn.dialect.name == "postgresql":
        text = sql.replace("IN ({marks})", "= ANY({mark})").format(mark="%s")
        return [row for start in range(0, len(values), chunk)
                for row in conn.exec_driver_sql(text, (*fixed, values[start:start + chunk])).fetchall()]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    out = []
    for start in range(0, len(values), chunk):
        part = values[start:start + chunk]
        text = sql.format(mark=mark, marks=", ".join([mark] * len(part)))
        out.extend(conn.exec_driver_sql(text, (*fixed, *part)).fetchall())
    return out
