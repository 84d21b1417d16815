"""Back-entry 补录 of a paper sign-in sheet: many stations sign in on paper first.

For an activity that has begun (held, or at least started), the station head
ticks who signed the paper and enters their times (the activity's start and
end by default, editable per person). Each becomes a sign-in and a sign-out
with source ``paper`` and the operator's name, so every paper shows them as
补录 and the audit log says who entered them. Someone already signed in at the
activity (at the kiosk, say) is left as they are, never entered twice. A
planned activity with a paper sheet entered is marked held: it took place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time

from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import translate
from desktop.models import Activity, SignIn, Volunteer
from desktop.services.activities import signin_id
from desktop.services.audit import audit
from desktop.services.lookup import live

PAPER = "paper"  # SignIn.source of a back-entered sign-in (shown as 补录)


@dataclass(frozen=True)
class PaperLine:
    """One ticked person on the paper sheet; times None take the activity's start and end."""

    volunteer_id: str
    signed_in: time | str | None = None
    signed_out: time | str | None = None


@dataclass(frozen=True)
class BackEntryResult:
    added: list[str] = field(default_factory=list)  # names entered
    already: list[str] = field(default_factory=list)  # names signed in already, left alone

    @property
    def message(self) -> str:
        text = translate("services.back_entry", "{n} people entered from the paper sheet (marked back-entered).").format(
            n=len(self.added))
        if self.already:
            text += translate("services.back_entry", " Already signed in, not entered twice: {names}.").format(
                names=translate("services.back_entry", ", ").join(self.already))
        return text


def parse_clock(value: time | str | None, label: str) -> time | None:
    """'9:05', '09:05' or a time; None or '' stays None (the default)."""
    if value is None or isinstance(value, time):
        return value
    text = str(value).strip().replace("：", ":")
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise ValidationError(translate("services.back_entry", "{label} “{value}” is not a time; write it like “09:00”.").format(
            label=label, value=value), field="time")
    return time(int(match.group(1)), int(match.group(2)))


def check_backdatable(activity: Activity, now: datetime | None = None) -> None:
    now = now or datetime.now()
    if activity.status == "planned" and activity.start_at > now:
        raise ValidationError(translate("services.back_entry", "“{title}” has not taken place yet ({day:%Y-%m-%d %H:%M}); a paper sheet is entered after the activity.").format(
            title=activity.title, day=activity.start_at), field="activity")


def sheet_people(db: Database, activity_id: str) -> tuple[Activity, list[tuple[str, str]], set[str]]:
    """The activity, every active volunteer (id, name), and who is signed in at it already."""
    with db.read() as session:
        activity = live(session, Activity, activity_id, translate(
            "services.back_entry", "This activity was not found; it may have been deleted."))
        people = list(session.exec(select(Volunteer.id, Volunteer.name).where(
            Volunteer.deleted_at.is_(None), Volunteer.status == "active")).all())
        signed = set(session.exec(select(SignIn.volunteer_id).where(SignIn.activity_id == activity_id,
                                                                    SignIn.kind == "in")).all())
    return activity, [(vid, name) for vid, name in people], signed


def enter_paper_sheet(db: Database, activity_id: str, lines: list[PaperLine], *, actor: str = "站长",
                      now: datetime | None = None) -> BackEntryResult:
    """Save the ticked people as back-entered sign-ins and sign-outs, all in one transaction."""
    if not lines:
        raise ValidationError(translate("services.back_entry", "Tick at least one person who signed the paper sheet."))
    with db.session(actor) as session:
        activity = live(session, Activity, activity_id, translate(
            "services.back_entry", "This activity was not found; it may have been deleted."))
        check_backdatable(activity, now)
        added, already = [], []
        for line in dict((line.volunteer_id, line) for line in lines).values():
            volunteer = live(session, Volunteer, line.volunteer_id, translate(
                "services.back_entry", "A ticked volunteer was not found; they may have been deleted. Open the sheet again."))
            start = parse_clock(line.signed_in, translate("services.back_entry", "Sign-in time of {name}").format(name=volunteer.name))
            end = parse_clock(line.signed_out, translate("services.back_entry", "Sign-out time of {name}").format(name=volunteer.name))
            at_in = datetime.combine(activity.start_at.date(), start) if start else activity.start_at
            at_out = datetime.combine(activity.end_at.date(), end) if end else activity.end_at
            if at_out <= at_in:
                raise ValidationError(translate("services.back_entry", "{name}: the sign-out time {out:%H:%M} must be later than the sign-in time {at:%H:%M}.").format(
                    name=volunteer.name, out=at_out, at=at_in), field="time")
            if session.get(SignIn, signin_id(activity_id, volunteer.id, "in")) is not None:
                already.append(volunteer.name)
                continue
            for kind, at in (("in", at_in), ("out", at_out)):
                session.add(SignIn(id=signin_id(activity_id, volunteer.id, kind), activity_id=activity_id,
                                   volunteer_id=volunteer.id, kind=kind, at=at, source=PAPER, operator=actor))
            added.append(volunteer.name)
        if added and activity.status == "planned":  # a paper sheet says it took place
            activity.status = "held"
            audit(session, actor, "activity.status", "activity", activity_id, status="held")
        audit(session, actor, "signin.paper", "activity", activity_id, count=len(added))
    return BackEntryResult(added, already)
