"""志愿者服务登记簿: the volunteer service register for a period.

The columns follow the national record rules (志愿服务记录与证明出具办法):
who served, in which activity, when, where, what, how long, for which
organiser and under which person in charge; plus a column for the
volunteer's own signature. Grouped per volunteer (one block each, with the
person's details) or per activity (one block each, with the people).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from desktop.models import Activity
from desktop.periods import Period
from desktop.progress import Progress
from desktop.reports.base import Column, Report, Section, Table, check
from desktop.reports.data import Attendance, Context
from desktop.reports.format import clock, day, hours, show_id, show_phone


@dataclass(frozen=True)
class RegisterData:
    """What the register shows, gathered by desktop.services.papers."""

    ctx: Context
    period: Period
    by: str  # volunteer | activity
    activities: list[Activity]  # held in the period (just the chosen one, when one is chosen)
    entries: list[Attendance] = field(default_factory=list)  # by volunteer: every counted entry
    attendance: dict[str, list[Attendance]] = field(default_factory=dict)  # by activity: activity id -> entries


BY_VOLUNTEER = [
    Column("序号", 5, 6, "center"), Column("服务日期", 11, 12), Column("活动名称", 16, 24),
    Column("服务地点", 12, 16), Column("服务内容", 20, 36), Column("时长(小时)", 8, 10, numeric=True),
    Column("组织单位", 11, 18), Column("负责人", 7, 10), Column("本人签名", 10, 12),
]
BY_ACTIVITY = [
    Column("序号", 5, 6, "center"), Column("姓名", 14, 12), Column("性别", 5, 6, "center"),
    Column("身份证号", 18, 22), Column("联系电话", 13, 15), Column("签到", 7, 8, "center"),
    Column("签退", 7, 8, "center"), Column("时长(小时)", 9, 10, numeric=True), Column("本人签名", 22, 14),
]


def _when(entry, acts: dict[str, Activity]) -> datetime:
    act = acts.get(entry.activity_id)
    return act.start_at if act else (entry.signed_in or datetime.min)


def _volunteer_sections(ctx: Context, entries, acts: dict[str, Activity], full_id: bool,
                        progress: Progress | None) -> list[Section]:
    per: dict[str, list] = defaultdict(list)
    for entry in entries:
        per[entry.volunteer_id].append(entry)
    sections = []
    order = sorted(per, key=lambda v: (ctx.name(v), v))
    for index, vol_id in enumerate(order):
        volunteer = ctx.volunteers.get(vol_id)
        rows, total = [], 0
        for entry in sorted(per[vol_id], key=lambda e: _when(e, acts)):
            act = acts.get(entry.activity_id)
            total += entry.minutes
            title = act.title if act else f"时长补录：{entry.note}"
            rows.append([len(rows) + 1, day(act.start_at) if act else "", title, act.place if act else "",
                         act.content if act else entry.note, hours(entry.minutes), ctx.organiser(act),
                         ctx.in_charge(act), ""])
        facts = []
        if volunteer is not None:
            facts = [("性别", volunteer.gender or "—"), ("身份证号", show_id(volunteer.id_card, full_id) or "—"),
                     ("联系电话", show_phone(volunteer.phone, full_id) or "—"),
                     ("志愿者编号", volunteer.platform_no or "—")]
        table = Table(BY_VOLUNTEER, rows, ["", "合计", "", "", f"{len(rows)} 次服务", hours(total), "", "", ""])
        sections.append(Section(ctx.name(vol_id), facts, table))
        check(progress, index + 1, len(order))
    return sections


def _activity_sections(ctx: Context, acts: list[Activity], attendance_of: dict[str, list[Attendance]],
                       full_id: bool, progress: Progress | None) -> list[Section]:
    sections = []
    for index, act in enumerate(acts):
        rows, total = [], 0
        attendance = attendance_of.get(act.id, [])
        for entry in sorted(attendance, key=lambda e: (ctx.name(e.volunteer_id), e.signed_in is None)):
            volunteer = ctx.volunteers.get(entry.volunteer_id)
            total += entry.minutes
            rows.append([len(rows) + 1, ctx.name(entry.volunteer_id), volunteer.gender if volunteer else "",
                         show_id(volunteer.id_card if volunteer else "", full_id),
                         show_phone(volunteer.phone if volunteer else "", full_id),
                         clock(entry.signed_in), clock(entry.signed_out), hours(entry.minutes), ""])
        facts = [("时间", f"{act.start_at:%Y-%m-%d %H:%M}—{act.end_at:%H:%M}"), ("地点", act.place or "—"),
                 ("组织单位", ctx.organiser(act)), ("负责人", ctx.in_charge(act))]
        if act.content:
            facts.append(("服务内容", act.content))
        table = Table(BY_ACTIVITY, rows, ["", "合计", "", f"{len(rows)} 人", "", "", "", hours(total), ""])
        sections.append(Section(act.title, facts, table))
        check(progress, index + 1, len(acts))
    return sections


def register_report(data: RegisterData, *, full_id: bool = False, progress: Progress | None = None) -> Report:
    if data.by == "volunteer":
        by_id = {a.id: a for a in data.activities}
        sections = _volunteer_sections(data.ctx, data.entries, by_id, full_id, progress)
    else:
        sections = _activity_sections(data.ctx, data.activities, data.attendance, full_id, progress)
    if not sections:
        sections = [Section(note="所选时间段内没有志愿服务记录。")]
    return Report("志愿者服务登记簿", data.ctx.station.name, [("时间段", data.period.label)], sections,
                  ["登记人", "实践站负责人"], landscape=True, sheet_name="服务登记簿")
