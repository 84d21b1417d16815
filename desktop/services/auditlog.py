"""Reading the audit log (站长 only): who did what and when, filtered, in Chinese."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import select

from desktop.db import Database
from desktop.errors import ValidationError
from desktop.models import AuditEntry

ACTIONS = {
    "station.setup": "建立实践站", "account.create": "新建账号", "account.login": "登录", "account.remove": "停用账号",
    "account.password.change": "修改密码", "account.password.reset": "重置密码", "kiosk.pin": "设置签到台密码",
    "volunteer.add": "新增志愿者", "volunteer.edit": "修改志愿者", "volunteer.exit": "志愿者退出",
    "volunteer.reveal_id": "查看完整身份证号", "export.full_id": "导出完整身份证号", "backup.restore": "恢复备份",
    "volunteer.purge": "清除退出志愿者个人信息",
}


def action_text(action: str) -> str:
    return ACTIONS.get(action, action)


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
                raise ValidationError(f"{name}“{text}”不是日期，请写成 2026-12-01 这样。", field=name) from None

        return cls(actor or None, action or None, day(since, "开始日期"), day(until, "结束日期"))


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
        who = f"账号：{self.entity_id}" if self.entity == "local_user" and self.entity_id else ""
        rest = self._detail()
        return "，".join(t for t in (who, rest) if t)

    def _detail(self) -> str:
        if not self.detail:
            return ""
        try:
            data = json.loads(self.detail)
        except ValueError:
            return self.detail
        if not isinstance(data, dict):
            return str(data)
        from desktop.services.accounts import ROLES

        names = {"role": "角色", "name": "名称", "file": "文件", "what": "内容", "scope": "范围", "station": "实践站"}
        return "，".join(f"{names.get(k, k)}：{ROLES.get(v, v) if k == 'role' else v}" for k, v in data.items())

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
        scope.append(f"操作人：{flt.actor}")
    if flt.action:
        scope.append(f"操作：{action_text(flt.action)}")
    if flt.since or flt.until:
        scope.append(f"日期：{flt.since or '—'} 至 {flt.until or '—'}")
    body = "".join(f"<tr><td>{r.at:%Y-%m-%d %H:%M:%S}</td><td>{escape(r.actor)}</td><td>{escape(r.action_text)}</td>"
                   f"<td>{escape(r.detail_text)}</td></tr>" for r in rows)
    html = (f"<h2 align='center'>{escape(station)} 操作记录</h2><p>{escape('；'.join(scope) or '全部记录')}，共 {len(rows)} 条</p>"
            "<table border='1' cellspacing='0' cellpadding='3' width='100%'><thead><tr><th width='22%'>时间</th>"
            "<th width='14%'>操作人</th><th width='20%'>操作</th><th>内容</th></tr></thead>"
            f"<tbody>{body}</tbody></table>")
    return HtmlDoc(html=html, title="操作记录")
