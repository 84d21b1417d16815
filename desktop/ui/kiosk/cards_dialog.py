"""Whose QR cards to print: every volunteer on the roster, one team, or one volunteer (a new one, or a card
lost or worn out), so that a single card is not a 200-page sheet. The sign-in page then asks where to save
the PDF and draws it (desktop.ui.pages.signin.Page.print_cards)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QDialog, QFormLayout, QRadioButton, QVBoxLayout

from desktop.services.teams import list_teams
from desktop.ui.forms import FormFooter
from desktop.ui.points.dialogs import VolunteerPicker
from desktop.ui.roster import alive


@dataclass(frozen=True)
class CardChoice:
    """What `card_data` takes: a team's name, or one volunteer's id; neither is every active volunteer.
    `label` names the choice in the file's default name (empty for everyone)."""

    team: str | None = None
    volunteer_id: str | None = None
    label: str = ""


class CardsDialog(FormFooter, QDialog):
    def __init__(self, ctx, on_choice, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Print volunteer QR cards"))
        self.setMinimumWidth(480)
        self.on_choice = on_choice
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.everyone = QRadioButton(self.tr("Everyone on the roster"))
        self.one_team = QRadioButton(self.tr("One team"))
        self.one_person = QRadioButton(self.tr("One volunteer (a new one, or a lost card)"))
        self.group = QButtonGroup(self)
        for button in (self.everyone, self.one_team, self.one_person):
            self.group.addButton(button)
        self.everyone.setChecked(True)
        self.team = QComboBox()
        self.team.setEnabled(False)
        self.picker = VolunteerPicker(ctx)
        self.picker.setEnabled(False)
        form.addRow(self.everyone)
        form.addRow(self.one_team, self.team)
        form.addRow(self.one_person)
        form.addRow(self.picker)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save as PDF…"), self.tr("Cancel"))
        self.one_team.toggled.connect(self.team.setEnabled)
        self.one_person.toggled.connect(self.picker.setEnabled)
        self.one_person.toggled.connect(lambda on: on and self.picker.search.setFocus())
        ctx.ops.db(list_teams, ctx.db, on_done=alive(self, self._teams))

    def _teams(self, teams) -> None:
        for team in teams:
            self.team.addItem(team.name, team.name)
        if not teams:
            self.one_team.setEnabled(False)

    def choice(self) -> CardChoice | None:
        """The choice, or None after saying on the error line what is missing."""
        if self.one_team.isChecked():
            name = self.team.currentData()
            if not name:
                self.error.setText(self.tr("Choose the team."))
                return None
            return CardChoice(team=name, label=name)
        if self.one_person.isChecked():
            volunteer_id = self.picker.volunteer_id()
            if volunteer_id is None:
                self.error.setText(self.tr("Type the volunteer's name, initials or phone, then choose them in the list."))
                self.picker.search.setFocus()
                return None
            card = self.picker.index.get(volunteer_id)  # the search index the picker listed them from
            return CardChoice(volunteer_id=volunteer_id, label=card.name if card else "")
        return CardChoice()

    def save(self) -> None:
        choice = self.choice()
        if choice is not None:
            self.accept()
            self.on_choice(choice)
