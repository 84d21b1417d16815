"""The Debian package, built and installed for real (dpkg -i, as root: CI and `make test` run as
root): the installed command answers --version, the installed app paints its first window on
a fresh HOME under Xvfb, the installed CLI creates a station and a volunteer, and removing the
package leaves the user's data folder alone. Also prints the bundle size and the installed
app's first paint against running from source, measured in the same run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sync_harness import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]
SHOTS = Path(os.environ.get("INSTALLER_SCREENSHOTS", ROOT / "screenshots" / "installer"))


def _first_paint(command: list[str], home: Path, shot: Path, extra_env: dict | None = None) -> float:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "STATION_DESK_FIRST_PAINT": str(shot), "LANG": "zh_CN.UTF-8",
           **(extra_env or {})}
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", *command], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    line = next(line for line in done.stdout.splitlines() if line.startswith("first paint"))
    return float(line.split()[2])


@pytest.fixture(scope="module")
def deb(tmp_path_factory):
    assert os.geteuid() == 0, "this test installs a .deb with dpkg: run `make test` as root (CI does)"
    subprocess.run([str(Path(sys.executable).parent / "pyinstaller"), str(ROOT / "installer" / "station-desk.spec"),
                    "--noconfirm", "--distpath", str(ROOT / "build" / "dist"), "--workpath",
                    str(ROOT / "build" / "pyi"), "--log-level", "ERROR"], check=True, cwd=ROOT, timeout=1500)
    sys.path.insert(0, str(ROOT / "installer" / "linux"))
    import build_deb

    package = build_deb.build(tmp_path_factory.mktemp("deb"))
    subprocess.run(["dpkg", "-r", "station-desk"], capture_output=True, timeout=120)
    installed = subprocess.run(["dpkg", "-i", str(package)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    yield package
    subprocess.run(["dpkg", "-r", "station-desk"], capture_output=True, timeout=120)


def test_the_installed_package_runs_and_leaves_user_data_on_removal(deb, tmp_path):
    version = subprocess.run(["/usr/bin/station-desk", "--version"], capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("Station Desk 0.") and "构建于" in version.stdout
    desktop_entry = Path("/usr/share/applications/station-desk.desktop").read_text(encoding="utf-8")
    assert "Name=实践站工作台" in desktop_entry and "Icon=station-desk" in desktop_entry
    assert Path("/usr/share/icons/hicolor/256x256/apps/station-desk.png").is_file()
    control = subprocess.run(["dpkg-deb", "-f", str(deb), "Depends"], capture_output=True, text=True).stdout
    assert "libxcb-cursor0" in control and "libxkbcommon-x11-0" in control

    home = tmp_path / "home"
    home.mkdir()
    SHOTS.mkdir(parents=True, exist_ok=True)
    installed = _first_paint(["/usr/bin/station-desk"], home, SHOTS / "installed-first-run.png")
    assert (SHOTS / "installed-first-run.png").stat().st_size > 5_000

    data = home / ".local" / "share" / "StationDesk"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "STATION_DESK_PASSWORD": "zhan-zhang-2026"}
    init = subprocess.run(["/usr/bin/station-desk", "init", "--station", "装机村新时代文明实践站", "--village", "装机村",
                           "--town", "城关镇", "--county", "南郑区", "--head", "王站长"], env=env, capture_output=True, text=True, timeout=120)
    assert init.returncode == 0, init.stderr
    added = subprocess.run(["/usr/bin/station-desk", "volunteer", "add", "--name", "张三", "--phone", "13800138000"],
                           env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    assert (data / "station.sqlite").is_file()

    # the same first paint from source, in the same run, for installer/README.md
    src_home = tmp_path / "src-home"
    src_home.mkdir()
    source = _first_paint([sys.executable, "-m", "desktop"], src_home, tmp_path / "source.png",
                          {"PYTHONPATH": str(ROOT)})
    size_mb = sum(p.stat().st_size for p in Path("/opt/station-desk").rglob("*") if p.is_file()) / 2 ** 20
    print(f"\nbundle {size_mb:.0f} MB installed, .deb {deb.stat().st_size / 2 ** 20:.0f} MB; first paint: "
          f"installed {installed:.2f} s, from source {source:.2f} s ({installed / source:.2f}×)")

    removed = subprocess.run(["dpkg", "-r", "station-desk"], capture_output=True, text=True, timeout=120)
    assert removed.returncode == 0, removed.stderr
    assert not Path("/opt/station-desk").exists() and shutil.which("station-desk") is None
    assert (data / "station.sqlite").is_file(), "removing the package must never touch the user's data"
