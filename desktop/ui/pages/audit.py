"""操作记录 Audit log (站长 only): who did what and when, with filters; prints and saves as PDF."""

from __future__ import annotations

from PySide6.QtCore import QDate
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

from desktop.services.accounts import can
from desktop.services.auditlog import ACTIONS, AuditFilter, actors, audit_paper, query_audit
from desktop.ui.flow import FlowLayout, pair


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

    def paper(self):
        from desktop.services.station import get_station

        station = get_station(self.ctx.db)
        return audit_paper(self.rows, self.current_filter(), station.name if station else "")

    def print_log(self) -> None:
        from desktop.printing.document import print_dialog

        self._print = print_dialog(self.paper(), self)

    def save_pdf(self, path: str | None = None) -> None:
        from desktop.printing.document import write_pdf

        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the audit log"), self.tr("audit-log.pdf"), "PDF (*.pdf)")
        if path:
            paper = self.paper()
            self.ctx.ops.db(lambda: write_pdf(paper, path), on_done=lambda _pages: self.count.setText(
                self.tr("Saved to {0}").format(path)))
