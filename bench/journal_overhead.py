"""Journal overhead: 10,000 volunteers through the bulk service path (journal
included) against raw sqlite3 executemany of the same rows into a plain table
of the same shape, both on disk with the same pragmas, in one run. The service
path runs twice: on a plain file and on a SQLCipher-encrypted one (the app's
default once the station head has an account), and the ratio is reported.

    .venv/bin/python bench/journal_overhead.py [--rows 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
from pathlib import Path

from _common import report, timed

from desktop.db import Database
from desktop.models import Volunteer
from desktop.services.demo import volunteer_rows
from desktop.services.station import setup_station
from desktop.services.volunteers import bulk_add_volunteers


def ours(rows, batch: int, encrypted: bool = False) -> float:
    from desktop import crypto

    folder = Path(tempfile.mkdtemp(prefix="bench-journal-"))
    try:
        db = Database(folder, key=crypto.new_key() if encrypted else None)
        setup_station(db, name="基准测试站", preset="none")
        seconds, ids = timed(bulk_add_volunteers, db, [dict(r) for r in rows], batch=batch)
        assert len(ids) == len(rows)
        db.close()
        return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def baseline(rows, key: bytes | None = None) -> float:
    folder = Path(tempfile.mkdtemp(prefix="bench-raw-"))
    try:
        if key is None:
            conn = sqlite3.connect(folder / "raw.sqlite")
        else:  # the same through SQLCipher, keyed like the app's file
            from desktop import crypto

            conn = crypto.connect(folder / "raw.sqlite", key)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        columns = [c.name for c in Volunteer.__table__.columns]
        conn.execute(f"CREATE TABLE volunteer ({', '.join(c + (' TEXT PRIMARY KEY' if c == 'id' else '') for c in columns)})")
        conn.execute("CREATE INDEX ix_name ON volunteer(name)")
        conn.execute("CREATE INDEX ix_phone ON volunteer(phone)")
        conn.execute("CREATE INDEX ix_card ON volunteer(id_card)")
        conn.execute("CREATE INDEX ix_station ON volunteer(station_id)")
        from desktop.models import new_id

        def run():
            params = []
            for r in rows:
                values = {c: None for c in columns}
                values.update({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()})
                values["id"], values["station_id"] = new_id(), "s"
                params.append(tuple(values[c] for c in columns))
            with conn:
                conn.executemany(f"INSERT INTO volunteer VALUES ({', '.join('?' for _ in columns)})", params)

        seconds, _ = timed(run)
        conn.close()
        return seconds
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = volunteer_rows(args.rows, seed=3)
    raw = min(baseline(rows) for _ in range(args.repeat))
    one = min(ours(rows, batch=args.rows) for _ in range(args.repeat))
    batched = min(ours(rows, batch=500) for _ in range(args.repeat))
    from desktop import crypto

    raw_enc = min(baseline(rows, crypto.new_key()) for _ in range(args.repeat))
    one_enc = min(ours(rows, batch=args.rows, encrypted=True) for _ in range(args.repeat))
    batched_enc = min(ours(rows, batch=500, encrypted=True) for _ in range(args.repeat))
    report(f"journal overhead, {args.rows} volunteers (best of {args.repeat})", [
        ("baseline: raw sqlite3 executemany, one transaction", f"{raw * 1000:.0f} ms"),
        ("ours: bulk service path + journal, one transaction", f"{one * 1000:.0f} ms"),
        ("ours: default batches of 500 (20 commits)", f"{batched * 1000:.0f} ms"),
        ("ratio ours/baseline (one transaction)", f"{one / raw:.2f}  (target <= 3)"),
        ("ratio ours/baseline (batches of 500)", f"{batched / raw:.2f}"),
        ("ours encrypted (SQLCipher): one transaction", f"{one_enc * 1000:.0f} ms"),
        ("ours encrypted (SQLCipher): batches of 500", f"{batched_enc * 1000:.0f} ms"),
        ("ratio encrypted/plain (one transaction)", f"{one_enc / one:.2f}"),
        ("ratio encrypted/plain (batches of 500)", f"{batched_enc / batched:.2f}"),
        ("baseline encrypted: raw SQLCipher executemany", f"{raw_enc * 1000:.0f} ms"),
        ("ratio encrypted ours/encrypted baseline (one transaction)", f"{one_enc / raw_enc:.2f}  (target <= 3)"),
        ("ratio encrypted ours/plain baseline (one transaction)", f"{one_enc / raw:.2f}"),
    ])


if __name__ == "__main__":
    main()
