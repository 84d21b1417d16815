"""Redemption at the PC: find the volunteer (the roster's search), pick the goods, confirm,
and the slip is written (data folder/slips/<number>.pdf) and offered to the printer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.services import goods, points, points_papers
from desktop.ui.forms import ERROR_STYLE
from desktop.ui.points.dialogs import VolunteerPicker, save_paper
from desktop.ui.roster import alive, run


def slip_path(db, number: str) -> Path:
    folder = db.data_dir / "slips"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{number}.pdf"


def load_choices(db, volunteer_id: str | None):
    from desktop.services.points_rules import derive

    derive(db)
    return goods.list_goods(db), points.kiosk_balances(db, volunteer_id) if volunteer_id else []


class RedeemDialog(QDialog):
    redeemed = Signal(str, str)  # slip number, PDF path

    def __init__(self, ctx, volunteer_id: str | None = None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Redeem goods"))
        self.resize(640, 560)
        self.picker = VolunteerPicker(ctx, volunteer_id)
        self.balance = QLabel()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Goods"), self.tr("Price"), self.tr("In stock"), self.tr("Quantity")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.total = QLabel()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.confirm = QPushButton(self.tr("Confirm and print slip"))
        self.confirm.clicked.connect(self.submit)
        self.print_button = QPushButton(self.tr("Print slip..."))
        self.print_button.setVisible(False)
        self.print_button.clicked.connect(self.print_slip)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.confirm)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Volunteer")))
        layout.addWidget(self.picker)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.goods: list = []
        self.slip_path: Path | None = None
        self.picker.people.currentItemChanged.connect(lambda *_a: self.reload())
        self.reload()

    def reload(self) -> None:
        run(self, load_choices, self.ctx.db, self.picker.volunteer_id(), mutates=True, on_done=self._loaded)

    def _loaded(self, result) -> None:
        items, balances = result
        self.balance.setText("　".join(self.tr("{0}: {1} {2}").format(*b) for b in balances))
        old = {g.id: spin.value() for g, spin in zip(self.goods, self._spins(), strict=False)}
        self.goods = items
        self.table.setRowCount(len(items))
        for r, g in enumerate(items):
            for c, text in enumerate((g.name, f"{points.fmt_amount(g.price)} {g.scheme}", f"{g.stock} {g.unit}")):
                self.table.setItem(r, c, QTableWidgetItem(text))
            spin = QSpinBox()
            spin.setRange(0, 999)
            spin.setValue(old.get(g.id, 0))
            spin.valueChanged.connect(self._update_total)
            self.table.setCellWidget(r, 3, spin)
        self._update_total()

    def _spins(self) -> list[QSpinBox]:
        return [self.table.cellWidget(r, 3) for r in range(self.table.rowCount())]

    def set_quantity(self, goods_name: str, qty: int) -> None:
        for g, spin in zip(self.goods, self._spins(), strict=True):
            if g.name == goods_name:
                spin.setValue(qty)

    def lines(self) -> list[tuple[str, int]]:
        return [(g.id, spin.value()) for g, spin in zip(self.goods, self._spins(), strict=True) if spin.value()]

    def _update_total(self) -> None:
        by_id = {g.id: g for g in self.goods}
        total = sum(by_id[g].price * q for g, q in self.lines())
        self.total.setText(self.tr("Total: {0}").format(points.fmt_amount(total)))

    def submit(self) -> None:
        vid = self.picker.volunteer_id()
        if vid is None:
            self.error.setText(self.tr("Find the volunteer first."))
            return
        if not self.lines():
            self.error.setText(self.tr("Choose the goods and how many."))
            return
        self.error.clear()
        self.confirm.setEnabled(False)
        run(self, goods.redeem, self.ctx.db, vid, self.lines(), actor=self.ctx.actor, mutates=True,
            on_done=self._write_slip, on_error=self._failed)

    def _write_slip(self, slip) -> None:
        """Redeemed: write the slip (built on the database worker, drawn on the render pool)."""
        path = slip_path(self.ctx.db, slip.number)
        save_paper(self, lambda: points_papers.build_slip(self.ctx.db, slip.id), "pdf", path,
                   on_error=self._failed, on_done=lambda _pages: self._done((slip.number, path)))

    def _failed(self, error) -> bool:
        from desktop.errors import as_user_error

        self.confirm.setEnabled(True)
        user = as_user_error(error)
        if user is None:
            return False
        self.error.setText(user.message)
        return True

    def _done(self, result) -> None:
        number, path = result
        self.slip_path = Path(path)
        self.confirm.setEnabled(True)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Slip {0} saved to {1}.").format(number, str(path)))
        self.print_button.setVisible(True)
        self._number = number
        self.redeemed.emit(number, str(path))
        for spin in self._spins():
            spin.setValue(0)
        self.reload()

    def print_slip(self) -> None:
        from desktop.printing import document

        def printed(sent) -> None:
            self.error.setStyleSheet("")
            self.error.setText(self.tr("Sent the slip to the printer ({0} pages).").format(sent))

        def send(job) -> None:  # laid out and painted on the render pool, not in the window
            self.ctx.ops.render(job, parent=self, on_done=printed)  # a failure: the reporter's message

        def ask(built) -> None:
            self.print_dialog = document.print_dialog(built.doc, self, run=send)

        run(self, lambda: points_papers.build_slip(self.ctx.db, goods.find_slip(self.ctx.db, self._number)),
            on_done=alive(self, ask))
