"""The 爱心超市 tab: goods catalogue with computed stock; add, receive, count; the monthly
stock sheet for the station head to sign."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import goods, points, points_papers
from desktop.ui.forms import FormFooter
from desktop.ui.points.dialogs import ask_save_path, fill_schemes, save_paper
from desktop.ui.roster import alive, run


class GoodsDialog(FormFooter, QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New goods"))
        self.name = QLineEdit()
        self.price = QLineEdit()
        self.stock = QSpinBox()
        self.stock.setRange(0, 100000)
        self.unit = QLineEdit("件")
        self.scheme = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Price in points *"), self.price)
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Stock on hand"), self.stock)
        form.addRow(self.tr("Unit"), self.unit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))
        ctx.ops.db(points.list_schemes, ctx.db, on_done=alive(self, lambda s: fill_schemes(self.scheme, s)))

    def save(self) -> None:
        try:
            price = points.to_cents(self.price.text(), self.tr("The price"))
        except Exception as error:
            self.error.setText(str(error))
            return
        if self.scheme.currentData() is None:
            self.error.setText(self.tr("Add a points scheme first (Rules tab)."))
            return
        self.buttons.setEnabled(False)
        run(self, goods.add_goods, self.ctx.db, self.name.text(), price, stock=self.stock.value(),
            scheme_id=self.scheme.currentData(), unit=self.unit.text(), actor=self.ctx.actor, mutates=True,
            on_done=lambda _g: self.accept(), on_error=self._failed)


class GoodsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Goods"), self.tr("Price"), self.tr("Stock"), self.tr("Check")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.qty = QSpinBox()
        self.qty.setRange(0, 100000)
        add = QPushButton(self.tr("New goods..."))
        receive = QPushButton(self.tr("Receive"))
        count = QPushButton(self.tr("Record count"))
        sheet = QPushButton(self.tr("Monthly stock sheet (PDF)..."))
        self.month = QLineEdit(points_papers.this_month())
        self.month.setMaximumWidth(90)
        add.clicked.connect(self.add)
        receive.clicked.connect(lambda: self.move("receive"))
        count.clicked.connect(lambda: self.move("count"))
        sheet.clicked.connect(self.ask_sheet)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(QLabel(self.tr("Quantity")))
        row.addWidget(self.qty)
        row.addWidget(receive)
        row.addWidget(count)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.rows: list = []
        self.refresh()

    def refresh(self) -> None:
        run(self, goods.list_goods, self.ctx.db, on_done=self._loaded)

    def _loaded(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, g in enumerate(rows):
            cells = (g.name, f"{points.fmt_amount(g.price)} {g.scheme}", f"{g.stock} {g.unit}",
                     self.tr("Negative stock after sync: count the shelf") if g.stock < 0 else "")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if g.stock < 0:
                    item.setForeground(QColor("#b71c1c"))
                self.table.setItem(r, c, item)

    def add(self) -> None:
        self.dialog = GoodsDialog(self.ctx, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def move(self, kind: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.status.setText(self.tr("Select the goods first."))
            return
        item, qty = self.rows[row], self.qty.value()
        fn = goods.receive if kind == "receive" else goods.count_stock
        run(self, fn, self.ctx.db, item.id, qty, actor=self.ctx.actor, mutates=True,
            on_done=lambda _m: self.refresh(), on_error=self._failed)

    def _failed(self, error) -> bool:
        from desktop.errors import as_user_error

        user = as_user_error(error)
        if user is None:
            return False
        self.status.setText(user.message)
        return True

    def ask_sheet(self) -> None:
        self.file_dialog = ask_save_path(self, self.tr("Save as"), self.tr("stock-report-{0}.pdf").format(self.month.text()), "pdf",
                                         self.save_sheet)

    def save_sheet(self, path) -> None:
        month = self.month.text()
        save_paper(self, lambda: points_papers.build_stock_sheet(self.ctx.db, month), "pdf", path, on_error=self._failed,
                   on_done=lambda _p: self.status.setText(self.tr("Saved {0}.").format(str(Path(path)))))
