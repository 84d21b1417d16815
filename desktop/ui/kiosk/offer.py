"""The kiosk's 接单 bar: after a volunteer signs in, a request dispatched to them (or to their team)
is offered in large type with two buttons, so a volunteer without a phone accepts it at the tile."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

OFFER_SECONDS = 20  # long enough to read it out to an elderly volunteer; then the next person's turn


class OfferBar(QFrame):
    accepted = Signal(str, str)  # request id, volunteer id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("kioskOffer")
        self.setStyleSheet("#kioskOffer { background: #e8f5e9; border: 2px solid #2e7d32; border-radius: 8px; }"
                           "#kioskOffer QLabel { font-size: 24px; color: #1b5e20; }"
                           "#kioskOffer QPushButton { font-size: 24px; min-height: 56px; padding: 0 24px; }")
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.take = QPushButton(self.tr("I'll take it"))
        self.take.setObjectName("offerAccept")
        self.take.clicked.connect(self._take)
        layout.addWidget(self.take)
        self.skip = QPushButton(self.tr("Not now"))
        self.skip.setObjectName("offerSkip")
        self.skip.setToolTip(self.tr("The request stays with you; the station head can reassign it"))
        self.skip.clicked.connect(self.hide)
        layout.addWidget(self.skip)
        for button in (self.take, self.skip):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search box keeps the keyboard (scanner)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OFFER_SECONDS * 1000)
        self._timer.timeout.connect(self.hide)
        self.offer = None
        self.volunteer_id = ""
        self.hide()

    def show_offer(self, volunteer_id: str, name: str, offers: list) -> None:
        if not offers:
            return
        self.volunteer_id, self.offer = volunteer_id, offers[0]
        where = " · ".join(x for x in (self.offer.place, self.offer.wanted) if x)
        if self.offer.to_team:
            text = self.tr("{name}, the team {team} has a request: {title} ({number})").format(
                name=name, team=self.offer.to_team, title=self.offer.title, number=self.offer.number)
        else:
            text = self.tr("{name}, a request for you: {title} ({number})").format(
                name=name, title=self.offer.title, number=self.offer.number)
        if where:
            text += "\n" + where
        if len(offers) > 1:
            text += "\n" + self.tr("and {n} more waiting; ask the station head").format(n=len(offers) - 1)
        self.text.setText(text)
        self.show()
        self._timer.start()

    def _take(self) -> None:
        if self.offer is not None:
            self.accepted.emit(self.offer.request_id, self.volunteer_id)
        self.hide()

    def hideEvent(self, event) -> None:
        self._timer.stop()
        super().hideEvent(event)
