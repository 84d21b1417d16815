"""The sync lane (server.sync_lane): plain pushes and pulls answered without FastAPI's routing give
the same answers as the FastAPI routes, which still take everything else (and the detailed 422s)."""

from __future__ import annotations

from urllib.parse import urlencode

import requests
from hypothesis import given
from hypothesis import strategies as st
from test_api import HEADERS, auth, enrol, entries_for, push

from desktop.sync import protocol
from server.sync_lane import MAX_AFTER, pull_query


@given(after=st.integers(0, MAX_AFTER), limit=st.integers(1, protocol.MAX_PULL),
       entity=st.none() | st.from_regex(r"[a-z][a-z0-9_]{0,49}", fullmatch=True), own=st.booleans(),
       order=st.permutations(["after", "limit", "entity", "own"]))
def test_a_plain_query_is_read_as_fastapi_reads_it(after, limit, entity, own, order):
    values = {"after": after, "limit": limit, "entity": entity, "own": "true" if own else "false"}
    query = urlencode([(k, values[k]) for k in order if values[k] is not None]).encode()
    assert pull_query(query) == (after, limit, entity, own)


def test_anything_else_goes_to_fastapi():
    assert pull_query(b"") == (0, protocol.MAX_PULL, None, False)
    for odd in (b"after=-1", b"after=", b"after", b"after=1&after=2", b"after=%31", b"after=+1", b"after= 1",
                f"after={MAX_AFTER + 1}".encode(), b"limit=0", f"limit={protocol.MAX_PULL + 1}".encode(),
                b"entity=Volunteer", b"entity=", b"entity=a" + b"b" * 50, b"own=yes", b"own=", b"x=1",
                b"after=1&", b"&after=1", b"after=1&x=2"):
        assert pull_query(odd) is None, odd


def _pull(server, token, query: str) -> requests.Response:
    return requests.get(f"{server.url}/v1/pull?{query}", headers=auth(token), timeout=10)


def test_lane_and_routes_answer_alike(server):
    station_id, code = server.new_station()
    pc1, pc2 = enrol(server, code, "lane1"), enrol(server, server.store.new_code(station_id), "lane2")
    assert push(server, pc1["token"], entries_for(station_id, 4, site="lane1")).status_code == 200
    for query in ("after=0", "after=1&limit=2", "after=0&entity=volunteer&own=true", "after=0&own=1"):
        lane = _pull(server, pc2["token"], query)
        routed = _pull(server, pc2["token"], query + "&unknown=1")  # an unknown parameter: the FastAPI route
        assert lane.status_code == routed.status_code == 200
        assert lane.headers["content-type"] == routed.headers["content-type"] == "application/json"
        assert lane.json() | {"server_time": 0} == routed.json() | {"server_time": 0}, query
    page = _pull(server, pc2["token"], "after=0&entity=volunteer").json()
    assert len(page["entries"]) == 4 and not page["more"]
    # a bad token, both ways: the same refusal
    lane, routed = _pull(server, "nonsense", "after=0"), _pull(server, "nonsense", "after=0&unknown=1")
    assert lane.status_code == routed.status_code == 401 and lane.json() == routed.json()
    assert lane.json()["code"] == protocol.BAD_TOKEN and "注册" in lane.json()["message"]
    missing = requests.get(f"{server.url}/v1/pull?after=0", headers=HEADERS, timeout=10)
    assert missing.status_code == 401 and missing.json()["code"] == protocol.BAD_TOKEN
    # what the lane does not take gets FastAPI's detailed refusal
    bad = _pull(server, pc2["token"], "after=-1")
    assert bad.status_code == 422 and "after" in bad.json()["message"]
    # a push through the lane, and its refusal of a bad token
    answer = push(server, pc2["token"], entries_for(station_id, 2, site="lane2"))
    assert answer.status_code == 200 and answer.json()["accepted"] == 2
    assert answer.json()["max_batch"] == protocol.MAX_BATCH_FAST
    refused = push(server, "nonsense", entries_for(station_id, 1, site="lane2"))
    assert refused.status_code == 401 and refused.json()["code"] == protocol.BAD_TOKEN


def test_a_push_body_the_decoder_refuses_gets_the_routes_answer(server):
    """A push body the one-pass decoder refuses (here an entry with an extra key, an escaped NUL, a wrong
    type) passes the door's checks in the lane, then the FastAPI route: its detailed 422, or the door's
    refusal, and nothing is logged; a bad token is refused before a bad body."""
    station_id, code = server.new_station()
    pc = enrol(server, code, "lane3")
    good = entries_for(station_id, 1, site="lane3")[0]
    odd = push(server, pc["token"], [good | {"extra": 1}])
    assert odd.status_code == 422 and odd.json()["code"] == protocol.BAD_REQUEST
    assert "extra" in odd.json()["message"]
    nul = push(server, pc["token"], [good | {"actor": "站\x00长"}])
    assert nul.status_code == 422 and "\\u0000" in nul.json()["message"]
    typed = push(server, pc["token"], [good | {"actor": 3}])
    assert typed.status_code == 422 and "actor" in typed.json()["message"]
    assert push(server, "nonsense", [good | {"extra": 1}]).json()["code"] == protocol.BAD_TOKEN
    assert server.store.check(station_id).tables.get("volunteer") is None
    assert push(server, pc["token"], [good]).json()["accepted"] == 1  # the same entry, well formed: taken


def test_the_lane_gzips_a_long_answer_as_the_app_does(server):
    """The lane stands in front of the app's layers, gzip among them: a long page goes gzipped to a PC that
    takes gzip, plain to one that does not, either way equal to the route's; a short one goes plain."""
    station_id, code = server.new_station()
    pc1, pc2 = enrol(server, code, "lane4"), enrol(server, server.store.new_code(station_id), "lane5")
    assert push(server, pc1["token"], entries_for(station_id, 30, site="lane4")).status_code == 200
    for encoding, zipped in (("gzip", True), ("identity", False)):
        headers = auth(pc2["token"]) | {"Accept-Encoding": encoding}
        lane = requests.get(f"{server.url}/v1/pull?after=0", headers=headers, timeout=10)
        routed = requests.get(f"{server.url}/v1/pull?after=0&unknown=1", headers=headers, timeout=10)
        assert lane.status_code == routed.status_code == 200
        assert (lane.headers.get("content-encoding") == "gzip") is zipped
        assert lane.headers.get("content-encoding") == routed.headers.get("content-encoding")
        assert lane.json() | {"server_time": 0} == routed.json() | {"server_time": 0}
        assert len(lane.json()["entries"]) == 31
    short = requests.get(f"{server.url}/v1/pull?after=0&entity=team", headers=auth(pc2["token"]), timeout=10)
    assert short.status_code == 200 and "content-encoding" not in short.headers


def test_the_release_header_goes_once_on_every_sync_answer(server):
    """With a release published, the lane's answers carry its version as the app's do, once, and so do the
    answers of what the lane hands to the app (a refused push body, an odd query, a bad token)."""
    import json
    import shutil

    from desktop.sync.releases import HEADER

    folder = server.data_dir / "releases" / "9.9.9"
    folder.mkdir(parents=True)
    (folder / "meta.json").write_text(json.dumps({"version": "9.9.9", "file": "x.exe"}), encoding="utf-8")
    try:
        station_id, code = server.new_station()
        pc = enrol(server, code, "lane6")
        good = entries_for(station_id, 1, site="lane6")
        answers = [push(server, pc["token"], good), push(server, pc["token"], [good[0] | {"extra": 1}]),
                   _pull(server, pc["token"], "after=0"), _pull(server, pc["token"], "after=0&unknown=1"),
                   _pull(server, "nonsense", "after=0")]
        assert [a.status_code for a in answers] == [200, 422, 200, 200, 401]
        for answer in answers:
            assert answer.raw.headers.getlist(HEADER) == ["9.9.9"], answer.url
    finally:
        shutil.rmtree(server.data_dir / "releases")


def _hold(threads, count: int) -> tuple[list[int], int, list[str]]:
    """`count` calls through `threads`, each held until all have been handed in: the order they began,
    the most that ran at once, their threads' names."""
    import asyncio
    import threading

    lock, running, most, started = threading.Lock(), [0], [0], []
    gate = threading.Event()

    def work(n: int) -> str:
        with lock:
            started.append(n)
            running[0] += 1
            most[0] = max(most[0], running[0])
        gate.wait(10)
        with lock:
            running[0] -= 1
        return threading.current_thread().name

    async def main() -> list[str]:
        calls = [asyncio.ensure_future(threads.run(work, n)) for n in range(count)]
        while len(started) < min(count, threads.count):  # the first ones hold every thread
            await asyncio.sleep(0)
        gate.set()
        return await asyncio.gather(*calls)

    try:
        names = asyncio.run(main())
    finally:
        gate.set()
    return started, most[0], names


def test_sync_threads_run_at_most_their_count_in_the_order_they_came():
    from server.sync_lane import SyncThreads

    two, one = SyncThreads(2), SyncThreads(1)
    try:
        started, most, names = _hold(two, 8)
        assert most == 2 and sorted(started) == list(range(8))
        assert all(name.startswith("sync") for name in names)
        started, most, _ = _hold(one, 6)
        assert most == 1 and started == list(range(6))  # first in, first out
        two.close()
        # an app started again (tests; a lifespan run twice) gets threads again
        started, most, _ = _hold(two, 3)
        assert most == 2 and sorted(started) == [0, 1, 2]
    finally:
        two.close()
        one.close()
