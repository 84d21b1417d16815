"""Points earned by rules, derived from facts already recorded.

A rule (desktop.models.points.PointRule) turns facts into points:

- per_hour: N per service hour of a volunteer at an activity (the minutes the
  hours service counts for that activity, corrections tied to it included),
  and per manual hour entry not tied to an activity; rounded down to whole
  hours ("down"), half hours ("half") or not at all ("exact");
- per_activity: N per activity attended, optionally only of one category;
- per_lecture: N per theory lecture 理论宣讲 attended;
- per_visit: N per 1+10 household visit;
- per_request: N per residents' request served and rated 满意 (4 or 5 of 5);
- active_bonus: N once a year for an 活跃志愿者 (≥ threshold hours in the year).

A scheme with a validity (months) also gets expiry entries: what is left of
each deposit when its validity ends expires, oldest first (`expiry_plan`).

A rule counts a fact whose date falls in [starts_on, ends_on): a change of a
rule ends the old version and starts a new one, so earlier facts keep the
points of the rule valid on their day.

Derivation is a reconciliation, deterministic given the records:
- the wanted entries are (rule, fact) -> amount; an entry's id is derived from
  (rule, fact, amount, generation), so two PCs deriving the same points make
  one entry, and re-running changes nothing;
- an existing derived entry that is no longer wanted (its fact was voided, the
  activity deleted, the minutes changed) gets a void entry whose id is derived
  from the entry: voiding twice, on two PCs, is one void;
- when two PCs derived different amounts for one fact before they synced, both
  entries arrive; the next run keeps the one with the smallest id among those
  with the wanted amount and voids the others, the same choice on every PC.
Run it after each sync and whenever the points views open (`derive`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import select

from desktop.db import Database
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import (
    Activity,
    HouseholdVisit,
    PointEntry,
    PointRule,
    PointScheme,
    ServiceRequest,
    derived_id,
)
from desktop.sync.journal import bulk_insert

RULE_OPERATOR = "积分规则"  # the stored operator of rule-made entries (tests/unit/test_i18n.py DATA)
RULE_SHORT = {"per_hour": QT_TRANSLATE_NOOP("services.points_rules", "Service hours"), "per_activity": QT_TRANSLATE_NOOP("services.points_rules", "Activity attended"),
              "per_lecture": QT_TRANSLATE_NOOP("services.points_rules", "Theory lecture attended"), "per_visit": QT_TRANSLATE_NOOP("services.points_rules", "1+10 visit"),
              "per_request": QT_TRANSLATE_NOOP("services.points_rules", "Request served, rated satisfied"), "active_bonus": QT_TRANSLATE_NOOP("services.points_rules", "Yearly active-volunteer bonus")}
SOURCES = {"expire": QT_TRANSLATE_NOOP("services.points_rules", "Validity ended"), "attend": QT_TRANSLATE_NOOP("services.points_rules", "Activity attended"), "hours": QT_TRANSLATE_NOOP("services.points_rules", "Hours entered later"),
           "visit": QT_TRANSLATE_NOOP("services.points_rules", "1+10 visit"), "request": QT_TRANSLATE_NOOP("services.points_rules", "Residents' request served (satisfied)"),
           "year": QT_TRANSLATE_NOOP("services.points_rules", "Yearly active volunteer"), "manual": QT_TRANSLATE_NOOP("services.points_rules", "Entered by hand"), "slip": QT_TRANSLATE_NOOP("services.points_rules", "Love supermarket redemption"),
           "transfer": QT_TRANSLATE_NOOP("services.points_rules", "Time bank gift")}
SATISFIED = 4  # a rating of 4 or 5 (of 5) is 满意


@dataclass(frozen=True)
class Fact:
    """One recorded fact a rule may count."""

    kind: str  # attend | hours | visit | request | year
    source: str  # stable key of the fact, part of the derived id
    volunteer_id: str
    on: date
    minutes: int = 0
    category: str = ""
    lecture: bool = False
    attended: bool = False
    activity_id: str | None = None


def rounded_minutes(minutes: int, rounding: str) -> int:
    if minutes <= 0:
        return 0
    if rounding == "down":
        return minutes // 60 * 60
    if rounding == "half":
        return minutes // 30 * 30
    return minutes


def rule_applies(rule: PointRule, on: date) -> bool:
    return rule.starts_on <= on and (rule.ends_on is None or on < rule.ends_on)


def points_for(rule: PointRule, fact: Fact) -> int:
    """Hundredths of the unit that `rule` gives for `fact` (0: none)."""
    if not rule_applies(rule, fact.on):
        return 0
    kind = rule.kind
    if kind == "per_hour" and fact.kind in ("attend", "hours"):
        return rule.amount * rounded_minutes(fact.minutes, rule.rounding) // 60
    if kind == "per_activity" and fact.kind == "attend" and fact.attended:
        return rule.amount if not rule.category or rule.category == fact.category else 0
    if kind == "per_lecture" and fact.kind == "attend" and fact.attended and fact.lecture:
        return rule.amount
    if kind == "per_visit" and fact.kind == "visit":
        return rule.amount
    if kind == "per_request" and fact.kind == "request":
        return rule.amount
    if kind == "active_bonus" and fact.kind == "year" and fact.minutes >= rule.threshold_hours * 60:
        return rule.amount
    return 0


def describe(source: str) -> str:
    """The fact behind an entry, in words, for statements."""
    kind = source.split(":", 1)[0]
    return translate("services.points_rules", SOURCES[kind]) if kind in SOURCES else source


# --- facts -------------------------------------------------------------------------------

def gather_facts(db: Database, rules: Iterable[PointRule], *, today: date, now: datetime | None = None) -> list[Fact]:
    from desktop.services import hours

    kinds = {r.kind for r in rules}
    facts: list[Fact] = []
    if kinds & {"per_hour", "per_activity", "per_lecture"}:
        with db.read() as session:
            acts = {a.id: (a.category, a.theory_lecture) for a in
                    session.exec(select(Activity).where(Activity.deleted_at.is_(None)))}
        for f in hours.service_facts(db, now=now):
            if f.activity_id is None:
                facts.append(Fact("hours", f"hours:{f.correction_id}", f.volunteer_id, f.day, f.minutes))
                continue
            category, lecture = acts.get(f.activity_id, ("", False))
            facts.append(Fact("attend", f"attend:{f.activity_id}:{f.volunteer_id}", f.volunteer_id, f.day, f.minutes,
                              category, lecture, f.signed_in or f.minutes > 0, f.activity_id))
    if "per_visit" in kinds:
        with db.read() as session:
            visits = list(session.exec(select(HouseholdVisit)))
        voided = {v.voids for v in visits if v.voids}
        facts += [Fact("visit", f"visit:{v.id}", v.volunteer_id, v.visited_on) for v in visits
                  if v.voids is None and v.id not in voided]
    if "per_request" in kinds:
        facts += request_facts(db)
    if "active_bonus" in kinds:
        facts += year_facts(db, today=today, now=now)
    return facts


def request_facts(db: Database) -> list[Fact]:
    """Requests served and rated 满意, one fact per volunteer who served. Read through the
    requests service's `satisfied_services` (issue 12, its state is a function of its events);
    until that is installed, from the request table's own columns."""
    try:
        from desktop.services.request_queries import satisfied_services
    except ImportError:
        satisfied_services = None
    if satisfied_services is not None:
        return [Fact("request", f"request:{s.request_id}:{vol}", vol, s.done_at.date())
                for s in satisfied_services(db) for vol in s.volunteer_ids]
    with db.read() as session:
        rows = session.exec(select(ServiceRequest).where(ServiceRequest.deleted_at.is_(None))).all()
    facts = []
    for r in rows:
        rating, vol = getattr(r, "rating", None), getattr(r, "volunteer_id", None)
        if vol and isinstance(rating, int) and rating >= SATISFIED:
            when = getattr(r, "done_at", None) or r.requested_at
            facts.append(Fact("request", f"request:{r.id}:{vol}", vol, when.date()))
    return facts


def year_facts(db: Database, *, today: date, now: datetime | None = None) -> list[Fact]:
    """One fact per volunteer and year with their minutes, dated the year's last day."""
    from desktop.services import hours

    with db.read() as session:
        first = session.exec(select(Activity.start_at).order_by(Activity.start_at).limit(1)).first()
    if first is None:
        return []
    facts = []
    for year in range(first.year, today.year + 1):
        totals = hours.minutes_by_volunteer(db, datetime(year, 1, 1), datetime(year + 1, 1, 1), now=now)
        facts += [Fact("year", f"year:{year}:{vol}", vol, date(year, 12, 31), minutes) for vol, minutes in totals.items()]
    return facts


# --- reconciliation ------------------------------------------------------------------------

@dataclass
class DeriveReport:
    added: int = 0
    voided: int = 0


def entry_id(rule_id: str, source: str, amount: int, generation: int) -> str:
    return derived_id("points", rule_id, source, str(amount), str(generation))


def void_id(entry: str) -> str:
    return derived_id("points-void", entry)


def plan(rules: list[PointRule], facts: list[Fact], existing: list[PointEntry], voided: set[str],
         all_ids: set[str], scheme_of: dict[str, str]) -> tuple[list[dict], list[PointEntry]]:
    """Pure: the entries to add and the entries to void so the ledger holds exactly the wanted
    rule points. `existing`: derived entries; `voided`: ids that have a void; `all_ids`: every entry id."""
    wanted: dict[tuple[str, str], tuple[int, Fact]] = {}
    kind_of = {rule.id: rule.kind for rule in rules}
    for rule in rules:
        for fact in facts:
            amount = points_for(rule, fact)
            if amount:
                wanted[(rule.id, fact.source)] = (amount, fact)
    live: dict[tuple[str, str], list[PointEntry]] = defaultdict(list)
    known = {rule.id for rule in rules}  # a deleted rule's points stay: never backwards
    for entry in existing:
        if entry.id not in voided and entry.rule_id in known:
            live[(entry.rule_id, entry.source)].append(entry)
    adds, voids = [], []
    for key in sorted(set(wanted) | set(live)):
        have = sorted(live.get(key, []), key=lambda e: e.id)
        want = wanted.get(key)
        keep = next((e for e in have if want and e.points == want[0]), None)
        voids += [e for e in have if e is not keep]
        if want and keep is None:
            amount, fact = want
            generation = 0
            while entry_id(key[0], key[1], amount, generation) in all_ids:
                generation += 1
            new = entry_id(key[0], key[1], amount, generation)
            all_ids.add(new)
            adds.append({"id": new, "volunteer_id": fact.volunteer_id, "points": amount, "kind": "earned",
                         "scheme_id": scheme_of[key[0]], "rule_id": key[0], "source": key[1], "on_date": fact.on,
                         "activity_id": fact.activity_id, "reason": translate("services.points_rules", "By rule: {rule}").format(rule=translate("services.points_rules", RULE_SHORT[kind_of[key[0]]])
                                                                          if kind_of[key[0]] in RULE_SHORT else ""),
                         "operator": RULE_OPERATOR})
    return adds, voids


def void_row(entry: PointEntry, reason: str, operator: str) -> dict:
    return {"id": void_id(entry.id), "volunteer_id": entry.volunteer_id, "points": -entry.points, "kind": "voided",
            "voids": entry.id, "scheme_id": entry.scheme_id, "rule_id": entry.rule_id, "source": entry.source,
            "on_date": entry.on_date, "activity_id": entry.activity_id, "slip_id": entry.slip_id,
            "reason": reason[:200], "operator": operator}


def active_rules(db: Database) -> list[PointRule]:
    with db.read() as session:
        schemes = set(session.exec(select(PointScheme.id).where(PointScheme.deleted_at.is_(None))).all())
        rules = session.exec(select(PointRule).where(PointRule.deleted_at.is_(None))).all()
    return [r for r in rules if r.scheme_id in schemes]


def derive(db: Database, *, today: date | None = None, now: datetime | None = None) -> DeriveReport:
    """Bring the rule-derived entries in line with the records (idempotent)."""
    today = today or date.today()
    rules = active_rules(db)
    facts = gather_facts(db, rules, today=today, now=now) if rules else []
    with db.session(RULE_OPERATOR) as session:
        existing = list(session.exec(select(PointEntry).where(PointEntry.kind == "earned",
                                                              PointEntry.rule_id.is_not(None),
                                                              PointEntry.source != "",
                                                              PointEntry.operator == RULE_OPERATOR)))
        voided = set(session.exec(select(PointEntry.voids).where(PointEntry.voids.is_not(None))).all())
        all_ids = set(session.exec(select(PointEntry.id).where(PointEntry.operator == RULE_OPERATOR)).all())
        adds, voids = plan(rules, facts, existing, voided, all_ids, {r.id: r.scheme_id for r in rules})
        rows = adds + [void_row(e, translate("services.points_rules", "The source record was voided or changed, or the rule adjusted"), RULE_OPERATOR) for e in voids]
        if rows:
            bulk_insert(session, PointEntry, rows)
        expiring = {s.id: s.validity_months for s in session.exec(select(PointScheme).where(
            PointScheme.deleted_at.is_(None), PointScheme.validity_months > 0))}
        if expiring:
            entries = list(session.exec(select(PointEntry).where(PointEntry.scheme_id.in_(list(expiring)))))
            more_adds, more_voids = expiry_plan(entries, expiring, today)
            more = more_adds + [void_row(e, translate("services.points_rules", "Expiry recomputed"), RULE_OPERATOR) for e in more_voids]
            if more:
                bulk_insert(session, PointEntry, more)
            adds, voids = adds + more_adds, voids + more_voids
    return DeriveReport(len(adds), len(voids))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


def expiry_plan(entries: list[PointEntry], validity: dict[str, int], today: date) -> tuple[list[dict], list[PointEntry]]:
    """Pure: points not spent within the scheme's validity expire, oldest first (FIFO).

    Per (volunteer, scheme) the live entries (not voided, not voids, not expiries) are replayed
    by date: a deposit is a lot that expires `validity` months after its day; a withdrawal uses
    up the oldest lots first (beyond them, it is paid from the next deposit); what is left of a
    lot on its expiry day (up to `today`) expires.
    One expiry entry per lot, reconciled like rule entries: id from (lot, amount, generation)."""
    voided = {e.voids for e in entries if e.voids}
    all_ids = {e.id for e in entries}
    per: dict[tuple[str, str], list[PointEntry]] = defaultdict(list)
    current: dict[str, list[PointEntry]] = defaultdict(list)
    for e in entries:
        if e.kind == "expired" and e.operator == RULE_OPERATOR:
            if e.id not in voided:
                current[e.source].append(e)
        elif e.kind != "voided" and e.id not in voided:
            per[(e.volunteer_id, e.scheme_id)].append(e)
    wanted: dict[str, tuple[int, PointEntry, date]] = {}
    for (_vol, scheme), moves in per.items():
        months = validity[scheme]
        events = []
        for e in moves:
            day = e.on_date or e.created_at.date()
            events.append((day, 1 if e.points < 0 else 0, e.id, e))
        lots: list[list] = []  # [expires_on, remaining, entry]
        debt = 0  # spent beyond the lots at hand: paid first from the next deposit
        for day, _order, _id, e in sorted(events):
            for lot in [lot for lot in lots if lot[0] <= day]:
                if lot[1] > 0:
                    wanted[f"expire:{lot[2].id}"] = (lot[1], lot[2], lot[0])
                lots.remove(lot)
            if e.points > 0:
                paid = min(debt, e.points)
                debt -= paid
                lots.append([add_months(day, months), e.points - paid, e])
                continue
            need = -e.points
            for lot in lots:
                used = min(need, lot[1])
                lot[1] -= used
                need -= used
                if not need:
                    break
            debt += need
        for lot in lots:
            if lot[0] <= today and lot[1] > 0:
                wanted[f"expire:{lot[2].id}"] = (lot[1], lot[2], lot[0])
    adds, voids = [], []
    for source in sorted(set(wanted) | set(current)):
        have = sorted(current.get(source, []), key=lambda e: e.id)
        want = wanted.get(source)
        keep = next((e for e in have if want and e.points == -want[0]), None)
        voids += [e for e in have if e is not keep]
        if want and keep is None:
            amount, lot, day = want
            generation = 0
            while entry_id("expire", source, -amount, generation) in all_ids:
                generation += 1
            new = entry_id("expire", source, -amount, generation)
            all_ids.add(new)
            adds.append({"id": new, "volunteer_id": lot.volunteer_id, "points": -amount, "kind": "expired",
                         "scheme_id": lot.scheme_id, "source": source, "on_date": day,
                         "reason": translate("services.points_rules", "Points earned on {date} are past their validity").format(
                             date=lot.on_date or lot.created_at.date()), "operator": RULE_OPERATOR})
    return adds, voids
