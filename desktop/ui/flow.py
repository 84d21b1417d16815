"""A row of controls that wraps onto the next line when the window is too narrow (large type, 1024×768).

    row = FlowLayout()                 # instead of QHBoxLayout() for a toolbar or a filter bar
    row.addWidget(button)
    row.addWidget(pair(QLabel(self.tr("Team")), combo))   # a label and its field wrap together
    row.addStretch(1)                  # accepted and ignored, so a QHBoxLayout row converts as it is

Each control keeps its preferred width (so no text is squeezed); a control
added with stretch > 0 takes the room left on its line. Inside the main
window's page scroll area (heightForWidth) the page grows downwards.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = -1):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}
        self._spacing = spacing
        self._heights: dict[int, int] = {}  # heightForWidth, until the next invalidate()
        self._gaps: dict[tuple[int, Qt.Orientation], int] = {}  # per style and direction, until then too
        self._hints: dict[int, QSize] = {}  # per item, until then too (a child's updateGeometry invalidates)
        self.setContentsMargins(0, 0, 0, 0)

    # --- QLayout ---------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def addWidget(self, widget: QWidget, stretch: int = 0, alignment=None) -> None:  # noqa: N802
        super().addWidget(widget)
        if stretch:
            self._stretch[id(self._items[-1])] = stretch

    def addLayout(self, layout: QLayout, stretch: int = 0) -> None:  # noqa: N802
        holder = QWidget()
        holder.setLayout(layout)
        self.addWidget(holder, stretch)

    def addStretch(self, stretch: int = 0) -> None:  # noqa: N802 - QBoxLayout's name, so rows convert as they are
        return None

    def addSpacing(self, size: int) -> None:  # noqa: N802
        return None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            item = self._items.pop(index)
            self._stretch.pop(id(item), None)
            self._hints.pop(id(item), None)
            return item
        return None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        # Qt asks many times for the same width while it lays out a page; a combo box's size hint
        # (read fresh for each item) walks all its entries, so answer from the cache until something
        # changes (a child's updateGeometry invalidates this layout).
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._do_layout(QRect(0, 0, width, 0), apply=False)
        return height

    def invalidate(self) -> None:
        self._heights.clear()
        self._gaps.clear()
        self._hints.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - one line, everything side by side
        width = height = 0
        for item in self._visible():
            hint = self._cached_hint(item)
            width += hint.width() + self._gap(item, Qt.Orientation.Horizontal)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - the widest control alone on a line
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(self._cached_hint(item))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- layout ----------------------------------------------------------
    @staticmethod
    def _hint(item: QLayoutItem) -> QSize:
        """The item's preferred size, read fresh from the widget (a QWidgetItem's cached hint lags
        behind a combo box filled later)."""
        widget = item.widget()
        if widget is None:
            return item.sizeHint()
        return widget.sizeHint().expandedTo(widget.minimumSize()).expandedTo(
            widget.minimumSizeHint()).boundedTo(widget.maximumSize())

    def _cached_hint(self, item: QLayoutItem) -> QSize:
        """`_hint`, read once until invalidate(): a combo's hint is not cheap, and Qt lays a page out many
        times (a child whose hint changes calls updateGeometry, which invalidates this layout)."""
        hint = self._hints.get(id(item))
        if hint is None:
            hint = self._hints[id(item)] = self._hint(item)
        return hint

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        key = (id(style), orientation)  # the same few styles for every item: ask each once a pass
        gap = self._gaps.get(key)
        if gap is None:
            gap = style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                      orientation)
            if gap < 0:
                gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
            self._gaps[key] = gap
        return gap

    def _lines(self, width: int, hints: dict[int, QSize], gaps: dict[int, int]) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._visible():
            hint = hints[id(item)].width()
            gap = gaps[id(item)] if lines[-1] else 0
            if lines[-1] and used + gap + hint > width:
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(item)
            used += gap + hint
        return [line for line in lines if line]

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        visible = self._visible()
        hints = {id(item): self._cached_hint(item) for item in visible}
        across = {id(item): self._gap(item, Qt.Orientation.Horizontal) for item in visible}
        for line in self._lines(area.width(), hints, across):
            gaps = [across[id(item)] if i else 0 for i, item in enumerate(line)]
            natural = sum(hints[id(item)].width() for item in line) + sum(gaps)
            spare = max(0, area.width() - natural)
            stretches = [self._stretch.get(id(item), 0) for item in line]
            total_stretch = sum(stretches)
            height = max(hints[id(item)].height() for item in line)
            x = area.x()
            for item, gap, stretch in zip(line, gaps, stretches, strict=True):
                x += gap
                width = hints[id(item)].width() + (spare * stretch // total_stretch if total_stretch else 0)
                width = min(width, area.width())
                if apply:
                    hint_h = hints[id(item)].height()
                    item.setGeometry(QRect(QPoint(x, y + (height - hint_h) // 2), QSize(width, hint_h)))
                x += width
            y += height + self._gap(line[0], Qt.Orientation.Vertical)
        return y - rect.y() - (self._gap(self._items[0], Qt.Orientation.Vertical) if visible else 0) \
            + margins.bottom()


def pair(label: QWidget, field: QWidget, spacing: int = 4) -> QWidget:
    """A label and its field as one piece of a FlowLayout, so a wrap never parts them."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    row.addWidget(label)
    row.addWidget(field)
    return holder
