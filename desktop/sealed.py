"""Account secrets between a station PC and the county, sealed (shared by desktop and server).

Why (issue 11: "no weak hash travels or is stored where anyone can read it"):
an account must work on a reinstalled PC, so something that checks its
password has to live at the county. Whatever the fresh PC could check offline,
the county copy could be attacked with offline too; so the check happens
ONLINE, at the county, against a verifier nobody can use offline:

- verifier: V = argon2id(password, its own salt, VERIFIER_KDF) — a high cost
  (more memory than the key slots), computed on the PC; never the password.
- on the wire V only travels sealed to the county's account key (X25519 +
  HKDF-SHA256 + AES-256-GCM, a fresh ephemeral key per message, bound to the
  station and the account name): a copy of the traffic holds ciphertext only.
- at the county V is not stored: the database keeps salt, cost and
  tag = HMAC-SHA256(county secret, station | name | V). The county secret
  lives in a file next to the server's data (never in its database), so a
  dump or backup of the database holds nothing a guesser can test a password
  against; with the file too, each guess still costs one high-cost argon2id.
- the answer (the station's escrowed database key) comes back sealed with the
  reply key of the same exchange.

The kiosk PIN never takes part: it stays in the PC's local state.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# RFC 9106's first recommended option is t=1, m=2 GiB; a village PC cannot spare that, so:
# t=4 over 128 MiB (twice the memory of a key slot). Tests lower it (desktop.crypto.set_kdf_cost).
VERIFIER_KDF = {"time_cost": 4, "memory_cost": 131072, "parallelism": 2}
SECRET_FILENAME = "account-secret.key"
_INFO = b"station-desk account seal v1"


class SealError(Exception):
    """A sealed message that does not open (wrong key, tampered, or not for this account)."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    try:
        return base64.b64decode(str(text).encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as error:
        raise SealError("malformed") from error


def verifier_params() -> dict:
    return {"salt": b64(os.urandom(16)), "t": VERIFIER_KDF["time_cost"], "m": VERIFIER_KDF["memory_cost"],
            "p": VERIFIER_KDF["parallelism"]}


def verifier(password: str, params: dict) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), unb64(params["salt"]), time_cost=int(params["t"]),
                           memory_cost=int(params["m"]), parallelism=int(params["p"]), hash_len=32, type=Type.ID)


def aad(station_id: str, username: str) -> bytes:
    return f"{station_id}\x00{username}".encode()


def _keys(shared: bytes, epk: bytes, public: bytes) -> tuple[bytes, bytes]:
    out = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=_INFO + epk + public).derive(shared)
    return out[:32], out[32:]


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seal(public: bytes, plaintext: bytes, context: bytes) -> tuple[dict, bytes]:
    """(sealed message for the holder of `public`, the key its reply is sealed with)."""
    eph = X25519PrivateKey.generate()
    epk = _raw(eph.public_key())
    try:
        shared = eph.exchange(X25519PublicKey.from_public_bytes(public))
    except ValueError as error:
        raise SealError("bad public key") from error
    send, reply = _keys(shared, epk, public)
    nonce = os.urandom(12)
    return {"epk": b64(epk), "nonce": b64(nonce), "box": b64(AESGCM(send).encrypt(nonce, plaintext, context))}, reply


def open_sealed(private: X25519PrivateKey, message: dict, context: bytes) -> tuple[bytes, bytes]:
    """(plaintext, reply key); SealError when it does not open."""
    try:
        epk = unb64(message["epk"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        send, reply = _keys(shared, epk, _raw(private.public_key()))
        return AESGCM(send).decrypt(unb64(message["nonce"]), unb64(message["box"]), context), reply
    except (KeyError, TypeError, ValueError, InvalidTag) as error:
        raise SealError("does not open") from error


def seal_reply(reply_key: bytes, plaintext: bytes, context: bytes) -> dict:
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "box": b64(AESGCM(reply_key).encrypt(nonce, plaintext, context))}


def open_reply(reply_key: bytes, message: dict, context: bytes) -> bytes:
    try:
        return AESGCM(reply_key).decrypt(unb64(message["nonce"]), unb64(message["box"]), context)
    except (KeyError, TypeError, ValueError, InvalidTag) as error:
        raise SealError("does not open") from error


class CountySecret:
    """The county's account secret (a file, 0600, never in the database): the sealing key and the HMAC key."""

    def __init__(self, seed: bytes):
        self.private = X25519PrivateKey.from_private_bytes(seed)
        self.public = _raw(self.private.public_key())
        self._mac_key = hashlib.sha256(b"station-desk verifier tag" + seed).digest()

    @classmethod
    def load(cls, folder: Path) -> CountySecret:
        """The secret in `folder`, made on first use (atomically: two workers agree on one)."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / SECRET_FILENAME
        if not path.exists():
            tmp = folder / f"{SECRET_FILENAME}.{os.getpid()}.tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(os.urandom(32))
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(tmp, path)  # fails if another worker made it first: theirs wins
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
        seed = path.read_bytes()
        if len(seed) != 32:
            raise SealError("the account secret file is damaged")
        return cls(seed)

    def tag(self, station_id: str, username: str, value: bytes) -> str:
        return hmac.new(self._mac_key, aad(station_id, username) + b"\x00" + value, hashlib.sha256).hexdigest()
