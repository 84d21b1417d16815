"""The shape every paper shares: plain data in, an HTML document (for Qt
printing) and, for tabular papers, an xlsx workbook out.

A `Report` is a title, a few header facts, sections each with an optional
table, and the signature lines at the foot. `report_html` and `write_xlsx`
turn it into the two outputs; papers with a free layout (certificate,
activity record) build their own HTML and reuse the helpers here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.progress import Cancelled, Progress, step

__all__ = ["Cancelled", "Progress"]  # re-exported for the papers; defined in desktop.progress
CANCELLED = QT_TRANSLATE_NOOP("reports", "Cancelled; no file was made.")


def check(progress: Progress | None, done: int, total: int) -> None:
    step(progress, done, total, translate("reports", CANCELLED))


def _t(text: str) -> str:
    """Column titles are marked with QT_TRANSLATE_NOOP("reports", ...) in the papers and translated here."""
    return translate("reports", text)


def _fact(label: str, value) -> str:
    return translate("reports", "{label}: {value}").format(label=label, value=value)


@dataclass
class HtmlDoc:
    """What the printing layer prints: HTML plus the images it refers to."""

    html: str
    title: str = ""
    landscape: bool = False
    images: dict[str, Path] = field(default_factory=dict)  # <img src="name"> -> file
    page_size: str = "A4"  # or "A5" (half an A4 sheet: the request receipt), "A3" (the 积分榜)
    keep_tables: bool = False  # a table that fits on a page is never split across two (the register's blocks)
    continued: str = ""  # printed at the top of a page where a table too tall for one page runs on ("（续）")


@dataclass(frozen=True)
class Column:
    title: str
    width: int  # percent of the page width in the PDF
    xlsx_width: float = 12  # characters in Excel
    align: str = "left"
    numeric: bool = False


@dataclass
class Table:
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    total: list | None = None  # a closing row (合计), same length as columns
    tall: bool = False  # rows high enough to sign by hand


@dataclass
class Section:
    heading: str = ""
    facts: list[tuple[str, str]] = field(default_factory=list)  # label, value under the heading
    table: Table | None = None
    note: str = ""


@dataclass
class Report:
    title: str
    station: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # period, team, ...
    sections: list[Section] = field(default_factory=list)
    signatures: list[str] = field(default_factory=list)  # 填表人, 负责人, ...
    landscape: bool = False
    sheet_name: str = ""
    keep_blocks: bool = False  # print each section's table whole on one page when it fits


# --- HTML --------------------------------------------------------------------

# Qt's rich-text engine understands a subset of CSS 2. Grids use the table's
# own border with no cell spacing rather than `border-collapse`, which made
# the layout of a 1,000-row register four times slower. Bold is avoided: the
# usual CJK fonts have no bold face and the synthetic one prints each glyph
# twice, which doubles the text in the PDF's text layer.
CSS = """
body { font-size: 10.5pt; }
h1 { font-size: 17pt; font-weight: normal; margin: 0 0 4px 0; }
h2 { font-size: 12.5pt; font-weight: normal; margin: 10px 0 4px 0; }
table.grid { border-color: #000; border-style: solid; }
table.grid td, table.grid th { padding: 3px; vertical-align: top; }
table.grid th { background-color: #e6e6e6; font-weight: normal; }
table.facts td { padding: 1px 12px 1px 0; }
td.num { text-align: right; }
p.note { color: #333; font-size: 9pt; }
table.sign td { padding: 14px 24px 0 0; }
"""


GRID = "class='grid' border='0.5' cellspacing='0' cellpadding='3' width='100%'"


def esc(value) -> str:
    text = "" if value is None else str(value)
    return escape(text).replace("\n", "<br/>")


def fmt_number(value) -> str:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return "" if value is None else str(value)


FACTS_PER_ROW = 3


def facts_html(facts: Sequence[tuple[str, str]]) -> str:
    if not facts:
        return ""
    cells = [f"<td>{esc(_fact(label, value))}</td>" for label, value in facts]
    rows = "".join("<tr>" + "".join(cells[i:i + FACTS_PER_ROW]) + "</tr>" for i in range(0, len(cells), FACTS_PER_ROW))
    return f"<table class='facts'>{rows}</table>"


def table_html(table: Table, caption: str = "") -> str:
    """A bordered table whose header rows repeat on every page. `caption` (HTML)
    becomes a first header row across all columns, so a block that runs onto
    the next page says whose it is, and a heading never sits alone at a page foot."""
    head = "".join(f"<th width='{c.width}%' align='center'>{esc(_t(c.title))}</th>" for c in table.columns)
    top = (f"<tr><td colspan='{len(table.columns)}' style='background-color: #ffffff;'>{caption}</td></tr>"
           if caption else "")
    parts = [f"<table {GRID}>",
             f"<thead>{top}<tr>{head}</tr></thead><tbody>"]
    rows = list(table.rows) + ([table.total] if table.total else [])
    pad = " style='padding: 9px 3px;'" if table.tall else ""
    for row in rows:
        cells = []
        for column, value in zip(table.columns, row, strict=True):
            align = "right" if column.numeric else column.align
            cells.append(f"<td align='{align}'{pad}>{esc(fmt_number(value))}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def signatures_html(labels: Sequence[str]) -> str:
    if not labels:
        return ""
    cells = "".join(f"<td>{esc(_fact(label, ''))}____________________</td>" for label in labels)
    return f"<table class='sign'><tr>{cells}</tr></table>"


def page(body: str) -> str:
    return f"<html><head><style>{CSS}</style></head><body>{body}</body></html>"


def report_html(report: Report, progress: Progress | None = None) -> HtmlDoc:
    parts = [f"<h1 align='center'>{esc(report.title)}</h1>",
             f"<p align='center'>{esc(report.station)}</p>", facts_html(report.facts)]
    total = len(report.sections)
    for index, section in enumerate(report.sections):
        if section.table is not None and section.facts:
            gap = "&nbsp;" * 4
            details = gap.join(esc(_fact(label, value)) for label, value in section.facts)
            caption = f"<span style='font-size: 12.5pt;'>{esc(section.heading)}</span>{gap}{details}"
            parts.append("<p style='margin: 4px 0 0 0;'></p>" + table_html(section.table, caption))
        else:
            if section.heading:
                parts.append(f"<h2>{esc(section.heading)}</h2>")
            parts.append(facts_html(section.facts))
            if section.table is not None:
                parts.append(table_html(section.table))
        if section.note:
            parts.append(f"<p class='note'>{esc(section.note)}</p>")
        check(progress, index + 1, total)
    parts.append(signatures_html(report.signatures))
    return HtmlDoc(page("".join(parts)), title=report.title, landscape=report.landscape, keep_tables=report.keep_blocks,
                   continued=translate("reports", "(continued)") if report.keep_blocks else "")


# --- xlsx --------------------------------------------------------------------

def _styles(book) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell = NamedStyle("grid", border=border, alignment=Alignment(wrap_text=True, vertical="top"))
    head = NamedStyle("grid_head", border=border, fill=PatternFill("solid", fgColor="E6E6E6"),
                      alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    for style in (cell, head, NamedStyle("title", font=Font(size=15)), NamedStyle("heading", font=Font(size=12))):
        book.add_named_style(style)


def _sections_xlsx(report: Report, put, row_no, progress: Progress | None) -> int | None:
    """Write each section; returns the row number of the first table header."""
    title_row = None
    total = len(report.sections)
    for index, section in enumerate(report.sections):
        if section.heading:
            put([])
            put([section.heading] + [_fact(label, value) for label, value in section.facts], "heading")
        if section.table is not None:
            table = section.table
            put([_t(c.title) for c in table.columns], "grid_head")
            title_row = title_row or row_no()
            for row in table.rows:
                put(row, "grid")
            if table.total:
                put(table.total, "grid")
        if section.note:
            put([section.note])
        check(progress, index + 1, total)
    return title_row


def write_xlsx(report: Report, path: Path | str, progress: Progress | None = None) -> Path:
    """One sheet: title, facts, then each section's table with its header row.

    Written in openpyxl's write-only mode with named styles (a 10,000-row
    register in a couple of seconds). The first table's header is the print
    title, so it repeats on every page printed from Excel/WPS too; the sheet
    prints A4, fit to width.
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    from desktop.cells import as_text, xlsx_row

    path = Path(path)
    book = Workbook(write_only=True)
    _styles(book)
    sheet = book.create_sheet((report.sheet_name or report.title)[:31])
    tables = [s.table for s in report.sections if s.table is not None]
    widths: dict[int, float] = {}
    for table in tables:
        for col, column in enumerate(table.columns, start=1):
            widths[col] = max(widths.get(col, 0), column.xlsx_width)
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = width
    row_no = 0

    def put(values, style: str | None = None) -> None:
        nonlocal row_no
        row_no += 1
        if style is None:
            sheet.append(xlsx_row(sheet, values))
            return
        cells = []
        for value in values:
            cell = as_text(WriteOnlyCell(sheet, value=value))
            cell.style = style
            cells.append(cell)
        sheet.append(cells)

    put([report.title], "title")
    put([report.station] + [_fact(label, value) for label, value in report.facts])
    try:
        title_row = _sections_xlsx(report, put, lambda: row_no, progress)
    except Cancelled:
        sheet.close()  # ends openpyxl's row writer; its temporary file is removed at exit
        raise
    if report.signatures:
        put([])
        put([_fact(label, "") for label in report.signatures])
    sheet.page_setup.paperSize = "9"  # A4 (openpyxl Worksheet.PAPERSIZE_A4)
    sheet.page_setup.orientation = "landscape" if report.landscape else "portrait"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    if title_row:
        sheet.print_title_rows = f"{title_row}:{title_row}"
    partial = path.with_name(path.name + ".part")
    book.save(partial)
    partial.replace(path)
    return path
