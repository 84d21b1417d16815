"""The import report (row, column, problem, suggestion), saved as .xlsx or .csv for the user."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from desktop.errors import UserError
from desktop.importers.volunteers import ERROR, SKIP, WARNING, Issue

LEVELS = {ERROR: "未导入", WARNING: "已导入，请核对", SKIP: "已在台账，跳过"}
HEADERS = ("行号", "列", "问题", "建议", "处理结果")


def report_rows(issues: Iterable[Issue]) -> list[tuple]:
    return [(i.row, i.column, i.problem, i.suggestion, LEVELS.get(i.level, i.level)) for i in issues]


def save_report(issues: Iterable[Issue], path: Path | str, source: str = "") -> Path:
    """Write the report; the format follows the suffix (.xlsx, else UTF-8 CSV with BOM for Excel)."""
    from desktop.cells import as_text, csv_value

    path = Path(path)
    rows = report_rows(issues)
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.styles import Font

            book = Workbook()
            sheet = book.active
            sheet.title = "导入报告"
            if source:
                sheet.append([f"导入文件：{source}"])
            sheet.append(HEADERS)
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append(row)
                for cell in sheet[sheet.max_row]:
                    as_text(cell)
            for column, width in zip("ABCDE", (8, 14, 50, 44, 16), strict=True):
                sheet.column_dimensions[column].width = width
            book.save(path)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS)
                writer.writerows([csv_value(v) for v in row] for row in rows)
    except PermissionError:
        raise UserError(f"无法写入“{path.name}”：文件可能正在 Excel/WPS 中打开，或没有写入权限。请关闭后重试。") from None
    except OSError as error:
        raise UserError(f"无法保存报告到“{path}”：{error.strerror or error}。请换一个位置。") from None
    return path
