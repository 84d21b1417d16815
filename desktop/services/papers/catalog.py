"""The papers behind one entry point that the CLI and the reports page share:
a request in, a printable document (and the table, for xlsx) out.

    req = issue(db, req)     # only when printing/saving a kind that records something first
    built = build(db, req)   # reads, never writes
    export(db, req, "pdf", out, write_pdf=desktop.printing.document.write_pdf)

Writing a PDF needs Qt, which the services never import: the caller passes
the printing adapter's writer in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from desktop.db import Database
from desktop.errors import UserError, ValidationError
from desktop.i18n import translate
from desktop.progress import Cancelled, Progress
from desktop.reports.base import CANCELLED, HtmlDoc, report_html, write_xlsx
from desktop.services.papers.kinds import PaperKind, kind_of
from desktop.services.papers.request import Built, PaperRequest

FORMATS = ("pdf", "xlsx")

# (document, path, progress) -> pages, or None when cancelled (no file left)
PdfWriter = Callable[..., int | None]




def validate(req: PaperRequest) -> PaperKind:
    kind = kind_of(req.kind)
    if "activity" in kind.needs and not req.activity_id:
        raise ValidationError(translate("services.papers", "{paper} needs an activity (on the command line: --activity ACTIVITY_ID).").format(
            paper=kind.label), field="activity")
    if "volunteer" in kind.needs and not req.volunteer_id and not req.certificate_id:
        raise ValidationError(translate("services.papers", "{paper} needs a volunteer (on the command line: --volunteer VOLUNTEER_ID).").format(
            paper=kind.label), field="volunteer")
    if kind.period in ("any", "month", "year") and req.period is None and not req.certificate_id:
        raise ValidationError(translate("services.papers", "{paper} needs a period (on the command line: --month 2026-03 or --year 2026).").format(
            paper=kind.label), field="period")
    return kind


def issue(db: Database, req: PaperRequest, actor: str = "站长") -> PaperRequest:
    """The write a paper makes before it is printed or saved (a certificate takes its number).
    Returns the request to build; a kind that records nothing returns it unchanged."""
    kind = validate(req)
    if kind.issue is None or not req.issue:
        return req
    return kind.issue(db, req, actor)


def build(db: Database, req: PaperRequest, progress: Progress | None = None) -> Built:
    """Gather the paper's data and render it. Reads only: call `issue` first to record anything."""
    kind = validate(req)
    data = kind.gather(db, req, progress)
    report = kind.report(data, req, progress) if kind.report is not None else None
    doc: HtmlDoc = kind.html(data, req, progress) if kind.html is not None else report_html(report)
    return Built(doc, report, kind.number(data) if kind.number is not None else "")


def save_xlsx(built: Built, path, progress: Progress | None = None):
    if built.report is None:
        raise ValidationError(translate("services.papers", "This paper is not a table and cannot be saved as Excel; save it as PDF."), field="format")
    return write_xlsx(built.report, path, progress)


def check_target(fmt: str, out: Path | str) -> Path:
    out = Path(out)
    if fmt not in FORMATS:
        raise ValidationError(translate("services.papers", "The format can only be {formats}.").format(formats=translate("services.papers", " or ").join(FORMATS)), field="format")
    if not out.parent.is_dir():
        raise UserError(translate("services.papers", "The folder “{folder}” does not exist; choose another place to save.").format(folder=out.parent))
    return out


def write_built(built: Built, fmt: str, out: Path | str, progress: Progress | None = None, *,
                write_pdf: PdfWriter | None = None) -> int:
    """Write to `out`; returns the page count (PDF) or 1 (xlsx). Raises Cancelled when cancelled."""
    out = check_target(fmt, out)
    try:
        if fmt == "xlsx":
            save_xlsx(built, out, progress)
            return 1
        if write_pdf is None:
            raise ValueError("a PDF needs the printing adapter's writer (desktop.printing.document.write_pdf)")
        pages = write_pdf(built.doc, out, progress=progress)
    except PermissionError:
        raise UserError(translate("services.papers", "Cannot write “{path}”: it may be open in WPS/Excel or a PDF reader; close it and try again.").format(
            path=out)) from None
    if pages is None:
        raise Cancelled(translate("reports", CANCELLED))
    return pages


def export(db: Database, req: PaperRequest, fmt: str, out: Path | str, progress: Progress | None = None, *,
           write_pdf: PdfWriter | None = None) -> tuple[int, Built]:
    """Build the paper from the records and write it. Returns (pages, built). Issues nothing:
    the caller runs `issue` first when it prints or saves a certificate."""
    check_target(fmt, out)
    kind = validate(req)
    if fmt == "xlsx" and not kind.has_table:
        raise ValidationError(translate("services.papers", "{paper} is not a table and cannot be saved as Excel; use --format pdf.").format(
            paper=kind.label), field="format")
    built = build(db, req, progress)
    return write_built(built, fmt, out, progress, write_pdf=write_pdf), built
