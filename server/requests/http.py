"""The request endpoints: a station's own requests (device token) and the county's (county key)
(the copying pass around sync, before a pull and after a push, is run by server.app's routes for the
syncing station: server.requests.mirror.publish)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, FastAPI, Header, Request
from starlette.concurrency import run_in_threadpool

from desktop.i18n import translate
from desktop.sync import protocol
from server.requests.county import (
    county_dispatch,
    county_requests,
    station_escalate,
    station_requests,
    visible,
)
from server.requests.menu import list_menu
from server.store import ApiError, Store


def make_routers(store: Store) -> list[APIRouter]:
    router = APIRouter(prefix="/v1/requests", tags=["requests"])

    def auth(authorization: str | None = Header(default=None)) -> tuple[str, str]:
        if not authorization or not authorization.startswith("Bearer ") or len(authorization) > 200:
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.requests", "The sync credentials are missing. Enrol this PC first with the code from the county centre."))
        return store.authenticate(authorization[7:].strip())

    @router.get("/menu")
    def menu(ident=Depends(auth)):
        return list_menu(store)

    @router.get("")
    def mine(ident=Depends(auth)):
        return station_requests(store, ident[1])

    @router.get("/{request_id}")
    def one(request_id: str, ident=Depends(auth)):
        return visible(store, ident[1], request_id)

    @router.post("/{request_id}/escalate")
    def escalate(request_id: str, ident=Depends(auth)):
        return station_escalate(store, ident[1], request_id)

    county = APIRouter(prefix="/v1/county/requests", tags=["county"])

    def county_auth(x_county_key: str | None = Header(default=None)) -> None:
        import hmac
        import os

        key = os.environ.get("STATION_DESK_COUNTY_KEY", "")
        if not key:
            raise ApiError(403, protocol.BAD_TOKEN, translate("server.requests", "The county interface is off (the server has no STATION_DESK_COUNTY_KEY)."))
        if not x_county_key or not hmac.compare_digest(x_county_key, key):
            raise ApiError(401, protocol.BAD_TOKEN, translate("server.requests", "The county key is wrong."))

    @county.get("")
    def county_list(station: str | None = None, state: str | None = None, _=Depends(county_auth)):
        return county_requests(store, station_id=station, state=state)

    @county.post("/{request_id}/dispatch")
    async def county_send(request_id: str, request: Request, _=Depends(county_auth)):
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(422, protocol.BAD_REQUEST, translate("server.requests", "The request body is not valid JSON.")) from None
        if not isinstance(body, dict) or not isinstance(body.get("to_station"), str):
            raise ApiError(422, protocol.BAD_REQUEST, translate("server.requests", "Give to_station (the id of the station to dispatch to)."))
        team = body.get("team") if isinstance(body.get("team"), str) else None
        return await run_in_threadpool(county_dispatch, store, request_id, body["to_station"], team)

    return [router, county]


def install(app: FastAPI, store: Store, responses: dict | None = None) -> None:
    """Add the request endpoints (documenting `responses`, the errors every endpoint may answer)."""
    for router in make_routers(store):
        app.include_router(router, responses=responses)

