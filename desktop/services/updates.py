"""Updates over the county intranet: what the PC knows of a newer version, downloading it
(resumable with HTTP Range), checking it, and starting the installer.

At every sync the county's answer names its newest installer (desktop.sync.releases.HEADER);
the engine keeps it in the meta table. `download` fetches the file into
DATA_DIR/updates/VERSION/, continuing a partial download where it stopped, then checks the
SHA-256 and the maintainers' signature (desktop.sync.releases.verify): a broken or unsigned
file is deleted and refused. `start_installer` runs it; the UI asks the station head first.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.progress import check, step
from desktop.sync.apply import get_meta
from desktop.sync.releases import VERSION, ReleaseRefused, newer, verify

CHUNK = 256 * 1024
STOPPED = QT_TRANSLATE_NOOP("services.updates", "Download cancelled; the next try continues where it stopped.")


@dataclass(frozen=True)
class UpdateStatus:
    current: str
    latest: str | None

    @property
    def available(self) -> bool:
        return bool(self.latest) and newer(self.latest, self.current)

    def as_dict(self) -> dict:
        return {"current": self.current, "latest": self.latest, "available": self.available}


def status(db) -> UpdateStatus:
    with db.engine.connect() as conn:
        return UpdateStatus(__version__, get_meta(conn, "latest_release"))


def download(db, *, progress=None, cancel=None, keys: list[bytes] | None = None) -> Path:
    """The verified installer of the newest release, downloaded (or resumed) from the county."""
    from desktop.sync.client import SyncError
    from desktop.sync.engine import make_client

    client = make_client(db)
    try:
        try:
            meta = client.request("GET", "/v1/releases/latest").json()
        except SyncError as error:
            raise UserError(translate("services.updates", "Cannot get the new version from the county: {error}").format(error=error)) from None
        name = Path(str(meta.get("file", ""))).name
        version = str(meta.get("version", ""))
        if not name or not VERSION.match(version) or not isinstance(meta.get("size"), int):
            raise UserError(translate("services.updates", "The county sent wrong version information; try again later or contact the county."))
        folder = db.data_dir / "updates" / version
        folder.mkdir(parents=True, exist_ok=True)
        final, part = folder / name, folder / (name + ".part")
        if not final.exists():
            _fetch(client, f"/v1/releases/{version}/file", part, meta["size"], progress, cancel)
            part.replace(final)
        try:
            verify(final, str(meta.get("signature") or ""), str(meta.get("sha256") or ""), keys)
        except ReleaseRefused:
            final.unlink(missing_ok=True)
            raise
        return final
    finally:
        client.close()


def _fetch(client, path: str, part: Path, size: int, progress, cancel) -> None:
    import requests

    have = part.stat().st_size if part.exists() else 0
    if have > size:
        part.unlink()
        have = 0
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with client.session.get(client.url + path, headers=headers, stream=True, timeout=client.timeout) as answer:
            if answer.status_code not in (200, 206):
                raise UserError(translate("services.updates", "The county does not offer this installer ({status}).").format(status=answer.status_code))
            mode = "ab" if answer.status_code == 206 else "wb"
            done = have if mode == "ab" else 0
            with open(part, mode) as handle:
                for chunk in answer.iter_content(CHUNK):
                    check(cancel, translate("services.updates", STOPPED))
                    handle.write(chunk)
                    done += len(chunk)
                    step(progress, done, size, translate("services.updates", STOPPED))
    except requests.RequestException:
        raise UserError(translate("services.updates", "The connection to the county broke during the download. What was downloaded is kept; the next try continues from there.")) from None


def start_installer(path: Path) -> None:
    """Run the downloaded installer (Windows: the setup program; Linux: the package opens in the
    software installer)."""
    if sys.platform == "win32":
        os.startfile(str(path))  # noqa: S606 (the file was just verified)
    else:
        subprocess.Popen(["xdg-open", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
