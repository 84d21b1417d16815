"""Sign-in 签到: pick an activity, open the full-screen kiosk; the PIN and the service-hour rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.printing.cards import write_card_sheet
from desktop.progress import Cancelled
from desktop.services import hours, kiosk
from desktop.services.cards import card_data
from desktop.services.hour_rules import ROUNDING_STEPS, HourRules
from desktop.ui.help.hints import with_hint
from desktop.ui.kiosk.cards_dialog import CardChoice, CardsDialog
from desktop.ui.kiosk.window import KioskWindow
from desktop.ui.ops import TaskHandle
from desktop.ui.page_header import PageHeader
from desktop.ui.progress import TaskRows, bind_bar


def load_page(db):
    return kiosk.today_activities(db), kiosk.pin_is_set(db), hours.load_rules(db)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.kiosk_window: KioskWindow | None = None
        self.fullscreen = True  # tests and screenshots open it as a normal window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(PageHeader(self.tr("Sign-in desk"), self.tr(
            "Choose the activity, then open the sign-in desk on this PC. Volunteers sign in and "
            "out themselves; leaving the desk needs the station head's PIN.")))
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.activities = QListWidget()
        self.activities.setStyleSheet("font-size: 15px;")
        self.activities.itemActivated.connect(lambda _item: self.open_kiosk())  # double click or Enter
        self.activities.itemClicked.connect(lambda item: ctx.choose_activity(item.data(Qt.ItemDataRole.UserRole)))
        left.addWidget(self.activities, 1)
        self.open_button = QPushButton(self.tr("Open the sign-in desk (full screen)"))
        self.open_button.setStyleSheet("font-size: 18px; min-height: 44px;")
        self.open_button.clicked.connect(self.open_kiosk)
        left.addWidget(self.open_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        left.addWidget(self.message)
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self._build_pin())
        right.addWidget(self._build_rules())
        self.cards_button = QPushButton(self.tr("Print volunteer QR cards (A4 PDF)…"))
        self.cards_button.setToolTip(self.tr("Cards with name, team and a QR code; volunteers scan them at the "
                                             "sign-in desk"))
        self.cards_button.clicked.connect(self.choose_cards_file)
        right.addWidget(self.cards_button)
        # A sheet for the whole roster (2,000 volunteers: 200 pages) takes a while: a bar with Cancel, then
        # the result with "Open the file".
        self.card_rows = TaskRows(self.tr("Open the file"), self.open_cards, self.cards_button.setEnabled, self)
        self.card_rows.add_to(right)
        self.cards_saved: Path | None = None
        right.addStretch(1)
        body.addLayout(right, 2)
        layout.addLayout(body, 1)
        self._kiosk_for: str | None = None  # another page asked for the kiosk of this activity
        ctx.signals.kiosk_requested.connect(self.request_kiosk)
        ctx.db_changed.connect(self.refresh)
        self.refresh()

    def _build_pin(self) -> QGroupBox:
        box = QGroupBox(self.tr("Station head's PIN"))
        form = QFormLayout(box)
        self.pin_state = QLabel()
        form.addRow(self.pin_state)
        self.pin_edit = QLineEdit()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(8)
        self.pin_edit.setPlaceholderText(self.tr("6 to 8 digits"))
        form.addRow(self.tr("New PIN"), self.pin_edit)
        self.pin_button = QPushButton(self.tr("Set PIN"))
        self.pin_button.clicked.connect(self.set_pin)
        form.addRow(self.pin_button)
        return box

    def _build_rules(self) -> QGroupBox:
        box = QGroupBox(self.tr("Service-hour rules"))
        form = QFormLayout(box)
        self.rounding = QComboBox()
        for step in ROUNDING_STEPS:
            self.rounding.addItem(self.tr("No rounding") if step == 1 else self.tr("{0} minutes").format(step), step)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Round down"), "down")
        self.mode.addItem(self.tr("Round to nearest"), "nearest")
        self.cap = QSpinBox()
        self.cap.setRange(0, 24)
        self.cap.setSuffix(self.tr(" h"))
        self.cap.setSpecialValueText(self.tr("No cap"))
        self.auto = QCheckBox(self.tr("Sign out at the activity's end those who forgot (flagged for review)"))
        self.active = QSpinBox()
        self.active.setRange(1, 1000)
        self.active.setSuffix(self.tr(" h"))
        self.target = QSpinBox()
        self.target.setRange(1, 1000)
        self.target.setSuffix(self.tr(" h"))
        form.addRow(self.tr("Round to"), self.rounding)
        form.addRow(self.tr("Rounding"), self.mode)
        form.addRow(self.tr("Daily cap"), self.cap)
        form.addRow(self.auto)
        form.addRow(self.tr("Active volunteer from"), with_hint(self.active, "active_volunteer"))
        form.addRow(self.tr("Yearly target"), self.target)
        save = QPushButton(self.tr("Save rules"))
        save.clicked.connect(self.save_rules)
        form.addRow(save)
        return box

    # --- data ---------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.db(load_page, self.ctx.db, on_done=self._loaded)

    def _loaded(self, result) -> None:
        activities, pin_set, rules = result
        current = self._kiosk_for or self.selected_activity() or self.ctx.activity_id
        self.activities.clear()
        for a in activities:
            text = f"{a.start_at:%Y-%m-%d %H:%M}  {a.title}" + (f"  · {a.place}" if a.place else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.activities.addItem(item)
            if a.id == current:
                self.activities.setCurrentItem(item)
        if self.activities.currentRow() < 0 and self.activities.count():
            self.activities.setCurrentRow(0)
        if not activities:
            self.message.setText(self.tr("No activity in the last or next seven days. Create one on the "
                                         "Activities page first."))
        self.pin_set = pin_set
        self.pin_state.setText(self.tr("A PIN is set.") if pin_set else
                               self.tr("No PIN yet: set one before opening the sign-in desk."))
        self._show_rules(rules)
        wanted, self._kiosk_for = self._kiosk_for, None
        if wanted is not None and self.kiosk_window is None:
            if self.selected_activity() == wanted:
                self.open_kiosk()
            else:
                self.message.setText(self.tr("The sign-in desk is for today's activities. For an activity on "
                                             "another day, enter its paper sheet on the Activities page."))

    def _show_rules(self, rules: HourRules) -> None:
        self.rounding.setCurrentIndex(max(0, self.rounding.findData(rules.rounding)))
        self.mode.setCurrentIndex(max(0, self.mode.findData(rules.rounding_mode)))
        self.cap.setValue(rules.daily_cap_minutes // 60)
        self.auto.setChecked(rules.auto_signout)
        self.active.setValue(rules.active_hours)
        self.target.setValue(rules.target_hours)

    def request_kiosk(self, activity_id: str) -> None:
        """Open the kiosk for this activity once the list is loaded (the Activities page's button)."""
        self._kiosk_for = activity_id
        self.refresh()

    def selected_activity(self) -> str | None:
        item = self.activities.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    # --- actions ------------------------------------------------------------
    def set_pin(self) -> None:
        def done(_result) -> None:
            self.pin_edit.clear()
            self.message.setText(self.tr("PIN saved."))

        self.ctx.ops.db(kiosk.set_pin, self.ctx.db, self.pin_edit.text(), self.ctx.actor, mutates=True,
                        on_done=done, parent=self)

    def save_rules(self) -> None:
        rules = HourRules(rounding=self.rounding.currentData(), rounding_mode=self.mode.currentData(),
                          daily_cap_minutes=self.cap.value() * 60, auto_signout=self.auto.isChecked(),
                          active_hours=self.active.value(), target_hours=self.target.value())
        self.ctx.ops.db(hours.save_rules, self.ctx.db, rules, self.ctx.actor, mutates=True, parent=self,
                        on_done=lambda _r: self.message.setText(self.tr("Rules saved.")))

    def choose_cards_file(self) -> CardsDialog:
        """Whose cards (everyone, a team, one volunteer), then where to save the sheet."""
        dialog = CardsDialog(self.ctx, self._ask_cards_path, self)
        dialog.open()
        return dialog

    def _ask_cards_path(self, choice: CardChoice) -> None:
        name = (self.tr("volunteer QR cards ({0}).pdf").format(choice.label) if choice.label
                else self.tr("volunteer QR cards.pdf"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the QR card sheet"), str(Path.home() / name),
                                                    self.tr("PDF (*.pdf)"))
        if path:
            self.print_cards(path, choice)

    def print_cards(self, path: str, choice: CardChoice = CardChoice()) -> TaskHandle:
        """The QR card sheet of `choice` (default: every active volunteer), as a PDF at `path`: the cards made
        on the database worker, the sheet drawn on the render pool, each with progress and Cancel."""
        rows, db = self.card_rows, self.ctx.db
        task = rows.start(self.tr("Making the QR codes..."))

        def write(cards) -> None:
            if cards is None:
                rows.failed(Cancelled())
                return
            bind_bar(rows.progress, task, self.tr("Writing {0} cards...").format(len(cards)))
            self.ctx.ops.render(lambda task: write_card_sheet(cards, path, progress=task.progress()), task=task,
                                on_done=lambda pages: done(len(cards), pages), on_error=rows.failed, parent=self)

        def done(count: int, pages: int | None) -> None:
            if pages is None:
                rows.failed(Cancelled())
                return
            self.cards_saved = Path(path)
            rows.finish(self.tr("{0} cards saved to {1}. Print them on A4 and cut along the dashed lines.")
                        .format(count, path))
            rows.open_button.setVisible(True)

        ids = [choice.volunteer_id] if choice.volunteer_id else None
        self.ctx.ops.db(lambda task: card_data(db, ids, team=choice.team, progress=task.progress()), task=task,
                        on_done=write, on_error=rows.failed, parent=self)
        return task

    def open_cards(self) -> None:
        if self.cards_saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.cards_saved)))

    def open_kiosk(self) -> KioskWindow | None:
        activity_id = self.selected_activity()
        if activity_id is None:
            self.message.setText(self.tr("Choose an activity first."))
            return None
        if not getattr(self, "pin_set", False):
            self.message.setText(self.tr("Set the station head's PIN first, so that nobody else can close "
                                         "the sign-in desk."))
            self.pin_edit.setFocus()
            return None
        self.message.clear()
        window = KioskWindow(self.ctx, activity_id)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.closed.connect(self._kiosk_closed)
        self.kiosk_window = window
        if self.fullscreen:
            window.showFullScreen()
        else:
            window.show()
        return window

    def _kiosk_closed(self) -> None:
        self.kiosk_window = None
        self.refresh()
