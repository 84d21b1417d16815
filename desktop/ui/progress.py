"""Progress in the UI, wired in one place: every long op shows its TaskHandle
(desktop.progress's shape as a Qt signal) through one of these two.

- `bind_bar(bar, task, label)`: an inline QProgressBar follows the task (the
  reports page, the sync page, the import wizard). `label` is fixed text or
  a function of the text the op reports (the sync's stage).
- `TaskProgressDialog(title, task, parent)`: a window-modal dialog whose
  Cancel cancels the task (backup, roster export, photo import).
- `TaskRows(open_text, on_open, set_idle)`: a page's progress row (bar and
  Cancel) and result row (status line and "Open…"), with the start / finish /
  failed / cancel steps every such page runs (the reports and star-rating pages).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from desktop.progress import Cancelled
from desktop.ui.ops import TaskHandle


class _BarFeeder(QObject):
    """Lives as the bar's child, so the connection ends when the bar goes."""

    def __init__(self, bar: QProgressBar, label: str | Callable[[str], str], counts: bool | Callable[[str], bool]):
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
        counts = self.counts(text) if callable(self.counts) else self.counts
        self.bar.setFormat(label + ((" %v/%m" if counts else " %p%") if total > 0 else ""))


def bind_bar(bar: QProgressBar, task: TaskHandle, label: str | Callable[[str], str] = "", *,
             counts: bool | Callable[[str], bool] = True) -> None:
    """Show `bar` busy, then follow `task`; `counts` shows done/total, else a percentage (a function
    of the reported text: per stage)."""
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


class TaskRows(QObject):
    """The two rows under a page that runs long ops: a bar with Cancel (hidden while idle), then the
    status line with an "Open…" button for the file just written. `set_idle(True/False)` enables or
    disables the page's own buttons around an op. The page keeps `progress`, `cancel_button`,
    `status` and `open_button` as its attributes (tests and keyboard hints read them there)."""

    def __init__(self, open_text: str, on_open: Callable[[], None], set_idle: Callable[[bool], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self.set_idle = set_idle
        self.task: TaskHandle | None = None
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.open_button = QPushButton(open_text)
        self.open_button.setVisible(False)
        self.open_button.clicked.connect(on_open)

    def add_to(self, layout: QBoxLayout) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout.addLayout(bar)
        result = QHBoxLayout()
        result.addWidget(self.status, 1)
        result.addWidget(self.open_button)
        layout.addLayout(result)

    def start(self, text: str) -> TaskHandle:
        self.task = TaskHandle()
        bind_bar(self.progress, self.task, text, counts=False)
        self.cancel_button.setVisible(True)
        self.open_button.setVisible(False)
        self.status.setText(text)
        self.set_idle(False)
        return self.task

    def finish(self, message: str = "") -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.set_idle(True)
        self.status.setText(message)

    def failed(self, error: BaseException) -> bool:
        """`on_error` for the op: a cancel ends quietly (True: handled); anything else goes to the reporter."""
        if isinstance(error, Cancelled):
            self.finish(self.tr("Cancelled; no file was written."))
            return True
        self.finish()
        return False

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def busy(self) -> bool:
        return self.task is not None

    def follow_pages(self, task: TaskHandle) -> tuple[Callable[[int, int], bool], Callable[[int, int], bool]]:
        """Progress for a PDF or a print job written in a child process (desktop.printing.isolated): (pages
        written of pages in all, the count of a long paper's pages in per cent), on the bar."""
        pages = self.tr("Pages written")
        bind_bar(self.progress, task, lambda text: text, counts=lambda text: text == pages)
        return task.progress(pages), task.progress(self.tr("Counting the pages..."))

    def print_in_background(self, ops, job, parent: QObject) -> TaskHandle:
        """`print_dialog`'s run: lay out and send the pages the dialog chose in a child process started from
        the render pool, with progress and Cancel; the window never waits on the layout of a long paper."""
        from desktop.printing import isolated
        from desktop.ui.i18n import install_translators

        task = self.start(self.tr("Printing..."))
        pages, counting = self.follow_pages(task)
        settings = isolated.printer_settings(job.printer)  # read here, on the UI thread

        def done(sent) -> None:
            self.finish(self.tr("Sent {0} pages to the printer.").format(sent) if sent else self.tr("Printing cancelled."))

        ops.render(lambda task: isolated.print_paper(job.paper, settings, progress=pages, counting=counting,
                                                     setup=install_translators),
                   task=task, on_done=done, on_error=self.failed, parent=parent)
        return task
