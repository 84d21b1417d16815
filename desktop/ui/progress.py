"""Progress in the UI, wired in one place: every long op shows its TaskHandle
(desktop.progress's shape as a Qt signal) through one of these two.

- `bind_bar(bar, task, label)`: an inline QProgressBar follows the task (the
  reports page, the sync page, the import wizard). `label` is fixed text or
  a function of the text the op reports (the sync's stage).
- `TaskProgressDialog(title, task, parent)`: a window-modal dialog whose
  Cancel cancels the task (backup, roster export, photo import).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog, QWidget

from desktop.ui.ops import TaskHandle


class _BarFeeder(QObject):
    """Lives as the bar's child, so the connection ends when the bar goes."""

    def __init__(self, bar: QProgressBar, label: str | Callable[[str], str], counts: bool):
        super().__init__(bar)
        self.bar, self.label, self.counts = bar, label, counts

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        label = self.label(text) if callable(self.label) else self.label
        self.bar.setFormat(label + ((" %v/%m" if self.counts else " %p%") if total > 0 else ""))


def bind_bar(bar: QProgressBar, task: TaskHandle, label: str | Callable[[str], str] = "", *,
             counts: bool = True) -> None:
    """Show `bar` busy, then follow `task`; `counts` shows done/total, else a percentage."""
    for old in bar.findChildren(_BarFeeder, options=Qt.FindChildOption.FindDirectChildrenOnly):
        old.deleteLater()  # a bar reused for a second op follows only the new one
    feeder = _BarFeeder(bar, label, counts)
    bar.setRange(0, 0)
    bar.setFormat(label if isinstance(label, str) else "")
    bar.setVisible(True)
    task.progressed.connect(feeder.progressed)


class TaskProgressDialog(QProgressDialog):
    def __init__(self, title: str, task: TaskHandle, parent: QWidget | None = None):
        super().__init__(title, self.tr("Cancel"), 0, 0, parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.task = task
        task.progressed.connect(self._progressed)
        self.canceled.connect(task.cancel)

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        if text:
            self.setLabelText(text)

    def finish(self) -> None:
        self.task.progressed.disconnect(self._progressed)
        self.reset()
        self.hide()
        self.deleteLater()
