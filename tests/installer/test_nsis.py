"""The Windows installer script compiles with NSIS (Debian's makensis), so it is known to be valid."""

from __future__ import annotations

import shutil
import subprocess

from sync_harness import ROOT

SCRIPT = ROOT / "installer" / "windows" / "station-desk.nsi"


def test_makensis_compiles_the_windows_installer(tmp_path):
    makensis = shutil.which("makensis")
    assert makensis, "NSIS is missing: `make setup` as root installs Debian's nsis package"
    bundle = tmp_path / "station-desk"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "station-desk.exe").write_bytes(b"MZ stand-in for the frozen app")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "StationDesk-0.1.0-setup.exe"
    done = subprocess.run([makensis, "-V2", f"-DBUNDLE={bundle}", "-DVERSION=0.1.0", f"-DOUTFILE={out}", SCRIPT.name],
                          cwd=SCRIPT.parent, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert out.stat().st_size > 30_000 and out.read_bytes()[:2] == b"MZ"


def test_the_script_installs_per_user_and_keeps_user_data():
    text = SCRIPT.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text and "$LOCALAPPDATA\\Programs\\StationDesk" in text
    assert 'MUI_LANGUAGE "SimpChinese"' in text and "实践站工作台" in text
    uninstall = text[text.index('Section "Uninstall"'):]
    assert "$LOCALAPPDATA\\StationDesk" not in uninstall.replace("; program files only: the station's data in "
                                                                 "%LOCALAPPDATA%\\StationDesk stays", "")
