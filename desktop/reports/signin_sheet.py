"""签到表: an activity's sign-in sheet, blank (the team's names, for signing
by hand) or filled from the kiosk's sign-ins."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.models import Activity, Volunteer
from desktop.reports.base import Column, Report, Section, Table
from desktop.reports.data import Attendance, Context
from desktop.reports.format import clock, hours, show_phone

EXTRA_BLANK_ROWS = 8  # walk-ins sign on empty lines
SOURCES = {"kiosk": "签到台", "manual": "手工", "auto": "自动签退", "import": "导入"}

BLANK = [Column("序号", 6, 6, "center"), Column("姓名", 13, 12), Column("联系电话", 15, 15),
         Column("签到时间", 11, 10), Column("签到签名", 18, 14), Column("签退时间", 11, 10),
         Column("签退签名", 18, 14), Column("备注", 8, 10)]
FILLED = [Column("序号", 6, 6, "center"), Column("姓名", 14, 12), Column("联系电话", 16, 15),
          Column("签到时间", 11, 10, "center"), Column("签退时间", 11, 10, "center"),
          Column("时长(小时)", 11, 10, numeric=True), Column("方式", 10, 10), Column("备注", 21, 24)]


@dataclass(frozen=True)
class SigninData:
    """What the sheet shows, gathered by desktop.services.papers."""

    ctx: Context
    activity: Activity
    blank: bool
    people: list[Volunteer] = field(default_factory=list)  # blank: the team's active members, in pinyin order
    attendance: list[Attendance] = field(default_factory=list)  # filled: the kiosk's sign-ins


def _facts(ctx, activity: Activity) -> list[tuple[str, str]]:
    return [("活动", activity.title), ("时间", f"{activity.start_at:%Y-%m-%d %H:%M}—{activity.end_at:%H:%M}"),
            ("地点", activity.place or "—"), ("组织单位", ctx.organiser(activity)),
            ("负责人", ctx.in_charge(activity))]


def signin_report(data: SigninData, *, full_id: bool = False, progress=None) -> Report:
    ctx, activity, people = data.ctx, data.activity, data.people
    if data.blank:
        rows = [[i + 1, v.name, show_phone(v.phone, full_id), "", "", "", "", ""] for i, v in enumerate(people)]
        rows += [[len(rows) + i + 1, "", "", "", "", "", "", ""] for i in range(EXTRA_BLANK_ROWS)]
        note = "" if people else "本活动没有指定队伍，请参加的志愿者在空行中填写姓名。"
        title = "志愿服务活动签到表"
        table = Table(BLANK, rows, tall=True)
    else:
        rows, total = [], 0
        for entry in data.attendance:
            volunteer = ctx.volunteers.get(entry.volunteer_id)
            total += entry.minutes
            remark = "自动签退，请核对" if entry.flagged else ("未签退" if entry.signed_in and not entry.signed_out else "")
            rows.append([len(rows) + 1, ctx.name(entry.volunteer_id), show_phone(volunteer.phone if volunteer else "", full_id),
                         clock(entry.signed_in), clock(entry.signed_out), hours(entry.minutes),
                         SOURCES.get(entry.source, entry.source or "签到台"), remark])
        note = "" if rows else "本活动还没有签到记录。"
        title = "志愿服务活动签到表（签到记录）"
        table = Table(FILLED, rows, ["", "合计", f"{len(rows)} 人", "", "", hours(total), "", ""])
    section = Section(table=table, note=note)
    if progress is not None:
        progress(1, 1)
    return Report(title, ctx.station.name, _facts(ctx, activity), [section], ["记录人", "负责人"],
                  landscape=False, sheet_name="签到表")
