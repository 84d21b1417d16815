"""Qt translations: Chinese (zh_CN) is the shipped default.

Each feature area keeps its own `resources/translations/<area>_zh_CN.ts`,
compiled to .qm by `make setup`; all of them are loaded, plus Qt's own
translations for standard buttons and dialogs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
DEFAULT_LANG = "zh_CN"


def install_translators(app: QApplication, lang: str | None = None) -> list[QTranslator]:
    lang = lang or DEFAULT_LANG
    installed: list[QTranslator] = []
    if lang.startswith("en"):
        return installed
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for directory, pattern in ((qt_dir, f"qtbase_{lang}.qm"), (str(TRANSLATIONS), f"*_{lang}.qm")):
        for path in sorted(Path(directory).glob(pattern)):
            translator = QTranslator(app)
            if translator.load(str(path)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
