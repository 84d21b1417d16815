"""`request add|list|show|dispatch|accept|decline|done|rate|reopen|cancel|resolve|receipt|menu|ledger`:
residents' requests at the station PC (the same services as the 点单 page)."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.errors import UserError
from desktop.i18n import translate


def register(sub) -> None:
    req = sub.add_parser("request", help=translate("cli", "residents' requests: order, dispatch, accept, rate"))
    rs = req.add_subparsers(dest="action", required=True)
    add = rs.add_parser("add", help=translate("cli.requests", "take a resident's request; prints its id and number"))
    add.add_argument("--resident", required=True, help=translate("cli.requests", "the resident's name"))
    add.add_argument("--phone", default="")
    what = add.add_mutually_exclusive_group(required=True)
    what.add_argument("--item", help=translate("cli.requests", "an item of the service menu (name or id)"))
    what.add_argument("--text", help=translate("cli.requests", "what the resident needs (when the menu has no item for it)"))
    add.add_argument("--channel", default="in_person", help=translate("cli.requests", "channel: in person, by phone, grid worker, suggestion box (default: in person)"))
    add.add_argument("--place", default="")
    add.add_argument("--wanted", default="", help=translate("cli.requests", "the wanted time, e.g. Saturday morning"))
    add.add_argument("--note", default="", help=translate("cli.requests", "further notes"))
    add.set_defaults(handler=run_add)
    ls = rs.add_parser("list", help=translate("cli.requests", "list the requests"))
    ls.add_argument("--state", default="all",
                    help=translate("cli.requests", "new, dispatched, accepted, done, rated, overdue, conflict or all (default)"))
    ls.add_argument("--search", default="", help=translate("cli.requests", "number, name or phone"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=run_list)
    show = rs.add_parser("show", help=translate("cli.requests", "the history of one request (who did what, when)"))
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)
    dispatch = rs.add_parser("dispatch", help=translate("cli.requests", "dispatch to a team or volunteer of this station, or send it up to the county"))
    dispatch.add_argument("id")
    to = dispatch.add_mutually_exclusive_group(required=True)
    to.add_argument("--team")
    to.add_argument("--volunteer")
    to.add_argument("--county", action="store_true", help=translate("cli.requests", "the station cannot do it: send it up to the county"))
    dispatch.set_defaults(handler=run_dispatch)
    accept = rs.add_parser("accept", help=translate("cli.requests", "record an accept"))
    accept.add_argument("id")
    who = accept.add_mutually_exclusive_group(required=True)
    who.add_argument("--team")
    who.add_argument("--volunteer")
    accept.set_defaults(handler=run_accept)
    decline = rs.add_parser("decline", help=translate("cli.requests", "record a decline (hand the dispatch back)"))
    decline.add_argument("id")
    decline.add_argument("--reason", required=True)
    decline.set_defaults(handler=run_decline)
    done = rs.add_parser("done", help=translate("cli.requests", "service done: link an activity, or record the hours"))
    done.add_argument("id")
    done.add_argument("--activity", default=None)
    done.add_argument("--hours", type=float, default=None)
    done.add_argument("--volunteer", default=None)
    done.add_argument("--note", default="")
    done.set_defaults(handler=run_done)
    rate = rs.add_parser("rate", help=translate("cli.requests", "the resident's rating: 满意, 基本满意, 不满意"))
    rate.add_argument("id")
    rate.add_argument("rating")
    rate.add_argument("--comment", default="")
    rate.set_defaults(handler=run_rate)
    for name, text in (("reopen", translate("cli.requests", "reopen the request")), ("cancel", translate("cli.requests", "cancel the request"))):
        p = rs.add_parser(name, help=text)
        p.add_argument("id")
        p.add_argument("--reason", default="")
        p.set_defaults(handler=run_reopen if name == "reopen" else run_cancel)
    resolve = rs.add_parser("resolve", help=translate("cli.requests", "settle a conflict: keep one accept, or acknowledge an out-of-turn record"))
    resolve.add_argument("id")
    resolve.add_argument("event", help=translate("cli.requests", "the record's id (see request show)"))
    resolve.add_argument("--note", default="")
    resolve.set_defaults(handler=run_resolve)
    receipt = rs.add_parser("receipt", help=translate("cli.requests", "print the request receipt (PDF)"))
    receipt.add_argument("id")
    receipt.add_argument("--out", required=True)
    receipt.add_argument("--half", action="store_true", help=translate("cli.requests", "half an A4 sheet (A5)"))
    receipt.set_defaults(handler=run_receipt)
    menu = rs.add_parser("menu", help=translate("cli.requests", "the service menu (the county's items and the station's own)"))
    menu.add_argument("--add", default=None, metavar="NAME", help=translate("cli.requests", "add a service item of the station's own"))
    menu.add_argument("--category", default="")
    menu.add_argument("--team-field", default="", help=translate("cli.requests", "the team that usually takes it"))
    menu.add_argument("--response-hours", type=int, default=48)
    menu.add_argument("--json", action="store_true")
    menu.set_defaults(handler=run_menu)


def _svc():
    from desktop.services import requests

    return requests


def _need_station(db) -> None:
    if db.station_id is None:
        raise UserError(translate("cli.requests", "No station has been set up on this PC yet; run init first."))


def run_add(args, open_db) -> int:
    db = open_db()
    _need_station(db)
    row = _svc().add_request(db, resident=args.resident, phone=args.phone, item=args.item, text=args.text,
                             channel=args.channel, place=args.place, wanted=args.wanted, description=args.note,
                             actor="命令行")
    print(row.id)
    print(translate("cli.requests", "Number: {number}").format(number=row.number))
    return 0


def run_list(args, open_db) -> int:
    from desktop.services.request_queries import QUEUES, list_requests

    if args.state not in QUEUES and args.state not in ("escalated", "cancelled"):
        raise UserError(translate("cli.requests", "The state must be one of: {states}.").format(states=", ".join(QUEUES)))
    db = open_db()
    queue = args.state if args.state in QUEUES else "all"
    views = [v for v in list_requests(db, queue=queue, search=args.search)
             if args.state not in ("escalated", "cancelled") or v.state.state == args.state]
    if args.json:
        print_json([v.as_json() for v in views])
        return 0
    for v in views:
        flag = translate("cli.requests", " (overdue)") if v.overdue else ""
        conflict = translate("cli.requests", " (conflict)") if v.state.open_conflicts else ""
        who = v.state.team_name or v.state.volunteer_name or "-"
        print(f"{v.row.number}\t{v.id}\t{v.label}{flag}{conflict}\t{v.row.requester_name}\t{v.row.title}\t{who}")
    if not views:
        print(translate("cli.requests", "No requests match."))
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
    print(translate("cli.requests", "Recorded: {what} ({id})").format(what=verb, id=event.id))
    return 0


def run_dispatch(args, open_db) -> int:
    db = open_db()
    e = _svc().dispatch(db, args.id, team=args.team, volunteer=args.volunteer, county=args.county, actor="命令行")
    return _done(e, translate("cli.requests", "sent up to the county") if args.county
                 else translate("cli.requests", "dispatched to {who}").format(who=e.team_name or e.volunteer_name))


def run_accept(args, open_db) -> int:
    db = open_db()
    e = _svc().accept(db, args.id, team=args.team, volunteer=args.volunteer, actor="命令行")
    return _done(e, translate("cli.requests", "{who} accepts").format(who=e.team_name or e.volunteer_name))


def run_decline(args, open_db) -> int:
    return _done(_svc().decline(open_db(), args.id, reason=args.reason, actor="命令行"), translate("cli.requests", "decline"))


def run_done(args, open_db) -> int:
    db = open_db()
    e = _svc().done(db, args.id, activity=args.activity, hours=args.hours, volunteer=args.volunteer,
                    note=args.note, actor="命令行")
    hours = translate("cli.requests", "service done, {hours} hours").format(hours=f"{e.minutes / 60:g}")
    return _done(e, hours if e.minutes else translate("cli.requests", "service done"))


def run_rate(args, open_db) -> int:
    e = _svc().rate(open_db(), args.id, args.rating, comment=args.comment, actor="命令行")
    reopened = e.rating == "不满意"
    return _done(e, translate("cli.requests", "rating: {rating}").format(rating=e.rating)
                 + (translate("cli.requests", "; the request is open again, please follow it up") if reopened else ""))


def run_reopen(args, open_db) -> int:
    return _done(_svc().reopen(open_db(), args.id, reason=args.reason, actor="命令行"), translate("cli.requests", "reopened"))


def run_cancel(args, open_db) -> int:
    return _done(_svc().cancel(open_db(), args.id, reason=args.reason, actor="命令行"), translate("cli.requests", "cancelled"))


def run_resolve(args, open_db) -> int:
    return _done(_svc().resolve(open_db(), args.id, args.event, note=args.note, actor="命令行"), translate("cli.requests", "conflict settled"))


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
    size = translate("cli.requests", "half A4") if args.half else "A4"
    print(translate("cli.requests", "Saved: {path} ({pages} pages, {size})").format(path=args.out, pages=pages, size=size))
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
        hours = translate("cli.requests", "{n} hours").format(n=i.response_hours)
        source = translate("cli.requests", "county") if i.station_id == "county" else translate("cli.requests", "this station")
        print(f"{i.id}\t{i.name}\t{i.category or '-'}\t{i.team_name or '-'}\t{hours}\t{source}")
    if not items:
        print(translate("cli.requests", "The service menu is empty: the county's items appear after a sync; add the station's own with request menu --add."))
    return 0
