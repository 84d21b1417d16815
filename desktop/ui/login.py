"""Signing in, the first head account, and the idle lock; large type for elderly station heads.

- LoginDialog: pick the account, type the password; the database opens
  (desktop.services.accounts.sign_in) in a worker and comes back as `.db`.
  It paints before the database layer and the main window's modules are loaded;
  once painted it loads them on the database worker (`preload`), so they are in
  memory by the time the password is typed (the sign-in queues behind them).
- CreateHeadDialog: first run (or an old station without accounts): the head
  sets a password; the data is encrypted with a new key.
- IdleLock + LockScreen: after the idle time (setting `security.idle_minutes`,
  default 10) an overlay covers the window until the account's password is typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import CorruptDatabase, UserError
from desktop.services import accounts

LARGE = """
QDialog, QFrame#lockScreen { background: #f5f0e6; }
QLabel { font-size: 22px; }
QLabel#loginTitle { font-size: 30px; font-weight: bold; color: #8e1515; }
QLabel#loginError { color: #b71c1c; font-size: 20px; }
QLineEdit, QComboBox { font-size: 24px; min-height: 48px; padding: 2px 8px; }
QPushButton { font-size: 24px; min-height: 56px; padding: 4px 24px; }
QPushButton#primary { background: #b71c1c; color: white; border-radius: 6px; }
"""
DEFAULT_IDLE_MINUTES = 10
IDLE_SETTING = "security.idle_minutes"
# What the main window needs beyond the database layer, loaded while the password is typed.
WINDOW_MODULES = ("desktop.ui.main_window", "desktop.ui.pages", "desktop.ui.sync_status", "desktop.ui.targets_widget",
                  "desktop.ui.help.panel", "desktop.ui.update_banner", "desktop.services.station",
                  "desktop.services.backup", "desktop.services.recovery", "desktop.services.request_queries")


def preload() -> None:
    """Load the database layer and the main window's modules (on the database worker: one thread, so
    no two threads import one module at once). Anything that fails here is only loaded again later,
    where its error is reported as usual."""
    import importlib

    try:
        accounts.preload()
        for name in WINDOW_MODULES:
            importlib.import_module(name)
        from desktop.ui import pages

        importlib.import_module(pages.PAGES[0].module)  # the page the window opens on
    except Exception:  # noqa: BLE001, S110 (the real import, later, reports it)
        pass


class _FirstPaint(QObject):
    """Calls `then` once, just after the watched widget's first paint."""

    def __init__(self, widget: QWidget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """Sign in; on success `self.db` is the open Database with `.user` set."""

    def __init__(self, data_dir, ops, parent=None):
        super().__init__(parent)
        self.data_dir, self.ops, self.db, self.corrupt = data_dir, ops, None, None
        self.setWindowTitle(self.tr("Station Desk — sign in"))
        self.setStyleSheet(LARGE)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        title = QLabel(self.tr("Please sign in"))
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.user = QComboBox()
        self.user.setEditable(True)  # an account made on another PC of the station: type its name (the county checks it)
        for account in accounts.login_names(data_dir):
            self.user.addItem(f"{account.username}（{account.role_name}）", account.username)
        self.password = _password_edit()
        self.password.returnPressed.connect(self.submit)
        form.addRow(self.tr("Account"), self.user)
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("Sign in"))
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(self.ok_button)
        hint = QLabel(self.tr("Forgot the password? Ask the county centre for a one-time reset code."))
        hint.setWordWrap(True)
        hint.setStyleSheet("font-size: 18px; color: #555;")
        layout.addWidget(hint)
        self.reset_button = QPushButton(self.tr("I have a reset code…"))
        self.reset_button.setStyleSheet("font-size: 18px; min-height: 40px;")
        self.reset_button.clicked.connect(self.open_reset)
        layout.addWidget(self.reset_button)
        self.password.setFocus()
        self.preloading = False
        _FirstPaint(self, self._preload)

    def _preload(self) -> None:
        if not self.preloading:  # (not once the sign-in is under way: it loads what it needs itself)
            self.preloading = True
            self.ops.db(preload, on_error=lambda _error: True)

    def open_reset(self) -> ResetDialog:
        dialog = ResetDialog(self.data_dir, self.ops, self.username(), self)
        dialog.accepted.connect(lambda: self.error.setText(self.tr("New password set. Please sign in with it.")))
        dialog.open()
        return dialog

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.preloading = True  # a password typed before the preload began: no preload queued behind it
        self.error.clear()
        self.ok_button.setEnabled(False)
        self.ops.db(accounts.sign_in, self.data_dir, self.username(), self.password.text(),
                    on_done=self._signed_in, on_error=self._failed)

    def username(self) -> str:
        """The chosen account, or the name typed in (an account of the station not yet used on this PC)."""
        index = self.user.findText(self.user.currentText())
        return self.user.itemData(index) if index >= 0 else self.user.currentText().strip()

    def _signed_in(self, db) -> None:
        self.db = db
        self.accept()

    def _failed(self, error: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(error, CorruptDatabase):  # the caller offers the newest good backup
            self.corrupt = error
            self.accept()
            return True
        if isinstance(error, UserError):
            self.error.setText(error.message)
            return True
        return False


class ResetDialog(QDialog):
    """A forgotten password: the county's one-time code and a new password (twice)."""

    def __init__(self, data_dir, ops, username: str, parent=None):
        super().__init__(parent)
        self.data_dir, self.ops, self.username = data_dir, ops, username
        self.setWindowTitle(self.tr("Reset the password"))
        self.setStyleSheet(LARGE)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH")
        self.password, self.again = _password_edit(), _password_edit()
        form.addRow(self.tr("Account"), QLabel(username))
        form.addRow(self.tr("Reset code"), self.code)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Again"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("Set the new password"))
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(self.ok_button)

    def submit(self) -> None:
        from desktop.services.recovery import reset_password

        self.error.clear()
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ. Please type them again."))
            return
        self.ok_button.setEnabled(False)
        self.ops.net(reset_password, self.data_dir, self.username, self.code.text(), self.password.text(),
                     on_done=lambda _none: self.accept(), on_error=self._failed)

    def _failed(self, error: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(error, UserError):
            self.error.setText(error.message)
            return True
        return False


class CreateHeadDialog(QDialog):
    """The station head's account: name and password (twice); encrypts the data."""

    def __init__(self, db, ops, default_name: str = "", parent=None):
        from desktop.services import account_sync

        super().__init__(parent)
        self.db, self.ops = db, ops
        # A reinstalled (or second) PC of a station that already has accounts: sign in with one, checked at the county.
        self.adopting = bool(account_sync.records(db))
        if self.adopting:
            default_name = account_sync.head_record_name(db) or default_name
        self.setWindowTitle(self.tr("Station Desk — the station head's account"))
        self.setStyleSheet(LARGE)
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Sign in with this station's account") if self.adopting
                       else self.tr("Set the station head's password"))
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        intro = QLabel(self.tr("This station already has accounts (made on its other PC). Sign in with your account "
                               "name and password; the county centre checks them, and from then on the data on this "
                               "PC is encrypted.") if self.adopting else
                       self.tr("The roster holds ID numbers. From now on the data on this PC is encrypted and "
                               "opens only with a password. Keep it safe; the county centre can reset it."))
        intro.setWordWrap(True)
        intro.setStyleSheet("font-size: 18px;")
        layout.addWidget(intro)
        form = QFormLayout()
        self.username = QLineEdit(default_name or self.tr("Station head"))
        self.password, self.again = _password_edit(), _password_edit()
        self.again.returnPressed.connect(self.submit)
        form.addRow(self.tr("Account"), self.username)
        form.addRow(self.tr("Password"), self.password)
        if self.adopting:
            self.password.returnPressed.connect(self.submit)
            self.again.hide()
        else:
            form.addRow(self.tr("Again"), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("Sign in") if self.adopting else self.tr("Create the account"))
        self.ok_button.setObjectName("primary")
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(self.ok_button)

    def submit(self) -> None:
        from desktop.services import account_sync

        self.error.clear()
        if self.adopting:
            self.ok_button.setEnabled(False)
            self.ops.db(account_sync.adopt, self.db, self.username.text().strip(), self.password.text(), mutates=True,
                        on_done=lambda _account: self.accept(), on_error=self._failed)
            return
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ. Please type them again."))
            return
        self.ok_button.setEnabled(False)
        self.ops.db(accounts.create_head, self.db, self.username.text(), self.password.text(), mutates=True,
                    on_done=lambda _account: self.accept(), on_error=self._failed)

    def _failed(self, error: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        if isinstance(error, UserError):
            self.error.setText(error.message)
            return True
        return False


class LockScreen(QFrame):
    """Covers its parent window until the signed-in account's password is typed."""

    unlocked = Signal()

    def __init__(self, ctx, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        self.setStyleSheet(LARGE)
        self.setAutoFillBackground(True)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box = QWidget()
        box.setMinimumWidth(480)
        box.setMaximumWidth(640)
        layout = QVBoxLayout(box)
        self.title = QLabel(self.tr("Locked"))
        self.title.setObjectName("loginTitle")
        layout.addWidget(self.title)
        self.who = QLabel()
        self.who.setWordWrap(True)
        layout.addWidget(self.who)
        self.password = _password_edit()
        self.password.returnPressed.connect(self.submit)
        layout.addWidget(self.password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.ok_button = QPushButton(self.tr("Unlock"))
        self.ok_button.setObjectName("primary")
        self.ok_button.setMinimumHeight(64)
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(self.ok_button)
        layout.addSpacing(12)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parent().rect())
        return False

    def lock(self) -> None:
        user = self.ctx.db.user
        name = user.username if user else ""
        self.who.setText(self.tr("The window locked itself after being idle. {0}, type your password to "
                                 "go on.").format(name))
        self.error.clear()
        self.password.clear()
        self.ok_button.setEnabled(True)
        self.setGeometry(self.parent().rect())
        self._cover(True)
        self.show()
        self.raise_()
        self.password.setFocus()

    def _cover(self, on: bool) -> None:
        central = getattr(self.parent(), "centralWidget", lambda: None)()
        if central is not None:
            central.setEnabled(not on)

    @property
    def locked(self) -> bool:
        return self.isVisible()

    def submit(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.ok_button.setEnabled(False)
        self.error.clear()
        db = self.ctx.db
        self.ctx.ops.db(lambda: accounts.unlock_key(db.data_dir, db.user.username, self.password.text()),
                        on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, _result) -> None:
        self._cover(False)
        self.hide()
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> bool:
        self.ok_button.setEnabled(True)
        self.password.clear()
        if isinstance(error, UserError):
            self.error.setText(error.message)
            return True
        return False


class IdleLock(QObject):
    """Locks `window` (a LockScreen over it) after `minutes` without a key press or mouse action."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}

    def __init__(self, ctx, window: QWidget, minutes: float = DEFAULT_IDLE_MINUTES):
        super().__init__(window)
        self.screen = LockScreen(ctx, window)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._idle)
        self.set_minutes(minutes)
        self.screen.unlocked.connect(self.timer.start)
        QApplication.instance().installEventFilter(self)
        self.paused = False

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.INPUT and not self.screen.locked:
            self.timer.start()
        return False

    def _idle(self) -> None:
        if self.paused:  # the kiosk has its own lock
            self.timer.start()
            return
        self.screen.lock()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
