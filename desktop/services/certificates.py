"""志愿服务证明: a certificate of service for one volunteer over a period,
and the register that keeps every number issued (desktop.models.paper).

Numbering stays unique across a station's PCs even when they issue offline:
a number is `YEAR-PREFIX-SEQ`, PREFIX comes from this PC's site id and SEQ
continues only this PC's own numbers, so two PCs never draw from one
sequence. Numbers are never reused: cancelling a certificate appends a void
entry, and the cancelled number stays in the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from sqlmodel import func, select

from desktop.db import Database
from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import translate
from desktop.models import Activity, Volunteer
from desktop.models.paper import Certificate
from desktop.periods import Period, span
from desktop.reports.format import show_id
from desktop.services import service_entries
from desktop.services.audit import audit
from desktop.services.lookup import live
from desktop.services.station import get_station
from desktop.validators import normalize_text


@dataclass(frozen=True)
class ServiceLine:
    day: date
    title: str
    minutes: int


@dataclass
class CertificateData:
    number: str  # "" until issued
    volunteer_id: str
    name: str
    gender: str
    id_card: str  # as printed
    period: Period
    minutes: int
    activities: int
    content: str
    issuer: str
    person_in_charge: str
    handler: str
    issued_on: date
    lines: list[ServiceLine] = field(default_factory=list)
    voided: bool = False
    certificate_id: str = ""  # the register row, once issued


def site_prefix(db: Database) -> str:
    """This PC's certificate prefix: 4 hex digits of its site id."""
    return db.site_id[-4:].upper()


def _summary(titles: list[str]) -> str:
    common = [title for title, _ in Counter(titles).most_common(6)]
    more = translate("services.certificates", " etc.") if len(set(titles)) > len(common) else ""
    return translate("services.certificates", ", ").join(common) + more


def gather(db: Database, volunteer_id: str, period: Period, *, full_id: bool = False, handler: str = "",
           issuer: str = "", person_in_charge: str = "", issued_on: date | None = None) -> CertificateData:
    """Everything a certificate shows, computed from the records (nothing saved)."""
    station = get_station(db)
    if station is None:
        raise NotFound(translate("services.certificates", "No station has been set up on this PC yet; finish the first-run setup first."))
    with db.read() as session:
        volunteer = live(session, Volunteer, volunteer_id, translate(
            "services.certificates", "This volunteer was not found; they may have been deleted. Check the roster."))
        acts = {a.id: a for a in session.exec(select(Activity).where(Activity.start_at >= period.start,
                                                                     Activity.start_at < period.end))}
    entries = service_entries.service_entries(db, period.start, period.end, volunteer_id,
                                           [a for a in acts.values() if a.deleted_at is None])
    lines = []
    by_hand: set[int] = set()  # hours added by hand are not activities: left out of the summary
    for entry in entries:
        act = acts.get(entry.activity_id)
        if entry.minutes <= 0 and act is None:
            continue
        day = act.start_at.date() if act else period.start.date()
        title = act.title if act else translate("services.certificates", "Hours added by hand ({note})").format(
            note=entry.note)
        lines.append(line := ServiceLine(day, title, entry.minutes))
        if act is None:
            by_hand.add(id(line))
    lines.sort(key=lambda line: (line.day, line.title))
    total = sum(line.minutes for line in lines)
    attended = sum(1 for e in entries if e.activity_id)
    return CertificateData(
        number="", volunteer_id=volunteer_id, name=volunteer.name, gender=volunteer.gender,
        id_card=show_id(volunteer.id_card, full_id), period=period, minutes=max(total, 0), activities=attended,
        content=_summary([line.title for line in lines if id(line) not in by_hand]),
        issuer=normalize_text(issuer) or station.name,
        person_in_charge=normalize_text(person_in_charge) or station.head_name,
        handler=normalize_text(handler), issued_on=issued_on or date.today(), lines=lines)


def issue_certificate(db: Database, volunteer_id: str, period: Period, *, handler: str, full_id: bool = False,
                      issuer: str = "", person_in_charge: str = "", issued_on: date | None = None,
                      actor: str = "站长") -> CertificateData:
    """Give the certificate its number and record it in the register."""
    if not normalize_text(handler):
        raise ValidationError(translate("services.certificates", "Please give the name of the person handling it (who issues the certificate)."), field="handler")
    data = gather(db, volunteer_id, period, full_id=full_id, handler=handler, issuer=issuer,
                  person_in_charge=person_in_charge, issued_on=issued_on)
    if data.minutes <= 0:
        raise UserError(translate("services.certificates", "{name} has no service hours in {period}, so no certificate can be issued. Check the sign-ins or add the hours first.").format(
            name=data.name, period=period.label))
    prefix, year = site_prefix(db), data.issued_on.year
    with db.session(actor) as session:
        last = session.scalar(select(func.max(Certificate.seq)).where(Certificate.year == year,
                                                                      Certificate.prefix == prefix))
        seq = (last or 0) + 1
        data.number = f"{year}-{prefix}-{seq:04d}"
        row = Certificate(number=data.number, prefix=prefix, seq=seq, year=year, volunteer_id=volunteer_id,
                          volunteer_name=data.name, id_card_shown=data.id_card,
                          period_start=period.start.date(), period_end=period.last_day, minutes=data.minutes,
                          activities=data.activities, content=data.content, issuer=data.issuer,
                          person_in_charge=data.person_in_charge, handler=data.handler,
                          issued_on=data.issued_on, operator=actor)
        session.add(row)
        audit(session, actor, "certificate.issue", "certificate", row.id, number=data.number)
        data.certificate_id = row.id
    return data


def issue_for(db: Database, req, actor: str = "站长"):
    """Issue the certificate a paper request asks for (desktop.services.papers); returns the request
    pointing at the issued certificate, so building it prints the recorded one."""
    if req.certificate_id or not req.issue:
        return req
    data = issue_certificate(db, req.volunteer_id, req.period, handler=req.handler, full_id=req.full_id,
                             person_in_charge=req.person_in_charge, actor=actor)
    return replace(req, certificate_id=data.certificate_id)


@dataclass(frozen=True)
class RegisterRow:
    id: str
    number: str
    name: str
    period: str
    hours: float
    issued_on: date
    handler: str
    voided: bool
    reason: str
    duplicate: bool  # the same number issued twice (two PCs sharing one site id): check by hand


def certificate_register(db: Database, year: int | None = None) -> list[RegisterRow]:
    with db.read() as session:
        rows = list(session.exec(select(Certificate).order_by(Certificate.created_at)))
    voids = {r.voids: r.reason for r in rows if r.voids}
    issued = [r for r in rows if not r.voids and (year is None or r.year == year)]
    counts = Counter(r.number for r in issued)
    return [RegisterRow(r.id, r.number, r.volunteer_name, translate("services.certificates", "{start:%Y-%m-%d} to {end:%Y-%m-%d}").format(
                            start=r.period_start, end=r.period_end),
                        round(r.minutes / 60, 2), r.issued_on, r.handler, r.id in voids, voids.get(r.id, ""),
                        counts[r.number] > 1)
            for r in issued]


def void_certificate(db: Database, certificate_id: str, reason: str, actor: str = "站长") -> None:
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.certificates", "Please give the reason for voiding it."), field="reason")
    with db.session(actor) as session:
        row = session.get(Certificate, certificate_id)
        if row is None or row.voids:
            raise NotFound(translate("services.certificates", "This certificate was not found."))
        if session.exec(select(Certificate).where(Certificate.voids == certificate_id)).first():
            raise UserError(translate("services.certificates", "Certificate {number} has already been voided.").format(number=row.number))
        session.add(Certificate(number=row.number, prefix=row.prefix, seq=row.seq, year=row.year,
                                volunteer_id=row.volunteer_id, volunteer_name=row.volunteer_name,
                                period_start=row.period_start, period_end=row.period_end, issued_on=date.today(),
                                voids=row.id, reason=reason, operator=actor))
        audit(session, actor, "certificate.void", "certificate", row.id, number=row.number, reason=reason)


def void_by_number(db: Database, number: str, reason: str, actor: str = "站长") -> None:
    """Cancel a certificate by the number printed on it."""
    number = normalize_text(number).upper()
    matches = [r for r in certificate_register(db) if r.number == number and not r.voided]
    if not matches:
        raise NotFound(translate("services.certificates", "The certificate register has no valid number {number}; check the number.").format(number=number))
    if len(matches) > 1:
        raise UserError(translate("services.certificates", "Number {number} was registered {count} times; choose the one to void in the certificate register on the Reports page.").format(
            number=number, count=len(matches)))
    void_certificate(db, matches[0].id, reason, actor)


def reprint(db: Database, certificate_id: str) -> CertificateData:
    """The data of an issued certificate, as recorded, to print it again under its own number."""
    with db.read() as session:
        row = session.get(Certificate, certificate_id)
        voided = row is not None and session.exec(select(Certificate).where(Certificate.voids == row.id)).first()
    if row is None or row.voids:
        raise NotFound(translate("services.certificates", "This certificate was not found."))
    period = span(row.period_start, row.period_end)
    fresh = gather(db, row.volunteer_id, period)
    # The detail lines are today's records; print them only while they still add up to the recorded total.
    lines = fresh.lines if fresh.minutes == row.minutes else []
    return CertificateData(row.number, row.volunteer_id, row.volunteer_name, fresh.gender, row.id_card_shown, period,
                           row.minutes, row.activities, row.content, row.issuer, row.person_in_charge, row.handler,
                           row.issued_on, lines, voided=bool(voided), certificate_id=row.id)
