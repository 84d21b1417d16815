"""The certificate register on the reports page: every number issued for the
chosen year, with reprint and cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from desktop.services.certificates import RegisterRow, certificate_register, void_certificate


class CertificatesModel(QAbstractTableModel):
    """The certificate register for the chosen year (a few hundred rows at most)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RegisterRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Name"), self.tr("Period"), self.tr("Hours"), self.tr("Issued on"),
                self.tr("Handling officer"), self.tr("State")]

    def set_rows(self, rows: list[RegisterRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#b71c1c") if row.voided or row.duplicate else None
        if index.column() == 6:
            if row.voided:
                return self.tr("Cancelled: {0}").format(row.reason)
            return self.tr("Number issued twice: check") if row.duplicate else self.tr("Valid")
        return (row.number, row.name, row.period, f"{row.hours:g}", f"{row.issued_on:%Y-%m-%d}",
                row.handler)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class CertificatesBox(QGroupBox):
    """The register table with "Print again" and "Cancel this certificate". `reprint` asks the page
    to print a certificate id; `said` carries a line for the page's status."""

    reprint = Signal(str)
    said = Signal(str)

    def __init__(self, ctx, year: Callable[[], int], parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Certificates issued"))
        self.ctx = ctx
        self.year = year
        self.dialog = None
        self.certificates = CertificatesModel(self)
        layout = QVBoxLayout(self)
        self.cert_view = QTableView()
        self.cert_view.setModel(self.certificates)
        self.cert_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cert_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.cert_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.cert_view.horizontalHeader().setStretchLastSection(True)
        self.cert_view.verticalHeader().setVisible(False)
        layout.addWidget(self.cert_view)
        row = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("Print again..."))
        self.void_button = QPushButton(self.tr("Cancel this certificate..."))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.void_button.clicked.connect(self.ask_void)
        row.addWidget(self.reprint_button)
        row.addWidget(self.void_button)
        row.addStretch(1)
        layout.addLayout(row)

    def reload(self) -> None:
        self.ctx.ops.db(certificate_register, self.ctx.db, self.year(), on_done=self.certificates.set_rows)

    def selected(self) -> RegisterRow | None:
        rows = self.cert_view.selectionModel().selectedRows()
        return self.certificates.rows[rows[0].row()] if rows else None

    def reprint_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            self.said.emit(self.tr("Select a certificate in the list first."))
            return
        self.reprint.emit(chosen.id)

    def ask_void(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.voided:
            self.said.emit(self.tr("Select a valid certificate in the list first."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel certificate {0}").format(chosen.number))
        dialog.setLabelText(self.tr("Why is it cancelled? The number stays in the register and is never used again."))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda reason: self.void(chosen.id, reason))
        self.dialog = dialog
        dialog.open()

    def void(self, certificate_id: str, reason: str) -> None:
        self.ctx.ops.db(void_certificate, self.ctx.db, certificate_id, reason, self.ctx.actor, mutates=True,
                        parent=self, on_done=lambda _: self.said.emit(self.tr("The certificate is cancelled.")))
