"""From start to a signed-in window: login or first account, recovery of a corrupt file, the guards.

- open_session: the login dialog when the PC has accounts (else the plain,
  unprotected station opens as before); a corrupt or zero-byte file offers
  the newest good backup or, on an enrolled PC, a rebuild from the county
  (RecoveryDialog).
- ensure_head_account: a station without accounts must get the head's
  password before the window opens (first run, or an upgrade).
- start_guards: idle lock, what the role may see, the daily automatic backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout

from desktop.errors import CorruptDatabase
from desktop.paths import default_data_dir
from desktop.services import accounts
from desktop.ui.context import AppContext
from desktop.ui.ops import ErrorReporter, Ops

# Page key -> permission needed to see it (desktop.services.accounts.PERMISSIONS).
PAGE_PERMISSION = {"audit": "audit", "signin": "kiosk"}
KIOSK_PAGES = {"signin"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class RecoveryDialog(QDialog):
    """The data file does not open: restore the newest good backup, or (an enrolled PC) rebuild it from the county.

    Both keep the damaged file aside and the unsent changes that can still be
    read from it (desktop.services.restore, desktop.services.rebuild); the
    work runs off the GUI thread.
    """

    def __init__(self, data_dir: Path, ops, error: CorruptDatabase, parent=None):
        from desktop.services.rebuild import can_rebuild
        from desktop.ui.login import LARGE

        super().__init__(parent)
        self.data_dir, self.ops, self.error = data_dir, ops, error
        self.key = getattr(error, "key", None)
        self.setWindowTitle(self.tr("Station Desk — the data file does not open"))
        self.setStyleSheet(LARGE)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("The data file does not open"))
        title.setObjectName("loginTitle")
        layout.addWidget(title)
        message = QLabel(error.message)
        message.setWordWrap(True)
        message.setStyleSheet("font-size: 18px;")
        layout.addWidget(message)
        self.restore_button = QPushButton(self.tr("Restore the newest good backup"))
        self.restore_button.setObjectName("primary")
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setVisible(error.backup is not None)
        layout.addWidget(self.restore_button)
        self.resync_button = QPushButton(self.tr("Fetch the station's data again from the county"))
        self.resync_button.clicked.connect(self.resync)
        self.resync_button.setVisible(can_rebuild(data_dir, self.key))
        layout.addWidget(self.resync_button)
        hint = QLabel(self.tr("Either way the damaged file is kept in the data folder, and changes not yet sent to "
                              "the county are taken over from it where it can still be read."))
        hint.setWordWrap(True)
        hint.setStyleSheet("font-size: 16px; color: #555;")
        layout.addWidget(hint)
        self.status = QLabel()
        self.status.setObjectName("loginError")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        layout.addWidget(close)

    def _busy(self, text: str) -> None:
        self.restore_button.setEnabled(False)
        self.resync_button.setEnabled(False)
        self.status.setText(text)

    def restore(self) -> None:
        from desktop.services.restore import recover_from_backup

        self._busy(self.tr("Restoring the backup…"))
        self.ops.db(recover_from_backup, self.data_dir, self.key, self.error.backup,
                    on_done=lambda _path: self.accept(), on_error=self._failed)

    def resync(self) -> None:
        from desktop.services.rebuild import rebuild_from_county

        self._busy(self.tr("Fetching the station's data from the county; this can take a few minutes…"))
        self.ops.net(rebuild_from_county, self.data_dir, self.key, on_done=lambda _result: self.accept(),
                     on_error=self._failed)

    def _failed(self, error: BaseException) -> bool:
        from desktop.errors import UserError

        self.restore_button.setEnabled(True)
        self.resync_button.setEnabled(True)
        if isinstance(error, UserError):
            self.status.setText(error.message)
            return True
        return False


def offer_recovery(parent, data_dir: Path, error: CorruptDatabase, ops=None) -> bool:
    """Offer the newest good backup or a rebuild from the county; True when a working file is in place."""
    from desktop.services.rebuild import can_rebuild

    if error.backup is None and not can_rebuild(data_dir, getattr(error, "key", None)):
        QMessageBox.critical(parent, _t("Station Desk"), error.message)
        return False
    own = ops is None
    if own:
        ops = Ops(ErrorReporter(Path(data_dir) / "logs"))
    try:
        return RecoveryDialog(Path(data_dir), ops, error, parent).exec() == QDialog.DialogCode.Accepted
    finally:
        if own:
            ops.shutdown()


def open_session(data_dir: Path | None, *, login_factory=None) -> AppContext | None:
    from desktop.ui.login import LoginDialog

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    reporter = ErrorReporter(data_dir / "logs")
    ops = Ops(reporter)
    for _attempt in range(3):
        try:
            if accounts.has_accounts(data_dir):
                dialog = (login_factory or LoginDialog)(data_dir, ops)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    ops.shutdown()
                    return None
                if dialog.corrupt is not None:
                    raise dialog.corrupt
                db = dialog.db
            else:
                from desktop.db import Database

                db = Database(data_dir)
        except CorruptDatabase as error:
            if offer_recovery(None, data_dir, error, ops):
                continue
            ops.shutdown()
            return None
        actor = db.user.username if db.user is not None else "站长"
        return AppContext(db=db, ops=ops, reporter=reporter, actor=actor)
    ops.shutdown()
    return None


def ensure_head_account(ctx: AppContext) -> bool:
    """True when the station has accounts (creating the head's now if it has none)."""
    from desktop.services.station import get_station
    from desktop.ui.login import CreateHeadDialog

    if accounts.has_accounts(ctx.db.data_dir):
        return True
    station = get_station(ctx.db)
    dialog = CreateHeadDialog(ctx.db, ctx.ops, station.head_name if station else "")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    ctx.actor = ctx.db.user.username
    return True


def allowed_pages(user) -> set[str] | None:
    """Page keys `user` may open; None means every page."""
    from desktop.ui import pages

    if user is None:
        return None
    if user.role == "kiosk":
        return set(KIOSK_PAGES)
    return {s.key for s in pages.PAGES if user.can(PAGE_PERMISSION.get(s.key, "data"))}


def apply_role(window, user) -> None:
    allowed = allowed_pages(user)
    if allowed is None:
        return
    for row, key in enumerate(window._keys):
        window.nav.item(row).setHidden(key not in allowed)
    if window._keys[window.nav.currentRow()] not in allowed:
        window.show_page(next(k for k in window._keys if k in allowed))


def start_guards(ctx: AppContext, window, *, daily_backup: bool = True) -> None:
    from desktop.services.backup import automatic_backup
    from desktop.services.station import get_setting
    from desktop.ui.login import DEFAULT_IDLE_MINUTES, IDLE_SETTING, IdleLock

    apply_role(window, ctx.db.user)
    if ctx.db.key is not None:
        from desktop.services.recovery import try_escrow

        # once: the county can reset a password. HTTP, so on the network pool, not the database worker
        ctx.ops.net(try_escrow, ctx.db, on_error=lambda _error: True)
    if ctx.db.user is not None:
        minutes = get_setting(ctx.db, IDLE_SETTING, DEFAULT_IDLE_MINUTES)
        window.idle_lock = IdleLock(ctx, window, float(minutes or DEFAULT_IDLE_MINUTES))
    if daily_backup:
        def done(result):
            if result is not None:
                window.statusBar().showMessage(_t("Today's automatic backup: {0}").format(result.path.name), 10_000)

        def failed(error) -> bool:
            window.statusBar().showMessage(str(error), 30_000)
            return True

        ctx.ops.db(automatic_backup, ctx.db, "daily", on_done=done, on_error=failed)


# lupdate does not see the strings above through _t(); list them for it.
if False:  # pragma: no cover
    QCoreApplication.translate("Session", "Station Desk")
    QCoreApplication.translate("Session", "Today's automatic backup: {0}")
    QCoreApplication.translate("Navigation", "Audit log")
