"""Reading the audit log (站长 only): who did what and when, filtered, in Chinese."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import AuditEntry

ACTIONS = {
    "station.setup": QT_TRANSLATE_NOOP("services.auditlog", "Set up the station"), "account.create": QT_TRANSLATE_NOOP("services.auditlog", "New account"), "account.login": QT_TRANSLATE_NOOP("services.auditlog", "Sign in"),
    "account.remove": QT_TRANSLATE_NOOP("services.auditlog", "Account switched off"), "account.password.change": QT_TRANSLATE_NOOP("services.auditlog", "Password changed"),
    "account.password.reset": QT_TRANSLATE_NOOP("services.auditlog", "Password reset"), "kiosk.pin": QT_TRANSLATE_NOOP("services.auditlog", "Sign-in desk PIN set"),
    "volunteer.add": QT_TRANSLATE_NOOP("services.auditlog", "New volunteer"), "volunteer.edit": QT_TRANSLATE_NOOP("services.auditlog", "Volunteer changed"), "volunteer.exit": QT_TRANSLATE_NOOP("services.auditlog", "Volunteer left"),
    "volunteer.reveal_id": QT_TRANSLATE_NOOP("services.auditlog", "Full ID number seen"), "export.full_id": QT_TRANSLATE_NOOP("services.auditlog", "Full ID numbers exported"),
    "backup.restore": QT_TRANSLATE_NOOP("services.auditlog", "Backup restored"), "volunteer.purge": QT_TRANSLATE_NOOP("services.auditlog", "Personal data of volunteers who left cleared"),
}


def action_text(action: str) -> str:
    return translate("services.auditlog", ACTIONS[action]) if action in ACTIONS else action


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action: str | None = None  # a prefix: "volunteer" matches volunteer.add, volunteer.edit ...
    since: date | None = None
    until: date | None = None  # inclusive

    @classmethod
    def parse(cls, *, actor=None, action=None, since=None, until=None) -> AuditFilter:
        def day(text, name):
            if not text:
                return None
            if isinstance(text, date):
                return text
            try:
                return date.fromisoformat(text)
            except ValueError:
                raise ValidationError(translate("services.auditlog", "{name} “{text}” is not a date; write it like 2026-12-01.").format(name=name, text=text),
                                      field=name) from None

        return cls(actor or None, action or None, day(since, translate("services.auditlog", "The start date")), day(until, translate("services.auditlog", "The end date")))


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    detail: str

    @property
    def action_text(self) -> str:
        return action_text(self.action)

    @property
    def detail_text(self) -> str:
        who = translate("services.auditlog", "account: {name}").format(name=self.entity_id) if self.entity == "local_user" and self.entity_id else ""
        rest = self._detail()
        return translate("services.auditlog", "; ").join(t for t in (who, rest) if t)

    def _detail(self) -> str:
        if not self.detail:
            return ""
        try:
            data = json.loads(self.detail)
        except ValueError:
            return self.detail
        if not isinstance(data, dict):
            return str(data)
        from desktop.services.accounts import role_label

        names = {"role": translate("services.auditlog", "role"), "name": translate("services.auditlog", "name"), "file": translate("services.auditlog", "file"), "what": translate("services.auditlog", "what"),
                 "scope": translate("services.auditlog", "scope"), "station": translate("services.auditlog", "station")}
        pair = translate("services.auditlog", "{key}: {value}")
        return translate("services.auditlog", "; ").join(pair.format(key=names.get(k, k), value=role_label(v) if k == "role" else v)
                                 for k, v in data.items())

    def as_dict(self) -> dict:
        return {"at": self.at.isoformat(sep=" "), "actor": self.actor, "action": self.action,
                "action_text": self.action_text, "entity": self.entity, "entity_id": self.entity_id,
                "detail": self.detail_text}


def query_audit(db: Database, flt: AuditFilter | None = None, limit: int = 500) -> list[AuditRow]:
    from desktop.services.accounts import require

    require(db, "audit")
    flt = flt or AuditFilter()
    query = select(AuditEntry)
    if flt.actor:
        query = query.where(AuditEntry.actor == flt.actor)
    if flt.action:
        query = query.where((AuditEntry.action == flt.action) | AuditEntry.action.startswith(flt.action + "."))
    if flt.since:
        query = query.where(AuditEntry.at >= datetime.combine(flt.since, datetime.min.time()))
    if flt.until:
        query = query.where(AuditEntry.at < datetime.combine(flt.until + timedelta(days=1), datetime.min.time()))
    with db.read() as session:
        rows = session.exec(query.order_by(AuditEntry.at.desc()).limit(limit)).all()
    return [AuditRow(r.at, r.actor, r.action, r.entity, r.entity_id, r.detail) for r in rows]


def actors(db: Database) -> list[str]:
    with db.read() as session:
        return sorted({a for a in session.exec(select(AuditEntry.actor).distinct()).all() if a})


def audit_paper(rows: list[AuditRow], flt: AuditFilter, station: str = ""):
    """The audit log as a printable paper (HtmlDoc)."""
    from html import escape

    from desktop.reports.base import HtmlDoc

    scope = []
    if flt.actor:
        scope.append(translate("services.auditlog", "by: {actor}").format(actor=flt.actor))
    if flt.action:
        scope.append(translate("services.auditlog", "action: {action}").format(action=action_text(flt.action)))
    if flt.since or flt.until:
        scope.append(translate("services.auditlog", "dates: {since} to {until}").format(since=flt.since or "—", until=flt.until or "—"))
    body = "".join(f"<tr><td>{r.at:%Y-%m-%d %H:%M:%S}</td><td>{escape(r.actor)}</td><td>{escape(r.action_text)}</td>"
                   f"<td>{escape(r.detail_text)}</td></tr>" for r in rows)
    title = translate("services.auditlog", "Audit log")
    heading = translate("services.auditlog", "{station} audit log").format(station=station)
    summary = translate("services.auditlog", "{scope}, {n} records").format(scope=translate("services.auditlog", "; ").join(scope) or translate("services.auditlog", "all records"), n=len(rows))
    head = "".join(f"<th{w}>{escape(t)}</th>" for t, w in ((translate("services.auditlog", "Time"), " width='22%'"), (translate("services.auditlog", "By"), " width='14%'"),
                                                          (translate("services.auditlog", "Action"), " width='20%'"), (translate("services.auditlog", "Record details"), "")))
    html = (f"<h2 align='center'>{escape(heading)}</h2><p>{escape(summary)}</p>"
            f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")
    return HtmlDoc(html=html, title=title)
