"""`activity add|edit|status|list`, `signin`, `signout`, `photo add`, `hours`, `cards`, `kiosk-pin`."""

from __future__ import annotations

import sys
from datetime import date, datetime

from sqlmodel import select

from desktop.cli import print_json
from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import translate
from desktop.models import Activity, Volunteer
from desktop.services import activities as svc
from desktop.services import hours, kiosk, photos
from desktop.services.hour_rules import format_minutes


def register(sub) -> None:
    act = sub.add_parser("activity", help=translate("cli", "civilization practice activities"))
    asub = act.add_subparsers(dest="action", required=True)
    add = asub.add_parser("add", help=translate("cli.activities", "create an activity; prints the new id"))
    add.add_argument("--title", required=True)
    edit = asub.add_parser("edit", help=translate("cli.activities", "change an activity"))
    edit.add_argument("id")
    edit.add_argument("--title", default=None)
    for p in (add, edit):
        p.add_argument("--category", required=(p is add), default=None, help=translate("cli.activities", "one of the five tasks"))
        p.add_argument("--start", required=(p is add), default=None, help="YYYY-MM-DD HH:MM")
        p.add_argument("--end", required=(p is add), default=None, help="YYYY-MM-DD HH:MM")
        p.add_argument("--theory", action="store_true", default=None, help=translate("cli.activities", "theory lecture"))
        p.add_argument("--team", default=None)
        p.add_argument("--place", default=None)
        p.add_argument("--content", default=None)
        p.add_argument("--residents", type=int, default=None, dest="residents_reached", help=translate("cli.activities", "residents reached"))
        p.add_argument("--partner", default=None, dest="partner_unit", help=translate("cli.activities", "paired co-building unit"))
    add.set_defaults(handler=run_add)
    edit.set_defaults(handler=run_edit)
    status = asub.add_parser("status", help=translate("cli.activities", "mark the activity's state: planned / held / recorded"))
    status.add_argument("id")
    status.add_argument("state", choices=sorted(svc.STATE_LABELS))
    status.set_defaults(handler=run_status)
    voids = asub.add_parser("void-signin", help=translate("cli.activities", "void a volunteer's sign-in at an activity (the record stays; no hours or points)"))
    voids.add_argument("activity", help=translate("cli.activities", "the activity's id"))
    voids.add_argument("volunteer", help=translate("cli.activities", "the volunteer's id, name or mobile number"))
    voids.add_argument("--reason", required=True, help=translate("cli.activities", "why it is voided"))
    voids.set_defaults(handler=run_void_signin)
    lst = asub.add_parser("list", help=translate("cli.activities", "list the activities"))
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=run_list)
    for kind, label in (("in", "signin"), ("out", "signout")):
        p = sub.add_parser(label, help=translate("cli", "sign in") if kind == "in" else translate("cli", "sign out"))
        p.add_argument("activity", help=translate("cli.activities", "activity id"))
        p.add_argument("volunteer", help=translate("cli.activities", "volunteer id, name or mobile number"))
        p.add_argument("--at", default=None, help=translate("cli.activities", "time YYYY-MM-DD HH:MM (default now)"))
        p.set_defaults(handler=run_signin, kind=kind)
    att = sub.add_parser("attendance", help=translate("cli", "enter a paper sign-in sheet afterwards (back-entry)"))
    att.add_argument("activity", help=translate("cli.activities", "activity id"))
    att.add_argument("--add", nargs="+", required=True, metavar="VOLUNTEER",
                     help=translate("cli.activities", "volunteers who signed the paper sheet (id, name or mobile number)"))
    att.add_argument("--in", dest="signed_in", default=None, metavar="HH:MM",
                     help=translate("cli.activities", "sign-in time (default the activity's start)"))
    att.add_argument("--out", dest="signed_out", default=None, metavar="HH:MM",
                     help=translate("cli.activities", "sign-out time (default the activity's end)"))
    att.set_defaults(handler=run_attendance)
    photo = sub.add_parser("photo", help=translate("cli", "activity photos"))
    psub = photo.add_subparsers(dest="action", required=True)
    padd = psub.add_parser("add", help=translate("cli.activities", "add photos to an activity (files or a whole folder)"))
    padd.add_argument("activity")
    padd.add_argument("files", nargs="+")
    padd.set_defaults(handler=run_photo_add)
    hrs = sub.add_parser("hours", help=translate("cli", "volunteer service hours"))
    hrs.add_argument("--year", type=int, default=None)
    hrs.add_argument("--volunteer", default=None, help=translate("cli.activities", "one volunteer only (id, name or mobile number), month by month"))
    hrs.add_argument("--json", action="store_true")
    hrs.set_defaults(handler=run_hours)
    cards = sub.add_parser("cards", help=translate("cli", "print volunteer QR cards (A4 PDF)"))
    cards.add_argument("--out", required=True)
    cards.add_argument("--team", default=None)
    cards.add_argument("--volunteer", action="append", default=None,
                       help=translate("cli.activities", "only this volunteer's card: id, name or mobile number (may be repeated)"))
    cards.set_defaults(handler=run_cards)
    pin = sub.add_parser("kiosk-pin", help=translate("cli", "set the station head's PIN (to leave the kiosk)"))
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
        raise NotFound(translate("cli.activities", "No activity with the id “{key}”. activity list shows the ids.").format(key=key))
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
        raise NotFound(translate("cli.activities", "No volunteer “{key}”. Give the id, the name or the mobile number.").format(key=key))
    if len(rows) > 1:
        no_phone = translate("cli.activities", "no phone")
        raise ValidationError(translate("cli.activities", "{n} volunteers are called “{key}”; use the id instead: {ids}").format(
            n=len(rows), key=key, ids=translate("cli.activities", "; ").join(f"{v.id} ({v.phone or no_phone})" for v in rows[:5])))
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
        raise UserError(translate("cli.activities", "Nothing to change. See --help for what can be changed."))
    svc.edit_activity(db, find_activity(db, args.id).id, **fields)
    print(translate("cli.activities", "Saved."))
    return 0


def run_status(args, open_db) -> int:
    db = open_db()
    activity = svc.set_status(db, find_activity(db, args.id).id, args.state)
    print(translate("cli.activities", "“{title}” is marked {state}.").format(title=activity.title, state=svc.state_label(activity.status)))
    return 0


def _due(activity: Activity) -> dict:
    """record_due: the last of the 10 working days to record a held activity (null while planned);
    record_due_guessed: the holiday calendar did not know the year (weekends only)."""
    if activity.status == "planned":
        return {"record_due": None, "record_due_guessed": False}
    due = svc.record_due_info(activity)
    return {"record_due": due.day.isoformat(), "record_due_guessed": due.guessed}


def run_list(args, open_db) -> int:
    db = open_db()
    rows = svc.list_activities(db)
    counts = photos.photo_counts(db)
    overdue = {a.id for a in svc.overdue_records(db)}
    if args.json:
        print_json([{"id": a.id, "title": a.title, "category": a.category, "theory": a.theory_lecture,
                     "start": a.start_at, "end": a.end_at, "place": a.place, "status": a.status,
                     "residents": a.residents_reached, "photos": counts.get(a.id, 0), "overdue": a.id in overdue,
                     **_due(a)}
                    for a in rows])
        return 0
    for a in rows:
        flag = translate("cli.activities", "  ⚠ not recorded for more than 10 working days") if a.id in overdue else ""
        if flag and svc.record_due_info(a).guessed:  # a year the holiday calendar does not know: say so
            flag += translate("cli.activities", " (the holiday calendar does not cover {year} yet: weekends only)").format(
                year=svc.record_due_info(a).day.year)
        theory = translate("cli.activities", "[theory lecture]") if a.theory_lecture else ""
        shots = translate("cli.activities", "photos {n}").format(n=counts.get(a.id, 0))
        print(f"{a.id}  {a.start_at:%Y-%m-%d %H:%M}  {svc.state_label(a.status)}  {theory}{a.title}  {shots}{flag}")
    print(translate("cli.activities", "{n} activities in all.").format(n=len(rows)), file=sys.stderr)
    return 0


def run_signin(args, open_db) -> int:
    db = open_db()
    activity, volunteer = find_activity(db, args.activity), find_volunteer(db, args.volunteer)
    at = svc.parse_datetime(args.at) if args.at else datetime.now().replace(second=0, microsecond=0)
    _row, new = svc.record_signin(db, activity.id, volunteer.id, args.kind, at=at, source="manual", actor="站长")
    if args.kind == "in":
        text = translate("cli.activities", "{name} signed in ({at:%Y-%m-%d %H:%M})") if new else translate("cli.activities", "{name} had signed in already; not recorded twice.")
    else:
        text = translate("cli.activities", "{name} signed out ({at:%Y-%m-%d %H:%M})") if new else translate("cli.activities", "{name} had signed out already; not recorded twice.")
    print(text.format(name=volunteer.name, at=at))
    return 0


def run_attendance(args, open_db) -> int:
    from desktop.services.accounts import actor
    from desktop.services.back_entry import PaperLine, enter_paper_sheet

    db = open_db()
    activity = find_activity(db, args.activity)
    people = [find_volunteer(db, key) for key in args.add]
    lines = [PaperLine(v.id, args.signed_in, args.signed_out) for v in people]
    result = enter_paper_sheet(db, activity.id, lines, actor=actor(db))
    print(result.message)
    return 0


def run_void_signin(args, open_db) -> int:
    db = open_db()
    activity, volunteer = find_activity(db, args.activity), find_volunteer(db, args.volunteer)
    count = svc.void_signin(db, activity.id, volunteer.id, args.reason, actor="站长")
    print(translate("cli.activities", "Voided {n} sign-ins of {name} (the records stay).").format(n=count, name=volunteer.name) if count
          else translate("cli.activities", "The sign-ins of {name} were already voided.").format(name=volunteer.name))
    return 0


def run_photo_add(args, open_db) -> int:
    db = open_db()
    activity = find_activity(db, args.activity)

    def progress(done: int, total: int) -> bool:
        print("\r" + translate("cli.activities", "Photos {done}/{total}").format(done=done, total=total), end="", file=sys.stderr, flush=True)
        return True

    summary = photos.import_photos(db, activity.id, args.files, progress=progress)
    print(file=sys.stderr)
    for line in summary.warnings + summary.errors:
        print(translate("cli.activities", "Note: {line}").format(line=line), file=sys.stderr)
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
        marks = (translate("cli.activities", "active") if r.active else "") + (translate("cli.activities", "  target reached") if r.reached_target else "")
        print(f"{r.name}\t{format_minutes(r.minutes)}\t{marks}")
    served = sum(1 for r in rows if r.minutes)
    reached = sum(1 for r in rows if r.reached_target)
    print(translate("cli.activities", "{year}: {n} people, {served} with service hours, {reached} reached the target of {target} hours.").format(
        year=year, n=len(rows), served=served, reached=reached, target=rules.target_hours), file=sys.stderr)
    return 0


def _one_volunteer(db, args, year: int) -> int:
    volunteer = find_volunteer(db, args.volunteer)
    result = hours.volunteer_hours(db, volunteer.id, year)
    if args.json:
        print_json({"id": volunteer.id, "name": volunteer.name, "year": year, "minutes": result.total_minutes,
                    "by_month": result.by_month, "active": result.active, "progress": round(result.progress, 3),
                    "corrections": result.corrections})
        return 0
    standing = translate("cli.activities", "active volunteer") if result.active else translate("cli.activities", "below the active standard")
    print(translate("cli.activities", "{name}, service hours in {year}: {total} ({standing}, {progress:.0%} of the yearly target)").format(
        name=volunteer.name, year=year, total=format_minutes(result.total_minutes), standing=standing,
        progress=result.progress))
    for month, minutes in result.by_month.items():
        if minutes:
            print(translate("cli.activities", "  {month:>2}  {total}").format(month=month, total=format_minutes(minutes)))
    for entry in result.corrections:
        print(translate("cli.activities", "  added/corrected {date:%Y-%m-%d} {total} {reason} ({operator})").format(
            date=entry["date"], total=format_minutes(entry["minutes"]), reason=entry["reason"], operator=entry["operator"]))
    return 0


def run_cards(args, open_db) -> int:
    from desktop.printing.app import ensure_app
    from desktop.printing.cards import write_card_sheet
    from desktop.services.cards import card_data
    from desktop.ui.i18n import install_translators

    ensure_app(setup=install_translators)  # the cards' own words and the sheet's messages in the UI's language
    db = open_db()
    ids = [find_volunteer(db, key).id for key in args.volunteer] if args.volunteer else None
    cards = card_data(db, ids, team=args.team)
    pages = write_card_sheet(cards, args.out)
    print(translate("cli.activities", "Made {n} cards on {pages} pages: {path}").format(n=len(cards), pages=pages, path=args.out))
    return 0


def run_pin(args, open_db) -> int:
    kiosk.set_pin(open_db(), args.pin)
    print(translate("cli.activities", "The station head's PIN is set."))
    return 0
