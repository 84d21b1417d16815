"""活动记录: one activity on paper for inspections and the star rating: its
facts, content, the people who served, and its photos, two to a row."""

from __future__ import annotations

from sqlmodel import select

from desktop.db import Database
from desktop.models import Photo
from desktop.reports import hours_source
from desktop.reports.base import GRID, HtmlDoc, esc, page
from desktop.reports.periods import hours
from desktop.reports.register import load_context
from desktop.reports.signin_sheet import _activity, pinyin_key

PHOTO_BOX = 260  # px (screen units): two photos side by side, four fit under the facts on one A4 page
MAX_PHOTOS = 12


def photo_path(db: Database, sha256: str):
    """The photo's file, fetched from the county server first if it came by sync."""
    from desktop.services.photos import ensure_local, photo_file

    return ensure_local(db, sha256) or photo_file(db, sha256)


def _photo_grid(photos: list[Photo], names: list[str]) -> str:
    cells = []
    for photo, name in zip(photos, names, strict=True):
        w, h = max(photo.width, 1), max(photo.height, 1)
        scale = min(PHOTO_BOX / w, PHOTO_BOX * 0.75 / h)
        caption = esc(photo.caption or (f"{photo.taken_at:%Y-%m-%d %H:%M}" if photo.taken_at else ""))
        cells.append(f"<td align='center' width='50%'><img src='{name}' width='{int(w * scale)}' "
                     f"height='{int(h * scale)}'/><br/>{caption}</td>")
    rows = ["<tr>" + "".join(cells[i:i + 2]) + "</tr>" for i in range(0, len(cells), 2)]
    return "<table width='100%' cellpadding='6'>" + "".join(rows) + "</table>"


def build_activity_record(db: Database, activity_id: str, progress=None) -> HtmlDoc:
    ctx = load_context(db)
    act = _activity(db, activity_id)
    attendance = hours_source.activity_attendance(db, activity_id)
    with db.read() as session:
        photos = list(session.exec(select(Photo).where(Photo.activity_id == activity_id, Photo.deleted_at.is_(None))
                                   .order_by(Photo.taken_at, Photo.added_at)))
    images, shown = {}, []
    for photo in photos:
        if len(shown) >= MAX_PHOTOS:
            break
        path = photo_path(db, photo.sha256)
        if path.exists():
            name = f"photo-{len(shown) + 1}"
            images[name] = path
            shown.append(photo)
    names = sorted({ctx.name(a.volunteer_id) for a in attendance}, key=pinyin_key)
    total = sum(a.minutes for a in attendance)
    category = act.category + ("（理论宣讲）" if act.theory_lecture else "")
    facts = [("活动名称", act.title), ("活动类别", category),
             ("活动时间", f"{act.start_at:%Y年%m月%d日 %H:%M}—{act.end_at:%H:%M}"), ("活动地点", act.place or "—"),
             ("组织单位", ctx.organiser(act)), ("负责人", ctx.in_charge(act)),
             ("结对共建单位", act.partner_unit or "—"), ("服务群众", f"{act.residents_reached} 人次"),
             ("参加志愿者", f"{len(names)} 人，共 {hours(total):g} 小时"),
             ("志愿者名单", "、".join(names) or "—"), ("活动内容", act.content or "—")]
    grid = "".join(f"<tr><td width='18%' align='center' style='background-color: #f0f0f0;'>{esc(k)}</td>"
                   f"<td>{esc(v)}</td></tr>" for k, v in facts)
    body = [f"<h1 align='center'>新时代文明实践活动记录</h1><p align='center'>{esc(ctx.station.name)}</p>",
            f"<table {GRID}>{grid}</table>",
            f"<h2>活动照片（{len(shown)} 张）</h2>"]
    body.append(_photo_grid(shown, list(images)) if shown else "<p class='note'>本活动还没有照片。请在活动中导入照片后再打印。</p>")
    if len(photos) > len(shown):
        body.append(f"<p class='note'>另有 {len(photos) - len(shown)} 张照片未打印（已打印前 {len(shown)} 张或文件缺失）。</p>")
    body.append("<table class='sign'><tr><td>记录人：____________</td><td>负责人：____________</td>"
                "<td>日期：____________</td></tr></table>")
    if progress is not None:
        progress(1, 1)
    return HtmlDoc(page("".join(body)), title=f"活动记录 {act.title}", images=images)
