"""A diagnostic hook for installed builds: with STATION_DESK_FIRST_PAINT=FILE.png set, the app
saves a picture of its first window once it has painted, prints the seconds since the process
started, and quits. The installer tests and the start-up comparison in installer/README.md
use it on the frozen app, where no test code can be loaded."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

ENV = "STATION_DESK_FIRST_PAINT"
_keep: list[QObject] = []


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, path: str):
        super().__init__(window)
        self.window, self.path, self.seen = window, path, False

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        elapsed = time.monotonic() - _process_start()
        self.window.grab().save(self.path)
        print(f"first paint {elapsed:.3f} s", flush=True)
        if isinstance(self.window, QDialog):  # the first-run dialog: closing it ends the start
            self.window.reject()
        QApplication.instance().quit()


def _process_start() -> float:
    """Monotonic time when this process started (Linux: from /proc; elsewhere: when Qt loaded)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return time.monotonic() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return _LOADED


_LOADED = time.monotonic()


def watch(window: QWidget) -> None:
    path = os.environ.get(ENV)
    if path:
        hook = _FirstPaint(window, path)
        window.installEventFilter(hook)
        _keep.append(hook)
