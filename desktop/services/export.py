"""Volunteer export to .xlsx: the roster as a station keeps it, ID numbers and phones masked unless asked for.

A full export (`full_id=True`) is for the 站长 only and is audited; every
cell that would start a formula is written as text (desktop.cells).

The headers are the importer's own, so an exported file imports back as is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.cells import xlsx_row
from desktop.errors import UserError
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.roster import load_roster_rows
from desktop.validators import mask_id_card, mask_phone

COLUMNS = (QT_TRANSLATE_NOOP("services.export", "No."), QT_TRANSLATE_NOOP("services.export", "Name"), QT_TRANSLATE_NOOP("services.export", "Gender"), QT_TRANSLATE_NOOP("services.export", "ID number"), QT_TRANSLATE_NOOP("services.export", "Date of birth"), QT_TRANSLATE_NOOP("services.export", "Phone"),
           QT_TRANSLATE_NOOP("services.export", "Political status"), QT_TRANSLATE_NOOP("services.export", "Teams"), QT_TRANSLATE_NOOP("services.export", "Categories"), QT_TRANSLATE_NOOP("services.export", "Skills"), QT_TRANSLATE_NOOP("services.export", "Join date"), QT_TRANSLATE_NOOP("services.export", "Status"),
           QT_TRANSLATE_NOOP("services.export", "Exit date"), QT_TRANSLATE_NOOP("services.export", "Exit reason"), QT_TRANSLATE_NOOP("services.export", "Service hours this year"), QT_TRANSLATE_NOOP("services.export", "Volunteer number"), QT_TRANSLATE_NOOP("services.export", "Address"),
           QT_TRANSLATE_NOOP("services.export", "Note"))
WIDTHS = (6, 10, 6, 22, 12, 15, 12, 30, 16, 16, 12, 8, 12, 16, 12, 16, 24, 20)


def _hours(minutes: int | None) -> float | str:
    return "" if minutes is None else round(minutes / 60, 1)


def export_volunteers(db, out: Path | str, *, full_id: bool = False, status: str | None = None,
                      progress: Callable[[int, int], bool | None] | None = None) -> int:
    """Write the roster to `out` (.xlsx); returns the number of volunteers written."""
    return write_roster(roster_to_export(db, out, full_id=full_id, status=status), out, full_id=full_id,
                        progress=progress)


def roster_to_export(db, out: Path | str, *, full_id: bool = False, status: str | None = None) -> list:
    """The database half of an export (the window runs it on the database worker): the file name checked,
    a full-ID export allowed and audited, the rows read."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(translate("services.export", "The export file name must end in .xlsx (it is “{name}”).").format(name=out.name))
    if full_id:
        from desktop.services.privacy import full_export

        full_export(db, "volunteers", str(out))  # 站长 only; audited
    return [r for r in load_roster_rows(db) if status is None or r.status == status]


def write_roster(rows: list, out: Path | str, *, full_id: bool = False,
                 progress: Callable[[int, int], bool | None] | None = None) -> int:
    """The file half (no database: the window runs it on the render pool): `rows` as the .xlsx `out`."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    out = Path(out)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(translate("services.export", "Volunteer roster"))
    for i, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    header = []
    for title in COLUMNS:
        cell = WriteOnlyCell(sheet, value=translate("services.export", title))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    sep, active, exited = translate("services.export", ", "), translate("services.export", "On the roster"), translate("services.export", "Left")
    for n, r in enumerate(rows, start=1):
        card = WriteOnlyCell(sheet, value=r.id_card if full_id else mask_id_card(r.id_card))
        card.number_format = "@"  # text: Excel must not turn it into 4.10102E+17
        phone = WriteOnlyCell(sheet, value=r.phone if full_id else mask_phone(r.phone))
        phone.number_format = "@"
        sheet.append(xlsx_row(sheet, [n, r.name, r.gender, card, r.birth_date, phone, r.political_status,
                                      sep.join(r.teams), sep.join(r.tags), r.skills, r.join_date,
                                      active if r.status == "active" else exited, r.exit_date, r.exit_reason,
                                      _hours(r.minutes_this_year), r.platform_no, r.address, r.note]))
        if progress is not None and n % 1000 == 0 and progress(n, len(rows)) is False:
            raise UserError(translate("services.export", "Export cancelled; no file was made."))
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        book.save(out)
    except PermissionError:
        raise UserError(translate("services.export", "“{name}” cannot be written: it may be open in Excel/WPS, or the folder is not writable. Close it and try again.").format(
            name=out.name)) from None
    except OSError as error:
        raise UserError(translate("services.export", "Cannot save to “{path}”: {error}. Choose another place.").format(
            path=out, error=error.strerror or error)) from None
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)
