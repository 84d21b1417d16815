"""The options form of the reports page. Which rows show, and what goes into
the request, follow the chosen `PaperKind` (its `period` and `options`), so a
kind added to the registry gets its form with no change here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.periods import month, span, year
from desktop.services.papers import Choices, PaperKind, PaperRequest


def pair_rows(pairs: list[tuple], first: int = 0) -> dict:
    """key -> the row of its first pair (the row numbers start at `first`); Qt-free."""
    rows: dict = {}
    for n, (key, _label) in enumerate(pairs, first):
        rows.setdefault(key, n)
    return rows


@dataclass(frozen=True)
class PreparedChoices:
    """The reports' choices with their combo boxes' lookups, built in the worker (`prepare_choices`)."""

    choices: Choices
    activity_rows: dict
    volunteer_rows: dict
    everyone_rows: dict  # the "All volunteers" row first, then the volunteers


def prepare_choices(found: Choices) -> PreparedChoices:
    everyone = pair_rows(found.volunteers, 1)
    everyone.setdefault(None, 0)
    return PreparedChoices(found, pair_rows(found.activities), pair_rows(found.volunteers), everyone)


class PairsModel(QAbstractListModel):
    """(key, label) pairs for a combo box: the label shows, the key is the item's data."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pairs: list[tuple] = []
        self._rows: dict = {}

    def set_pairs(self, pairs: list[tuple], rows: dict | None = None) -> None:
        """`rows`: `pair_rows(pairs)` made off the UI thread (20,000 volunteers: ~50 ms of Python)."""
        rows = pair_rows(pairs) if rows is None else rows
        self.beginResetModel()
        self._pairs = pairs if isinstance(pairs, list) else list(pairs)
        self._rows = rows
        self.endResetModel()

    def row_of(self, key) -> int:
        """The row holding `key`, or -1 (QComboBox.findData asks Python for all 20,000 rows)."""
        return self._rows.get(key, -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pairs):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._pairs[index.row()][1]
        if role == Qt.ItemDataRole.UserRole:
            return self._pairs[index.row()][0]
        return None


class OptionsForm(QWidget):
    """Period, activity, volunteer and the kind's own choices. `changed` fires when a choice
    changes which rows show."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.period_kind = QComboBox()
        self.period_kind.addItem(self.tr("A month"), "month")
        self.period_kind.addItem(self.tr("A year"), "year")
        self.period_kind.addItem(self.tr("From ... to ..."), "range")
        self.period_kind.currentIndexChanged.connect(self.changed)
        self.month = QDateEdit(today)
        self.month.setDisplayFormat("yyyy-MM")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year())
        self.first = QDateEdit(QDate(today.year(), 1, 1))
        self.last = QDateEdit(today)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
        range_row = QHBoxLayout()
        range_row.addWidget(self.first)
        range_row.addWidget(QLabel(self.tr("to")))
        range_row.addWidget(self.last)
        self.range_box = QWidget()
        self.range_box.setLayout(range_row)
        range_row.setContentsMargins(0, 0, 0, 0)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("Per volunteer"), "volunteer")
        self.group_by.addItem(self.tr("Per activity"), "activity")
        self.group_by.currentIndexChanged.connect(self.changed)
        self.activity = QComboBox()
        self.activity.setMinimumContentsLength(30)
        self.held: frozenset[str] = frozenset()
        self.wanted_activity: str | None = None  # the activity in hand, chosen on another page
        self.activity.currentIndexChanged.connect(self._activity_changed)
        self.volunteer = QComboBox()
        self.volunteer.setEditable(True)  # type a name to find it (the completer filters the list)
        self.volunteer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.only_volunteer = QComboBox()
        self.only_volunteer.setEditable(True)
        self.only_volunteer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.blank = QRadioButton(self.tr("Blank, with the team's names, for signing by hand"))
        self.filled = QRadioButton(self.tr("Filled in from the kiosk sign-ins"))
        self.blank.setChecked(True)
        self.sheet_kind = QButtonGroup(self)
        self.sheet_kind.addButton(self.blank)
        self.sheet_kind.addButton(self.filled)
        sheet_box = QWidget()
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.blank)
        sheet_layout.addWidget(self.filled)
        self.handler = QLineEdit()
        self.handler.setPlaceholderText(self.tr("Who issues it (required to issue)"))
        self.in_charge = QLineEdit()
        self.in_charge.setPlaceholderText(self.tr("Default: the station head"))
        self.full_id = QCheckBox(self.tr("Show ID card numbers and phones in full"))
        self.rows = {
            "period": (self.tr("Period"), self.period_kind), "month": (self.tr("Month"), self.month),
            "year": (self.tr("Year"), self.year), "range": (self.tr("Dates"), self.range_box),
            "by": (self.tr("Group"), self.group_by), "activity": (self.tr("Activity"), self.activity),
            "volunteer": (self.tr("Volunteer"), self.volunteer),
            "only": (self.tr("Volunteers"), self.only_volunteer), "sheet": (self.tr("Sheet"), sheet_box),
            "handler": (self.tr("Handling officer"), self.handler),
            "in_charge": (self.tr("Person in charge"), self.in_charge), "full_id": ("", self.full_id),
        }
        for label, widget in self.rows.values():
            self.form.addRow(label, widget)

    def _show(self, key: str, visible: bool) -> None:
        self.form.setRowVisible(self.rows[key][1], visible)

    def _one_volunteer(self, kind: PaperKind) -> bool:
        """The "one volunteer or all" picker applies (the register groups per volunteer)."""
        return "only" in kind.options and ("by" not in kind.options or self.group_by.currentData() == "volunteer")

    def show_for(self, kind: PaperKind) -> None:
        chosen = self.period_kind.currentData()
        self._show("period", kind.period == "any")
        self._show("month", kind.period == "month" or (kind.period == "any" and chosen == "month"))
        self._show("year", kind.period in ("year", "optional") or (kind.period == "any" and chosen == "year"))
        self._show("range", kind.period == "any" and chosen == "range")
        for key in ("by", "activity", "volunteer", "sheet", "handler", "in_charge", "full_id"):
            self._show(key, key in kind.options)
        self._show("only", self._one_volunteer(kind))

    def period(self, kind: PaperKind):
        start = self.month.date()
        if kind.period in ("year", "optional") or (kind.period == "any" and self.period_kind.currentData() == "year"):
            return year(self.year.value())
        if kind.period == "month" or (kind.period == "any" and self.period_kind.currentData() == "month"):
            return month(start.year(), start.month())
        if kind.period == "any":
            return span(self.first.date().toPython(), self.last.date().toPython())
        return None

    def request(self, kind: PaperKind) -> PaperRequest:
        """The request the form describes; raises ValidationError on a bad date range."""
        options = kind.options
        volunteer = self.volunteer.currentData() if "volunteer" in options else None
        if self._one_volunteer(kind):
            volunteer = self.only_volunteer.currentData()
        return PaperRequest(kind.name, self.period(kind), by=self.group_by.currentData(),
                            activity_id=self.activity.currentData() if "activity" in options else None,
                            volunteer_id=volunteer, full_id=self.full_id.isChecked(),
                            blank=self.blank.isChecked(), handler=self.handler.text(),
                            person_in_charge=self.in_charge.text())

    def _activity_changed(self, _index: int) -> None:
        """A held or recorded activity's sign-in sheet is the filled one by default; a planned one's blank."""
        activity_id = self.activity.currentData()
        if activity_id is not None:
            (self.filled if activity_id in self.held else self.blank).setChecked(True)

    def prefer_activity(self, activity_id: str | None) -> None:
        """Choose this activity (now, or when the choices arrive)."""
        self.wanted_activity = activity_id
        model = self.activity.model()
        if activity_id and isinstance(model, PairsModel) and model.row_of(activity_id) >= 0:
            if self.activity.currentIndex() == model.row_of(activity_id):
                self._activity_changed(self.activity.currentIndex())
            else:
                self.activity.setCurrentIndex(model.row_of(activity_id))

    def fill_choices(self, found: Choices | PreparedChoices) -> None:
        prepared = found if isinstance(found, PreparedChoices) else prepare_choices(found)
        found = prepared.choices
        self.held = found.held
        everyone = [(None, self.tr("All volunteers"))] + found.volunteers
        for combo, pairs, rows in ((self.activity, found.activities, prepared.activity_rows),
                                   (self.volunteer, found.volunteers, prepared.volunteer_rows),
                                   (self.only_volunteer, everyone, prepared.everyone_rows)):
            current = combo.currentData()
            model = combo.model()
            if not isinstance(model, PairsModel):  # one list model, not 20,000 addItem calls
                model = PairsModel(combo)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(24)  # so Qt does not measure every name
                combo.setModel(model)
            model.set_pairs(pairs, rows)
            if combo is self.activity and self.wanted_activity and model.row_of(self.wanted_activity) >= 0:
                current, self.wanted_activity = self.wanted_activity, None
            index = model.row_of(current)
            combo.setCurrentIndex(index if index >= 0 else (0 if pairs else -1))
