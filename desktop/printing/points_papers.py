"""Write a points paper (desktop.services.points_papers.Built) to PDF or xlsx. The caller
provides the Qt application (the GUI's, or the CLI's headless one: desktop.printing.app)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.errors import UserError, ValidationError
from desktop.progress import Cancelled
from desktop.reports.base import write_xlsx
from desktop.services.papers.catalog import check_target


def save(built, fmt: str, out: Path | str, progress=None) -> int:
    """Returns the PDF's page count, or 1 for xlsx."""
    from desktop.printing.document import write_pdf

    out = check_target(fmt, out)
    try:
        if fmt == "xlsx":
            if built.report is None:
                raise ValidationError(QCoreApplication.translate(
                    "PointsPapers", "This paper is not a table and cannot be saved as Excel; save it as PDF."), field="format")
            write_xlsx(built.report, out, progress)
            return 1
        pages = write_pdf(built.doc, out, progress=progress)
    except PermissionError:
        raise UserError(QCoreApplication.translate(
            "PointsPapers", "Cannot write “{path}”: it may be open in WPS/Excel or a PDF reader; close it and try again.").format(
            path=out)) from None
    if pages is None:
        raise Cancelled()
    return pages
