"""Guard against a Qt binding that leaks references to None/True/False.

PySide6 6.12.0 on Python 3.11 loses one reference to None for every call of a
method returning void, and one to True/False for every signal emitted with a
bool; after enough calls Python aborts ("Fatal Python error: none_dealloc").
A kiosk left open all day would crash. The lock pins a version without it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRectF, Signal


class _Emitter(QObject):
    flag = Signal(bool)


def test_void_calls_and_bool_signals_keep_refcounts(qapp):
    rect, emitter = QRectF(), _Emitter()
    received = []
    emitter.flag.connect(received.append)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        rect.setX(1.0)
        emitter.flag.emit(True)
    assert len(received) == 500
    received.clear()
    # a few references may come and go with interpreter internals; a leak loses hundreds
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
