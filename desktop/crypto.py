"""Encryption at rest: the SQLCipher database key and its key slots.

Shape (for other modules):
- One random 256-bit database key per station, never changed. The database,
  its WAL and every backup are SQLCipher files keyed with it (raw key, no
  SQLCipher KDF: the key is already random).
- The key is wrapped once per account, like LUKS key slots, in
  `keyslots.json` next to the database (mode 0600). A slot holds an argon2id
  salt and parameters, the key XOR-ed with the first 32 bytes of the
  argon2id output, and an HMAC-SHA256 (keyed with the next 32 bytes) that
  tells a wrong password from a right one. Each slot has its own salt, so
  each KEK is used once: the XOR is a one-time pad over a random key, and
  no password hash is stored anywhere else.
- `escrow` is the same key, held by the county server (server/accounts.py):
  it already holds the station's data, so escrow there adds no exposure. A
  one-time reset code from the county releases it to set a new password.

Why SQLCipher: it encrypts every page (database, WAL, backups made through
the backup API) with AES-256 and an HMAC per page, so a copied file, a torn
page or garbage in the middle is detected; `sqlcipher3` has wheels for
Linux and Windows and is a drop-in DB-API module for SQLAlchemy.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from argon2.low_level import Type, hash_secret_raw

SLOTS_FILENAME = "keyslots.json"
SQLITE_MAGIC = b"SQLite format 3\x00"
KEY_BYTES = 32
# argon2id parameters for new slots (RFC 9106's second recommended option is
# t=3, m=64 MiB). Tests lower them through `set_kdf_cost` for speed; every
# slot records its own parameters, so old slots stay verifiable.
KDF = {"time_cost": 3, "memory_cost": 65536, "parallelism": 2}
DBError = sqlcipher3.dbapi2.Error


def set_kdf_cost(time_cost: int, memory_cost: int, parallelism: int = 1) -> None:
    """Key slots and the county verifiers (desktop.sealed) both; tests make them cheap."""
    from desktop import sealed

    KDF.update(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)
    sealed.VERIFIER_KDF.update(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism)


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"))


def _kek(password: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=t, memory_cost=m, parallelism=p,
                           hash_len=64, type=Type.ID)


def wrap(key: bytes, password: str) -> dict:
    """A key slot for `password` (no user fields yet)."""
    salt = secrets.token_bytes(16)
    t, m, p = KDF["time_cost"], KDF["memory_cost"], KDF["parallelism"]
    kek = _kek(password, salt, t, m, p)
    wrapped = bytes(a ^ b for a, b in zip(key, kek[:32], strict=True))
    mac = hmac.new(kek[32:], wrapped, hashlib.sha256).digest()
    return {"kdf": "argon2id", "t": t, "m": m, "p": p, "salt": _b64(salt), "wrapped": _b64(wrapped), "mac": _b64(mac)}


def unwrap(slot: dict, password: str) -> bytes | None:
    """The database key, or None for a wrong password."""
    kek = _kek(password, _unb64(slot["salt"]), int(slot["t"]), int(slot["m"]), int(slot["p"]))
    wrapped = _unb64(slot["wrapped"])
    if not hmac.compare_digest(hmac.new(kek[32:], wrapped, hashlib.sha256).digest(), _unb64(slot["mac"])):
        return None
    return bytes(a ^ b for a, b in zip(wrapped, kek[:32], strict=True))


@dataclass
class KeySlots:
    """The slots file: user name -> slot (with `role` and `display_name` for the login list)."""

    path: Path
    slots: dict[str, dict]
    station_id: str = ""
    server: str = ""  # the county server (for a password reset while locked)
    ca_bundle: str = ""
    sync_box: str = ""  # the sync credentials, AES-GCM under the database key (a re-sync when the file is lost)

    @classmethod
    def load(cls, data_dir: Path) -> KeySlots:
        path = Path(data_dir) / SLOTS_FILENAME
        if not path.exists():
            return cls(path, {})
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(path, dict(data.get("slots", {})), data.get("station_id", ""), data.get("server", ""),
                   data.get("ca_bundle", ""), data.get("sync_box", ""))

    @property
    def exists(self) -> bool:
        return bool(self.slots)

    def save(self) -> None:
        """Atomic (write, fsync, rename) and private (0600)."""
        tmp = self.path.with_suffix(".tmp")
        body = json.dumps({"version": 1, "station_id": self.station_id, "server": self.server,
                           "ca_bundle": self.ca_bundle, "sync_box": self.sync_box, "slots": self.slots},
                          ensure_ascii=False, indent=1)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        fsync_dir(self.path.parent)

    def put(self, user: str, key: bytes, password: str, *, role: str, display_name: str = "") -> None:
        self.slots[user] = {**wrap(key, password), "role": role, "display_name": display_name}

    def unlock(self, user: str, password: str) -> bytes | None:
        slot = self.slots.get(user)
        return unwrap(slot, password) if slot else None

    def seal_sync(self, key: bytes, values: dict) -> bool:
        """Keep `values` (the sync credentials) sealed with the database key; True when they changed."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        body = json.dumps(values, sort_keys=True).encode()
        if self.open_sync(key) == values:
            return False
        nonce = secrets.token_bytes(12)
        self.sync_box = _b64(nonce + AESGCM(key).encrypt(nonce, body, b"station-desk sync"))
        return True

    def open_sync(self, key: bytes) -> dict | None:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not self.sync_box:
            return None
        try:
            raw = _unb64(self.sync_box)
            return json.loads(AESGCM(key).decrypt(raw[:12], raw[12:], b"station-desk sync"))
        except (InvalidTag, ValueError):
            return None

    def head_user(self) -> str | None:
        heads = [u for u, s in self.slots.items() if s.get("role") == "head"]
        return heads[0] if heads else next(iter(self.slots), None)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def connect(path: Path | str, key: bytes | None = None, **kwargs):
    """A sqlcipher3 connection, keyed when `key` is given (plain SQLite otherwise)."""
    conn = sqlcipher3.connect(str(path), **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")
    if key is not None:
        conn.execute(key_pragma(key))
    return conn


def file_state(path: Path) -> str:
    """"missing", "empty" (zero bytes), "plain" (an ordinary SQLite file) or "encrypted"."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "missing"
    if size == 0:
        return "empty"
    with open(path, "rb") as handle:
        head = handle.read(16)
    return "plain" if head == SQLITE_MAGIC else "encrypted"


def check(path: Path, key: bytes | None, *, quick: bool = False) -> str:
    """'ok' or what PRAGMA integrity_check (quick_check) says; a file that does not open says why."""
    try:
        conn = connect(path, key)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except DBError as error:
        return str(error)
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:5])


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def export_encrypted(plain: Path, target: Path, key: bytes) -> None:
    """Copy a plain SQLite file into a new SQLCipher file (sqlcipher_export), fsynced."""
    _remove(target)
    conn = connect(plain)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"ATTACH DATABASE ? AS enc KEY \"x'{key.hex()}'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    make_private(target)
    fsync_file(target)


def encrypt_in_place(path: Path, key: bytes, backups_dir: Path) -> Path:
    """Encrypt a plain database file in place; returns the encrypted backup made first.

    Kill-safe: the plain file stays untouched until an fsynced encrypted copy
    replaces it in one rename. A kill before the rename leaves the plain file
    (and the caller's key slots, written earlier), so the next open resumes.
    """
    from datetime import datetime

    backups_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = backups_dir / f"station-before-encrypt-{stamp}.sqlite"
    export_encrypted(path, backup, key)
    if check(backup, key) != "ok":
        _remove(backup)
        raise RuntimeError("the encrypted copy failed its integrity check")
    staging = path.with_name(path.name + ".encrypting")
    export_encrypted(path, staging, key)
    for suffix in ("-wal", "-shm"):  # checkpointed (TRUNCATE) and closed: empty; never apply to the new file
        _remove(path.with_name(path.name + suffix))
    os.replace(staging, path)
    fsync_dir(path.parent)
    return backup


def replace_file(source: Path, path: Path) -> None:
    """Put `source` in the place of the (closed) database `path`, in one rename, WAL and SHM dropped first."""
    fsync_file(source)
    for suffix in ("-wal", "-shm"):
        _remove(path.with_name(path.name + suffix))
    os.replace(source, path)
    fsync_dir(path.parent)
