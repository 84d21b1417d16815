"""A month calendar that shows each day's activities and marks the 集中活动日."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QCalendarWidget

from desktop.services.activities import CalendarDay


class ActivityCalendar(QCalendarWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.days: dict[date, CalendarDay] = {}
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._concentrated = self.tr("Concentrated day")
        self._more = self.tr("+{0} more")

    def set_days(self, days: dict[date, CalendarDay]) -> None:
        self.days = days
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = self.days.get(date(qdate.year(), qdate.month(), qdate.day()))
        if day is None:
            super().paintCell(painter, rect, qdate)
            return
        painter.save()
        if day.concentrated:
            painter.fillRect(rect, QColor("#fff3e0"))
        if qdate == self.selectedDate():
            painter.fillRect(rect, QColor("#ffe0b2"))
        font = QFont(painter.font())
        font.setBold(qdate == QDate.currentDate())
        painter.setFont(font)
        painter.setPen(QColor("#333"))
        inner = rect.adjusted(4, 2, -4, -2)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight), str(qdate.day()))
        small = QFont(font)
        small.setBold(False)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(small)
        line = painter.fontMetrics().height()
        y = inner.top() + line
        if day.concentrated:
            painter.setPen(QColor("#b34700"))
            room_for_label = inner.width() - painter.fontMetrics().horizontalAdvance(f" {qdate.day()}  ")
            label = painter.fontMetrics().elidedText(self._concentrated, Qt.TextElideMode.ElideRight, room_for_label)
            painter.drawText(QRect(inner.left(), inner.top(), room_for_label, line), int(Qt.AlignmentFlag.AlignLeft),
                             label)
        room = max(0, (inner.bottom() - y) // line)
        for i, activity in enumerate(day.activities):
            if i + 1 >= room and len(day.activities) > room:
                painter.setPen(QColor("#555"))
                painter.drawText(QRect(inner.left(), y, inner.width(), line), int(Qt.AlignmentFlag.AlignLeft),
                                 self._more.format(len(day.activities) - i))
                break
            color = {"planned": "#1565c0", "held": "#2e7d32", "recorded": "#555555"}.get(activity["status"], "#333")
            painter.setPen(QColor("#b71c1c" if activity["theory"] else color))
            text = f"{activity['start']:%H:%M} {activity['title']}"
            elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), y, inner.width(), line), int(Qt.AlignmentFlag.AlignLeft), elided)
            y += line
        painter.restore()
