"""Write a points paper (desktop.services.points_papers.Built) to PDF or xlsx. The caller
provides the Qt application (the GUI's, or the CLI's headless one: desktop.printing.app)."""

from __future__ import annotations

from pathlib import Path

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
                raise ValidationError("这份文书不是表格，不能导出为 Excel，请导出为 PDF。", field="format")
            write_xlsx(built.report, out, progress)
            return 1
        pages = write_pdf(built.doc, out, progress=progress)
    except PermissionError:
        raise UserError(f"无法写入“{out}”：文件可能正在被 WPS/Excel 或 PDF 阅读器打开，请关闭后重试。") from None
    if pages is None:
        raise Cancelled()
    return pages
