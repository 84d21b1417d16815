"""Points / time bank / 爱心超市: a ledger, never a mutable balance.

Shape (issue 13):
- `PointScheme` (mutable): one per form of reward (积分超市, 时间银行, 道德银行),
  with its unit. Its id is derived from (station, name): two PCs adding the
  same scheme make one row.
- `PointRule` (mutable): how recorded facts earn points, valid on
  [starts_on, ends_on). A change ends the old version and starts a new one.
- `PointEntry` (append-only): every movement. Amounts are in hundredths of
  the scheme's unit (1.5 小时 = 150), so hours keep their halves.
  A balance is SUM(points): a void entry carries the negated amount of the
  entry it undoes, and its id is derived from that entry, so two PCs voiding
  the same entry make one void.
- `Goods` (mutable) and `StockMove` (append-only): the 爱心超市 catalogue and
  its stock ledger; stock is SUM(qty).
- `Redemption` (append-only): one redemption slip; its spend entry and its
  stock moves carry the slip id.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlalchemy import Index
from sqlmodel import Field

from desktop.models.base import MutableBase, SyncedBase, SyncKind, synced

CENTS = 100  # ledger amounts are hundredths of the scheme's unit
UNITS = ("分", "小时")
ENTRY_KINDS = ("earned", "deducted", "spent", "transferred", "expired", "voided")
RULE_KINDS = ("per_hour", "per_activity", "per_lecture", "per_visit", "per_request", "active_bonus")


@synced(SyncKind.MUTABLE)
class PointScheme(MutableBase, table=True):
    __tablename__ = "point_scheme"
    name: str = Field(max_length=30)
    unit: str = Field(default="分", max_length=4)  # 分 | 小时
    validity_months: int = 0  # 0: points never expire
    kiosk_visible: bool = True  # the kiosk shows the balance after sign-in
    sort_order: int = 0
    note: str = Field(default="", max_length=200)


@synced(SyncKind.MUTABLE)
class PointRule(MutableBase, table=True):
    __tablename__ = "point_rule"
    scheme_id: str = Field(foreign_key="point_scheme.id", index=True, max_length=36)
    kind: str = Field(max_length=16)  # RULE_KINDS
    amount: int  # hundredths of the unit, per hour / per fact / per year
    category: str = Field(default="", max_length=20)  # per_activity: only this category ("" = any)
    rounding: str = Field(default="down", max_length=8)  # per_hour: down | half | exact
    threshold_hours: int = 24  # active_bonus: 活跃志愿者 from this many hours in the year
    starts_on: date
    ends_on: date | None = None  # exclusive; None = open
    origin: str = Field(default="local", max_length=60)  # local | the county rule set's name
    note: str = Field(default="", max_length=200)


@synced(SyncKind.APPEND)
class PointEntry(SyncedBase, table=True):
    __tablename__ = "point_entry"
    # covering index: one balance is an index range, all balances one ordered index scan
    __table_args__ = (Index("ix_point_entry_balance", "scheme_id", "volunteer_id", "points"),)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    points: int  # hundredths of the unit; positive earned, negative spent
    reason: str = Field(max_length=200)
    activity_id: str | None = Field(default=None, foreign_key="activity.id", max_length=36)
    operator: str = Field(default="", max_length=50)
    voids: str | None = Field(default=None, max_length=36)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
    scheme_id: str | None = Field(default=None, max_length=36)
    kind: str = Field(default="earned", max_length=12)  # ENTRY_KINDS
    rule_id: str | None = Field(default=None, max_length=36)  # earned by a rule, or a manual entry naming it
    source: str = Field(default="", max_length=120)  # the fact: "signin:<activity>:<volunteer>", "visit:<id>", ...
    on_date: date | None = None  # the day the fact happened (statements and the 积分榜 count by it)
    slip_id: str | None = Field(default=None, max_length=36)
    counterparty_id: str | None = Field(default=None, max_length=36)  # transfers: the other volunteer


@synced(SyncKind.MUTABLE)
class Goods(MutableBase, table=True):
    __tablename__ = "goods"
    name: str = Field(max_length=50)
    price: int  # hundredths of the scheme's unit
    scheme_id: str = Field(foreign_key="point_scheme.id", max_length=36)
    unit: str = Field(default="件", max_length=6)
    active: bool = True


@synced(SyncKind.APPEND)
class StockMove(SyncedBase, table=True):
    __tablename__ = "stock_move"
    goods_id: str = Field(foreign_key="goods.id", index=True, max_length=36)
    kind: str = Field(max_length=10)  # received | issued | counted | voided
    qty: int  # signed change of the stock
    counted: int | None = None  # counted: the quantity found on the shelf
    slip_id: str | None = Field(default=None, max_length=36)
    reason: str = Field(default="", max_length=200)
    operator: str = Field(default="", max_length=50)
    voids: str | None = Field(default=None, max_length=36)
    on_date: date
    created_at: NaiveDatetime = Field(default_factory=datetime.now)


@synced(SyncKind.APPEND)
class Redemption(SyncedBase, table=True):
    """A redemption slip 兑换单: its number is printed; the lines are its stock moves."""

    __tablename__ = "redemption"
    number: str = Field(max_length=30, index=True)
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    scheme_id: str = Field(max_length=36)
    total: int  # hundredths
    operator: str = Field(default="", max_length=50)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
