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
from desktop.services.roster import load_roster_rows
from desktop.validators import mask_id_card, mask_phone

COLUMNS = ("序号", "姓名", "性别", "身份证号", "出生日期", "联系电话", "政治面貌", "所属队伍", "人员类别",
           "特长", "入队日期", "状态", "退出日期", "退出原因", "本年服务时长（小时）", "志愿者编号", "住址", "备注")
WIDTHS = (6, 10, 6, 22, 12, 15, 12, 30, 16, 16, 12, 8, 12, 16, 12, 16, 24, 20)


def _hours(minutes: int | None) -> float | str:
    return "" if minutes is None else round(minutes / 60, 1)


def export_volunteers(db, out: Path | str, *, full_id: bool = False, status: str | None = None,
                      progress: Callable[[int, int], bool | None] | None = None) -> int:
    """Write the roster to `out` (.xlsx); returns the number of volunteers written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise UserError(f"导出文件名应以 .xlsx 结尾（现在是“{out.name}”）。")
    if full_id:
        from desktop.services.privacy import full_export

        full_export(db, "volunteers", str(out))  # 站长 only; audited
    rows = [r for r in load_roster_rows(db) if status is None or r.status == status]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("志愿者名册")
    for i, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + i)].width = width
    header = []
    for title in COLUMNS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for n, r in enumerate(rows, start=1):
        card = WriteOnlyCell(sheet, value=r.id_card if full_id else mask_id_card(r.id_card))
        card.number_format = "@"  # text: Excel must not turn it into 4.10102E+17
        phone = WriteOnlyCell(sheet, value=r.phone if full_id else mask_phone(r.phone))
        phone.number_format = "@"
        sheet.append(xlsx_row(sheet, [n, r.name, r.gender, card, r.birth_date, phone, r.political_status,
                                      "、".join(r.teams), "、".join(r.tags), r.skills, r.join_date,
                                      "在册" if r.status == "active" else "已退出", r.exit_date, r.exit_reason,
                                      _hours(r.minutes_this_year), r.platform_no, r.address, r.note]))
        if progress is not None and n % 1000 == 0 and progress(n, len(rows)) is False:
            raise UserError("已取消导出，没有生成文件。")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        book.save(out)
    except PermissionError:
        raise UserError(f"无法写入“{out.name}”：文件可能正在 Excel/WPS 中打开，或没有写入权限。请关闭后重试。") from None
    except OSError as error:
        raise UserError(f"无法保存到“{out}”：{error.strerror or error}。请换一个位置。") from None
    if progress is not None:
        progress(len(rows), len(rows))
    return len(rows)
