"""Signed releases: one rule, used by the county server when a release is added and by the
PC before it runs a downloaded installer.

A release file travels with a detached Ed25519 signature over its bytes' SHA-256, made with
the maintainers' release key (installer/release_sign.py). The public keys that are trusted
ship with the package (`resources/release_key.pub`, one base64 key a line); the county
server only relays. A file whose checksum or signature does not match is refused.
(Ed25519 comes from the `cryptography` package; nothing here is hand-rolled crypto.)
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import translate

KEYS_FILE = Path(__file__).resolve().parents[2] / "resources" / "release_key.pub"
VERSION = re.compile(r"^[0-9]{1,4}(\.[0-9]{1,4}){1,3}$")
HEADER = "X-Station-Desk-Latest"


class ReleaseRefused(UserError):
    pass


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def trusted_keys(path: Path = KEYS_FILE) -> list[bytes]:
    if not path.is_file():
        return []
    keys = []
    for line in path.read_text(encoding="ascii").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keys.append(base64.b64decode(line))
    return keys


def version_key(text: str) -> tuple[int, ...]:
    if not VERSION.match(text or ""):
        raise ReleaseRefused(translate("sync.releases", "The version “{text}” is malformed; it must be numbers like 0.2.0.").format(text=text))
    return tuple(int(part) for part in text.split("."))


def newer(candidate: str, current: str) -> bool:
    try:
        return version_key(candidate) > version_key(current)
    except ReleaseRefused:
        return False


def verify(path: Path, signature_b64: str, sha256: str | None = None, keys: list[bytes] | None = None) -> str:
    """The file's SHA-256 if the checksum (when given) and the signature hold; else ReleaseRefused."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    actual = file_sha256(path)
    if sha256 is not None and actual != sha256:
        raise ReleaseRefused(translate("sync.releases", "The downloaded installer is incomplete or damaged (the checksum differs) and was refused. Download it again."))
    if not signature_b64:
        raise ReleaseRefused(translate("sync.releases", "This installer has no signature and was refused. Ask the county for the released installer."))
    try:
        signature = base64.b64decode(signature_b64, validate=True)
    except ValueError:
        raise ReleaseRefused(translate("sync.releases", "The installer's signature is malformed and was refused.")) from None
    for key in keys if keys is not None else trusted_keys():
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(signature, bytes.fromhex(actual))
            return actual
        except (InvalidSignature, ValueError):
            continue
    raise ReleaseRefused(translate("sync.releases", "The installer's signature is wrong (not a released version, or changed) and was refused."))
