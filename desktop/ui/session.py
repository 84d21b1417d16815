"""From start to a signed-in window: login or first account, recovery of a corrupt file, the guards.

- open_session: the login dialog when the PC has accounts (else the plain,
  unprotected station opens as before); a corrupt or zero-byte file offers
  the newest good backup.
- ensure_head_account: a station without accounts must get the head's
  password before the window opens (first run, or an upgrade).
- start_guards: idle lock, what the role may see, the daily automatic backup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop.db import Database, default_data_dir
from desktop.errors import CorruptDatabase
from desktop.services import accounts
from desktop.ui.context import AppContext
from desktop.ui.ops import ErrorReporter, Ops

# Page key -> permission needed to see it (desktop.services.accounts.PERMISSIONS).
PAGE_PERMISSION = {"audit": "audit", "signin": "kiosk"}
KIOSK_PAGES = {"signin"}


def _t(text: str) -> str:
    return QCoreApplication.translate("Session", text)


def offer_recovery(parent, data_dir: Path, error: CorruptDatabase) -> bool:
    """Ask to restore the newest good backup; True when it was put in place."""
    from desktop.services.restore import recover_from_backup

    if error.backup is None:
        QMessageBox.critical(parent, _t("Station Desk"), error.message)
        return False
    answer = QMessageBox.question(parent, _t("Station Desk"),
                                  error.message + "\n\n" + _t("Restore this backup now?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    recover_from_backup(data_dir, getattr(error, "key", None), error.backup)
    return True


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
                db = Database(data_dir)
        except CorruptDatabase as error:
            if offer_recovery(None, data_dir, error):
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

        ctx.ops.db(try_escrow, ctx.db, on_error=lambda _error: True)  # once: the county can reset a password
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
    QCoreApplication.translate("Session", "Restore this backup now?")
    QCoreApplication.translate("Session", "Today's automatic backup: {0}")
    QCoreApplication.translate("Navigation", "Audit log")
