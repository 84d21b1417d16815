"""The 1+10 tab: who looks after which households, visits, and who is overdue this month."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services import households as svc
from desktop.services.search import load_index
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import FormFooter
from desktop.ui.help.hints import hint
from desktop.ui.roster import alive, run
from desktop.ui.when_shown import when_shown

_RED = QColor("#c62828")


def load_month(db):
    return svc.month_summary(db), svc.list_households(db)


class _Table(QAbstractTableModel):
    def __init__(self, headers: tuple[str, ...], cells, overdue, parent=None):
        super().__init__(parent)
        self.rows: list = []
        self._headers, self._cells, self._overdue = headers, cells, overdue

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(row)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self._overdue(row):
            return _RED
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class HouseholdDialog(FormFooter, QDialog):
    """Assign a new household: pick the volunteer by search, then the household's details."""

    def __init__(self, ctx, volunteer_id: str | None = None, parent=None, household=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.index, self.household = ctx, None, household
        self.setWindowTitle(self.tr("Assign a household") if household is None else self.tr("Edit household"))
        if household is not None:
            volunteer_id = household.volunteer_id
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Volunteer: name, initials or phone"))
        self.people = QListWidget()
        self.people.setMaximumHeight(140)
        self.head = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.note = QLineEdit()
        form.addRow(self.tr("Volunteer *"), self.search)
        form.addRow("", self.people)
        form.addRow(self.tr("Head of household *"), self.head)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))
        if household is not None:
            self.head.setText(household.head_name)
            self.address.setText(household.address)
            self.phone.setText(household.phone)
            self.note.setText(household.note)
        self._preselect = volunteer_id
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
            item = QListWidgetItem(f"{card.name}  {card.phone}  {'、'.join(card.teams)}")
            item.setData(Qt.ItemDataRole.UserRole, vid)
            self.people.addItem(item)
        if self.people.count():
            self.people.setCurrentRow(0)

    def save(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.error.setText(self.tr("Choose the volunteer who looks after this household."))
            return
        fn, target = ((svc.assign_household, ()) if self.household is None
                      else (svc.update_household, (self.household.id,)))
        run(self, fn, self.ctx.db, *target, item.data(Qt.ItemDataRole.UserRole),
                        head_name=self.head.text(), address=self.address.text(), phone=self.phone.text(),
                        note=self.note.text(), actor=self.ctx.actor, mutates=True,
                        on_done=lambda _h: self.accept(), on_error=self._failed, parent=self)



class VisitDialog(FormFooter, QDialog):
    def __init__(self, ctx, household, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.household = ctx, household
        self.setWindowTitle(self.tr("Record a visit"))
        form = QFormLayout()
        form.addRow(QLabel(self.tr("{0} visits the household of {1}.").format(household.volunteer_name,
                                                                               household.head_name)))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was done or found (optional)"))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))

    def save(self) -> None:
        run(self, svc.record_visit, self.ctx.db, self.household.id, visited_on=self.date.date().toPython(),
                        note=self.note.text(), actor=self.ctx.actor, mutates=True, on_done=lambda _v: self.accept(),
                        on_error=self._failed, parent=self)



class HouseholdsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.households: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.headline = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.headline)
        top.addWidget(hint("one_plus_ten"))
        top.addStretch(1)
        layout.addLayout(top)
        bar = FlowLayout()  # wraps at large type on a small screen
        self.assign_button = QPushButton(self.tr("Assign a household"))
        self.visit_button = QPushButton(self.tr("Record a visit"))
        self.edit_button = QPushButton(self.tr("Edit household"))
        self.remove_button = QPushButton(self.tr("Remove household"))
        self.overdue_only = QCheckBox(self.tr("Only households not visited this month"))
        for widget in (self.assign_button, self.visit_button, self.edit_button, self.remove_button,
                       self.overdue_only):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.people = _Table((self.tr("Volunteer"), self.tr("Phone"), self.tr("Households"), self.tr("Visited"),
                              self.tr("Not yet visited")),
                             lambda s: (s.name, s.phone, s.households, s.visited, s.overdue),
                             lambda s: s.overdue > 0, self)
        self.homes = _Table((self.tr("Head of household"), self.tr("Address"), self.tr("Phone"),
                             self.tr("Volunteer"), self.tr("Last visit"), self.tr("This month")),
                            lambda h: (h.head_name, h.address, h.phone, h.volunteer_name,
                                       h.last_visit.isoformat() if h.last_visit else self.tr("never"),
                                       self.tr("visited") if not h.overdue else self.tr("due")),
                            lambda h: h.overdue, self)
        self.people_view, self.homes_view = QTableView(), QTableView()
        for view, model in ((self.people_view, self.people), (self.homes_view, self.homes)):
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setStretchLastSection(True)
        split = QSplitter()
        split.addWidget(self.people_view)
        split.addWidget(self.homes_view)
        layout.addWidget(split, 1)
        self.people_view.selectionModel().selectionChanged.connect(lambda *_: self._show_homes())
        self.overdue_only.toggled.connect(lambda _on: self._show_homes())
        self.assign_button.clicked.connect(self.assign)
        self.visit_button.clicked.connect(self.visit)
        self.homes_view.doubleClicked.connect(lambda _i: self.visit())
        self.remove_button.clicked.connect(self.remove)
        self.edit_button.clicked.connect(self.edit)
        # read when the tab is in view (a volunteer edit on the roster tab does not re-read them)
        self.refresh_later = when_shown(self, self.refresh)
        ctx.db_changed.connect(self.refresh_later)
        QTimer.singleShot(0, self, self.refresh_later)  # once in its tab: now if that is in view

    def refresh(self) -> None:
        run(self, load_month, self.ctx.db, on_done=alive(self, self._loaded))

    def _loaded(self, result) -> None:
        selected = self.selected_volunteer()
        summary, self.households = result
        self.people.set_rows(summary)
        due = sum(s.overdue for s in summary)
        self.headline.setText(self.tr("1+10 this month: {0} volunteers look after {1} households; {2} not yet "
                                      "visited.").format(len(summary), sum(s.households for s in summary), due))
        for row, s in enumerate(summary):
            if s.volunteer_id == selected:
                self.people_view.selectRow(row)
        self._show_homes()

    def selected_volunteer(self) -> str | None:
        rows = self.people_view.selectionModel().selectedRows()
        return self.people.rows[rows[0].row()].volunteer_id if rows else None

    def _show_homes(self) -> None:
        vid = self.selected_volunteer()
        homes = [h for h in self.households if vid is None or h.volunteer_id == vid]
        if self.overdue_only.isChecked():
            homes = [h for h in homes if h.overdue]
        self.homes.set_rows(homes)

    def selected_household(self):
        rows = self.homes_view.selectionModel().selectedRows()
        return self.homes.rows[rows[0].row()] if rows else None

    def assign(self):
        dialog = HouseholdDialog(self.ctx, self.selected_volunteer(), self)
        dialog.open()
        return dialog

    def edit(self):
        household = self.selected_household()
        if household is None:
            return None
        dialog = HouseholdDialog(self.ctx, parent=self, household=household)
        dialog.open()
        return dialog

    def visit(self):
        household = self.selected_household()
        if household is None:
            QMessageBox.information(self, self.tr("Record a visit"), self.tr("Select a household first."))
            return None
        dialog = VisitDialog(self.ctx, household, self)
        dialog.open()
        return dialog

    def remove(self) -> None:
        household = self.selected_household()
        if household is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove household"), self.tr(
            "Stop looking after the household of {0}? Its visit records are kept.").format(household.head_name))
        if answer == QMessageBox.StandardButton.Yes:
            run(self, svc.remove_household, self.ctx.db, household.id, actor=self.ctx.actor, mutates=True,
                            parent=self)
