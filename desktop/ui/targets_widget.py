"""The target check on the home page: this month and this year, what is met,
what is missing, and what to do next; plus the dialog to set the county's
target figures."""

from __future__ import annotations

from dataclasses import asdict, fields
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.targets import (
    Dashboard,
    TargetCheck,
    TargetRules,
    dashboard,
    get_rules,
    label,
    set_rules,
)
from desktop.ui.help.hints import HintLabel, target_hint

COLOURS = {"met": "#2e7d32", "missing": "#b71c1c", "pending": "#e65100", "info": "#555555"}
FRAME = "QFrame#targets { background: white; border: 1px solid #e0d6c8; border-radius: 6px; }"


class TargetsWidget(QFrame):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self.dialog: RulesDialog | None = None
        self.setObjectName("targets")
        self.setStyleSheet(FRAME)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel(self.tr("Targets"))
        self.heading.setStyleSheet("font-size: 16px; color: #b71c1c;")
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        self.rules_button = QPushButton(self.tr("Target figures..."))
        self.rules_button.clicked.connect(self.edit_rules)
        self.print_button = QPushButton(self.tr("Monthly report..."))
        self.print_button.clicked.connect(lambda: ctx.signals.navigate.emit("reports"))
        head.addWidget(self.heading)
        head.addWidget(self.summary, 1)
        head.addWidget(self.rules_button)
        head.addWidget(self.print_button)
        layout.addLayout(head)
        grid = QGridLayout()
        self.month_title, self.month_items = QLabel(), QLabel()
        self.year_title, self.year_items = QLabel(), QLabel()
        for col, (title, items) in enumerate(((self.month_title, self.month_items), (self.year_title, self.year_items))):
            title.setStyleSheet("font-weight: bold;")
            items.setWordWrap(True)
            items.setTextFormat(Qt.TextFormat.RichText)
            items.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(title, 0, col)
            grid.addWidget(items, 1, col)
            grid.setColumnStretch(col, 1)
        layout.addLayout(grid)
        ctx.db_changed.connect(self.refresh)
        ctx.signals.station_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.db.station_id is None:
            return
        self.ctx.ops.db(dashboard, self.ctx.db, on_done=self.show_dashboard)

    def status_text(self, status: str) -> str:
        return {"met": self.tr("Met"), "missing": self.tr("Missing"), "pending": self.tr("Not yet"),
                "info": self.tr("For information")}[status]

    def _items_html(self, check: TargetCheck) -> str:
        rows, next_label = [], self.tr("Next")
        for item in check.items:
            colour = COLOURS[item.status]
            advice = f"<br/><span style='color:#555;'>{next_label}：{escape(item.advice)}</span>" if item.advice else ""
            rows.append(f"<p style='margin:2px 0;'><span style='color:{colour};'>■ {self.status_text(item.status)}</span>"
                        f"　{escape(item.name)}：{escape(item.actual)}（{escape(item.required)}）{advice}</p>")
        return "".join(rows) or self.tr("No targets are switched on.")

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        month, year = data.month, data.year
        self.month_title.setText(self.tr("This month ({0})").format(month.period.label))
        self.year_title.setText(self.tr("This year so far ({0})").format(year.period.label))
        self.month_items.setText(self._items_html(month))
        self.year_items.setText(self._items_html(year))
        open_items = len(month.open_items) + len(year.open_items)
        checked = sum(i.status != "info" for i in month.items + year.items)
        self.summary.setText(self.tr("{0} of {1} targets met").format(checked - open_items, checked)
                             if open_items else self.tr("All {0} targets met").format(checked))

    def edit_rules(self) -> None:
        self.ctx.ops.db(get_rules, self.ctx.db, on_done=self._open_rules)

    def _open_rules(self, rules: TargetRules) -> None:
        self.dialog = RulesDialog(rules, self)
        self.dialog.accepted.connect(lambda: self._save_rules(self.dialog.values()))
        self.dialog.open()

    def _save_rules(self, values: dict) -> None:
        self.ctx.ops.db(set_rules, self.ctx.db, values, self.ctx.actor, mutates=True, parent=self)


class RulesDialog(QDialog):
    """The county's target figures; 0 switches a check off."""

    def __init__(self, rules: TargetRules, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Target figures"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Set the figures your county uses. 0 switches a check off. "
                              "Figures pushed by the county centre arrive with the next sync."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.spins: dict[str, QSpinBox] = {}
        values = asdict(rules)
        for f in fields(TargetRules):
            spin = QSpinBox()
            spin.setRange(0, 100 if f.name.endswith("share") else 1000)
            spin.setValue(values[f.name])
            self.spins[f.name] = spin
            spin.setToolTip(target_hint(f.name))
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(spin, 1)
            row.addWidget(HintLabel(target_hint(f.name)))
            form.addRow(label(f.name), box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {name: spin.value() for name, spin in self.spins.items()}
