"""操作记录 Audit log (站长 only): who did what and when, with filters; prints and saves as PDF.

The paper is made on the database worker (it reads the station's name); saving and printing lay it
out in a child process started from the render pool, with progress and Cancel (desktop.printing.isolated),
as the reports page does: a long log never holds the window."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.progress import Cancelled
from desktop.services.accounts import can
from desktop.services.auditlog import ACTIONS, AuditFilter, actors, audit_paper, query_audit
from desktop.ui.flow import FlowLayout, pair
from desktop.ui.ops import TaskHandle
from desktop.ui.progress import TaskRows


def _paper(db, rows, flt: AuditFilter):
    from desktop.services.station import get_station

    station = get_station(db)
    return audit_paper(rows, flt, station.name if station else "")


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(self.tr("Audit log"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.allowed = can(ctx.db, "audit")
        if not self.allowed:
            self.denied = QLabel(self.tr("Only the station head may see the audit log."))
            self.denied.setStyleSheet("font-size: 18px; color: #b71c1c;")
            layout.addWidget(self.denied)
            layout.addStretch(1)
            return
        filters = FlowLayout()  # wraps at large type on a small screen
        self.actor = QComboBox()
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for prefix, text in ((p, t) for p, t in ACTIONS.items()):
            self.action.addItem(text, prefix)
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.since.setDate(QDate.currentDate().addMonths(-1))
        self.until.setDate(QDate.currentDate())
        self.apply_button = QPushButton(self.tr("Filter"))
        self.apply_button.clicked.connect(self.load)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_log)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        for label, widget in ((self.tr("Who"), self.actor), (self.tr("Action"), self.action),
                              (self.tr("From"), self.since), (self.tr("To"), self.until)):
            filters.addWidget(pair(QLabel(label), widget))
        filters.addWidget(self.apply_button)
        filters.addStretch(1)
        filters.addWidget(self.print_button)
        filters.addWidget(self.pdf_button)
        layout.addLayout(filters)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Details")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.last_saved: Path | None = None
        self.dialog = None  # the open print dialog, if any
        self.task_rows = TaskRows(self.tr("Open the file"), self.open_last, self._set_idle, self)
        self.progress, self.cancel_button = self.task_rows.progress, self.task_rows.cancel_button
        self.status, self.open_button = self.task_rows.status, self.task_rows.open_button
        self.task_rows.add_to(layout)
        ctx.ops.db(actors, ctx.db, on_done=self._fill_actors)
        self.load()

    def _fill_actors(self, names) -> None:
        current = self.actor.currentData()
        self.actor.clear()
        self.actor.addItem(self.tr("Everyone"), "")
        for name in names:
            self.actor.addItem(name, name)
        if current:
            self.actor.setCurrentIndex(max(0, self.actor.findData(current)))

    def current_filter(self) -> AuditFilter:
        return AuditFilter(actor=self.actor.currentData() or None, action=self.action.currentData() or None,
                           since=self.since.date().toPython(), until=self.until.date().toPython())

    def load(self) -> None:
        flt = self.current_filter()
        self.ctx.ops.db(query_audit, self.ctx.db, flt, on_done=self._fill)

    def _fill(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, text in enumerate((f"{r.at:%Y-%m-%d %H:%M:%S}", r.actor, r.action_text, r.detail_text)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.count.setText(self.tr("{0} entries").format(len(rows)))

    # --- the paper: made on the database worker, laid out in a child process -------------------

    def _with_paper(self, text: str, then) -> TaskHandle:
        """Start a task and make the paper on the database worker; `then(paper, task)` on the UI thread."""
        task = self.task_rows.start(text)
        make = functools.partial(_paper, self.ctx.db, list(self.rows), self.current_filter())

        def made(paper) -> None:
            if task.cancelled:  # Cancel while the paper was made
                self.task_rows.failed(Cancelled())
            else:
                then(paper, task)

        self.ctx.ops.db(make, on_done=made, on_error=self.task_rows.failed, parent=self)
        return task

    def _set_idle(self, idle: bool) -> None:
        for button in (self.print_button, self.pdf_button):
            button.setEnabled(idle)

    @property
    def task(self) -> TaskHandle | None:
        return self.task_rows.task

    def busy(self) -> bool:
        return self.task_rows.busy()

    def cancel(self) -> None:
        self.task_rows.cancel()

    def print_log(self) -> TaskHandle:
        from desktop.printing.document import print_dialog

        def ask(paper, _task) -> None:
            self.task_rows.finish(self.tr("Choose a printer."))
            self.dialog = print_dialog(paper, self, run=lambda job: self.task_rows.print_in_background(self.ctx.ops, job, self))

        return self._with_paper(self.tr("Preparing the audit log..."), ask)

    def save_pdf(self, path: str | None = None) -> TaskHandle | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the audit log"), self.tr("audit-log.pdf"), "PDF (*.pdf)")
        if not path:
            return None
        return self._with_paper(self.tr("Writing {0}...").format(Path(path).name),
                                lambda paper, task: self._write(paper, str(path), task))

    def _write(self, paper, path: str, task: TaskHandle) -> None:
        from desktop.printing import isolated
        from desktop.services import papers
        from desktop.services.papers import Built
        from desktop.ui.i18n import install_translators

        pages, counting = self.task_rows.follow_pages(task)
        pdf = functools.partial(isolated.write_pdf, counting=counting, setup=install_translators)
        self.ctx.ops.render(lambda task: papers.write_built(Built(paper, None), "pdf", path, pages, write_pdf=pdf),
                            task=task, on_done=lambda n: self._saved(Path(path), n),
                            on_error=self.task_rows.failed, parent=self)

    def _saved(self, path: Path, pages: int) -> None:
        self.last_saved = path
        self.task_rows.finish(self.tr("Saved to {0} ({1} pages).").format(path, pages))
        self.open_button.setVisible(True)

    def open_last(self) -> None:
        if self.last_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_saved)))
