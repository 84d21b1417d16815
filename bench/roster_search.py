"""Roster search: 50,000 volunteers, time from a keystroke to the filtered table model being ready.

Each keystroke runs what the roster screen runs: VolunteerIndex.search (name,
pinyin, initials, phone, ID tail; incremental when the query grows) and the
model's recompute (filters, sort order, reset). Baseline in the same run: a
plain Python substring scan over the same names (`q in name` for each), which
finds far less (no pinyin, initials, phone or ID). Target: p95 < 50 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/roster_search.py [--volunteers 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import time

from _common import median, percentile, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=50_000)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop.services.demo import volunteer_rows
    from desktop.services.roster import RosterFilter, RosterRow
    from desktop.services.search import VolunteerIndex, name_spellings
    from desktop.ui.volunteer_model import VolunteerTableModel

    app = QApplication.instance() or QApplication([])
    raw = volunteer_rows(args.volunteers, seed=7)
    rows = [RosterRow(f"v{i}", r["name"], r["gender"], r["phone"], r["id_card"], r["political_status"],
                      ("理论宣讲志愿服务队",), tuple(t for t in r.get("tags", "").split(",") if t), "active",
                      r.get("join_date")) for i, r in enumerate(raw)]
    start = time.perf_counter()
    index = VolunteerIndex.build({"id": r.id, "name": r.name, "phone": r.phone, "id_card": r.id_card,
                                  "status": r.status} for r in rows)
    build_s = time.perf_counter() - start
    names = [r["name"] for r in raw]  # the baseline scans the names as a plain list
    order = {vid: n for n, vid in enumerate(index.ids())}
    rows.sort(key=lambda r: order[r.id])  # as load_roster hands them to the screen
    model = VolunteerTableModel()
    model.set_rows(rows)
    model.set_index(index.ids())

    rng = random.Random(3)
    queries = []
    for r in rng.sample(rows, 40):
        queries.append(name_spellings(r.name)[0][0][:6])  # full pinyin, typed letter by letter
        queries.append(name_spellings(r.name)[0][1])  # initials
        queries.append(r.name)  # the characters
        queries.append(r.phone[-4:])  # last four of the phone
        queries.append(r.id_card[-4:].lower())  # ID tail
    ours, base, hits = [], [], []
    flt = RosterFilter(status="active")
    for query in queries:
        for n in range(1, len(query) + 1):
            typed = query[:n]
            t0 = time.perf_counter()
            model.set_search(index.search_positions(typed), flt)
            ours.append(time.perf_counter() - t0)
            hits.append(model.total())
            t0 = time.perf_counter()
            found = [name for name in names if typed in name]
            base.append(time.perf_counter() - t0)
            del found
        model.set_search(None, flt)  # the user clears the box before the next person
        index.search("")
    ms = 1000
    report(f"Roster search, {args.volunteers:,} volunteers, {len(ours)} keystrokes", [
        ("index build (worker, once)", f"{build_s * ms:.0f} ms"),
        ("keystroke -> model ready, median", f"{median(ours) * ms:.2f} ms"),
        ("keystroke -> model ready, p95", f"{percentile(ours, 95) * ms:.2f} ms"),
        ("keystroke -> model ready, max", f"{max(ours) * ms:.2f} ms"),
        ("baseline substring scan of names, median", f"{median(base) * ms:.2f} ms"),
        ("baseline substring scan of names, p95", f"{percentile(base, 95) * ms:.2f} ms"),
        ("ratio p95 ours / baseline", f"{percentile(ours, 95) / percentile(base, 95):.2f}x"),
        ("target p95 < 50 ms", "met" if percentile(ours, 95) * ms < 50 else "NOT met"),
    ])
    del app


if __name__ == "__main__":
    main()
