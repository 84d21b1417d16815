"""The import report (row, column, problem, suggestion), saved as .xlsx or .csv for the user."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.importers.volunteers import ERROR, SKIP, WARNING, Issue

LEVELS = {  # translated where shown: level_label(level)
    ERROR: QT_TRANSLATE_NOOP("importers.report", "Not imported"),
    WARNING: QT_TRANSLATE_NOOP("importers.report", "Imported, please check"),
    SKIP: QT_TRANSLATE_NOOP("importers.report", "On the roster already, skipped"),
}
HEADERS = (QT_TRANSLATE_NOOP("importers.report", "Row"), QT_TRANSLATE_NOOP("importers.report", "Column"),
           QT_TRANSLATE_NOOP("importers.report", "Problem"), QT_TRANSLATE_NOOP("importers.report", "Suggestion"),
           QT_TRANSLATE_NOOP("importers.report", "Result"))


def level_label(level: str) -> str:
    """What happened to the row, in the user's language."""
    return translate("importers.report", LEVELS[level]) if level in LEVELS else level


def _headers() -> list[str]:
    return [translate("importers.report", h) for h in HEADERS]


def report_rows(issues: Iterable[Issue]) -> list[tuple]:
    return [(i.row, i.column, i.problem, i.suggestion, level_label(i.level)) for i in issues]


def save_report(issues: Iterable[Issue], path: Path | str, source: str = "") -> Path:
    """Write the report; the format follows the suffix (.xlsx, else UTF-8 CSV with BOM for Excel)."""
    path = Path(path)
    rows = report_rows(issues)
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import Workbook
            from openpyxl.styles import Font

            book = Workbook()
            sheet = book.active
            sheet.title = translate("importers.report", "Import report")
            if source:
                sheet.append([translate("importers.report", "Imported file: {source}").format(source=source)])
            sheet.append(_headers())
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
            for row in rows:
                sheet.append(row)
            for column, width in zip("ABCDE", (8, 14, 50, 44, 16), strict=True):
                sheet.column_dimensions[column].width = width
            book.save(path)
        else:
            with path.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(_headers())
                writer.writerows(rows)
    except PermissionError:
        raise UserError(translate("importers.report", "“{name}” cannot be written: it may be open in Excel/WPS, or the folder is not writable. Close it and try again.").format(
            name=path.name)) from None
    except OSError as error:
        raise UserError(translate("importers.report", "Cannot save the report to “{path}”: {error}. Choose another place.").format(
            path=path, error=error.strerror or error)) from None
    return path
