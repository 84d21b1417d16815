"""Refresh a view after a change only while it can be seen; a view on a page behind another
page (or another tab) refreshes once, when it is shown again. On a 20,000-volunteer station the
home page's targets are a 20 s read: run after every edit on another page they held the database
worker (and, with the GIL, the window) for nothing.

    self.refresh_later = when_shown(self, self.refresh)
    ctx.db_changed.connect(self.refresh_later)
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


def _behind(widget: QWidget) -> bool:
    """Hidden by a page stack or tab bar between it and its window (an unshown window counts as
    shown: the view is what the window would show)."""
    while widget is not None and not widget.isWindow():
        if widget.isHidden():
            return True
        widget = widget.parentWidget()
    return False


class _WhenShown(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]):
        super().__init__(widget)
        self.widget, self.refresh, self.stale = widget, refresh, False
        widget.installEventFilter(self)  # this widget's own events only

    def __call__(self, *_args) -> None:
        # the signal holds this callable, not a Qt slot: it still fires after the view was deleted
        # (a page closed while a change was being announced)
        if not shiboken6.isValid(self.widget):
            return
        if _behind(self.widget):
            self.stale = True
        else:
            self.stale = False
            self.refresh()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if self.stale and event.type() == QEvent.Type.Show:
            self.stale = False
            self.refresh()
        return False


def when_shown(widget: QWidget, refresh: Callable[[], None]) -> Callable[..., None]:
    """A slot for change signals: `refresh()` now if `widget` can be seen, else when it is next shown."""
    return _WhenShown(widget, refresh)
