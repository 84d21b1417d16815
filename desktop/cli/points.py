"""`points ...`, `goods ...` and `redeem`: the points ledger, the 爱心超市 and its slips (issue 13).

    points scheme add NAME --unit 分|小时      points scheme list [--json]
    points rule add --scheme S --per-hour N [--rounding down|half|exact]  (or --per-activity N [--category C],
        --per-lecture N, --per-visit N, --per-request N, --active-bonus N [--threshold H]) [--from DATE]
    points rule list [--json] | change RULE N --from DATE | retire RULE [--from DATE]
    points ruleset list | adopt NAME [--from DATE]
    points award VOLUNTEER N --scheme S --reason R [--rule RULE|其他] [--operator O]
    points void ENTRY --reason R          points transfer FROM TO N --scheme S [--reason R]
    points void-slip SLIP --reason R      (the goods came back: points and stock restored)
    points balance [VOLUNTEER] [--scheme S] [--json]
    points statement VOLUNTEER --out F [--scheme S] [--month M] [--format pdf|xlsx]
    points passbook VOLUNTEER --out F [--scheme S] [--format pdf|xlsx]
    points board --month M --out F [--scheme S] [--size A4|A3] [--format pdf|xlsx]
    points flags [--json]                 points derive
    goods add NAME --price N --stock Q [--scheme S] [--unit U]   goods list [--json]
    goods receive GOODS Q                 goods count GOODS Q     goods sheet --month M --out F
    redeem VOLUNTEER GOODS [--qty Q] [--slip F.pdf]               points slip SLIP --out F
"""

from __future__ import annotations

from datetime import date

from desktop.errors import UserError, ValidationError
from desktop.i18n import QT_TRANSLATE_NOOP, translate

RULE_FLAGS = (("per_hour", "--per-hour", QT_TRANSLATE_NOOP("cli.points", "N per hour of service")),
              ("per_activity", "--per-activity", QT_TRANSLATE_NOOP("cli.points", "N per activity attended")),
              ("per_lecture", "--per-lecture", QT_TRANSLATE_NOOP("cli.points", "N per theory lecture attended")),
              ("per_visit", "--per-visit", QT_TRANSLATE_NOOP("cli.points", "N per 1+10 visit")),
              ("per_request", "--per-request", QT_TRANSLATE_NOOP("cli.points", "N per request served and rated satisfied")),
              ("active_bonus", "--active-bonus", QT_TRANSLATE_NOOP("cli.points", "N once, for a yearly active volunteer")))  # help: translated where shown


def _date(text: str | None, label: str | None = None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(translate("cli.points", "{label} “{text}” is not in the right form; write it like 2026-03-01.").format(
            label=label or translate("cli.points", "The date"), text=text)) from None


def _fmt(parser, default="pdf"):
    parser.add_argument("--format", choices=("pdf", "xlsx"), default=default, help=translate("cli.points", "file format (default pdf)"))


def register(sub) -> None:
    p = sub.add_parser("points", help=translate("cli.points", "points, time bank and moral bank"))
    ps = p.add_subparsers(dest="action", required=True)
    scheme = ps.add_parser("scheme", help=translate("cli.points", "points schemes")).add_subparsers(dest="what", required=True)
    sadd = scheme.add_parser("add", help=translate("cli.points", "add a points scheme"))
    sadd.add_argument("name")
    sadd.add_argument("--unit", choices=("分", "小时"), default="分")
    sadd.add_argument("--validity-months", type=int, default=0, help=translate("cli.points", "validity in months (0: no expiry)"))
    sadd.add_argument("--no-kiosk", action="store_true", help=translate("cli.points", "do not show the balance at the sign-in desk"))
    sadd.set_defaults(handler=run_scheme_add)
    slist = scheme.add_parser("list", help=translate("cli.points", "list the points schemes"))
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(handler=run_scheme_list)

    rule = ps.add_parser("rule", help=translate("cli.points", "points rules")).add_subparsers(dest="what", required=True)
    radd = rule.add_parser("add", help=translate("cli.points", "add a rule (in force from --from, default today)"))
    radd.add_argument("--scheme", default=None)
    group = radd.add_mutually_exclusive_group(required=True)
    for kind, flag, text in RULE_FLAGS:
        group.add_argument(flag, dest=kind, default=None, metavar="N", help=translate("cli.points", text))
    radd.add_argument("--category", default="", help=translate("cli.points", "--per-activity: only activities of this category"))
    radd.add_argument("--rounding", choices=("down", "half", "exact"), default="down",
                      help=translate("cli.points", "--per-hour: part hours not counted / by half hours / exact"))
    radd.add_argument("--threshold", type=int, default=24, help=translate("cli.points", "--active-bonus: at least this many hours in the year"))
    radd.add_argument("--from", dest="starts_on", default=None, help=translate("cli.points", "in force from YYYY-MM-DD (not before today)"))
    radd.set_defaults(handler=run_rule_add)
    rlist = rule.add_parser("list", help=translate("cli.points", "list the rules"))
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(handler=run_rule_list)
    rchange = rule.add_parser("change", help=translate("cli.points", "adjust a rule's amount (from --from; earlier points stay)"))
    rchange.add_argument("rule")
    rchange.add_argument("amount")
    rchange.add_argument("--from", dest="starts_on", default=None)
    rchange.set_defaults(handler=run_rule_change)
    rretire = rule.add_parser("retire", help=translate("cli.points", "end a rule (points earned stay)"))
    rretire.add_argument("rule")
    rretire.add_argument("--from", dest="ends_on", default=None)
    rretire.set_defaults(handler=run_rule_retire)

    rs = ps.add_parser("ruleset", help=translate("cli.points", "the rule sets published by the county")).add_subparsers(dest="what", required=True)
    rs.add_parser("list", help=translate("cli.points", "list the rule sets to adopt")).set_defaults(handler=run_ruleset_list)
    adopt = rs.add_parser("adopt", help=translate("cli.points", "adopt a county rule set"))
    adopt.add_argument("name")
    adopt.add_argument("--from", dest="starts_on", default=None)
    adopt.set_defaults(handler=run_ruleset_adopt)

    award = ps.add_parser("award", help=translate("cli.points", "give points by hand (negative deducts); a reason is required"))
    award.add_argument("volunteer")
    award.add_argument("amount")
    award.add_argument("--scheme", default=None)
    award.add_argument("--reason", required=True)
    award.add_argument("--rule", default=None, help=translate("cli.points", "the rule's id, or “其他” (other, the default)"))
    award.add_argument("--operator", default="站长", help=translate("cli.points", "handled by (the station head if not given)"))
    award.set_defaults(handler=run_award)
    void = ps.add_parser("void", help=translate("cli.points", "void a points record (the record stays)"))
    void.add_argument("entry")
    void.add_argument("--reason", required=True)
    void.set_defaults(handler=run_void)
    transfer = ps.add_parser("transfer", help=translate("cli.points", "time bank: give to a family member (in the roster)"))
    transfer.add_argument("giver")
    transfer.add_argument("receiver")
    transfer.add_argument("amount")
    transfer.add_argument("--scheme", default=None)
    transfer.add_argument("--reason", default="")
    transfer.set_defaults(handler=run_transfer)
    bal = ps.add_parser("balance", help=translate("cli.points", "show balances"))
    bal.add_argument("volunteer", nargs="?", default=None)
    bal.add_argument("--scheme", default=None)
    bal.add_argument("--json", action="store_true")
    bal.set_defaults(handler=run_balance)
    for name, text in (("statement", translate("cli.points", "a volunteer's points statement")), ("passbook", translate("cli.points", "time bank passbook"))):
        sp = ps.add_parser(name, help=text)
        sp.add_argument("volunteer")
        sp.add_argument("--scheme", default=None)
        sp.add_argument("--out", required=True)
        if name == "statement":
            sp.add_argument("--month", default=None, help=translate("cli.points", "only this month, e.g. 2026-03"))
        _fmt(sp)
        sp.set_defaults(handler=run_statement, paper=name)
    board = ps.add_parser("board", help=translate("cli.points", "the monthly points board (large type, A4 or A3)"))
    board.add_argument("--month", required=True)
    board.add_argument("--scheme", default=None)
    board.add_argument("--out", required=True)
    board.add_argument("--size", choices=("A4", "A3"), default="A4")
    board.add_argument("--top", type=int, default=None, help=translate("cli.points", "how many on the board (default A4 15, A3 20)"))
    _fmt(board)
    board.set_defaults(handler=run_board)
    vslip = ps.add_parser("void-slip", help=translate("cli.points", "void a slip (goods returned: points and stock restored, the record stays)"))
    vslip.add_argument("slip")
    vslip.add_argument("--reason", required=True)
    vslip.set_defaults(handler=run_void_slip)
    slip = ps.add_parser("slip", help=translate("cli.points", "print a slip again"))
    slip.add_argument("slip")
    slip.add_argument("--out", required=True)
    slip.set_defaults(handler=run_slip)
    fl = ps.add_parser("flags", help=translate("cli.points", "overdrafts and negative stock found after a sync"))
    fl.add_argument("--json", action="store_true")
    fl.set_defaults(handler=run_flags)
    ps.add_parser("derive", help=translate("cli.points", "compute the points by rule (done after every sync)")).set_defaults(handler=run_derive)

    g = sub.add_parser("goods", help=translate("cli.points", "love supermarket goods and stock"))
    gs = g.add_subparsers(dest="action", required=True)
    gadd = gs.add_parser("add", help=translate("cli.points", "add an item"))
    gadd.add_argument("name")
    gadd.add_argument("--price", required=True, help=translate("cli.points", "points needed to redeem"))
    gadd.add_argument("--stock", type=int, default=0)
    gadd.add_argument("--scheme", default=None)
    gadd.add_argument("--unit", default="件")
    gadd.set_defaults(handler=run_goods_add)
    glist = gs.add_parser("list", help=translate("cli.points", "the catalogue and stock"))
    glist.add_argument("--json", action="store_true")
    glist.set_defaults(handler=run_goods_list)
    for name, text in (("receive", translate("cli.points", "receive stock")), ("count", translate("cli.points", "stocktake (write the counted quantity)"))):
        gp = gs.add_parser(name, help=text)
        gp.add_argument("goods")
        gp.add_argument("qty", type=int)
        gp.set_defaults(handler=run_goods_move, move=name)
    sheet = gs.add_parser("sheet", help=translate("cli.points", "the monthly stock report (signed by the station head)"))
    sheet.add_argument("--month", required=True)
    sheet.add_argument("--out", required=True)
    _fmt(sheet)
    sheet.set_defaults(handler=run_goods_sheet)

    r = sub.add_parser("redeem", help=translate("cli.points", "love supermarket redemption (prints the slip)"))
    r.add_argument("volunteer")
    r.add_argument("goods")
    r.add_argument("--qty", type=int, default=1)
    r.add_argument("--slip", default=None, help=translate("cli.points", "save the slip as PDF"))
    r.add_argument("--operator", default="站长")
    r.set_defaults(handler=run_redeem)


# --- helpers -------------------------------------------------------------------------------

def _open(open_db):
    db = open_db()
    if db.station_id is None:
        raise UserError(translate("cli.points", "No station has been set up on this PC yet; run init to set it up."))
    return db


def _volunteer(db, key):
    from desktop.cli.activities import find_volunteer

    return find_volunteer(db, key)


def _scheme(db, key):
    from desktop.services.points import find_scheme

    return find_scheme(db, key)


def _save(built, fmt, out) -> str:
    from desktop.printing.app import ensure_app
    from desktop.printing.points_papers import save
    from desktop.ui.i18n import install_translators

    if fmt == "pdf":
        ensure_app(setup=install_translators)
    pages = save(built, fmt, out)
    return translate("cli.points", "{n} pages").format(n=pages) if fmt == "pdf" else translate("cli.points", "an Excel sheet")


# --- points ---------------------------------------------------------------------------------

def run_scheme_add(args, open_db) -> int:
    from desktop.services.points import add_scheme

    row = add_scheme(_open(open_db), args.name, args.unit, validity_months=args.validity_months,
                     kiosk_visible=not args.no_kiosk, actor="命令行")
    print(row.id)
    return 0


def run_scheme_list(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.points import list_schemes

    rows = list_schemes(_open(open_db))
    if args.json:
        print_json([{"id": s.id, "name": s.name, "unit": s.unit, "validity_months": s.validity_months,
                     "kiosk_visible": s.kiosk_visible} for s in rows])
        return 0
    for s in rows:
        validity = translate("cli.points", "valid {n} months").format(n=s.validity_months) if s.validity_months else translate("cli.points", "no expiry")
        unit = translate("cli.points", "unit: {unit}").format(unit=s.unit)
        print(f"{s.id}\t{s.name}\t{unit}\t{validity}")
    if not rows:
        print(translate("cli.points", "No points schemes yet. Add one with points scheme add 积分超市 --unit 分."))
    return 0


def run_rule_add(args, open_db) -> int:
    from desktop.services.points import add_rule, to_cents

    db = _open(open_db)
    kind = next(k for k, _flag, _t in RULE_FLAGS if getattr(args, k) is not None)
    scheme = _scheme(db, args.scheme)
    rule = add_rule(db, scheme.id, kind, to_cents(getattr(args, kind)), category=args.category,
                    rounding=args.rounding, threshold_hours=args.threshold, starts_on=_date(args.starts_on),
                    actor="命令行")
    print(rule.id)
    return 0


def run_rule_list(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.points import list_rules, list_schemes, rule_text

    db = _open(open_db)
    schemes = {s.id: s for s in list_schemes(db)}
    rows = [r for r in list_rules(db) if r.scheme_id in schemes]
    if args.json:
        print_json([{"id": r.id, "scheme": schemes[r.scheme_id].name, "kind": r.kind, "amount": r.amount / 100,
                     "category": r.category, "rounding": r.rounding, "threshold_hours": r.threshold_hours,
                     "starts_on": r.starts_on, "ends_on": r.ends_on, "origin": r.origin} for r in rows])
        return 0
    here = translate("cli.points", "this station")
    for r in rows:
        until = translate("cli.points", "to {date}").format(date=r.ends_on) if r.ends_on else translate("cli.points", "onwards")
        print(f"{r.id}\t{schemes[r.scheme_id].name}\t{rule_text(r, schemes[r.scheme_id].unit)}\t{r.starts_on} {until}"
              f"\t{here if r.origin == 'local' else r.origin}")
    if not rows:
        print(translate("cli.points", "No points rules yet."))
    return 0


def run_rule_change(args, open_db) -> int:
    from desktop.services.points import change_rule, to_cents

    new = change_rule(_open(open_db), args.rule, to_cents(args.amount), starts_on=_date(args.starts_on), actor="命令行")
    print(new.id)
    return 0


def run_rule_retire(args, open_db) -> int:
    from desktop.services.points import retire_rule

    rule = retire_rule(_open(open_db), args.rule, ends_on=_date(args.ends_on), actor="命令行")
    print(translate("cli.points", "The rule ends on {date}; points earned before stay.").format(date=rule.ends_on))
    return 0


def run_ruleset_list(args, open_db) -> int:
    from desktop.services.points_rulesets import rule_sets

    for s in rule_sets(_open(open_db)):
        print(f"{s['name']}\t{'、'.join(x['name'] for x in s['schemes'])}")
    return 0


def run_ruleset_adopt(args, open_db) -> int:
    from desktop.services.points_rulesets import adopt

    made = adopt(_open(open_db), args.name, starts_on=_date(args.starts_on), actor="命令行")
    print(translate("cli.points", "Adopted: {n} rules added.").format(n=len(made)))
    return 0


def run_award(args, open_db) -> int:
    from desktop.services.points import OTHER, award, fmt_amount, other_label, to_cents

    db = _open(open_db)
    person, scheme = _volunteer(db, args.volunteer), _scheme(db, args.scheme)
    rule = None if not args.rule or args.rule in (OTHER, other_label()) else args.rule
    entry = award(db, person.id, to_cents(args.amount), scheme.id, args.reason, rule_id=rule, actor=args.operator)
    print(f"{entry.id}\t{person.name} {'+' if entry.points > 0 else ''}{fmt_amount(entry.points)} {scheme.unit}")
    return 0


def run_void(args, open_db) -> int:
    from desktop.services.points import void_entry

    void_entry(_open(open_db), args.entry, args.reason, actor="命令行")
    print(translate("cli.points", "Voided (the record stays)."))
    return 0


def run_transfer(args, open_db) -> int:
    from desktop.services.points import to_cents, transfer

    db = _open(open_db)
    giver, receiver, scheme = _volunteer(db, args.giver), _volunteer(db, args.receiver), _scheme(db, args.scheme)
    transfer(db, giver.id, receiver.id, to_cents(args.amount), scheme.id, args.reason, actor="命令行")
    print(translate("cli.points", "{giver} gave {amount} {unit} to {receiver}.").format(
        giver=giver.name, amount=args.amount, unit=scheme.unit, receiver=receiver.name))
    return 0


def run_balance(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services import points_rules
    from desktop.services.points import balance_rows, fmt_amount

    db = _open(open_db)
    points_rules.derive(db)
    scheme = _scheme(db, args.scheme) if args.scheme else None
    rows = balance_rows(db, scheme_id=scheme.id if scheme else None, include_zero=bool(args.volunteer))
    if args.volunteer:
        person = _volunteer(db, args.volunteer)
        rows = [r for r in rows if r.volunteer_id == person.id]
    if args.json:
        print_json([{"volunteer_id": r.volunteer_id, "name": r.name, "scheme": r.scheme, "unit": r.unit,
                     "balance": r.balance / 100, "flagged": r.flagged} for r in rows])
        return 0
    for r in rows:
        flag = translate("cli.points", "  ⚠ overdrawn: the station head should settle it") if r.flagged else ""
        print(f"{r.name}\t{r.scheme}\t{fmt_amount(r.balance)} {r.unit}{flag}")
    if not rows:
        print(translate("cli.points", "No points records."))
    return 0


def run_statement(args, open_db) -> int:
    from desktop.services import points_papers, points_rules

    db = _open(open_db)
    points_rules.derive(db)
    person, scheme = _volunteer(db, args.volunteer), _scheme(db, args.scheme)
    if args.paper == "passbook":
        built = points_papers.build_passbook(db, person.id, scheme.id)
    else:
        built = points_papers.build_statement(db, person.id, scheme.id, month=args.month)
    print(translate("cli.points", "Saved: {path} ({what})").format(path=args.out, what=_save(built, args.format, args.out)))
    return 0


def run_board(args, open_db) -> int:
    from desktop.services import points_papers, points_rules

    db = _open(open_db)
    points_rules.derive(db)
    scheme = _scheme(db, args.scheme)
    built = points_papers.build_board(db, scheme.id, args.month, size=args.size, top=args.top)
    print(translate("cli.points", "Saved: {path} ({what})").format(path=args.out, what=_save(built, args.format, args.out)))
    return 0


def run_slip(args, open_db) -> int:
    from desktop.services import goods, points_papers

    db = _open(open_db)
    built = points_papers.build_slip(db, goods.find_slip(db, args.slip))
    print(translate("cli.points", "Saved: {path} ({what})").format(path=args.out, what=_save(built, "pdf", args.out)))
    return 0


def run_void_slip(args, open_db) -> int:
    from desktop.services import goods

    db = _open(open_db)
    goods.void_redemption(db, goods.find_slip(db, args.slip), args.reason, actor="命令行")
    print(translate("cli.points", "Slip voided: points returned, stock restored (the record stays)."))
    return 0


def run_flags(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.points import flags, fmt_amount

    rows = flags(_open(open_db))
    if args.json:
        print_json([f.__dict__ for f in rows])
        return 0
    for f in rows:
        what = (translate("cli.points", "{name} {scheme} balance {amount}").format(name=f.name, scheme=f.scheme, amount=fmt_amount(f.amount))
                if f.kind == "balance" else translate("cli.points", "item “{name}” stock {amount}").format(name=f.name, amount=f.amount))
        print(translate("cli.points", "⚠ {what}, caused by these records:").format(what=what))
        for cause in f.causes:
            print(f"    {cause}")
    if not rows:
        print(translate("cli.points", "No overdrafts or negative stock."))
    return 0


def run_derive(args, open_db) -> int:
    from desktop.services.points_rules import derive

    report = derive(_open(open_db))
    print(translate("cli.points", "By rule: {added} points records added, {voided} voided.").format(added=report.added, voided=report.voided))
    return 0


# --- goods and redeem --------------------------------------------------------------------------

def run_goods_add(args, open_db) -> int:
    from desktop.services.goods import add_goods
    from desktop.services.points import to_cents

    db = _open(open_db)
    scheme = _scheme(db, args.scheme)
    row = add_goods(db, args.name, to_cents(args.price, translate("cli.points", "The price")), stock=args.stock, scheme_id=scheme.id, unit=args.unit,
                    actor="命令行")
    print(row.id)
    return 0


def run_goods_list(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.goods import list_goods
    from desktop.services.points import fmt_amount

    rows = list_goods(_open(open_db))
    if args.json:
        print_json([{"id": g.id, "name": g.name, "price": g.price / 100, "scheme": g.scheme, "unit": g.unit,
                     "stock": g.stock} for g in rows])
        return 0
    for g in rows:
        warn = translate("cli.points", "  ⚠ negative stock: count it") if g.stock < 0 else ""
        stock = translate("cli.points", "stock {n} {unit}").format(n=g.stock, unit=g.unit)
        print(f"{g.id}\t{g.name}\t{fmt_amount(g.price)} {g.scheme}\t{stock}{warn}")
    if not rows:
        print(translate("cli.points", "The catalogue has no items yet."))
    return 0


def run_goods_move(args, open_db) -> int:
    from desktop.services import goods

    db = _open(open_db)
    item = goods.find_goods(db, args.goods)
    if args.move == "receive":
        goods.receive(db, item.id, args.qty, actor="命令行")
    else:
        goods.count_stock(db, item.id, args.qty, actor="命令行")
    print(translate("cli.points", "“{name}” now has {n} {unit} in stock.").format(
        name=item.name, n=goods.find_goods(db, item.id).stock, unit=item.unit))
    return 0


def run_goods_sheet(args, open_db) -> int:
    from desktop.services import points_papers

    built = points_papers.build_stock_sheet(_open(open_db), args.month)
    print(translate("cli.points", "Saved: {path} ({what})").format(path=args.out, what=_save(built, args.format, args.out)))
    return 0


def run_redeem(args, open_db) -> int:
    from desktop.services import goods, points_papers, points_rules

    db = _open(open_db)
    points_rules.derive(db)
    person, item = _volunteer(db, args.volunteer), goods.find_goods(db, args.goods)
    slip = goods.redeem(db, person.id, [(item.id, args.qty)], actor=args.operator)
    print(slip.number)
    if args.slip:
        _save(points_papers.build_slip(db, slip.id), "pdf", args.slip)
    return 0
