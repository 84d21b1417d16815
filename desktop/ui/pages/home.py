"""Home 首页: the station at a glance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.services.summary import Summary, station_summary
from desktop.ui.page_header import PageHeader
from desktop.ui.targets_widget import TargetsWidget
from desktop.ui.when_shown import when_shown

CARD = "QFrame#card { background: white; border: 1px solid #e0d6c8; border-radius: 6px; }"


class _Card(QFrame):
    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD)
        layout = QVBoxLayout(self)
        self.value = QLabel("—")
        self.value.setStyleSheet("font-size: 28px; font-weight: bold; color: #b71c1c;")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #555;")
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.header = PageHeader()
        self.title, self.subtitle = self.header.title, self.header.intro
        self.subtitle.setWordWrap(False)
        self.subtitle.setVisible(True)
        layout.addWidget(self.header)
        grid = QGridLayout()
        grid.setSpacing(12)
        captions = [
            ("volunteers_active", self.tr("Volunteers on the roster")),
            ("party_members", self.tr("Party members among them")),
            ("teams", self.tr("Volunteer teams")),
            ("activities_month", self.tr("Activities this month")),
            ("lectures_month", self.tr("Theory lectures this month")),
            ("activities_year", self.tr("Activities this year")),
            ("volunteers_exited", self.tr("Volunteers who have left")),
            ("pending_changes", self.tr("Changes not yet synced")),
            ("requests_open", self.tr("Residents' requests waiting")),
            ("requests_overdue", self.tr("Requests past their response time")),
        ]
        self.cards: dict[str, _Card] = {}
        for index, (key, caption) in enumerate(captions):
            card = _Card(caption)
            self.cards[key] = card
            grid.addWidget(card, index // 4, index % 4)
        layout.addLayout(grid)
        self.targets = TargetsWidget(ctx)
        layout.addWidget(self.targets)
        layout.addStretch(1)
        hint = QLabel(self.tr("Use the menu on the left: Volunteers for the roster, Settings for the station's details."))
        hint.setAlignment(Qt.AlignmentFlag.AlignLeft)
        hint.setStyleSheet("color: #5f5f5f;")  # WCAG AA on the window grey
        layout.addWidget(hint)
        self._refresh_later = when_shown(self, self.refresh)  # not while another page is on screen
        ctx.db_changed.connect(self._refresh_later)
        ctx.signals.station_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.ops.db(station_summary, self.ctx.db, on_done=self.show_summary)

    def show_summary(self, summary: Summary) -> None:
        station = summary.station
        self.title.setText(station.name if station else self.tr("Station Desk"))
        if station:
            place = " · ".join(p for p in (station.county, station.town, station.village) if p)
            head = self.tr("Station head: {0}").format(station.head_name) if station.head_name else ""
            self.subtitle.setText("    ".join(p for p in (place, head) if p))
        for key, card in self.cards.items():
            card.value.setText(str(getattr(summary, key)))
        late = self.cards["requests_overdue"].caption  # flagged: past the menu item's response time
        late.setStyleSheet("color: #c62828; font-weight: bold;" if summary.requests_overdue else "color: #555;")
