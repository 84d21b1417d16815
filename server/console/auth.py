"""County admins, console sessions, CSRF tokens, login limits and the county audit log.

- Passwords are hashed with argon2 (argon2-cffi); the database never holds a password.
- A session is a random cookie (HttpOnly, SameSite=Strict, Secure when the request came
  over TLS, directly or through a proxy that says X-Forwarded-Proto: https). Only its
  SHA-256 is stored, beside the SHA-256 of its CSRF token; every form carries the token.
- Failed logins are counted per admin name and per client address in the database, so
  the limit holds across worker processes. A name is locked after LOCK_AFTER failures in
  WINDOW; an address after ADDRESS_LIMIT (a guesser trying many names).
- Roles: 管理员 (`admin`) may change things; 查看 (`viewer`) reads only.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from desktop.i18n import translate
from desktop.ids import new_id
from server.console.tables import console_login_fail, console_session, county_admin, county_audit

ROLES = {"管理员": "admin", "查看": "viewer"}
ROLE_NAMES = {v: k for k, v in ROLES.items()}
SESSION_TTL = timedelta(hours=8)
WINDOW = timedelta(minutes=15)
LOCK_AFTER = 5
ADDRESS_LIMIT = 30
MIN_PASSWORD = 8
_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password of anyone")


class ConsoleError(Exception):
    """A refusal the console shows to the admin as it is (Chinese)."""


@dataclass(frozen=True)
class Admin:
    id: str
    name: str
    role: str

    @property
    def can_change(self) -> bool:
        return self.role == "admin"

    @property
    def role_name(self) -> str:
        return ROLE_NAMES.get(self.role, self.role)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def add_admin(store, name: str, role_name: str, password: str) -> str:
    name = name.strip()
    if not name or len(name) > 50:
        raise ConsoleError(translate("server.console", "An administrator needs a name of at most 50 characters."))
    if role_name not in ROLES:
        raise ConsoleError(translate("server.console", "The role must be “管理员” (administrator) or “查看” (viewer)."))
    if len(password) < MIN_PASSWORD:
        raise ConsoleError(translate("server.console", "The password needs at least {n} characters.").format(n=MIN_PASSWORD))
    with store.write() as conn:
        if conn.scalar(select(county_admin.c.id).where(county_admin.c.name == name)):
            raise ConsoleError(translate("server.console", "The administrator “{name}” already exists.").format(name=name))
        admin_id = new_id()
        conn.execute(insert(county_admin).values(id=admin_id, name=name, role=ROLES[role_name],
                                                 password_hash=_hasher.hash(password), created_at=_now()))
        audit(conn, "命令行", "添加管理员", name, {"role": role_name})
    return admin_id


def list_admins(store) -> list[dict]:
    with store.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(
            select(county_admin.c.id, county_admin.c.name, county_admin.c.role, county_admin.c.created_at,
                   county_admin.c.disabled_at).order_by(county_admin.c.created_at))]


def audit(conn, admin_name: str, action: str, target: str = "", detail: dict | str | None = None) -> None:
    text = detail if isinstance(detail, str) else json.dumps(detail or {}, ensure_ascii=False)
    conn.execute(insert(county_audit).values(id=new_id(), at=_now(), admin_name=admin_name[:50],
                                             action=action[:50], target=str(target)[:100], detail=text))


def _failures(conn, key: str, now: datetime) -> int:
    row = conn.execute(select(console_login_fail).where(console_login_fail.c.key == key)).first()
    if row is None or row.window_start < now - WINDOW:
        return 0
    return row.count


def _fail(conn, key: str, now: datetime) -> None:
    row = conn.execute(select(console_login_fail).where(console_login_fail.c.key == key)).first()
    if row is None:
        conn.execute(insert(console_login_fail).values(key=key, count=1, window_start=now))
    elif row.window_start < now - WINDOW:
        conn.execute(update(console_login_fail).where(console_login_fail.c.key == key)
                     .values(count=1, window_start=now))
    else:
        conn.execute(update(console_login_fail).where(console_login_fail.c.key == key)
                     .values(count=console_login_fail.c.count + 1))


def login(store, name: str, password: str, address: str) -> tuple[str, str, Admin]:
    """(session cookie, CSRF token, admin) for a right name and password, else ConsoleError."""
    now = _now()
    name_key, ip_key = f"name:{name.strip()[:50]}", f"ip:{address[:60]}"
    refusal = None
    with store.write() as conn:  # failures are committed before the refusal is raised
        if _failures(conn, name_key, now) >= LOCK_AFTER or _failures(conn, ip_key, now) >= ADDRESS_LIMIT:
            audit(conn, name.strip()[:50] or "?", "登录被限制", address)
            refusal = translate("server.console", "Too many wrong passwords; try again in 15 minutes.")
        else:
            row = conn.execute(select(county_admin).where(county_admin.c.name == name.strip())).first()
            try:
                ok = row is not None and row.disabled_at is None and _hasher.verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                ok = False
            if row is None:
                try:  # the same work for an unknown name, so timing does not tell names apart
                    _hasher.verify(_DUMMY, password)
                except VerificationError:
                    pass
            if not ok:
                _fail(conn, name_key, now)
                _fail(conn, ip_key, now)
                audit(conn, name.strip()[:50] or "?", "登录失败", address)
                refusal = translate("server.console", "Wrong user name or password.")
            else:
                conn.execute(delete(console_login_fail).where(console_login_fail.c.key == name_key))
                token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
                conn.execute(insert(console_session).values(
                    token_hash=_sha(token), admin_id=row.id, csrf_hash=_sha(csrf), created_at=now,
                    expires_at=now + SESSION_TTL))
                conn.execute(delete(console_session).where(console_session.c.expires_at < now))
                audit(conn, row.name, "登录", address)
    if refusal:
        raise ConsoleError(refusal)
    return token, csrf, Admin(row.id, row.name, row.role)


def session_admin(store, token: str | None) -> tuple[Admin, str] | None:
    """The admin of a live session cookie and the stored CSRF hash, or None."""
    if not token or len(token) > 100:
        return None
    with store.db.engine.connect() as conn:
        row = conn.execute(
            select(county_admin.c.id, county_admin.c.name, county_admin.c.role, county_admin.c.disabled_at,
                   console_session.c.csrf_hash, console_session.c.expires_at)
            .join(county_admin, county_admin.c.id == console_session.c.admin_id)
            .where(console_session.c.token_hash == _sha(token))).first()
    if row is None or row.expires_at < _now() or row.disabled_at is not None:
        return None
    return Admin(row.id, row.name, row.role), row.csrf_hash


def csrf_ok(stored_hash: str, sent: str | None) -> bool:
    return bool(sent) and len(sent) < 100 and hmac.compare_digest(stored_hash, _sha(sent))


def logout(store, token: str, admin: Admin) -> None:
    with store.write() as conn:
        conn.execute(delete(console_session).where(console_session.c.token_hash == _sha(token)))
        audit(conn, admin.name, "退出登录")


def audit_log(store, admin_name: str | None = None, action: str | None = None, limit: int = 500) -> list[dict]:
    query = select(county_audit).order_by(county_audit.c.at.desc(), county_audit.c.id.desc()).limit(limit)
    if admin_name:
        query = query.where(county_audit.c.admin_name == admin_name)
    if action:
        query = query.where(county_audit.c.action == action)
    with store.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
