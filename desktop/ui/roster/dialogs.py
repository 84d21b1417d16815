"""Add/edit a volunteer with live checks and duplicate detection; exit with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.errors import UserError, ValidationError
from desktop.services.roster import Duplicate, RosterRow, check_duplicates, merge_volunteers
from desktop.services.volunteers import add_volunteer, edit_volunteer, exit_volunteer
from desktop.ui.forms import FormFooter, scroll_body
from desktop.ui.ops import Change, volunteer_change
from desktop.ui.roster import alive, run
from desktop.validators import POLITICAL_STATUSES, normalize_name, normalize_phone, parse_id_card

OK_STYLE = "color: #2e7d32;"
BAD_STYLE = "color: #c62828;"
EXIT_REASONS = ("外出务工", "身体原因", "本人申请", "迁出本村", "年龄原因", "长期不参加活动", "去世")


def _checklist(items: list[str], checked: tuple[str, ...]) -> QListWidget:
    widget = QListWidget()
    for text in list(items) + [c for c in checked if c not in items]:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if text in checked else Qt.CheckState.Unchecked)
        widget.addItem(item)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


class VolunteerDialog(QDialog):
    saved = Signal(str)  # volunteer id
    open_requested = Signal(str)  # the user chose to open an existing (duplicate) record

    def __init__(self, ctx, row: RosterRow | None, teams: list[str], tags: list[str], parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.row = ctx, row
        self.duplicates: list[Duplicate] = []
        self.setWindowTitle(self.tr("Add volunteer") if row is None else self.tr("Edit volunteer"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.name = QLineEdit(row.name if row else "")
        self.id_card = QLineEdit(row.id_card if row else "")
        self.id_card.setPlaceholderText(self.tr("18 characters; the last may be X"))
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.gender = QComboBox()
        self.gender.addItem(self.tr("Not given"), "")
        self.gender.addItem("男", "男")
        self.gender.addItem("女", "女")
        self.gender.setCurrentIndex(max(self.gender.findData(row.gender if row else ""), 0))
        self.birth = QLabel(row.birth_date.isoformat() if row and row.birth_date else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.phone_hint = QLabel()
        self.phone_hint.setWordWrap(True)
        self.political = QComboBox()
        self.political.addItem(self.tr("Not given"), "")
        for status in POLITICAL_STATUSES:
            self.political.addItem(status, status)
        self.political.setCurrentIndex(max(self.political.findData(row.political_status if row else ""), 0))
        self.teams = _checklist(teams, row.teams if row else ())
        self.tags = _checklist(tags, row.tags if row else ())
        self.skills = QLineEdit(row.skills if row else "")
        self.join_date = QDateEdit()
        self.join_date.setCalendarPopup(True)
        self.join_date.setDisplayFormat("yyyy-MM-dd")
        self.join_date.setDate(QDate(row.join_date) if row and row.join_date else QDate.currentDate())
        self.platform_no = QLineEdit(row.platform_no if row else "")
        self.address = QLineEdit(row.address if row else "")
        self.note = QLineEdit(row.note if row else "")
        form.addRow(self.tr("Name *"), self.name)
        form.addRow(self.tr("ID number"), self.id_card)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Birth date"), self.birth)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow("", self.phone_hint)
        form.addRow(self.tr("Political status"), self.political)
        form.addRow(self.tr("Teams"), self.teams)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Skills"), self.skills)
        form.addRow(self.tr("Joined on"), self.join_date)
        form.addRow(self.tr("Platform number"), self.platform_no)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Note"), self.note)

        self.dup_box = QFrame()
        self.dup_box.setFrameShape(QFrame.Shape.StyledPanel)
        dup_layout = QHBoxLayout(self.dup_box)
        self.dup_label = QLabel()
        self.dup_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open that record"))
        self.merge_button = QPushButton(self.tr("Merge"))
        dup_layout.addWidget(self.dup_label, 1)
        dup_layout.addWidget(self.open_button)
        dup_layout.addWidget(self.merge_button)
        self.dup_box.hide()
        self.error = QLabel()
        self.error.setStyleSheet(BAD_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        if row is not None and row.status == "exited":
            left = QLabel(self.tr("Left the roster on {0}: {1}. Use “Re-activate” in the roster to bring "
                                  "this volunteer back.").format(row.exit_date or "", row.exit_reason))
            left.setWordWrap(True)
            left.setStyleSheet("color: #6b6b6b;")
            layout.addWidget(left)
        layout.addLayout(form)
        scroll_body(layout)  # scrolls when large type makes the form taller than the screen
        layout.addWidget(self.dup_box)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(250)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self.id_card.textChanged.connect(self._id_changed)
        self.phone.textChanged.connect(self._phone_changed)
        self.name.textChanged.connect(lambda _t: self._dup_timer.start())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_duplicate)
        self.merge_button.clicked.connect(self._merge_duplicate)
        self._id_changed(self.id_card.text())
        self._phone_changed(self.phone.text())

    # --- live checks ----------------------------------------------------------
    def _id_changed(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.id_hint.setText("")
        else:
            try:
                card = parse_id_card(text)
            except ValidationError as error:
                done = len(text.replace(" ", "")) >= 18
                self.id_hint.setStyleSheet(BAD_STYLE if done else "")
                self.id_hint.setText(error.message if done else self.tr("{0} of 18 characters").format(len(text)))
            else:
                self.id_hint.setStyleSheet(OK_STYLE)
                self.id_hint.setText(self.tr("Valid: born {0}, {1}").format(card.birth_date.isoformat(), card.gender))
                self.birth.setText(card.birth_date.isoformat())
                self.gender.setCurrentIndex(self.gender.findData(card.gender))
        self._dup_timer.start()

    def _phone_changed(self, text: str) -> None:
        if not text.strip():
            self.phone_hint.setText("")
        else:
            try:
                normalize_phone(text)
            except ValidationError as error:
                self.phone_hint.setStyleSheet(BAD_STYLE)
                self.phone_hint.setText(error.message)
            else:
                self.phone_hint.setStyleSheet(OK_STYLE)
                self.phone_hint.setText(self.tr("Valid"))
        self._dup_timer.start()

    def _lookup_keys(self) -> dict[str, str | None]:
        try:
            card = parse_id_card(self.id_card.text()).number if self.id_card.text().strip() else None
        except ValidationError:
            card = None
        try:
            phone = normalize_phone(self.phone.text())
        except ValidationError:
            phone = ""
        return {"id_card": card, "name": normalize_name(self.name.text()), "phone": phone}

    def check_duplicates(self) -> None:
        keys = self._lookup_keys()
        if not keys["id_card"] and not (keys["name"] and keys["phone"]):
            self._show_duplicates([])
            return
        run(self, check_duplicates, self.ctx.db, exclude=self.row.id if self.row else None,
                        on_done=alive(self, self._show_duplicates), **keys)

    def _show_duplicates(self, found: list[Duplicate]) -> None:
        self.duplicates = found
        if not found:
            self.dup_box.hide()
            return
        dup = found[0]
        state = self.tr("on roster") if dup.status == "active" else self.tr("left")
        self.dup_label.setText(self.tr("Looks like a person already on the roster: {0} ({1}, phone {2}, ID ending {3}, {4}).")
                               .format(dup.name, dup.reason, dup.phone or "—", dup.id_tail or "—", state))
        self.dup_box.show()

    # --- duplicates -------------------------------------------------------------
    def _open_duplicate(self) -> None:
        if self.duplicates:
            self.open_requested.emit(self.duplicates[0].id)
            self.reject()

    def _merge_duplicate(self) -> None:
        if not self.duplicates:
            return
        other = self.duplicates[0]
        if self.row is None:
            # Adding: put what was typed into the existing record, where it has nothing yet.
            fields = self.values()
            run(self, _fill_existing, self.ctx.db, other.id, fields, actor=self.ctx.actor, mutates=True,
                            on_done=lambda _r: self._done(other.id), on_error=self._failed, parent=self)
            return
        answer = QMessageBox.question(self, self.tr("Merge"), self.tr(
            "Merge the other record of {0} into this one? Its teams, tags and households move here, "
            "and the other record is removed.").format(other.name))
        if answer == QMessageBox.StandardButton.Yes:
            run(self, merge_volunteers, self.ctx.db, self.row.id, other.id, actor=self.ctx.actor,
                            mutates=True, on_done=lambda _r: self._done(self.row.id), on_error=self._failed,
                            parent=self)

    # --- save ---------------------------------------------------------------------
    def values(self) -> dict:
        return {
            "name": self.name.text(), "id_card": self.id_card.text(), "gender": self.gender.currentData() or "",
            "phone": self.phone.text(), "political_status": self.political.currentData() or "",
            "skills": self.skills.text(), "tags": _checked(self.tags),
            "join_date": self.join_date.date().toPython(), "platform_no": self.platform_no.text(),
            "address": self.address.text(), "note": self.note.text(),
        }

    def save(self) -> None:
        fields, teams = self.values(), _checked(self.teams)
        self.error.setText("")
        self.buttons.setEnabled(False)
        if self.row is None:
            run(self, add_volunteer, self.ctx.db, teams=teams, actor=self.ctx.actor, mutates=volunteer_change,
                            on_done=lambda v: self._done(v.id), on_error=self._failed, parent=self, **fields)
        else:
            run(self, edit_volunteer, self.ctx.db, self.row.id, teams=teams, actor=self.ctx.actor,
                            mutates=volunteer_change, on_done=lambda v: self._done(v.id), on_error=self._failed, parent=self,
                            **fields)

    def _done(self, volunteer_id: str) -> None:
        self.saved.emit(volunteer_id)
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            return False
        self.error.setText(error.message)
        target = {"name": self.name, "id_card": self.id_card, "phone": self.phone}.get(error.field or "")
        if target is not None:
            target.setFocus()
        return True


def _fill_existing(db, volunteer_id: str, fields: dict, actor: str):
    """Merge on add: typed values fill the existing record's empty fields; teams and tags add up."""
    from desktop.services.volunteers import clean_volunteer, get_volunteer

    current = get_volunteer(db, volunteer_id)
    wanted = clean_volunteer({k: v for k, v in fields.items() if v not in (None, "", [])})
    changes = {k: v for k, v in wanted.items()
               if k not in ("name", "tags") and getattr(current, k) in (None, "")}
    tags = [t for t in current.tags.split(",") if t] + [t for t in wanted.get("tags", "").split(",") if t]
    changes["tags"] = ",".join(dict.fromkeys(tags))
    return edit_volunteer(db, volunteer_id, actor=actor, **changes)


class ExitDialog(FormFooter, QDialog):
    """退出机制: the record stays, with the date and the reason."""

    def __init__(self, ctx, row: RosterRow, parent=None):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("Volunteer leaves"))
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(EXIT_REASONS)
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setPlaceholderText(self.tr("Choose or type the reason"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMaximumDate(QDate.currentDate())
        form.addRow(QLabel(self.tr("{0} leaves the roster. The record and service hours are kept.").format(row.name)))
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Date"), self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_footer(layout, self.tr("Confirm exit"), self.tr("Cancel"), ok=QDialogButtonBox.StandardButton.Ok)

    def save(self) -> None:
        day: date = self.date.date().toPython()
        run(self, exit_volunteer, self.ctx.db, self.row.id, reason=self.reason.currentText(), exit_date=day,
                        actor=self.ctx.actor, mutates=Change("volunteer", (self.row.id,)),
                        on_done=lambda _v: self.accept(),
                        on_error=self._failed, parent=self)

