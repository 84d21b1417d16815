"""The county bulletin as an xlsx workbook (openpyxl). Every text cell that a station
wrote is set as a string, never a formula, whatever it starts with."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop.i18n import QT_TRANSLATE_NOOP, translate


def _text(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def bulletin_workbook(data: dict[str, Any]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = translate("server.console", "Ranking")
    ws.append([translate("server.console", "{month} monthly bulletin of the New Era Civilization Practice Stations").format(month=data["month"])])
    ws["A1"].font = Font(bold=True, size=14)
    header = [translate("server.console", t) for t in (
        QT_TRANSLATE_NOOP("server.console", "Rank"), QT_TRANSLATE_NOOP("server.console", "Station"), QT_TRANSLATE_NOOP("server.console", "Town"), QT_TRANSLATE_NOOP("server.console", "Activities run"), QT_TRANSLATE_NOOP("server.console", "Theory lectures"),
        QT_TRANSLATE_NOOP("server.console", "Service hours (h)"), QT_TRANSLATE_NOOP("server.console", "Hours per volunteer (this year)"), QT_TRANSLATE_NOOP("server.console", "Volunteers with hours (this year)"),
        QT_TRANSLATE_NOOP("server.console", "Party members taking part (this year)"), QT_TRANSLATE_NOOP("server.console", "Targets met"), QT_TRANSLATE_NOOP("server.console", "Not met"))]
    ws.append(header)
    for r in data["rows"]:
        ws.append([r["rank"], _text(r["name"]), _text(r["town"]), r["activities"], r["lectures"], r["hours"],
                   r["year_hours_per_volunteer"], r["year_served"], r["year_party_served"],
                   f"{r['met']}/{r['judged']}", _text(translate("server.console", ", ").join(r["missed"]))])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["K"].width = 40
    towns = wb.create_sheet(translate("server.console", "Townships"))
    towns.append([translate("server.console", t) for t in (
        QT_TRANSLATE_NOOP("server.console", "Town"), QT_TRANSLATE_NOOP("server.console", "Stations"), QT_TRANSLATE_NOOP("server.console", "Activities run"), QT_TRANSLATE_NOOP("server.console", "Theory lectures"), QT_TRANSLATE_NOOP("server.console", "Service hours (h)"),
        QT_TRANSLATE_NOOP("server.console", "Hours per volunteer"), QT_TRANSLATE_NOOP("server.console", "Volunteer count"))])
    for t in data["towns"]:
        towns.append([_text(t["town"]), t["stations"], t["activities"], t["lectures"], t["hours"],
                      t["hours_per_volunteer"], t["volunteers"]])
    trend = wb.create_sheet(translate("server.console", "Trend"))
    trend.append([translate("server.console", t) for t in (QT_TRANSLATE_NOOP("server.console", "Month"), QT_TRANSLATE_NOOP("server.console", "Number of activities"), QT_TRANSLATE_NOOP("server.console", "Theory lectures"),
                                                           QT_TRANSLATE_NOOP("server.console", "Service hours (h)"))])
    for i, key in enumerate(data["months"]):
        trend.append([key, data["trend_values"]["activities"][i], data["trend_values"]["lectures"][i],
                      round(data["trend_values"]["hours"][i], 1)])
    return wb
