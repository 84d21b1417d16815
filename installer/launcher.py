"""Entry point of the frozen app (PyInstaller): the CLI's main, plus a Chinese dialog when the
window cannot start. The frozen Windows build has no console, so a crash on start must be
shown, with the path of the log that was written."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime


def _texts(log: str) -> tuple[str, str, str]:
    """The title, the dialog text and the console line, in the user's language (English if even that fails)."""
    try:
        from desktop.i18n import translate
    except Exception:  # the crash may be in the package itself
        def translate(_context: str, text: str) -> str:
            return text
    title = translate("installer.launcher", "Station Desk workbench")
    text = translate("installer.launcher", "Station Desk cannot start.\n\nWhat went wrong is written in:\n{log}\n\n"
                                           "Please send this file to the county's technician.").format(log=log)
    line = translate("installer.launcher", "Station Desk cannot start; log: {log}").format(log=log)
    return title, text, line


def _crash_dialog(log: str) -> None:
    title, text, line = _texts(log)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, title, text)
        del app
    except Exception:  # no display at all: the log is all there is
        print(line, file=sys.stderr)


def main() -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the print preview renders in a spawned child (desktop.printing.isolated)
    try:
        from desktop.cli import main as cli_main

        return cli_main()
    except SystemExit:
        raise
    except BaseException:  # the CLI already turns known errors into messages: this is the last net
        from platformdirs import user_log_dir

        from desktop import APP_NAME

        folder = user_log_dir(APP_NAME, appauthor=False)
        import os

        os.makedirs(folder, exist_ok=True)
        log = os.path.join(folder, f"crash-{datetime.now():%Y%m%d-%H%M%S}.log")
        with open(log, "w", encoding="utf-8") as handle:
            traceback.print_exc(file=handle)
        _crash_dialog(log)
        return 70


if __name__ == "__main__":
    sys.exit(main())
