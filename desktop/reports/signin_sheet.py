"""签到表: an activity's sign-in sheet, blank (the team's names, for signing
by hand) or filled from the kiosk's sign-ins."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, Volunteer
from desktop.reports.base import Column, Report, Section, Table
from desktop.reports.data import Attendance, Context
from desktop.reports.format import clock, hours, pinyin_key, show_phone

EXTRA_BLANK_ROWS = 8  # walk-ins sign on empty lines
# Translated where shown; column titles by the renderer (desktop.reports.base, context "reports").
SOURCES = {"kiosk": QT_TRANSLATE_NOOP("reports", "Kiosk"), "manual": QT_TRANSLATE_NOOP("reports", "By hand"), "auto": QT_TRANSLATE_NOOP("reports", "Signed out automatically"), "import": QT_TRANSLATE_NOOP("reports", "Imported"), "paper": QT_TRANSLATE_NOOP("reports", "Back-entered")}

BLANK = [Column(QT_TRANSLATE_NOOP("reports", "No."), 6, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Name"), 13, 12), Column(QT_TRANSLATE_NOOP("reports", "Phone"), 15, 15),
         Column(QT_TRANSLATE_NOOP("reports", "Signed in"), 11, 10), Column(QT_TRANSLATE_NOOP("reports", "Sign-in signature"), 18, 14), Column(QT_TRANSLATE_NOOP("reports", "Signed out"), 11, 10),
         Column(QT_TRANSLATE_NOOP("reports", "Sign-out signature"), 18, 14), Column(QT_TRANSLATE_NOOP("reports", "Note"), 8, 10)]
FILLED = [Column(QT_TRANSLATE_NOOP("reports", "No."), 6, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Name"), 14, 12), Column(QT_TRANSLATE_NOOP("reports", "Phone"), 16, 15),
          Column(QT_TRANSLATE_NOOP("reports", "Signed in"), 11, 10, "center"), Column(QT_TRANSLATE_NOOP("reports", "Signed out"), 11, 10, "center"),
          Column(QT_TRANSLATE_NOOP("reports", "Hours"), 11, 10, numeric=True), Column(QT_TRANSLATE_NOOP("reports", "How"), 10, 10), Column(QT_TRANSLATE_NOOP("reports", "Note"), 21, 24)]


@dataclass(frozen=True)
class SigninData:
    """What the sheet shows, gathered by desktop.services.papers."""

    ctx: Context
    activity: Activity
    blank: bool
    people: list[Volunteer] = field(default_factory=list)  # blank: the team's active members, in pinyin order
    attendance: list[Attendance] = field(default_factory=list)  # filled: the kiosk's sign-ins


def _facts(ctx, activity: Activity) -> list[tuple[str, str]]:
    return [(translate("reports", "Activity"), activity.title), (translate("reports", "Time"), f"{activity.start_at:%Y-%m-%d %H:%M}—{activity.end_at:%H:%M}"),
            (translate("reports", "Place"), activity.place or "—"), (translate("reports", "Organiser"), ctx.organiser(activity)),
            (translate("reports", "Person in charge"), ctx.in_charge(activity))]


def signin_report(data: SigninData, *, full_id: bool = False, progress=None) -> Report:
    ctx, activity, people = data.ctx, data.activity, data.people
    if data.blank:
        rows = [[i + 1, v.name, show_phone(v.phone, full_id), "", "", "", "", ""] for i, v in enumerate(people)]
        rows += [[len(rows) + i + 1, "", "", "", "", "", "", ""] for i in range(EXTRA_BLANK_ROWS)]
        note = "" if people else translate("reports", "This activity has no team; volunteers who take part write their names in the empty rows.")
        title = translate("reports", "Volunteer service activity sign-in sheet")
        table = Table(BLANK, rows, tall=True)
    else:
        rows, total = [], 0
        for entry in sorted(data.attendance, key=lambda e: (pinyin_key(ctx.name(e.volunteer_id)), e.volunteer_id)):  # 按拼音
            volunteer = ctx.volunteers.get(entry.volunteer_id)
            total += entry.minutes
            remark = translate("reports", "Signed out automatically, please check") if entry.flagged else (
                translate("reports", "Not signed out") if entry.signed_in and not entry.signed_out else "")
            rows.append([len(rows) + 1, ctx.name(entry.volunteer_id), show_phone(volunteer.phone if volunteer else "", full_id),
                         clock(entry.signed_in), clock(entry.signed_out), hours(entry.minutes),
                         translate("reports", SOURCES.get(entry.source, entry.source or SOURCES["kiosk"])), remark])
        note = "" if rows else translate("reports", "This activity has no sign-ins yet.")
        title = translate("reports", "Volunteer service activity sign-in sheet (sign-in records)")
        table = Table(FILLED, rows, ["", translate("reports", "Total"), translate("reports", "{n} people").format(n=len(rows)), "", "", hours(total), "", ""])
    section = Section(table=table, note=note)
    if progress is not None:
        progress(1, 1)
    return Report(title, ctx.station.name, _facts(ctx, activity), [section], [translate("reports", "Recorded by"), translate("reports", "Person in charge")],
                  landscape=False, sheet_name=translate("reports", "Sign-in sheet"))
