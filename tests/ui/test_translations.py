"""Chinese is the shipped default: every UI string has a translation, and the .qm files are current."""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*_zh_CN.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _messages():
    for ts in TS_FILES:
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                yield ts.name, name, message


def test_no_unfinished_translations():
    assert TS_FILES
    unfinished = [(f, c, m.findtext("source")) for f, c, m in _messages()
                  if m.find("translation").get("type") == "unfinished" or not (m.findtext("translation") or "").strip()]
    assert not unfinished, unfinished[:20]


def _tr_calls(tree: ast.AST):
    """(class name, source string) for every self.tr("...") inside a class."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
            func = call.func
            if (isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name)
                    and func.value.id == "self" and call.args and isinstance(call.args[0], ast.Constant)):
                yield cls.name, call.args[0].value


def test_every_tr_string_in_the_ui_is_translated():
    translated = {(c, m.findtext("source")) for _, c, m in _messages()}
    missing = []
    for path in (ROOT / "desktop" / "ui").rglob("*.py"):
        for owner, source in _tr_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if (owner, source) not in translated:
                missing.append((path.name, owner, source))
    assert not missing, missing[:20]


def test_compiled_files_are_current(tmp_path):
    for ts in TS_FILES:
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
        shipped = ts.with_suffix(".qm")
        assert shipped.exists(), f"{shipped.name} missing: run make setup"
        assert shipped.read_bytes() == fresh.read_bytes(), f"{shipped.name} is stale: run make setup"


def test_app_speaks_chinese_by_default(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators

    translators = install_translators(qapp)
    try:
        assert QCoreApplication.translate("Navigation", "Volunteers") == "志愿者"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
