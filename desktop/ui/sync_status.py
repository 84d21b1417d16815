"""Sync in the UI: one controller per window (runs a sync in a worker, with
progress and cancel; syncs by itself when the county server becomes
reachable) and the status-bar indicator (last sync, pending entries, pending
photos, clock warning).

The sync runs on the network pool: its HTTP steps there, its database steps
(staging, applying, cursor moves) handed one by one to the database worker,
behind user actions, so a kiosk tap never waits for the sync. The
reachability probe runs on the network pool. Nothing here blocks the UI thread.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.progress import Cancelled
from desktop.sync.client import SyncError
from desktop.ui.ops import TaskHandle

PROBE_MS = 60_000  # how often to look for the server
STALE_S = 600  # sync at least this often while the server can be reached

STAGES = {"push": "Uploading", "pull": "Downloading", "apply": "Merging", "check": "Checking",
          "photos": "Uploading photos"}


# desktop.sync.engine (protocol models, merge, photo transfer) loads on first use, off the
# start-up path: see bench/startup.py.


def _run(db, ops, task: TaskHandle) -> dict:
    """On the network pool: HTTP here, database steps handed to the database worker."""
    from desktop.services.recovery import escrow_due, try_escrow
    from desktop.sync import engine

    report = engine.run_sync(db, progress=task.staged(), cancel=task.token, on_db=ops.on_db).as_dict()
    if ops.on_db(escrow_due, db):  # a password changed since: its sealed verifier goes up now, not at the next start
        try_escrow(db)  # HTTP, so here on the sync's thread (its few meta reads and writes are short)
    return report


def _status(db) -> dict:
    from desktop.sync import engine

    return engine.status(db)


def _probe(db) -> bool:
    from desktop.sync import engine

    try:
        client = engine.make_client(db, retries=0, timeout=(3.0, 5.0))
    except Exception:
        return False
    try:
        client.health()
        return True
    except SyncError:
        return False
    finally:
        client.close()


class SyncController(QObject):
    """Starts syncs (by hand or automatically) and tells everyone how they went."""

    started = Signal(object)  # TaskHandle
    finished = Signal(dict)  # the SyncReport as a dict
    failed = Signal(str)
    status_changed = Signal(dict)

    def __init__(self, ctx, parent: QObject | None = None, *, probe_ms: int = PROBE_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.task: TaskHandle | None = None
        self.auto = True
        self.reachable: bool | None = None
        self.last_status: dict = {}
        self.timer = QTimer(self)
        self.timer.setInterval(probe_ms)
        self.timer.timeout.connect(self.probe)
        self.timer.start()
        ctx.db_changed.connect(self.refresh)

    @property
    def running(self) -> bool:
        return self.task is not None

    def refresh(self) -> None:
        self.ctx.ops.db(_status, self.ctx.db, on_done=self._status)

    def _status(self, status: dict) -> None:
        self.last_status = status
        self.status_changed.emit(status)

    def sync_now(self, parent: QWidget | None = None) -> TaskHandle | None:
        if self.task is not None:
            return self.task
        self.task = TaskHandle()
        self.started.emit(self.task)
        self.ctx.ops.net(_run, self.ctx.db, self.ctx.ops, task=self.task, mutates=True, parent=parent,
                         on_done=self._done, on_error=self._failed)
        return self.task

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, report: dict) -> None:
        self.task = None
        self.reachable = True
        self.finished.emit(report)
        self.refresh()

    def _failed(self, error: BaseException) -> bool:
        self.task = None
        expected = isinstance(error, (SyncError, Cancelled))
        message = error.message if expected else self.ctx.reporter.message_for(error)[0]
        self.failed.emit(message)
        self.refresh()
        return expected  # expected trouble is shown on the page, not in a dialog

    def probe(self) -> None:
        """Look for the server; sync when it comes back (or when there is something to send)."""
        if not self.auto or self.running:
            return
        self.ctx.ops.net(_probe, self.ctx.db, on_done=self._probed)

    def _probed(self, ok: bool) -> None:
        came_back = ok and self.reachable is False
        self.reachable = ok
        if ok and (came_back or self._pending() or self._stale()):
            self.sync_now()

    def _pending(self) -> bool:
        return bool(self.last_status.get("pending_entries") or self.last_status.get("pending_photos"))

    def _stale(self) -> bool:
        """No sync for a while: fetch what the county or the other PC changed."""
        last = self.last_status.get("last_sync_at")
        if not self.last_status.get("enrolled"):
            return False
        if not last:
            return True
        return (datetime.now() - datetime.fromisoformat(last)).total_seconds() > STALE_S


class SyncStatusIndicator(QLabel):
    """Status-bar text: last sync, what is waiting, and a clock warning."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        controller.status_changed.connect(self.show_status)
        controller.started.connect(lambda task: self.setText(self.tr("Syncing…")))
        controller.failed.connect(self.show_failure)
        controller.refresh()

    def show_status(self, status: dict) -> None:
        if not status.get("enrolled"):
            self.setText(self.tr("Not connected to the county server"))
            self.setToolTip(self.tr("Enrol this PC on the Sync page."))
            return
        last = status.get("last_sync_at") or self.tr("never")
        text = self.tr("Last sync: {0} · waiting: {1} changes, {2} photos").format(
            str(last).replace("T", " ")[:16], status.get("pending_entries", 0), status.get("pending_photos", 0))
        if status.get("clock_warning"):
            text += " · " + self.tr("check the PC clock")
        self.setText(text)
        self.setToolTip(status.get("clock_warning") or "")

    def show_failure(self, message: str) -> None:
        self.setText(self.tr("Last sync failed"))
        self.setToolTip(message)
