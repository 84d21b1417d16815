"""Updates over the county intranet, on loopback: a signed release is offered at sync and
downloaded (resumed after a cut), a tampered file and an unsigned file are refused."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import requests
from sync_harness import ROOT, CountyServer, CuttingProxy, enrolled_pc

from desktop.errors import UserError
from desktop.sync.releases import ReleaseRefused, trusted_keys

pytestmark = pytest.mark.slow
sys.path.insert(0, str(ROOT / "installer"))
import release_sign  # noqa: E402


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("release-key")
    public = release_sign.keygen(folder / "release.key")
    (folder / "release_key.pub").write_text(public + "\n")
    return folder / "release.key", folder / "release_key.pub"


@pytest.fixture(scope="module")
def server(tmp_path_factory, keys):
    folder = tmp_path_factory.mktemp("county")
    os.environ["STATION_DESK_RELEASE_KEYS"] = str(keys[1])  # inherited by the server process
    srv = CountyServer(f"sqlite:///{folder / 'county.sqlite'}", folder)
    srv.start()
    yield srv
    srv.stop()
    os.environ.pop("STATION_DESK_RELEASE_KEYS", None)


def release_cli(server, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "server", "release", *args, "--db", server.db_url,
                           "--data-dir", str(server.data_dir)], capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_signed_release_is_offered_downloaded_resumed_and_verified(server, keys, tmp_path):
    from desktop.services import updates
    from desktop.sync import engine

    installer = tmp_path / "StationDesk-9.9.0-setup.exe"
    installer.write_bytes(os.urandom(3 * 1024 * 1024))
    unsigned = release_cli(server, "add", str(installer), "--version", "9.9.0")
    assert unsigned.returncode == 2 and "没有签名" in unsigned.stderr and "Traceback" not in unsigned.stderr
    release_sign.sign(keys[0], installer)
    added = release_cli(server, "add", str(installer), "--version", "9.9.0")
    assert added.returncode == 0, added.stderr
    assert "9.9.0" in release_cli(server, "list").stdout

    station_id, code = server.new_station("更新村新时代文明实践站")
    pc = enrolled_pc(server, tmp_path / "pc", code)
    engine.run_sync(pc, photos=False)
    status = updates.status(pc)
    assert status.available and status.latest == "9.9.0"

    proxy = CuttingProxy(server.port)
    with pc.engine.begin() as conn:
        from desktop.sync.apply import set_meta

        set_meta(conn, "sync_url", proxy.url)
    proxy.cut_after = 1024 * 1024  # the connection breaks a third of the way through
    with pytest.raises(UserError) as cut:
        updates.download(pc, keys=trusted_keys(keys[1]))
    assert "断开" in str(cut.value)
    part = next((pc.data_dir / "updates" / "9.9.0").glob("*.part"))
    assert 512 * 1024 <= part.stat().st_size < installer.stat().st_size
    proxy.cut_after = None
    seen = []
    path = updates.download(pc, keys=trusted_keys(keys[1]), progress=lambda done, total: seen.append(done))
    assert path.read_bytes() == installer.read_bytes()
    assert seen[0] >= 512 * 1024  # resumed: the first report already counts what the cut left
    proxy.close()
    pc.close()


def test_a_tampered_file_and_a_foreign_signature_are_refused(server, keys, tmp_path):
    from desktop.services import updates

    installer = tmp_path / "StationDesk-9.9.1-setup.exe"
    installer.write_bytes(os.urandom(200_000))
    release_sign.sign(keys[0], installer)
    assert release_cli(server, "add", str(installer), "--version", "9.9.1").returncode == 0
    stored = server.data_dir / "releases" / "9.9.1" / installer.name
    data = bytearray(stored.read_bytes())
    data[1000] ^= 0xFF
    stored.write_bytes(bytes(data))  # tampered on the way (or on the server's disk)
    station_id, code = server.new_station("校验村新时代文明实践站")
    pc = enrolled_pc(server, tmp_path / "pc", code)
    from desktop.sync import engine

    engine.run_sync(pc, photos=False)
    with pytest.raises(ReleaseRefused) as refused:
        updates.download(pc, keys=trusted_keys(keys[1]))
    assert "校验值不符" in str(refused.value)
    assert not list((pc.data_dir / "updates" / "9.9.1").glob("*.exe"))  # nothing left to run
    foreign = tmp_path / "other.exe"
    foreign.write_bytes(b"not ours")
    other_key = release_sign.keygen(tmp_path / "other.key")
    assert other_key
    release_sign.sign(tmp_path / "other.key", foreign)
    answer = release_cli(server, "add", str(foreign), "--version", "9.9.2")
    assert answer.returncode == 2 and "签名不对" in answer.stderr
    pc.close()


def test_a_client_too_old_is_pointed_at_the_download(server):
    answer = requests.post(server.url + "/v1/push", headers={"X-Station-Desk-Protocol": "0"}, timeout=10)
    assert answer.status_code == 426 and answer.json()["download"] == "/v1/releases/latest/file"


def test_the_update_command_is_the_headless_twin(server, keys, tmp_path):
    station_id, code = server.new_station("命令村新时代文明实践站")
    pc = enrolled_pc(server, tmp_path / "pc", code)
    from desktop.sync import engine

    engine.run_sync(pc, photos=False)
    pc.close()
    run = [sys.executable, "-m", "desktop", "--data-dir", str(tmp_path / "pc"), "update"]
    shown = subprocess.run([*run, "--json"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    import json

    assert shown.returncode == 0 and json.loads(shown.stdout)["available"] is True
    # the newest release was tampered with above (and the shipped key did not sign the test releases
    # anyway): the PC refuses it, in one Chinese line
    refused = subprocess.run([*run, "--download"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert refused.returncode == 2 and "已拒绝使用" in refused.stderr.splitlines()[-1]
    assert "Traceback" not in refused.stderr
