"""A second language is one more catalog: a tiny fake one switches a core message, a CLI line and a UI string."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop import i18n

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
FAKE = "xx_XX"  # stands for Uyghur, Tibetan or Mongolian: any language code works the same way


@pytest.fixture
def fake_catalog(tmp_path):
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = folder / f"core_fake_{FAKE}.ts"  # core*: read by the Qt-free reader; every *.qm: by Qt
    ts.write_text(textwrap.dedent(f"""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="{FAKE}">
        <context>
            <name>services.volunteers</name>
            <message>
                <source>No volunteer with the id “{{id}}”. The volunteer list shows the ids.</source>
                <translation>FAKE no volunteer {{id}}</translation>
            </message>
            <message>
                <source>Join date</source>
                <translation type="unfinished">must not be used</translation>
            </message>
        </context>
        <context>
            <name>Navigation</name>
            <message>
                <source>Volunteers</source>
                <translation>FAKE volunteers</translation>
            </message>
        </context>
        </TS>
        """), encoding="utf-8")
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    i18n.set_folders([folder, i18n.TRANSLATIONS])
    yield folder
    i18n.set_language(None)
    i18n.set_folders(None)


def test_core_message_switches_language(fake_catalog, db):
    from desktop.errors import NotFound
    from desktop.services.volunteers import get_volunteer

    i18n.set_language(FAKE)
    with pytest.raises(NotFound, match="^FAKE no volunteer nobody$"):
        get_volunteer(db, "nobody")
    # unfinished entries fall back to the English source, as in Qt
    assert i18n.translate("services.volunteers", "Join date") == "Join date"
    i18n.set_language(None)
    with pytest.raises(NotFound, match="找不到编号为“nobody”的志愿者"):
        get_volunteer(db, "nobody")


def test_cli_speaks_the_language_from_the_environment(fake_catalog, db):
    env = {**os.environ, "STATION_DESK_LANG": FAKE, "STATION_DESK_TRANSLATIONS": str(fake_catalog)}
    run = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(db.data_dir), "volunteer", "exit",
                          "nobody", "--reason", "x"], capture_output=True, text=True, env=env)
    assert run.returncode == 2, run.stderr
    assert "FAKE no volunteer nobody" in run.stderr
    assert "Traceback" not in run.stderr


def test_ui_string_and_core_message_switch_together(fake_catalog, qapp, db):
    from PySide6.QtCore import QCoreApplication

    from desktop.errors import NotFound
    from desktop.services.volunteers import get_volunteer
    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp, FAKE)
    try:
        assert translators
        assert QCoreApplication.translate("Navigation", "Volunteers") == "FAKE volunteers"
        with pytest.raises(NotFound, match="^FAKE no volunteer nobody$"):
            get_volunteer(db, "nobody")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert i18n.language() == FAKE
