"""月度通报: the month's figures for the county's bulletin, the target check
for the month and for the year so far, and the month's activities."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, Volunteer
from desktop.models.activities import CATEGORIES
from desktop.periods import Period
from desktop.reports.base import Column, Report, Section, Table, check
from desktop.reports.data import Attendance, Context
from desktop.reports.format import hours

# Column titles are translated by the renderer (desktop.reports.base, context "reports").
STATUS = {"met": QT_TRANSLATE_NOOP("reports", "Met"), "missing": QT_TRANSLATE_NOOP("reports", "Not met"), "pending": QT_TRANSLATE_NOOP("reports", "In progress"),
          "na": QT_TRANSLATE_NOOP("reports", "Not applicable"), "info": "—"}
TARGETS = [Column(QT_TRANSLATE_NOOP("reports", "Item"), 15, 16), Column(QT_TRANSLATE_NOOP("reports", "Required"), 17, 22), Column(QT_TRANSLATE_NOOP("reports", "Actual"), 22, 30),
           Column(QT_TRANSLATE_NOOP("reports", "Verdict"), 8, 8, "center"), Column(QT_TRANSLATE_NOOP("reports", "Next step"), 38, 40)]
FIGURES = [Column(QT_TRANSLATE_NOOP("reports", "Item"), 40, 24), Column(QT_TRANSLATE_NOOP("reports", "This month"), 30, 14, numeric=True),
           Column(QT_TRANSLATE_NOOP("reports", "Year to date"), 30, 14, numeric=True)]
ACTIVITIES = [Column(QT_TRANSLATE_NOOP("reports", "No."), 6, 6, "center"), Column(QT_TRANSLATE_NOOP("reports", "Date"), 12, 12), Column(QT_TRANSLATE_NOOP("reports", "Activity name"), 26, 28),
              Column(QT_TRANSLATE_NOOP("reports", "Category"), 18, 18), Column(QT_TRANSLATE_NOOP("reports", "Organiser"), 16, 18),
              Column(QT_TRANSLATE_NOOP("reports", "Attended (people)"), 10, 9, numeric=True), Column(QT_TRANSLATE_NOOP("reports", "Hours"), 12, 10, numeric=True)]


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


COUNTED = [Column(QT_TRANSLATE_NOOP("reports", "Item"), 22, 24), Column(QT_TRANSLATE_NOOP("reports", "Figure"), 10, 10, "center"),
           Column(QT_TRANSLATE_NOOP("reports", "Records counted"), 68, 80)]


def counted_rows(*checks) -> list[list]:
    """Each target's figure with the records it counted (activities by date and title, people by name)."""
    rows = []
    for check_result in checks:
        for item in check_result.items:
            if item.value is None and not item.records:
                continue
            names = translate("reports", ", ").join(r.label for r in item.records) or "—"
            rows.append([item.name, item.actual, names])
    return rows


def _main_counted(data: MonthlyData) -> list[list]:
    """The month's main figures with what they counted: the activities held, the people who served."""
    from desktop.reports.format import pinyin_key

    acts = translate("reports", ", ").join(f"{a.start_at:%m-%d} {a.title}" for a in data.month_acts) or "—"
    people = sorted(data.ctx.name(v) for v in data.month_minutes)
    names = translate("reports", ", ").join(sorted(people, key=pinyin_key)) or "—"
    return [[translate("reports", "Activities held"), len(data.month_acts), acts],
            [translate("reports", "Volunteers who served (people)"), len(data.month_minutes), names]]


def target_table(check_result) -> Table:
    return Table(TARGETS, [[i.name, i.required, i.actual, translate("reports", STATUS[i.status]), i.advice] for i in check_result.items])


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
        [translate("reports", "Activities held"), len(month_acts), len(year_acts)],
        [translate("reports", "of which theory lectures"), sum(a.theory_lecture for a in month_acts), sum(a.theory_lecture for a in year_acts)],
        [translate("reports", "of which with the paired co-building unit"), sum(bool(a.partner_unit) for a in month_acts),
         sum(bool(a.partner_unit) for a in year_acts)],
    ]
    month_cat, year_cat = Counter(a.category for a in month_acts), Counter(a.category for a in year_acts)
    rows += [[translate("reports", "　{category} (activities)").format(category=c), month_cat[c], year_cat[c]] for c in CATEGORIES]
    rows += [
        [translate("reports", "Volunteers who served (people)"), len(month_minutes), len(year_minutes)],
        [translate("reports", "Volunteer service hours"), hours(sum(month_minutes.values())), hours(sum(year_minutes.values()))],
        [translate("reports", "Residents served (visits)"), sum(a.residents_reached for a in month_acts),
         sum(a.residents_reached for a in year_acts)],
        [translate("reports", "Newly registered volunteers (people)"), joined(m0, m1), joined(y0, m1)],
        [translate("reports", "Volunteers who left (people)"), left(m0, m1), left(y0, m1)],
        [translate("reports", "Volunteers on the roster (people, at the end)"), sum(1 for v in volunteers if v.status == "active"), ""],
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

    return [[translate("reports", "Residents' requests received"), m.received, y.received], [translate("reports", "of which served"), m.served, y.served],
            [translate("reports", "Average response time of requests (hours)"), avg(m), avg(y)],
            [translate("reports", "Requests answered in time"), rate(m.in_time_rate), rate(y.in_time_rate)],
            [translate("reports", "Residents' satisfaction with the service"), rate(m.satisfaction_rate), rate(y.satisfaction_rate)]]


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
    verdict = translate("reports", "Every target is met.") if not open_items else translate("reports", "{n} targets are not met yet; see “Next step”.").format(
        n=open_items)
    sections = [
        Section(translate("reports", "1. The month's main figures"), table=Table(FIGURES, rows)),
        Section(translate("reports", "2. The month's target check"), table=target_table(month_check), note=verdict),
        Section(translate("reports", "3. Progress on the yearly targets, {period}").format(period=year_check.period.label),
                table=target_table(year_check)),
        Section(translate("reports", "4. The month's activities"), table=Table(ACTIVITIES, act_rows),
                note="" if act_rows else translate("reports", "No activities were recorded this month.")),
        Section(translate("reports", "5. The records behind each figure"), table=Table(COUNTED, _main_counted(data) + counted_rows(month_check, year_check)),
                note=translate("reports", "Only activities marked held or recorded, up to the day of the report, are counted; planned ones are not.")),
    ]
    return Report(translate("reports", "Monthly report of the New Era Civilization Practice Station, {period}").format(period=period.label),
                  ctx.station.name, [(translate("reports", "Statistics period"), period.label), (translate("reports", "Reported on"), f"{today:%Y-%m-%d}")], sections,
                  [translate("reports", "Reported by"), translate("reports", "Station head")], sheet_name=translate("reports", "Monthly report"))
