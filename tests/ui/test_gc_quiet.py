"""The window keeps the collector's full passes short (desktop/ui/gc_quiet.py): what has lived a
few seconds is frozen out of the passes, a sweep still frees frozen cycles, and closing the
window hands everything back to the collector."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QObject

from desktop.ui.gc_quiet import QuietCollector
from desktop.ui.main_window import MainWindow


class _Cycle:
    def __init__(self):
        self.me = self


def test_old_objects_leave_the_full_passes_and_a_sweep_still_frees_cycles(qtbot):
    owner = QObject()
    try:
        collector = QuietCollector(owner, every_ms=20, sweep_seconds=3600)
        assert gc.get_freeze_count() > 0  # the start's objects at once
        cycle = _Cycle()
        alive = weakref.ref(cycle)
        frozen = gc.get_freeze_count()
        assert collector.timer.isActive() and collector.timer.interval() == 20
        collector.tick()  # what the timer runs (a full run once never saw the count move within 5 s)
        assert gc.get_freeze_count() > frozen  # a tick froze what was made since
        del cycle
        gc.collect()
        assert alive() is not None  # frozen: the passes do not walk it (nor free it)
        assert collector.sweep() >= 1
        assert alive() is None  # the sweep does
        assert gc.get_freeze_count() > 0  # and freezes again
    finally:
        owner.deleteLater()
        gc.unfreeze()


def test_the_sweep_waits_while_an_operation_runs_or_the_window_is_in_use(qtbot):
    owner = QObject()
    busy, in_use = [True], [True]
    try:
        collector = QuietCollector(owner, busy=lambda: busy[0], every_ms=20, sweep_seconds=0,
                                   in_use=lambda: in_use[0])
        before = collector.last_sweep
        qtbot.wait(100)
        assert collector.last_sweep == before  # never while busy
        busy[0] = False
        qtbot.wait(100)
        assert collector.last_sweep == before  # nor while the station head works in the window
        in_use[0] = False
        qtbot.waitUntil(lambda: collector.last_sweep > before)
    finally:
        owner.deleteLater()
        gc.unfreeze()


def test_the_window_freezes_and_closing_it_unfreezes(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.collector.timer.isActive() and gc.get_freeze_count() > 0
    window.close()
    assert not window.collector.timer.isActive()
    assert gc.get_freeze_count() == 0
