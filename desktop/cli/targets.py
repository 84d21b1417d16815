"""`targets [--month YYYY-MM] [--json]`: the target check 目标检查 for a month and the year so far.

The JSON has `rules`: one object per rule with `name`, `value`, `target`, `status` (met, unmet or
not_applicable), `records` (the ids of the records the figure counted), plus `key`, `scope`
(month or year), `required`, `actual`, `advice` and `kind` (what the records are)."""

from __future__ import annotations

from datetime import date

from desktop.cli import print_json
from desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("targets", help=translate("cli", "the target check: what is met, what is missing, and the records counted"))
    p.add_argument("--month", default=None, help=translate("cli.targets", "the month YYYY-MM (default: this month)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_targets)


def rule_json(item, scope: str) -> dict:
    return {"key": item.key, "scope": scope, "name": item.name, "value": item.value, "target": item.target,
            "status": item.verdict, "required": item.required, "actual": item.actual, "advice": item.advice,
            "kind": item.records[0].kind if item.records else None, "records": [r.id for r in item.records]}


def run_targets(args, open_db) -> int:
    from desktop.periods import parse_month
    from desktop.services.targets import check_month, check_year

    today = date.today()
    period = parse_month(args.month) if args.month else None  # a bad month: ValidationError, exit 2
    db = open_db()
    start = period.start if period else None
    y, m = (start.year, start.month) if start else (today.year, today.month)
    month_check = check_month(db, y, m, today)
    until = period if period else None
    year_check = check_year(db, y, today, until=until)
    rules = [rule_json(i, "month") for i in month_check.items] + [rule_json(i, "year") for i in year_check.items]
    if args.json:
        print_json({"month": f"{y:04d}-{m:02d}", "year_period": year_check.period.label, "rules": rules})
        return 0
    words = {"met": translate("cli.targets", "met"), "unmet": translate("cli.targets", "not met"),
             "not_applicable": translate("cli.targets", "not applicable"), "info": translate("cli.targets", "for information")}
    for title, check in ((month_check.period.label, month_check), (year_check.period.label, year_check)):
        print(title)
        for item in check.items:
            word = words["info" if item.status == "info" else item.verdict]
            print(f"  [{word}] {item.name}: {item.actual} ({item.required})")
            if item.records:
                print("      " + translate("cli.targets", "counted: {records}").format(
                    records=translate("cli.targets", ", ").join(r.label for r in item.records)))
            if item.advice:
                print("      " + item.advice)
    return 0
