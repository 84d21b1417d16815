"""Papers: a 1,000-row register to PDF and a 10,000-row register to xlsx,
each against a bare baseline with the same rows measured in the same run.

- PDF: data from the database -> HTML -> QTextDocument (wrapping cells,
  header row repeated on every page, page footer) -> PDF, against the same
  rows drawn as a plain grid with bare QPdfWriter/QPainter. Target < 3 s.
- xlsx: the register workbook (styles, borders, print titles) against
  openpyxl write-only appending the same rows bare.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/reports.py [--pdf-rows 1000] [--xlsx-rows 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from _common import report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def make_db(folder: Path, rows: int):
    from desktop.db import Database
    from desktop.services.demo import generate
    from desktop.services.station import setup_station

    db = Database(folder)
    setup_station(db, name="基准测试村新时代文明实践站", head_name="王建国")
    per = 20
    generate(db, volunteers=400, activities=rows // per + 4, signins_per_activity=per, seed=3)
    return db


def register(db, rows: int):
    """The per-activity register over the demo's two years, cut to `rows` rows."""
    from desktop.reports.periods import span

    from desktop.reports.register import build_register

    today = date.today()
    report_ = build_register(db, span(today - timedelta(days=800), today), by="activity")
    kept, count = [], 0
    for section in report_.sections:
        if count >= rows:
            break
        section.table.rows = section.table.rows[: rows - count]
        count += len(section.table.rows)
        kept.append(section)
    report_.sections = kept
    return report_, count


def bare_pdf(rows: list[list], columns, path: Path) -> int:
    """Baseline: the same cells drawn one by one with QPainter on a QPdfWriter, header on each page."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPdfWriter

    from desktop.printing.document import PDF_DPI, page_layout

    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(page_layout())
    paint = writer.pageLayout().paintRectPixels(PDF_DPI)
    width, height = paint.width(), paint.height()
    line = PDF_DPI * 0.25  # a quarter inch a row
    lefts, x = [], 0.0
    for column in columns:
        lefts.append((x, width * column.width / 100))
        x += width * column.width / 100
    painter = QPainter(writer)
    pages, y = 1, 0.0

    def draw(values) -> None:
        for (left, w), value in zip(lefts, values, strict=True):
            rect = QRectF(left, y, w, line)
            painter.drawRect(rect)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter), str(value))

    draw([c.title for c in columns])
    y += line
    for row in rows:
        if y + line > height:
            writer.newPage()
            pages += 1
            y = 0.0
            draw([c.title for c in columns])
            y += line
        draw(row)
        y += line
    painter.end()
    return pages


def bare_xlsx(rows: list[list], header: list[str], path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("register")
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pdf-rows", type=int, default=1000)
    parser.add_argument("--xlsx-rows", type=int, default=10000)
    args = parser.parse_args()
    from desktop.printing.app import ensure_app

    ensure_app()  # fonts and QPdfWriter need a GUI application
    from desktop.printing.document import write_pdf
    from desktop.reports.base import HtmlDoc, report_html, write_xlsx

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        small_db = make_db(tmp / "small", args.pdf_rows)
        write_pdf(HtmlDoc("<p>预热 warm-up</p>"), tmp / "warm.pdf")  # load the CJK font once, for both sides
        t_data, (small, n_pdf) = timed(register, small_db, args.pdf_rows)
        small_db.close()
        t_render, pages = timed(lambda: write_pdf(report_html(small), tmp / "register.pdf"))
        flat = [row for s in small.sections for row in s.table.rows]
        columns = small.sections[0].table.columns
        t_bare, bare_pages = timed(bare_pdf, flat, columns, tmp / "bare.pdf")
        db = make_db(tmp / "big", args.xlsx_rows)
        t_xdata, (big, n_xlsx) = timed(register, db, args.xlsx_rows)
        t_xlsx, _ = timed(write_xlsx, big, tmp / "register.xlsx")
        big_rows = [row for s in big.sections for row in s.table.rows]
        t_xbare, _ = timed(bare_xlsx, big_rows, [c.title for c in columns], tmp / "bare.xlsx")
        db.close()
    pdf_total = t_data + t_render
    report("Register to PDF", [
        ("rows", f"{n_pdf}"),
        ("data from the database", f"{t_data:.2f} s"),
        ("HTML -> QTextDocument -> PDF", f"{t_render:.2f} s ({pages} pages, header on each)"),
        ("total", f"{pdf_total:.2f} s (target < 3 s: {'met' if pdf_total < 3 else 'MISSED'})"),
        ("baseline: bare QPdfWriter grid", f"{t_bare:.2f} s ({bare_pages} pages, no wrapping)"),
        ("ratio render / baseline", f"{t_render / t_bare:.1f}x"),
    ])
    report("Register to xlsx", [
        ("rows", f"{n_xlsx}"),
        ("data from the database", f"{t_xdata:.2f} s"),
        ("styled register workbook", f"{t_xlsx:.2f} s"),
        ("baseline: openpyxl write-only, bare rows", f"{t_xbare:.2f} s"),
        ("ratio workbook / baseline", f"{t_xlsx / t_xbare:.1f}x"),
    ])
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while garbage-collecting the
    # QGuiApplication at exit, after every figure above is printed.
    os._exit(code)
