"""HTML document -> A4 PDF, print preview, or a real printer, through QTextDocument.

One renderer serves all three outputs: it paginates the document itself
(instead of QTextDocument.print) so that every page gets a "page N of M"
footer and the body keeps clear of the unprintable edge of a cheap laser
printer. Table header rows marked up as <thead> repeat on every page: Qt's
HTML importer turns <thead> into QTextTableFormat.headerRowCount, which the
layout repeats at each page break once the document has a page height.

Usable from a worker thread for PDF files (QPdfWriter, QImage resources);
the preview and printer functions need the UI thread. The print dialog is
desktop.printing.print_job's (`print_dialog`, kept importable from here).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QImage,
    QImageReader,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
    QTextTable,
)

from desktop.errors import UserError
from desktop.printing import plans
from desktop.printing.app import ensure_app
from desktop.printing.files import check_complete, partial_path
from desktop.printing.print_job import print_dialog
from desktop.progress import Progress
from desktop.reports.base import HtmlDoc

# A4 margins in millimetres. Common A4 lasers cannot print the outer ~5 mm;
# 20 mm on the left leaves room for binding a register, and the footer band
# sits inside the bottom margin box, still 10 mm clear of the paper edge.
MARGINS_MM = QMarginsF(20, 15, 15, 10)
FOOTER_MM = 8.0
BODY_POINT_SIZE = 10.5
PDF_DPI = 600
PREVIEW_DPI = 80  # on-screen preview: an A4 page is about 660 x 935 px
PREVIEW_PAGES = 20  # pages shown in the preview; printing and saving have them all
IMAGE_MAX_PX = 1400  # photos are scaled down before embedding: ~300 dpi at 12 cm

# Families tried first, in order; any other font that covers Simplified
# Chinese follows. This is a preference, not a requirement: the setup
# installs fonts-wqy-microhei on Linux, Windows has its own CJK fonts.
_PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
              "SimSun", "SimHei", "PingFang SC")


# What a report hands to the printing layer: html, title, landscape, images.
PaperDoc = HtmlDoc


def cjk_family() -> str | None:
    """A font family that covers Simplified Chinese, or None if the machine has none."""
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    for name in _PREFERRED:
        if name in families:
            return name
    plain = [f for f in families if "mono" not in f.lower()]
    return (plain or families or [None])[0]


def _load_image(path, max_px: int) -> QImage:
    """The image at most `max_px` on its long side, decoded at that size when it is larger
    (a JPEG is then decoded at a reduced scale, much faster than decoding in full and scaling)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_px:
        reader.setScaledSize(size.scaled(max_px, max_px, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def build_document(paper: PaperDoc, image_max_px: int = IMAGE_MAX_PX, html: str | None = None) -> QTextDocument:
    """`html`: a part of the paper's HTML instead of all of it (the preview's first pages)."""
    doc = QTextDocument()
    family = cjk_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long IDs and Latin words wrap too
    doc.setDefaultTextOption(option)
    doc.setDocumentMargin(0)
    limit = image_max_px if len(paper.images) <= 12 else min(image_max_px, IMAGE_MAX_PX * 5 // 7)  # 6 to a page: smaller
    for name, path in paper.images.items():
        if html is not None and name not in html:
            continue  # a part of the paper: only the photos it shows are decoded
        image = _load_image(path, limit)
        if image.isNull():
            continue
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(paper.html if html is None else html)
    doc.setProperty("keepTables", bool(getattr(paper, "keep_tables", False)))
    doc.setProperty("continuedMark", getattr(paper, "continued", "") or "")
    return doc


def _straddles(top: float, height: float, body: float) -> bool:
    return int(top // body) != int((top + height - 1) // body)


def _tables(doc: QTextDocument) -> list[QTextTable]:
    return [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]


def _break_before(table: QTextTable) -> None:
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    table.setFormat(fmt)


def keep_tables_together(doc: QTextDocument, body: float, moved: list[int] | None = None) -> list[int]:
    """Move every top-level table that would straddle a page break, and fits on one page, to the
    start of the next page (one volunteer's block in the register is never split). Returns the
    pages on which a table too tall for one page continues: their repeated header says so.

    One layout without pages gives each table's own height; a walk down the pages then decides
    the breaks, all set at once; a check on the real layout fixes what the walk could not know
    (how far a table taller than a page runs on), one relayout per fix. `moved` gets the indexes
    of the tables the walk moved to a page top (the places a long paper is counted in parts)."""
    layout = doc.documentLayout()
    width = doc.pageSize().width()
    doc.setPageSize(QSizeF(width, 1e8))  # one long page: natural heights and gaps
    natural = [layout.frameBoundingRect(t) for t in _tables(doc)]
    doc.setPageSize(QSizeF(width, body))
    fits = body * 0.97
    shift, marks = 0.0, []
    for index, rect in enumerate(natural):
        top = rect.top() + shift
        if rect.height() <= fits and _straddles(top, rect.height(), body):
            page_top = (int(top // body) + 1) * body
            shift += page_top - top
            marks.append(index)
        elif rect.height() > fits:  # runs on over pages: rows move to the next page, the header repeats
            shift += (int((top + rect.height()) // body) - int(top // body)) * body * 0.06
    tables = _tables(doc)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one relayout for all the breaks, not one each
    for index in marks:
        _break_before(tables[index])
    cursor.endEditBlock()
    if moved is not None:
        moved[:] = marks
    continued: list[int] = []
    for table in tables:  # the check on the real layout
        rect = layout.frameBoundingRect(table)
        if not _straddles(rect.top(), rect.height(), body):
            continue
        if rect.height() <= fits:
            _break_before(table)
            doc.pageCount()  # lay out again from here before measuring the next table
            continue
        first, last = int(rect.top() // body), int((rect.bottom() - 1) // body)
        continued += range(first + 1, last + 1)
    tail = tables[-1].lastPosition() + 1 if tables else 0
    if tail < doc.characterCount() - 1:  # after the breaks Qt may leave what follows the last table unlaid
        doc.markContentsDirty(tail, doc.characterCount() - tail)  # (a paper's closing line would not print)
        doc.pageCount()
    return continued


def page_layout(landscape: bool = False, size: str = "A4") -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    sizes = {"A3": QPageSize.PageSizeId.A3, "A5": QPageSize.PageSizeId.A5}  # A5: half an A4 sheet
    page = sizes.get(size, QPageSize.PageSizeId.A4)
    return QPageLayout(QPageSize(page), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _footer_font(doc: QTextDocument) -> QFont:
    font = QFont(doc.defaultFont())
    font.setPointSizeF(8.5)
    return font


def _geometry(doc: QTextDocument, layout: QPageLayout, dpi: int,
              moved: list[int] | None = None) -> tuple[QRectF, float, float, int]:
    """Lay the document out for pages of `layout` at `dpi`: (paint rect, body height, footer height, pages)."""
    paint = QRectF(layout.paintRectPixels(dpi))
    footer_px = FOOTER_MM / 25.4 * dpi
    body = paint.height() - footer_px
    doc.setPageSize(QSizeF(paint.width(), body))
    if doc.property("keepTables"):
        doc.setProperty("continuedPages", keep_tables_together(doc, body, moved))
    return paint, body, footer_px, doc.pageCount()


def _paint_page(painter: QPainter, doc: QTextDocument, index: int, pages: int, width: float, body: float,
                footer_px: float, title: str, footer_font: QFont, number: int | None = None) -> None:
    """One page: its slice of the laid-out document, then the footer band (title, page N of M).
    `index`: the page in `doc`; `number`: its place in the paper (a stretch of a long paper), from 0."""
    painter.save()
    painter.translate(0, -index * body)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, index * body, width, body)
    painter.setClipRect(context.clip)
    doc.documentLayout().draw(painter, context)
    painter.restore()
    mark = doc.property("continuedMark")
    if mark and index in (doc.property("continuedPages") or []):  # the repeated header of a block that runs on
        painter.save()
        painter.setFont(doc.defaultFont())
        painter.drawText(QRectF(0, 0, width - footer_px * 0.3, footer_px * 0.9),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), mark)
        painter.restore()
    painter.setFont(footer_font)
    band = QRectF(0, body, width, footer_px)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), title)
    painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                     QCoreApplication.translate("Printing", "Page {0} of {1}").format(
                         (index if number is None else number) + 1, pages))


def chosen_pages(ranges: Sequence[tuple[int, int]] | None, pages: int) -> list[int]:
    """The pages (from 0) of a paper of `pages` that `ranges` ((first, last) from 1: the print dialog's
    page range) choose; all when None. A range past the paper's end is a UserError."""
    chosen = sorted({n - 1 for a, b in ranges or [(1, pages)] for n in range(max(a, 1), min(b, pages) + 1)})
    if not chosen:
        raise UserError(QCoreApplication.translate("Printing", "The paper has {0} pages; choose pages from 1 to {0}.").format(pages))
    return chosen


def render(doc: QTextDocument, device: QPagedPaintDevice, *, title: str = "", progress: Progress | None = None,
           ranges: Sequence[tuple[int, int]] | None = None) -> int | None:
    """Paint the document (the pages `ranges` choose) on a paged device. Returns the pages painted, or None if cancelled."""
    doc.documentLayout().setPaintDevice(device)
    paint, body, footer_px, pages = _geometry(doc, device.pageLayout(), device.resolution())
    chosen = chosen_pages(ranges, pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        footer_font = _footer_font(doc)
        for done, index in enumerate(chosen, 1):
            if done > 1:
                device.newPage()
            _paint_page(painter, doc, index, pages, paint.width(), body, footer_px, title, footer_font)
            if progress is not None and progress(done, len(chosen)) is False:
                return None
    finally:
        painter.end()
    return len(chosen)


# The preview of a long paper (a 20,000-volunteer register is 10 MB of HTML, 700+ pages) lays out only
# its start, enough for the first pages, and counts the pages after they are shown, a part at a time.
PREFIX_BYTES = 150_000  # the first try at "enough for the first pages" (about 25 register pages)
CHUNK_BYTES = 400_000  # one part of the count
_BODY_TAG = re.compile(r"<body\b[^>]*>", re.IGNORECASE)


@dataclass
class _Part:
    """A stretch of the paper's top-level tables, [first, upto), laid out as a document of its own."""

    doc: QTextDocument
    first: int
    upto: int
    paint: QRectF
    body: float
    footer_px: float
    pages: int
    moved: list[int]


class _Paper:
    """A paper's HTML cut at its top-level tables: its start, or a stretch that begins at a page top."""

    def __init__(self, paper: PaperDoc, dpi: int, device: QPagedPaintDevice | None = None):
        """`device`: lay the stretches out for it (its resolution and page layout: a PDF writer or a
        printer) instead of for an image at `dpi` (the preview)."""
        self.paper, self.dpi = paper, dpi
        self.html = paper.html
        self.spans = plans.table_spans(self.html)
        body = _BODY_TAG.search(self.html)
        self.head = self.html[:body.end()] if body else ""
        self.layout = page_layout(paper.landscape, paper.page_size) if device is None else device.pageLayout()
        dots = round(dpi / 0.0254)
        self.probe = QImage(1, 1, QImage.Format.Format_RGB32)
        self.probe.setDotsPerMeterX(dots)
        self.probe.setDotsPerMeterY(dots)
        self.device = device or self.probe

    def upto(self, first: int, size: int) -> int:
        """The end of a stretch from table `first` of about `size` bytes (at least one table)."""
        if first >= len(self.spans):
            return len(self.spans)
        limit = self.spans[first][0] + size
        upto = first + 1
        while upto < len(self.spans) and self.spans[upto][1] <= limit:
            upto += 1
        return upto

    def part(self, first: int, upto: int) -> _Part | None:
        """Tables [first, upto) laid out (to the end of the paper when upto is the last); None when Qt
        made a different number of tables of it than the HTML has (then it cannot be cut)."""
        whole = upto >= len(self.spans)
        if first == 0:
            html = self.html if whole else self.html[:self.spans[upto - 1][1]] + ("</body></html>" if self.head else "")
        else:
            begin = self.spans[first][0]
            html = self.head + (self.html[begin:] if whole else self.html[begin:self.spans[upto - 1][1]]
                                + ("</body></html>" if self.head else ""))
        doc = build_document(self.paper, html=None if first == 0 and whole else html)
        doc.documentLayout().setPaintDevice(self.device)  # lay out at the preview's (or the device's) resolution
        moved: list[int] = []
        paint, body, footer_px, pages = _geometry(doc, self.layout, self.dpi, moved)
        if self.spans and len(_tables(doc)) != (len(self.spans) if whole else upto) - first:
            return None
        return _Part(doc, first, min(upto, len(self.spans)), paint, body, footer_px, pages, moved)

    def images(self, part: _Part, count: int, total: int | str) -> list[QImage]:
        """The first `count` pages of `part` as images; their footers say "of `total`"."""
        full = self.layout.fullRectPixels(self.dpi)
        footer_font = _footer_font(part.doc)
        images: list[QImage] = []
        for index in range(count):
            image = QImage(full.size(), QImage.Format.Format_RGB32)
            image.setDotsPerMeterX(self.probe.dotsPerMeterX())
            image.setDotsPerMeterY(self.probe.dotsPerMeterY())
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            try:
                painter.translate(part.paint.topLeft())
                _paint_page(painter, part.doc, index, total, part.paint.width(), part.body, part.footer_px,
                            self.paper.title, footer_font)
            finally:
                painter.end()
            images.append(image)
        return images

    def count(self, start: _Part, progress: Progress | None,
              on_plan: Callable[[list[tuple[int, int, int]]], object] | None = None) -> int | None:
        """The paper's pages, from its start (already laid out). None if cancelled. `on_plan(plan)`: the
        stretches found (desktop.printing.plans keeps them for a PDF of the same paper)."""
        plan = self.plan(start, progress)
        if plan is None:
            return None
        if plan and on_plan is not None:
            on_plan(plan)
        if not plan:  # Qt's tables do not match the HTML's: lay out the whole paper
            whole = self.part(0, len(self.spans))
            return whole.pages if whole is not None else build_and_count(self.paper, self.dpi)
        return sum(pages for _first, _upto, pages in plan)

    def plan(self, start: _Part, progress: Progress | None) -> list[tuple[int, int, int]] | None:
        """The paper as stretches, from its start (already laid out): (first table, end, pages) each, its
        pages the first `pages` of tables [first, end) laid out alone; they add up to the paper's. Each
        stretch after the first begins at a table the keep-together walk moved to a page top (what follows
        such a table does not depend on what came before it). None if cancelled; [] when Qt made other
        tables of a stretch than the HTML has (then the paper cannot be cut). `progress` gets the bytes of
        HTML laid out so far."""
        part, plan = start, []
        while part.upto < len(self.spans):
            if progress is not None and progress(self.spans[part.first][0], len(self.html)) is False:
                return None
            cut = self._page_top(part)
            if cut is None:  # no table of this stretch starts a page: take a longer one
                size = 2 * (self.spans[part.upto - 1][1] - self.spans[part.first][0])
                nxt = self.part(part.first, self.upto(part.first, size))
            else:
                index, page = cut
                plan.append((part.first, part.upto, page))
                nxt = self.part(index, self.upto(index, CHUNK_BYTES))
            if nxt is None:
                return []
            part = nxt
        plan.append((part.first, part.upto, part.pages))
        return plan

    def fits(self, part: _Part, pages: int, following: int | None) -> bool:
        """Whether a stretch fits a kept plan's (pages, the next stretch's first table): that table was moved to
        the top of its page `pages`, or the last stretch ends the paper on its `pages` pages."""
        if following is None:
            return part.upto >= len(self.spans) and part.pages == pages
        index = following - part.first
        if not (0 < index < len(_tables(part.doc)) - 1 and index in part.moved and part.doc.property("keepTables")):
            return False
        top = part.doc.documentLayout().frameBoundingRect(_tables(part.doc)[index]).top()
        return round(top / part.body) == pages

    def _page_top(self, part: _Part) -> tuple[int, int] | None:
        """The last table of `part` (not its first) that the walk moved to a page top: (its index in the
        paper, the page it starts in `part`)."""
        if not part.doc.property("keepTables"):
            return None
        tables = _tables(part.doc)
        layout = part.doc.documentLayout()
        for index in reversed(part.moved):
            if index == 0:
                break
            if index >= len(tables) - 1:
                continue  # the stretch's last table: a longer stretch would not move on
            # it starts a page (a break before it); the layout's page tops drift from n x body by a pixel or two
            return part.first + index, round(layout.frameBoundingRect(tables[index]).top() / part.body)
        return None


def build_and_count(paper: PaperDoc, dpi: int = PDF_DPI) -> int:
    """Pages of the whole paper laid out at once."""
    cut = _Paper(paper, dpi)
    doc = build_document(paper)
    doc.documentLayout().setPaintDevice(cut.probe)
    return _geometry(doc, cut.layout, dpi)[3]


def count_pages_as_pdf(paper: PaperDoc, progress: Progress | None = None) -> int | None:
    """The paper's PDF pages (None if cancelled), at its resolution: at 80 dpi a 20k register ran to 1,666
    pages, its PDF to 1,633. (Preview images stay 80 dpi: scaled from 600, Qt drops bold and hairlines.)"""
    exact = _Paper(paper, PDF_DPI)
    start = exact.part(0, exact.upto(0, CHUNK_BYTES)) if exact.spans else None
    if start is None or start.upto >= len(exact.spans):
        return start.pages if start is not None else build_and_count(paper)
    name = plans.key(paper.html, PDF_DPI, exact.layout)
    return exact.count(start, progress, on_plan=lambda plan: plans.save(name, plan))


def render_images(paper: PaperDoc, *, dpi: int = PREVIEW_DPI, max_pages: int = PREVIEW_PAGES,
                  progress: Progress | None = None,
                  on_first: Callable[[list[QImage]], object] | None = None) -> tuple[list[QImage], int] | None:
    """The first pages as images, for an on-screen preview that never blocks the UI:
    QPainter on a QImage is safe off the UI thread, so this runs in a worker.
    Returns (images, total page count), or None if cancelled.

    A long paper is laid out only from its start, as far as the first pages need (it is cut between its
    top-level tables; a table's place never depends on what follows it). `on_first(images)` then gets
    those pages, their footers saying "of …", before the paper's pages are counted (a part at a time, see
    `_Paper.count`) and the same pages are drawn again with the count."""
    cut = _Paper(paper, dpi)
    size = PREFIX_BYTES
    while True:
        upto = cut.upto(0, size) if cut.spans else 0
        part = cut.part(0, upto) if upto < len(cut.spans) else None
        if part is None:  # the whole paper
            part = cut.part(0, len(cut.spans))
            if part is None:
                raise RuntimeError("the paper's tables could not be laid out")
            break
        if part.pages > max_pages:
            break
        if progress is not None and progress(0, 0) is False:
            return None
        size *= 2
    shown = min(part.pages, max_pages)
    if part.upto < len(cut.spans):  # a long paper: show its first pages while it is counted
        images = cut.images(part, shown, "…")
        if progress is not None and progress(shown, shown) is False:
            return None
        if on_first is not None:
            on_first(images)
    total = count_pages_as_pdf(paper, progress)
    if total is None:
        return None
    images = cut.images(part, shown, total)
    if progress is not None and progress(shown, shown) is False:
        return None
    return images, total


def render_paper(paper: PaperDoc, device: QPagedPaintDevice, *, progress: Progress | None = None,
                 counting: Progress | None = None, ranges: Sequence[tuple[int, int]] | None = None,
                 kept: list[tuple[int, int, int]] | None = None,
                 on_plan: Callable[[list[tuple[int, int, int]]], object] | None = None) -> int | None:
    """The paper (the pages `ranges` choose, see `chosen_pages`) on a paged device (a PDF writer, a printer).
    Returns the pages painted, or None if cancelled.

    A long paper whose tables are kept whole (a 20,000-volunteer register: 10 MB of HTML, 1,600+ pages)
    never becomes one QTextDocument: laid out at once it took 8.5 minutes and 850 MB, with no progress
    until the first page was painted (bench/README.md, "Saving a long register"). It is cut as the
    preview counts it (`_Paper.plan`, laid out for this device): a first pass lays the stretches out to
    count the pages (`counting(bytes done, bytes in all)`), a second lays each out again and paints its
    pages, numbered through the paper (`progress(pages done, pages in all)`). One stretch is in memory at
    a time. Any other paper is laid out whole, as before. `kept`: a plan counted before (desktop.printing.plans;
    every page only): no first pass, each stretch checked as it is laid out (`_Paper.fits`, else StalePlan,
    some pages perhaps painted). `on_plan(plan)`: the plan counted here."""
    cut = _Paper(paper, device.resolution(), device)
    plan: list[tuple[int, int, int]] | None = []
    start = None
    long = getattr(paper, "keep_tables", False) and len(cut.spans) > 1
    kept = kept if long and ranges is None else None  # a stretch not painted would go unchecked
    if kept is not None:
        plan = kept
    elif long:
        start = cut.part(0, cut.upto(0, CHUNK_BYTES))
        plan = cut.plan(start, counting) if start is not None else []
        if plan is None:
            return None
        if plan and on_plan is not None:
            on_plan(plan)
    if not plan:  # not cut (a table too big to cut, or Qt's tables do not match the HTML's): laid out whole
        return render(build_document(paper), device, title=paper.title, progress=progress, ranges=ranges)
    total = sum(pages for _first, _upto, pages in plan)
    chosen, sent, number = set(chosen_pages(ranges, total)), 0, 0
    if progress is not None and progress(0, len(chosen)) is False:  # the count is known: 0 of N, not a busy bar
        return None
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot start painting on the output device")
    try:
        for step, (first, upto, pages) in enumerate(plan):
            if chosen.isdisjoint(range(number, number + pages)):  # no page of it is printed: not laid out again
                number, start = number + pages, None
                continue
            part = start if first == 0 and start is not None and start.upto == upto else cut.part(first, upto)
            start = None  # the first stretch is laid out once; the others again, one at a time
            if kept is not None and (part is None or not cut.fits(part, pages, plan[step + 1][0] if step + 1 < len(plan)
                                                                  else None)):
                raise plans.StalePlan("a kept plan does not fit the paper's layout")
            if part is None or part.pages < pages:
                raise RuntimeError("a stretch of the paper was laid out differently the second time")
            footer_font = _footer_font(part.doc)
            for index in range(pages):
                if number in chosen:
                    if sent:
                        device.newPage()
                    _paint_page(painter, part.doc, index, total, part.paint.width(), part.body, part.footer_px,
                                paper.title, footer_font, number)
                    sent += 1
                    if progress is not None and progress(sent, len(chosen)) is False:
                        return None
                number += 1
            del part
    finally:
        painter.end()
    return sent


def write_pdf(paper: PaperDoc, path: Path | str, *, progress: Progress | None = None,
              counting: Progress | None = None) -> int | None:
    """Write an A4 PDF with the CJK font embedded. Returns pages, or None if cancelled (no file left).
    `progress(pages done, pages in all)`; `counting(done, total)` while a long paper's pages are counted
    (see `render_paper`)."""
    ensure_app()
    path = Path(path)
    partial = partial_path(path)
    layout = page_layout(paper.landscape, paper.page_size)
    name = plans.key(paper.html, PDF_DPI, layout) if getattr(paper, "keep_tables", False) else None
    kept = plans.load(name) if name else None  # the preview's count of this very paper, if it made one
    while True:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(layout)
        writer.setTitle(paper.title)
        writer.setCreator("Station Desk")
        try:
            pages = render_paper(paper, writer, progress=progress, counting=counting, kept=kept,
                                 on_plan=(lambda plan: plans.save(name, plan)) if name else None)
        except plans.StalePlan:  # the kept plan does not fit: dropped, and the paper written the long way
            del writer
            plans.drop(name)
            kept = None
            continue
        except BaseException:
            del writer
            partial.unlink(missing_ok=True)
            raise
        break
    del writer  # flushes and closes the file
    if pages is None:
        partial.unlink(missing_ok=True)
        return None
    check_complete(partial)
    partial.replace(path)
    return pages


__all__ = ["MARGINS_MM", "PaperDoc", "build_document", "check_complete", "chosen_pages", "cjk_family", "page_layout",
           "print_dialog", "render", "render_images", "render_paper", "write_pdf"]
