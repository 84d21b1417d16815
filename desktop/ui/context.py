"""What every page gets: the database, the ops runner, and app-wide signals."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from desktop.db import Database
from desktop.ui.ops import ErrorReporter, Ops


class AppSignals(QObject):
    station_changed = Signal()
    navigate = Signal(str)  # page key


@dataclass
class AppContext:
    db: Database
    ops: Ops
    reporter: ErrorReporter
    signals: AppSignals = field(default_factory=AppSignals)
    actor: str = "站长"
    sync: object | None = None  # the window's SyncController, once the window exists

    @property
    def db_changed(self):
        return self.ops.db_changed
