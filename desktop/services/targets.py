"""The target check 目标检查: the county's rules (domain.md) against this
station's records, for a month and for the year so far.

Rules are per county: stored as the synced setting `targets.rules` (the
county can push it), with the seeds' figures as defaults. Each rule can be
switched off by setting its figure to 0.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, fields, replace
from datetime import date, timedelta

from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, Household, HouseholdVisit, Station, Team, TeamMember, Volunteer
from desktop.periods import Period, month, year
from desktop.services import service_entries
from desktop.validators import is_party_member

SETTING_KEY = "targets.rules"


@dataclass(frozen=True)
class TargetRules:
    activities_per_month: int = 2  # station: activities a month (000)
    lectures_per_month: int = 1  # station: theory lectures a month (000)
    head_weekly: int = 1  # station head organises an activity every week (000); 0 = off
    hours_per_volunteer: int = 20  # service hours per volunteer a year (000, 001)
    served_share: int = 50  # % of registered volunteers with any hours in the year (000)
    party_share: int = 80  # % of registered Party members in service (000: 80, 001: 100)
    active_hours: int = 24  # an "active volunteer" serves this many hours a year (003)
    team_per_month: int = 2  # each team: activities a month (001)
    team_per_year: int = 12  # each team: concentrated services a year (001)
    first_saturday: int = 1  # an activity on the first Saturday of the month (001); 0 = off
    household_visits: int = 1  # 1+10: visits per household a month (004)
    partner_per_month: int = 1  # paired co-building unit: activities a month (000)
    requests_in_time: int = 90  # % of residents' requests answered within their menu item's time; 0 = off

    def checked(self) -> TargetRules:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, int) or not 0 <= value <= 1000:
                raise ValidationError(translate("services.targets", "The target “{label}” must be a whole number from 0 to 1000 (0 means not checked).").format(
                    label=label(f.name)), field=f.name)
        if self.served_share > 100 or self.party_share > 100 or self.requests_in_time > 100:
            raise ValidationError(translate("services.targets", "A share cannot be more than 100%."), field="party_share")
        return self

    @classmethod
    def from_dict(cls, data: dict | None) -> TargetRules:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        try:
            return replace(cls(), **known).checked()
        except (TypeError, ValidationError):
            return cls()  # a damaged setting falls back to the defaults instead of blocking the home page


LABELS = {  # translated where shown: label(key)
    "activities_per_month": QT_TRANSLATE_NOOP("services.targets", "Activities a month"), "lectures_per_month": QT_TRANSLATE_NOOP("services.targets", "Theory lectures a month"),
    "head_weekly": QT_TRANSLATE_NOOP("services.targets", "Station head organises an activity every week"),
    "hours_per_volunteer": QT_TRANSLATE_NOOP("services.targets", "Service hours per volunteer a year"),
    "served_share": QT_TRANSLATE_NOOP("services.targets", "Share of volunteers with service records (%)"),
    "party_share": QT_TRANSLATE_NOOP("services.targets", "Share of Party members in volunteer service (%)"),
    "active_hours": QT_TRANSLATE_NOOP("services.targets", "Active volunteer standard (hours a year)"), "team_per_month": QT_TRANSLATE_NOOP("services.targets", "Activities per team a month"),
    "team_per_year": QT_TRANSLATE_NOOP("services.targets", "Concentrated services per team a year"),
    "first_saturday": QT_TRANSLATE_NOOP("services.targets", "Concentrated activity day on the first Saturday of the month"),
    "household_visits": QT_TRANSLATE_NOOP("services.targets", "1+10: visits per household a month"),
    "partner_per_month": QT_TRANSLATE_NOOP("services.targets", "Activities with the paired co-building unit a month"),
    "requests_in_time": QT_TRANSLATE_NOOP("services.targets", "Share of residents' requests answered in time (%)"),
}


def label(key: str) -> str:
    """The target's name in the user's language."""
    return translate("services.targets", LABELS[key])


def get_rules(db: Database) -> TargetRules:
    from desktop.services.station import get_setting

    return TargetRules.from_dict(get_setting(db, SETTING_KEY, None))


def set_rules(db: Database, rules: TargetRules | dict, actor: str = "站长") -> TargetRules:
    from desktop.services.station import set_setting

    data = rules if isinstance(rules, dict) else asdict(rules)
    unknown = set(data) - set(TargetRules.__dataclass_fields__)
    if unknown:
        raise ValidationError(translate("services.targets", "Unknown targets: {keys}.").format(keys=translate("services.targets", ", ").join(sorted(unknown))))
    checked = replace(TargetRules(), **data).checked()
    set_setting(db, SETTING_KEY, asdict(checked), actor=actor)
    return checked


@dataclass(frozen=True)
class Counted:
    """One record a figure counted: what it is (activity | volunteer | household | request), its id
    and how it is shown (an activity's date and title, a person's name)."""

    kind: str
    id: str
    label: str


@dataclass(frozen=True)
class TargetItem:
    key: str
    name: str
    required: str
    actual: str
    status: str  # met | missing | pending (period not over yet) | na (nothing to measure) | info
    advice: str = ""
    value: float | int | None = None  # the figure measured
    target: float | int | None = None  # what it must reach
    records: tuple[Counted, ...] = ()  # the records the figure counted

    @property
    def ids(self) -> tuple[str, ...]:
        """The ids of the records counted (what the headless JSON lists)."""
        return tuple(r.id for r in self.records)

    @property
    def verdict(self) -> str:
        """met | unmet | not_applicable: the headless verdict (an information line has none to meet)."""
        return {"met": "met", "missing": "unmet", "pending": "unmet"}.get(self.status, "not_applicable")


@dataclass(frozen=True)
class TargetCheck:
    period: Period
    scope: str  # month | year
    items: list[TargetItem]
    finished: bool  # the period is over

    @property
    def met(self) -> int:
        return sum(i.status == "met" for i in self.items)

    @property
    def open_items(self) -> list[TargetItem]:
        return [i for i in self.items if i.status in ("missing", "pending")]


def _status(ok: bool, finished: bool) -> str:
    return "met" if ok else ("missing" if finished else "pending")


def first_saturday(period: Period) -> date:
    start = period.start.date()
    return start + timedelta(days=(5 - start.weekday()) % 7)


def held(acts: list[Activity], today: date) -> list[Activity]:
    """The activities that count as held: marked held or recorded, and started by today. A planned
    activity (even one whose day has passed) and anything in the future count for nothing."""
    return [a for a in acts if a.status in ("held", "recorded") and a.start_at.date() <= today]


def _acts(acts: list[Activity]) -> tuple[Counted, ...]:
    return tuple(Counted("activity", a.id, f"{a.start_at:%Y-%m-%d} {a.title}") for a in sorted(acts, key=lambda a: a.start_at))


def _people(ids, active: dict[str, Volunteer]) -> tuple[Counted, ...]:
    from desktop.reports.format import pinyin_key

    found = [active[v] for v in ids if v in active]
    return tuple(Counted("volunteer", v.id, v.name) for v in sorted(found, key=lambda v: (pinyin_key(v.name), v.id)))


def _load(db: Database, period: Period, today: date):
    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        acts = list(session.exec(select(Activity).where(Activity.deleted_at.is_(None), Activity.start_at >= period.start,
                                                        Activity.start_at < period.end)))
        teams = list(session.exec(select(Team).where(Team.deleted_at.is_(None)).order_by(Team.sort_order)))
        active = {v.id: v for v in session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None),
                                                                         Volunteer.status == "active"))}
        members = defaultdict(set)
        for m in session.exec(select(TeamMember).where(TeamMember.deleted_at.is_(None))):
            if m.volunteer_id in active:
                members[m.team_id].add(m.volunteer_id)
    return station, held(acts, today), teams, active, members


def _station_items(rules: TargetRules, period: Period, acts: list[Activity], head: str, today: date,
                   finished: bool) -> list[TargetItem]:
    items = []
    left = max((period.last_day - today).days + 1, 0)
    later = translate("services.targets", "{days} days are left this month.").format(days=left) if not finished else ""
    at_least, count = translate("services.targets", "≥ {n} activities"), translate("services.targets", "{n} activities")
    if rules.activities_per_month:
        n, need = len(acts), rules.activities_per_month
        items.append(TargetItem("activities", translate("services.targets", "Station activities"), at_least.format(n=need), count.format(n=n),
                                _status(n >= need, finished),
                                "" if n >= need else translate("services.targets", "{n} more activities are needed. {later}").format(
                                    n=need - n, later=later), n, need, _acts(acts)))
    if rules.lectures_per_month:
        lectures = [a for a in acts if a.theory_lecture]
        n, need = len(lectures), rules.lectures_per_month
        items.append(TargetItem("lectures", translate("services.targets", "Theory lectures"), at_least.format(n=need), count.format(n=n),
                                _status(n >= need, finished),
                                "" if n >= need else translate("services.targets", "{n} more theory lectures are needed (tick “Theory lecture” when recording the activity). {later}").format(
                                    n=need - n, later=later), n, need, _acts(lectures)))
    if rules.partner_per_month:
        paired = [a for a in acts if a.partner_unit]
        n, need = len(paired), rules.partner_per_month
        items.append(TargetItem("partner", translate("services.targets", "Activities with the paired unit"), at_least.format(n=need),
                                count.format(n=n), _status(n >= need, finished),
                                "" if n >= need else translate("services.targets", "Contact the paired co-building unit to hold activities together, and fill in the unit in the activity."),
                                n, need, _acts(paired)))
    if rules.first_saturday:
        saturday = first_saturday(period)
        on_day = [a for a in acts if a.start_at.date() == saturday]
        done = bool(on_day)
        status = "met" if done else ("missing" if today > saturday else "pending")
        items.append(TargetItem("first_saturday", translate("services.targets", "Concentrated activity day"),
                                translate("services.targets", "An activity on {day:%m/%d} (the first Saturday)").format(day=saturday),
                                translate("services.targets", "Held") if done else translate("services.targets", "Not held"), status,
                                "" if done else translate("services.targets", "Plan a concentrated volunteer service activity on {day:%m/%d}.").format(
                                    day=saturday) if today <= saturday
                                else translate("services.targets", "There is no activity on this month's concentrated activity day; if one was held, record it."),
                                len(on_day), 1, _acts(on_day)))
    if rules.head_weekly and head:
        mondays = []
        cursor = period.start.date() - timedelta(days=period.start.weekday())
        while cursor <= min(period.last_day, today):
            mondays.append(cursor)
            cursor += timedelta(days=7)
        led_acts = [a for a in acts if a.person_in_charge == head]
        led = {a.start_at.date() - timedelta(days=a.start_at.weekday()) for a in led_acts}
        done = sum(m in led for m in mondays)
        if not mondays:
            items.append(TargetItem("head_weekly", translate("services.targets", "Station head organises an activity every week"),
                                    translate("services.targets", "≥ 1 a week"), translate("services.targets", "The month has not started yet"),
                                    "na", "", 0, 0))
        else:
            items.append(TargetItem("head_weekly", translate("services.targets", "Station head organises an activity every week"),
                                    translate("services.targets", "≥ 1 a week for {weeks} weeks").format(weeks=len(mondays)),
                                    translate("services.targets", "{weeks} weeks").format(weeks=done), _status(done >= len(mondays), finished),
                                    "" if done >= len(mondays) else translate("services.targets", "The station head ({head}) organised no activity in {weeks} weeks; when recording an activity, put the station head as the person in charge.").format(
                                        head=head, weeks=len(mondays) - done), done, len(mondays), _acts(led_acts)))
    return items


def _team_items(rules: TargetRules, scope: str, acts: list[Activity], teams: list[Team], members: dict,
                finished: bool) -> list[TargetItem]:
    need = rules.team_per_month if scope == "month" else rules.team_per_year
    if not need:
        return []
    counts = Counter(a.team_id for a in acts)
    staffed = [t for t in teams if members.get(t.id)]
    short = [t for t in staffed if counts[t.id] < need]
    name = translate("services.targets", "Activities of each team a month") if scope == "month" else translate("services.targets", "Concentrated services of each team")
    required = translate("services.targets", "≥ {n} per team").format(n=need)
    if not staffed:  # nothing to measure: not a pass
        return [TargetItem(f"team_{scope}", name, required, translate("services.targets", "No team has members"), "na",
                           translate("services.targets", "Put volunteers in teams on the roster; then each team's activities are counted."), 0, 0)]
    actual = translate("services.targets", "{done}/{all} teams reached it").format(done=len(staffed) - len(short), all=len(staffed))
    advice = translate("services.targets", "{teams} need activities.").format(teams=translate("services.targets", ", ").join(
        translate("services.targets", "{team} ({n} short)").format(team=t.name, n=need - counts[t.id]) for t in short)) if short else ""
    staffed_ids = {t.id for t in staffed}
    return [TargetItem(f"team_{scope}", name, required, actual, _status(not short, finished), advice,
                       len(staffed) - len(short), len(staffed), _acts([a for a in acts if a.team_id in staffed_ids]))]


def _hours_items(rules: TargetRules, db: Database, period: Period, active: dict[str, Volunteer],
                 finished: bool) -> list[TargetItem]:
    minutes = service_entries.minutes_by_volunteer(db, period.start, period.end)
    registered = len(active)
    if not registered:
        return [TargetItem("volunteers", translate("services.targets", "Volunteers"), translate("services.targets", "Volunteers on the roster"), translate("services.targets", "{n} people").format(n=0),
                           "missing", translate("services.targets", "Register volunteers on the roster first."), 0, 1)]
    items = []
    served = [v for v in active if minutes.get(v, 0) > 0]
    if rules.hours_per_volunteer:
        goal = rules.hours_per_volunteer * 60
        reached = [v for v in active if minutes.get(v, 0) >= goal]
        done = len(reached)
        items.append(TargetItem("hours", translate("services.targets", "Average service hours a year"),
                                translate("services.targets", "≥ {hours} hours each").format(hours=rules.hours_per_volunteer),
                                translate("services.targets", "{done}/{all} people reached it").format(done=done, all=registered),
                                _status(done == registered, finished),
                                "" if done == registered else translate("services.targets", "{n} volunteers have not reached {hours} hours yet; the register shows each one's hours.").format(
                                    n=registered - done, hours=rules.hours_per_volunteer), done, registered, _people(reached, active)))
    if rules.served_share:
        share = round(100 * len(served) / registered)
        items.append(TargetItem("served", translate("services.targets", "Volunteers with service records"), f"≥ {rules.served_share}%",
                                translate("services.targets", "{share}% ({done}/{all} people)").format(share=share, done=len(served), all=registered),
                                _status(share >= rules.served_share, finished),
                                "" if share >= rules.served_share else translate("services.targets", "Encourage the volunteers who have not taken part yet to serve."),
                                share, rules.served_share, _people(served, active)))
    party = [v for v, vol in active.items() if is_party_member(vol.political_status)]
    if rules.party_share and not party:
        items.append(TargetItem("party", translate("services.targets", "Party members in volunteer service"), f"≥ {rules.party_share}%",
                                translate("services.targets", "No Party members on the roster"), "na", "", 0, rules.party_share))
    elif rules.party_share:
        serving = [v for v in party if minutes.get(v, 0) > 0]
        share = round(100 * len(serving) / len(party))
        items.append(TargetItem("party", translate("services.targets", "Party members in volunteer service"), f"≥ {rules.party_share}%",
                                translate("services.targets", "{share}% ({done}/{all} people)").format(share=share, done=len(serving), all=len(party)),
                                _status(share >= rules.party_share, finished),
                                "" if share >= rules.party_share else translate("services.targets", "{n} Party members have no service record yet.").format(
                                    n=len(party) - len(serving)), share, rules.party_share, _people(serving, active)))
    if rules.active_hours:
        keen = [v for v in active if minutes.get(v, 0) >= rules.active_hours * 60]
        items.append(TargetItem("active", translate("services.targets", "Active volunteers"), translate("services.targets", "≥ {hours} hours a year").format(hours=rules.active_hours),
                                translate("services.targets", "{n} people").format(n=len(keen)), "info", "", len(keen), None, _people(keen, active)))
    return items


def _visit_items(rules: TargetRules, db: Database, period: Period, finished: bool) -> list[TargetItem]:
    if not rules.household_visits:
        return []
    with db.read() as session:
        households = {h.id: h.head_name for h in session.exec(select(Household).where(Household.deleted_at.is_(None),
                                                                                    Household.volunteer_id.is_not(None)))}
        visits = list(session.exec(select(HouseholdVisit).where(HouseholdVisit.visited_on >= period.start.date(),
                                                                HouseholdVisit.visited_on < period.end.date())))
        voided = set(session.exec(select(HouseholdVisit.voids).where(HouseholdVisit.voids.is_not(None))))
    name = translate("services.targets", "1+10 household visits")
    required = translate("services.targets", "≥ {n} a month per household").format(n=rules.household_visits)
    if not households:
        return [TargetItem("visits", name, required, translate("services.targets", "No 1+10 households are assigned"), "na", "", 0, 0)]
    counted = [v for v in visits if not v.voids and v.id not in voided and v.household_id in households]
    counts = Counter(v.household_id for v in counted)
    short = sum(counts[h] < rules.household_visits for h in households)
    records = tuple(Counted("household", h, households[h] or h) for h in sorted(households) if counts[h] >= rules.household_visits)
    return [TargetItem("visits", name, required,
                       translate("services.targets", "{done}/{all} households visited").format(done=len(households) - short, all=len(households)),
                       _status(not short, finished),
                       "" if not short else translate("services.targets", "{n} households have no visit this month.").format(n=short),
                       len(households) - short, len(households), records)]


def check_month(db: Database, year_no: int, month_no: int, today: date | None = None) -> TargetCheck:
    today = today or date.today()
    period = month(year_no, month_no)
    finished = today > period.last_day
    rules = get_rules(db)
    station, acts, teams, active, members = _load(db, period, today)
    head = station.head_name if station else ""
    items = _station_items(rules, period, acts, head, today, finished)
    items += _team_items(rules, "month", acts, teams, members, finished)
    items += _visit_items(rules, db, period, finished)
    items += _request_items(rules, db, period, finished)
    return TargetCheck(period, "month", items, finished)


def _request_items(rules: TargetRules, db: Database, period: Period, finished: bool) -> list[TargetItem]:
    """Residents' requests answered (accepted or served) within their menu item's response time."""
    if not rules.requests_in_time:
        return []
    from desktop.services.request_queries import list_requests

    views = list_requests(db, start=period.start, end=period.end)
    timed = [v for v in views if v.row.response_hours and v.state.answered_in_time(v.row.response_hours) is not None]
    on_time = [v for v in timed if v.state.answered_in_time(v.row.response_hours)]
    timed_ids = {v.id for v in timed}
    overdue = [v for v in views if v.overdue and v.id not in timed_ids]
    required = translate("services.targets", "≥ {share}% accepted in time").format(share=rules.requests_in_time)
    name = translate("services.targets", "Residents' requests answered in time")
    if not timed and not overdue:
        return [TargetItem("requests", name, required, translate("services.targets", "No requests with a deadline this month"), "na",
                           "", 0, rules.requests_in_time)]
    total = len(timed) + len(overdue)
    ok = len(on_time) * 100 >= rules.requests_in_time * total
    advice = "" if ok else translate("services.targets", "{n} requests were not accepted in time; dispatch them soon and follow up.").format(
        n=total - len(on_time))
    records = tuple(Counted("request", v.id, f"{v.row.number} {v.row.title}") for v in on_time)
    return [TargetItem("requests", name, required, translate("services.targets", "{done}/{all} in time").format(done=len(on_time), all=total),
                       _status(ok, finished), advice, round(100 * len(on_time) / total), rules.requests_in_time, records)]


def check_year(db: Database, year_no: int, today: date | None = None, until: Period | None = None) -> TargetCheck:
    """The year's targets; `until` (a month) limits the figures to the year up to that month's end."""
    today = today or date.today()
    period = year(year_no)
    finished = today > period.last_day
    if until is not None and until.end < period.end:
        period = Period(period.start, until.end, translate("services.targets", "{year}, months 1 to {month}").format(
            year=year_no, month=until.last_day.month))
    rules = get_rules(db)
    _station, acts, teams, active, members = _load(db, period, today)
    items = _hours_items(rules, db, period, active, finished)
    items += _team_items(rules, "year", acts, teams, members, finished)
    return TargetCheck(period, "year", items, finished)


@dataclass(frozen=True)
class Dashboard:
    month: TargetCheck
    year: TargetCheck


def dashboard(db: Database, today: date | None = None) -> Dashboard:
    today = today or date.today()
    return Dashboard(check_month(db, today.year, today.month, today), check_year(db, today.year, today))
