"""`enrol URL CODE`, `sync [--json]`, `sync-status`, `sync-problems`: the county-server link."""

from __future__ import annotations

import sys

from desktop.cli import print_json
from desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("enrol", help=translate("cli", "enrol this PC with the county server using the code from the county centre"))
    p.add_argument("url", help=translate("cli.sync", "the county server's address, for example https://county.example.cn"))
    p.add_argument("code", help=translate("cli.sync", "the enrolment code, for example ABCD-EFGH"))
    p.add_argument("--name", default=None, help=translate("cli.sync", "this PC's name (default: the computer name)"))
    p.add_argument("--ca-bundle", default=None, help=translate("cli.sync", "the county's own certificate file (CA, PEM format)"))
    p.set_defaults(handler=run_enrol)
    p = sub.add_parser("sync", help=translate("cli", "sync with the county server"))
    p.add_argument("--json", action="store_true", help=translate("cli.sync", "print the sync result as JSON"))
    p.add_argument("--no-photos", action="store_true", help=translate("cli.sync", "do not upload photos this time"))
    p.add_argument("--replay", action="store_true", help=translate("cli.sync", "download the whole log instead of the station's snapshot (slower; for diagnosis)"))
    p.set_defaults(handler=run_sync)
    p = sub.add_parser("sync-status", help=translate("cli", "show the sync state"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_status)
    p = sub.add_parser("sync-problems", help=translate("cli.sync", "see the data quarantined during sync"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=1000, help=translate("cli.sync", "how many to list at most (default 1000)"))
    p.set_defaults(handler=run_problems)


def run_enrol(args, open_db) -> int:
    from desktop.services.enrolment import enrol_pc

    db = open_db()
    info = enrol_pc(db, args.url, args.code, device_name=args.name, ca_bundle=args.ca_bundle)
    print(translate("cli.sync", "Enrolled: station “{name}” (id {station}), this PC's device id {device}.").format(
        name=info["station_name"], station=info["station_id"], device=info["device_id"]))
    if info.get("first_sync_error"):
        print(translate("cli.sync", "The first sync did not finish: {error} Run sync when the network is available, before entering data.").format(
            error=info["first_sync_error"]))
    first = info["first_sync"]
    if first:
        print(translate("cli.sync", "First sync done: {n} records downloaded.").format(n=first["pulled"]))
    if info.get("teams_seeded"):
        print(translate("cli.sync", "{n} preset volunteer teams were set up (change them under “Volunteers → Teams”).").format(
            n=info["teams_seeded"]))
    from desktop.cli.station import _head_account
    from desktop.services.station import get_station

    station = get_station(db)
    _head_account(db, args, (station.head_name if station else "") or "站长")  # with a password: the head's account
    return 0


def _size(n: int) -> str:
    return f"{n / 1048576:.1f} MB" if n >= 1048576 else f"{n / 1024:.1f} KB" if n >= 1024 else f"{n} B"


def run_sync(args, open_db) -> int:
    from desktop.sync.engine import run_sync as sync

    db = open_db()

    def progress(stage, done, total):
        if not args.json:
            names = {"push": translate("cli.sync", "Uploading"), "pull": translate("cli.sync", "Downloading"), "apply": translate("cli.sync", "Merging"), "check": translate("cli.sync", "Checking"),
                     "photos": translate("cli.sync", "Photos")}
            suffix = f" {done}/{total}" if total else (f" {done}" if done else "")
            print(f"\r{names.get(stage, stage)}{suffix}    ", end="", file=sys.stderr, flush=True)

    report = sync(db, progress=progress, photos=not args.no_photos, snapshot=not args.replay)
    from desktop.services.recovery import try_escrow

    try_escrow(db)  # queued account verifiers (sealed) and the key escrow, if not done yet
    if report.pulled:
        from desktop.services.points_rules import derive

        derive(db)  # points earned by rules from facts recorded on the other PCs (pushed next time)
    if not args.json:
        print(file=sys.stderr)
    if args.json:
        print_json(report.as_dict())
        return 0
    print(translate("cli.sync", "Sync done: {pushed} uploaded, {pulled} downloaded, {applied} merged; photos: {uploaded} uploaded, {skipped} already there, {pending} waiting.").format(
        pushed=report.pushed, pulled=report.pulled, applied=report.applied, uploaded=report.photos_uploaded,
        skipped=report.photos_skipped, pending=report.photos_pending))
    print(translate("cli.sync", "Network: {sent} sent, {received} received, {requests} requests, {seconds:.1f} seconds.").format(
        sent=_size(report.bytes_sent), received=_size(report.bytes_received), requests=report.requests,
        seconds=report.seconds))
    if report.held:
        print(translate("cli.sync", "{n} records are held back from merging (time ahead, or waiting for related records); the next sync tries again.").format(
            n=report.held))
    if report.rejected:
        print(translate("cli.sync", "{n} entries have problems and were quarantined (the rest synced; the county was told). See them with sync-problems.").format(
            n=report.rejected))
    if report.mismatched:
        from desktop.sync.check import persistent_text

        print(persistent_text(report.mismatched), file=sys.stderr)
    if report.repaired:
        print(translate("cli.sync", "The check found differences and downloaded again: {tables}.").format(
            tables=translate("cli.sync", ", ").join(report.repaired)))
    if report.check_ok is False:
        print(translate("cli.sync", "Differences remain after the check; contact the county centre."), file=sys.stderr)
    if report.clock_warning:
        print(report.clock_warning)
    return 0


def run_status(args, open_db) -> int:
    from desktop.sync.engine import status

    info = status(open_db())
    if args.json:
        print_json(info)
        return 0
    if not info["enrolled"]:
        print(translate("cli.sync", "This PC is not enrolled with the county server yet. Enrol it with the enrol command and the code from the county centre."))
    else:
        print(translate("cli.sync", "County server: {server} (this PC's device id {device})").format(
            server=info["server"], device=info["device_id"]))
    print(translate("cli.sync", "Last sync: {when}").format(when=info["last_sync_at"] or translate("cli.sync", "never")))
    print(translate("cli.sync", "Records to upload: {entries}; photos to upload: {photos}").format(
        entries=info["pending_entries"], photos=info["pending_photos"]))
    if info["held_entries"]:
        print(translate("cli.sync", "Records held back from merging: {n}").format(n=info["held_entries"]))
    if info["rejected_entries"]:
        print(translate("cli.sync", "{text} (see sync-problems)").format(text=info["rejected_text"]))
    if info["mismatched_text"]:
        print(info["mismatched_text"])
    if info["check_ok"] is False:
        print(translate("cli.sync", "The last check found differences from the county's data."))
    if info["clock_warning"]:
        print(info["clock_warning"])
    return 0


def run_problems(args, open_db) -> int:
    from desktop.sync.quarantine import listing

    if args.limit < 1:
        print(translate("cli.sync", "Error: --limit must be a positive integer."), file=sys.stderr)
        return 2
    rows = listing(open_db(), args.limit)
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(translate("cli.sync", "No quarantined data."))
        return 0
    print(translate("cli.sync", "{n} entries have problems and were quarantined:").format(n=len(rows)))
    for r in rows:
        seq = translate("cli.sync", "seq {n}").format(n=r["server_seq"])
        print(f"{r['entity'] or '-'}\t{r['row_id'] or '-'}\t{seq}\t{r['reason']}")
    return 0
