"""Accounts and roles on this PC: 站长 (head), 录入员 (clerk), 签到员 (kiosk).

An account is a key slot (desktop.crypto: the password unwraps the
database key) plus a `local_user` row inside the encrypted database, whose
role is the authoritative one (the slots file only lists names for the login
screen). Signing in = unwrapping the slot and opening the database with the
key; a wrong password is refused and, after MAX_TRIES in a row, the account
waits (doubling) before it can try again. Every account change is audited.

Accounts sync (desktop.services.account_sync): each account also has a synced
record `account:NAME` (role, shown name, switched off) that is authoritative
for the role once present, and its password's verifier goes to the county
sealed, so a reinstalled PC signs in with the same password (checked online).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import crypto
from desktop.errors import CorruptDatabase, LoginRequired, PermissionDenied, UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.paths import default_data_dir

if TYPE_CHECKING:
    from desktop.db import Database

# The login screen (has_accounts, login_names, the roles) paints before the database layer loads:
# SQLAlchemy, SQLModel, the tables and desktop.db are imported by the functions that open or write
# the data (tests/unit/test_cli_startup.py checks it). `preload` loads them ahead, while the head types.

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


def preload() -> None:
    """Import what signing in needs (the database layer, the tables, the account records) and
    configure the table mappers, so the sign-in itself only unlocks and opens. The login screen runs
    it on the database worker once it has painted, while the password is typed."""
    import sqlalchemy.orm

    import desktop.db  # noqa: F401
    import desktop.services.account_sync  # noqa: F401
    import desktop.services.audit  # noqa: F401

    sqlalchemy.orm.configure_mappers()


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
    from sqlmodel import select

    from desktop.models import LocalUser
    from desktop.services.audit import audit

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
    from desktop.services import account_sync
    from desktop.services.recovery import try_escrow

    account_sync.publish(db, username, "head", display_name or username, actor=username)
    account_sync.note_password(db, username, password)
    try_escrow(db)  # an enrolled PC gives the county its key at once (for a password reset), and the sealed verifier
    return db.user


def sign_in_row(db: Database, username: str, role: str, display_name: str = "") -> None:
    """Make sure this PC's local_user row exists for an account the station already has."""
    from sqlmodel import select

    from desktop.models import LocalUser

    with db.session(username) as session:
        row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is None:
            session.add(LocalUser(username=username, display_name=display_name or username, role=role))
        elif row.role != role or row.disabled:
            row.role, row.disabled = role, False


def add_account(db: Database, username: str, password: str, role: str, display_name: str = "") -> Account:
    from sqlmodel import select

    from desktop.models import LocalUser
    from desktop.services.audit import audit

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
    from desktop.services import account_sync

    account_sync.publish(db, username, role, display_name or username, actor=who)
    account_sync.note_password(db, username, password)  # sent with the next escrow check (start, sync)
    return Account(username, role, display_name or username)


def set_role(db: Database, username: str, role: str) -> Account:
    """Change an account's role (站长 only); syncs, so every PC of the station applies it."""
    from sqlmodel import select

    from desktop.models import LocalUser
    from desktop.services import account_sync
    from desktop.services.audit import audit

    require(db, "accounts")
    role = role_of(role)
    if role not in ROLES:
        raise ValidationError(translate("services.accounts", "Unknown role “{role}”; choose: {roles}.").format(
            role=role, roles=translate("services.accounts", ", ").join(map(role_label, ROLES))), field="role")
    current = {a.username: a for a in list_accounts(db)}.get(username)
    if current is None:
        raise ValidationError(translate("services.accounts", "No account “{name}”.").format(name=username), field="username")
    heads = [a for a in list_accounts(db) if a.role == "head"]
    if current.role == "head" and role != "head" and len(heads) == 1:
        raise UserError(translate("services.accounts", "The only station head's account cannot be removed."))
    who = actor(db)
    with db.session(who) as session:
        row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is not None:
            row.role = role
        audit(session, who, "account.role", "local_user", username, role=role)
    slots = crypto.KeySlots.load(db.data_dir)
    if username in slots.slots:
        slots.slots[username]["role"] = role
        slots.save()
    account_sync.publish(db, username, role, current.display_name, actor=who)
    return Account(username, role, current.display_name)


def set_password(db: Database, username: str, password: str, *, reason: str = "change") -> None:
    """A new slot for `username` (the head for anyone, anyone for themselves)."""
    from desktop.services.audit import audit

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
    from desktop.services import account_sync

    account_sync.note_password(db, username, password)
    with db.session(actor(db, username)) as session:
        audit(session, actor(db, username), f"account.password.{reason}", "local_user", username)


def remove_account(db: Database, username: str) -> None:
    from sqlmodel import select

    from desktop.models import LocalUser
    from desktop.services.audit import audit

    require(db, "accounts")
    from desktop.services import account_sync

    slots = crypto.KeySlots.load(db.data_dir)
    if username not in slots.slots:
        rec = account_sync.record(db, username)  # made on another PC of the station: switched off everywhere
        if rec is None or rec.get("disabled"):
            raise ValidationError(translate("services.accounts", "No account “{name}”.").format(name=username), field="username")
        if rec.get("role") == "head" and sum(a.role == "head" for a in list_accounts(db)) == 1:
            raise UserError(translate("services.accounts", "The only station head's account cannot be removed."))
        account_sync.publish(db, username, rec.get("role", ""), rec.get("display_name", ""), disabled=True, actor=actor(db))
        with db.session(actor(db)) as session:
            audit(session, actor(db), "account.remove", "local_user", username)
        return
    if slots.slots[username].get("role") == "head" and sum(s.get("role") == "head" for s in slots.slots.values()) == 1:
        raise UserError(translate("services.accounts", "The only station head's account cannot be removed."))
    old = slots.slots.pop(username)
    slots.save()
    with db.session(actor(db)) as session:
        row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        if row is not None:
            row.disabled = True
        audit(session, actor(db), "account.remove", "local_user", username)
    from desktop.services import account_sync

    account_sync.publish(db, username, old.get("role", ""), old.get("display_name", ""), disabled=True,
                         actor=actor(db))  # switched off on every PC of the station, and at the county


def list_accounts(db: Database) -> list[Account]:
    """This PC's accounts and those the station made on its other PCs (not switched off)."""
    from sqlmodel import select

    from desktop.models import LocalUser
    from desktop.services.account_sync import records

    slots = crypto.KeySlots.load(db.data_dir)
    with db.read() as session:
        rows = {r.username: r for r in session.exec(select(LocalUser)).all()}
    synced = records(db)
    out = []
    for name in list(slots.slots) + sorted(n for n in synced if n not in slots.slots):
        rec, row = synced.get(name), rows.get(name)
        if rec is not None:
            if rec.get("disabled"):
                continue
            out.append(Account(name, rec.get("role", ""), rec.get("display_name", "") or name))
        else:
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
    if username and username not in slots.slots and slots.exists and slots.server:
        return username, _county_slot(data_dir, slots, username, password)
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


def _county_slot(data_dir: Path, slots: crypto.KeySlots, username: str, password: str) -> bytes:
    """An account made on another PC of the station: the county checks the password, then this PC keeps a slot."""
    from desktop.db import DB_FILENAME
    from desktop.services.account_sync import county_unlock

    answer = county_unlock(slots.server, slots.ca_bundle, slots.station_id, username, password)
    if crypto.check(data_dir / DB_FILENAME, answer["key"], quick=True) != "ok":
        raise LoginRequired(translate("services.accounts", "The county's key does not open this PC's data (it was set up with another key). Sign in as this PC's station head and add the account."))
    slots.put(username, answer["key"], password, role=answer["role"], display_name=answer["display_name"])
    slots.save()
    return answer["key"]


def sign_in(data_dir: Path | str | None, username: str | None, password: str, **db_kwargs) -> Database:
    """Open the station as `username` (default: the head). The Database carries `.user`."""
    data_dir = Path(data_dir or default_data_dir())
    username, key = unlock_key(data_dir, username, password)
    return open_as(data_dir, username, key, password, **db_kwargs)


def open_as(data_dir: Path, username: str, key: bytes, password: str, **db_kwargs) -> Database:
    """The rest of `sign_in`, once `key` has been unlocked for `username` with `password`."""
    from sqlmodel import select

    from desktop.db import Database
    from desktop.models import LocalUser
    from desktop.services.audit import audit

    try:
        db = Database(data_dir, key=key, **db_kwargs)
    except CorruptDatabase as error:
        error.key = key  # in memory only: lets the caller restore the backup it names
        raise
    try:
        from desktop.services import account_sync

        with db.read() as session:
            row = session.exec(select(LocalUser).where(LocalUser.username == username)).first()
        rec = account_sync.record(db, username)  # the station's synced record decides, once there is one
        _drop_disabled_slots(db)
        if rec is not None:
            if rec.get("disabled"):
                raise LoginRequired(translate("services.accounts", "The account “{name}” is switched off.").format(name=username))
            role, display = rec.get("role") or (row.role if row else "clerk"), rec.get("display_name") or username
            if row is None or row.role != role or row.disabled:
                sign_in_row(db, username, role, display)
            _slot_role(data_dir, username, role)
        elif row is None or row.disabled:
            raise LoginRequired(translate("services.accounts", "The account “{name}” is switched off.").format(name=username))
        else:
            role, display = row.role, row.display_name
            account_sync.publish(db, username, role, display, actor=username)  # made before accounts synced
        db.user = Account(username, role, display)
        with db.session(username) as session:
            audit(session, username, "account.login", "local_user", username)
        account_sync.note_password(db, username, password)  # once per password: the county's sealed verifier
    except BaseException:
        db.close()
        raise
    return db


def _drop_disabled_slots(db: Database) -> None:
    """An account switched off on another PC loses its key slot here too (its password no longer opens the file)."""
    from desktop.services.account_sync import records

    slots = crypto.KeySlots.load(db.data_dir)
    gone = [name for name, rec in records(db).items() if rec.get("disabled") and name in slots.slots]
    if gone and any(name not in gone for name in slots.slots):  # never the last slot
        for name in gone:
            del slots.slots[name]
        slots.save()


def _slot_role(data_dir: Path, username: str, role: str) -> None:
    """Keep the login list's role label in step with the synced role."""
    slots = crypto.KeySlots.load(data_dir)
    if username in slots.slots and slots.slots[username].get("role") != role:
        slots.slots[username]["role"] = role
        slots.save()


def verify_password(db: Database, password: str) -> bool:
    """For the lock screen: is this the signed-in account's password? (counts toward the limit)"""
    if db.user is None:
        return True
    try:
        unlock_key(db.data_dir, db.user.username, password)
    except LoginRequired:
        return False
    return True
