"""Volunteers 志愿者: the roster table with search (the roster feature extends it)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.services.teams import volunteer_teams
from desktop.services.volunteers import list_volunteers
from desktop.ui.volunteer_model import VolunteerTableModel, roster_rows


def load_roster(db, search: str = ""):
    return roster_rows(list_volunteers(db, search=search), volunteer_teams(db))


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Volunteer roster"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, phone or the end of the ID number"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.count = QLabel()
        bar.addWidget(self.count)
        layout.addLayout(bar)
        self.model = VolunteerTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        ctx.db_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.db(load_roster, self.ctx.db, self.search.text(), on_done=self._loaded)

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("{0} people").format(len(rows)))
