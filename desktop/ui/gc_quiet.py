"""Keep the garbage collector's full passes short on a big station.

A full (generation 2) pass of Python's cyclic collector walks every object the process holds;
at 20,000 volunteers that is the roster, its search index, the pages' models and every module,
and one pass held the GIL, so the window, for 0.8-1.9 s (bench/ui_freeze.py: the longest gap of
opening 志愿者, 积分, 星级自查 and of a volunteer edit was exactly one such pass). The passes come
when a worker's reads promote many objects, which is most of what a page's first load does.

So four times a second the objects alive then move to the collector's permanent
generation (`gc.freeze()`, a constant-time list splice): later passes walk only what was made
since, a few milliseconds. Objects frozen that later die are freed by their reference counts as
usual; only those caught in a reference cycle wait for the sweep, a full pass over everything
(`gc.unfreeze()` then `gc.collect()`, a 1-2 s pause at 20,000 volunteers): every 30 minutes at
most, only while no operation runs, and while the station head is in another window (the app has
no active window), or after two hours anyway. Until then a frozen cycle (an imported workbook's
cells, say) keeps its memory: tens of megabytes, not a frozen window.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

FREEZE_MS = 250
SWEEP_SECONDS = 30 * 60
SWEEP_ANYWAY_SECONDS = 2 * 60 * 60


class QuietCollector(QObject):
    def __init__(self, parent: QObject, busy: Callable[[], bool] = lambda: False,
                 every_ms: int = FREEZE_MS, sweep_seconds: float = SWEEP_SECONDS,
                 in_use: Callable[[], bool] | None = None):
        super().__init__(parent)
        self.busy, self.sweep_seconds = busy, sweep_seconds
        self.in_use = in_use or (lambda: QApplication.activeWindow() is not None)
        self.last_sweep = time.monotonic()
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.tick)
        gc.freeze()  # the modules and the start's objects: alive as long as the window
        self.timer.start()

    def tick(self) -> None:
        waited = time.monotonic() - self.last_sweep
        if waited >= self.sweep_seconds and not self.busy() \
                and (waited >= max(SWEEP_ANYWAY_SECONDS, self.sweep_seconds) or not self.in_use()):
            self.sweep()
        gc.freeze()

    def sweep(self) -> int:
        """One full pass over everything, frozen objects included; returns what it freed."""
        self.last_sweep = time.monotonic()
        gc.unfreeze()
        freed = gc.collect()
        gc.freeze()
        return freed

    def stop(self) -> None:
        """The window closes: hand the frozen objects back to the collector."""
        self.timer.stop()
        gc.unfreeze()
