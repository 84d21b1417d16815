"""Points schemes, rules and the ledger (issue 13): one ledger for 积分超市,
时间银行 and 道德银行.

- Schemes have a unit (分 or 小时); amounts are kept in hundredths of it
  (`to_cents`, `fmt_amount`).
- Rules earn points from recorded facts (desktop.services.points_rules). A
  rule applies from its start date; a change ends the old version on the new
  one's start date, which may not lie in the past: never backwards. Two
  rules of one kind never overlap in time.
- Manual awards and deductions carry a reason and an operator and name the
  rule they stand for, or 其他.
- The ledger is append-only: earned, deducted, spent, transferred, expired,
  voided. A void negates the entry it points to, so a balance is SUM(points)
  over the (scheme, volunteer) index, computed on every read, never stored.

Overdrafts are flagged, not forbidden (`flags`): two PCs offline can each let
a volunteer spend the same points, and neither can know of the other until
they sync. Refusing one of the entries after the fact would lose a real
hand-over of goods; so the ledger keeps both and the app shows the negative
balance, with the entries that made it, for the station head to settle (a
deduction, an award, or voiding the redemption when the goods come back).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import func
from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import Activity, PointEntry, PointRule, PointScheme, Volunteer, derived_id, new_id
from desktop.models.points import CENTS, RULE_KINDS, UNITS
from desktop.services.audit import audit
from desktop.services.points_rules import describe, void_id, void_row
from desktop.validators import normalize_text

RULE_LABELS = {"per_hour": QT_TRANSLATE_NOOP("services.points", "Per hour of service"), "per_activity": QT_TRANSLATE_NOOP("services.points", "Per activity attended"),
               "per_lecture": QT_TRANSLATE_NOOP("services.points", "Per theory lecture attended"), "per_visit": QT_TRANSLATE_NOOP("services.points", "Per 1+10 visit"),
               "per_request": QT_TRANSLATE_NOOP("services.points", "Per request served and rated satisfied"),
               "active_bonus": QT_TRANSLATE_NOOP("services.points", "Yearly active-volunteer bonus")}
ROUNDING_LABELS = {"down": QT_TRANSLATE_NOOP("services.points", "Part hours not counted"), "half": QT_TRANSLATE_NOOP("services.points", "By half hours"), "exact": QT_TRANSLATE_NOOP("services.points", "Exact time")}
KIND_LABELS = {"earned": QT_TRANSLATE_NOOP("services.points", "Earned"), "deducted": QT_TRANSLATE_NOOP("services.points", "Deducted"), "spent": QT_TRANSLATE_NOOP("services.points", "Spent"), "transferred": QT_TRANSLATE_NOOP("services.points", "Given"),
               "expired": QT_TRANSLATE_NOOP("services.points", "Expired"), "voided": QT_TRANSLATE_NOOP("services.points", "Voided")}
OTHER = QT_TRANSLATE_NOOP("services.points", "Other")  # a manual award without a rule (the CLI also takes this word, in either language)


def label(table: dict[str, str], key: str) -> str:
    """A label of RULE_LABELS / ROUNDING_LABELS / KIND_LABELS in the current language (an unknown key as it is)."""
    return translate("services.points", table[key]) if key in table else key


def other_label() -> str:
    """OTHER in the current language: the choice of a manual award without a rule."""
    return translate("services.points", OTHER)


def to_cents(value, what: str | None = None) -> int:
    """'2', 1.5, '0.25' -> hundredths. Refuses more than two decimals."""
    what = what or translate("services.points", "The amount")
    try:
        amount = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        raise ValidationError(translate("services.points", "{what} must be a number, e.g. 2 or 1.5.").format(what=what)) from None
    cents = amount * CENTS
    if cents != cents.to_integral_value() or not amount.is_finite():
        raise ValidationError(translate("services.points", "{what} has at most two decimals.").format(what=what))
    if abs(cents) > 10**9:
        raise ValidationError(translate("services.points", "{what} is too large.").format(what=what))
    return int(cents)


def fmt_amount(cents: int) -> str:
    """150 -> '1.5', 200 -> '2', -25 -> '-0.25'."""
    text = f"{Decimal(cents) / CENTS:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# --- schemes -------------------------------------------------------------------------------

def scheme_id_for(station_id: str, name: str) -> str:
    return derived_id(station_id, "point_scheme", name)


def add_scheme(db: Database, name: str, unit: str = "分", *, validity_months: int = 0, kiosk_visible: bool = True,
               note: str = "", actor: str = "站长") -> PointScheme:
    name = normalize_text(name)
    if not name or len(name) > 30:
        raise ValidationError(translate("services.points", "A points scheme needs a name of at most 30 characters."), field="name")
    if unit not in UNITS:
        raise ValidationError(translate("services.points", "The unit must be one of: {units}.").format(units="、".join(UNITS)), field="unit")
    if not 0 <= int(validity_months) <= 120:
        raise ValidationError(translate("services.points", "The validity must be 0 to 120 months (0: no expiry)."), field="validity_months")
    if db.station_id is None:
        raise UserError(translate("services.points", "No station has been set up on this PC yet; finish the first-run setup first."))
    row_id = scheme_id_for(db.station_id, name)
    with db.session(actor) as session:
        row = session.get(PointScheme, row_id)
        if row is not None and row.deleted_at is None:
            raise ValidationError(translate("services.points", "There is already a points scheme called “{name}”.").format(name=name), field="name")
        count = session.scalar(select(func.count()).select_from(PointScheme)) or 0
        if row is None:
            row = PointScheme(id=row_id, name=name, unit=unit, validity_months=int(validity_months),
                              kiosk_visible=kiosk_visible, note=note, sort_order=count)
            session.add(row)
        else:
            row.deleted_at, row.unit, row.validity_months, row.kiosk_visible = None, unit, int(validity_months), kiosk_visible
        audit(session, actor, "points.scheme.add", "point_scheme", row_id, name=name, unit=unit)
    return row


def list_schemes(db: Database) -> list[PointScheme]:
    with db.read() as session:
        return list(session.exec(select(PointScheme).where(PointScheme.deleted_at.is_(None))
                                 .order_by(PointScheme.sort_order, PointScheme.name)))


def find_scheme(db: Database, key: str | None) -> PointScheme:
    """By id or name; an empty `key` means the first scheme (in the station's order)."""
    schemes = list_schemes(db)
    if not key and schemes:
        return schemes[0]
    for scheme in schemes:
        if key and (scheme.id == key or scheme.name == key.strip()):
            return scheme
    names = translate("services.points", ", ").join(s.name for s in schemes) or translate("services.points", "(none yet: add one with points scheme add)")
    raise NotFound(translate("services.points", "No points scheme “{key}”. There are: {names}.").format(key=key or "", names=names))


def set_scheme(db: Database, scheme_id: str, actor: str = "站长", **changes) -> PointScheme:
    allowed = {"kiosk_visible", "validity_months", "note"}
    with db.session(actor) as session:
        row = session.get(PointScheme, scheme_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(translate("services.points", "This points scheme was not found."))
        for key, value in changes.items():
            if key in allowed:
                setattr(row, key, value)
    return row


# --- rules -----------------------------------------------------------------------------------

def _check_rule(kind: str, amount: int, rounding: str, threshold_hours: int) -> None:
    if kind not in RULE_KINDS:
        raise ValidationError(translate("services.points", "Unknown rule kind “{kind}”.").format(kind=kind), field="kind")
    if amount <= 0:
        raise ValidationError(translate("services.points", "A rule must give more than 0 (deduct by hand instead)."), field="amount")
    if rounding not in ROUNDING_LABELS:
        raise ValidationError(translate("services.points", "The rounding must be down (part hours not counted), half (by half hours) or exact."), field="rounding")
    if not 1 <= threshold_hours <= 1000:
        raise ValidationError(translate("services.points", "The active-volunteer threshold must be 1 to 1000 hours."), field="threshold_hours")


def _overlapping(session, scheme_id: str, kind: str, category: str, starts_on: date) -> PointRule | None:
    rules = session.exec(select(PointRule).where(PointRule.scheme_id == scheme_id, PointRule.kind == kind,
                                                 PointRule.category == category, PointRule.deleted_at.is_(None))).all()
    return next((r for r in rules if r.ends_on is None or r.ends_on > starts_on), None)


def add_rule(db: Database, scheme_id: str, kind: str, amount: int, *, category: str = "", rounding: str = "down",
             threshold_hours: int = 24, starts_on: date | None = None, origin: str = "local", note: str = "",
             today: date | None = None, actor: str = "站长") -> PointRule:
    """A new rule valid from `starts_on` (default today). A new rule may count facts from a
    start date in the past (the county's scheme began then); changing one may not."""
    today = today or date.today()
    starts_on = starts_on or today
    _check_rule(kind, amount, rounding, threshold_hours)
    if category:
        from desktop.services.activities import check_category

        category = check_category(category)
    with db.session(actor) as session:
        scheme = session.get(PointScheme, scheme_id)
        if scheme is None or scheme.deleted_at is not None:
            raise NotFound(translate("services.points", "This points scheme was not found."))
        if _overlapping(session, scheme_id, kind, category, starts_on) is not None:
            raise ValidationError(translate("services.points", "This scheme already has a rule of this kind in force then; to change the amount use “Adjust”, from a given day."),
                                  field="kind")
        rule = PointRule(scheme_id=scheme_id, kind=kind, amount=amount, category=category, rounding=rounding,
                         threshold_hours=threshold_hours, starts_on=starts_on, origin=origin[:60], note=note[:200])
        session.add(rule)
        audit(session, actor, "points.rule.add", "point_rule", rule.id, kind=kind, amount=amount, starts_on=starts_on)
    return rule


def change_rule(db: Database, rule_id: str, amount: int, *, starts_on: date | None = None, today: date | None = None,
                actor: str = "站长") -> PointRule:
    """A new version of the rule from `starts_on` (today or later: never backwards); the old
    one ends that day, so facts before it keep the points the old version gave."""
    today = today or date.today()
    starts_on = starts_on or today
    with db.session(actor) as session:
        old = session.get(PointRule, rule_id)
        if old is None or old.deleted_at is not None:
            raise NotFound(translate("services.points", "This points rule was not found."))
        if starts_on < today:
            raise ValidationError(translate("services.points", "An adjustment takes effect today or later, never in the past."), field="starts_on")
        if starts_on <= old.starts_on:
            raise ValidationError(translate("services.points", "The adjustment must start after the rule's start date {date}.").format(date=old.starts_on), field="starts_on")
        if old.ends_on is not None and old.ends_on <= starts_on:
            raise ValidationError(translate("services.points", "This rule ended on {date} and cannot be adjusted.").format(date=old.ends_on), field="starts_on")
        _check_rule(old.kind, amount, old.rounding, old.threshold_hours)
        old.ends_on = starts_on
        new = PointRule(scheme_id=old.scheme_id, kind=old.kind, amount=amount, category=old.category,
                        rounding=old.rounding, threshold_hours=old.threshold_hours, starts_on=starts_on,
                        origin=old.origin, note=old.note)
        session.add(new)
        audit(session, actor, "points.rule.change", "point_rule", rule_id, new=new.id, amount=amount, starts_on=starts_on)
    return new


def retire_rule(db: Database, rule_id: str, *, ends_on: date | None = None, today: date | None = None,
                actor: str = "站长") -> PointRule:
    """Stop a rule from `ends_on` (default today); points already earned stay."""
    today = today or date.today()
    ends_on = ends_on or today
    if ends_on < today:
        raise ValidationError(translate("services.points", "The end date cannot be before today: points already earned are never taken back."), field="ends_on")
    with db.session(actor) as session:
        rule = session.get(PointRule, rule_id)
        if rule is None or rule.deleted_at is not None:
            raise NotFound(translate("services.points", "This points rule was not found."))
        rule.ends_on = max(ends_on, rule.starts_on)
        audit(session, actor, "points.rule.retire", "point_rule", rule_id, ends_on=ends_on)
    return rule


def list_rules(db: Database, scheme_id: str | None = None) -> list[PointRule]:
    with db.read() as session:
        query = select(PointRule).where(PointRule.deleted_at.is_(None))
        if scheme_id:
            query = query.where(PointRule.scheme_id == scheme_id)
        return list(session.exec(query.order_by(PointRule.scheme_id, PointRule.kind, PointRule.starts_on)))


def rule_text(rule: PointRule, unit: str = "分") -> str:  # unit: the stored word
    what = label(RULE_LABELS, rule.kind)
    if rule.kind == "per_activity" and rule.category:
        what += translate("services.points", " ({category})").format(category=rule.category)
    if rule.kind == "active_bonus":
        what += translate("services.points", " (≥ {hours} hours in the year)").format(hours=rule.threshold_hours)
    text = translate("services.points", "{what}: {amount} {unit}").format(what=what, amount=fmt_amount(rule.amount), unit=unit)
    if rule.kind == "per_hour":
        text += translate("services.points", ", {rounding}").format(rounding=label(ROUNDING_LABELS, rule.rounding))
    return text


# --- the ledger ---------------------------------------------------------------------------------

def _volunteer(session, volunteer_id: str) -> Volunteer:
    person = session.get(Volunteer, volunteer_id)
    if person is None or person.deleted_at is not None:
        raise NotFound(translate("services.points", "This volunteer was not found."))
    return person


def _scheme(session, scheme_id: str) -> PointScheme:
    scheme = session.get(PointScheme, scheme_id)
    if scheme is None or scheme.deleted_at is not None:
        raise NotFound(translate("services.points", "This points scheme was not found."))
    return scheme


def award(db: Database, volunteer_id: str, amount: int, scheme_id: str, reason: str, *, rule_id: str | None = None,
          on_date: date | None = None, actor: str = "站长") -> PointEntry:
    """A manual award (amount > 0) or deduction (< 0), naming a rule or 其他, with a reason."""
    reason = normalize_text(reason)
    operator = normalize_text(actor)
    if not reason:
        raise ValidationError(translate("services.points", "Points given or deducted by hand need a reason, for checking."), field="reason")
    if not operator:
        raise ValidationError(translate("services.points", "Write who handled it."), field="operator")
    if amount == 0:
        raise ValidationError(translate("services.points", "The amount cannot be 0 (negative deducts)."), field="amount")
    with db.session(operator) as session:
        _volunteer(session, volunteer_id)
        _scheme(session, scheme_id)
        if rule_id is not None:
            rule = session.get(PointRule, rule_id)
            if rule is None or rule.scheme_id != scheme_id:
                raise NotFound(translate("services.points", "This points rule was not found (or it belongs to another scheme)."))
        entry = PointEntry(volunteer_id=volunteer_id, points=amount, scheme_id=scheme_id,
                           kind="earned" if amount > 0 else "deducted", rule_id=rule_id, source="manual",
                           on_date=on_date or date.today(), reason=reason[:200], operator=operator)
        session.add(entry)
        audit(session, operator, "points.award", "volunteer", volunteer_id, points=amount, reason=reason)
    return entry


def void_entry(db: Database, entry_id: str, reason: str, *, actor: str = "站长") -> PointEntry:
    """Undo an entry: a void entry with the negated amount, pointing to it (kept on record)."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.points", "Write why it is voided."), field="reason")
    with db.session(actor) as session:
        entry = session.get(PointEntry, entry_id)
        if entry is None or entry.kind == "voided":
            raise NotFound(translate("services.points", "This points record was not found (a void record cannot itself be voided)."))
        if session.get(PointEntry, void_id(entry_id)) is not None:
            raise ValidationError(translate("services.points", "This record is already voided."))
        row = PointEntry(**void_row(entry, reason, actor))
        session.add(row)
        audit(session, actor, "points.void", "volunteer", entry.volunteer_id, voids=entry_id, reason=reason)
    return row


def transfer(db: Database, giver_id: str, receiver_id: str, amount: int, scheme_id: str, reason: str = "",
             *, actor: str = "站长") -> str:
    """时间银行: a volunteer gives hours to a family member (in the roster). Two entries, one id."""
    if amount <= 0:
        raise ValidationError(translate("services.points", "The amount given must be more than 0."), field="amount")
    if giver_id == receiver_id:
        raise ValidationError(translate("services.points", "A volunteer cannot give to themself."), field="receiver")
    reason = normalize_text(reason) or translate("services.points", "Given to family")
    transfer_id = new_id()
    with db.session(actor) as session:
        giver, receiver = _volunteer(session, giver_id), _volunteer(session, receiver_id)
        scheme = _scheme(session, scheme_id)
        have = balance_in(session, giver_id, scheme_id)
        if have < amount:
            raise ValidationError(translate("services.points", "{name} has only {have} {unit} of {scheme}, not enough to give.").format(
                name=giver.name, scheme=scheme.name, have=fmt_amount(have), unit=scheme.unit))
        common = {"scheme_id": scheme_id, "kind": "transferred", "on_date": date.today(), "operator": actor,
                  "source": f"transfer:{transfer_id}"}
        session.add(PointEntry(id=derived_id("transfer", transfer_id, "out"), volunteer_id=giver_id, points=-amount,
                               counterparty_id=receiver_id, reason=translate("services.points", "Given to {name}: {reason}").format(name=receiver.name, reason=reason)[:200], **common))
        session.add(PointEntry(id=derived_id("transfer", transfer_id, "in"), volunteer_id=receiver_id, points=amount,
                               counterparty_id=giver_id, reason=translate("services.points", "Given by {name}: {reason}").format(name=giver.name, reason=reason)[:200], **common))
        audit(session, actor, "points.transfer", "volunteer", giver_id, to=receiver_id, points=amount)
    return transfer_id


# --- balances (computed, never stored) ----------------------------------------------------------

def balance_in(session, volunteer_id: str, scheme_id: str) -> int:
    return session.scalar(select(func.coalesce(func.sum(PointEntry.points), 0))
                          .where(PointEntry.scheme_id == scheme_id, PointEntry.volunteer_id == volunteer_id)) or 0


def balance(db: Database, volunteer_id: str, scheme_id: str) -> int:
    with db.read() as session:
        return balance_in(session, volunteer_id, scheme_id)


def balances(db: Database, scheme_id: str | None = None) -> dict[tuple[str, str], int]:
    """(volunteer, scheme) -> balance, one ordered scan of the covering index."""
    sql = ("SELECT scheme_id, volunteer_id, SUM(points) FROM point_entry WHERE scheme_id IS NOT NULL"
           + (" AND scheme_id = ?" if scheme_id else "") + " GROUP BY scheme_id, volunteer_id")
    with db.engine.connect() as conn:  # a plain read on the driver: 40,000 groups, no ORM rows
        rows = conn.exec_driver_sql(sql, (scheme_id,) if scheme_id else ()).fetchall()
    return {(vol, sch): total for sch, vol, total in rows}


@dataclass
class BalanceRow:
    volunteer_id: str
    name: str
    phone: str
    scheme_id: str
    scheme: str
    unit: str
    balance: int
    flagged: bool  # negative after sync: the station head should settle it


def balance_rows(db: Database, *, scheme_id: str | None = None, include_zero: bool = False) -> list[BalanceRow]:
    """Every volunteer's balance per scheme, for the 积分 page and `points balance`."""
    schemes = [s for s in list_schemes(db) if not scheme_id or s.id == scheme_id]
    totals = balances(db, scheme_id)
    with db.read() as session:
        people = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.phone, Volunteer.status)
                              .where(Volunteer.deleted_at.is_(None))).all()
    rows = []
    for scheme in schemes:
        for vid, name, phone, status in people:
            total = totals.get((vid, scheme.id), 0)
            if total or include_zero and status == "active":
                rows.append(BalanceRow(vid, name, phone or "", scheme.id, scheme.name, scheme.unit, total, total < 0))
    return rows


def first_balance_rows(db: Database, volunteers: int = 50, *, include_zero: bool = True) -> list[BalanceRow]:
    """The rows of the first `volunteers` people in name order (name, then id), with their exact
    balances: what the 积分 page shows at once while `balance_rows` sums the whole ledger.

    Each balance is a range of the covering index `ix_point_entry_balance (scheme_id,
    volunteer_id, points)`, one query per scheme for a batch of people: about a millisecond,
    whatever the size of the ledger. Computed on every read like `balance_rows`, never stored;
    the rows are those `balance_rows(include_zero=...)` gives for the same people."""
    schemes = list_schemes(db)
    rows: list[BalanceRow] = []
    if not schemes or volunteers <= 0:
        return rows
    taken, offset, batch = 0, 0, volunteers + 10
    with db.read() as session:
        while taken < volunteers:
            people = session.exec(select(Volunteer.id, Volunteer.name, Volunteer.phone, Volunteer.status)
                                  .where(Volunteer.deleted_at.is_(None))
                                  .order_by(Volunteer.name, Volunteer.id).offset(offset).limit(batch)).all()
            if not people:
                break
            offset += len(people)
            ids = [p[0] for p in people]
            marks = ", ".join("?" * len(ids))
            totals: dict[tuple[str, str], int] = {}
            conn = session.connection()
            for scheme in schemes:
                sql = (f"SELECT volunteer_id, SUM(points) FROM point_entry WHERE scheme_id = ? "
                       f"AND volunteer_id IN ({marks}) GROUP BY volunteer_id")
                for vid, total in conn.exec_driver_sql(sql, (scheme.id, *ids)).fetchall():
                    totals[(vid, scheme.id)] = total
            for vid, name, phone, status in people:
                shown = []
                for scheme in schemes:
                    total = totals.get((vid, scheme.id), 0)
                    if total or include_zero and status == "active":
                        shown.append(BalanceRow(vid, name, phone or "", scheme.id, scheme.name, scheme.unit, total,
                                                total < 0))
                if shown:
                    rows += shown
                    taken += 1
                    if taken >= volunteers:
                        break
    return rows


# --- statement ---------------------------------------------------------------------------------

@dataclass
class StatementLine:
    id: str
    on_date: date | None
    kind: str
    points: int
    running: int
    reason: str
    source: str  # the fact or paper behind it, in words
    operator: str
    voided: bool
    voids: str | None


@dataclass
class Statement:
    volunteer_id: str
    name: str
    scheme: PointScheme
    lines: list[StatementLine] = field(default_factory=list)

    @property
    def balance(self) -> int:
        return self.lines[-1].running if self.lines else 0

    @property
    def earned(self) -> int:
        return sum(line.points for line in self.lines if line.kind == "earned")

    @property
    def spent(self) -> int:
        return -sum(line.points for line in self.lines if line.kind in ("spent", "deducted", "expired"))


def statement(db: Database, volunteer_id: str, scheme_id: str, *, start: date | None = None,
              end: date | None = None) -> Statement:
    """Every entry of one volunteer in one scheme, in order, with its source and the running balance."""
    with db.read() as session:
        person = _volunteer(session, volunteer_id)
        scheme = _scheme(session, scheme_id)
        entries = list(session.exec(select(PointEntry).where(PointEntry.volunteer_id == volunteer_id,
                                                             PointEntry.scheme_id == scheme_id)))
        act_ids = {e.activity_id for e in entries if e.activity_id}
        titles = dict(session.exec(select(Activity.id, Activity.title).where(Activity.id.in_(act_ids))).all()) if act_ids else {}
    voided = {e.voids for e in entries if e.voids}
    entries.sort(key=lambda e: (e.on_date or e.created_at.date(), e.created_at, e.id))
    result, running = Statement(volunteer_id, person.name, scheme), 0
    for e in entries:
        running += e.points
        day = e.on_date or e.created_at.date()
        if (start and day < start) or (end and day >= end):
            continue
        where = describe(e.source) if e.source else ""
        if e.activity_id in titles:
            where = f"{where}：{titles[e.activity_id]}"
        result.lines.append(StatementLine(e.id, day, e.kind, e.points, running, e.reason, where, e.operator,
                                          e.id in voided, e.voids))
    return result


# --- flags: overdrafts made offline ----------------------------------------------------------------

@dataclass
class Flag:
    kind: str  # balance | stock
    subject_id: str  # volunteer or goods
    name: str
    scheme: str
    amount: int  # the negative balance (hundredths) or stock (units)
    causes: list[str] = field(default_factory=list)  # the entries that took it below zero, in words


def overdraft_causes(moves: list, amount) -> list:
    """The withdrawals that made the final negative stretch: those after the last deposit
    made before the running total went (and stayed) below zero. `moves` in time order."""
    running, totals = 0, []
    for move in moves:
        running += amount(move)
        totals.append(running)
    first = len(totals)
    while first > 0 and totals[first - 1] < 0:
        first -= 1
    start = first
    while start > 0 and amount(moves[start - 1]) < 0:
        start -= 1
    return [m for m in moves[start:] if amount(m) < 0]


def balance_flags(db: Database) -> list[Flag]:
    """Negative balances (possible only after two PCs spent offline), with the entries behind them."""
    negative = {(vol, sch): total for (vol, sch), total in balances(db).items() if total < 0}
    if not negative:
        return []
    schemes = {s.id: s.name for s in list_schemes(db)}
    people = {vol for vol, _sch in negative}
    moves: dict[tuple[str, str], list] = defaultdict(list)
    with db.read() as session:
        names = dict(session.exec(select(Volunteer.id, Volunteer.name).where(Volunteer.id.in_(people))).all())
        rows = session.exec(select(PointEntry.volunteer_id, PointEntry.scheme_id, PointEntry.points, PointEntry.kind,
                                   PointEntry.reason, PointEntry.operator, PointEntry.created_at, PointEntry.id)
                            .where(PointEntry.volunteer_id.in_(people))).all()
    for row in rows:
        if (row[0], row[1]) in negative:
            moves[(row[0], row[1])].append(row)
    flags = []
    for (vol, sch), total in negative.items():
        entries = sorted(moves[(vol, sch)], key=lambda r: (r[6], r[7]))
        cause = translate("services.points", "{at:%Y-%m-%d %H:%M} {kind} {amount} ({reason}, handled by {operator})")
        causes = [cause.format(at=e[6], kind=label(KIND_LABELS, e[3]), amount=fmt_amount(e[2]), reason=e[4],
                               operator=e[5] or "—")
                  for e in overdraft_causes(entries, lambda e: e[2])]
        flags.append(Flag("balance", vol, names.get(vol, translate("services.points", "(deleted)")), schemes.get(sch, ""), total, causes))
    flags.sort(key=lambda f: (f.scheme, f.amount, f.name))
    return flags


def flags(db: Database) -> list[Flag]:
    from desktop.services.goods import stock_flags

    return balance_flags(db) + stock_flags(db)


def month_board(db: Database, scheme_id: str, month_start: date, month_end: date, top: int = 20) -> list[dict]:
    """积分榜: the volunteers who earned most in the month (earned less deductions, voids
    counted on the day of what they undo), with their balance."""
    counted = ("earned", "deducted")
    with db.read() as session:
        rows = session.exec(select(PointEntry.volunteer_id, PointEntry.points, PointEntry.kind, PointEntry.voids)
                            .where(PointEntry.scheme_id == scheme_id, PointEntry.on_date >= month_start,
                                   PointEntry.on_date < month_end)).all()
        void_targets = {v for _vol, _pts, kind, v in rows if kind == "voided" and v}
        target_kind = dict(session.exec(select(PointEntry.id, PointEntry.kind)
                                        .where(PointEntry.id.in_(void_targets))).all()) if void_targets else {}
        totals: dict[str, int] = defaultdict(int)
        for vol, pts, kind, voids in rows:
            if kind in counted or (kind == "voided" and target_kind.get(voids) in counted):
                totals[vol] += pts
        names = dict(session.exec(select(Volunteer.id, Volunteer.name)
                                  .where(Volunteer.id.in_(list(totals)))).all()) if totals else {}
    all_balances = balances(db, scheme_id)
    ranked = sorted(((v, t) for v, t in totals.items() if t > 0), key=lambda vt: (-vt[1], names.get(vt[0], "")))[:top]
    return [{"rank": i + 1, "volunteer_id": v, "name": names.get(v, ""), "points": t,
             "balance": all_balances.get((v, scheme_id), 0)} for i, (v, t) in enumerate(ranked)]


def kiosk_balances(db: Database, volunteer_id: str) -> list[tuple[str, str, str]]:
    """(scheme, amount, unit) for the schemes that let the kiosk show a balance."""
    schemes = [s for s in list_schemes(db) if s.kiosk_visible]
    with db.read() as session:
        return [(s.name, fmt_amount(balance_in(session, volunteer_id, s.id)), s.unit) for s in schemes]
