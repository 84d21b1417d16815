"""The 积分 page: balances, the 爱心超市 and the rules, as tabs, with the overdraft
banner (negative balance or stock after sync) on top."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services import points
from desktop.ui.page_header import PageHeader
from desktop.ui.points.balances import BalancesView
from desktop.ui.points.goods_view import GoodsView
from desktop.ui.points.rules_view import RulesView
from desktop.ui.roster import alive


def derive_and_flag(db):
    """Worker: run the rules (idempotent), then the flags to show."""
    from desktop.services.points_rules import derive

    report = derive(db)
    return report, points.flags(db)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.header = PageHeader(self.tr("Points, time bank and love supermarket"))
        layout.addWidget(self.header)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3e0; color: #b71c1c; padding: 6px;")
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.balances = BalancesView(ctx)
        self.goods = GoodsView(ctx)
        self.rules = RulesView(ctx)
        self.tabs.addTab(self.balances, self.tr("Balances"))
        self.tabs.addTab(self.goods, self.tr("Love supermarket"))
        self.tabs.addTab(self.rules, self.tr("Rules"))
        layout.addWidget(self.tabs, 1)
        self.flags: list = []
        self._deriving = False
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(1500)  # many quick edits elsewhere: one rule run after them
        self._later.timeout.connect(self.derive)
        ctx.db_changed.connect(self._changed)
        # the rule run (and its flags' full sum) after the first screenful: the page opens first
        self.balances.first_shown.connect(self._first_shown)
        self.balances.all_shown.connect(self._first_shown)
        self._started = False

    def _first_shown(self) -> None:
        if not self._started:
            self._started = True
            self.derive()

    def derive(self) -> None:
        """Bring rule points up to date, behind the user's own database work (a background
        step on the database worker); the tables refresh when something changed."""
        if self._deriving:
            self._later.start()
            return
        self._deriving = True
        ops = self.ctx.ops
        ops.net(lambda: ops.on_db(derive_and_flag, self.ctx.db), on_done=alive(self, self._derived),
                on_error=alive(self, self._derive_failed))

    def _derive_failed(self, _error) -> bool:
        self._deriving = False
        return False

    def _derived(self, result) -> None:
        self._deriving = False
        report, self.flags = result
        self.show_flags(self.flags)
        if report.added or report.voided:
            self.refresh()

    def show_flags(self, flags) -> None:
        if not flags:
            self.banner.setVisible(False)
            return
        lines = []
        for f in flags:
            if f.kind == "balance":
                lines.append(self.tr("{0}: {1} balance {2} (overdrawn on two PCs while offline)").format(
                    f.name, f.scheme, points.fmt_amount(f.amount)))
            else:
                lines.append(self.tr("{0}: stock {1} (issued on two PCs while offline)").format(f.name, f.amount))
            lines += [f"　　{cause}" for cause in f.causes]
        self.banner.setText(self.tr("To settle:") + "\n" + "\n".join(lines))
        self.banner.setVisible(True)

    def refresh(self) -> None:
        self.balances.refresh()
        self.goods.refresh()
        self.rules.refresh()

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
            self._later.start()
