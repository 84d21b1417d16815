"""Print preview from page images rendered in a worker (desktop.printing.document.render_images).

Qt's QPrintPreviewDialog lays out and paints every page on the UI thread when
it opens, which froze the window for seconds on a 100-page register; this
dialog only shows pictures that are already drawn. A long paper's first pages
come before its page count (`total_pages=None`): the note says the pages are
being counted, and `set_pages` brings the count and the same pages with their
"page N of M" footers; `count_failed` says the count could not be made (the
pages shown stay, and printing and saving still have every page).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget


class PagePreviewDialog(QDialog):
    def __init__(self, title: str, images: list[QImage], total_pages: int | None, *,
                 on_print: Callable[[], None] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Print preview"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        from desktop.ui import typesize

        # The pages are drawn at the preview's resolution; at 大 / 特大 they are shown larger too.
        self.zoom = typesize.scale() / typesize.scale("standard")
        widest = round(max((image.width() for image in images), default=700) * self.zoom)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        self.resize(min(widest + 80, 1300, screen.width() if screen else 1300),
                    min(760, screen.height() - 40 if screen else 760))  # a landscape register is wider
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.total_pages = total_pages
        self.failed = False  # the count could not be made
        self.note = QLabel()
        self.note.setWordWrap(True)
        bar.addWidget(self.note, 1)
        if on_print is not None:
            self.print_button = QPushButton(self.tr("Print…"))
            self.print_button.clicked.connect(lambda: (self.accept(), on_print()))
            bar.addWidget(self.print_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bar.addWidget(close)
        layout.addLayout(bar)
        pages = QWidget()
        pages.setStyleSheet("background: #8a8a8a;")
        column = QVBoxLayout(pages)
        column.setSpacing(16)
        self.page_labels: list[QLabel] = []
        self._column = column
        self.set_pages(images, total_pages)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(scroll, 1)

    def set_pages(self, images: list[QImage], total_pages: int | None) -> None:
        """Show `images` (the same pages again, once counted: their footers now say "of M")."""
        self.total_pages = total_pages
        self.shown = len(images)
        self._say()
        for index, image in enumerate(images):
            if index >= len(self.page_labels):
                label = QLabel()
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                self._column.addWidget(label)
                self.page_labels.append(label)
            pixmap = QPixmap.fromImage(image)
            if self.zoom > 1.01:
                pixmap = pixmap.scaledToWidth(round(image.width() * self.zoom),
                                              Qt.TransformationMode.SmoothTransformation)
            self.page_labels[index].setPixmap(pixmap)

    def count_failed(self) -> None:
        """The count stopped with an error (the child renderer crashed or raised): say so, never spin on."""
        self.failed = True
        self._say()

    def _say(self, percent: int | None = None) -> None:
        if self.total_pages is None and self.failed:
            note = self.tr("Showing the first {0} pages; the pages could not be counted. Printing and saving "
                           "as PDF still include every page.").format(self.shown)
        elif self.total_pages is None:
            note = (self.tr("Showing the first {0} pages; counting the pages ({1}%)...").format(self.shown, percent)
                    if percent is not None else
                    self.tr("Showing the first {0} pages; counting the pages...").format(self.shown))
        elif self.shown < self.total_pages:
            note = self.tr("Showing the first {0} of {1} pages; printing and saving include all pages.").format(
                self.shown, self.total_pages)
        else:
            note = self.tr("{0} pages").format(self.total_pages)
        self.note.setText(note)

    @Slot(int, int, str)
    def counting(self, done: int, total: int, _text: str = "") -> None:
        """The count's progress (a TaskHandle's `progressed`), while the pages are counted."""
        if self.total_pages is None and not self.failed and total > 0:
            self._say(min(99, done * 100 // total))
