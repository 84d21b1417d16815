"""The sign-in kiosk 签到台: what one tap, scan or walk-in does, as plain data.

A tap on a volunteer signs them in; a later tap signs them out. A second tap
or a scanner bounce within ``BOUNCE`` of the sign-in is the same sign-in
(the row id is derived from activity, volunteer and kind, so it can never be
two rows either). Every result is returned after the commit: when the kiosk
shows "已签到", the sign-in is on disk (synchronous=FULL).

Leaving the kiosk needs the station head's PIN (6 to 12 digits), kept like a
password: an argon2id hash in this PC's local state (table ``meta``, inside
the encrypted file), never synced. Wrong guesses are limited (PIN_TRIES, then
a doubling wait).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models import Activity, SignIn, TeamMember, Volunteer
from desktop.services import local_meta
from desktop.services.activities import signin_id
from desktop.services.audit import audit
from desktop.services.hour_rules import format_minutes, round_minutes
from desktop.services.hours import load_rules
from desktop.services.lookup import live
from desktop.services.search import COMPOUND_SURNAMES, SURNAME_READINGS, name_spellings
from desktop.services.station import get_setting, set_setting
from desktop.services.volunteers import add_volunteer, clean_volunteer, find_duplicates

PIN_KEY = "kiosk.pin"
PIN_FAILS, PIN_UNTIL = "kiosk.pin_fails", "kiosk.pin_until"
PIN_MIN, PIN_MAX = 6, 8
PIN_TRIES, PIN_LOCKOUT_S = 5, 30
BOUNCE = timedelta(minutes=2)  # a second tap this soon after signing in is not a sign-out
LATE_SIGNOUT = timedelta(hours=1)  # a sign-out this long after the end is flagged for the station head
_hasher = PasswordHasher()


@dataclass(frozen=True)
class TapResult:
    volunteer_id: str
    name: str
    action: str  # "in" | "out" | "already_in" | "already_out"
    at: datetime
    minutes: int = 0  # for a sign-out: this session's minutes (before the daily cap)

    @property
    def message(self) -> str:
        time = self.at.strftime("%H:%M")
        if self.action == "in":
            return translate("services.kiosk", "{name}, signed in ({time})").format(name=self.name, time=time)
        if self.action == "out":
            return translate("services.kiosk", "{name}, signed out ({time}); served {duration} this time").format(
                name=self.name, time=time, duration=format_minutes(self.minutes))
        if self.action == "already_in":
            return translate("services.kiosk", "{name}, signed in already ({time}); tap again at the end of the activity to sign out").format(
                name=self.name, time=time)
        return translate("services.kiosk", "{name}, signed out already ({time})").format(name=self.name, time=time)


def today_activities(db: Database, today: date | None = None) -> list[Activity]:
    """Activities to open the kiosk for: today's first, then the coming week's and last week's."""
    today = today or date.today()
    start = datetime.combine(today - timedelta(days=7), datetime.min.time())
    end = datetime.combine(today + timedelta(days=8), datetime.min.time())
    with db.read() as session:
        rows = list(session.exec(select(Activity).where(Activity.deleted_at.is_(None), Activity.start_at >= start,
                                                        Activity.start_at < end)))
    now = datetime.now()
    return sorted(rows, key=lambda a: (a.start_at.date() != today, abs((a.start_at.date() - today).days),
                                       not a.start_at <= now <= a.end_at, a.start_at))


def surname_of(name: str) -> str:
    """The surname as the kiosk's strip shows it: a compound surname (欧阳) or the first character."""
    name = (name or "").strip()
    return name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]


def _surname_key(surname: str) -> str:
    if surname in SURNAME_READINGS:
        return SURNAME_READINGS[surname]
    spelled = name_spellings(surname)
    return spelled[0][0] if spelled else surname


def surname_groups(people: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """The kiosk's surname strip from (volunteer id, name) pairs: (surname, ids) with the station's most
    frequent surnames first, then by pinyin; within a surname, people keep the given order."""
    groups: dict[str, list[str]] = {}
    for vid, name in people:
        groups.setdefault(surname_of(name) or "?", []).append(vid)
    return sorted(groups.items(), key=lambda item: (-len(item[1]), _surname_key(item[0]), item[0]))


def expected_ids(db: Database, activity_id: str) -> list[str]:
    """Today's expected people, to show first: the organising team's members, then the volunteers who
    signed in at any activity in the 31 days before this one (last month's regulars), most often first."""
    with db.read() as session:
        activity = session.get(Activity, activity_id)
        if activity is None:
            return []
        team: list[str] = []
        if activity.team_id:
            team = list(session.exec(select(TeamMember.volunteer_id).where(
                TeamMember.team_id == activity.team_id, TeamMember.deleted_at.is_(None))).all())
        since = activity.start_at - timedelta(days=31)
        rows = session.exec(select(SignIn.volunteer_id).join(Activity, Activity.id == SignIn.activity_id).where(
            SignIn.kind == "in", Activity.deleted_at.is_(None), Activity.id != activity_id,
            Activity.start_at >= since, Activity.start_at < activity.start_at)).all()
    counts: dict[str, int] = {}
    for vid in rows:
        counts[vid] = counts.get(vid, 0) + 1
    regulars = sorted(counts, key=lambda vid: -counts[vid])
    return list(dict.fromkeys(team + regulars))


def attendance_state(db: Database, activity_id: str) -> dict[str, str]:
    """volunteer id -> "in" (signed in, not out) or "out" (signed out)."""
    with db.read() as session:
        rows = session.exec(select(SignIn.volunteer_id, SignIn.kind).where(SignIn.activity_id == activity_id)).all()
    state: dict[str, str] = {}
    for vol, kind in rows:
        if kind == "out" or vol not in state:
            state[vol] = kind
    return state


def tap(db: Database, activity_id: str, volunteer_id: str, *, now: datetime | None = None,
        source: str = "kiosk", actor: str = "签到台") -> TapResult:
    """Sign in, or sign out if signed in earlier; idempotent against double taps and bounces."""
    now = (now or datetime.now()).replace(microsecond=0)
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id, translate(
            "services.kiosk", "This activity was not found; it may have been deleted. Leave the kiosk and choose the activity again."))
        volunteer = live(session, Volunteer, volunteer_id, translate(
            "services.kiosk", "This volunteer was not found. Register below under “New volunteer”."))
        signed_in = session.get(SignIn, signin_id(activity_id, volunteer_id, "in"))
        signed_out = session.get(SignIn, signin_id(activity_id, volunteer_id, "out"))
        if signed_out is not None:
            return TapResult(volunteer_id, volunteer.name, "already_out", signed_out.at)
        if signed_in is None:
            if not activity.start_at.date() <= now.date() <= activity.end_at.date():
                raise ValidationError(translate("services.kiosk", "This activity is on {day:%Y-%m-%d}, not today; the kiosk cannot sign in for it. To add hours later, the station head corrects them on the Activities page.").format(
                    day=activity.start_at))
            session.add(SignIn(id=signin_id(activity_id, volunteer_id, "in"), activity_id=activity_id,
                               volunteer_id=volunteer_id, kind="in", at=now, source=source, operator=actor))
            return TapResult(volunteer_id, volunteer.name, "in", now)
        if now - signed_in.at < BOUNCE:
            return TapResult(volunteer_id, volunteer.name, "already_in", signed_in.at)
        late = now > activity.end_at + LATE_SIGNOUT  # probably forgot and came back: the station head checks
        session.add(SignIn(id=signin_id(activity_id, volunteer_id, "out"), activity_id=activity_id,
                           volunteer_id=volunteer_id, kind="out", at=now, source=source, operator=actor, flagged=late))
        seconds = int((now - signed_in.at).total_seconds())
    return TapResult(volunteer_id, volunteer.name, "out", now, round_minutes(seconds, load_rules(db)))


def walk_in(db: Database, activity_id: str, *, name: str, phone: str = "", now: datetime | None = None,
            actor: str = "签到台") -> TapResult:
    """Register a new volunteer at the kiosk with the fewest fields (name, phone if any), then sign in.
    The station head completes the record (ID card, teams) later in the roster."""
    cleaned = clean_volunteer({"name": name, "phone": phone})
    with db.read() as session:
        same = find_duplicates(session, id_card=None, name=cleaned["name"], phone=cleaned.get("phone"))
    if same:  # already registered with this name and phone: just sign them in
        return tap(db, activity_id, same[0].id, now=now, actor=actor)
    volunteer = add_volunteer(db, name=name, phone=phone, note=translate("services.kiosk", "Registered at the kiosk; details to be completed"), actor=actor)
    return tap(db, activity_id, volunteer.id, now=now, actor=actor)


def mark_held_if_used(db: Database, activity_id: str, actor: str = "站长", now: datetime | None = None) -> bool:
    """When the kiosk closes: a planned activity that has begun and has sign-ins took place; mark it held
    (one step fewer for the station head). True when it was marked."""
    now = now or datetime.now()
    with db.session(actor) as session:
        activity = session.get(Activity, activity_id)
        if activity is None or activity.deleted_at is not None or activity.status != "planned" or activity.start_at > now:
            return False
        if session.exec(select(SignIn.id).where(SignIn.activity_id == activity_id).limit(1)).first() is None:
            return False
        activity.status = "held"
        audit(session, actor, "activity.status", "activity", activity_id, status="held", via="kiosk")
    return True


def add_residents(db: Database, activity_id: str, delta: int = 1, actor: str = "签到台") -> int:
    """The one-tap resident counter: one tap is one row of this PC's own (a grow-only count, see
    desktop.services.residents), so two PCs counting at once lose nothing; returns the new total."""
    from desktop.services.residents import add_tap

    return add_tap(db, activity_id, delta, actor)


def pin_is_set(db: Database) -> bool:
    return bool(local_meta.read(db, PIN_KEY))


def set_pin(db: Database, pin: str, actor: str = "站长") -> None:
    """Keep the PIN's argon2id hash in this PC's local state (inside the encrypted file; it never syncs)."""
    pin = (pin or "").strip()
    if not re.fullmatch(rf"\d{{{PIN_MIN},{PIN_MAX}}}", pin):
        raise ValidationError(translate("services.kiosk", "The sign-in desk PIN must be {low} to {high} digits.").format(low=PIN_MIN, high=PIN_MAX), field="pin")
    local_meta.write(db, {PIN_KEY: _hasher.hash(pin), PIN_FAILS: None, PIN_UNTIL: None}, "签到台")
    if get_setting(db, PIN_KEY):  # an older version synced the hash: blank it on every PC and the server
        set_setting(db, PIN_KEY, "", actor=actor)
    with db.session(actor) as session:
        audit(session, actor, "kiosk.pin", "setting", PIN_KEY)


def pin_wait_seconds(db: Database, now: float | None = None) -> int:
    until = float(local_meta.read(db, PIN_UNTIL) or 0)
    return max(0, int(until - (now if now is not None else time.time()) + 0.999))


def check_pin(db: Database, pin: str, now: float | None = None) -> bool:
    """True when `pin` is the station head's PIN. With no PIN set nobody can leave by PIN.

    After PIN_TRIES wrong guesses in a row the kiosk waits (doubling) before it checks again.
    """
    stored = local_meta.read(db, PIN_KEY)
    if not stored or not pin:
        return False
    now = now if now is not None else time.time()
    if pin_wait_seconds(db, now):
        return False
    try:
        ok = _hasher.verify(stored, pin.strip())
    except (VerificationError, InvalidHashError):
        ok = False
    fails = 0 if ok else int(local_meta.read(db, PIN_FAILS) or 0) + 1
    over = fails - PIN_TRIES
    local_meta.write(db, {PIN_FAILS: str(fails) if fails else None,
                     PIN_UNTIL: str(now + PIN_LOCKOUT_S * 2 ** over) if over >= 0 else None}, "签到台")
    return ok
