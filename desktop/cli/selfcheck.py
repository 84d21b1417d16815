"""`selfcheck`: the star-rating self-check (星级评定自查), and the station's declarations.

    selfcheck [--year 2026] [--json]
    selfcheck --declare signage --text "村委会门口挂牌" [--photo door.jpg]
    selfcheck --withdraw signage

The paper is `export selfcheck --out F.pdf` (desktop.cli.paper, from the paper registry).
"""

from __future__ import annotations

from desktop.errors import UserError
from desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("selfcheck", help=translate("cli", "the star rating self-check: the eight standards and the targets, with the evidence"))
    p.add_argument("--year", type=int, default=None, help=translate("cli.selfcheck", "year, for example 2026 (default: this year)"))
    p.add_argument("--json", action="store_true")
    p.add_argument("--declare", metavar="KEY", default=None,
                   help=translate("cli.selfcheck", "state a fact for an indicator: projects, signage, rules (or place, ... as extra evidence)"))
    p.add_argument("--text", default=None, help=translate("cli.selfcheck", "what the station has, with --declare"))
    p.add_argument("--photo", default=None, help=translate("cli.selfcheck", "a photo as evidence, with --declare"))
    p.add_argument("--withdraw", metavar="KEY", default=None, help=translate("cli.selfcheck", "withdraw a statement"))
    p.set_defaults(handler=run)


def _print(data) -> None:
    from desktop.reports.selfcheck import stars_text, status_name

    print(translate("cli.selfcheck", "{station}: star rating self-check {year} (as of {day})").format(
        station=data.station, year=data.year, day=f"{data.as_of:%Y-%m-%d}"))
    for line in data.lines:
        points = f"{line.points}/{line.max_points}" if line.max_points else "—"
        print(f"  [{status_name(line.status)}] {line.name}\t{line.value}\t{points}")
        for text in line.evidence[:3]:
            print(f"      {text}")
        if len(line.evidence) > 3:
            print("      " + translate("cli.selfcheck", "… and {n} more (--json lists them all)").format(n=len(line.evidence) - 3))
        if line.advice:
            print("      → " + line.advice)
    print(translate("cli.selfcheck", "Targets:"))
    for t in data.targets:
        print(f"  [{status_name(t.status)}] {t.name} ({t.scope})\t{t.required}\t{t.actual}")
    print(translate("cli.selfcheck", "Estimated score {score} of {max}: {stars}").format(
        score=data.score, max=data.max_score, stars=stars_text(data.stars)))
    if data.rating:
        print(translate("cli.selfcheck", "The county's rating: {score} points, {stars}").format(
            score=data.rating.get("score"), stars=stars_text(int(data.rating.get("stars") or 1))))


def run(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services import selfcheck

    if args.year is not None and not 2000 <= args.year <= 2100:
        raise UserError(translate("cli.selfcheck", "The year “{year}” is not in the right form; write it like “2026”.").format(year=args.year))
    if (args.text or args.photo) and not args.declare:
        raise UserError(translate("cli.selfcheck", "--text and --photo go with --declare KEY."))
    db = open_db()
    if db.station_id is None:
        raise UserError(translate("cli.selfcheck", "No station has been set up on this PC yet; run init first."))
    if args.declare:
        if args.photo:
            from pathlib import Path

            if not Path(args.photo).is_file():
                raise UserError(translate("cli.selfcheck", "The photo “{path}” was not found.").format(path=args.photo))
        decl = selfcheck.declare(db, args.declare, args.text or "", args.photo, actor="命令行")
        print(translate("cli.selfcheck", "Stated: {key} ({photo})").format(
            key=args.declare, photo=translate("cli.selfcheck", "with a photo") if decl.photo else translate("cli.selfcheck", "no photo")))
        return 0
    if args.withdraw:
        selfcheck.undeclare(db, args.withdraw, actor="命令行")
        print(translate("cli.selfcheck", "Withdrawn: {key}").format(key=args.withdraw))
        return 0
    data = selfcheck.check(db, args.year)
    if args.json:
        print_json(selfcheck.as_json(data))
    else:
        _print(data)
    return 0
