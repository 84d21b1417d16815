"""The teams tab: the county's preset teams, editable (add, rename, describe, reorder, remove)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.roster import add_preset_teams
from desktop.services.teams import add_team, delete_team, edit_team, list_teams, team_sizes
from desktop.ui.flow import FlowLayout
from desktop.ui.forms import FormFooter
from desktop.ui.roster import alive, run
from desktop.ui.when_shown import when_shown


def load_teams(db) -> list[tuple[str, str, str, int, int]]:
    sizes = team_sizes(db)
    return [(t.id, t.name, t.description, sizes.get(t.id, 0), t.sort_order) for t in list_teams(db)]


def move_team(db, teams: list[tuple], row: int, step: int, actor: str) -> None:
    """Swap a team with its neighbour and renumber all (sort orders may be equal after edits elsewhere)."""
    order = [t[0] for t in teams]
    other = row + step
    order[row], order[other] = order[other], order[row]
    for position, team_id in enumerate(order):
        edit_team(db, team_id, actor=actor, sort_order=position)


class TeamModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.teams: list[tuple[str, str, str, int, int]] = []
        self._headers = (self.tr("Team"), self.tr("Active members"), self.tr("Description"))

    def set_teams(self, teams) -> None:
        self.beginResetModel()
        self.teams = list(teams)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.teams)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.teams) or role != Qt.ItemDataRole.DisplayRole:
            return None
        _id, name, description, size, _order = self.teams[index.row()]
        return (name, size, description)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < 3:
            return self._headers[section]
        return None


class TeamDialog(FormFooter, QDialog):
    def __init__(self, ctx, team: tuple | None, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.team = ctx, team
        self.setWindowTitle(self.tr("New team") if team is None else self.tr("Edit team"))
        form = QFormLayout()
        self.name = QLineEdit(team[1] if team else "")
        self.name.setPlaceholderText(self.tr("e.g. 理论宣讲志愿服务队"))
        self.description = QLineEdit(team[2] if team else "")
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("Description"), self.description)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Save"), self.tr("Cancel"))

    def save(self) -> None:
        name, description = self.name.text(), self.description.text()
        if self.team is None:
            run(self, add_team, self.ctx.db, name, description, actor=self.ctx.actor, mutates=True,
                            on_done=lambda _t: self.accept(), on_error=self._failed, parent=self)
        else:
            run(self, edit_team, self.ctx.db, self.team[0], actor=self.ctx.actor, name=name,
                            description=description, mutates=True, on_done=lambda _t: self.accept(),
                            on_error=self._failed, parent=self)



class TeamsView(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        intro = QLabel(self.tr("The teams came from your county's preset; rename, add or remove them to "
                               "match your station. Removing a team keeps its members and past records."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        bar = FlowLayout()  # wraps at large type on a small screen
        self.add_button = QPushButton(self.tr("New team"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.delete_button = QPushButton(self.tr("Remove"))
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.delete_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("District plan: nine teams"), "district")
        self.preset.addItem(self.tr("Changzhi: eight teams"), "changzhi")
        self.preset_button = QPushButton(self.tr("Add missing preset teams"))
        bar.addWidget(self.preset)
        bar.addWidget(self.preset_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addLayout(bar)
        self.model = TeamModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.delete_button.clicked.connect(self.remove)
        self.preset_button.clicked.connect(self.add_preset)
        # read when the tab is in view (a volunteer edit on the roster tab does not re-read them)
        self.refresh_later = when_shown(self, self.refresh)
        ctx.db_changed.connect(self.refresh_later)
        QTimer.singleShot(0, self, self.refresh_later)  # once in its tab: now if that is in view

    def refresh(self) -> None:
        run(self, load_teams, self.ctx.db, on_done=alive(self, self._loaded))

    def _loaded(self, teams) -> None:
        self.model.set_teams(teams)
        self.table.resizeColumnToContents(0)

    def selected(self) -> tuple | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.teams[rows[0].row()] if rows else None

    def edit(self, team: tuple | None):
        if team is None and self.sender() is self.edit_button:
            return None
        dialog = TeamDialog(self.ctx, team, self)
        dialog.open()
        return dialog

    def move(self, step: int) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() + step < len(self.model.teams):
            return
        run(self, move_team, self.ctx.db, self.model.teams, rows[0].row(), step, self.ctx.actor,
                        mutates=True, parent=self)

    def add_preset(self) -> None:
        run(self, add_preset_teams, self.ctx.db, self.preset.currentData(), actor=self.ctx.actor,
                        mutates=True, parent=self, on_done=alive(self, self._preset_added))

    def _preset_added(self, names: list[str]) -> None:
        text = self.tr("Added: {0}").format("、".join(names)) if names else self.tr("All teams of this preset are "
                                                                                 "already here.")
        self.status.setText(text)

    def remove(self) -> None:
        team = self.selected()
        if team is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove team"), self.tr(
            "Remove {0}? Its {1} members stay on the roster; past activities keep the team name.")
            .format(team[1], team[3]))
        if answer == QMessageBox.StandardButton.Yes:
            run(self, delete_team, self.ctx.db, team[0], actor=self.ctx.actor, mutates=True, parent=self)
