"""Key escrow and one-time password-reset codes for station PCs (the county side of desktop accounts).

- `PUT /v1/escrow` (device token): the station PC hands over its database key.
  The county already holds the station's data, so holding the key adds no
  exposure; it is what lets a forgotten password be reset without losing data.
- `python -m server account reset-code STATION_ID USER`: a one-time code
  (24 hours, 5 wrong tries) for one account of one station; printed once,
  stored only as a SHA-256 hash.
- `POST /v1/reset` (no token: the PC is locked): station, user and code give
  back the escrowed key once; the PC then sets a new password for that user.
  Every issue and use is written to the `account_event` table.

- Accounts on a reinstalled PC (desktop.sealed says why it is built so):
  `GET /v1/accounts/key` gives the county's account sealing key;
  `PUT /v1/accounts/verifier` (device token) stores an account's verifier,
  which arrives sealed and is kept only as salt, cost and an HMAC keyed with
  the county secret (a file in the server's data folder, never in the
  database); `POST /v1/accounts/params` and `POST /v1/accounts/login` (no
  token: the PC may have lost its file) check a password online, 5 wrong in a
  row then a doubling wait, refuse an account the station switched off (its
  synced record `account:NAME`), and give back the escrowed key, sealed.

Registered in server/app.py by `app.include_router(accounts.make_router(store, data_dir))`.
"""

from __future__ import annotations

import hmac
import json
import re
from datetime import datetime, timedelta
from pathlib import Path

from fastapi import APIRouter, Depends, Header
from pydantic import BaseModel, Field
from sqlalchemy import Column, DateTime, Integer, String, Table, delete, insert, select, update

from desktop import sealed
from desktop.i18n import translate
from desktop.ids import derived_id
from desktop.sync import protocol
from server.enrolment import hash_secret, new_code, normalize_code
from server.schema import metadata
from server.store import ApiError, Store

RESET_TTL = timedelta(hours=24)
RESET_TRIES = 5
LOGIN_TRIES = 5
LOGIN_WAIT_S = 30
ACCOUNT_RECORD = "account:"  # the station's synced account records: setting key account:NAME
_HEX_KEY = re.compile(r"^[0-9a-f]{64}$")

station_key = Table(
    "station_key", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("key_hex", String(64), nullable=False),
    Column("device_id", String(36), nullable=False, default=""),
    Column("updated_at", DateTime, nullable=False),
)

reset_code = Table(
    "reset_code", metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("station_id", String(36), nullable=False, index=True),
    Column("username", String(50), nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("used_at", DateTime, nullable=True),
    Column("failed", Integer, nullable=False, default=0),
)

account_verifier = Table(
    "account_verifier", metadata,
    Column("station_id", String(36), primary_key=True),
    Column("username", String(50), primary_key=True),
    Column("params", String(200), nullable=False),  # JSON: salt, t, m, p (not secret)
    Column("tag", String(64), nullable=False),  # HMAC-SHA256(county secret file, station|name|verifier)
    Column("failed", Integer, nullable=False, default=0),
    Column("wait_until", DateTime, nullable=True),
    Column("updated_at", DateTime, nullable=False),
)

account_event = Table(
    "account_event", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station_id", String(36), nullable=False, index=True),
    Column("username", String(50), nullable=False, default=""),
    Column("action", String(30), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("detail", String(200), nullable=False, default=""),
)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class EscrowRequest(BaseModel):
    key: str = Field(pattern=r"^[0-9a-f]{64}$")


class ResetRequest(BaseModel):
    station_id: str = Field(max_length=36)
    username: str = Field(min_length=1, max_length=50)
    code: str = Field(min_length=4, max_length=20)


class ResetResponse(BaseModel):
    key: str


class SealedBox(BaseModel):
    epk: str = Field(max_length=100)
    nonce: str = Field(max_length=40)
    box: str = Field(max_length=200)


class Params(BaseModel):
    salt: str = Field(max_length=40)
    t: int = Field(ge=1, le=64)
    m: int = Field(ge=8, le=4_194_304)
    p: int = Field(ge=1, le=16)


class VerifierRequest(BaseModel):
    username: str = Field(min_length=1, max_length=50)
    params: Params
    sealed: SealedBox


class AccountAsk(BaseModel):
    station_id: str = Field(max_length=36)
    username: str = Field(min_length=1, max_length=50)


class LoginRequest(AccountAsk):
    sealed: SealedBox


def _log(conn, station_id: str, username: str, action: str, detail: str = "") -> None:
    conn.execute(insert(account_event).values(station_id=station_id, username=username, action=action, at=_now(),
                                              detail=detail[:200]))


def escrow(store: Store, device_id: str, station_id: str, key_hex: str) -> None:
    if not _HEX_KEY.match(key_hex):
        raise ApiError(422, protocol.BAD_REQUEST, translate("server.accounts", "The key is malformed."))
    with store.write() as conn:
        current = conn.execute(select(station_key).where(station_key.c.station_id == station_id)).first()
        if current is None:
            conn.execute(insert(station_key).values(station_id=station_id, key_hex=key_hex, device_id=device_id,
                                                    updated_at=_now()))
        elif current.key_hex != key_hex:
            conn.execute(update(station_key).where(station_key.c.station_id == station_id)
                         .values(key_hex=key_hex, device_id=device_id, updated_at=_now()))
        else:
            return
        _log(conn, station_id, "", "escrow", f"device {device_id}")


def issue_reset_code(store: Store, station_id: str, username: str) -> str:
    """A one-time code for `username` at `station_id` (the county operator reads it out by phone)."""
    with store.write() as conn:
        store._station(conn, station_id)
        if conn.execute(select(station_key.c.station_id).where(station_key.c.station_id == station_id)).first() is None:
            raise ApiError(409, protocol.BAD_REQUEST, translate("server.accounts", "This station's PC has not given its data key to the county yet (it must sync once first), so the password cannot be reset."))
        code = new_code()
        conn.execute(insert(reset_code).values(code_hash=hash_secret(code), station_id=station_id, username=username,
                                               created_at=_now(), expires_at=_now() + RESET_TTL, used_at=None,
                                               failed=0))
        _log(conn, station_id, username, "reset.issue")
    return code


def redeem(store: Store, station_id: str, username: str, code: str) -> str:
    """The escrowed key for a right, unused, unexpired code (used up); ApiError otherwise."""
    code_hash = hash_secret(normalize_code(code))
    refusal: ApiError | None = None
    key = None
    with store.write() as conn:  # the refusal is raised after the commit, so wrong guesses are counted and logged
        row = conn.execute(select(reset_code).where(reset_code.c.code_hash == code_hash)).first()
        if row is None or row.station_id != station_id or row.username != username:
            pending = conn.execute(select(reset_code).where(reset_code.c.station_id == station_id,
                                                            reset_code.c.username == username,
                                                            reset_code.c.used_at.is_(None))).all()
            for p in pending:  # a wrong guess counts against every open code of this account
                conn.execute(update(reset_code).where(reset_code.c.code_hash == p.code_hash)
                             .values(failed=p.failed + 1))
            _log(conn, station_id, username, "reset.wrong")
            refusal = ApiError(403, protocol.BAD_CODE, translate("server.accounts", "The reset code is wrong. Check it with the county."))
        elif row.used_at is not None or row.expires_at < _now() or row.failed >= RESET_TRIES:
            _log(conn, station_id, username, "reset.refused")
            refusal = ApiError(403, protocol.BAD_CODE, translate("server.accounts", "The reset code is used, expired or was mistyped too often. Ask the county for a new one."))
        else:
            key = conn.execute(select(station_key.c.key_hex).where(station_key.c.station_id == station_id)).scalar()
            if key is None:
                refusal = ApiError(409, protocol.BAD_REQUEST, translate("server.accounts", "The county has no data key for this station."))
            else:
                conn.execute(update(reset_code).where(reset_code.c.code_hash == code_hash).values(used_at=_now()))
                _log(conn, station_id, username, "reset.used")
    if refusal is not None:
        raise refusal
    return key


def _account_record(store: Store, station_id: str, username: str) -> dict | None:
    row = store.row(station_id, "setting", derived_id(station_id, "setting", ACCOUNT_RECORD + username))
    if not row or row.get("deleted_at"):
        return None
    try:
        value = json.loads(row.get("value") or "null")
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _open_verifier(secret: sealed.CountySecret, station_id: str, username: str, box: SealedBox) -> tuple[bytes, bytes]:
    try:
        value, reply = sealed.open_sealed(secret.private, box.model_dump(), sealed.aad(station_id, username))
    except sealed.SealError:
        raise ApiError(422, protocol.BAD_REQUEST, translate("server.accounts", "The account check did not open (sealed for another county key?). Sync this PC again.")) from None
    if len(value) != 32:
        raise ApiError(422, protocol.BAD_REQUEST, translate("server.accounts", "The key is malformed."))
    return value, reply


def set_verifier(store: Store, secret: sealed.CountySecret, device_id: str, station_id: str,
                 body: VerifierRequest) -> None:
    """Keep an account's verifier as salt, cost and a keyed tag (the verifier itself is not stored)."""
    value, _reply = _open_verifier(secret, station_id, body.username, body.sealed)
    fields = {"params": json.dumps(body.params.model_dump(), sort_keys=True),
              "tag": secret.tag(station_id, body.username, value), "failed": 0, "wait_until": None,
              "updated_at": _now()}
    with store.write() as conn:
        where = (account_verifier.c.station_id == station_id, account_verifier.c.username == body.username)
        if conn.execute(update(account_verifier).where(*where).values(**fields)).rowcount == 0:
            conn.execute(insert(account_verifier).values(station_id=station_id, username=body.username, **fields))
        _log(conn, station_id, body.username, "verifier.set", f"device {device_id}")


def drop_verifier(store: Store, station_id: str, username: str) -> None:
    with store.write() as conn:
        conn.execute(delete(account_verifier).where(account_verifier.c.station_id == station_id,
                                                    account_verifier.c.username == username))


def _no_account() -> ApiError:
    return ApiError(404, protocol.BAD_REQUEST, translate("server.accounts", "The county knows no password for this account of this station (it was made on a PC that has not synced since, or switched off)."))


def login_params(store: Store, secret: sealed.CountySecret, station_id: str, username: str) -> dict:
    with store.db.engine.connect() as conn:
        row = conn.execute(select(account_verifier.c.params).where(account_verifier.c.station_id == station_id,
                                                                   account_verifier.c.username == username)).first()
    if row is None:
        raise _no_account()
    return {"params": json.loads(row.params), "public": sealed.b64(secret.public)}


def remote_login(store: Store, secret: sealed.CountySecret, body: LoginRequest) -> dict:
    """Check a password online; the escrowed key, sealed for the asking PC. Wrong tries count and wait."""
    station_id, username = body.station_id, body.username
    value, reply = _open_verifier(secret, station_id, username, body.sealed)
    record = _account_record(store, station_id, username)
    refusal: ApiError | None = None
    key = None
    with store.write() as conn:
        row = conn.execute(select(account_verifier).where(account_verifier.c.station_id == station_id,
                                                          account_verifier.c.username == username)).first()
        now = _now()
        if row is None:
            refusal = _no_account()
        elif record is not None and record.get("disabled"):
            _log(conn, station_id, username, "login.refused", "switched off")
            refusal = ApiError(403, protocol.BAD_CODE, translate("server.accounts", "This account is switched off at its station."))
        elif row.wait_until is not None and row.wait_until > now:
            refusal = ApiError(429, protocol.BAD_CODE, translate("server.accounts", "Too many wrong passwords; try again in {n} seconds.").format(
                n=int((row.wait_until - now).total_seconds()) + 1))
        elif not hmac.compare_digest(secret.tag(station_id, username, value), row.tag):
            failed = row.failed + 1
            wait = now + timedelta(seconds=LOGIN_WAIT_S * 2 ** (failed - LOGIN_TRIES)) if failed >= LOGIN_TRIES else None
            conn.execute(update(account_verifier).where(account_verifier.c.station_id == station_id,
                                                        account_verifier.c.username == username)
                         .values(failed=failed, wait_until=wait))
            _log(conn, station_id, username, "login.wrong")
            refusal = ApiError(403, protocol.BAD_CODE, translate("server.accounts", "Wrong password for this account."))
        else:
            key = conn.execute(select(station_key.c.key_hex).where(station_key.c.station_id == station_id)).scalar()
            if key is None:
                refusal = ApiError(409, protocol.BAD_REQUEST, translate("server.accounts", "The county has no data key for this station."))
            else:
                conn.execute(update(account_verifier).where(account_verifier.c.station_id == station_id,
                                                            account_verifier.c.username == username)
                             .values(failed=0, wait_until=None))
                _log(conn, station_id, username, "login.remote")
    if refusal is not None:
        raise refusal
    answer = json.dumps({"key": key, "role": (record or {}).get("role", ""),
                         "display_name": (record or {}).get("display_name", "")}).encode()
    return sealed.seal_reply(reply, answer, sealed.aad(station_id, username))


def events(store: Store, station_id: str | None = None) -> list[dict]:
    query = select(account_event).order_by(account_event.c.id)
    if station_id:
        query = query.where(account_event.c.station_id == station_id)
    with store.db.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def make_router(store: Store, data_dir: Path | None = None) -> APIRouter:
    router = APIRouter(tags=["accounts"])
    holder: list[sealed.CountySecret] = []

    def secret() -> sealed.CountySecret:
        if not holder:
            holder.append(sealed.CountySecret.load(Path(data_dir) if data_dir else Path(".")))
        return holder[0]

    def auth(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.accounts", "The sync credentials are missing. Enrol this PC first with the code from the county centre."))
        return store.authenticate(authorization[7:].strip())

    @router.put("/v1/escrow")
    def put_escrow(body: EscrowRequest, ident=Depends(auth)):
        escrow(store, ident[0], ident[1], body.key)
        return {"ok": True}

    @router.post("/v1/reset", response_model=ResetResponse)
    def post_reset(body: ResetRequest):
        return ResetResponse(key=redeem(store, body.station_id, body.username, body.code))

    @router.get("/v1/accounts/key")
    def get_account_key(ident=Depends(auth)):
        return {"public": sealed.b64(secret().public)}

    @router.put("/v1/accounts/verifier")
    def put_verifier(body: VerifierRequest, ident=Depends(auth)):
        set_verifier(store, secret(), ident[0], ident[1], body)
        return {"ok": True}

    @router.post("/v1/accounts/params")
    def post_params(body: AccountAsk):
        return login_params(store, secret(), body.station_id, body.username)

    @router.post("/v1/accounts/login")
    def post_login(body: LoginRequest):
        return remote_login(store, secret(), body)

    return router


# --- `python -m server account ...` ----------------------------------------------------------------------


def register_cli(sub, common) -> None:
    account = sub.add_parser("account", help=translate("server.accounts", "station accounts: reset codes, log")).add_subparsers(dest="action", required=True)
    code = account.add_parser("reset-code", parents=[common], help=translate("server.accounts", "make a one-time password reset code for a station account"))
    code.add_argument("station_id")
    code.add_argument("username")
    log = account.add_parser("log", parents=[common], help=translate("server.accounts", "see the key escrow and reset log"))
    log.add_argument("--station", default=None)


def run_cli(args, store: Store) -> int:
    if args.action == "reset-code":
        code = issue_reset_code(store, args.station_id, args.username)
        print(translate("server.accounts", "Reset code: {code} (valid for {hours} hours, once)").format(code=code, hours=int(RESET_TTL.total_seconds() // 3600)))
    else:
        for e in events(store, args.station):
            print(f"{e['at']}\t{e['station_id']}\t{e['username'] or '-'}\t{e['action']}\t{e['detail']}")
    return 0
