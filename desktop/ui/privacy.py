"""The confirmation before full ID numbers are shown (站长 only; each reveal is audited)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from desktop.services.accounts import can
from desktop.services.privacy import reveal_full_ids


def _t(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def confirm_reveal(parent, ctx, scope: str = "roster") -> bool:
    """Ask, then record the reveal; False when the account may not or the head said no."""
    if not can(ctx.db, "full_id"):
        QMessageBox.warning(parent, _t("Full ID numbers"), _t("Only the station head may see full ID numbers."))
        return False
    answer = QMessageBox.question(parent, _t("Full ID numbers"), _t(
        "Full ID numbers are personal information. Showing them is written to the audit log. Show them?"))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    ctx.ops.db(reveal_full_ids, ctx.db, scope, mutates=True)
    return True


# lupdate does not see the strings above through _t(); list them for it.
if False:  # pragma: no cover
    QCoreApplication.translate("Privacy", "Full ID numbers")
    QCoreApplication.translate("Privacy", "Only the station head may see full ID numbers.")
    QCoreApplication.translate("Privacy", "Full ID numbers are personal information. Showing them is written to the audit log. Show them?")
