"""Small points dialogs: the volunteer picker, manual award/deduction, the monthly board,
and the save-a-paper helper they share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import points, points_papers
from desktop.services.search import load_index
from desktop.ui.forms import FormFooter
from desktop.ui.roster import alive, run


class VolunteerPicker(QWidget):
    """Search box and hits, the roster's search; `volunteer_id()` is the choice."""

    def __init__(self, ctx, preselect: str | None = None, parent=None):
        super().__init__(parent)
        self.ctx, self.index, self._preselect = ctx, None, preselect
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Volunteer: name, initials or phone"))
        self.people = QListWidget()
        self.people.setMaximumHeight(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.people)
        self.search.textChanged.connect(self._search)
        ctx.ops.db(load_index, ctx.db, on_done=alive(self, self._indexed))

    def _indexed(self, index) -> None:
        self.index = index
        self._search(self.search.text())

    def _search(self, text: str) -> None:
        if self.index is None:
            return
        self.people.clear()
        ids = [self._preselect] if self._preselect and not text else self.index.search(text, limit=30)
        for vid in ids:
            card = self.index.get(vid)
            if card is None:
                continue
            item = QListWidgetItem(f"{card.name}  {card.phone}")
            item.setData(Qt.ItemDataRole.UserRole, vid)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)

    def volunteer_id(self) -> str | None:
        item = self.people.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


def fill_schemes(combo: QComboBox, schemes, current: str | None = None) -> None:
    combo.clear()
    for s in schemes:
        combo.addItem(f"{s.name}（{s.unit}）", s.id)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))


def ask_save_path(owner, title: str, name: str, fmt: str, on_path) -> QFileDialog:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    dialog = QFileDialog(owner, title, str(Path(folder) / name))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(fmt)
    dialog.setNameFilter("PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(on_path)
    dialog.open()
    return dialog


def save_paper(owner, build, fmt: str, path, *, on_done=None, on_error=None) -> None:
    """Gather and build on the database worker, draw and write on the render pool."""
    ops = owner.ctx.ops

    def job():
        from desktop.printing.points_papers import save

        return save(ops.on_db(build), fmt, path)

    ops.render(job, parent=owner, on_done=on_done, on_error=on_error)


class AwardDialog(FormFooter, QDialog):
    """A manual award or deduction: volunteer, scheme, amount, the rule it stands for or 其他,
    the reason and the operator (both required)."""

    def __init__(self, ctx, volunteer_id=None, scheme_id=None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Award or deduct points"))
        self.picker = VolunteerPicker(ctx, volunteer_id)
        self.scheme = QComboBox()
        self.rule = QComboBox()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 5, or -2 to deduct"))
        self.reason = QLineEdit()
        self.operator = QLineEdit(ctx.actor)
        form = QFormLayout()
        form.addRow(self.tr("Volunteer *"), self.picker)
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Rule"), self.rule)
        form.addRow(self.tr("Amount *"), self.amount)
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Operator *"), self.operator)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))
        self.scheme.currentIndexChanged.connect(self._fill_rules)
        self._rules: list = []
        ctx.ops.db(lambda: (points.list_schemes(ctx.db), points.list_rules(ctx.db)),
                   on_done=alive(self, lambda r: self._loaded(r, scheme_id)))

    def _loaded(self, result, scheme_id) -> None:
        schemes, self._rules = result
        self._units = {s.id: s.unit for s in schemes}
        fill_schemes(self.scheme, schemes, scheme_id)
        self._fill_rules()

    def _fill_rules(self) -> None:
        self.rule.clear()
        self.rule.addItem(points.other_label(), None)
        sid = self.scheme.currentData()
        for r in self._rules:
            if r.scheme_id == sid and r.ends_on is None:
                self.rule.addItem(points.rule_text(r, self._units.get(sid, "分")), r.id)

    def save(self) -> None:
        vid, sid = self.picker.volunteer_id(), self.scheme.currentData()
        if vid is None or sid is None:
            self.error.setText(self.tr("Choose the volunteer and the scheme."))
            return
        try:
            amount = points.to_cents(self.amount.text())
        except Exception as error:  # a UserError with its Chinese message
            self.error.setText(str(error))
            return
        self.buttons.setEnabled(False)
        run(self, points.award, self.ctx.db, vid, amount, sid, self.reason.text(), rule_id=self.rule.currentData(),
            actor=self.operator.text(), mutates=True, on_done=lambda _e: self.accept(), on_error=self._failed)


class BoardDialog(FormFooter, QDialog):
    """The monthly 积分榜: scheme, month, A4 or A3; saved as PDF (or xlsx)."""

    def __init__(self, ctx, scheme_id=None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Monthly points board"))
        self.scheme = QComboBox()
        self.month = QLineEdit(points_papers.this_month())
        self.size = QComboBox()
        self.size.addItem(self.tr("A4 portrait"), "A4")
        self.size.addItem(self.tr("A3 (notice board)"), "A3")
        self.fmt = QComboBox()
        self.fmt.addItem("PDF", "pdf")
        self.fmt.addItem("Excel", "xlsx")
        form = QFormLayout()
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Month (YYYY-MM)"), self.month)
        form.addRow(self.tr("Paper"), self.size)
        form.addRow(self.tr("Format"), self.fmt)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save as..."), self.tr("Close"))
        ctx.ops.db(points.list_schemes, ctx.db, on_done=alive(self, lambda s: fill_schemes(self.scheme, s, scheme_id)))

    def save(self) -> None:
        fmt = self.fmt.currentData()
        self.file_dialog = ask_save_path(self, self.tr("Save as"), self.tr("points-board-{0}.{1}").format(self.month.text(), fmt), fmt,
                                         lambda path: self.save_to(path, fmt))

    def save_to(self, path, fmt: str = "pdf") -> None:
        sid, month, size = self.scheme.currentData(), self.month.text(), self.size.currentData()
        self.buttons.setEnabled(False)

        def build():
            from desktop.services.points_rules import derive

            derive(self.ctx.db)
            return points_papers.build_board(self.ctx.db, sid, month, size=size)

        save_paper(self, build, fmt, path, on_error=self._failed, on_done=lambda _pages: self._saved(path))

    def _saved(self, path) -> None:
        self.saved = Path(path)
        self.buttons.setEnabled(True)
        self.error.setStyleSheet("")
        self.error.setText(self.tr("Saved {0}.").format(str(path)))


class TransferDialog(FormFooter, QDialog):
    """时间银行: a volunteer gives hours to a family member (who is in the roster)."""

    def __init__(self, ctx, giver_id=None, scheme_id=None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Give hours to a family member"))
        self.giver = VolunteerPicker(ctx, giver_id)
        self.receiver = VolunteerPicker(ctx)
        self.scheme = QComboBox()
        self.amount = QLineEdit()
        self.reason = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("From *"), self.giver)
        form.addRow(self.tr("To *"), self.receiver)
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Amount *"), self.amount)
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))
        ctx.ops.db(points.list_schemes, ctx.db, on_done=alive(self, lambda s: fill_schemes(self.scheme, s, scheme_id)))

    def save(self) -> None:
        giver, receiver, sid = self.giver.volunteer_id(), self.receiver.volunteer_id(), self.scheme.currentData()
        if giver is None or receiver is None or sid is None:
            self.error.setText(self.tr("Choose both volunteers and the scheme."))
            return
        try:
            amount = points.to_cents(self.amount.text())
        except Exception as error:
            self.error.setText(str(error))
            return
        self.buttons.setEnabled(False)
        run(self, points.transfer, self.ctx.db, giver, receiver, amount, sid, self.reason.text(), actor=self.ctx.actor,
            mutates=True, on_done=lambda _t: self.accept(), on_error=self._failed)
