"""星级评定 self-check: the station against the county's star-rating indicators.

Two parts, each line met or missing with the evidence behind it:

- the 八有 standard (fixed place, manager, team, activities, projects,
  signage, rules, results; plus the county's 群众评议, which only its
  inspectors mark). The indicators, their points and full-point figures are
  the county's: the console (server/console/rules.py) or `python -m server
  star set` pushes them down as the synced setting `star.indicators`; without
  it the defaults below (the same as the console's) apply.
- the quantified targets, from desktop.services.targets (check_year and
  check_month, called as they are).

Some indicators are facts only the station can state (the signage on the
door, the rules on the wall, its projects): the station declares them, with
an optional photo, as the synced settings `star.declared.<key>` (one row
each, so two PCs declaring different facts never overwrite each other). A
declaration also adds evidence to an indicator scored from the records (a
photo of the place). The score estimate uses the county's formula
(server/console/judge.py: data indicators pro rata to their full-point
figure); a declared fact counts in full as the station's own claim, and the
inspectors' own indicators count nothing until the county publishes its
rating (`star.rating.<year>`), which is shown beside the estimate.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, Station, Team, TeamMember, Volunteer
from desktop.periods import Period, year
from desktop.reports.selfcheck import SelfCheckData, SelfCheckLine, TargetLine
from desktop.services import service_entries

INDICATORS_KEY = "star.indicators"
DECLARED_PREFIX = "star.declared."
RATING_PREFIX = "star.rating."
HELD = ("held", "recorded")
MAX_TEXT = 500

# the console's star floors (server/console/rules.STARS; tests/unit/test_selfcheck.py keeps them in step)
STARS = ((90, 5), (80, 4), (70, 3), (60, 2))

# source: "data" scored from the records, "declared" a fact the station states (the county's
# inspectors check it on site), "inspector" marked only by the county's inspection.
METRICS = ("has_address", "has_head", "teams_with_members", "year_activities", "served_share")


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str  # English source (translated when shown) or the county's own name
    points: int
    source: str
    metric: str = ""
    threshold: float = 0
    county_name: bool = False  # the name came from the county's setting: shown as it is


NAMES = {
    "place": QT_TRANSLATE_NOOP("services.selfcheck", "A fixed place"),
    "manager": QT_TRANSLATE_NOOP("services.selfcheck", "A manager"),
    "team": QT_TRANSLATE_NOOP("services.selfcheck", "Volunteer teams"),
    "activities": QT_TRANSLATE_NOOP("services.selfcheck", "Regular activities"),
    "projects": QT_TRANSLATE_NOOP("services.selfcheck", "Service projects"),
    "signage": QT_TRANSLATE_NOOP("services.selfcheck", "Uniform signage"),
    "rules": QT_TRANSLATE_NOOP("services.selfcheck", "Management rules"),
    "results": QT_TRANSLATE_NOOP("services.selfcheck", "Work results"),
    "opinion": QT_TRANSLATE_NOOP("services.selfcheck", "Residents' appraisal"),
}
# What a declaration of each fact should say (the page's and the CLI's hint).
ASKS = {
    "place": QT_TRANSLATE_NOOP("services.selfcheck", "Where the station is and what rooms it has, for example “Village committee building, 2nd floor, 120 m²: lecture hall, reading corner”."),
    "projects": QT_TRANSLATE_NOOP("services.selfcheck", "The station's service projects, for example “Elderly meal help; weekend homework class”."),
    "signage": QT_TRANSLATE_NOOP("services.selfcheck", "The signs put up, for example “Door plaque at the entrance, uniform logo on the notice board”."),
    "rules": QT_TRANSLATE_NOOP("services.selfcheck", "The rules on the wall, for example “Volunteer service rules, activity rules, ledger rules”."),
    "manager": QT_TRANSLATE_NOOP("services.selfcheck", "Who manages the station day to day besides the head, if anyone."),
    "team": QT_TRANSLATE_NOOP("services.selfcheck", "Anything the team list does not show."),
    "activities": QT_TRANSLATE_NOOP("services.selfcheck", "Anything the activity records do not show."),
    "results": QT_TRANSLATE_NOOP("services.selfcheck", "Commendations, press reports, residents' thanks."),
    "opinion": QT_TRANSLATE_NOOP("services.selfcheck", "Residents' opinions collected by the station."),
}



def ask(key: str) -> str:
    """What a statement for the indicator should say, in the user's language."""
    return translate("services.selfcheck", ASKS[key]) if key in ASKS else ""


DEFAULTS: tuple[Indicator, ...] = (
    Indicator("place", NAMES["place"], 10, "data", "has_address", 1),
    Indicator("manager", NAMES["manager"], 10, "data", "has_head", 1),
    Indicator("team", NAMES["team"], 15, "data", "teams_with_members", 3),
    Indicator("activities", NAMES["activities"], 15, "data", "year_activities", 24),
    Indicator("projects", NAMES["projects"], 10, "declared"),
    Indicator("signage", NAMES["signage"], 10, "declared"),
    Indicator("rules", NAMES["rules"], 10, "declared"),
    Indicator("results", NAMES["results"], 10, "data", "served_share", 50),
    Indicator("opinion", NAMES["opinion"], 10, "inspector"),
)
KEYS = tuple(i.key for i in DEFAULTS)
# the console calls the station-declared facts "inspector" (checked on site); the station declares them
DECLARABLE = {"projects", "signage", "rules"}


def _setting(db: Database, key: str):
    from desktop.services.station import get_setting

    return get_setting(db, key, None)


def indicators(db: Database) -> list[Indicator]:
    """The county's indicators (setting `star.indicators`) over the defaults; a damaged entry keeps its default."""
    stored = _setting(db, INDICATORS_KEY)
    return indicators_from(stored if isinstance(stored, dict) else {})


def indicators_from(stored: dict) -> list[Indicator]:
    out = []
    for ind in DEFAULTS:
        over = stored.get(ind.key)
        if not isinstance(over, dict):
            out.append(ind)
            continue
        points, threshold = over.get("points", ind.points), over.get("threshold", ind.threshold)
        points = points if isinstance(points, int) and 0 <= points <= 100 else ind.points
        threshold = float(threshold) if isinstance(threshold, int | float) and threshold > 0 else ind.threshold
        name = over.get("name") if isinstance(over.get("name"), str) and over.get("name", "").strip() else ""
        source = over.get("source", ind.source)
        source = "declared" if ind.key in DECLARABLE else ("data" if source == "data" and ind.metric else ind.source)
        out.append(Indicator(ind.key, name or ind.name, points, source, ind.metric,
                             threshold if source == "data" else 0, county_name=bool(name)))
    return out


def shown_name(ind: Indicator) -> str:
    return ind.name if ind.county_name else translate("services.selfcheck", ind.name)


def stars_for(score: int) -> int:
    for floor, stars in STARS:
        if score >= floor:
            return stars
    return 1


# --- the station's own declarations -------------------------------------------

@dataclass(frozen=True)
class Declaration:
    key: str
    text: str
    photo: str = ""  # SHA-256 of the photo in the photo store, if any
    by: str = ""
    at: str = ""  # ISO date-time


def declarations(db: Database) -> dict[str, Declaration]:
    out = {}
    for key in KEYS:
        value = _setting(db, DECLARED_PREFIX + key)
        if isinstance(value, dict) and str(value.get("text", "")).strip():
            out[key] = Declaration(key, str(value["text"]), str(value.get("photo") or ""), str(value.get("by", "")),
                                   str(value.get("at", "")))
    return out


def _check_key(key: str) -> None:
    if key not in KEYS:
        raise ValidationError(translate("services.selfcheck", "Unknown indicator “{key}”; the choices are {keys}.").format(
            key=key, keys=translate("services.selfcheck", ", ").join(KEYS)), field="key")


def declare(db: Database, key: str, text: str, photo: Path | str | None = None, actor: str = "站长",
            keep_photo: bool = True) -> Declaration:
    """State a fact for an indicator (what is there, where), with an optional photo as evidence.
    Without a new photo the earlier one stays unless `keep_photo` is False."""
    from desktop.services.station import set_setting

    _check_key(key)
    text = " ".join((text or "").split())
    if not text:
        raise ValidationError(translate("services.selfcheck", "Write what the station has for this indicator, for example where the signs are."), field="text")
    if len(text) > MAX_TEXT:
        raise ValidationError(translate("services.selfcheck", "The statement is too long: at most {n} characters.").format(n=MAX_TEXT), field="text")
    sha = ""
    if photo:
        from desktop.services.photos import prepare

        sha = prepare(db, Path(photo)).sha256
    elif keep_photo and (old := declarations(db).get(key)):
        sha = old.photo
    now = datetime.now().replace(microsecond=0).isoformat(sep=" ")
    value = {"text": text, "photo": sha, "by": actor, "at": now}
    set_setting(db, DECLARED_PREFIX + key, value, actor=actor)
    return Declaration(key, text, sha, actor, now)


def undeclare(db: Database, key: str, actor: str = "站长") -> None:
    from desktop.services.station import set_setting

    _check_key(key)
    set_setting(db, DECLARED_PREFIX + key, None, actor=actor)


def published_rating(db: Database, year_no: int) -> dict | None:
    value = _setting(db, f"{RATING_PREFIX}{year_no}")
    return value if isinstance(value, dict) and "score" in value else None


# --- the check --------------------------------------------------------------------

@dataclass
class _Facts:
    station: Station | None
    teams: list[tuple[Team, int]] = field(default_factory=list)  # with their active members
    acts: list[Activity] = field(default_factory=list)  # held or recorded in the year, up to the day
    registered: int = 0
    served: int = 0


def _facts(db: Database, period: Period, as_of: date) -> _Facts:
    until = datetime.combine(as_of, datetime.max.time())
    with db.read() as session:
        station = session.exec(select(Station).where(Station.deleted_at.is_(None))).first()
        active = set(session.exec(select(Volunteer.id).where(Volunteer.deleted_at.is_(None), Volunteer.status == "active")))
        members = Counter(m.team_id for m in session.exec(select(TeamMember).where(TeamMember.deleted_at.is_(None)))
                          if m.volunteer_id in active)
        teams = [(t, members[t.id]) for t in session.exec(select(Team).where(Team.deleted_at.is_(None)).order_by(Team.sort_order))]
        acts = list(session.exec(select(Activity).where(
            Activity.deleted_at.is_(None), Activity.start_at >= period.start, Activity.start_at < period.end,
            Activity.start_at <= until, Activity.status.in_(HELD)).order_by(Activity.start_at)))
    minutes = service_entries.minutes_by_volunteer(db, period.start, min(period.end, until))
    return _Facts(station, teams, acts, len(active), sum(1 for v in active if minutes.get(v, 0) > 0))


def _elapsed(period: Period, as_of: date) -> float:
    days = (period.end - period.start).days
    return max(0.0, min(1.0, ((as_of - period.start.date()).days + 1) / days))


def _data_line(ind: Indicator, facts: _Facts, period: Period, as_of: date, finished: bool) -> dict:
    station = facts.station
    records: list[str] = []
    evidence: list[str] = []
    if ind.metric == "has_address":
        value = 1.0 if station is not None and station.address.strip() else 0.0
        standard = translate("services.selfcheck", "The station's place is registered (Settings → station details → address)")
        shown = station.address if value else translate("services.selfcheck", "No address registered")
        if value:
            evidence.append(translate("services.selfcheck", "Address: {address}").format(address=station.address))
        advice = "" if value else translate("services.selfcheck", "Fill in the station's address in Settings, and add a photo of the place here.")
    elif ind.metric == "has_head":
        value = 1.0 if station is not None and station.head_name.strip() else 0.0
        standard = translate("services.selfcheck", "A station head is registered")
        shown = station.head_name if value else translate("services.selfcheck", "No station head registered")
        if value:
            evidence.append(translate("services.selfcheck", "Station head: {name}").format(name=station.head_name)
                            + (translate("services.selfcheck", ", phone {phone}").format(phone=station.phone) if station.phone else ""))
        advice = "" if value else translate("services.selfcheck", "Fill in the station head in Settings.")
    elif ind.metric == "teams_with_members":
        staffed = [(team, n) for team, n in facts.teams if n]
        value = float(len(staffed))
        standard = translate("services.selfcheck", "≥ {n:g} teams with members").format(n=ind.threshold)
        shown = translate("services.selfcheck", "{n} teams with members").format(n=len(staffed))
        evidence += [translate("services.selfcheck", "{team}: {n} members").format(team=team.name, n=n) for team, n in staffed]
        records += [team.id for team, _n in staffed]
        advice = "" if value >= ind.threshold else translate("services.selfcheck", "{n} more teams need members: add volunteers to teams on the roster.").format(
            n=int(ind.threshold - value + 0.999))
    elif ind.metric == "year_activities":
        value = float(len(facts.acts))
        standard = translate("services.selfcheck", "≥ {n:g} activities held in the year").format(n=ind.threshold)
        shown = translate("services.selfcheck", "{n} activities held").format(n=len(facts.acts))
        by_month = Counter(a.start_at.month for a in facts.acts)
        if by_month:
            evidence.append(translate("services.selfcheck", "By month: {months}").format(months=translate("services.selfcheck", ", ").join(
                translate("services.selfcheck", "{month}/{n}").format(month=m, n=n) for m, n in sorted(by_month.items()))))
        evidence += [f"{a.start_at:%Y-%m-%d} {a.title}" for a in facts.acts]
        records += [a.id for a in facts.acts]
        advice = "" if value >= ind.threshold else translate("services.selfcheck", "{n} more activities are needed this year; only held or recorded activities count.").format(
            n=int(ind.threshold - value + 0.999))
    else:  # served_share
        value = 100.0 * facts.served / facts.registered if facts.registered else 0.0
        standard = translate("services.selfcheck", "≥ {n:g}% of the volunteers with service hours").format(n=ind.threshold)
        shown = translate("services.selfcheck", "{share}% ({served}/{all} people)").format(share=round(value), served=facts.served, all=facts.registered)
        evidence.append(translate("services.selfcheck", "{served} of {all} active volunteers have service hours this year (the register lists them).").format(
            served=facts.served, all=facts.registered))
        advice = "" if value >= ind.threshold else translate("services.selfcheck", "Encourage the volunteers without hours to take part.")
    met = value >= ind.threshold
    yearly = ind.metric in ("year_activities", "served_share")
    if met:
        status = "met"
    elif yearly and not finished:
        status = "pending"  # the year is not over: judged at its end
        expected = ind.threshold * _elapsed(period, as_of)
        advice = (translate("services.selfcheck", "On track for the year so far (about {n:g} expected by now).") if value >= expected
                  else translate("services.selfcheck", "Behind the pace for the year (about {n:g} expected by now). ")).format(
            n=round(expected, 1)) + ("" if value >= expected else advice)
    else:
        status = "missing"
    points = round(ind.points * min(1.0, value / ind.threshold)) if ind.threshold else 0
    return {"standard": standard, "value": shown, "status": status, "evidence": evidence, "records": records,
            "advice": advice, "points": points}


def _photo_path(db: Database, sha: str) -> Path | None:
    if not sha:
        return None
    from desktop.services.photos import photo_file

    path = photo_file(db, sha)
    return path if path.is_file() else None


def _target_lines(db: Database, year_no: int, as_of: date) -> list[TargetLine]:
    """The quantified targets: the year's check so far, then the last month that is over."""
    from desktop.services import targets

    lines = []
    checks = [targets.check_year(db, year_no, as_of)]
    month_no = as_of.month if (as_of + timedelta(days=1)).day == 1 else as_of.month - 1  # the last month that is over
    if month_no:
        checks.append(targets.check_month(db, year_no, month_no, as_of))
    for check in checks:
        scope = check.period.label
        for item in check.items:
            lines.append(TargetLine(item.key, item.name, scope, item.required, item.actual,
                                    target_status(item.status), item.advice,
                                    tuple(getattr(item, "ids", None) or getattr(item, "records", None) or ())))
    return lines


def target_status(status: str) -> str:
    """The target check's statuses in the self-check's words (met, missing, pending, info, not_applicable)."""
    return {"met": "met", "missing": "missing", "unmet": "missing", "pending": "pending", "info": "info"}.get(
        status, "not_applicable")


def check(db: Database, year_no: int | None = None, today: date | None = None) -> SelfCheckData:
    """The self-check for a year as of `today` (default: now; a past year as of its last day)."""
    today = today or date.today()
    year_no = year_no or today.year
    period = year(year_no)
    as_of = min(today, period.last_day)
    finished = today > period.last_day
    facts = _facts(db, period, as_of)
    declared = declarations(db)
    lines = []
    for ind in indicators(db):
        name = shown_name(ind)
        decl = declared.get(ind.key)
        photo = _photo_path(db, decl.photo) if decl else None
        said = [translate("services.selfcheck", "Station's statement: {text} ({by}, {at})").format(
            text=decl.text, by=decl.by, at=decl.at[:10])] if decl else []
        if not ind.points:
            lines.append(SelfCheckLine(ind.key, name, "—", "", "not_applicable", said, (), 0, 0, ind.source, photo,
                                       translate("services.selfcheck", "The county does not score this indicator.")))
            continue
        if ind.source == "data":
            d = _data_line(ind, facts, period, as_of, finished)
            lines.append(SelfCheckLine(ind.key, name, d["standard"], d["value"], d["status"], d["evidence"] + said,
                                       tuple(d["records"]), d["points"], ind.points, ind.source, photo, d["advice"]))
        elif ind.source == "declared":
            standard = translate("services.selfcheck", "Stated by the station, checked by the county on site")
            if decl:
                lines.append(SelfCheckLine(ind.key, name, standard, translate("services.selfcheck", "Stated") + (
                    translate("services.selfcheck", ", with a photo") if photo else ""), "met", said, (), ind.points,
                    ind.points, ind.source, photo, "" if photo else translate("services.selfcheck", "Add a photo as evidence for the inspection.")))
            else:
                lines.append(SelfCheckLine(ind.key, name, standard, translate("services.selfcheck", "Not stated"), "missing",
                                           [], (), 0, ind.points, ind.source, None,
                                           ask(ind.key)))
        else:  # inspector: the county's inspection marks it
            lines.append(SelfCheckLine(ind.key, name, translate("services.selfcheck", "Marked by the county's inspection"),
                                       translate("services.selfcheck", "Awaiting the county"), "county", said, (), 0,
                                       ind.points, ind.source, photo,
                                       translate("services.selfcheck", "Not counted in the estimate; the county's inspectors mark it.")))
    score = sum(line.points for line in lines)
    return SelfCheckData(
        station=facts.station.name if facts.station else "", county=facts.station.county if facts.station else "",
        year=year_no, as_of=as_of, lines=lines, targets=_target_lines(db, year_no, as_of), score=score,
        max_score=sum(line.max_points for line in lines), stars=stars_for(score),
        rating=published_rating(db, year_no), county_set=isinstance(_setting(db, INDICATORS_KEY), dict))


def as_json(data: SelfCheckData) -> dict:
    """The self-check as plain JSON (the CLI's `selfcheck --json`)."""
    return {
        "station": data.station, "year": data.year, "as_of": data.as_of.isoformat(), "score": data.score,
        "max_score": data.max_score, "stars": data.stars, "county_indicators": data.county_set,
        "county_rating": data.rating,
        "indicators": [{"key": line.key, "name": line.name, "standard": line.standard, "value": line.value,
                        "status": line.status, "points": line.points, "max_points": line.max_points,
                        "source": line.source, "evidence": list(line.evidence), "records": list(line.records),
                        "photo": str(line.photo) if line.photo else None, "advice": line.advice}
                       for line in data.lines],
        "targets": [{"key": t.key, "name": t.name, "scope": t.scope, "target": t.required, "value": t.actual,
                     "status": t.status, "advice": t.advice, "records": list(t.records)} for t in data.targets],
    }


def paper_data(db: Database, req, progress=None) -> SelfCheckData:
    """The self-check paper's data (PaperKind "selfcheck"): the year of the request's period, else this year."""
    today = req.extra.get("today") or date.today()
    return check(db, req.period.start.year if req.period is not None else today.year, today)


def dumps(data: SelfCheckData) -> str:
    return json.dumps(as_json(data), ensure_ascii=False, indent=2)
