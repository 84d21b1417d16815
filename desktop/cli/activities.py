"""`activity add|edit|status|list`, `signin`, `signout`, `photo add`, `hours`, `cards`, `kiosk-pin`."""

from __future__ import annotations

import sys
from datetime import date, datetime

from sqlmodel import select

from desktop.cli import print_json
from desktop.errors import NotFound, UserError, ValidationError
from desktop.models import Activity, Volunteer
from desktop.services import activities as svc
from desktop.services import hours, kiosk, photos
from desktop.services.hour_rules import format_minutes


def register(sub) -> None:
    act = sub.add_parser("activity", help="文明实践活动")
    asub = act.add_subparsers(dest="action", required=True)
    add = asub.add_parser("add", help="新建活动，输出新编号")
    add.add_argument("--title", required=True)
    edit = asub.add_parser("edit", help="修改活动")
    edit.add_argument("id")
    edit.add_argument("--title", default=None)
    for p in (add, edit):
        p.add_argument("--category", required=(p is add), default=None, help="五项工作之一")
        p.add_argument("--start", required=(p is add), default=None, help="YYYY-MM-DD HH:MM")
        p.add_argument("--end", required=(p is add), default=None, help="YYYY-MM-DD HH:MM")
        p.add_argument("--theory", action="store_true", default=None, help="理论宣讲")
        p.add_argument("--team", default=None)
        p.add_argument("--place", default=None)
        p.add_argument("--content", default=None)
        p.add_argument("--residents", type=int, default=None, dest="residents_reached", help="覆盖群众人数")
        p.add_argument("--partner", default=None, dest="partner_unit", help="结对共建单位")
    add.set_defaults(handler=run_add)
    edit.set_defaults(handler=run_edit)
    status = asub.add_parser("status", help="标记活动状态：planned（计划中）/ held（已开展）/ recorded（已记录）")
    status.add_argument("id")
    status.add_argument("state", choices=sorted(svc.STATE_LABELS))
    status.set_defaults(handler=run_status)
    voids = asub.add_parser("void-signin", help="作废一位志愿者在活动中的签到（记录保留，不计时长和积分）")
    voids.add_argument("activity", help="活动编号")
    voids.add_argument("volunteer", help="志愿者编号、姓名或手机号")
    voids.add_argument("--reason", required=True, help="作废原因")
    voids.set_defaults(handler=run_void_signin)
    lst = asub.add_parser("list", help="列出活动")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    for kind, label in (("in", "signin"), ("out", "signout")):
        p = sub.add_parser(label, help="签到" if kind == "in" else "签退")
        p.add_argument("activity", help="活动编号")
        p.add_argument("volunteer", help="志愿者编号、姓名或手机号")
        p.add_argument("--at", default=None, help="时间 YYYY-MM-DD HH:MM（默认现在）")
        p.set_defaults(handler=run_signin, kind=kind)
    photo = sub.add_parser("photo", help="活动照片")
    psub = photo.add_subparsers(dest="action", required=True)
    padd = psub.add_parser("add", help="给活动添加照片（文件或整个文件夹）")
    padd.add_argument("activity")
    padd.add_argument("files", nargs="+")
    padd.set_defaults(handler=run_photo_add)
    hrs = sub.add_parser("hours", help="志愿服务时长统计")
    hrs.add_argument("--year", type=int, default=None)
    hrs.add_argument("--volunteer", default=None, help="只看一位志愿者（编号、姓名或手机号）：按月列出")
    hrs.add_argument("--json", action="store_true")
    hrs.set_defaults(handler=run_hours)
    cards = sub.add_parser("cards", help="打印志愿者二维码卡（A4 PDF）")
    cards.add_argument("--out", required=True)
    cards.add_argument("--team", default=None)
    cards.set_defaults(handler=run_cards)
    pin = sub.add_parser("kiosk-pin", help="设置站长密码（退出签到台时使用）")
    pin.add_argument("pin")
    pin.set_defaults(handler=run_pin)


def _fields(args) -> dict:
    names = ("title", "category", "start", "end", "theory", "team", "place", "content", "residents_reached",
             "partner_unit")
    return {n: getattr(args, n) for n in names if getattr(args, n, None) is not None}


def find_activity(db, key: str) -> Activity:
    with db.read() as session:
        rows = session.exec(select(Activity).where(Activity.id.startswith(key.strip()),
                                                   Activity.deleted_at.is_(None))).all() if len(key.strip()) >= 6 else []
    if len(rows) != 1:
        raise NotFound(f"找不到编号为“{key}”的活动。用 activity list 查看活动编号。")
    return rows[0]


def find_volunteer(db, key: str) -> Volunteer:
    key = key.strip()
    with db.read() as session:
        found = session.get(Volunteer, key)
        if found is not None and found.deleted_at is None:
            return found
        rows = session.exec(select(Volunteer).where(Volunteer.deleted_at.is_(None),
                                                    (Volunteer.name == key) | (Volunteer.phone == key))).all()
    if not rows:
        raise NotFound(f"找不到志愿者“{key}”。可以写编号、姓名或手机号。")
    if len(rows) > 1:
        raise ValidationError(f"有 {len(rows)} 位志愿者叫“{key}”，请改用编号：" +
                              "，".join(f"{v.id}（{v.phone or '无电话'}）" for v in rows[:5]))
    return rows[0]


def run_add(args, open_db) -> int:
    fields = _fields(args)
    activity = svc.add_activity(open_db(), **fields)
    print(activity.id)
    return 0


def run_edit(args, open_db) -> int:
    db = open_db()
    fields = _fields(args)
    if not fields:
        raise UserError("没有要修改的内容。用 --help 查看可修改的项目。")
    svc.edit_activity(db, find_activity(db, args.id).id, **fields)
    print("已保存。")
    return 0


def run_status(args, open_db) -> int:
    db = open_db()
    activity = svc.set_status(db, find_activity(db, args.id).id, args.state)
    print(f"“{activity.title}”已标记为{svc.STATE_LABELS[activity.status]}。")
    return 0


def run_list(args, open_db) -> int:
    db = open_db()
    rows = svc.list_activities(db)
    counts = photos.photo_counts(db)
    overdue = {a.id for a in svc.overdue_records(db)}
    if args.json:
        print_json([{"id": a.id, "title": a.title, "category": a.category, "theory": a.theory_lecture,
                     "start": a.start_at, "end": a.end_at, "place": a.place, "status": a.status,
                     "residents": a.residents_reached, "photos": counts.get(a.id, 0), "overdue": a.id in overdue}
                    for a in rows])
        return 0
    for a in rows:
        flag = "  ⚠ 超过10个工作日未记录" if a.id in overdue else ""
        theory = "［理论宣讲］" if a.theory_lecture else ""
        print(f"{a.id}  {a.start_at:%Y-%m-%d %H:%M}  {svc.STATE_LABELS.get(a.status, a.status)}  "
              f"{theory}{a.title}  照片{counts.get(a.id, 0)}{flag}")
    print(f"共 {len(rows)} 场活动。", file=sys.stderr)
    return 0


def run_signin(args, open_db) -> int:
    db = open_db()
    activity, volunteer = find_activity(db, args.activity), find_volunteer(db, args.volunteer)
    at = svc.parse_datetime(args.at) if args.at else datetime.now().replace(second=0, microsecond=0)
    _row, new = svc.record_signin(db, activity.id, volunteer.id, args.kind, at=at, source="manual", actor="站长")
    word = "签到" if args.kind == "in" else "签退"
    print(f"{volunteer.name} 已{word}（{at:%Y-%m-%d %H:%M}）" if new else f"{volunteer.name} 之前已经{word}过，未重复记录。")
    return 0


def run_void_signin(args, open_db) -> int:
    db = open_db()
    activity, volunteer = find_activity(db, args.activity), find_volunteer(db, args.volunteer)
    count = svc.void_signin(db, activity.id, volunteer.id, args.reason, actor="站长")
    print(f"已作废 {volunteer.name} 的 {count} 条签到记录（记录保留）。" if count else f"{volunteer.name} 的签到之前已作废。")
    return 0


def run_photo_add(args, open_db) -> int:
    db = open_db()
    activity = find_activity(db, args.activity)

    def progress(done: int, total: int) -> bool:
        print(f"\r照片 {done}/{total}", end="", file=sys.stderr, flush=True)
        return True

    summary = photos.import_photos(db, activity.id, args.files, progress=progress)
    print(file=sys.stderr)
    for line in summary.warnings + summary.errors:
        print(f"注意：{line}", file=sys.stderr)
    print(summary.message)
    return 0 if summary.added or summary.duplicates or not summary.errors else 2


def run_hours(args, open_db) -> int:
    db = open_db()
    year = args.year or date.today().year
    rows = hours.hours_report(db, year)
    rules = hours.load_rules(db)
    if args.volunteer:
        return _one_volunteer(db, args, year)
    if args.json:
        print_json({"year": year, "target_hours": rules.target_hours, "active_hours": rules.active_hours,
                    "volunteers": [{"id": r.volunteer_id, "name": r.name, "minutes": r.minutes,
                                    "hours": round(r.minutes / 60, 1), "active": r.active,
                                    "reached_target": r.reached_target} for r in rows]})
        return 0
    for r in rows:
        marks = ("活跃" if r.active else "") + ("  已达标" if r.reached_target else "")
        print(f"{r.name}\t{format_minutes(r.minutes)}\t{marks}")
    served = sum(1 for r in rows if r.minutes)
    reached = sum(1 for r in rows if r.reached_target)
    print(f"{year}年：{len(rows)} 人，有服务时长 {served} 人，达到 {rules.target_hours} 小时目标 {reached} 人。",
          file=sys.stderr)
    return 0


def _one_volunteer(db, args, year: int) -> int:
    volunteer = find_volunteer(db, args.volunteer)
    result = hours.volunteer_hours(db, volunteer.id, year)
    if args.json:
        print_json({"id": volunteer.id, "name": volunteer.name, "year": year, "minutes": result.total_minutes,
                    "by_month": result.by_month, "active": result.active, "progress": round(result.progress, 3),
                    "corrections": result.corrections})
        return 0
    print(f"{volunteer.name} {year}年服务时长：{format_minutes(result.total_minutes)}"
          f"（{'活跃志愿者' if result.active else '未达活跃标准'}，年度目标完成 {result.progress:.0%}）")
    for month, minutes in result.by_month.items():
        if minutes:
            print(f"  {month:>2}月  {format_minutes(minutes)}")
    for entry in result.corrections:
        print(f"  补录/更正 {entry['date']:%Y-%m-%d} {format_minutes(entry['minutes'])} {entry['reason']}（{entry['operator']}）")
    return 0


def run_cards(args, open_db) -> int:
    from desktop.printing.cards import write_card_sheet
    from desktop.services.cards import card_data

    db = open_db()
    cards = card_data(db, team=args.team)
    pages = write_card_sheet(cards, args.out)
    print(f"已生成 {len(cards)} 张卡片，共 {pages} 页：{args.out}")
    return 0


def run_pin(args, open_db) -> int:
    kiosk.set_pin(open_db(), args.pin)
    print("站长密码已设置。")
    return 0
