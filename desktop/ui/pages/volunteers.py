"""Volunteers 志愿者: the roster, the teams and 1+10, as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.ui.page_header import PageHeader
from desktop.ui.roster.households import HouseholdsView
from desktop.ui.roster.roster_view import RosterView
from desktop.ui.roster.teams import TeamsView


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Volunteer roster")))
        self.tabs = QTabWidget()
        self.roster = RosterView(ctx)
        self.teams = TeamsView(ctx)
        self.households = HouseholdsView(ctx)
        self.tabs.addTab(self.roster, self.tr("Roster"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.tabs.addTab(self.households, self.tr("1+10 households"))
        layout.addWidget(self.tabs, 1)
        # kept for callers of the first version of this page
        self.search, self.model, self.table, self.count = (self.roster.search, self.roster.model,
                                                           self.roster.table, self.roster.count)

    def refresh(self) -> None:
        self.roster.refresh()
