"""`volunteer add|edit|exit|reactivate|list`.

`list` without --search or --full-id reads through desktop.services.light_read (no ORM: the
quick start bench/startup.py measures); everything else loads the services as usual.
"""

from __future__ import annotations

from desktop.cli import print_json
from desktop.errors import UserError
from desktop.i18n import translate
from desktop.validators import mask_id_card

FIELDS = (("--name", "name"), ("--gender", "gender"), ("--id-card", "id_card"), ("--phone", "phone"),
          ("--political-status", "political_status"), ("--skills", "skills"), ("--tags", "tags"),
          ("--join-date", "join_date"), ("--platform-no", "platform_no"), ("--address", "address"),
          ("--note", "note"))


LIST_COLUMNS = ("id", "name", "gender", "id_card", "phone", "political_status", "status", "join_date", "exit_date",
                "exit_reason", "tags")


def register(sub) -> None:
    vol = sub.add_parser("volunteer", help=translate("cli", "the volunteer roster"))
    vsub = vol.add_subparsers(dest="action", required=True)
    add = vsub.add_parser("add", help=translate("cli.volunteer", "register a volunteer; prints the new id"))
    edit = vsub.add_parser("edit", help=translate("cli.volunteer", "change a volunteer's details"))
    edit.add_argument("id")
    for p in (add, edit):
        for flag, dest in FIELDS:
            p.add_argument(flag, dest=dest, default=None, required=(p is add and dest == "name"))
        p.add_argument("--team", action="append", default=None, help=translate("cli.volunteer", "team (may be repeated)"))
    add.set_defaults(handler=run_add)
    edit.set_defaults(handler=run_edit)
    ex = vsub.add_parser("exit", help=translate("cli.volunteer", "a volunteer leaves (the record is kept)"))
    ex.add_argument("id")
    ex.add_argument("--reason", required=True)
    ex.add_argument("--date", default=None, help=translate("cli.volunteer", "date of leaving YYYY-MM-DD (default today)"))
    ex.set_defaults(handler=run_exit)
    re = vsub.add_parser("reactivate", help=translate("cli.volunteer", "bring a volunteer who left back onto the roster"))
    re.add_argument("id")
    re.set_defaults(handler=run_reactivate)
    ls = vsub.add_parser("list", help=translate("cli.volunteer", "list the volunteers"))
    ls.add_argument("--json", action="store_true")
    ls.add_argument("--search", default="")
    ls.add_argument("--status", choices=("active", "exited"), default=None)
    ls.add_argument("--full-id", action="store_true", help=translate("cli.volunteer", "show ID numbers in full (masked by default)"))
    ls.set_defaults(handler=run_list)


def _fields(args) -> dict:
    return {dest: getattr(args, dest) for _, dest in FIELDS if getattr(args, dest) is not None}


def run_add(args, open_db) -> int:
    from desktop.services import volunteers as svc

    db = open_db()
    _need_station(db)
    volunteer = svc.add_volunteer(db, teams=args.team or (), actor="命令行", **_fields(args))
    print(volunteer.id)
    return 0


def run_edit(args, open_db) -> int:
    from desktop.services import volunteers as svc

    db = open_db()
    changes = _fields(args)
    if not changes and args.team is None:
        raise UserError(translate("cli.volunteer", "Nothing to change. Give at least one field, for example --phone 13800000000."))
    volunteer = svc.edit_volunteer(db, args.id, teams=args.team, actor="命令行", **changes)
    print(volunteer.id)
    return 0


def run_exit(args, open_db) -> int:
    from desktop.services import volunteers as svc
    from desktop.services.volunteers import _parse_date

    db = open_db()
    volunteer = svc.exit_volunteer(db, args.id, reason=args.reason,
                                   exit_date=_parse_date(args.date, "exit_date", translate("cli.volunteer", "Date of leaving")), actor="命令行")
    print(translate("cli.volunteer", "{name} has left ({date}, {reason})").format(
        name=volunteer.name, date=volunteer.exit_date, reason=volunteer.exit_reason))
    return 0


def run_reactivate(args, open_db) -> int:
    from desktop.services import volunteers as svc

    db = open_db()
    volunteer = svc.reactivate_volunteer(db, args.id, actor="命令行")
    print(translate("cli.volunteer", "{name} is back on the roster").format(name=volunteer.name))
    return 0


def run_list(args, open_db) -> int:
    from desktop.cli.credentials import open_light

    light = None if args.search else open_light(args)
    if light is not None:
        from desktop.services import light_read

        try:
            rows, teams = light_read.list_volunteers(light, status=args.status), light_read.volunteer_teams(light)
        finally:
            light.close()
    else:
        from desktop.services import volunteers as svc
        from desktop.services.teams import volunteer_teams

        db = open_db()
        rows = [{c: getattr(v, c) for c in LIST_COLUMNS}
                for v in svc.list_volunteers(db, search=args.search, status=args.status)]
        teams = volunteer_teams(db)
    records = [{
        "id": v["id"], "name": v["name"], "gender": v["gender"],
        "id_card": (v["id_card"] or "") if args.full_id else mask_id_card(v["id_card"]),
        "phone": v["phone"], "political_status": v["political_status"], "status": v["status"],
        "teams": teams.get(v["id"], []), "join_date": v["join_date"], "exit_date": v["exit_date"],
        "exit_reason": v["exit_reason"], "tags": v["tags"],
    } for v in rows]
    if args.json:
        print_json(records)
    else:
        sep = translate("cli.volunteer", ", ")
        for r in records:
            state = translate("cli.volunteer", "On the roster") if r["status"] == "active" else translate("cli.volunteer", "Left")
            print(f"{r['id']}  {r['name']:<6}  {r['gender'] or '-'}  {r['phone'] or '-':<13}  {state}  "
                  f"{sep.join(r['teams'])}")
        print(translate("cli.volunteer", "{n} people in all").format(n=len(records)))
    return 0


def _need_station(db) -> None:
    if db.station_id is None:
        raise UserError(translate("cli.volunteer", "No station has been set up on this PC yet. First run: python -m desktop init --station NAME ..."))
