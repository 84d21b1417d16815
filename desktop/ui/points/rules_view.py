"""The rules tab: schemes and their rules with dates and origin (county set or local);
add a scheme, add a local rule, change a rule from a date, retire one, adopt a county set."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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

from desktop.models.activities import CATEGORIES
from desktop.services import points, points_rulesets
from desktop.ui.forms import FormFooter
from desktop.ui.points.dialogs import fill_schemes
from desktop.ui.roster import run


def _day(edit: QDateEdit) -> date:
    return edit.date().toPython()


def load_rules(db):
    return points.list_schemes(db), points.list_rules(db), points_rulesets.rule_sets(db)


class SchemeDialog(FormFooter, QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New points scheme"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. 积分超市, 时间银行, 道德银行"))
        self.unit = QComboBox()
        self.unit.addItems(["分", "小时"])
        self.kiosk = QCheckBox(self.tr("Show the balance at the sign-in desk"))
        self.kiosk.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow("", self.kiosk)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))

    def save(self) -> None:
        self.buttons.setEnabled(False)
        run(self, points.add_scheme, self.ctx.db, self.name.text(), self.unit.currentText(),
            kiosk_visible=self.kiosk.isChecked(), actor=self.ctx.actor, mutates=True,
            on_done=lambda _s: self.accept(), on_error=self._failed)


class RuleDialog(FormFooter, QDialog):
    def __init__(self, ctx, schemes, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New local rule"))
        self.scheme = QComboBox()
        fill_schemes(self.scheme, schemes)
        self.kind = QComboBox()
        for key in points.RULE_LABELS:
            self.kind.addItem(points.label(points.RULE_LABELS, key), key)
        self.amount = QLineEdit()
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), "")
        for c in CATEGORIES:
            self.category.addItem(c, c)
        self.rounding = QComboBox()
        for key in points.ROUNDING_LABELS:
            self.rounding.addItem(points.label(points.ROUNDING_LABELS, key), key)
        self.threshold = QSpinBox()
        self.threshold.setRange(1, 1000)
        self.threshold.setValue(24)
        self.starts = QDateEdit(QDate.currentDate())
        self.starts.setCalendarPopup(True)
        form = QFormLayout()
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(self.tr("Earns"), self.kind)
        form.addRow(self.tr("Amount *"), self.amount)
        form.addRow(self.tr("Activity category"), self.category)
        form.addRow(self.tr("Hours rounding"), self.rounding)
        form.addRow(self.tr("Active volunteer from (hours a year)"), self.threshold)
        form.addRow(self.tr("Valid from"), self.starts)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))

    def save(self) -> None:
        try:
            amount = points.to_cents(self.amount.text())
        except Exception as error:
            self.error.setText(str(error))
            return
        self.buttons.setEnabled(False)
        kind = self.kind.currentData()
        run(self, points.add_rule, self.ctx.db, self.scheme.currentData(), kind, amount,
            category=self.category.currentData() if kind == "per_activity" else "", rounding=self.rounding.currentData(),
            threshold_hours=self.threshold.value(), starts_on=_day(self.starts), actor=self.ctx.actor, mutates=True,
            on_done=lambda _r: self.accept(), on_error=self._failed)


class RulesView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Scheme"), self.tr("Rule"), self.tr("From"), self.tr("Until"),
                                              self.tr("Set by")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.sets = QComboBox()
        adopt = QPushButton(self.tr("Adopt county rule set"))
        adopt.clicked.connect(self.adopt)
        new_scheme = QPushButton(self.tr("New scheme..."))
        new_scheme.clicked.connect(self.add_scheme)
        new_rule = QPushButton(self.tr("New local rule..."))
        new_rule.clicked.connect(self.add_rule)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("new amount"))
        self.amount.setMaximumWidth(90)
        self.when = QDateEdit(QDate.currentDate())
        self.when.setCalendarPopup(True)
        change = QPushButton(self.tr("Change from date"))
        change.clicked.connect(self.change)
        retire = QPushButton(self.tr("Retire from date"))
        retire.clicked.connect(self.retire)
        self.status = QLabel(self.tr("A change applies from its date on; points earned before it stay as they were."))
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("County rule sets")))
        top.addWidget(self.sets, 1)
        top.addWidget(adopt)
        edit = QHBoxLayout()
        edit.addWidget(new_scheme)
        edit.addWidget(new_rule)
        edit.addStretch(1)
        edit.addWidget(self.amount)
        edit.addWidget(self.when)
        edit.addWidget(change)
        edit.addWidget(retire)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.status)
        self.schemes, self.rules = [], []
        self.refresh()

    def refresh(self) -> None:
        run(self, load_rules, self.ctx.db, on_done=self._loaded)

    def _loaded(self, result) -> None:
        self.schemes, rules, sets = result
        by_id = {s.id: s for s in self.schemes}
        self.rules = [r for r in rules if r.scheme_id in by_id]
        self.sets.clear()
        for s in sets:
            self.sets.addItem(s["name"], s["name"])
        self.table.setRowCount(len(self.rules))
        for row, r in enumerate(self.rules):
            scheme = by_id[r.scheme_id]
            cells = (scheme.name, points.rule_text(r, scheme.unit), f"{r.starts_on}", f"{r.ends_on or ''}",
                     self.tr("This station") if r.origin == "local" else r.origin)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def _selected(self):
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def _failed(self, error) -> bool:
        from desktop.errors import as_user_error

        user = as_user_error(error)
        if user is None:
            return False
        self.status.setText(user.message)
        return True

    def _done(self, text: str):
        def done(_result) -> None:
            self.status.setText(text)
            self.refresh()

        return done

    def adopt(self) -> None:
        name = self.sets.currentData()
        if name:
            run(self, points_rulesets.adopt, self.ctx.db, name, starts_on=_day(self.when), actor=self.ctx.actor,
                mutates=True, on_done=self._done(self.tr("Adopted.")), on_error=self._failed)

    def add_scheme(self) -> None:
        self.dialog = SchemeDialog(self.ctx, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def add_rule(self) -> None:
        if not self.schemes:
            self.status.setText(self.tr("Add a points scheme first."))
            return
        self.dialog = RuleDialog(self.ctx, self.schemes, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def change(self) -> None:
        rule = self._selected()
        if rule is None:
            self.status.setText(self.tr("Select a rule first."))
            return
        try:
            amount = points.to_cents(self.amount.text())
        except Exception as error:
            self.status.setText(str(error))
            return
        run(self, points.change_rule, self.ctx.db, rule.id, amount, starts_on=_day(self.when), actor=self.ctx.actor,
            mutates=True, on_done=self._done(self.tr("Changed.")), on_error=self._failed)

    def retire(self) -> None:
        rule = self._selected()
        if rule is None:
            self.status.setText(self.tr("Select a rule first."))
            return
        run(self, points.retire_rule, self.ctx.db, rule.id, ends_on=_day(self.when), actor=self.ctx.actor,
            mutates=True, on_done=self._done(self.tr("Retired.")), on_error=self._failed)

