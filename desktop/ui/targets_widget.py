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
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.targets import (
    Dashboard,
    TargetCheck,
    TargetItem,
    TargetRules,
    dashboard,
    get_rules,
    label,
    set_rules,
)
from desktop.ui.help.hints import HintLabel, target_hint
from desktop.ui.when_shown import when_shown

COLOURS = {"met": "#2e7d32", "missing": "#b71c1c", "pending": "#b34700", "na": "#757575", "info": "#555555"}
FRAME = "QFrame#targets { background: white; border: 1px solid #e0d6c8; border-radius: 6px; }"


class TargetsWidget(QFrame):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.data: Dashboard | None = None
        self.dialog: RulesDialog | None = None
        self.records_dialog: RecordsDialog | None = None
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
            items.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            items.linkActivated.connect(self.show_records)
            items.setToolTip(self.tr("Click a target to see the records it counted"))
            grid.addWidget(title, 0, col)
            grid.addWidget(items, 1, col)
            grid.setColumnStretch(col, 1)
        layout.addLayout(grid)
        self._refresh_later = when_shown(self, self.refresh)  # a 20 s read at 20,000 volunteers: not behind another page
        ctx.db_changed.connect(self._refresh_later)
        ctx.signals.station_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.db.station_id is None:
            return
        self.ctx.ops.db(dashboard, self.ctx.db, on_done=self.show_dashboard)

    def status_text(self, status: str) -> str:
        return {"met": self.tr("Met"), "missing": self.tr("Missing"), "pending": self.tr("Not yet"),
                "na": self.tr("Not applicable"), "info": self.tr("For information")}[status]

    def _items_html(self, check: TargetCheck) -> str:
        rows, next_label = [], self.tr("Next")
        for index, item in enumerate(check.items):
            colour = COLOURS.get(item.status, "#555555")
            advice = f"<br/><span style='color:#555;'>{next_label}：{escape(item.advice)}</span>" if item.advice else ""
            name = f"<a href='{check.scope}:{index}' style='color:#1a237e;'>{escape(item.name)}</a>"
            rows.append(f"<p style='margin:2px 0;'><span style='color:{colour};'>■ {self.status_text(item.status)}</span>"
                        f"　{name}：{escape(item.actual)}（{escape(item.required)}）{advice}</p>")
        return "".join(rows) or self.tr("No targets are switched on.")

    def item_at(self, link: str) -> TargetItem | None:
        """The target a link in the lists stands for ("month:3", "year:0")."""
        if self.data is None or ":" not in link:
            return None
        scope, _, index = link.partition(":")
        check = self.data.month if scope == "month" else self.data.year
        return check.items[int(index)] if index.isdigit() and int(index) < len(check.items) else None

    def show_records(self, link: str) -> None:
        """A click on a target: the records its figure counted, in a small list."""
        item = self.item_at(link)
        if item is None:
            return
        if self.records_dialog is not None:
            self.records_dialog.close()
        self.records_dialog = RecordsDialog(item, self.status_text(item.status), self)
        self.records_dialog.open()

    def show_dashboard(self, data: Dashboard) -> None:
        self.data = data
        month, year = data.month, data.year
        self.month_title.setText(self.tr("This month ({0})").format(month.period.label))
        self.year_title.setText(self.tr("This year so far ({0})").format(year.period.label))
        self.month_items.setText(self._items_html(month))
        self.year_items.setText(self._items_html(year))
        open_items = len(month.open_items) + len(year.open_items)
        checked = sum(i.status not in ("info", "na") for i in month.items + year.items)
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


class RecordsDialog(QDialog):
    """The records one target's figure counted: activities by date and title, people by name."""

    def __init__(self, item: TargetItem, status: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(item.name)
        layout = QVBoxLayout(self)
        head = QLabel(self.tr("{0}: {1} (required {2}) — {3}").format(item.name, item.actual, item.required, status))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.list = QListWidget()
        self.list.addItems([r.label for r in item.records])
        layout.addWidget(self.list)
        self.note = QLabel(self.tr("{0} records counted.").format(len(item.records)) if item.records
                           else self.tr("No records were counted for this figure."))
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(420, 360)


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
