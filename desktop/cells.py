"""Spreadsheet cells that Excel/WPS never evaluate (CSV/formula injection).

A string that begins with = + - @, a tab or a carriage return would be read
as a formula. In xlsx such a value is written as a text cell with Excel's
quote prefix (the cell shows exactly the name, e.g. "=HYPERLINK(...)", as
text); in CSV it gets a leading apostrophe, as OWASP advises.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def needs_escape(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_value(value):
    return "'" + value if needs_escape(value) else value


def as_text(cell):
    """Make an openpyxl cell whose value looks like a formula a plain text cell; returns the cell."""
    if needs_escape(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def xlsx_row(sheet, values) -> list:
    """Values for `sheet.append` (write-only sheets too): formula-like strings become text cells."""
    from openpyxl.cell import WriteOnlyCell

    out = []
    for value in values:
        if needs_escape(value):
            out.append(as_text(WriteOnlyCell(sheet, value=value)))
        else:
            out.append(value)
    return out
