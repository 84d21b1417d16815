"""What every page gets: the database, the ops runner, and app-wide signals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.ui.ops import ErrorReporter, Ops

if TYPE_CHECKING:  # the login screen paints before the database layer loads
    from desktop.db import Database


class AppSignals(QObject):
    station_changed = Signal()
    navigate = Signal(str)  # page key
    activity_chosen = Signal(str)  # the activity in hand changed (AppContext.activity_id)
    paper_requested = Signal(str, str)  # paper kind, activity id: the reports page shows that paper
    kiosk_requested = Signal(str)  # activity id: the sign-in page opens the kiosk for it


@dataclass
class AppContext:
    db: Database
    ops: Ops
    reporter: ErrorReporter
    signals: AppSignals = field(default_factory=AppSignals)
    actor: str = "站长"
    sync: object | None = None  # the window's SyncController, once the window exists
    activity_id: str | None = None  # the activity in hand: chosen on one page, pre-selected on the others

    def choose_activity(self, activity_id: str | None) -> None:
        if activity_id and activity_id != self.activity_id:
            self.activity_id = activity_id
            self.signals.activity_chosen.emit(activity_id)

    def open_paper(self, kind: str, activity_id: str) -> None:
        """Go to the reports page with this paper and activity chosen."""
        self.choose_activity(activity_id)
        self.signals.navigate.emit("reports")
        self.signals.paper_requested.emit(kind, activity_id)

    def open_kiosk(self, activity_id: str) -> None:
        """Go to the sign-in page and open the kiosk for this activity."""
        self.choose_activity(activity_id)
        self.signals.navigate.emit("signin")
        self.signals.kiosk_requested.emit(activity_id)

    @property
    def db_changed(self):
        return self.ops.db_changed
