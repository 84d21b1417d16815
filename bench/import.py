"""Volunteer import: a 10,000-row .xlsx into a fresh station database, against openpyxl merely reading it.

Import = read (openpyxl, read-only) + header and column guess + cleaning and
checking every row against the file and the roster + one journaled bulk
transaction. Target: within 3x of the bare read.

    .venv/bin/python bench/import.py [--rows 10000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import report


def write_file(path: Path, n: int) -> None:
    from openpyxl import Workbook

    from desktop.services.demo import volunteer_rows

    book = Workbook(write_only=True)
    sheet = book.create_sheet("名册")
    sheet.append(["XX村新时代文明实践站志愿者花名册"])
    sheet.append(["序号", "姓名", "性别", "身份证号码", "联系电话", "政治面貌", "所属队伍", "人员类别", "入队日期", "备注"])
    teams = ("理论宣讲", "文明风尚志愿服务队", "教育关爱", "文化惠民")
    for i, r in enumerate(volunteer_rows(n, seed=11), start=1):
        sheet.append([i, r["name"], r["gender"], r["id_card"], r["phone"], r["political_status"], teams[i % 4],
                      r.get("tags", ""), r.get("join_date"), ""])
    book.save(path)


def bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    from desktop.db import Database
    from desktop.importers.volunteers import open_source, plan_import
    from desktop.services.station import setup_station
    from desktop.services.volunteers import apply_import

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "名册.xlsx"
        write_file(path, args.rows)
        db = Database(Path(tmp) / "data")
        setup_station(db, name="基准测试村新时代文明实践站")
        bare_read(path)  # warm the file cache for both
        t0 = time.perf_counter()
        read_rows = bare_read(path)
        read_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        source = open_source(path)
        t1 = time.perf_counter()
        plan = plan_import(db, source)
        t2 = time.perf_counter()
        added = apply_import(db, plan)
        t3 = time.perf_counter()
        again = plan_import(db, open_source(path))
        db.close()
    total = t3 - t0
    report(f"Import of a {args.rows:,}-row xlsx", [
        ("openpyxl bare read (baseline)", f"{read_s:.2f} s ({read_rows} rows)"),
        ("import: read + guess", f"{t1 - t0:.2f} s"),
        ("import: clean and check", f"{t2 - t1:.2f} s"),
        ("import: journaled bulk write", f"{t3 - t2:.2f} s ({added} added)"),
        ("import total", f"{total:.2f} s"),
        ("ratio import / bare read", f"{total / read_s:.2f}x"),
        ("target within 3x", "met" if total / read_s <= 3 else "NOT met"),
        ("second import of the same file adds", f"{len(again.new_rows)}"),
    ])


if __name__ == "__main__":
    main()
