"""A volunteer's statement: every entry with its source and the running balance; void an
entry with a reason; save the statement or the 时间银行 passbook as PDF or xlsx."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services import goods, points, points_papers
from desktop.ui.points.dialogs import ask_save_path, save_paper
from desktop.ui.roster import run


class StatementDialog(QDialog):
    def __init__(self, ctx, volunteer_id: str, scheme_id: str, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.volunteer_id, self.scheme_id = ctx, volunteer_id, scheme_id
        self.setWindowTitle(self.tr("Points statement"))
        self.resize(900, 560)
        self.heading = QLabel()
        self.table = QTableWidget(0, 7)  # one volunteer's entries: a few hundred at most
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Change"), self.tr("Balance"),
                                              self.tr("Reason"), self.tr("Source"), self.tr("Operator")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why the selected entry is void"))
        self.void_button = QPushButton(self.tr("Void selected entry"))
        self.void_button.clicked.connect(self.void_selected)
        self.pdf_button = QPushButton(self.tr("Statement (PDF)..."))
        self.xlsx_button = QPushButton(self.tr("Statement (Excel)..."))
        self.passbook_button = QPushButton(self.tr("Passbook page (PDF)..."))
        self.pdf_button.clicked.connect(lambda: self.ask("statement", "pdf"))
        self.xlsx_button.clicked.connect(lambda: self.ask("statement", "xlsx"))
        self.passbook_button.clicked.connect(lambda: self.ask("passbook", "pdf"))
        self.status = QLabel()
        voids = QHBoxLayout()
        voids.addWidget(self.reason, 1)
        voids.addWidget(self.void_button)
        papers = QHBoxLayout()
        for button in (self.pdf_button, self.xlsx_button, self.passbook_button):
            papers.addWidget(button)
        papers.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        papers.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(voids)
        layout.addWidget(self.status)
        layout.addLayout(papers)
        self.reload()

    def reload(self) -> None:
        run(self, points.statement, self.ctx.db, self.volunteer_id, self.scheme_id, on_done=self._loaded)

    def _loaded(self, stmt) -> None:
        self.stmt = stmt
        unit = stmt.scheme.unit
        self.heading.setText(self.tr("{0} · {1}: balance {2} {3}").format(
            stmt.name, stmt.scheme.name, points.fmt_amount(stmt.balance), unit))
        self.passbook_button.setVisible(unit == "小时")
        self.table.setRowCount(len(stmt.lines))
        for r, line in enumerate(stmt.lines):
            cells = [f"{line.on_date:%Y-%m-%d}" if line.on_date else "", points.label(points.KIND_LABELS, line.kind),
                     points.fmt_amount(line.points), points.fmt_amount(line.running), line.reason, line.source,
                     line.operator]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if line.voided or line.kind == "voided":
                    item.setForeground(QColor("#6b6b6b"))
                self.table.setItem(r, c, item)

    def void_selected(self) -> None:
        item = self.table.currentItem()
        if item is None:
            self.status.setText(self.tr("Select an entry to void first."))
            return
        run(self, goods.void_any, self.ctx.db, item.data(Qt.ItemDataRole.UserRole), self.reason.text(),
            actor=self.ctx.actor, mutates=True, on_done=lambda _r: self.reload(), on_error=self._failed)

    def _failed(self, error) -> bool:
        from desktop.errors import as_user_error

        user = as_user_error(error)
        if user is None:
            return False
        self.status.setText(user.message)
        return True

    def ask(self, kind: str, fmt: str) -> None:
        who = self.stmt.name if getattr(self, "stmt", None) else ""
        paper = self.tr("points-statement") if kind == "statement" else self.tr("passbook")
        name = f"{paper}-{who}.{fmt}"
        self.file_dialog = ask_save_path(self, self.tr("Save as"), name, fmt, lambda p: self.save_to(p, kind, fmt))

    def save_to(self, path, kind: str = "statement", fmt: str = "pdf") -> None:
        db, vid, sid = self.ctx.db, self.volunteer_id, self.scheme_id

        def build():
            if kind == "passbook":
                return points_papers.build_passbook(db, vid, sid)
            return points_papers.build_statement(db, vid, sid)

        save_paper(self, build, fmt, path, on_error=self._failed, on_done=lambda _p: self._saved(path))

    def _saved(self, path) -> None:
        self.saved = Path(path)
        self.status.setText(self.tr("Saved {0}.").format(str(path)))
