"""月度通报: the month's figures for the county's bulletin, the target check
for the month and for the year so far, and the month's activities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.models import Activity, Volunteer
from desktop.models.activities import CATEGORIES
from desktop.periods import Period
from desktop.reports.base import Column, Report, Section, Table, check
from desktop.reports.data import Attendance, Context
from desktop.reports.format import hours

STATUS = {"met": "达标", "missing": "未达标", "pending": "进行中", "info": "—"}
TARGETS = [Column("项目", 15, 16), Column("要求", 17, 22), Column("实际", 22, 30), Column("结论", 8, 8, "center"),
           Column("下一步", 38, 40)]
FIGURES = [Column("项目", 40, 24), Column("本月", 30, 14, numeric=True), Column("本年累计", 30, 14, numeric=True)]
ACTIVITIES = [Column("序号", 6, 6, "center"), Column("日期", 12, 12), Column("活动名称", 26, 28),
              Column("类别", 18, 18), Column("组织单位", 16, 18), Column("参加(人)", 10, 9, numeric=True),
              Column("时长(小时)", 12, 10, numeric=True)]


@dataclass(frozen=True)
class MonthlyData:
    """What the monthly report shows, gathered by desktop.services.papers."""

    ctx: Context
    period: Period
    today: date
    month_check: Any  # desktop.services.targets.TargetCheck for the month
    year_check: Any  # ... and for the year up to the month's end (its period is the year so far)
    month_acts: list[Activity]
    year_acts: list[Activity]
    month_minutes: dict[str, int]  # volunteer id -> minutes in the month
    year_minutes: dict[str, int]  # ... in the year so far
    volunteers: list[Volunteer]  # everyone on the roster, exited included
    attendance: dict[str, list[Attendance]] = field(default_factory=dict)  # month's activity id -> entries
    requests: tuple = ()  # (month, year so far): desktop.services.request_queries.RequestFigures


def target_table(check_result) -> Table:
    return Table(TARGETS, [[i.name, i.required, i.actual, STATUS[i.status], i.advice] for i in check_result.items])


def _figures(data: MonthlyData):
    period, ytd = data.period, data.year_check.period
    month_acts, year_acts, volunteers = data.month_acts, data.year_acts, data.volunteers
    month_minutes, year_minutes = data.month_minutes, data.year_minutes

    def joined(start, end):
        return sum(1 for v in volunteers if v.join_date and start <= v.join_date < end)

    def left(start, end):
        return sum(1 for v in volunteers if v.exit_date and start <= v.exit_date < end)

    m0, m1, y0 = period.start.date(), period.end.date(), ytd.start.date()
    rows = [
        ["开展活动（场）", len(month_acts), len(year_acts)],
        ["其中：理论宣讲（场）", sum(a.theory_lecture for a in month_acts), sum(a.theory_lecture for a in year_acts)],
        ["其中：结对共建单位参与（场）", sum(bool(a.partner_unit) for a in month_acts),
         sum(bool(a.partner_unit) for a in year_acts)],
    ]
    month_cat, year_cat = Counter(a.category for a in month_acts), Counter(a.category for a in year_acts)
    rows += [[f"　{c}（场）", month_cat[c], year_cat[c]] for c in CATEGORIES]
    rows += [
        ["参加服务的志愿者（人）", len(month_minutes), len(year_minutes)],
        ["志愿服务时长（小时）", hours(sum(month_minutes.values())), hours(sum(year_minutes.values()))],
        ["服务群众（人次）", sum(a.residents_reached for a in month_acts), sum(a.residents_reached for a in year_acts)],
        ["新登记志愿者（人）", joined(m0, m1), joined(y0, m1)],
        ["退出志愿者（人）", left(m0, m1), left(y0, m1)],
        ["在册志愿者（人，期末）", sum(1 for v in volunteers if v.status == "active"), ""],
    ]
    return rows + _request_rows(data.requests)


def _request_rows(figures: tuple) -> list[list]:
    """群众点单: received, served, average response time, answered in time, satisfaction rate."""
    if not figures:
        return []
    m, y = figures

    def avg(f) -> str | float:
        return "" if f.avg_response_hours is None else round(f.avg_response_hours, 1)

    def rate(value) -> str:
        return "" if value is None else f"{value * 100:.0f}%"

    return [["收到群众点单（件）", m.received, y.received], ["其中：已服务（件）", m.served, y.served],
            ["点单平均响应时间（小时）", avg(m), avg(y)],
            ["点单按时响应率", rate(m.in_time_rate), rate(y.in_time_rate)],
            ["群众评单满意率", rate(m.satisfaction_rate), rate(y.satisfaction_rate)]]


def monthly_report(data: MonthlyData, *, progress=None) -> Report:
    ctx, period, today = data.ctx, data.period, data.today
    month_check, year_check = data.month_check, data.year_check
    rows = _figures(data)
    check(progress, 3, 4)
    act_rows = []
    for act in data.month_acts:
        attendance = data.attendance.get(act.id, [])
        act_rows.append([len(act_rows) + 1, f"{act.start_at:%m-%d}", act.title, act.category, ctx.organiser(act),
                         len(attendance), hours(sum(a.minutes for a in attendance))])
    check(progress, 4, 4)
    open_items = len(month_check.open_items) + len(year_check.open_items)
    verdict = "各项目标均已达到。" if not open_items else f"有 {open_items} 项目标尚未达到，见“下一步”。"
    sections = [
        Section("一、本月主要数据", table=Table(FIGURES, rows)),
        Section("二、本月目标检查", table=target_table(month_check), note=verdict),
        Section(f"三、{year_check.period.label}年度目标进度", table=target_table(year_check)),
        Section("四、本月活动一览", table=Table(ACTIVITIES, act_rows), note="" if act_rows else "本月没有登记活动。"),
    ]
    return Report(f"{period.label}新时代文明实践站工作月报", ctx.station.name,
                  [("统计时间", period.label), ("填报日期", f"{today:%Y-%m-%d}")], sections,
                  ["填报人", "站长"], sheet_name="月度通报")
