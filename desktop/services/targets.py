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
                raise ValidationError(f"目标“{LABELS[f.name]}”应为 0 到 1000 之间的整数（0 表示不检查）。",
                                      field=f.name)
        if self.served_share > 100 or self.party_share > 100 or self.requests_in_time > 100:
            raise ValidationError("比例类目标不能超过 100%。", field="party_share")
        return self

    @classmethod
    def from_dict(cls, data: dict | None) -> TargetRules:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        try:
            return replace(cls(), **known).checked()
        except (TypeError, ValidationError):
            return cls()  # a damaged setting falls back to the defaults instead of blocking the home page


LABELS = {
    "activities_per_month": "每月活动场次", "lectures_per_month": "每月理论宣讲场次",
    "head_weekly": "站长每周组织活动", "hours_per_volunteer": "每名志愿者年服务时长（小时）",
    "served_share": "有服务记录的志愿者比例（%）", "party_share": "党员参与志愿服务比例（%）",
    "active_hours": "活跃志愿者标准（小时/年）", "team_per_month": "每支队伍每月活动场次",
    "team_per_year": "每支队伍每年集中服务次数", "first_saturday": "每月第一个星期六集中活动日",
    "household_visits": "1+10 每户每月走访次数", "partner_per_month": "结对共建单位每月活动场次",
    "requests_in_time": "群众点单按时响应比例（%）",
}


def get_rules(db: Database) -> TargetRules:
    from desktop.services.station import get_setting

    return TargetRules.from_dict(get_setting(db, SETTING_KEY, None))


def set_rules(db: Database, rules: TargetRules | dict, actor: str = "站长") -> TargetRules:
    from desktop.services.station import set_setting

    data = rules if isinstance(rules, dict) else asdict(rules)
    unknown = set(data) - set(TargetRules.__dataclass_fields__)
    if unknown:
        raise ValidationError(f"未知的目标项：{'、'.join(sorted(unknown))}。")
    checked = replace(TargetRules(), **data).checked()
    set_setting(db, SETTING_KEY, asdict(checked), actor=actor)
    return checked


@dataclass(frozen=True)
class TargetItem:
    key: str
    name: str
    required: str
    actual: str
    status: str  # met | missing | pending (period not over yet) | info
    advice: str = ""


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


def _load(db: Database, period: Period):
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
    return station, acts, teams, active, members


def _station_items(rules: TargetRules, period: Period, acts: list[Activity], head: str, today: date,
                   finished: bool) -> list[TargetItem]:
    items = []
    left = max((period.last_day - today).days + 1, 0)
    later = f"本月还剩 {left} 天。" if not finished else ""
    if rules.activities_per_month:
        n, need = len(acts), rules.activities_per_month
        items.append(TargetItem("activities", "实践站活动", f"≥ {need} 场", f"{n} 场", _status(n >= need, finished),
                                "" if n >= need else f"还需组织 {need - n} 场活动。{later}"))
    if rules.lectures_per_month:
        n, need = sum(a.theory_lecture for a in acts), rules.lectures_per_month
        items.append(TargetItem("lectures", "理论宣讲", f"≥ {need} 场", f"{n} 场", _status(n >= need, finished),
                                "" if n >= need else f"还需安排 {need - n} 场理论宣讲（活动登记时勾选“理论宣讲”）。{later}"))
    if rules.partner_per_month:
        n, need = sum(bool(a.partner_unit) for a in acts), rules.partner_per_month
        items.append(TargetItem("partner", "结对共建单位活动", f"≥ {need} 场", f"{n} 场", _status(n >= need, finished),
                                "" if n >= need else "请联系结对共建单位共同开展活动，并在活动中填写共建单位。"))
    if rules.first_saturday:
        saturday = first_saturday(period)
        held = any(a.start_at.date() == saturday for a in acts)
        status = "met" if held else ("missing" if today > saturday else "pending")
        items.append(TargetItem("first_saturday", "集中活动日", f"{saturday:%m月%d日}（第一个星期六）有活动",
                                "已开展" if held else "未开展", status,
                                "" if held else f"请在 {saturday:%m月%d日} 安排集中志愿服务活动。" if today <= saturday
                                else "本月集中活动日没有活动记录；如已开展，请补登活动。"))
    if rules.head_weekly and head:
        mondays = []
        cursor = period.start.date() - timedelta(days=period.start.weekday())
        while cursor <= min(period.last_day, today):
            mondays.append(cursor)
            cursor += timedelta(days=7)
        led = {a.start_at.date() - timedelta(days=a.start_at.weekday()) for a in acts if a.person_in_charge == head}
        done = sum(m in led for m in mondays)
        items.append(TargetItem("head_weekly", "站长每周组织活动", f"{len(mondays)} 周每周 ≥ 1 次", f"{done} 周",
                                _status(done >= len(mondays), finished),
                                "" if done >= len(mondays) else f"站长（{head}）有 {len(mondays) - done} 周没有组织活动；"
                                "登记活动时请把负责人填为站长。"))
    return items


def _team_items(rules: TargetRules, scope: str, acts: list[Activity], teams: list[Team], members: dict,
                finished: bool) -> list[TargetItem]:
    need = rules.team_per_month if scope == "month" else rules.team_per_year
    if not need:
        return []
    counts = Counter(a.team_id for a in acts)
    staffed = [t for t in teams if members.get(t.id)]
    short = [t for t in staffed if counts[t.id] < need]
    actual = f"{len(staffed) - len(short)}/{len(staffed)} 支队伍达到" if staffed else "没有有成员的队伍"
    advice = ("、".join(f"{t.name}（差 {need - counts[t.id]} 场）" for t in short) + " 需要安排活动。") if short else ""
    name = "各队伍每月活动" if scope == "month" else "各队伍集中服务"
    return [TargetItem(f"team_{scope}", name, f"每队 ≥ {need} 场", actual, _status(not short, finished), advice)]


def _hours_items(rules: TargetRules, db: Database, period: Period, active: dict[str, Volunteer],
                 finished: bool) -> list[TargetItem]:
    minutes = service_entries.minutes_by_volunteer(db, period.start, period.end)
    registered = len(active)
    if not registered:
        return [TargetItem("volunteers", "志愿者", "有在册志愿者", "0 人", "missing", "请先在志愿者台账中登记志愿者。")]
    items = []
    served = [v for v in active if minutes.get(v, 0) > 0]
    if rules.hours_per_volunteer:
        goal = rules.hours_per_volunteer * 60
        done = sum(minutes.get(v, 0) >= goal for v in active)
        items.append(TargetItem("hours", "人均年服务时长", f"每人 ≥ {rules.hours_per_volunteer} 小时",
                                f"{done}/{registered} 人达到", _status(done == registered, finished),
                                "" if done == registered else f"还有 {registered - done} 名志愿者未达到 "
                                f"{rules.hours_per_volunteer} 小时，可在登记簿中查看每人时长。"))
    if rules.served_share:
        share = round(100 * len(served) / registered)
        items.append(TargetItem("served", "有服务记录的志愿者", f"≥ {rules.served_share}%",
                                f"{share}%（{len(served)}/{registered} 人）", _status(share >= rules.served_share, finished),
                                "" if share >= rules.served_share else "请动员还没有参加过活动的志愿者参加服务。"))
    party = [v for v, vol in active.items() if is_party_member(vol.political_status)]
    if rules.party_share and party:
        in_service = sum(minutes.get(v, 0) > 0 for v in party)
        share = round(100 * in_service / len(party))
        items.append(TargetItem("party", "党员参与志愿服务", f"≥ {rules.party_share}%",
                                f"{share}%（{in_service}/{len(party)} 人）", _status(share >= rules.party_share, finished),
                                "" if share >= rules.party_share else f"还有 {len(party) - in_service} 名党员没有服务记录。"))
    if rules.active_hours:
        n = sum(minutes.get(v, 0) >= rules.active_hours * 60 for v in active)
        items.append(TargetItem("active", "活跃志愿者", f"年服务 ≥ {rules.active_hours} 小时", f"{n} 人", "info"))
    return items


def _visit_items(rules: TargetRules, db: Database, period: Period, finished: bool) -> list[TargetItem]:
    if not rules.household_visits:
        return []
    with db.read() as session:
        households = [h.id for h in session.exec(select(Household).where(Household.deleted_at.is_(None),
                                                                          Household.volunteer_id.is_not(None)))]
        visits = list(session.exec(select(HouseholdVisit).where(HouseholdVisit.visited_on >= period.start.date(),
                                                                HouseholdVisit.visited_on < period.end.date())))
        voided = set(session.exec(select(HouseholdVisit.voids).where(HouseholdVisit.voids.is_not(None))))
    if not households:
        return []
    counts = Counter(v.household_id for v in visits if not v.voids and v.id not in voided)
    short = sum(counts[h] < rules.household_visits for h in households)
    return [TargetItem("visits", "1+10 联系户走访", f"每户每月 ≥ {rules.household_visits} 次",
                       f"{len(households) - short}/{len(households)} 户已走访", _status(not short, finished),
                       "" if not short else f"还有 {short} 户本月没有走访记录。")]


def check_month(db: Database, year_no: int, month_no: int, today: date | None = None) -> TargetCheck:
    today = today or date.today()
    period = month(year_no, month_no)
    finished = today > period.last_day
    rules = get_rules(db)
    station, acts, teams, active, members = _load(db, period)
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
    from desktop.services.request_queries import figures

    f = figures(db, period.start, period.end)
    required = f"≥ {rules.requests_in_time}% 在时限内接单"
    if not f.with_deadline_answered and not f.overdue:
        return [TargetItem("requests", "群众点单按时响应", required, "本月没有有时限的点单", "info")]
    total = f.with_deadline_answered + f.overdue
    ok = f.answered_in_time * 100 >= rules.requests_in_time * total
    advice = "" if ok else f"有 {total - f.answered_in_time} 件点单没有在时限内接单，请尽快派单并回访。"
    return [TargetItem("requests", "群众点单按时响应", required, f"{f.answered_in_time}/{total} 件按时",
                       _status(ok, finished), advice)]


def check_year(db: Database, year_no: int, today: date | None = None, until: Period | None = None) -> TargetCheck:
    """The year's targets; `until` (a month) limits the figures to the year up to that month's end."""
    today = today or date.today()
    period = year(year_no)
    finished = today > period.last_day
    if until is not None and until.end < period.end:
        period = Period(period.start, until.end, f"{year_no}年1—{until.last_day.month}月")
    rules = get_rules(db)
    _station, acts, teams, active, members = _load(db, period)
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
