"""Residents' requests: 点单 -> 派单 -> 接单 -> done -> 评单.

`ServiceRequest` is what the resident asked for, written once by the station
that took it (a correction is a plain field edit by that station). Its state
is never stored: it is derived from the append-only `RequestEvent` rows by
desktop.sync.request_state.derive (see the race rules there). `MenuItem` is
the service menu 中心制单: the county's items (station_id "county") arrive by
sync; a station may add local items of its own.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import NaiveDatetime
from sqlmodel import Field

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.base import MutableBase, SyncedBase, SyncKind, synced

CHANNELS = {"in_person": QT_TRANSLATE_NOOP("models.requests", "In person"),
            "phone": QT_TRANSLATE_NOOP("models.requests", "By phone"),
            "grid": QT_TRANSLATE_NOOP("models.requests", "Grid worker"),
            "box": QT_TRANSLATE_NOOP("models.requests", "Suggestion box")}  # stored: the key; shown: channel_label


def channel_label(code: str) -> str:
    """The channel as shown, in the current language (an unknown code as it is)."""
    return translate("models.requests", CHANNELS[code]) if code in CHANNELS else code


@synced(SyncKind.MUTABLE)
class ServiceRequest(MutableBase, table=True):
    __tablename__ = "service_request"
    number: str = Field(default="", max_length=20, index=True)  # read out by a person: 1201-07
    title: str = Field(max_length=200)  # the menu item's name, or the resident's words
    description: str = Field(default="")
    menu_item_id: str | None = Field(default=None, max_length=36)
    category: str = Field(default="", max_length=50)
    requester_name: str = Field(default="", max_length=50)
    requester_phone: str = Field(default="", max_length=30)
    household_id: str | None = Field(default=None, max_length=36)
    place: str = Field(default="", max_length=200)
    wanted: str = Field(default="", max_length=100)  # when wanted, as the resident said it
    channel: str = Field(default="in_person", max_length=10)  # see CHANNELS
    source: str = Field(default="station", max_length=10)  # station | county
    response_hours: int = 0  # from the menu item; 0 = no deadline
    requested_at: NaiveDatetime = Field(default_factory=datetime.now)
    recorded_by: str = Field(default="", max_length=50)


@synced(SyncKind.APPEND)
class RequestEvent(SyncedBase, table=True):
    """One action on a request. `station_id` is the acting site (a station, or
    "county"); `stamp` is that site's hybrid-clock stamp when it acted."""

    __tablename__ = "request_event"
    request_id: str = Field(index=True, max_length=36)  # no FK: an event may arrive before its request
    kind: str = Field(max_length=12)
    stamp: str = Field(max_length=64)
    at: NaiveDatetime = Field(default_factory=datetime.now)
    actor: str = Field(default="", max_length=50)
    to_station_id: str = Field(default="", max_length=36)
    to_station_name: str = Field(default="", max_length=100)
    team_id: str = Field(default="", max_length=36)
    team_name: str = Field(default="", max_length=50)
    volunteer_id: str = Field(default="", max_length=36)
    volunteer_name: str = Field(default="", max_length=50)
    activity_id: str = Field(default="", max_length=36)
    minutes: int = 0
    rating: str = Field(default="", max_length=8)
    comment: str = Field(default="", max_length=500)
    ref_event_id: str = Field(default="", max_length=36)


@synced(SyncKind.MUTABLE)
class MenuItem(MutableBase, table=True):
    __tablename__ = "service_menu"
    name: str = Field(max_length=100)
    category: str = Field(default="", max_length=50)  # one of the five tasks, or a team's field
    team_name: str = Field(default="", max_length=50)  # the team that usually serves it
    description: str = Field(default="", max_length=500)
    response_hours: int = 48
    active: bool = True
    sort_order: int = 0
