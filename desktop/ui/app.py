"""Start the GUI: translations, database, first run, main window.

A station protected by a password shows its login screen before the database layer
(SQLAlchemy, SQLModel, the tables, desktop.db) and the main window's modules load: the
login screen loads them on the database worker once it has painted, while the password
is typed (desktop.ui.login.LoginDialog, bench/startup.py, tests/unit/test_cli_startup.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop import APP_NAME
from desktop.errors import as_user_error
from desktop.ui.context import AppContext
from desktop.ui.i18n import install_translators
from desktop.ui.ops import ErrorReporter, Ops


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    install_translators(app, lang)
    _bundled_fonts()
    from desktop.ui.theme import apply_palette

    apply_palette(app)
    from desktop import i18n

    if i18n.language().startswith("zh") and not native_dialogs_speak_chinese():
        # Qt's own file/colour/font dialogs, which our catalogs make Chinese, instead of a native one
        # in the system's language (a Linux PC or Xvfb set to English).
        app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    return app


def _windows_ui_language() -> int | None:
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    except (AttributeError, OSError):
        return None


def native_dialogs_speak_chinese() -> bool:
    """Would the system's own file dialog be in Chinese? Windows: its display language; elsewhere the locale."""
    if sys.platform == "win32":
        langid = _windows_ui_language()
        return langid is None or (langid & 0x3FF) == 0x04  # LANG_CHINESE
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return value.lower().startswith("zh")
    return False


def _bundled_fonts() -> None:
    """The frozen build carries its own CJK font (resources/fonts), so no system font is needed."""
    from PySide6.QtGui import QFontDatabase

    from desktop.ui.i18n import TRANSLATIONS

    for font in sorted((TRANSLATIONS.parent / "fonts").glob("*.tt[cf]")):
        QFontDatabase.addApplicationFont(str(font))


def open_context(data_dir: Path | None) -> AppContext:
    from desktop.db import Database

    db = Database(data_dir)
    reporter = ErrorReporter(db.data_dir / "logs")
    return AppContext(db=db, ops=Ops(reporter), reporter=reporter)


def open_signed_in(data_dir: Path | None) -> AppContext | None:
    """Sign in (or open an unprotected station), offering a backup for a corrupt file; None: the user quit."""
    from desktop.ui.session import open_session

    return open_session(data_dir)


def build_main_window(ctx: AppContext):
    from desktop.ui.main_window import MainWindow

    return MainWindow(ctx)


def run_app(data_dir: Path | None = None, lang: str | None = None) -> int:
    from desktop.ui.typesize import apply_saved

    app = make_app(lang=lang)
    apply_saved(data_dir)  # this PC's type size for the login screen
    try:
        ctx = open_signed_in(data_dir)
    except Exception as error:
        user_error = as_user_error(error)
        if user_error is None:
            raise
        QMessageBox.critical(None, app.translate("App", "Station Desk"), user_error.message)
        return 2
    if ctx is None:
        return 0
    if ctx.db.user is not None:
        apply_saved(ctx.db.data_dir, ctx.db.user.username)  # the account's own size
    if ctx.db.station_id is None:
        from desktop.ui.first_paint import watch
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(ctx)
        watch(dialog)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            ctx.db.close()
            return 0
    from desktop.ui.session import ensure_head_account, start_guards

    if not ensure_head_account(ctx):
        ctx.ops.shutdown()
        ctx.db.close()
        return 0
    window = build_main_window(ctx)
    from desktop.ui.first_paint import watch

    watch(window)
    start_guards(ctx, window)
    window.show()
    from desktop.ui.help.tour import should_start

    if should_start():  # the first-run tour, once per PC; reopened from the Help button's menu
        from PySide6.QtCore import QTimer

        QTimer.singleShot(600, window.help.start_tour)
    code = app.exec()
    ctx.ops.shutdown()
    ctx.db.close()
    return code
