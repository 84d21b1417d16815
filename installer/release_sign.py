"""The maintainers' release key: make one, and sign an installer with it.

    python installer/release_sign.py keygen KEY_FILE      # writes KEY_FILE (private, keep it offline)
                                                          # and prints the public key for resources/release_key.pub
    python installer/release_sign.py sign KEY_FILE INSTALLER   # writes INSTALLER.sig

The signature is Ed25519 over the installer's SHA-256 (desktop/sync/releases.py checks it).
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def keygen(key_file: Path) -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.generate()
    key_file.write_bytes(key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                           serialization.NoEncryption()))
    key_file.chmod(0o600)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(public).decode()


def sign(key_file: Path, installer: Path) -> Path:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop.sync.releases import file_sha256

    key = Ed25519PrivateKey.from_private_bytes(key_file.read_bytes())
    out = installer.with_name(installer.name + ".sig")
    out.write_text(base64.b64encode(key.sign(bytes.fromhex(file_sha256(installer)))).decode() + "\n")
    return out


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "keygen":
        print(keygen(Path(sys.argv[2])))
    elif len(sys.argv) == 4 and sys.argv[1] == "sign":
        print(sign(Path(sys.argv[2]), Path(sys.argv[3])))
    else:
        raise SystemExit(__doc__)
