"""A forgotten password: the database key escrowed with the county, released by a one-time code.

- `escrow_key(db)`: an enrolled PC with an encrypted store hands its key to the
  county server (server/accounts.py) once; the server address and station id
  are kept in the slots file, so a locked PC can still reach the county.
- `reset_password(data_dir, user, code, new_password)`: the county operator
  runs `python -m server account reset-code STATION USER` and reads the code
  out; the PC sends it, gets the key back once, checks that it opens the
  database and writes a new key slot for the user. This is the only way, and
  both sides log it (server: account_event; PC: the audit log).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop import crypto
from desktop.db import Database
from desktop.errors import UserError
from desktop.i18n import translate

ESCROW_META = "escrow_fingerprint"


def _fingerprint(key: bytes) -> str:
    return hashlib.sha256(b"station-desk-escrow" + key).hexdigest()[:16]


def escrow_key(db: Database) -> bool:
    """Hand the key to the county if not done yet; True when the county holds it. Network errors propagate."""
    from desktop.sync.apply import set_meta
    from desktop.sync.client import SyncClient
    from desktop.sync.engine import settings

    if db.key is None:
        return False
    from desktop.services import account_sync

    conf = settings(db)
    if not conf["url"] or not conf["token"]:
        return False
    keep_sync_credentials(db, conf)
    escrowed, known, pending = _escrow_state(db)
    if escrowed and known and not pending:
        return True
    client = SyncClient(conf["url"], conf["token"], ca_bundle=conf["ca_bundle"])
    try:
        if not escrowed:
            client.request("PUT", "/v1/escrow", json_body={"key": db.key.hex()})
        if not known:
            account_sync.fetch_county_key(db, client)  # accounts' verifiers are sealed to it
        account_sync.flush(db, client)
    finally:
        client.close()
    if escrowed:
        return True
    with db.engine.begin() as conn:
        set_meta(conn, ESCROW_META, _fingerprint(db.key))
    slots = crypto.KeySlots.load(db.data_dir)
    if slots.exists:
        slots.station_id = conf["station_id"] or db.station_id or slots.station_id
        slots.server = conf["url"]
        slots.ca_bundle = conf["ca_bundle"] or ""
        slots.save()
    return True


SYNC_KEYS = ("url", "token", "device_id", "station_id", "ca_bundle", "device_no")


def keep_sync_credentials(db: Database, conf: dict | None = None) -> None:
    """The slots file keeps the sync credentials sealed with the database key, so a lost or damaged
    data file can be rebuilt from the county (desktop.services.rebuild) after the password opens the key."""
    from desktop.sync.apply import get_meta

    slots = crypto.KeySlots.load(db.data_dir)
    if not slots.exists or db.key is None:
        return
    with db.engine.connect() as conn:
        values = {k: get_meta(conn, f"sync_{k}") or "" for k in SYNC_KEYS}
    if values["token"] and slots.seal_sync(db.key, values):
        slots.server, slots.station_id = values["url"], values["station_id"]
        slots.save()


def _escrow_state(db: Database) -> tuple[bool, bool, bool]:
    """(the county holds this key, the county's account key is known, verifiers are queued)."""
    from desktop.services import account_sync
    from desktop.sync.apply import get_meta

    with db.engine.connect() as conn:
        escrowed = get_meta(conn, ESCROW_META) == _fingerprint(db.key)
        known = get_meta(conn, account_sync.PUBLIC_META) is not None
        pending = conn.exec_driver_sql("SELECT 1 FROM meta WHERE key LIKE ? LIMIT 1",
                                       (account_sync.PENDING_META + "%",)).first() is not None
    return escrowed, known, pending


def escrow_due(db: Database) -> bool:
    """Whether escrow_key has anything to send (a database read only: cheap after every sync)."""
    if db.key is None:
        return False
    escrowed, known, pending = _escrow_state(db)
    return not (escrowed and known and not pending)


def try_escrow(db: Database) -> bool:
    """escrow_key, but a county that cannot be reached now is not an error (the next start tries again)."""
    from desktop.sync.client import SyncError

    try:
        return escrow_key(db)
    except (SyncError, UserError):
        return False


def reset_password(data_dir: Path | str, username: str, code: str, new_password: str) -> None:
    from desktop.services.accounts import _attempts_reset, _check_password
    from desktop.services.audit import audit
    from desktop.sync.client import SyncClient

    data_dir = Path(data_dir)
    _check_password(new_password)
    slots = crypto.KeySlots.load(data_dir)
    if username not in slots.slots:
        raise UserError(translate("services.recovery", "No account “{name}”.").format(name=username))
    if not slots.server or not slots.station_id:
        raise UserError(translate("services.recovery", "This PC has not given its data key to the county yet (enrol and sync once first), so a reset code cannot reset the password."))
    client = SyncClient(slots.server, None, ca_bundle=slots.ca_bundle or None)
    try:
        answer = client._json(client.request("POST", "/v1/reset", json_body={
            "station_id": slots.station_id, "username": username, "code": code.strip()}))
    finally:
        client.close()
    try:
        key = bytes.fromhex(str(answer.get("key", "")))
    except ValueError:
        key = b""
    if len(key) != crypto.KEY_BYTES or crypto.check(data_dir / "station.sqlite", key, quick=True) != "ok":
        raise UserError(translate("services.recovery", "The key from the county does not open this PC's data. Contact the county."))
    role, display = slots.slots[username].get("role", ""), slots.slots[username].get("display_name", "")
    slots.put(username, key, new_password, role=role, display_name=display)
    slots.save()
    _attempts_reset(data_dir, username)
    db = Database(data_dir, key=key)
    try:
        with db.session(username) as session:
            audit(session, username, "account.password.reset", "local_user", username, via=translate("services.recovery", "county reset code"))
        from desktop.services.account_sync import note_password

        note_password(db, username, new_password)  # the county learns the new password's verifier (sealed)
        try_escrow(db)
    finally:
        db.close()
