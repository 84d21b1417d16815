"""The county server as the county installs it: its own virtual environment from
installer/server/requirements.txt plus the project's wheel, started by the systemd unit's
ExecStart line (systemd itself is not running in this sandbox, so the line is run as the
unit would run it, with its environment file), against a real PostgreSQL. It serves a PC's
sync, and after a restart it still has the station's data."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest
import requests
from sync_harness import ROOT, enrolled_pc, free_port, wait_until

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]
UNIT = ROOT / "installer" / "server" / "station-desk-server.service"


def _unit_lines(key: str) -> list[str]:
    return [line.split("=", 1)[1] for line in UNIT.read_text(encoding="utf-8").splitlines() if line.startswith(key + "=")]


@pytest.fixture(scope="module")
def venv(tmp_path_factory):
    folder = tmp_path_factory.mktemp("opt") / "station-desk-server"
    wheels = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)],
                   check=True, timeout=600)
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=120)
    pip = [str(folder / "bin" / "python"), "-m", "pip", "install", "-q"]
    subprocess.run([*pip, "-r", str(ROOT / "installer" / "server" / "requirements.txt")], check=True, timeout=900)
    subprocess.run([*pip, "--no-deps", *map(str, wheels.glob("*.whl"))], check=True, timeout=300)
    return folder


def _start(command: list[str], env: dict[str, str], log) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=log, stderr=log, cwd="/")


def test_the_unit_serves_a_sync_and_survives_a_restart(venv, pg_cluster, tmp_path):
    env_file = {k: v for k, v in (line.split("=", 1) for line in (ROOT / "installer" / "server" / "server.env")
                                  .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))}
    env_file.update(STATION_DESK_SERVER_DB=pg_cluster.new_database(), PORT=str(free_port()),
                    DATA_DIR=str(tmp_path / "var-lib"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env_file}

    def command(line: str) -> list[str]:
        line = re.sub(r"\$\{(\w+)\}", lambda m: env_file[m.group(1)], line)
        return [str(venv / "bin" / "python") if word == "/opt/station-desk-server/bin/python" else word
                for word in shlex.split(line)]

    pre, = _unit_lines("ExecStartPre")
    migrated = subprocess.run(command(pre), env=env, capture_output=True, text=True, timeout=120, cwd="/")
    assert migrated.returncode == 0, migrated.stderr
    start, = _unit_lines("ExecStart")
    url = f"http://127.0.0.1:{env_file['PORT']}"
    log = open(tmp_path / "server.log", "ab")

    def up(proc) -> bool:
        assert proc.poll() is None, (tmp_path / "server.log").read_text()[-2000:]
        try:
            return requests.get(url + "/health", timeout=1).ok
        except requests.RequestException:
            return False

    proc = _start(command(start), env, log)
    try:
        wait_until(lambda: up(proc), timeout=180, what="the installed server")
        added = subprocess.run([str(venv / "bin" / "python"), "-m", "server", "station", "add", "--name",
                                "安装村新时代文明实践站", "--data-dir", env_file["DATA_DIR"]], env=env,
                               capture_output=True, text=True, timeout=60, cwd="/")
        assert added.returncode == 0, added.stderr
        code = re.search(r"[2-9A-Z]{4}-[2-9A-Z]{4}", added.stdout).group(0)

        class Target:  # what enrolled_pc needs of a server
            pass
        target = Target()
        target.url = url
        from desktop.services.volunteers import add_volunteer, list_volunteers
        from desktop.sync.engine import run_sync

        pc = enrolled_pc(target, tmp_path / "pc", code)
        add_volunteer(pc, name="装机测试", phone="13800001234")
        run_sync(pc, photos=False)
        proc.terminate()
        proc.wait(20)
        proc = _start(command(start), env, log)
        wait_until(lambda: up(proc), timeout=180, what="the installed server after a restart")
        fresh = enrolled_pc(target, tmp_path / "pc2",
                            re.search(r"[2-9A-Z]{4}-[2-9A-Z]{4}", subprocess.run(
                                [str(venv / "bin" / "python"), "-m", "server", "station", "code",
                                 pc.station_id, "--data-dir", env_file["DATA_DIR"]], env=env, capture_output=True,
                                text=True, timeout=60, cwd="/").stdout).group(0))
        run_sync(fresh, photos=False)
        assert [v.name for v in list_volunteers(fresh)] == ["装机测试"]
        pc.close()
        fresh.close()
    finally:
        proc.terminate()
        proc.wait(20)
        log.close()
