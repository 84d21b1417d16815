"""Points balances with 20,000 volunteers and 500,000 ledger entries (issue 13).

- page opens: the real 积分 page (offscreen Qt) from construction until its table
  shows the first screenful (the first 50 volunteers in name order, exact balances
  from index ranges of `ix_point_entry_balance`, on the database worker). Target < 200 ms.
- every row: from construction until the table holds every balance row (one
  GROUP BY over the covering index, at the database worker's background priority).
- one balance: `points.balance` for a random volunteer (an index range). Target < 5 ms.
Baseline in the same run: raw sqlite3 on the same file, `SELECT SUM(points) ... GROUP BY`
and the single-volunteer SUM.

    .venv/bin/python bench/points.py [--volunteers 20000] [--entries 500000]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import median, percentile, report  # noqa: E402  (after the Qt platform is set)
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.models import PointEntry  # noqa: E402
from desktop.services import points  # noqa: E402
from desktop.services.demo import volunteer_rows  # noqa: E402
from desktop.services.station import setup_station  # noqa: E402
from desktop.services.volunteers import bulk_add_volunteers  # noqa: E402
from desktop.sync.journal import bulk_insert  # noqa: E402
from desktop.ui.app import open_context  # noqa: E402


def wait(app, predicate, timeout: float = 900.0) -> None:
    end = time.perf_counter() + timeout
    while not predicate():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the page did not answer in time")


def fill(db, volunteers: list[str], schemes: list[str], entries: int, rng: random.Random) -> None:
    kinds = ("earned", "earned", "earned", "spent", "deducted")
    batch = 50_000
    held: dict[tuple[str, str], int] = {}
    for start in range(0, entries, batch):
        rows = []
        for _ in range(min(batch, entries - start)):
            vol, scheme = rng.choice(volunteers), rng.choice(schemes)
            kind = rng.choice(kinds)
            amount = rng.randrange(100, 1000)
            if kind != "earned" and held.get((vol, scheme), 0) >= amount:
                amount = -amount
            else:
                kind = "earned"  # nobody spends more than they have: no overdraft flags
            held[(vol, scheme)] = held.get((vol, scheme), 0) + amount
            rows.append({"volunteer_id": vol, "scheme_id": scheme, "points": amount,
                         "kind": kind, "source": "manual", "reason": "基准数据", "operator": "站长",
                         "on_date": date(2025, 1, 1) + timedelta(days=rng.randrange(700))})
        with db.session("基准") as session:
            bulk_insert(session, PointEntry, rows)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=20_000)
    parser.add_argument("--entries", type=int, default=500_000)
    parser.add_argument("--opens", type=int, default=7)
    parser.add_argument("--lookups", type=int, default=2000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-points-"))
    try:
        ctx = open_context(folder)
        db = ctx.db
        setup_station(db, name="基准测试站")
        vols = bulk_add_volunteers(db, volunteer_rows(args.volunteers, seed=5))
        schemes = [points.add_scheme(db, "积分超市").id, points.add_scheme(db, "时间银行", "小时").id]
        rng = random.Random(13)
        started = time.perf_counter()
        fill(db, vols, schemes, args.entries, rng)
        filled = time.perf_counter() - started
        with sqlite3.connect(db.path) as raw:
            raw.execute("ANALYZE")
        from desktop.ui.points.page import Page

        opens, alls = [], []
        for _ in range(args.opens):
            start = time.perf_counter()
            page = Page(ctx)
            page.show()
            wait(app, lambda page=page: page.balances.model.rowCount() > 0)
            opens.append(time.perf_counter() - start)
            first_rows = page.balances.model.rowCount()
            wait(app, lambda page=page: page.balances.complete)
            alls.append(time.perf_counter() - start)
            rows = page.balances.model.rowCount()
            wait(app, lambda: not ctx.ops.busy())  # the index and the rule run finish before the next open
            page.close()
            page.deleteLater()
            app.processEvents()

        picks = [(rng.choice(vols), rng.choice(schemes)) for _ in range(args.lookups)]
        one = []
        for vol, sch in picks:
            start = time.perf_counter()
            points.balance(db, vol, sch)
            one.append(time.perf_counter() - start)

        raw = sqlite3.connect(db.path)
        group, single = [], []
        for _ in range(args.opens):
            start = time.perf_counter()
            raw.execute("SELECT scheme_id, volunteer_id, SUM(points) FROM point_entry "
                        "GROUP BY scheme_id, volunteer_id").fetchall()
            group.append(time.perf_counter() - start)
        for vol, sch in picks:
            start = time.perf_counter()
            raw.execute("SELECT SUM(points) FROM point_entry WHERE scheme_id = ? AND volunteer_id = ?",
                        (sch, vol)).fetchone()
            single.append(time.perf_counter() - start)
        raw.close()
        ctx.ops.shutdown()
        ms = 1000
        report(f"Points, {args.volunteers} volunteers, {args.entries} entries", [
            ("ledger filled (bulk, journaled)", f"{filled:.1f} s"),
            ("(a) page opens -> first screenful shown, median",
             f"{median(opens) * ms:.0f} ms  ({first_rows} rows; target < 200 ms)"),
            ("(a) page opens, worst", f"{max(opens) * ms:.0f} ms"),
            ("(b) page -> every row shown, median", f"{median(alls) * ms:.0f} ms  ({rows} rows)"),
            ("(b) every row, worst", f"{max(alls) * ms:.0f} ms"),
            ("baseline: raw GROUP BY, median", f"{median(group) * ms:.0f} ms"),
            ("ratio (a) opens / raw GROUP BY", f"{median(opens) / median(group):.2f}x"),
            ("ratio (b) every row / raw GROUP BY", f"{median(alls) / median(group):.2f}x"),
            ("one balance, median", f"{median(one) * ms:.3f} ms"),
            ("one balance, p95", f"{percentile(one, 95) * ms:.3f} ms  (target < 5 ms)"),
            ("baseline: raw single SUM, median", f"{median(single) * ms:.3f} ms"),
            ("ratio (service / raw)", f"{median(one) / median(single):.1f}x"),
        ])
        ctx.db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
