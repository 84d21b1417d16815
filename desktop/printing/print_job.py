"""The print dialog and what it chose: a printer, and the pages to print.

    dialog = print_dialog(paper, parent, run=..., pages=None)   # run(job) on acceptance
    page_ranges(printer) -> [(first, last), ...] | None  # None: every page

Qt leaves the page range to the application (QPrinter.fromPage/toPage, "the programmer is responsible
for reading these settings and printing accordingly"): `document.render_paper(..., ranges=...)` paints
only those pages. A CUPS printer's own "Pages" box puts its ranges in the job's CUPS options
(page-ranges) instead; they are read from there too, because a child process (desktop.printing.isolated)
prints on a printer of its own that carries no CUPS options.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt

from desktop.progress import Progress
from desktop.reports.base import HtmlDoc

_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d*)\s*)?$")
_CUPS_OPTIONS = 0xFE00  # QPrintEngine::PPK_CupsOptions (qcups_p.h), which PySide6 does not name


def parse_ranges(text: str) -> list[tuple[int, int]] | None:
    """Ranges as CUPS writes them: "2-3,5" -> [(2, 3), (5, 5)]; "7-" runs to the end. None when it is not that."""
    ranges = []
    for piece in text.split(","):
        match = _RANGE.match(piece)
        if match is None:
            return None
        first = int(match.group(1))
        last = first if match.group(2) is None else int(match.group(2) or 2**31 - 1)
        ranges.append((first, last))
    return ranges or None


def page_ranges(printer, *, take: bool = False) -> list[tuple[int, int]] | None:
    """The pages the print dialog chose, as (first, last) ranges from 1; None for the whole paper.
    `take`: a CUPS page-ranges option read is also removed from `printer` (the pages are chosen here,
    so CUPS must not choose again among those sent)."""
    from PySide6.QtPrintSupport import QPrintEngine, QPrinter

    if printer.printRange() == QPrinter.PrintRange.PageRange:
        ranges = [(r.from_, r.to) for r in printer.pageRanges().toRangeList()]
        if not ranges and printer.fromPage() > 0:
            ranges = [(printer.fromPage(), printer.toPage() or printer.fromPage())]
        return ranges or None
    engine, key = printer.printEngine(), QPrintEngine.PrintEnginePropertyKey(_CUPS_OPTIONS)
    options = [str(o) for o in (engine.property(key) if engine is not None else None) or []]
    pairs = list(zip(options[::2], options[1::2], strict=False))
    for key_name, value in pairs:
        if key_name == "page-ranges":
            if take:
                engine.setProperty(key, [o for pair in pairs if pair[0] != "page-ranges" for o in pair])
            return parse_ranges(value)
    return None


def _printer(paper: HtmlDoc, printer=None):
    from PySide6.QtPrintSupport import QPrinter

    from desktop.printing.document import page_layout

    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(paper.landscape, paper.page_size))
    printer.setDocName(paper.title)
    return printer


def print_dialog(paper: HtmlDoc, parent=None, run: Callable[[Callable], None] | None = None,
                 pages: int | None = None):
    """Ask for a printer (non-blocking) and print on acceptance: the pages the dialog chose.

    `run(job)` runs `job(progress=None)` off the UI thread (QPrinter may be
    painted from a worker); without it, printing happens right away here.
    `pages`: the paper's page count when it is known (a preview counted it): the dialog's page range
    boxes then go from 1 to it. Unknown, they are Qt's open range, and a range past the paper's end is
    said when the pages are laid out (document.chosen_pages).
    """
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    printer = _printer(paper)
    dialog = QPrintDialog(printer, parent)
    if pages:
        dialog.setMinMax(1, pages)
        printer.setFromTo(1, pages)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def job(progress: Progress | None = None, counting: Progress | None = None):
        from desktop.printing.document import render_paper

        return render_paper(paper, printer, progress=progress, counting=counting, ranges=page_ranges(printer, take=True))

    job.paper, job.printer = paper, printer  # a caller may print in a child process instead (isolated.print_paper)

    dialog.accepted.connect(lambda: run(job) if run is not None else job())
    dialog._printer = printer
    QDialog.open(dialog)  # QPrintDialog.open() is the (receiver, member) overload in PySide6
    return dialog
