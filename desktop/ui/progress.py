"""A progress dialog bound to a TaskHandle: shows progress, Cancel cancels the task."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.ui.ops import TaskHandle


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
