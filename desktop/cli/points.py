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

RULE_FLAGS = (("per_hour", "--per-hour", "每服务 1 小时得 N"), ("per_activity", "--per-activity", "每参加 1 次活动得 N"),
              ("per_lecture", "--per-lecture", "每参加 1 次理论宣讲得 N"), ("per_visit", "--per-visit", "每次 1+10 走访得 N"),
              ("per_request", "--per-request", "每次点单服务获评满意得 N"),
              ("active_bonus", "--active-bonus", "年度活跃志愿者一次奖励 N"))


def _date(text: str | None, label: str = "日期") -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"{label}“{text}”写法不对，应写成 2026-03-01。") from None


def _fmt(parser, default="pdf"):
    parser.add_argument("--format", choices=("pdf", "xlsx"), default=default, help="文件格式（默认 pdf）")


def register(sub) -> None:
    p = sub.add_parser("points", help="积分、时间银行与道德银行")
    ps = p.add_subparsers(dest="action", required=True)
    scheme = ps.add_parser("scheme", help="积分项目").add_subparsers(dest="what", required=True)
    sadd = scheme.add_parser("add", help="新建积分项目")
    sadd.add_argument("name")
    sadd.add_argument("--unit", choices=("分", "小时"), default="分")
    sadd.add_argument("--validity-months", type=int, default=0, help="有效期（月，0 为长期有效）")
    sadd.add_argument("--no-kiosk", action="store_true", help="签到台不显示余额")
    sadd.set_defaults(handler=run_scheme_add)
    slist = scheme.add_parser("list", help="列出积分项目")
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(handler=run_scheme_list)

    rule = ps.add_parser("rule", help="积分规则").add_subparsers(dest="what", required=True)
    radd = rule.add_parser("add", help="新增规则（从 --from 日期起生效，默认今天）")
    radd.add_argument("--scheme", default=None)
    group = radd.add_mutually_exclusive_group(required=True)
    for kind, flag, text in RULE_FLAGS:
        group.add_argument(flag, dest=kind, default=None, metavar="N", help=text)
    radd.add_argument("--category", default="", help="--per-activity：只计这一类活动")
    radd.add_argument("--rounding", choices=("down", "half", "exact"), default="down",
                      help="--per-hour：不足 1 小时不计 / 按半小时 / 按实际")
    radd.add_argument("--threshold", type=int, default=24, help="--active-bonus：全年至少多少小时")
    radd.add_argument("--from", dest="starts_on", default=None, help="生效日期 YYYY-MM-DD（不能早于今天）")
    radd.set_defaults(handler=run_rule_add)
    rlist = rule.add_parser("list", help="列出规则")
    rlist.add_argument("--json", action="store_true")
    rlist.set_defaults(handler=run_rule_list)
    rchange = rule.add_parser("change", help="调整规则分值（从 --from 起，之前的积分不变）")
    rchange.add_argument("rule")
    rchange.add_argument("amount")
    rchange.add_argument("--from", dest="starts_on", default=None)
    rchange.set_defaults(handler=run_rule_change)
    rretire = rule.add_parser("retire", help="停用规则（已得积分不变）")
    rretire.add_argument("rule")
    rretire.add_argument("--from", dest="ends_on", default=None)
    rretire.set_defaults(handler=run_rule_retire)

    rs = ps.add_parser("ruleset", help="县中心发布的积分规则").add_subparsers(dest="what", required=True)
    rs.add_parser("list", help="列出可采用的规则").set_defaults(handler=run_ruleset_list)
    adopt = rs.add_parser("adopt", help="采用一套县级规则")
    adopt.add_argument("name")
    adopt.add_argument("--from", dest="starts_on", default=None)
    adopt.set_defaults(handler=run_ruleset_adopt)

    award = ps.add_parser("award", help="手工加分（负数为扣分），须写原因")
    award.add_argument("volunteer")
    award.add_argument("amount")
    award.add_argument("--scheme", default=None)
    award.add_argument("--reason", required=True)
    award.add_argument("--rule", default=None, help="对应的规则编号，或“其他”（默认）")
    award.add_argument("--operator", default="站长", help="经办人（默认站长）")
    award.set_defaults(handler=run_award)
    void = ps.add_parser("void", help="作废一条积分记录（原记录保留）")
    void.add_argument("entry")
    void.add_argument("--reason", required=True)
    void.set_defaults(handler=run_void)
    transfer = ps.add_parser("transfer", help="时间银行：转赠给家人（须在名册中）")
    transfer.add_argument("giver")
    transfer.add_argument("receiver")
    transfer.add_argument("amount")
    transfer.add_argument("--scheme", default=None)
    transfer.add_argument("--reason", default="")
    transfer.set_defaults(handler=run_transfer)
    bal = ps.add_parser("balance", help="查看余额")
    bal.add_argument("volunteer", nargs="?", default=None)
    bal.add_argument("--scheme", default=None)
    bal.add_argument("--json", action="store_true")
    bal.set_defaults(handler=run_balance)
    for name, text in (("statement", "志愿者积分明细"), ("passbook", "时间银行存折")):
        sp = ps.add_parser(name, help=text)
        sp.add_argument("volunteer")
        sp.add_argument("--scheme", default=None)
        sp.add_argument("--out", required=True)
        if name == "statement":
            sp.add_argument("--month", default=None, help="只列这个月，例如 2026-03")
        _fmt(sp)
        sp.set_defaults(handler=run_statement, paper=name)
    board = ps.add_parser("board", help="月度积分榜（大字，A4 或 A3）")
    board.add_argument("--month", required=True)
    board.add_argument("--scheme", default=None)
    board.add_argument("--out", required=True)
    board.add_argument("--size", choices=("A4", "A3"), default="A4")
    board.add_argument("--top", type=int, default=None, help="上榜人数（默认 A4 15 人，A3 20 人）")
    _fmt(board)
    board.set_defaults(handler=run_board)
    vslip = ps.add_parser("void-slip", help="作废兑换单（物品退回：积分和库存恢复，记录保留）")
    vslip.add_argument("slip")
    vslip.add_argument("--reason", required=True)
    vslip.set_defaults(handler=run_void_slip)
    slip = ps.add_parser("slip", help="重印兑换单")
    slip.add_argument("slip")
    slip.add_argument("--out", required=True)
    slip.set_defaults(handler=run_slip)
    fl = ps.add_parser("flags", help="同步后出现的透支和负库存")
    fl.add_argument("--json", action="store_true")
    fl.set_defaults(handler=run_flags)
    ps.add_parser("derive", help="按规则计算积分（同步后自动进行）").set_defaults(handler=run_derive)

    g = sub.add_parser("goods", help="爱心超市物品与库存")
    gs = g.add_subparsers(dest="action", required=True)
    gadd = gs.add_parser("add", help="新增物品")
    gadd.add_argument("name")
    gadd.add_argument("--price", required=True, help="兑换所需积分")
    gadd.add_argument("--stock", type=int, default=0)
    gadd.add_argument("--scheme", default=None)
    gadd.add_argument("--unit", default="件")
    gadd.set_defaults(handler=run_goods_add)
    glist = gs.add_parser("list", help="物品目录与库存")
    glist.add_argument("--json", action="store_true")
    glist.set_defaults(handler=run_goods_list)
    for name, text in (("receive", "入库"), ("count", "盘点（写实际数量）")):
        gp = gs.add_parser(name, help=text)
        gp.add_argument("goods")
        gp.add_argument("qty", type=int)
        gp.set_defaults(handler=run_goods_move, move=name)
    sheet = gs.add_parser("sheet", help="库存月报表（站长签字）")
    sheet.add_argument("--month", required=True)
    sheet.add_argument("--out", required=True)
    _fmt(sheet)
    sheet.set_defaults(handler=run_goods_sheet)

    r = sub.add_parser("redeem", help="爱心超市兑换（打印兑换单）")
    r.add_argument("volunteer")
    r.add_argument("goods")
    r.add_argument("--qty", type=int, default=1)
    r.add_argument("--slip", default=None, help="把兑换单保存为 PDF")
    r.add_argument("--operator", default="站长")
    r.set_defaults(handler=run_redeem)


# --- helpers -------------------------------------------------------------------------------

def _open(open_db):
    db = open_db()
    if db.station_id is None:
        raise UserError("本机还没有建立实践站，请先运行 init 完成首次设置。")
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
    return f"{pages} 页" if fmt == "pdf" else "Excel 表格"


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
        validity = f"有效期 {s.validity_months} 个月" if s.validity_months else "长期有效"
        print(f"{s.id}\t{s.name}\t单位：{s.unit}\t{validity}")
    if not rows:
        print("还没有积分项目。用 points scheme add 积分超市 --unit 分 新建。")
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
    for r in rows:
        until = f"至 {r.ends_on}" if r.ends_on else "起"
        print(f"{r.id}\t{schemes[r.scheme_id].name}\t{rule_text(r, schemes[r.scheme_id].unit)}\t{r.starts_on} {until}"
              f"\t{'本站' if r.origin == 'local' else r.origin}")
    if not rows:
        print("还没有积分规则。")
    return 0


def run_rule_change(args, open_db) -> int:
    from desktop.services.points import change_rule, to_cents

    new = change_rule(_open(open_db), args.rule, to_cents(args.amount), starts_on=_date(args.starts_on), actor="命令行")
    print(new.id)
    return 0


def run_rule_retire(args, open_db) -> int:
    from desktop.services.points import retire_rule

    rule = retire_rule(_open(open_db), args.rule, ends_on=_date(args.ends_on), actor="命令行")
    print(f"规则已于 {rule.ends_on} 起停用，之前获得的积分不变。")
    return 0


def run_ruleset_list(args, open_db) -> int:
    from desktop.services.points_rulesets import rule_sets

    for s in rule_sets(_open(open_db)):
        print(f"{s['name']}\t{'、'.join(x['name'] for x in s['schemes'])}")
    return 0


def run_ruleset_adopt(args, open_db) -> int:
    from desktop.services.points_rulesets import adopt

    made = adopt(_open(open_db), args.name, starts_on=_date(args.starts_on), actor="命令行")
    print(f"已采用，新增 {len(made)} 条规则。")
    return 0


def run_award(args, open_db) -> int:
    from desktop.services.points import OTHER, award, fmt_amount, to_cents

    db = _open(open_db)
    person, scheme = _volunteer(db, args.volunteer), _scheme(db, args.scheme)
    rule = None if not args.rule or args.rule == OTHER else args.rule
    entry = award(db, person.id, to_cents(args.amount), scheme.id, args.reason, rule_id=rule, actor=args.operator)
    print(f"{entry.id}\t{person.name} {'+' if entry.points > 0 else ''}{fmt_amount(entry.points)} {scheme.unit}")
    return 0


def run_void(args, open_db) -> int:
    from desktop.services.points import void_entry

    void_entry(_open(open_db), args.entry, args.reason, actor="命令行")
    print("已作废（原记录保留）。")
    return 0


def run_transfer(args, open_db) -> int:
    from desktop.services.points import to_cents, transfer

    db = _open(open_db)
    giver, receiver, scheme = _volunteer(db, args.giver), _volunteer(db, args.receiver), _scheme(db, args.scheme)
    transfer(db, giver.id, receiver.id, to_cents(args.amount), scheme.id, args.reason, actor="命令行")
    print(f"{giver.name} 已转赠 {args.amount} {scheme.unit} 给 {receiver.name}。")
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
        flag = "  ⚠ 透支，请站长处理" if r.flagged else ""
        print(f"{r.name}\t{r.scheme}\t{fmt_amount(r.balance)} {r.unit}{flag}")
    if not rows:
        print("没有积分记录。")
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
    print(f"已保存：{args.out}（{_save(built, args.format, args.out)}）")
    return 0


def run_board(args, open_db) -> int:
    from desktop.services import points_papers, points_rules

    db = _open(open_db)
    points_rules.derive(db)
    scheme = _scheme(db, args.scheme)
    built = points_papers.build_board(db, scheme.id, args.month, size=args.size, top=args.top)
    print(f"已保存：{args.out}（{_save(built, args.format, args.out)}）")
    return 0


def run_slip(args, open_db) -> int:
    from desktop.services import goods, points_papers

    db = _open(open_db)
    built = points_papers.build_slip(db, goods.find_slip(db, args.slip))
    print(f"已保存：{args.out}（{_save(built, 'pdf', args.out)}）")
    return 0


def run_void_slip(args, open_db) -> int:
    from desktop.services import goods

    db = _open(open_db)
    goods.void_redemption(db, goods.find_slip(db, args.slip), args.reason, actor="命令行")
    print("兑换单已作废：积分已退回，库存已恢复（记录保留）。")
    return 0


def run_flags(args, open_db) -> int:
    from desktop.cli import print_json
    from desktop.services.points import flags, fmt_amount

    rows = flags(_open(open_db))
    if args.json:
        print_json([f.__dict__ for f in rows])
        return 0
    for f in rows:
        what = f"{f.name} {f.scheme}余额 {fmt_amount(f.amount)}" if f.kind == "balance" else f"物品“{f.name}”库存 {f.amount}"
        print(f"⚠ {what}，由以下记录造成：")
        for cause in f.causes:
            print(f"    {cause}")
    if not rows:
        print("没有透支或负库存。")
    return 0


def run_derive(args, open_db) -> int:
    from desktop.services.points_rules import derive

    report = derive(_open(open_db))
    print(f"按规则新增 {report.added} 条积分，作废 {report.voided} 条。")
    return 0


# --- goods and redeem --------------------------------------------------------------------------

def run_goods_add(args, open_db) -> int:
    from desktop.services.goods import add_goods
    from desktop.services.points import to_cents

    db = _open(open_db)
    scheme = _scheme(db, args.scheme)
    row = add_goods(db, args.name, to_cents(args.price, "价格"), stock=args.stock, scheme_id=scheme.id, unit=args.unit,
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
        warn = "  ⚠ 负库存，请盘点" if g.stock < 0 else ""
        print(f"{g.id}\t{g.name}\t{fmt_amount(g.price)} {g.scheme}\t库存 {g.stock} {g.unit}{warn}")
    if not rows:
        print("目录里还没有物品。")
    return 0


def run_goods_move(args, open_db) -> int:
    from desktop.services import goods

    db = _open(open_db)
    item = goods.find_goods(db, args.goods)
    if args.move == "receive":
        goods.receive(db, item.id, args.qty, actor="命令行")
    else:
        goods.count_stock(db, item.id, args.qty, actor="命令行")
    print(f"“{item.name}”现有库存 {goods.find_goods(db, item.id).stock} {item.unit}。")
    return 0


def run_goods_sheet(args, open_db) -> int:
    from desktop.services import points_papers

    built = points_papers.build_stock_sheet(_open(open_db), args.month)
    print(f"已保存：{args.out}（{_save(built, args.format, args.out)}）")
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
