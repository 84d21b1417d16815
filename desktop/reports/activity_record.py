"""活动记录: one activity on paper for inspections and the star rating: its
facts, content, the people who served, and its photos, two to a row."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.models import Activity, Photo
from desktop.reports.base import GRID, HtmlDoc, esc, page
from desktop.reports.data import Attendance, Context
from desktop.reports.format import hours, pinyin_key

PHOTO_BOX = 260  # px (screen units): two photos side by side, four fit under the facts on one A4 page
MAX_PHOTOS = 12


@dataclass(frozen=True)
class RecordData:
    """What the activity record shows, gathered by desktop.services.papers."""

    ctx: Context
    activity: Activity
    attendance: list[Attendance]
    photos: list[tuple[Photo, Path]] = field(default_factory=list)  # printed: at most MAX_PHOTOS whose file exists
    photo_count: int = 0  # all the activity's photos


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


def activity_record_html(data: RecordData, progress=None) -> HtmlDoc:
    ctx, act, attendance = data.ctx, data.activity, data.attendance
    images = {f"photo-{i + 1}": path for i, (_photo, path) in enumerate(data.photos)}
    shown = [photo for photo, _path in data.photos]
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
    if data.photo_count > len(shown):
        body.append(f"<p class='note'>另有 {data.photo_count - len(shown)} 张照片未打印（已打印前 {len(shown)} 张或文件缺失）。</p>")
    body.append("<table class='sign'><tr><td>记录人：____________</td><td>负责人：____________</td>"
                "<td>日期：____________</td></tr></table>")
    if progress is not None:
        progress(1, 1)
    return HtmlDoc(page("".join(body)), title=f"活动记录 {act.title}", images=images)
