"""The 爱心超市: goods catalogue, stock ledger, and redemption at the station PC.

Stock is computed from append-only moves (received, issued, counted, voided),
never stored. A redemption writes one slip, one spend entry in the points
ledger and one issue move per line, all carrying the slip id, in one
transaction.

On this PC a redemption is refused when the balance or the stock is short.
Two PCs offline cannot see each other's redemptions, so together they may
overspend a balance or issue more goods than the shelf had; an offline
system cannot forbid that without refusing service whenever the link is
down. Both slips are real hand-overs, so both are kept; after sync the
negative stock (and balance, desktop.services.points) is flagged with the
moves that caused it, for the station head to settle by a count or a void.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import select

from desktop.db import Database
from desktop.errors import NotFound, UserError, ValidationError
from desktop.i18n import translate
from desktop.models import (
    Goods,
    PointEntry,
    PointScheme,
    Redemption,
    StockMove,
    Volunteer,
    derived_id,
    new_id,
)
from desktop.services.audit import audit
from desktop.services.points import (
    Flag,
    _scheme,
    _volunteer,
    balance_in,
    fmt_amount,
    overdraft_causes,
    void_entry,
)
from desktop.validators import normalize_text


@dataclass
class GoodsRow:
    id: str
    name: str
    price: int
    scheme_id: str
    scheme: str
    unit: str
    stock: int
    active: bool


def _stock(session, goods_id: str) -> int:
    return session.scalar(select(func.coalesce(func.sum(StockMove.qty), 0)).where(StockMove.goods_id == goods_id)) or 0


def stock_levels(db: Database) -> dict[str, int]:
    with db.read() as session:
        return dict(session.exec(select(StockMove.goods_id, func.sum(StockMove.qty)).group_by(StockMove.goods_id)).all())


def add_goods(db: Database, name: str, price: int, *, stock: int = 0, scheme_id: str, unit: str = "件",
              actor: str = "站长") -> Goods:
    name = normalize_text(name)
    if not name or len(name) > 50:
        raise ValidationError(translate("services.goods", "An item needs a name of at most 50 characters."), field="name")
    if price <= 0:
        raise ValidationError(translate("services.goods", "The points needed must be more than 0."), field="price")
    if stock < 0:
        raise ValidationError(translate("services.goods", "The stock cannot be negative."), field="stock")
    if db.station_id is None:
        raise UserError(translate("services.goods", "No station has been set up on this PC yet; finish the first-run setup first."))
    row_id = derived_id(db.station_id, "goods", name)
    with db.session(actor) as session:
        _scheme(session, scheme_id)
        row = session.get(Goods, row_id)
        if row is not None and row.deleted_at is None:
            raise ValidationError(translate("services.goods", "The item “{name}” is already in the catalogue; use “Receive” for new stock.").format(name=name), field="name")
        if row is None:
            row = Goods(id=row_id, name=name, price=price, scheme_id=scheme_id, unit=normalize_text(unit) or "件")
            session.add(row)
        else:
            row.deleted_at, row.price, row.scheme_id, row.active = None, price, scheme_id, True
        if stock:
            session.add(StockMove(goods_id=row_id, kind="received", qty=stock, reason=translate("services.goods", "Opening stock"), operator=actor,
                                  on_date=date.today()))
        audit(session, actor, "goods.add", "goods", row_id, name=name, price=price, stock=stock)
    return row


def list_goods(db: Database, *, include_inactive: bool = False) -> list[GoodsRow]:
    levels = stock_levels(db)
    with db.read() as session:
        schemes = {s.id: s for s in session.exec(select(PointScheme))}
        rows = session.exec(select(Goods).where(Goods.deleted_at.is_(None)).order_by(Goods.name)).all()
    return [GoodsRow(g.id, g.name, g.price, g.scheme_id, schemes[g.scheme_id].name if g.scheme_id in schemes else "",
                     g.unit, levels.get(g.id, 0), g.active) for g in rows if include_inactive or g.active]


def find_goods(db: Database, key: str) -> GoodsRow:
    key = normalize_text(key)
    for row in list_goods(db, include_inactive=True):
        if row.id == key or row.name == key:
            return row
    raise NotFound(translate("services.goods", "No item “{key}”. See the catalogue with goods list.").format(key=key))


def receive(db: Database, goods_id: str, qty: int, *, reason: str = "", actor: str = "站长") -> StockMove:
    if qty <= 0:
        raise ValidationError(translate("services.goods", "The quantity received must be more than 0."), field="qty")
    with db.session(actor) as session:
        if session.get(Goods, goods_id) is None:
            raise NotFound(translate("services.goods", "This item was not found."))
        move = StockMove(goods_id=goods_id, kind="received", qty=qty, reason=normalize_text(reason) or translate("services.goods", "Purchase"),
                         operator=actor, on_date=date.today())
        session.add(move)
    return move


def count_stock(db: Database, goods_id: str, counted: int, *, actor: str = "站长") -> StockMove:
    """盘点: record what is on the shelf; the move is the difference to the computed stock."""
    if counted < 0:
        raise ValidationError(translate("services.goods", "The count cannot be negative."), field="counted")
    with db.session(actor) as session:
        if session.get(Goods, goods_id) is None:
            raise NotFound(translate("services.goods", "This item was not found."))
        move = StockMove(goods_id=goods_id, kind="counted", qty=counted - _stock(session, goods_id), counted=counted,
                         reason=translate("services.goods", "Stocktake"), operator=actor, on_date=date.today())
        session.add(move)
    return move


# --- redemption ------------------------------------------------------------------------------------

def slip_number(slip_id: str, when: datetime) -> str:
    return f"DH{when:%Y%m%d}-{slip_id.replace('-', '')[-6:].upper()}"


def redeem(db: Database, volunteer_id: str, lines: list[tuple[str, int]], *, actor: str = "站长",
           now: datetime | None = None) -> Redemption:
    """Redeem goods for points: refused when this PC sees too small a balance or stock."""
    wanted: dict[str, int] = defaultdict(int)
    for goods_id, qty in lines:
        if qty <= 0:
            raise ValidationError(translate("services.goods", "The quantity redeemed must be more than 0."), field="qty")
        wanted[goods_id] += qty
    if not wanted:
        raise ValidationError(translate("services.goods", "Pick the items to redeem first."), field="goods")
    when = now or datetime.now()
    with db.session(actor) as session:
        person = _volunteer(session, volunteer_id)
        goods = {g: session.get(Goods, g) for g in wanted}
        if any(g is None or g.deleted_at is not None for g in goods.values()):
            raise NotFound(translate("services.goods", "An item to redeem was not found."))
        schemes = {g.scheme_id for g in goods.values()}
        if len(schemes) != 1:
            raise ValidationError(translate("services.goods", "One slip uses one kind of points; redeem them separately."))
        scheme = _scheme(session, schemes.pop())
        for goods_id, qty in wanted.items():
            have = _stock(session, goods_id)
            if have < qty:
                raise ValidationError(translate("services.goods", "Only {have} {unit} of “{name}” in stock, not enough for {qty}.").format(
                    name=goods[goods_id].name, have=have, unit=goods[goods_id].unit, qty=qty))
        total = sum(goods[g].price * q for g, q in wanted.items())
        have = balance_in(session, volunteer_id, scheme.id)
        if have < total:
            raise ValidationError(translate("services.goods", "{name} has {have} {unit} of {scheme}; the redemption needs {total} {unit}, not enough.").format(
                name=person.name, scheme=scheme.name, have=fmt_amount(have), total=fmt_amount(total), unit=scheme.unit))
        slip_id = new_id()
        number = slip_number(slip_id, when)
        slip = Redemption(id=slip_id, number=number, volunteer_id=volunteer_id, scheme_id=scheme.id, total=total,
                          operator=actor, created_at=when)
        session.add(slip)
        names = translate("services.goods", ", ").join(f"{goods[g].name}×{q}" for g, q in wanted.items())
        session.add(PointEntry(id=derived_id("slip", slip_id), volunteer_id=volunteer_id, points=-total,
                               scheme_id=scheme.id, kind="spent", source=f"slip:{slip_id}", slip_id=slip_id,
                               on_date=when.date(), reason=translate("services.goods", "Redeemed {items} ({number})").format(items=names, number=number)[:200], operator=actor,
                               created_at=when))
        for goods_id, qty in wanted.items():
            session.add(StockMove(id=derived_id("slip", slip_id, goods_id), goods_id=goods_id, kind="issued", qty=-qty,
                                  slip_id=slip_id, reason=translate("services.goods", "Slip {number}").format(number=number), operator=actor, on_date=when.date(),
                                  created_at=when))
        audit(session, actor, "goods.redeem", "volunteer", volunteer_id, slip=number, total=total)
    return slip


def void_redemption(db: Database, slip_id: str, reason: str, *, actor: str = "站长") -> None:
    """The goods came back: the points are returned and the stock restored (all kept on record)."""
    reason = normalize_text(reason)
    if not reason:
        raise ValidationError(translate("services.goods", "Write why the slip is voided."), field="reason")
    void_entry(db, derived_id("slip", slip_id), translate("services.goods", "Slip voided: {reason}").format(reason=reason), actor=actor)
    with db.session(actor) as session:
        for move in session.exec(select(StockMove).where(StockMove.slip_id == slip_id, StockMove.kind == "issued")).all():
            vid = derived_id("stock-void", move.id)
            if session.get(StockMove, vid) is None:
                session.add(StockMove(id=vid, goods_id=move.goods_id, kind="voided", qty=-move.qty, slip_id=slip_id,
                                      voids=move.id, reason=reason[:200], operator=actor, on_date=date.today()))


def void_any(db: Database, entry_id: str, reason: str, *, actor: str = "站长") -> None:
    """Void a ledger entry; a redemption's spend voids the whole slip (the stock comes back too)."""
    with db.read() as session:
        entry = session.get(PointEntry, entry_id)
    if entry is not None and entry.kind == "spent" and entry.slip_id:
        void_redemption(db, entry.slip_id, reason, actor=actor)
    else:
        void_entry(db, entry_id, reason, actor=actor)


@dataclass
class SlipLine:
    name: str
    qty: int
    unit: str
    price: int

    @property
    def amount(self) -> int:
        return self.qty * self.price


@dataclass
class Slip:
    id: str
    number: str
    volunteer_id: str
    volunteer: str
    scheme: str
    unit: str
    total: int
    balance_after: int
    operator: str
    created_at: datetime
    station: str
    lines: list[SlipLine] = field(default_factory=list)


def find_slip(db: Database, key: str) -> str:
    with db.read() as session:
        row = session.get(Redemption, key) or session.exec(select(Redemption).where(Redemption.number == key.upper())).first()
    if row is None:
        raise NotFound(translate("services.goods", "No slip “{key}”.").format(key=key))
    return row.id


def slip(db: Database, slip_id: str) -> Slip:
    """Everything the printed slip shows; the balance is the one right after this slip."""
    from desktop.services.station import get_station

    with db.read() as session:
        row = session.get(Redemption, slip_id)
        if row is None:
            raise NotFound(translate("services.goods", "This slip was not found."))
        person = session.get(Volunteer, row.volunteer_id)
        scheme = session.get(PointScheme, row.scheme_id)
        moves = session.exec(select(StockMove, Goods).join(Goods, Goods.id == StockMove.goods_id)
                             .where(StockMove.slip_id == slip_id, StockMove.kind == "issued")).all()
        before = session.scalar(select(func.coalesce(func.sum(PointEntry.points), 0)).where(
            PointEntry.volunteer_id == row.volunteer_id, PointEntry.scheme_id == row.scheme_id,
            PointEntry.created_at <= row.created_at)) or 0
    station = get_station(db)
    lines = [SlipLine(g.name, -m.qty, g.unit, g.price) for m, g in sorted(moves, key=lambda mg: mg[1].name)]
    return Slip(row.id, row.number, row.volunteer_id, person.name if person else "", scheme.name if scheme else "",
                scheme.unit if scheme else "分", row.total, before, row.operator, row.created_at,
                station.name if station else "", lines)


def list_slips(db: Database, volunteer_id: str | None = None) -> list[Redemption]:
    with db.read() as session:
        query = select(Redemption)
        if volunteer_id:
            query = query.where(Redemption.volunteer_id == volunteer_id)
        return list(session.exec(query.order_by(Redemption.created_at.desc())))


# --- the monthly stock sheet and flags ---------------------------------------------------------------

@dataclass
class StockLine:
    name: str
    unit: str
    price: int
    opening: int
    received: int
    issued: int
    adjusted: int  # counts and voids
    closing: int


def stock_sheet(db: Database, start: date, end: date) -> list[StockLine]:
    """Per goods: stock at `start`, moves in [start, end), stock at `end`."""
    with db.read() as session:
        goods = session.exec(select(Goods).where(Goods.deleted_at.is_(None)).order_by(Goods.name)).all()
        moves = session.exec(select(StockMove.goods_id, StockMove.kind, StockMove.qty, StockMove.on_date)
                             .where(StockMove.on_date < end)).all()
    per: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for goods_id, kind, qty, on in moves:
        bucket = "opening" if on < start else {"received": "received", "issued": "issued"}.get(kind, "adjusted")
        per[goods_id][bucket] += qty
    lines = []
    for g in goods:
        p = per[g.id]
        closing = p["opening"] + p["received"] + p["issued"] + p["adjusted"]
        lines.append(StockLine(g.name, g.unit, g.price, p["opening"], p["received"], -p["issued"], p["adjusted"], closing))
    return lines


def stock_flags(db: Database) -> list[Flag]:
    negative = {g: q for g, q in stock_levels(db).items() if q < 0}
    if not negative:
        return []
    flags = []
    with db.read() as session:
        for goods_id, qty in negative.items():
            item = session.get(Goods, goods_id)
            moves = sorted(session.exec(select(StockMove).where(StockMove.goods_id == goods_id)),
                           key=lambda m: (m.created_at, m.id))
            cause = translate("services.goods", "{at:%Y-%m-%d %H:%M} issued {qty} {unit} ({reason}, handled by {operator})")
            causes = [cause.format(at=m.created_at, qty=-m.qty, unit=item.unit, reason=m.reason, operator=m.operator or "—")
                      for m in overdraft_causes(moves, lambda m: m.qty)]
            flags.append(Flag("stock", goods_id, item.name if item else "", "", qty, causes))
    return flags
