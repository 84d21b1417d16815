"""Qt translations: Chinese (zh_CN) is the shipped default.

The one catalog system is described in desktop/i18n.py. Each area keeps its
own `resources/translations/<area>_<lang>.ts`, compiled to .qm by `make
setup`; the UI loads all of them (core areas included, so Qt sees core
contexts too) plus Qt's own translations for standard buttons and dialogs,
and switches the Qt-free core to the same language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import i18n
from desktop.i18n import DEFAULT_LANG, TRANSLATIONS

__all__ = ["DEFAULT_LANG", "TRANSLATIONS", "install_translators"]


def install_translators(app: QApplication, lang: str | None = None) -> list[QTranslator]:
    if lang is not None and lang != i18n.language():
        i18n.set_language(lang)
    lang = lang or i18n.language()
    installed: list[QTranslator] = []
    if lang.startswith("en"):
        return installed
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt searches the translator installed last first, so the shipped folder goes before the overrides.
    searched = [(qt_dir, f"qtbase_{lang}.qm")] + [(str(f), f"*_{lang}.qm") for f in reversed(i18n.catalog_folders())]
    for directory, pattern in searched:
        for path in sorted(Path(directory).glob(pattern)):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
