"""`python -m server menu ...` / `request ...`: the county's command line for the menu and requests."""

from __future__ import annotations

import json

from desktop.i18n import translate
from server.requests.county import county_add_request, county_dispatch, county_requests
from server.requests.menu import add_menu_item, edit_menu_item, list_menu
from server.store import Store


def register_cli(sub, common, parser_class) -> None:
    menu = sub.add_parser("menu", help=translate("server.requests", "the service menu (published by the county)")).add_subparsers(dest="action", required=True,
                                                                          parser_class=parser_class)
    add = menu.add_parser("add", parents=[common], help=translate("server.requests", "publish a service item (reaches the stations with the next sync)"))
    add.add_argument("name")
    add.add_argument("--category", default="")
    add.add_argument("--team-field", default="", help=translate("server.requests", "the team or field that usually takes it"))
    add.add_argument("--response-hours", type=int, default=48, help=translate("server.requests", "response time (hours, default 48)"))
    add.add_argument("--description", default="")
    mlist = menu.add_parser("list", parents=[common], help=translate("server.requests", "list the service menu"))
    mlist.add_argument("--all", action="store_true", help=translate("server.requests", "include the items switched off"))
    mlist.add_argument("--json", action="store_true")
    edit = menu.add_parser("edit", parents=[common], help=translate("server.requests", "change a service item"))
    edit.add_argument("id")
    edit.add_argument("--name", default=None)
    edit.add_argument("--category", default=None)
    edit.add_argument("--team-field", default=None)
    edit.add_argument("--response-hours", type=int, default=None)
    edit.add_argument("--description", default=None)
    edit.add_argument("--active", choices=("yes", "no"), default=None, help=translate("server.requests", "yes: on / no: off"))
    req = sub.add_parser("request", help=translate("server.requests", "residents' requests (county)")).add_subparsers(dest="action", required=True,
                                                                      parser_class=parser_class)
    rlist = req.add_parser("list", parents=[common], help=translate("server.requests", "list the requests"))
    rlist.add_argument("--station", default=None)
    rlist.add_argument("--state", default=None, help=translate("server.requests", "new, escalated, dispatched, accepted, done, rated, cancelled or overdue"))
    rlist.add_argument("--json", action="store_true")
    radd = req.add_parser("add", parents=[common], help=translate("server.requests", "a request taken at the county, dispatched to a station"))
    radd.add_argument("--resident", required=True)
    radd.add_argument("--phone", default="")
    what = radd.add_mutually_exclusive_group(required=True)
    what.add_argument("--text")
    what.add_argument("--item", help=translate("server.requests", "the id of a service menu item"))
    radd.add_argument("--to-station", required=True)
    radd.add_argument("--team", default=None)
    disp = req.add_parser("dispatch", parents=[common], help=translate("server.requests", "dispatch to a station (optionally one of its teams)"))
    disp.add_argument("request")
    disp.add_argument("--to-station", required=True)
    disp.add_argument("--team", default=None)


def run_cli(store: Store, args) -> int:
    key = (args.command, args.action)
    if key == ("menu", "add"):
        item = add_menu_item(store, args.name, category=args.category, team_field=args.team_field,
                             description=args.description, response_hours=args.response_hours)
        print(item["id"])
    elif key == ("menu", "list"):
        items = list_menu(store, include_inactive=args.all)
        if args.json:
            print(json.dumps(items, ensure_ascii=False, indent=2))
        for i in [] if args.json else items:
            hours = translate("server.requests", "{n} hours").format(n=i["response_hours"])
            on = translate("server.requests", "on") if i["active"] else translate("server.requests", "off")
            print(f"{i['id']}\t{i['name']}\t{i['category'] or '-'}\t{i['team_field'] or '-'}\t{hours}\t{on}")
    elif key == ("menu", "edit"):
        changes = {"name": args.name, "category": args.category, "team_field": args.team_field,
                   "response_hours": args.response_hours, "description": args.description,
                   "active": None if args.active is None else args.active == "yes"}
        item = edit_menu_item(store, args.id, **changes)
        print(translate("server.requests", "Changed: {name} ({hours} hours). The station PCs get it with their next sync.").format(
            name=item["name"], hours=item["response_hours"]))
    elif key == ("request", "list"):
        views = county_requests(store, station_id=args.station, state=args.state)
        if args.json:
            print(json.dumps(views, ensure_ascii=False, indent=2, default=str))
            return 0
        for v in views:
            flag = translate("server.requests", " (overdue)") if v["overdue"] else ""
            print(f"{v['number']}\t{v['id']}\t{v['state']}{flag}\t{v['station_name']}\t{v['title']}\t"
                  f"{v['to_station_name'] or '-'}\t{v['team'] or v['volunteer'] or '-'}")
        if not views:
            print(translate("server.requests", "No requests match."))
    elif key == ("request", "add"):
        v = county_add_request(store, resident=args.resident, phone=args.phone, text=args.text, item=args.item,
                               to_station=args.to_station, team=args.team)
        print(v["id"])
        print(translate("server.requests", "Number: {number} (dispatched to {station})").format(number=v["number"], station=v["to_station_name"]))
    elif key == ("request", "dispatch"):
        v = county_dispatch(store, args.request, args.to_station, args.team)
        print(translate("server.requests", "Dispatched: {number} → {station}. The station PCs get it with their next sync.").format(
            number=v["number"], station=v["to_station_name"] + (" " + v["team"] if v["team"] else "")))
    else:
        return -1
    return 0
