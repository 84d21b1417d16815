"""Background operations, after Anki's CollectionOp/QueryOp and taskman.

- One serial pool owns the database (SQLite has one writer; a second thread
  would only wait on the lock). Each op opens its own session inside the
  worker through the services and returns plain data.
- A separate pool runs network work.
- Results come back to the UI thread by signal; the op body never touches
  widgets. Errors reach the user in one place (`ErrorReporter`).
- Long ops get a `task` argument: `task.report(done, total, text)` for
  progress and `task.cancelled` to stop between steps.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import as_user_error, scrub
from desktop.progress import CancelToken, Progress, StagedProgress

log = logging.getLogger("station_desk.ui")


class TaskHandle(QObject):
    """Progress and cancellation for one long op (desktop.progress's shape, as a
    Qt signal); safe to call from the worker."""

    progressed = Signal(int, int, str)
    # A worker may report once per row (a 20,000-volunteer register): each emit is a queued call the
    # UI thread must run, so a report within this many seconds of the last one is dropped, unless it
    # is the first, the last (done == total), or brings a new stage's text or a new total.
    REPORT_EVERY = 0.05

    def __init__(self) -> None:
        super().__init__()
        self.token = CancelToken()
        self._last_at = float("-inf")
        self._last: tuple[str, int] | None = None  # (text, total) of the last report sent

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def cancel(self) -> None:
        self.token.cancel()

    def report(self, done: int, total: int, text: str = "") -> None:
        now = time.monotonic()
        last = bool(total) and done >= total
        if not last and (text, total) == self._last and now - self._last_at < self.REPORT_EVERY:
            return
        self._last_at, self._last = now, (text, total)
        self.progressed.emit(done, total or 0, text)

    def progress(self, text: str = "") -> Progress:
        """A `Progress` for services, importers, reports and printing: reports, and returns False once cancelled."""
        return self.token.progress(lambda done, total: self.report(done, total, text))

    def staged(self) -> StagedProgress:
        """A `StagedProgress` (the sync's): the stage goes out as the text."""

        def progress(stage: str, done: int, total: int) -> bool:
            self.report(done, total, stage)
            return not self.token.cancelled

        return progress


@dataclass(frozen=True)
class Change:
    """What a write changed, for targeted refreshes (`Ops.changed`). `entity=None`: anything."""

    entity: str | None = None
    ids: tuple[str, ...] = ()


EVERYTHING = Change()


def volunteer_change(result: Any) -> Change:
    """`mutates=` for ops that return the volunteer they wrote."""
    return Change("volunteer", (result.id,))


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals):
        super().__init__()
        self.fn, self.signals = fn, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as error:  # delivered to the UI thread, reported there
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class ErrorReporter(QObject):
    """The one place errors reach the user: Chinese advice, or a bug report."""

    reported = Signal(str)

    def __init__(self, log_dir: Path | None = None):
        super().__init__()
        self.log_dir = log_dir

    def message_for(self, error: BaseException, trace: str = "") -> tuple[str, bool]:
        user_error = as_user_error(error)
        if user_error is not None:
            return user_error.message, False
        where = self._log(trace or "".join(traceback.format_exception(error)))
        hint = self.tr("Details were written to {0}.").format(where) if where else ""
        return self.tr("An internal error occurred ({0}). Your saved data is safe. {1} "
                       "Please send this file to the county centre's technician.").format(type(error).__name__, hint), True

    def _log(self, trace: str) -> str | None:
        trace = scrub(trace)
        log.error(trace)
        if self.log_dir is None:
            return None
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            path = self.log_dir / "error.log"
            with path.open("a", encoding="utf-8") as handle:
                handle.write(trace + "\n")
            return str(path)
        except OSError:
            return None

    def show(self, parent: QWidget | None, error: BaseException, trace: str = "") -> None:
        message, is_bug = self.message_for(error, trace)
        self.reported.emit(message)
        box = QMessageBox(QMessageBox.Icon.Critical if is_bug else QMessageBox.Icon.Warning,
                          self.tr("Station Desk"), message, QMessageBox.StandardButton.Ok, parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


def _owner_of(parent: QObject | None, callback: Callable | None) -> QObject | None:
    """Whose life the callbacks depend on.

    The given parent; else the QObject a bound method belongs to; else the
    first QObject a closure captured (`lambda rows: self._listed(rows)`
    captures `self`), so a lambda callback is guarded like a bound method.
    """
    if parent is not None:
        return parent
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject):
        return owner
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # an empty cell
            continue
        if isinstance(value, QObject):
            return value
    return None


class Ops(QObject):
    """Runs callables off the UI thread, by role, and calls back on it.

    - `db`: the one serial database worker. Only database work goes here.
    - `net`: the network pool (the sync's orchestration and HTTP, photo
      transfers, the reachability probe). Database steps of a network op hop
      to the database worker with `on_db`, at a lower priority than user
      actions, so a kiosk tap never queues behind a sync.
    - `render`: the render/print pool (page images, PDFs, print jobs).

    The "is the widget still alive" guard is the default: when `parent` (or
    the object a bound `on_done` belongs to) has been deleted by the time the
    result arrives, the callbacks are dropped and an error goes to the
    reporter without a parent.
    """

    db_changed = Signal()  # after every write, whatever it touched
    changed = Signal(object)  # the write's Change, right after db_changed

    USER, BACKGROUND = 0, -1  # database-worker priorities: user actions first
    # A background step (`on_db`) is not queued while a user action waits or runs, nor until GRACE_S
    # after the last one ended (its follow-ups, queued by its callback on the UI thread, and the next
    # tap come first), nor longer than YIELD_MAX_S in all (a busy kiosk does not stop a sync).
    GRACE_S, YIELD_MAX_S = 0.025, 0.25

    def __init__(self, reporter: ErrorReporter, parent: QObject | None = None):
        super().__init__(parent)
        self.reporter = reporter
        self.db_pool = QThreadPool(self)
        self.db_pool.setMaxThreadCount(1)
        self.net_pool = QThreadPool(self)
        self.net_pool.setMaxThreadCount(4)
        self.render_pool = QThreadPool(self)
        self.render_pool.setMaxThreadCount(max(1, min(2, QThreadPool.globalInstance().maxThreadCount())))
        self._live: set[_Signals] = set()
        self._users = threading.Condition()
        self._users_waiting = 0  # user actions queued or running on the database worker
        self._user_done_at = 0.0

    def _start(self, pool: QThreadPool, fn: Callable, args: tuple, kwargs: dict, *,
               on_done: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None,
               parent: QWidget | None, mutates: bool, task: TaskHandle | None) -> TaskHandle | None:
        if task is not None:
            kwargs = {**kwargs, "task": task}
        signals = _Signals()
        self._live.add(signals)
        owner = _owner_of(parent, on_done)
        guarded = owner is not None

        def gone() -> bool:
            return guarded and not shiboken6.isValid(owner)

        def done(result: Any) -> None:
            self._live.discard(signals)
            if mutates:
                self._changed(mutates, result)
            if on_done is not None and not gone():
                on_done(result)

        def failed(error: BaseException, trace: str) -> None:
            self._live.discard(signals)
            if mutates:
                self._changed(True)  # part of a long op may have committed
            if gone():
                self.reporter.show(None, error, trace)
                return
            if on_error is not None and on_error(error) is True:
                return  # handled by the caller
            self.reporter.show(parent, error, trace)

        signals.done.connect(done)
        signals.failed.connect(failed)
        pool.start(_Runnable(lambda: fn(*args, **kwargs), signals))
        return task

    def _changed(self, mutates: Any, result: Any = None) -> None:
        if callable(mutates):
            try:
                change = mutates(result)
            except Exception:  # a result without the expected shape: refresh everything
                change = EVERYTHING
        else:
            change = mutates if isinstance(mutates, Change) else EVERYTHING
        self.db_changed.emit()
        self.changed.emit(change)

    def db(self, fn: Callable, *args, on_done=None, on_error=None, parent=None, mutates: Any = False,
           task: TaskHandle | None = None, **kwargs) -> TaskHandle | None:
        """Run on the serial database worker. `mutates` for writes: True (anything may have changed),
        a `Change`, or a function of the result giving one (targeted refreshes: `changed`)."""
        def user_action(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            finally:
                with self._users:
                    self._users_waiting -= 1
                    self._user_done_at = time.monotonic()
                    self._users.notify_all()

        with self._users:
            self._users_waiting += 1
        return self._start(self.db_pool, user_action, args, kwargs, on_done=on_done, on_error=on_error, parent=parent,
                           mutates=mutates, task=task)

    def wait_for_users(self) -> None:
        """From a background worker: wait while user actions are queued or running on the database
        worker, and for GRACE_S after the last one (at most YIELD_MAX_S in all). The sync calls it before
        each database step and before its own Python work, which would otherwise hold the GIL the
        user's action needs."""
        deadline = time.monotonic() + self.YIELD_MAX_S
        with self._users:
            while True:
                now = time.monotonic()
                if now >= deadline:
                    return
                if self._users_waiting:
                    self._users.wait(deadline - now)
                    continue
                quiet = self._user_done_at + self.GRACE_S - now
                if quiet <= 0:
                    return
                self._users.wait(min(quiet, deadline - now))

    def net(self, fn: Callable, *args, on_done=None, on_error=None, parent=None, mutates: Any = False,
            task: TaskHandle | None = None, **kwargs) -> TaskHandle | None:
        """Run on the network pool. The body may call `ops.on_db(...)` for its database steps."""
        return self._start(self.net_pool, fn, args, kwargs, on_done=on_done, on_error=on_error, parent=parent,
                           mutates=mutates, task=task)

    def render(self, fn: Callable, *args, on_done=None, on_error=None, parent=None,
               task: TaskHandle | None = None, **kwargs) -> TaskHandle | None:
        """Run on the render/print pool (QPainter on images and PDF writers is safe off the UI thread)."""
        return self._start(self.render_pool, fn, args, kwargs, on_done=on_done, on_error=on_error, parent=parent,
                           mutates=False, task=task)

    def on_db(self, fn: Callable, *args, **kwargs) -> Any:
        """From a network or render worker: run `fn` on the database worker and wait for its result
        (or its exception). Queued behind user actions. Never call it from the database worker itself."""
        future: Future = Future()

        def call() -> None:
            if not future.set_running_or_notify_cancel():
                return
            try:
                future.set_result(fn(*args, **kwargs))
            except BaseException as error:  # handed back to the waiting worker
                future.set_exception(error)

        self.wait_for_users()
        self.db_pool.start(call, self.BACKGROUND)
        return future.result()

    def busy(self) -> bool:
        return bool(self._live)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Wait for running ops (called on quit and by tests)."""
        ok = self.net_pool.waitForDone(timeout_ms)  # first: its database steps need the db worker
        ok = self.render_pool.waitForDone(timeout_ms) and ok
        return self.db_pool.waitForDone(timeout_ms) and ok
