"""Write a paper to a file: the one export path shared by the CLI and the
reports page (which calls it on a worker thread)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.progress import Cancelled, Progress
from desktop.reports.base import CANCELLED
from desktop.reports.catalog import Built, PaperRequest, build, save_xlsx

FORMATS = ("pdf", "xlsx")


def ensure_gui_app(translated: bool = False) -> None:
    """Fonts and QPdfWriter need a QGuiApplication; the CLI has none (and maybe no display).
    `translated`: a new app speaks the UI's language, so a PDF footer reads 第 N 页."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_gui_app.app = QGuiApplication(sys.argv[:1])
        if translated:
            from desktop.ui.i18n import install_translators

            install_translators(ensure_gui_app.app)


def check_target(fmt: str, out: Path | str) -> Path:
    out = Path(out)
    if fmt not in FORMATS:
        raise ValidationError(f"格式只能是 {' 或 '.join(FORMATS)}。", field="format")
    if not out.parent.is_dir():
        raise UserError(f"文件夹“{out.parent}”不存在，请换一个保存位置。")
    return out


def write_built(built: Built, fmt: str, out: Path | str, progress: Progress | None = None) -> int:
    """Write to `out`; returns the page count (PDF) or 1 (xlsx). Raises Cancelled when cancelled."""
    from desktop.printing.document import write_pdf

    out = check_target(fmt, out)
    try:
        if fmt == "xlsx":
            save_xlsx(built, out, progress)
            return 1
        pages = write_pdf(built.doc, out, progress=progress)
    except PermissionError:
        raise UserError(f"无法写入“{out}”：文件可能正在被 WPS/Excel 或 PDF 阅读器打开，请关闭后重试。") from None
    if pages is None:
        raise Cancelled(CANCELLED)
    return pages


def export_paper(db: Database, req: PaperRequest, fmt: str, out: Path | str,
                 progress: Progress | None = None) -> tuple[int, Built]:
    """Build the paper from the records and write it. Returns (pages, built)."""
    check_target(fmt, out)
    if fmt == "xlsx":
        from desktop.reports.catalog import KINDS

        if req.kind in KINDS and not KINDS[req.kind][3]:
            raise ValidationError(f"{KINDS[req.kind][0]}不是表格，不能导出为 Excel，请用 --format pdf。", field="format")
    if fmt == "pdf":
        ensure_gui_app()
    built = build(db, req, progress)
    return write_built(built, fmt, out, progress), built
