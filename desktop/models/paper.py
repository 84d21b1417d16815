"""The certificate register 证明登记: every 志愿服务证明 number ever issued.

Append-only and synced: a number, once printed, is never edited or reused; a
certificate issued by mistake is cancelled by a void entry (`voids`).

Numbers are `YYYY-PPPP-NNNN`: year, the issuing PC's prefix, and a sequence
per (year, prefix). The prefix is taken from the PC's site id (the HLC site,
unique per installation), so two PCs of one station issuing offline never
draw from the same sequence; each PC only continues its own.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.models.base import SyncedBase, SyncKind, synced


@synced(SyncKind.APPEND)
class Certificate(SyncedBase, table=True):
    __tablename__ = "certificate"
    number: str = Field(max_length=40, index=True)
    prefix: str = Field(max_length=8)
    seq: int = 0
    year: int = 0
    volunteer_id: str = Field(foreign_key="volunteer.id", index=True, max_length=36)
    volunteer_name: str = Field(max_length=50)  # as printed
    id_card_shown: str = Field(default="", max_length=18)  # as printed (masked unless asked in full)
    period_start: date
    period_end: date
    minutes: int = 0
    activities: int = 0
    content: str = Field(default="")  # the service content as printed
    issuer: str = Field(default="", max_length=200)  # 出具单位
    person_in_charge: str = Field(default="", max_length=50)  # 负责人
    handler: str = Field(default="", max_length=50)  # 经办人
    issued_on: date
    voids: str | None = Field(default=None, max_length=36)  # id of the certificate this entry cancels
    reason: str = Field(default="", max_length=200)  # why it was cancelled
    operator: str = Field(default="", max_length=50)
    created_at: NaiveDatetime = Field(default_factory=datetime.now)
