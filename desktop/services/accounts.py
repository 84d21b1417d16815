"""Accounts and roles on this PC: 站长 (head), 录入员 (clerk), 签到员 (kiosk).

An account is a key slot (desktop.crypto: the password unwraps the
database key) plus a `local_user` row inside the encrypted database, whose
role is the authoritative one (the slots file only lists names for the login
screen). Signing in = unwrapping the slot and opening the database with the
key; a wrong password is refused and, after MAX_TRIES in a row, the account
waits (doubling) before it can try again. Every account change is audited.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from desktop import crypto
from desktop.db import Database, default_data_dir
from desktop.errors import CorruptDatabase, LoginRequired, PermissionDenied, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models import LocalUser
from desktop.services.audit import audit

ROLES = {"head": QT_TRANSLATE_NOOP("services.accounts", "Station head"), "clerk": QT_TRANSLATE_NOOP("services.accounts", "Data clerk"), "kiosk": QT_TRANSLATE_NOOP("services.accounts", "Sign-in clerk")}
ROLE_WORDS = {"站长": "head", "录入员": "clerk", "签到员": "kiosk"}  # typed on the command line (--role 录入员)


def role_label(role: str) -> str:
    """A role as shown, in the current language (an unknown role as it is)."""
    return translate("services.accounts", ROLES[role]) if role in ROLES else role


def role_of(word: str) -> str:
    """The role for its code, its English or shown label, or the Chinese word."""
    return ROLE_WORDS.get(word) or next((code for code in ROLES if word in (ROLES[code], role_label(code))), word)
MIN_PASSWORD = 6
MAX_TRIES = 5
LOCKOUT_S = 30
ATTEMPTS_FILENAME = "logins.json"

# What each role may do; anything not listed needs 站长.
PERMISSIONS = {
    "head": {"data", "kiosk", "full_id", "accounts", "restore", "audit", "backup", "settings"},
    "clerk": {"data", "kiosk", "backup"},
    "kiosk": {"kiosk"},
}
PERMISSION_TEXT = {"full_id": QT_TRANSLATE_NOOP("services.accounts", "see full ID numbers"), "accounts": QT_TRANSLATE_NOOP("services.accounts", "manage accounts"),
                   "restore": QT_TRANSLATE_NOOP("services.accounts", "restore backups"), "audit": QT_TRANSLATE_NOOP("services.accounts", "see the audit log"),
                   "data": QT_TRANSLATE_NOOP("services.accounts", "enter and change data"), "settings": QT_TRANSLATE_NOOP("services.accounts", "change settings"),
                   "backup": QT_TRANSLATE_NOOP("services.accounts", "back up the data"), "kiosk": QT_TRANSLATE_NOOP("services.accounts", "use the sign-in desk")}


@dataclass(frozen=True)
class Account:
    username: str
    role: str
    display_name: str = ""

    @property
    def role_name(self) -> str:
        return role_label(self.role)

    def can(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, set())


def has_accounts(data_dir: Path | str | None) -> bool:
    return crypto.KeySlots.load(Path(data_dir or default_data_dir())).exists


def login_names(data_dir: Path | str | None) -> list[Account]:
    """The accounts the login screen lists (heads first)."""
    slots = crypto.KeySlots.load(Path(data_dir or default_data_dir()))
    found = [Account(u, s.get("role", ""), s.get("display_name", "")) for u, s in slots.slots.items()]
    return sorted(found, key=lambda a: (a.role != "head", a.role, a.username))


def can(db: Database, permission: str) -> bool:
    """True when the signed-in account may; an unprotected (legacy, no accounts) station allows everything."""
    return db.user is None or db.user.can(permission)


def require(db: Database, permission: str) -> None:
    if not can(db, permission):
        what = translate("services.accounts", PERMISSION_TEXT[permission]) if permission in PERMISSION_TEXT else permission
        raise PermissionDenied(translate("services.accounts", "This account ({role}) may not {what}; ask the station head to sign in.").format(
            role=db.user.role_name, what=what))


def actor(db: Database, default: str = "站长") -> str:
    return db.user.username if db.user is not None else default


def _check_password(password: str) -> str:
    if not password or len(password) < MIN_PASSWORD:
        raise ValidationError(translate("services.accounts", "The password needs at least {n} characters; set it again.").format(n=MIN_PASSWORD), field="password")
    return password


def _check_username(username: str) -> str:
    username = (username or "").strip()
    if not username or len(username) > 50:
        raise ValidationError(translate("services.accounts", "Fill in an account name (e.g. the station head's name), at most 50 characters."), field="username")
    return username


def create_head(db: Database, username: str, password: str, display_name: str = "") -> Account:
    """The first account (站长) on this PC; encrypts the database with a new key.

    Kill-safe order: the row goes into the (still plain) file, then the slots
    file is written atomically, then the file is encrypted in place; a kill
    between the last two leaves a plain file plus slots, which the next
    sign-in encrypts.
    """
    username, password = _check_username(username), _check_password(password)
    slots = crypto.KeySlots.load(db.data_dir)
    if slots.exists:
        raise UserError(translate("services.accounts", "This PC already has a station head's account. If the password is forgotten, ask the county for a reset code."))
    with db.session(username) as session:
        if session.exec(select(LocalUser).where(LocalUser.username == username)).first() is None:
            session.add(LocalUser(username=username, display_name=display_name or username, role="head"))
        audit(session, username, "account.create", "local_user", username, role="head")
    key = crypto.new_key()
    slots.station_id = db.station_id or ""
    slots.put(username, key, password, role="head", display_name=display_name or username)
    slots.save()
    db.encrypt(key)
    db.user = Account(username, "head", display_name or username)
    from desktop.services.recovery import try_escrow

    try_escrow(db)  # an enrolled PC gives the county its key at once (for a password reset)
    return db.user


def add_account(db: Database, username: str, password: str, role: str, display_name: str = "") -> Account:
    require(db, "accounts")
    username, password = _check_username(username), _check_password(password)
    role = role_of(role)
    if role not in ROLES:
        raise ValidationError(translate("services.accounts", "Unknown role “{role}”; choose: {roles}.").format(
            role=role, roles=translate("services.accounts", ", ").join(map(role_label, ROLES))), field="role")
    if db.key is None:
        raise UserError(translate("services.accounts", "Create the station head's account first (the data on this PC is not encrypted yet)."))
    slots = crypto.KeySlots.load(db.data_dir)
    if username in slots.slots:
        raise ValidationError(translate("services.accounts", "The account “{name}” already exists.").format(name=username), field="username")
    who = actor(db)
    with db.session(who) as session:
        row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is None:
            session.add(LocalUser(username=username, display_name=display_name or username, role=role))
        else:
            row.role, row.disabled = role, False
        audit(session, who, "account.create", "local_user", username, role=role)
    slots.put(username, db.key, password, role=role, display_name=display_name or username)
    slots.save()
    return Account(username, role, display_name or username)


def set_password(db: Database, username: str, password: str, *, reason: str = "change") -> None:
    """A new slot for `username` (the head for anyone, anyone for themselves)."""
    if db.user is not None and db.user.username != username:
        require(db, "accounts")
    password = _check_password(password)
    slots = crypto.KeySlots.load(db.data_dir)
    if username not in slots.slots:
        raise ValidationError(translate("services.accounts", "No account “{name}”.").format(name=username), field="username")
    old = slots.slots[username]
    slots.put(username, db.key, password, role=old.get("role", ""), display_name=old.get("display_name", ""))
    slots.save()
    _attempts_reset(db.data_dir, username)
    with db.session(actor(db, username)) as session:
        audit(session, actor(db, username), f"account.password.{reason}", "local_user", username)


def remove_account(db: Database, username: str) -> None:
    require(db, "accounts")
    slots = crypto.KeySlots.load(db.data_dir)
    if username not in slots.slots:
        raise ValidationError(translate("services.accounts", "No account “{name}”.").format(name=username), field="username")
    if slots.slots[username].get("role") == "head" and sum(s.get("role") == "head" for s in slots.slots.values()) == 1:
        raise UserError(translate("services.accounts", "The only station head's account cannot be removed."))
    del slots.slots[username]
    slots.save()
    with db.session(actor(db)) as session:
        row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is not None:
            row.disabled = True
        audit(session, actor(db), "account.remove", "local_user", username)


def list_accounts(db: Database) -> list[Account]:
    slots = crypto.KeySlots.load(db.data_dir)
    with db.read() as session:
        rows = {r.username: r for r in session.exec(select(LocalUser)).all()}
    out = []
    for name in slots.slots:
        row = rows.get(name)
        out.append(Account(name, row.role if row else slots.slots[name].get("role", ""),
                           row.display_name if row else ""))
    return out


# --- signing in -------------------------------------------------------------------------------------------


def _attempts_path(data_dir: Path) -> Path:
    return Path(data_dir) / ATTEMPTS_FILENAME


def _attempts(data_dir: Path) -> dict:
    try:
        return json.loads(_attempts_path(data_dir).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def _attempts_save(data_dir: Path, data: dict) -> None:
    path = _attempts_path(data_dir)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)


def _attempts_reset(data_dir: Path, username: str) -> None:
    data = _attempts(data_dir)
    if data.pop(username, None) is not None:
        _attempts_save(data_dir, data)


def wait_seconds(data_dir: Path | str, username: str, now: float | None = None) -> int:
    """Seconds before `username` may try again (0: now)."""
    entry = _attempts(Path(data_dir)).get(username) or {}
    left = float(entry.get("until", 0)) - (now if now is not None else time.time())
    return max(0, int(left + 0.999))


def unlock_key(data_dir: Path | str, username: str | None, password: str, now: float | None = None) -> tuple[str, bytes]:
    """(username, database key) for a right password; LoginRequired with a Chinese reason otherwise."""
    data_dir = Path(data_dir)
    slots = crypto.KeySlots.load(data_dir)
    username = username or slots.head_user()
    if not username or username not in slots.slots:
        raise LoginRequired(translate("services.accounts", "No account “{name}”. Check the account name (--user).").format(name=username or ""))
    now = now if now is not None else time.time()
    wait = wait_seconds(data_dir, username, now)
    if wait:
        raise LoginRequired(translate("services.accounts", "Too many wrong passwords; try again in {n} seconds.").format(n=wait))
    key = slots.unlock(username, password or "")
    if key is None:
        data = _attempts(data_dir)
        entry = data.setdefault(username, {"fails": 0, "until": 0})
        entry["fails"] += 1
        left = MAX_TRIES - entry["fails"]
        if left <= 0:
            entry["until"] = now + LOCKOUT_S * 2 ** (-left)
            _attempts_save(data_dir, data)
            raise LoginRequired(translate("services.accounts", "Too many wrong passwords; try again in {n} seconds.").format(n=LOCKOUT_S * 2 ** (-left)))
        _attempts_save(data_dir, data)
        raise LoginRequired(translate("services.accounts", "Wrong password; {n} more tries.").format(n=left))
    _attempts_reset(data_dir, username)
    return username, key


def sign_in(data_dir: Path | str | None, username: str | None, password: str, **db_kwargs) -> Database:
    """Open the station as `username` (default: the head). The Database carries `.user`."""
    data_dir = Path(data_dir or default_data_dir())
    username, key = unlock_key(data_dir, username, password)
    try:
        db = Database(data_dir, key=key, **db_kwargs)
    except CorruptDatabase as error:
        error.key = key  # in memory only: lets the caller restore the backup it names
        raise
    try:
        with db.read() as session:
            row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is None or row.disabled:
            raise LoginRequired(translate("services.accounts", "The account “{name}” is switched off.").format(name=username))
        db.user = Account(username, row.role, row.display_name)
        with db.session(username) as session:
            audit(session, username, "account.login", "local_user", username)
    except BaseException:
        db.close()
        raise
    return db


def verify_password(db: Database, password: str) -> bool:
    """For the lock screen: is this the signed-in account's password? (counts toward the limit)"""
    if db.user is None:
        return True
    try:
        unlock_key(db.data_dir, db.user.username, password)
    except LoginRequired:
        return False
    return True
