"""The county console at prefecture scale: 2,000 stations with a year of synthetic data on
PostgreSQL. Measures the stations page and the monthly bulletin (server time from the
Server-Timing header, p50/p95 over 20 loads) against `GET /health` in the same run, the cold
first load (every station's figures computed and materialised), loads while stations keep
syncing (their figures are recomputed), and prints the query plans behind the pages.

    .venv/bin/python bench/console.py [--stations 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from datetime import datetime, timedelta

import requests
from _common import percentile, report
from _sync_setup import PgCluster, Server

PASSWORD = "bench-pass-2026"


def _uid() -> str:
    return str(uuid.uuid4())


def generate(url: str, stations: int, seed: int = 7) -> int:
    """Stations, devices and their merged rows (row_state), written with COPY."""
    import psycopg

    rnd = random.Random(seed)
    now = datetime.now().replace(microsecond=0)
    towns = [f"第{i}镇" for i in range(1, 41)]
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    rows = 0
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy("COPY station (id, name, county, created_at, last_seq) FROM STDIN") as st_copy:
            ids = []
            for i in range(stations):
                sid = _uid()
                ids.append(sid)
                st_copy.write_row((sid, f"第{i}村新时代文明实践站", "某县", now - timedelta(days=400), 1000))
        with cur.copy("COPY device (id, station_id, name, site, token_hash, created_at, last_seen_at) FROM STDIN") as d:
            for sid in ids:
                d.write_row((_uid(), sid, "站长电脑", "s" + sid[:8], uuid.uuid4().hex + uuid.uuid4().hex,
                             now - timedelta(days=300), now - timedelta(minutes=rnd.randint(1, 5000))))
        with cur.copy("COPY row_state (station_id, entity, row_id, data, clocks, row_hash) FROM STDIN") as rs:
            for i, sid in enumerate(ids):
                def put(entity, row_id, data, sid=sid):
                    rs.write_row((sid, entity, row_id, json.dumps(data, ensure_ascii=False), "{}", 0))
                put("station", sid, {"name": f"第{i}村新时代文明实践站", "town": towns[i % len(towns)],
                                     "village": f"第{i}村", "head_name": "王站长", "address": "村委会"})
                vols = [_uid() for _ in range(40)]
                for k, vid in enumerate(vols):
                    put("volunteer", vid, {"name": f"志愿者{k}", "status": "active", "id_card": None,
                                           "political_status": "中共党员" if k % 5 == 0 else "群众"})
                for m in range(12):
                    month_start = (now.replace(day=1) - timedelta(days=30 * m)).replace(day=1)
                    for n in range(2):
                        start = month_start + timedelta(days=3 + 9 * n, hours=9)
                        if start > now:
                            start = now - timedelta(hours=4)
                        aid = _uid()
                        put("activity", aid, {"title": "文明实践活动", "category": "丰富活跃文化生活",
                                              "theory_lecture": n == 0, "status": "held",
                                              "start_at": start.isoformat(), "end_at": (start + timedelta(hours=2))
                                              .isoformat(), "partner_unit": ""})
                        for vid in rnd.sample(vols, 10):
                            put("signin", _uid(), {"activity_id": aid, "volunteer_id": vid, "kind": "in",
                                                   "at": start.isoformat()})
                            put("signin", _uid(), {"activity_id": aid, "volunteer_id": vid, "kind": "out",
                                                   "at": (start + timedelta(hours=2)).isoformat()})
                rows += 1 + 40 + 24 * 21
        conn.commit()
        cur.execute("ANALYZE")
    return rows


def timings(session: requests.Session, url: str, n: int, between=None) -> list[float]:
    out = []
    for _ in range(n):
        if between:
            between()
        answer = session.get(url, timeout=300)
        assert answer.status_code == 200, answer.text[:300]
        out.append(float(answer.headers["server-timing"].split("dur=")[1]) / 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=2000)
    parser.add_argument("--loads", type=int, default=20)
    args = parser.parse_args()
    pg = PgCluster()
    server = None
    try:
        from server.console.auth import add_admin

        started = time.perf_counter()
        from server.db import open_db
        from server.store import Store

        Store(open_db(pg.url))  # migrate
        rows = generate(pg.url, args.stations)
        gen_s = time.perf_counter() - started
        server = Server(pg.url)
        add_admin(server.store, "测评", "管理员", PASSWORD)
        session = requests.Session()
        assert session.post(server.url + "/console/login", data={"name": "测评", "password": PASSWORD},
                            allow_redirects=False, timeout=60).status_code == 303
        health = []
        for _ in range(args.loads):
            t0 = time.perf_counter()
            requests.get(server.url + "/health", timeout=10)
            health.append(time.perf_counter() - t0)
        cold = timings(session, server.url + "/console/stations", 1)[0]
        stations = timings(session, server.url + "/console/stations", args.loads)
        bulletin = timings(session, server.url + "/console/bulletin", args.loads)
        ids = [s["id"] for s in server.store.list_stations()]
        rnd = random.Random(3)

        def ten_stations_sync():
            from sqlalchemy import update

            from server.schema import station
            with server.store.db.engine.begin() as conn:
                conn.execute(update(station).where(station.c.id.in_(rnd.sample(ids, 10)))
                             .values(last_seq=station.c.last_seq + 1))
        moving = timings(session, server.url + "/console/stations", args.loads, between=ten_stations_sync)
        moving_b = timings(session, server.url + "/console/bulletin", args.loads, between=ten_stations_sync)
        h95 = percentile(health, 95)
        report(f"console: {args.stations} stations, {rows:,} merged rows on PostgreSQL (generated in {gen_s:.0f} s)", [
            ("GET /health p95 (baseline)", f"{h95 * 1000:.1f} ms"),
            ("stations page, cold (all figures computed)", f"{cold:.2f} s"),
            ("stations page p50 / p95", f"{percentile(stations, 50) * 1000:.0f} / {percentile(stations, 95) * 1000:.0f} ms"
             f"  ({percentile(stations, 95) / h95:.0f}× /health)"),
            ("monthly bulletin p50 / p95", f"{percentile(bulletin, 50) * 1000:.0f} / {percentile(bulletin, 95) * 1000:.0f} ms"
             f"  ({percentile(bulletin, 95) / h95:.0f}× /health)"),
            ("stations page p50 / p95, 10 stations synced before each load",
             f"{percentile(moving, 50) * 1000:.0f} / {percentile(moving, 95) * 1000:.0f} ms"),
            ("monthly bulletin p50 / p95, 10 stations synced before each load",
             f"{percentile(moving_b, 50) * 1000:.0f} / {percentile(moving_b, 95) * 1000:.0f} ms"),
            ("target", "p95 < 1000 ms for both pages"),
        ])
        import psycopg

        dsn = pg.url.replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn) as conn:
            print("## query plans")
            for title, sql in (
                    ("figures of every station (stations page, bulletin)",
                     "SELECT station_id, seq, data, computed_at FROM station_figures WHERE station_id IN "
                     "(SELECT id FROM station)"),
                    ("one stale station's rows (recomputing its figures)",
                     "SELECT station_id, entity, row_id, data FROM row_state WHERE station_id = ANY(%s) "
                     "AND entity = ANY(%s)")):
                params = () if "%s" not in sql else (ids[:10], ["volunteer", "activity", "signin"])
                plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params).fetchall()
                print(f"### {title}")
                for (line,) in plan:
                    print("   ", line)
    finally:
        if server:
            server.close()
        pg.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
