"""活动记录: one activity on paper for inspections and the star rating: its
facts, content, the people who served, and its photos, two to a row."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.i18n import translate
from desktop.models import Activity, Photo
from desktop.reports.base import GRID, HtmlDoc, esc, page
from desktop.reports.data import Attendance, Context
from desktop.reports.format import hours, pinyin_key

# Photos go on their own pages after the facts, two across: 4 to a page (2 x 2, larger) when
# there are at most 4, else 6 to a page (2 x 3). Sizes are screen px of A4 portrait's body
# (about 660 x 1000): a box of width x height per photo, with its caption under it.
PHOTOS_SMALL_SET = 4
LAYOUTS = {4: (300, 400), 6: (300, 265)}


@dataclass(frozen=True)
class RecordData:
    """What the activity record shows, gathered by desktop.services.papers."""

    ctx: Context
    activity: Activity
    attendance: list[Attendance]
    photos: list[tuple[Photo, Path]] = field(default_factory=list)  # every photo whose file exists
    photo_count: int = 0  # all the activity's photos


def per_page(count: int) -> int:
    return 4 if count <= PHOTOS_SMALL_SET else 6


def _photo_pages(photos: list[Photo], names: list[str]) -> list[str]:
    """One table per page of photos (each starts a new page), 4 or 6 to a page."""
    n = per_page(len(photos))
    box_w, box_h = LAYOUTS[n]
    pages = []
    for first in range(0, len(photos), n):
        cells = []
        for photo, name in zip(photos[first:first + n], names[first:first + n], strict=True):
            w, h = max(photo.width, 1), max(photo.height, 1)
            scale = min(box_w / w, box_h / h)
            caption = esc(photo.caption or (f"{photo.taken_at:%Y-%m-%d %H:%M}" if photo.taken_at else ""))
            cells.append(f"<td align='center' valign='middle' width='50%' height='{box_h + 30}'><img src='{name}' "
                         f"width='{int(w * scale)}' height='{int(h * scale)}'/><br/>{caption}</td>")
        if len(cells) % 2:
            cells.append("<td width='50%'></td>")
        rows = "".join("<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2))
        heading = translate("reports", "Activity photos ({n})").format(n=len(photos)) if not first else \
            translate("reports", "Activity photos (continued, {start}–{end} of {n})").format(
                start=first + 1, end=min(first + n, len(photos)), n=len(photos))
        pages.append(f"<h2 style='page-break-before: always;'>{esc(heading)}</h2>"
                     f"<table width='100%' cellpadding='4'>{rows}</table>")
    return pages


def activity_record_html(data: RecordData, progress=None) -> HtmlDoc:
    ctx, act, attendance = data.ctx, data.activity, data.attendance
    images = {f"photo-{i + 1}": path for i, (_photo, path) in enumerate(data.photos)}
    shown = [photo for photo, _path in data.photos]
    people = {a.volunteer_id for a in attendance}  # distinct volunteers: two people of one name are two
    names = sorted((ctx.name(v) for v in people), key=pinyin_key)
    total = sum(a.minutes for a in attendance)
    category = act.category + (translate("reports", " (theory lecture)") if act.theory_lecture else "")
    facts = [(translate("reports", "Activity name"), act.title), (translate("reports", "Activity category"), category),
             (translate("reports", "Activity time"), translate("reports", "{start:%Y-%m-%d %H:%M}—{end:%H:%M}").format(start=act.start_at, end=act.end_at)),
             (translate("reports", "Activity place"), act.place or "—"),
             (translate("reports", "Organiser"), ctx.organiser(act)), (translate("reports", "Person in charge"), ctx.in_charge(act)),
             (translate("reports", "Paired co-building unit"), act.partner_unit or "—"),
             (translate("reports", "Residents served"), translate("reports", "{n} visits").format(n=act.residents_reached)),
             (translate("reports", "Volunteers taking part"), translate("reports", "{n} people, {hours} hours in all").format(n=len(people), hours=f"{hours(total):g}")),
             (translate("reports", "List of volunteers"), translate("reports", ", ").join(names) or "—"), (translate("reports", "Content"), act.content or "—")]
    grid = "".join(f"<tr><td width='18%' align='center' style='background-color: #f0f0f0;'>{esc(k)}</td>"
                   f"<td>{esc(v)}</td></tr>" for k, v in facts)
    body = ["<h1 align='center'>" + translate("reports", "New Era Civilization Practice activity record") + "</h1>"
            f"<p align='center'>{esc(ctx.station.name)}</p>",
            f"<table {GRID}>{grid}</table>",
            "<p>" + translate("reports", "Activity photos: {n} (on the following pages)").format(n=len(shown)) + "</p>"]
    if not shown:
        body.append("<p class='note'>" + translate("reports", "This activity has no photos yet. Add photos in the activity, then print.") + "</p>")
    if data.photo_count > len(shown):
        body.append("<p class='note'>" + translate("reports", "{more} photos are not printed: their files are missing on this PC (sync to fetch them).").format(
            more=data.photo_count - len(shown)) + "</p>")
    line = "：____________"
    body.append("<table class='sign'><tr><td>" + translate("reports", "Recorded by") + line + "</td><td>" + translate("reports", "Person in charge") + line
                + "</td><td>" + translate("reports", "Date") + line + "</td></tr></table>")
    body += _photo_pages(shown, list(images))
    if progress is not None:
        progress(1, 1)
    return HtmlDoc(page("".join(body)), title=translate("reports", "Activity record {title}").format(title=act.title), images=images)
