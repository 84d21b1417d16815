"""Read a spreadsheet into plain rows: .xlsx (openpyxl), .xls (xlrd), .csv (UTF-8 or GBK).

Cells keep their type (str, int, float, datetime) so the importer can tell
an ID number Excel stored as a number from one typed as text.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.errors import UserError
from desktop.i18n import translate

MAX_COLUMNS = 60


@dataclass
class Table:
    """The first sheet of a file: rows[i] is spreadsheet row i + 1."""

    source: str
    rows: list[list[Any]] = field(default_factory=list)
    sheet: str = ""
    encoding: str = ""

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _trim(row: list[Any]) -> list[Any]:
    row = list(row[:MAX_COLUMNS])
    while row and row[-1] in (None, ""):
        row.pop()
    return row


def _read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except PermissionError:
        raise
    except Exception as error:  # BadZipFile, InvalidFileException, KeyError...: a broken or mislabelled file
        raise UserError(translate("importers.table", "The Excel file “{name}” cannot be read: it may be damaged, or not in .xlsx format. Open it in Excel/WPS, save it as .xlsx and try again. ({error})").format(
            name=path.name, error=type(error).__name__)) from None
    try:
        sheet = book.worksheets[0]
        rows = [_trim(list(r)) for r in sheet.iter_rows(values_only=True)]
        return Table(path.name, rows, sheet.title)
    finally:
        book.close()


def _read_xls(path: Path) -> Table:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
    except Exception as error:  # xlrd raises XLRDError and plain errors for broken files
        raise UserError(translate("importers.table", "The Excel file “{name}” cannot be read ({error}). Open it in Excel/WPS, save it as .xlsx and try again.").format(
            name=path.name, error=error)) from None
    try:
        sheet = book.sheet_by_index(0)
        rows = []
        for r in range(sheet.nrows):
            values = []
            for c in range(min(sheet.ncols, MAX_COLUMNS)):
                cell = sheet.cell(r, c)
                if cell.ctype == xlrd.XL_CELL_DATE:
                    values.append(datetime(*xlrd.xldate_as_tuple(cell.value, book.datemode)))
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    values.append(int(cell.value) if float(cell.value).is_integer() else cell.value)
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    values.append(None)
                else:
                    values.append(cell.value)
            rows.append(_trim(values))
        return Table(path.name, rows, sheet.name)
    finally:
        book.release_resources()


def decode_csv(data: bytes) -> tuple[str, str]:
    """Text and encoding of CSV bytes: UTF-8 (with or without BOM), else GB18030 (a superset of GBK)."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), ("utf-8" if encoding == "utf-8-sig" else "gbk")
        except UnicodeDecodeError:
            continue
    raise UserError(translate("importers.table", "The encoding of the CSV file is not recognised (neither UTF-8 nor GBK). Open it in Excel/WPS, save it as .xlsx and try again."))


def _read_csv(path: Path) -> Table:
    text, encoding = decode_csv(path.read_bytes())
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel
    rows = [_trim(row) for row in csv.reader(io.StringIO(text), dialect)]
    return Table(path.name, rows, encoding=encoding)


def read_table(path: Path | str) -> Table:
    path = Path(path)
    if not path.exists():
        raise UserError(translate("importers.table", "The file “{path}” was not found. Check the name and the folder.").format(path=path))
    suffix = path.suffix.lower()
    try:
        if suffix in (".xlsx", ".xlsm"):
            return _read_xlsx(path)
        if suffix == ".xls":
            return _read_xls(path)
        if suffix in (".csv", ".txt"):
            return _read_csv(path)
    except PermissionError:
        raise UserError(translate("importers.table", "The file “{name}” is in use by another program or cannot be read. Close it in Excel/WPS first and try again.").format(
            name=path.name)) from None
    raise UserError(translate("importers.table", "Files of the type “{suffix}” are not supported. Choose an .xlsx, .xls or .csv file.").format(
        suffix=suffix or translate("importers.table", "no extension")))
