"""`request add|list|show|dispatch|accept|decline|done|rate|reopen|cancel|resolve|receipt|menu|ledger`:
residents' requests at the station PC (the same services as the 点单 page)."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.errors import UserError
from desktop.i18n import translate


def register(sub) -> None:
    req = sub.add_parser("request", help=translate("cli", "residents' requests: order, dispatch, accept, rate"))
    rs = req.add_subparsers(dest="action", required=True)
    add = rs.add_parser("add", help="群众点单，输出编号和单号")
    add.add_argument("--resident", required=True, help="群众姓名")
    add.add_argument("--phone", default="")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--item", help="服务菜单中的项目（名称或编号）")
    what.add_argument("--text", help="群众要办的事（菜单里没有时）")
    add.add_argument("--channel", default="in_person", help="渠道：来站、电话、网格员、意见箱（默认来站）")
    add.add_argument("--place", default="")
    add.add_argument("--wanted", default="", help="希望的时间，例如 周六上午")
    add.add_argument("--note", default="", help="补充说明")
    add.set_defaults(handler=run_add)
    ls = rs.add_parser("list", help="列出点单")
    ls.add_argument("--state", default="all",
                    help="new、dispatched、accepted、done、rated、overdue、conflict 或 all（默认）")
    ls.add_argument("--search", default="", help="单号、姓名或电话")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    show = rs.add_parser("show", help="一张点单的经过（谁在何时做了什么）")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    dispatch = rs.add_parser("dispatch", help="派单给本站的队伍或志愿者，或上报县中心")
    dispatch.add_argument("id")
    to = dispatch.add_mutually_exclusive_group(required=True)
    to.add_argument("--team")
    to.add_argument("--volunteer")
    to.add_argument("--county", action="store_true", help="本站办不了，上报县中心")
    dispatch.set_defaults(handler=run_dispatch)
    accept = rs.add_parser("accept", help="记录接单")
    accept.add_argument("id")
    who = accept.add_mutually_exclusive_group(required=True)
    who.add_argument("--team")
    who.add_argument("--volunteer")
    accept.set_defaults(handler=run_accept)
    decline = rs.add_parser("decline", help="记录退单（退回派单）")
    decline.add_argument("id")
    decline.add_argument("--reason", required=True)
    decline.set_defaults(handler=run_decline)
    done = rs.add_parser("done", help="服务完成：关联活动，或直接记录时长")
    done.add_argument("id")
    done.add_argument("--activity", default=None)
    done.add_argument("--hours", type=float, default=None)
    done.add_argument("--volunteer", default=None)
    done.add_argument("--note", default="")
    done.set_defaults(handler=run_done)
    rate = rs.add_parser("rate", help="群众评单：满意、基本满意、不满意")
    rate.add_argument("id")
    rate.add_argument("rating")
    rate.add_argument("--comment", default="")
    rate.set_defaults(handler=run_rate)
    for name, text in (("reopen", "重新办理"), ("cancel", "取消点单")):
        p = rs.add_parser(name, help=text)
        p.add_argument("id")
        p.add_argument("--reason", default="")
        p.set_defaults(handler=run_reopen if name == "reopen" else run_cancel)
    resolve = rs.add_parser("resolve", help="处理冲突：选定一次接单，或确认一条不在其职的记录")
    resolve.add_argument("id")
    resolve.add_argument("event", help="记录编号（request show 中可见）")
    resolve.add_argument("--note", default="")
    resolve.set_defaults(handler=run_resolve)
    receipt = rs.add_parser("receipt", help="打印点单回执（PDF）")
    receipt.add_argument("id")
    receipt.add_argument("--out", required=True)
    receipt.add_argument("--half", action="store_true", help="半张 A4（A5）")
    receipt.set_defaults(handler=run_receipt)
    menu = rs.add_parser("menu", help="服务菜单（县中心发布的项目和本站自己的项目）")
    menu.add_argument("--add", default=None, metavar="NAME", help="增加本站自己的服务项目")
    menu.add_argument("--category", default="")
    menu.add_argument("--team-field", default="", help="通常承接的队伍")
    menu.add_argument("--response-hours", type=int, default=48)
    menu.add_argument("--json", action="store_true")
    menu.set_defaults(handler=run_menu)


def _svc():
    from desktop.services import requests

    return requests


def _need_station(db) -> None:
    if db.station_id is None:
        raise UserError("本机还没有建立实践站，请先运行 init 完成首次设置。")


def run_add(args, open_db) -> int:
    db = open_db()
    _need_station(db)
    row = _svc().add_request(db, resident=args.resident, phone=args.phone, item=args.item, text=args.text,
                             channel=args.channel, place=args.place, wanted=args.wanted, description=args.note,
                             actor="命令行")
    print(row.id)
    print(f"单号：{row.number}")
    return 0


def run_list(args, open_db) -> int:
    from desktop.services.request_queries import QUEUES, list_requests

    if args.state not in QUEUES and args.state not in ("escalated", "cancelled"):
        raise UserError(f"状态应为：{'、'.join(QUEUES)}。")
    db = open_db()
    queue = args.state if args.state in QUEUES else "all"
    views = [v for v in list_requests(db, queue=queue, search=args.search)
             if args.state not in ("escalated", "cancelled") or v.state.state == args.state]
    if args.json:
        print_json([v.as_json() for v in views])
        return 0
    for v in views:
        flag = "（超时）" if v.overdue else ""
        conflict = "（有冲突）" if v.state.open_conflicts else ""
        who = v.state.team_name or v.state.volunteer_name or "-"
        print(f"{v.row.number}\t{v.id}\t{v.label}{flag}{conflict}\t{v.row.requester_name}\t{v.row.title}\t{who}")
    if not views:
        print("没有符合条件的点单。")
    return 0


def run_show(args, open_db) -> int:
    from desktop.services.request_queries import get_request, history

    db = open_db()
    view = get_request(db, args.id)
    steps = history(view)
    if args.json:
        print_json(view.as_json() | {"history": steps})
        return 0
    print(f"{view.row.number}　{view.row.title}　{view.row.requester_name}　{view.label}")
    for h in steps:
        mark = f"　⚠ {h['conflict']}" if h["conflict"] else ""
        print(f"{h['at']:%Y-%m-%d %H:%M}\t{h['what']}\t{h['detail'] or '-'}\t{h['actor'] or '-'}\t{h['id']}{mark}")
    return 0


def _done(event, verb: str) -> int:
    print(f"已记录{verb}（{event.id}）")
    return 0


def run_dispatch(args, open_db) -> int:
    db = open_db()
    e = _svc().dispatch(db, args.id, team=args.team, volunteer=args.volunteer, county=args.county, actor="命令行")
    return _done(e, "上报县中心" if args.county else f"派单给 {e.team_name or e.volunteer_name}")


def run_accept(args, open_db) -> int:
    db = open_db()
    e = _svc().accept(db, args.id, team=args.team, volunteer=args.volunteer, actor="命令行")
    return _done(e, f"{e.team_name or e.volunteer_name} 接单")


def run_decline(args, open_db) -> int:
    return _done(_svc().decline(open_db(), args.id, reason=args.reason, actor="命令行"), "退单")


def run_done(args, open_db) -> int:
    db = open_db()
    e = _svc().done(db, args.id, activity=args.activity, hours=args.hours, volunteer=args.volunteer,
                    note=args.note, actor="命令行")
    return _done(e, "服务完成" + (f"，{e.minutes / 60:g} 小时" if e.minutes else ""))


def run_rate(args, open_db) -> int:
    e = _svc().rate(open_db(), args.id, args.rating, comment=args.comment, actor="命令行")
    return _done(e, f"评价：{e.rating}" + ("，单子已重新打开，请跟进" if e.rating == "不满意" else ""))


def run_reopen(args, open_db) -> int:
    return _done(_svc().reopen(open_db(), args.id, reason=args.reason, actor="命令行"), "重新办理")


def run_cancel(args, open_db) -> int:
    return _done(_svc().cancel(open_db(), args.id, reason=args.reason, actor="命令行"), "取消")


def run_resolve(args, open_db) -> int:
    return _done(_svc().resolve(open_db(), args.id, args.event, note=args.note, actor="命令行"), "冲突处理")


def run_receipt(args, open_db) -> int:
    from desktop.printing.app import ensure_app
    from desktop.printing.document import write_pdf
    from desktop.services import papers
    from desktop.ui.i18n import install_translators

    ensure_app(setup=install_translators)
    db = open_db()
    _need_station(db)
    req = papers.PaperRequest("request-receipt", extra={"request_id": args.id, "half": args.half})
    pages, _built = papers.export(db, req, "pdf", args.out, write_pdf=write_pdf)
    print(f"已保存：{args.out}（{pages} 页，{'半张 A4' if args.half else 'A4'}）")
    return 0


def run_menu(args, open_db) -> int:
    db = open_db()
    if args.add:
        _need_station(db)
        item = _svc().add_menu_item(db, args.add, category=args.category, team_name=args.team_field,
                                    response_hours=args.response_hours, actor="命令行")
        print(item.id)
        return 0
    items = _svc().list_menu(db)
    if args.json:
        print_json([{"id": i.id, "name": i.name, "category": i.category, "team_field": i.team_name,
                     "response_hours": i.response_hours, "from": "county" if i.station_id == "county" else "station"}
                    for i in items])
        return 0
    for i in items:
        source = "县中心" if i.station_id == "county" else "本站"
        print(f"{i.id}\t{i.name}\t{i.category or '-'}\t{i.team_name or '-'}\t{i.response_hours} 小时\t{source}")
    if not items:
        print("服务菜单是空的：县中心发布的项目会在同步后出现，也可用 request menu --add 增加本站的项目。")
    return 0
