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

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity
from desktop.periods import Period
from desktop.progress import Progress
from desktop.reports.base import Column, Report, Section, Table, check
from desktop.reports.data import Attendance, Context
from desktop.reports.format import clock, day, hours, pinyin_key, show_id, show_phone


@dataclass(frozen=True)
class RegisterData:
    """What the register shows, gathered by desktop.services.papers."""

    ctx: Context
    period: Period
    by: str  # volunteer | activity
    activities: list[Activity]  # held in the period (just the chosen one, when one is chosen)
    entries: list[Attendance] = field(default_factory=list)  # by volunteer: every counted entry
    attendance: dict[str, list[Attendance]] = field(default_factory=dict)  # by activity: activity id -> entries


# Column titles are translated by the renderer (desktop.reports.base, context "reports").
BY_VOLUNTEER = [
    Column(QT_TRANSLATE_NOOP("reports", "No."), 5, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Service date"), 11, 12), Column(QT_TRANSLATE_NOOP("reports", "Activity name"), 16, 24),
    Column(QT_TRANSLATE_NOOP("reports", "Service place"), 12, 16), Column(QT_TRANSLATE_NOOP("reports", "Service content"), 20, 36), Column(QT_TRANSLATE_NOOP("reports", "Hours"), 8, 10, numeric=True),
    Column(QT_TRANSLATE_NOOP("reports", "Organiser"), 11, 18), Column(QT_TRANSLATE_NOOP("reports", "Person in charge"), 7, 10), Column(QT_TRANSLATE_NOOP("reports", "Own signature"), 10, 12),
]
BY_ACTIVITY = [
    Column(QT_TRANSLATE_NOOP("reports", "No."), 5, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Name"), 14, 12), Column(QT_TRANSLATE_NOOP("reports", "Gender"), 5, 6, "center"),
    Column(QT_TRANSLATE_NOOP("reports", "ID number"), 18, 22), Column(QT_TRANSLATE_NOOP("reports", "Phone"), 13, 15), Column(QT_TRANSLATE_NOOP("reports", "Sign-in"), 7, 8, "center"),
    Column(QT_TRANSLATE_NOOP("reports", "Sign-out"), 7, 8, "center"), Column(QT_TRANSLATE_NOOP("reports", "Hours"), 9, 10, numeric=True), Column(QT_TRANSLATE_NOOP("reports", "Own signature"), 22, 14),
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
    order = sorted(per, key=lambda v: (pinyin_key(ctx.name(v)), v))  # 按姓名拼音
    for index, vol_id in enumerate(order):
        volunteer = ctx.volunteers.get(vol_id)
        rows, total = [], 0
        for entry in sorted(per[vol_id], key=lambda e: _when(e, acts)):
            act = acts.get(entry.activity_id)
            total += entry.minutes
            title = act.title if act else translate("reports", "Hours added by hand: {note}").format(note=entry.note)
            title += translate("reports", " (back-entered)") if entry.source == "paper" else ""  # 补录 from a paper sheet
            rows.append([len(rows) + 1, day(act.start_at) if act else "", title, act.place if act else "",
                         act.content if act else entry.note, hours(entry.minutes), ctx.organiser(act),
                         ctx.in_charge(act), ""])
        facts = []
        if volunteer is not None:
            facts = [(translate("reports", "Gender"), volunteer.gender or "—"), (translate("reports", "ID number"), show_id(volunteer.id_card, full_id) or "—"),
                     (translate("reports", "Phone"), show_phone(volunteer.phone, full_id) or "—"),
                     (translate("reports", "Volunteer number"), volunteer.platform_no or "—")]
        table = Table(BY_VOLUNTEER, rows, ["", translate("reports", "Total"), "", "", translate("reports", "{n} services").format(n=len(rows)), hours(total),
                                           "", "", ""])
        sections.append(Section(ctx.name(vol_id), facts, table))
        check(progress, index + 1, len(order))
    return sections


def _activity_sections(ctx: Context, acts: list[Activity], attendance_of: dict[str, list[Attendance]],
                       full_id: bool, progress: Progress | None) -> list[Section]:
    sections = []
    for index, act in enumerate(acts):
        rows, total = [], 0
        attendance = attendance_of.get(act.id, [])
        for entry in sorted(attendance, key=lambda e: (pinyin_key(ctx.name(e.volunteer_id)), e.volunteer_id, e.signed_in is None)):
            volunteer = ctx.volunteers.get(entry.volunteer_id)
            total += entry.minutes
            back = translate("reports", " (back-entered)") if entry.source == "paper" else ""  # 补录 from a paper sheet
            rows.append([len(rows) + 1, ctx.name(entry.volunteer_id) + back, volunteer.gender if volunteer else "",
                         show_id(volunteer.id_card if volunteer else "", full_id),
                         show_phone(volunteer.phone if volunteer else "", full_id),
                         clock(entry.signed_in), clock(entry.signed_out), hours(entry.minutes), ""])
        facts = [(translate("reports", "Time"), f"{act.start_at:%Y-%m-%d %H:%M}—{act.end_at:%H:%M}"), (translate("reports", "Place"), act.place or "—"),
                 (translate("reports", "Organiser"), ctx.organiser(act)), (translate("reports", "Person in charge"), ctx.in_charge(act))]
        if act.content:
            facts.append((translate("reports", "Service content"), act.content))
        table = Table(BY_ACTIVITY, rows, ["", translate("reports", "Total"), "", translate("reports", "{n} people").format(n=len(rows)), "", "", "", hours(total), ""])
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
        sections = [Section(note=translate("reports", "There are no volunteer service records in the chosen period."))]
    return Report(translate("reports", "Volunteer service register"), data.ctx.station.name, [(translate("reports", "Period"), data.period.label)], sections,
                  [translate("reports", "Registered by"), translate("reports", "Head of the station")], landscape=True, sheet_name=translate("reports", "Service register"),
                  keep_blocks=True)
