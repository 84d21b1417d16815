"""Hints in place: a small "?" beside a choice that needs knowledge; hover or click it for the hint.

    form.addRow(self.tr("Preset teams"), with_hint(self.preset, "team_presets"))
    row.addWidget(hint("ten_working_days"))
    spin.setToolTip(target_hint("active_hours"))

The texts are here, in context "Hints", so every page says the same thing about the same rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QWidget


def hint_text(key: str) -> str:
    return {
        "team_presets": QCoreApplication.translate("Hints", "Preset teams: the county's plan for the station's volunteer teams. Nine teams "
                                   "(district plan): theory lectures, civilised customs, education and care, culture, "
                                   "science, law, sports, health, ecology. Eight teams (Changzhi plan): the eight of "
                                   "Changzhi's scheme. Pick the one your county uses; you can rename, add or delete "
                                   "teams later on the Teams tab."),
        "five_tasks": QCoreApplication.translate("Hints", "The five tasks of a practice station: study and practise the Party's theory; "
                                 "publicise the Party's policies; cultivate and practise core values; enrich "
                                 "cultural life; change old customs. Every activity counts under one of them."),
        "concentrated_day": QCoreApplication.translate("Hints", "Concentrated activity day: the first Saturday of every month, "
                                       "when every team holds an activity at the station. The calendar marks it "
                                       "with a star."),
        "one_plus_ten": QCoreApplication.translate("Hints", "1+10: every volunteer keeps in touch with about ten households, visits them "
                                   "every month and records the visit here."),
        "active_volunteer": QCoreApplication.translate("Hints", "Active volunteer: a volunteer with at least 24 hours of recorded service "
                                       "in the year (the standard can be changed in the hour rules)."),
        "ten_working_days": QCoreApplication.translate("Hints", "10-working-day rule: an activity must be recorded (attendance, hours, "
                                       "photos) within 10 working days after it is held; later it shows a warning."),
        "targets": QCoreApplication.translate("Hints", "Targets: the figures the county checks every month and year. 0 switches a check off."),
    }[key]


def target_hint(key: str) -> str:
    """What one target figure of services.targets.LABELS means; falls back to the general hint."""
    texts = {
        "activities_per_month": QCoreApplication.translate("Hints", "How many activities the station holds in a month."),
        "lectures_per_month": QCoreApplication.translate("Hints", "How many of the month's activities are theory lectures "
                                         "(tick “Theory lecture” on the activity)."),
        "head_weekly": QCoreApplication.translate("Hints", "1 = the station head organises at least one activity every week."),
        "hours_per_volunteer": QCoreApplication.translate("Hints", "Average recorded service hours per volunteer on the roster in a year."),
        "served_share": QCoreApplication.translate("Hints", "Share of the volunteers on the roster with at least one service record this year."),
        "party_share": QCoreApplication.translate("Hints", "Share of the Party members on the roster who have served this year."),
        "active_hours": QCoreApplication.translate("Hints", "Hours a year from which a volunteer counts as active (usually 24)."),
        "team_per_month": QCoreApplication.translate("Hints", "Activities each team organises in a month."),
        "team_per_year": QCoreApplication.translate("Hints", "Concentrated services each team holds in a year."),
        "first_saturday": QCoreApplication.translate("Hints", "1 = an activity is held on the concentrated activity day, the first Saturday "
                                     "of the month."),
        "household_visits": QCoreApplication.translate("Hints", "1+10: visits each contact household gets from its volunteer in a month."),
        "partner_per_month": QCoreApplication.translate("Hints", "Activities held with the paired co-building unit in a month."),
        "requests_in_time": QCoreApplication.translate("Hints", "Share of residents' requests accepted within the menu item's response time."),
    }
    return texts.get(key) or hint_text("targets")


class HintLabel(QLabel):
    """A round "?" whose tooltip is the hint; a click shows it at once (no hovering needed)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__("?", parent)
        self.hint = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit()

    def _fit(self) -> None:
        """A circle a little taller than the text, at every type size (desktop.ui.typesize)."""
        side = max(20, self.fontMetrics().height() + 4)
        if self.width() != side or not self.styleSheet():
            self.setFixedSize(side, side)
            self.setStyleSheet("QLabel { background: #8e1515; color: white; font-weight: bold; "
                               f"border-radius: {side // 2}px; }}")

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt's name
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.hint, self, self.rect(), 15_000)
        event.accept()


def hint(key: str, parent: QWidget | None = None) -> HintLabel:
    label = HintLabel(hint_text(key), parent)
    label.setObjectName(f"hint_{key}")
    return label


def with_hint(widget: QWidget, key: str) -> QWidget:
    """`widget` with the "?" of `key` on its right, as one row for a form; the widget keeps its tooltip-less self
    but gets the hint as tooltip too."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget, 1)
    row.addWidget(hint(key))
    if not widget.toolTip():
        widget.setToolTip(hint_text(key))
    return box
