"""Build the Debian package of the frozen app (make deb), for UOS, Kylin, Debian and Ubuntu.

    build/dist/station-desk/   (make dist)  ->  build/station-desk_VERSION_ARCH.deb

Installs to /opt/station-desk, puts `station-desk` on the PATH, adds a .desktop entry
with the Chinese name and the icon in every size. It has no maintainer scripts at all, so
installing, upgrading or removing it never touches a user's data folder
(~/.local/share/StationDesk).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop import __version__  # noqa: E402

BUNDLE = ROOT / "build" / "dist" / "station-desk"
ICONS = ROOT / "installer" / "icons"
# Qt's xcb platform plugin and what it loads (the same list the Makefile installs for development)
DEPENDS = ("libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-xkb1, "
           "libxcb-randr0, libxcb-shape0, libxcb-xinerama0, libxkbcommon-x11-0, libegl1, libgl1, libfontconfig1, "
           "libdbus-1-3")
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=实践站工作台
Name[zh_CN]=实践站工作台
GenericName=Station Desk
Comment=新时代文明实践站台账、签到、报表
Exec=station-desk %F
Icon=station-desk
Terminal=false
Categories=Office;
StartupWMClass=station-desk
"""
WRAPPER = """#!/bin/sh
# Station Desk (实践站工作台): the installed frozen app
exec /opt/station-desk/station-desk "$@"
"""


def build(out_dir: Path = ROOT / "build") -> Path:
    if not (BUNDLE / "station-desk").is_file():
        raise SystemExit("No frozen build in build/dist/station-desk: run `make dist` first.")
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    stage = out_dir / "deb-stage"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / "opt" / "station-desk", symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    wrapper = stage / "usr" / "bin" / "station-desk"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    wrapper.chmod(0o755)
    apps = stage / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "station-desk.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    hicolor = stage / "usr" / "share" / "icons" / "hicolor"
    for png in ICONS.glob("station-desk-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / "station-desk.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ICONS / "station-desk.svg", hicolor / "scalable" / "apps" / "station-desk.svg")
    size_kb = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024
    (stage / "DEBIAN").mkdir()
    (stage / "DEBIAN" / "control").write_text(f"""Package: station-desk
Version: {__version__}
Section: misc
Priority: optional
Architecture: {arch}
Installed-Size: {size_kb}
Depends: {DEPENDS}
Maintainer: Station Desk <station-desk@localhost>
Description: 实践站工作台 Station Desk
 Offline-first desktop app for village New-Era Civilization Practice stations:
 volunteer roster, activities, kiosk sign-in, service hours, photos, printed
 registers, residents' requests and points, syncing with the county server.
""", encoding="utf-8")
    for path in stage.rglob("*"):  # root-owned, world-readable: what dpkg expects
        if path.is_dir():
            path.chmod(0o755)
    deb = out_dir / f"station-desk_{__version__}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(stage), str(deb)], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(stage)
    return deb


if __name__ == "__main__":
    print(build())
