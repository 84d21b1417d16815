"""Accounts that a reinstalled PC knows: the synced record, and the county's sealed verifier.

Choice (README "Accounts, encryption and backups", desktop/sealed.py for the crypto):
- The record `account:NAME` is a station setting (journaled, syncs like any
  row): role, shown name, switched off. Roles and switching off propagate
  with it; it holds no secret.
- The password never travels and no hash of it syncs. What a reinstalled
  PC needs is checked ONLINE at the county against a high-cost argon2id
  verifier that travels sealed to the county's account key and is kept there
  only as a keyed HMAC (the key in a file, not the database): the county's
  database, its backups and the wire hold nothing a guesser can attack
  offline. The key slots (keyslots.json) never leave the PC.
- A right password at the county gives back the station's escrowed database
  key (which the county already holds): the new PC makes its own key slot
  with it, so the old PC's backups open on the new one.
- The kiosk PIN is not an account: it stays in this PC's local state and is
  set again on a reinstalled PC.

When a password is set (or first used since this version), the verifier is
computed and queued in local state (meta `account_verifier:NAME`, inside the
encrypted file, never synced: no more exposed there than the key slots next to
it); `flush` seals each to the county's account key and sends it (with the
escrow check: at start, after enrolment, after a CLI sync).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlmodel import select

from desktop import crypto, sealed
from desktop.db import Database
from desktop.errors import LoginRequired, UserError
from desktop.i18n import translate
from desktop.models import Meta
from desktop.services import local_meta

RECORD_PREFIX = "account:"
PUBLIC_META = "county_account_key"
PENDING_META = "account_verifier:"  # + name -> JSON {username, params, sealed, slot}
SENT_META = "account_verifier_sent:"  # + name -> the key slot's salt it was made for


def record(db: Database, username: str) -> dict | None:
    """The synced account record (role, display_name, disabled), or None."""
    from desktop.services.station import get_setting

    value = get_setting(db, RECORD_PREFIX + username)
    return value if isinstance(value, dict) else None


def records(db: Database) -> dict[str, dict]:
    from desktop.models import Setting

    with db.read() as session:
        rows = session.exec(select(Setting).where(Setting.key.startswith(RECORD_PREFIX),
                                                  Setting.deleted_at.is_(None))).all()
    out = {}
    for row in rows:
        try:
            value = json.loads(row.value)
        except ValueError:
            continue
        if isinstance(value, dict):
            out[row.key[len(RECORD_PREFIX):]] = value
    return out


def publish(db: Database, username: str, role: str, display_name: str = "", disabled: bool = False,
            actor: str = "站长") -> None:
    """Write the account's synced record (no secret in it); a station not set up yet has nothing to sync."""
    from desktop.services.station import set_setting

    if db.station_id is None:
        return
    value = {"role": role, "display_name": display_name or username, "disabled": bool(disabled)}
    if record(db, username) != value:
        set_setting(db, RECORD_PREFIX + username, value, actor=actor)


def _slot_salt(data_dir: Path, username: str) -> str:
    return crypto.KeySlots.load(data_dir).slots.get(username, {}).get("salt", "")


def note_password(db: Database, username: str, password: str) -> bool:
    """Queue the verifier of `username`'s (new) password for the county; False when nothing new was queued."""
    if db.key is None or not db.station_id:
        return False
    slot = _slot_salt(db.data_dir, username)
    if slot and local_meta.read(db, SENT_META + username) in (slot, "queued:" + slot):
        return False
    params = sealed.verifier_params()
    value = sealed.verifier(password, params)
    local_meta.write(db, {PENDING_META + username: json.dumps({"username": username, "params": params,
                                                              "verifier": sealed.b64(value), "slot": slot})},
                     "系统")
    if slot:
        local_meta.write(db, {SENT_META + username: "queued:" + slot}, "系统")
    return True


def fetch_county_key(db: Database, client) -> None:
    answer = client._json(client.request("GET", "/v1/accounts/key"))
    public = str(answer.get("public", ""))
    if public and public != local_meta.read(db, PUBLIC_META):
        local_meta.write(db, {PUBLIC_META: public}, "系统")


def flush(db: Database, client) -> int:
    """Send the queued verifiers (network errors propagate; what is sent is dropped from the queue)."""
    with db.read() as session:
        pending = session.exec(select(Meta).where(Meta.key.startswith(PENDING_META))).all()
    if not pending:
        return 0
    public = local_meta.read(db, PUBLIC_META)
    if not public:
        fetch_county_key(db, client)
        public = local_meta.read(db, PUBLIC_META)
    sent = 0
    for row in pending:
        item = json.loads(row.value)
        box, _reply = sealed.seal(sealed.unb64(public), sealed.unb64(item["verifier"]),
                                  sealed.aad(db.station_id or "", item["username"]))
        client.request("PUT", "/v1/accounts/verifier", json_body={"username": item["username"],
                                                                   "params": item["params"], "sealed": box})
        local_meta.write(db, {row.key: None}, "系统")
        if item.get("slot"):
            local_meta.write(db, {SENT_META + item["username"]: item["slot"]}, "系统")
        sent += 1
    return sent


def county_unlock(server: str, ca_bundle: str | None, station_id: str, username: str, password: str) -> dict:
    """Check `username`'s password at the county: {"key": bytes, "role", "display_name"}; LoginRequired if refused."""
    from desktop.sync.client import SyncClient, SyncError

    if not server or not station_id:
        raise LoginRequired(translate("services.account_sync", "This PC does not know the account “{name}”, and it is not enrolled with the county to ask there.").format(name=username))
    client = SyncClient(server, None, ca_bundle=ca_bundle or None, retries=0)
    context = sealed.aad(station_id, username)
    try:
        asked = client._json(client.request("POST", "/v1/accounts/params",
                                            json_body={"station_id": station_id, "username": username}))
        box, reply = sealed.seal(sealed.unb64(asked["public"]), sealed.verifier(password, asked["params"]), context)
        answer = client._json(client.request("POST", "/v1/accounts/login", json_body={
            "station_id": station_id, "username": username, "sealed": box}))
    except SyncError as error:
        raise LoginRequired(error.message) from None
    except (KeyError, TypeError, sealed.SealError):
        raise LoginRequired(translate("services.account_sync", "The county's answer to the account check is not understood.")) from None
    finally:
        client.close()
    try:
        data = json.loads(sealed.open_reply(reply, answer, context))
        key = bytes.fromhex(data["key"])
    except (KeyError, TypeError, ValueError, sealed.SealError):
        raise LoginRequired(translate("services.account_sync", "The county's answer to the account check is not understood.")) from None
    if len(key) != crypto.KEY_BYTES:
        raise LoginRequired(translate("services.account_sync", "The county's answer to the account check is not understood."))
    return {"key": key, "role": data.get("role", ""), "display_name": data.get("display_name", "")}


def head_record_name(db: Database) -> str | None:
    """The station head's account name as the station's records have it (a fresh PC signs in with it)."""
    heads = sorted(name for name, r in records(db).items() if r.get("role") == "head" and not r.get("disabled"))
    return heads[0] if heads else None


def adopt(db: Database, username: str, password: str) -> object:
    """A fresh, enrolled PC: sign in with an account the station already has (checked at the county).

    The county's answer is the station's own database key; the PC writes its
    own key slot with it and encrypts the (plain, just pulled) file, in the
    kill-safe order of create_head.
    """
    from desktop.services.accounts import Account, sign_in_row
    from desktop.services.audit import audit
    from desktop.sync.engine import settings

    found = record(db, username)
    if found is None:
        raise UserError(translate("services.account_sync", "The station has no account “{name}”.").format(name=username))
    if found.get("disabled"):
        raise LoginRequired(translate("services.accounts", "The account “{name}” is switched off.").format(name=username))
    slots = crypto.KeySlots.load(db.data_dir)
    if slots.exists:
        raise UserError(translate("services.accounts", "This PC already has a station head's account. If the password is forgotten, ask the county for a reset code."))
    conf = settings(db)
    answer = county_unlock(conf["url"] or "", conf["ca_bundle"], conf["station_id"] or db.station_id or "",
                           username, password)
    role = found.get("role") or answer["role"] or "clerk"
    display = found.get("display_name") or username
    sign_in_row(db, username, role, display)
    with db.session(username) as session:
        audit(session, username, "account.adopt", "local_user", username, role=role)
    slots.station_id = conf["station_id"] or db.station_id or ""
    slots.server, slots.ca_bundle = conf["url"] or "", conf["ca_bundle"] or ""
    slots.put(username, answer["key"], password, role=role, display_name=display)
    slots.save()
    db.encrypt(answer["key"])
    local_meta.write(db, {SENT_META + username: _slot_salt(db.data_dir, username)}, "系统")  # the county has this password
    db.user = Account(username, role, display)
    return db.user
