"""Residents' requests at the county: the service menu 中心制单, escalation,
county dispatch, and who sees which request.

Shape (for the county console to build on): every function here takes the
`Store` and plain values and returns plain dicts, callable without HTTP;
the HTTP routers and the command line only wrap them. Modules, one reason each:

- mirror: the tables and the copying pass that puts a request's entries into
  the log of every station it concerns (the sync plumbing);
- menu: the county's service menu;
- county: the requests as the county and a station see them, and the county's actions;
- http: the endpoints; cli: `python -m server menu|request`.
"""

from server.requests.cli import register_cli, run_cli
from server.requests.county import (
    county_add_request,
    county_dispatch,
    county_requests,
    find_request,
    station_escalate,
    station_requests,
)
from server.requests.http import install, make_routers
from server.requests.menu import add_menu_item, edit_menu_item, get_menu_item, list_menu
from server.requests.mirror import (
    REQUEST_ENTITIES,
    STATION_WANTED_SQL,
    publish,
    request_entry,
    request_menu,
    request_mirror,
    request_scope,
)

__all__ = ["REQUEST_ENTITIES", "STATION_WANTED_SQL", "add_menu_item", "county_add_request", "county_dispatch", "county_requests",
           "edit_menu_item", "find_request", "get_menu_item", "install", "list_menu", "make_routers", "publish",
           "register_cli", "request_entry", "request_menu", "request_mirror", "request_scope", "run_cli",
           "station_escalate", "station_requests"]
