"""Entry point of the frozen app (PyInstaller): the CLI's main, plus a Chinese dialog when the
window cannot start. The frozen Windows build has no console, so a crash on start must be
shown, with the path of the log that was written."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime


def _crash_dialog(log: str) -> None:
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance() or QApplication(sys.argv[:1])
        QMessageBox.critical(None, "实践站工作台", "实践站工作台无法启动。\n\n出错的详细情况已经记录在：\n"
                             f"{log}\n\n请把这个文件发给县中心的技术人员。")
        del app
    except Exception:  # no display at all: the log is all there is
        print(f"实践站工作台无法启动，日志：{log}", file=sys.stderr)


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
