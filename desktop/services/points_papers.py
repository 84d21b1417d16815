"""Gather the data of a points paper and build it (desktop.reports.points):
one entry point for the CLI and the points pages. Writing the file is the
printing layer's job (desktop.printing.points_papers)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.reports import points as paper
from desktop.reports.base import HtmlDoc, Report, report_html
from desktop.services import goods, points
from desktop.services.station import get_station


@dataclass
class Built:
    doc: HtmlDoc
    report: Report | None  # the table form, for xlsx


def _station(db: Database) -> str:
    station = get_station(db)
    return station.name if station else ""


def build_slip(db: Database, slip_id: str) -> Built:
    return Built(paper.slip_html(goods.slip(db, slip_id)), None)


def build_statement(db: Database, volunteer_id: str, scheme_id: str, *, month: str | None = None) -> Built:
    start = end = None
    label = translate("services.points_papers", "All")
    if month:
        start, end, label = paper.month_bounds(month)
    stmt = points.statement(db, volunteer_id, scheme_id, start=start, end=end)
    report = paper.statement_report(stmt, _station(db), label)
    return Built(report_html(report), report)


def build_passbook(db: Database, volunteer_id: str, scheme_id: str) -> Built:
    stmt = points.statement(db, volunteer_id, scheme_id)
    return Built(paper.passbook_html(stmt, _station(db)), paper.passbook_report(stmt, _station(db)))


def build_board(db: Database, scheme_id: str, month: str, *, size: str = "A4", top: int | None = None) -> Built:
    if size not in ("A4", "A3"):
        raise ValidationError(translate("services.points_papers", "The paper must be A4 or A3."), field="size")
    start, end, label = paper.month_bounds(month)
    scheme = next(s for s in points.list_schemes(db) if s.id == scheme_id)
    rows = points.month_board(db, scheme_id, start, end, top=top or (20 if size == "A3" else 15))
    return Built(paper.board_html(rows, scheme, _station(db), label, size=size),
                 paper.board_report(rows, scheme, _station(db), label))


def build_stock_sheet(db: Database, month: str) -> Built:
    start, end, label = paper.month_bounds(month)
    report = paper.stock_report(goods.stock_sheet(db, start, end), _station(db), label)
    return Built(report_html(report), report)


def this_month(today: date | None = None) -> str:
    today = today or date.today()
    return f"{today:%Y-%m}"
