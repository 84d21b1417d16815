"""台账资料包 (evidence pack) for a period: one PDF with a cover and contents, the
volunteer service register, each held activity's record with all its photos,
the monthly bulletins, the certificate register and the star-rating
self-check, plus a zip of the photos as stored (full size, one folder per
activity).

Two steps, so the UI can read on the database worker and draw on the render pool:

    plan = gather(db, period, progress)                          # reads only
    result = write(plan, folder, write_pack=printing.pack.write_pack, progress=...)

Every paper comes from the paper registry (desktop.services.papers.kinds), so
the pack prints exactly what the reports page prints. Writing needs Qt, which
the services never import: the caller passes the printing adapter's
`write_pack` in. Both files are written under a temporary name and renamed
only when both are complete; a cancelled or failed build (full disk,
unwritable folder) leaves no file that looks finished.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, UserError
from desktop.i18n import translate
from desktop.models import Activity, Photo
from desktop.periods import Period, month, span, year
from desktop.progress import Cancelled, Progress, step
from desktop.reports.base import HtmlDoc
from desktop.reports.evidence import Entry, Front, front_html
from desktop.services.papers.request import PaperRequest

HELD = ("held", "recorded")
SPARE_BYTES = 30 * 1024 * 1024  # room the PDF's text and fonts need on top of the photos

WritePack = Callable[..., "int | None"]  # (front, parts, path, progress=) -> pages | None (cancelled)


@dataclass
class Plan:
    """Everything the pack prints, read from the database; writing needs no database."""

    station: str
    period: Period
    front: Front
    parts: list[HtmlDoc]
    photos: list[tuple[str, Path]]  # (name in the zip, stored file)
    missing_photos: int = 0  # photos whose file is not on this PC (came by sync, not fetched)
    activities: int = 0

    def front_doc(self, starts: list[int]) -> HtmlDoc:
        return front_html(self.front, starts)

    @property
    def photo_bytes(self) -> int:
        return sum(p.stat().st_size for _name, p in self.photos if p.is_file())


@dataclass
class Result:
    pdf: Path
    zip: Path
    pages: int
    pdf_bytes: int
    zip_bytes: int
    photos: int
    activities: int
    missing_photos: int = 0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


def parse_period(first: str, last: str | None) -> Period:
    """The period from two YYYY-MM-DD dates (`last` default: today); bad input raises a translated error."""
    from desktop.errors import ValidationError

    def day(text: str, what: str) -> date:
        try:
            return date.fromisoformat(text.strip())
        except (ValueError, AttributeError):
            raise ValidationError(translate("services.evidence", "The date “{text}” is not in the right form; write it like “2026-01-01”.").format(
                text=text), field=what) from None

    start = day(first, "from")
    end = day(last, "to") if last else date.today()
    if (end - start).days > 366 * 5:
        raise ValidationError(translate("services.evidence", "The period is too long: at most five years in one pack."), field="to")
    return span(start, end)


def _safe(text: str, limit: int = 60) -> str:
    text = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", text).strip(" .")
    return text[:limit] or "_"


def file_stem(station: str, period: Period) -> str:
    return _safe(translate("services.evidence", "Evidence pack {station} {first:%Y%m%d}-{last:%Y%m%d}").format(
        station=station, first=period.start, last=period.last_day), 120)


def _build(db: Database, req: PaperRequest) -> HtmlDoc:
    from desktop.services import papers

    return papers.build(db, req).doc


def _record(db: Database, act: Activity, photos: list[tuple[Photo, Path]]) -> HtmlDoc:
    """The activity record with every photo whose file is here (the registry's record prints a limited number)."""
    from desktop.services.papers import KINDS

    kind = KINDS["activity-record"]
    req = PaperRequest("activity-record", activity_id=act.id)
    data = kind.gather(db, req, None)
    if hasattr(data, "photos"):
        data = replace(data, photos=photos)
    return kind.html(data, req, None)


def _note(text: str) -> str:
    from desktop.reports.base import esc, page

    return page(f"<p>{esc(text)}</p>")


def _months(period: Period, today: date) -> list[Period]:
    out = []
    y, m = period.start.year, period.start.month
    while date(y, m, 1) <= min(period.last_day, today):
        out.append(month(y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def gather(db: Database, period: Period, progress: Progress | None = None, today: date | None = None) -> Plan:
    """Read every paper of the pack. Only activities held or recorded by `today` are in it."""
    from desktop.services.papers.gather import load_context, photo_path
    from desktop.services.photos import photo_file

    today = today or date.today()
    ctx = load_context(db)
    station = ctx.station
    until = min(period.end, datetime.combine(today, datetime.max.time()))
    with db.read() as session:
        acts = list(session.exec(select(Activity).where(
            Activity.deleted_at.is_(None), Activity.start_at >= period.start, Activity.start_at < until,
            Activity.status.in_(HELD)).order_by(Activity.start_at)))
        photo_rows = list(session.exec(select(Photo).where(Photo.deleted_at.is_(None), Photo.activity_id.in_(
            [a.id for a in acts])).order_by(Photo.taken_at, Photo.added_at))) if acts else []
    by_activity: dict[str, list[Photo]] = {}
    for photo in photo_rows:
        by_activity.setdefault(photo.activity_id, []).append(photo)
    months = _months(period, today)
    years = sorted({p.start.year for p in months} or {period.start.year})
    total = 2 + len(acts) + len(months) + len(years)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        step(progress, done, total, translate("services.evidence", "Cancelled; no file was made."))

    parts: list[HtmlDoc] = []
    entries: list[Entry] = []
    entries.append(Entry(translate("services.evidence", "1 Volunteer service register")))
    parts.append(_build(db, PaperRequest("register", period, by="volunteer")))
    tick()
    entries.append(Entry(translate("services.evidence", "2 Activity records ({n})").format(n=len(acts))))
    zipped: list[tuple[str, Path]] = []
    missing = 0
    for number, act in enumerate(acts, start=1):
        here = []
        folder = _safe(f"{number:03d} {act.start_at:%Y-%m-%d} {act.title}")
        for index, photo in enumerate(by_activity.get(act.id, []), start=1):
            path = photo_file(db, photo.sha256)
            if not path.is_file():
                path = photo_path(db, photo.sha256)  # came by sync: fetched from the county if it can be
            if path.is_file():
                here.append((photo, path))
                stem = Path(photo.original_name).stem if photo.original_name else ""
                zipped.append((f"{folder}/{index:02d}{'-' + _safe(stem, 40) if stem else ''}.jpg", path))
            else:
                missing += 1
        parts.append(_record(db, act, here))
        entries.append(Entry(translate("services.evidence", "{day:%Y-%m-%d} {title} ({n} photos)").format(
            day=act.start_at, title=act.title, n=len(here)), 1))
        tick()
    if not acts:
        entries[-1] = Entry(translate("services.evidence", "2 Activity records (none held in this period)"))
        parts.append(HtmlDoc(_note(translate("services.evidence", "No activity was held or recorded in this period.")),
                             title=translate("services.evidence", "Activity records")))
    entries.append(Entry(translate("services.evidence", "3 Monthly bulletins")))
    for p in months:
        parts.append(_build(db, PaperRequest("monthly", p, extra={"today": today})))
        entries.append(Entry(p.label, 1))
        tick()
    if not months:
        entries[-1] = Entry(translate("services.evidence", "3 Monthly bulletins (none yet)"))
        parts.append(HtmlDoc(_note(translate("services.evidence", "The period has not begun yet.")),
                             title=translate("services.evidence", "Monthly bulletins")))
    entries.append(Entry(translate("services.evidence", "4 Register of volunteer service certificates")))
    for y in years:
        parts.append(_build(db, PaperRequest("certificate-register", year(y))))
        entries.append(Entry(year(y).label, 1))
        tick()
    entries.append(Entry(translate("services.evidence", "5 Star rating self-check")))
    parts.append(_build(db, PaperRequest("selfcheck", year(period.last_day.year), extra={"today": today})))
    tick()
    figures = [(translate("services.evidence", "Activities held"), str(len(acts))), (translate("services.evidence", "Photos"), str(len(zipped))),
               (translate("services.evidence", "Volunteers on the roster"), str(sum(v.status == "active" for v in ctx.volunteers.values())))]
    front = Front(station.name, station.county, station.town, station.head_name, period, datetime.now().replace(microsecond=0),
                  entries, figures)
    return Plan(station.name, period, front, parts, zipped, missing, len(acts))


def _writable(folder: Path) -> None:
    if not folder.is_dir():
        raise UserError(translate("services.evidence", "The folder “{folder}” does not exist; choose another place to save.").format(folder=folder))
    probe = folder / f".station-desk-probe-{os.getpid()}"
    try:
        probe.write_bytes(b"")
    except OSError:
        raise UserError(translate("services.evidence", "Cannot write in the folder “{folder}”; choose another folder (a USB stick may be write-protected).").format(
            folder=folder)) from None
    finally:
        probe.unlink(missing_ok=True)


def _disk_full(folder: Path) -> UserError:
    return UserError(translate("services.evidence", "The disk of “{folder}” is full; the evidence pack was not made. Free some space or choose another drive.").format(
        folder=folder))


def _zip(photos: list[tuple[str, Path]], target: Path, progress: Progress | None, done: int, steps: int) -> None:
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_STORED, allowZip64=True) as archive:
        for index, (name, path) in enumerate(photos, start=1):
            archive.write(path, name)  # JPEGs do not shrink: stored as they are
            step(progress, done + index, steps, translate("services.evidence", "Cancelled; no file was made."))


def write(plan: Plan, folder: Path | str, *, write_pack: WritePack, progress: Progress | None = None) -> Result:
    """Write the pack's PDF and photo zip into `folder`; returns what was made."""
    import time

    started = time.monotonic()
    folder = Path(folder)
    _writable(folder)
    need = plan.photo_bytes * 2 + SPARE_BYTES  # the zip holds the photos, and the PDF them again (smaller)
    free = shutil.disk_usage(folder).free
    if free < need:
        raise UserError(translate("services.evidence", "Not enough space in “{folder}”: the evidence pack needs about {need} MB, {free} MB are free.").format(
            folder=folder, need=need // 2**20 + 1, free=free // 2**20))
    stem = file_stem(plan.station, plan.period)
    pdf, archive = folder / f"{stem}.pdf", folder / translate("services.evidence", "{stem} photos.zip").format(stem=stem)
    zip_part = archive.with_name(archive.name + ".part")
    pdf_part = pdf.with_name(pdf.name + ".part")  # write_pack writes pdf_part.part, then renames it to pdf_part
    zip_steps = len(plan.photos)
    pdf_weight = [0]

    def pdf_progress(done: int, total: int):
        pdf_weight[0] = total
        return None if progress is None else progress(done, total + zip_steps)

    renamed: list[Path] = []
    try:
        pages = write_pack(plan.front_doc, plan.parts, pdf_part, progress=pdf_progress)
        if pages is None:
            raise Cancelled(translate("services.evidence", "Cancelled; no file was made."))
        _zip(plan.photos, zip_part, progress, pdf_weight[0], pdf_weight[0] + zip_steps)
        zip_part.replace(archive)
        renamed.append(archive)
        pdf_part.replace(pdf)  # last: a PDF under its own name is a finished pack
    except Cancelled:
        for path in (pdf_part.with_name(pdf_part.name + ".part"), pdf_part, zip_part):
            path.unlink(missing_ok=True)
        raise
    except OSError as error:
        for path in (pdf_part.with_name(pdf_part.name + ".part"), pdf_part, zip_part, *renamed):
            path.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _disk_full(folder) from None
        if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise UserError(translate("services.evidence", "Cannot write in the folder “{folder}”; choose another folder (a USB stick may be write-protected).").format(
                folder=folder)) from None
        raise UserError(translate("services.evidence", "The evidence pack could not be written ({error}); nothing was kept. Try another folder.").format(
            error=error.strerror or error)) from None
    notes = []
    if plan.missing_photos:
        notes.append(translate("services.evidence", "{n} photos came from another PC and are not on this one; sync to fetch them, then make the pack again.").format(
            n=plan.missing_photos))
    return Result(pdf, archive, pages, pdf.stat().st_size, archive.stat().st_size, len(plan.photos), plan.activities,
                  plan.missing_photos, time.monotonic() - started, notes)


def build(db: Database, period: Period, folder: Path | str, *, write_pack: WritePack,
          progress: Progress | None = None, today: date | None = None) -> Result:
    """gather + write in one go (the CLI)."""
    import time

    if db.station_id is None:
        raise NotFound(translate("services.evidence", "No station has been set up on this PC yet; finish the first-run setup first."))
    _writable(Path(folder))
    started = time.monotonic()
    plan = gather(db, period, progress=None if progress is None else (lambda d, t: progress(d, 0)), today=today)
    result = write(plan, folder, write_pack=write_pack, progress=progress)
    result.seconds = time.monotonic() - started
    return result
