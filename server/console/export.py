"""The county bulletin as an xlsx workbook (openpyxl). Every text cell that a station
wrote is set as a string, never a formula, whatever it starts with."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font


def _text(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def bulletin_workbook(data: dict[str, Any]) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "排名"
    ws.append([f"{data['month']} 新时代文明实践站月度通报"])
    ws["A1"].font = Font(bold=True, size=14)
    header = ["名次", "实践站", "乡镇", "开展活动", "理论宣讲", "服务时长（小时）", "人均时长（本年）",
              "有时长志愿者（本年）", "党员参与（本年）", "达标项", "未达标"]
    ws.append(header)
    for r in data["rows"]:
        ws.append([r["rank"], _text(r["name"]), _text(r["town"]), r["activities"], r["lectures"], r["hours"],
                   r["year_hours_per_volunteer"], r["year_served"], r["year_party_served"],
                   f"{r['met']}/{r['judged']}", _text("、".join(r["missed"]))])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["K"].width = 40
    towns = wb.create_sheet("乡镇")
    towns.append(["乡镇", "实践站", "开展活动", "理论宣讲", "服务时长（小时）", "人均时长", "志愿者"])
    for t in data["towns"]:
        towns.append([_text(t["town"]), t["stations"], t["activities"], t["lectures"], t["hours"],
                      t["hours_per_volunteer"], t["volunteers"]])
    trend = wb.create_sheet("趋势")
    trend.append(["月份", "活动场次", "理论宣讲", "服务时长（小时）"])
    for i, key in enumerate(data["months"]):
        trend.append([key, data["trend_values"]["activities"][i], data["trend_values"]["lectures"][i],
                      round(data["trend_values"]["hours"][i], 1)])
    return wb
