"""The one headless Qt application helper. Fonts, QPdfWriter and QPainter need
a QGuiApplication; the CLI has none (and maybe no display). The GUI has its
own application, and then this does nothing."""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Callable
from typing import Any

_app: list[Any] = []  # keeps the headless application alive


def ensure_app(setup: Callable[[Any], Any] | None = None) -> None:
    """Make a QGuiApplication if there is none (offscreen on a Linux machine without a display).
    `setup(app)` runs once on a new one: the CLI passes the translation installer, so a PDF
    footer reads 第 N 页 as it does in the GUI. The printing layer never imports the UI: a caller that
    wants the UI's language (the CLI, a child process drawing pages) hands in
    `desktop.ui.i18n.install_translators`."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1] or ["station-desk"])
    _app.append(app)
    atexit.register(app.shutdown)  # tear Qt down before Python's finalizer collects it
    if setup is not None:
        setup(app)
