"""County to province: does one station's push and pull stay flat as the entry log grows?

Synthetic entries for --stations stations (default 1,000) are generated inside PostgreSQL
(`INSERT ... SELECT` over `generate_series`, no row crosses the wire), in steps up to each --sizes total
(default 1M,5M,20M entries), with their `row_state` rows and each station's `last_seq`, so the real
server answers push and pull for them. Entries come in bursts of --burst (a sync's push) interleaved
across the stations, 5% volunteers, 5% activities and 90% sign-ins, one row per entry. Before each step
the indexes and keys of `entry` and `row_state` are dropped and then rebuilt from their own definitions
(what the migrations made), the tables vacuumed and analysed, a checkpoint taken.

At each size the real server process (`python -m server serve`, on 127.0.0.1) is started afresh, and one
station's two PCs sync over HTTP --rounds x --runs times (after --warmup untimed ones): PC A pushes
--entries entries (80% new sign-ins, 20% edits of existing volunteers, so the row-state look-up hits old
rows), then PC B pulls a page of --page entries after a random cursor in the station's history (a PC
catching up). Printed: p50 and p95 of both per round, the load average, the generation times, and the
query plans (EXPLAIN (ANALYZE, BUFFERS)) of the sequence lock, the push's queries and the pull page,
all written to --out. Target: p95 at the largest size within 1.5x of the smallest (baseline: the
smallest size, same run).

    nice -n 10 .venv/bin/python bench/server_scale.py [--sizes 1M,5M,20M] [--stations 1000] [--runs 40]

20M entries take about 15 GB of disk in a temporary cluster (deleted at the end); --sizes 100k,1M is a
quick look.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from _common import ROOT, percentile, report
from _sync_setup import PgCluster, Server

from desktop.models.base import new_id
from desktop.sync import protocol
from desktop.sync.client import SyncClient
from desktop.sync.clock import HybridClock

T0_MS = 1_767_225_600_000  # 2026-01-01: the generated stamps count up from it, one millisecond an entry
EPOCH_MS = 1_577_836_800_000  # the stations' floor (as a station that joined with data of its own)
TABLES = ("entry", "row_state")
# field names (sorted: the stored text is sorted-key compact JSON) of the generated rows
KEYS = {
    "volunteer": ["deleted_at", "gender", "name", "phone", "political_status", "station_id", "status"],
    "activity": ["category", "deleted_at", "end_at", "person_in_charge", "place", "start_at", "station_id",
                 "status", "theory_lecture", "title"],
    "signin": ["activity_id", "at", "flagged", "kind", "operator", "source", "station_id", "volunteer_id"],
}
PG_SETTINGS = {"shared_buffers": "1GB", "maintenance_work_mem": "512MB", "max_wal_size": "4GB",
               "checkpoint_timeout": "30min", "max_parallel_maintenance_workers": "1"}


def size(text: str) -> int:
    text = text.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * scale)


SID_SQL = "lpad(to_hex(i), 8, '0') || '-5000-4000-8000-000000000000'"


def station_id(i: int) -> str:
    """The id of station i: as SID_SQL spells it (computed in SQL, not looked up: a text array
    subscript walks the array)."""
    return f"{i:08x}-5000-4000-8000-000000000000"


def row_id(i: int, seq: int) -> str:
    """The id of the row generated with (station index, seq): as the SQL of _rows_sql spells it."""
    return f"{i:08x}-7000-4000-8000-{seq:012x}"


def _dsn(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


# --- generation ------------------------------------------------------------------------------------------

def _rows_sql(stations: int, burst: int) -> str:
    """SELECT of the generated rows n = 0..%(count)s-1 of a step: station index i, its id, the seq (after
    the station's last_seq at the start of the step, %(bases)s), the stamp, entity, row id and fields."""
    ref = "lpad(to_hex(i), 8, '0') || '-7000-4000-8000-' || lpad(to_hex({}), 12, '0')"
    fields = (
        "CASE mod(seq, 20) "
        "WHEN 0 THEN '{\"deleted_at\":null,\"gender\":\"女\",\"name\":\"志愿者' || seq || '\",\"phone\":\"138' "
        "|| lpad(mod(seq, 100000000)::text, 8, '0') || '\",\"political_status\":\"群众\",\"station_id\":\"' "
        "|| sid || '\",\"status\":\"在册\"}' "
        "WHEN 10 THEN '{\"category\":\"理论宣讲\",\"deleted_at\":null,\"end_at\":\"2026-03-01T11:00:00\","
        "\"person_in_charge\":\"站长\",\"place\":\"村文化广场\",\"start_at\":\"2026-03-01T09:00:00\","
        "\"station_id\":\"' || sid || '\",\"status\":\"已开展\",\"theory_lecture\":true,\"title\":\"第' "
        "|| seq || '次活动\"}' "
        "ELSE '{\"activity_id\":\"' || " + ref.format("(seq - mod(seq, 20) + 10)") + " || '\",\"at\":"
        "\"2026-03-01T09:05:00\",\"flagged\":false,\"kind\":\"in\",\"operator\":\"站长\",\"source\":\"kiosk\","
        "\"station_id\":\"' || sid || '\",\"volunteer_id\":\"' || " + ref.format("(seq - mod(seq, 20))") + " || '\"}' END")

    def template(entity: str) -> str:  # every field's clock is the entry's stamp (@)
        return "'{" + ",".join(f'"{k}":"@"' for k in KEYS[entity]) + "}'"

    clocks = (f"CASE mod(seq, 20) WHEN 0 THEN {template('volunteer')} WHEN 10 THEN {template('activity')} "
              f"ELSE {template('signin')} END")
    return f"""
        SELECT i, sid, seq, hlc, received_at,
               CASE mod(seq, 20) WHEN 0 THEN 'volunteer' WHEN 10 THEN 'activity' ELSE 'signin' END AS entity,
               {ref.format("seq")} AS row_id, {fields} AS fields, replace({clocks}, '@', hlc) AS clocks
        FROM (SELECT i, {SID_SQL} AS sid, seq, lpad(({T0_MS} + gn)::text, 16, '0') || '-0000-bulk' AS hlc,
                     timestamp '2026-01-01' + gn * interval '1 millisecond' AS received_at
              FROM (SELECT i, (%(bases)s::bigint[])[i + 1] + (n / {burst} / {stations}) * {burst}
                              + mod(n, {burst}) + 1 AS seq, %(start)s::bigint + n AS gn
                    FROM (SELECT n, mod(n / {burst}, {stations}) AS i
                          FROM generate_series(0::bigint, %(count)s::bigint - 1) AS n OFFSET 0) a OFFSET 0) b OFFSET 0) c"""


def _keys(conn, table: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(constraints: name, definition), (other indexes: name, definition) of a table."""
    constraints = conn.execute("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = "
                               "%s::regclass AND contype IN ('p', 'u') ORDER BY conname", (table,)).fetchall()
    names = {c for c, _ in constraints}
    indexes = [(n, d) for n, d in conn.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s "
                                               "ORDER BY indexname", (table,)) if n not in names]
    return constraints, indexes


def create_stations(url: str, stations: int) -> None:
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        conn.execute("INSERT INTO station (id, name, county, created_at, last_seq, floor_ms) "
                     f"SELECT {SID_SQL}, '第' || i || '村新时代文明实践站', '基准县', "
                     "localtimestamp(0), 0, %s FROM generate_series(0, %s - 1) AS i", (EPOCH_MS, stations))


INSERTS = {
    "entry": "INSERT INTO entry (station_id, seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id, "
             "received_at) SELECT sid, seq, lpad(to_hex(i), 8, '0') || '-7000-4000-9000-' || lpad(to_hex(seq), 12, "
             "'0'), entity, row_id, fields, hlc, 'bulk', '站长', 'bulk', received_at FROM ({rows}) g",
    "row_state": "INSERT INTO row_state (station_id, entity, row_id, data, clocks, row_hash) SELECT sid, entity, "
                 "row_id, fields, clocks, hashtextextended(row_id, 0) FROM ({rows}) g",
}


def generate(url: str, stations: int, burst: int, start: int, stop: int) -> dict[str, float]:
    """Entries start..stop-1 in total (spread over the stations), their row states and each station's
    last_seq, inside PostgreSQL: each table on its own connection, at the same time (two cores). Returns
    the seconds of each part."""
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        bases = [0] * stations
        index = {station_id(i): i for i in range(stations)}
        for sid, last in conn.execute("SELECT id, last_seq FROM station"):
            if sid in index:
                bases[index[sid]] = last
        per = (stop - start) // stations
        conn.execute(f"UPDATE station SET last_seq = last_seq + %s WHERE id IN (SELECT {SID_SQL} "
                     "FROM generate_series(0, %s - 1) AS i)", (per, stations))
    params = {"bases": bases, "start": start, "count": stop - start}
    rows = _rows_sql(stations, burst)

    def one(table: str) -> dict[str, float]:
        times = {}
        with psycopg.connect(_dsn(url), autocommit=True) as conn:
            conn.execute("SET synchronous_commit = off")
            conn.execute("SET maintenance_work_mem = '512MB'")
            constraints, indexes = _keys(conn, table)
            t = time.perf_counter()
            for name, _ in constraints:
                conn.execute(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
            for name, _ in indexes:
                conn.execute(f'DROP INDEX "{name}"')
            conn.execute(INSERTS[table].format(rows=rows), params)
            times[f"{table} rows"] = time.perf_counter() - t
            t = time.perf_counter()
            for name, definition in constraints:
                conn.execute(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
            for _, definition in indexes:
                conn.execute(definition)
            times[f"{table} indexes"] = time.perf_counter() - t
            t = time.perf_counter()
            conn.execute(f'VACUUM (ANALYZE) "{table}"')
            times[f"{table} vacuum"] = time.perf_counter() - t
        return times

    with ThreadPoolExecutor(len(TABLES)) as pool:
        parts = list(pool.map(one, TABLES))
    with psycopg.connect(_dsn(url), autocommit=True) as conn:
        conn.execute('VACUUM (ANALYZE) "station"')
        conn.execute("CHECKPOINT")
    return {k: v for part in parts for k, v in part.items()}


def last_seq(url: str, sid: str) -> int:
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        return conn.execute("SELECT last_seq FROM station WHERE id = %s", (sid,)).fetchone()[0]


def fix_hashes(url: str, sid: str) -> int:
    """The real row hashes (blake2b, protocol.row_hash) of one station's generated rows (the others keep a
    stand-in: only the integrity check reads them), so its check answers what its PCs would compute."""
    import orjson
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        rows = conn.execute("SELECT entity, row_id, clocks FROM row_state WHERE station_id = %s", (sid,)).fetchall()
        # clocks as stored: a map field -> stamp, or one stamp for every field (server.log_append.clocks_text)
        fixed = [(_signed(protocol.row_hash(r, [s] if isinstance(s := orjson.loads(c), str) else s.values())), sid, e, r)
                 for e, r, c in rows]
        with conn.cursor() as cur:
            cur.executemany("UPDATE row_state SET row_hash = %s WHERE station_id = %s AND entity = %s AND row_id = %s",
                            fixed)
    return len(fixed)


def _signed(value: int) -> int:
    return value - (1 << 64) if value >= 1 << 63 else value


def verify(url: str, sid: str, base: int) -> None:
    """A few rows generated in this step are exactly what the server itself would store for them."""
    import orjson
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        rows = conn.execute("SELECT e.entity, e.fields, e.hlc, s.data, s.clocks FROM entry e JOIN row_state s ON "
                            "s.station_id = e.station_id AND s.entity = e.entity AND s.row_id = e.row_id "
                            "WHERE e.station_id = %s AND e.seq > %s AND e.seq <= %s", (sid, base, base + 40)).fetchall()
    assert {r[0] for r in rows} == set(KEYS), rows
    for entity, fields, hlc, data, clocks in rows:
        parsed = orjson.loads(fields)
        assert list(parsed) == KEYS[entity] and protocol.stored(parsed) == fields == data, fields
        assert protocol.stored(dict.fromkeys(parsed, hlc)) == clocks, clocks


# --- measuring -------------------------------------------------------------------------------------------

def batch(n: int, sid: str, clock: HybridClock, volunteers: list[int], rng: random.Random) -> list[dict]:
    """n entries: 80% new sign-ins, 20% a phone number changed on an existing (generated) volunteer."""
    out = []
    for k in range(n):
        if k % 5 == 4 and volunteers:
            rid, entity = row_id(0, rng.choice(volunteers)), "volunteer"
            fields = {"phone": f"139{rng.randrange(10 ** 8):08d}"}
        else:
            rid, entity = new_id(), "signin"
            fields = {"activity_id": row_id(0, 10), "at": "2026-12-01T09:05:00", "flagged": False, "kind": "in",
                      "operator": "站长", "source": "kiosk", "station_id": sid, "volunteer_id": row_id(0, 20)}
        out.append({"id": new_id(), "entity": entity, "row_id": rid, "station_id": sid, "fields": fields,
                    "hlc": clock.tick(), "site": clock.site, "actor": "站长"})
    return out


def measure(server: Server, tokens: tuple[str, str], sid: str, args, volunteers: list[int],
            rng: random.Random) -> list[dict]:
    clock = HybridClock("sitea")
    pusher = SyncClient(server.url, tokens[0], retries=0, timeout=(10, 120))
    puller = SyncClient(server.url, tokens[1], retries=0, timeout=(10, 120))
    rounds = []
    try:
        def one() -> tuple[float, float, int]:
            entries = batch(args.entries, sid, clock, volunteers, rng)
            start = time.perf_counter()
            answer = pusher.push(entries)
            pushed = time.perf_counter()
            assert answer.accepted == len(entries), answer
            after = rng.randrange(max(1, answer.last_seq - args.page))
            page = puller.pull(after, limit=args.page)
            pulled = time.perf_counter()
            assert len(page.entries) == min(args.page, answer.last_seq - after), (len(page.entries), after)
            return pushed - start, pulled - pushed, len(page.entries)

        for _ in range(args.warmup):
            one()
        for _ in range(args.rounds):
            load_before = os.getloadavg()[0]
            timings = [one() for _ in range(args.runs)]
            pushes, pulls = [p for p, _, _ in timings], [q for _, q, _ in timings]
            rounds.append({"pushes": pushes, "pulls": pulls,
                           "push50": percentile(pushes, 50), "push95": percentile(pushes, 95),
                           "pull50": percentile(pulls, 50), "pull95": percentile(pulls, 95),
                           "load": (load_before, os.getloadavg()[0])})
    finally:
        pusher.close()
        puller.close()
    return rounds


def plans(url: str, sid: str, entries: int, page: int, volunteers: list[int], rng: random.Random) -> list[tuple[str, str]]:
    """EXPLAIN (ANALYZE, BUFFERS) of the hot queries, with the values a push or pull of this station gives
    them (the writes are rolled back)."""
    import psycopg

    with psycopg.connect(_dsn(url)) as conn:
        last = conn.execute("SELECT last_seq FROM station WHERE id = %s", (sid,)).fetchone()[0]
        token = conn.execute("SELECT token_hash FROM device WHERE station_id = %s LIMIT 1", (sid,)).fetchone()[0]
        new = [new_id() for _ in range(entries)]
        old = [row_id(0, rng.choice(volunteers)) for _ in range(entries // 5)]
        marks = ", ".join(["%s"] * entries)
        values = ", ".join(["(%s, %s, %s, 'signin', %s, '{}', %s, 'sitea', '站长', 'pc', localtimestamp)"] * entries)
        queries = [
            ("authenticate (every request)", "SELECT * FROM device WHERE token_hash = %s", (token,)),
            ("push: the station's floor", "SELECT floor_ms FROM station WHERE id = %s", (sid,)),
            ("push: sequence lock", "SELECT last_seq FROM station WHERE id = %s FOR UPDATE", (sid,)),
            (f"push: seen ids ({entries} ids)", f"SELECT entry_id FROM entry WHERE station_id = %s AND entry_id IN "
             f"({marks})", (sid, *new)),
            (f"push: row states ({len(old)} existing volunteers)",
             f"SELECT row_id, data, clocks FROM row_state WHERE station_id = %s AND entity = 'volunteer' AND row_id "
             f"IN ({', '.join(['%s'] * len(old))})", (sid, *old)),
            (f"push: insert {entries} entries",
             f"INSERT INTO entry (station_id, seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id, "
             f"received_at) VALUES {values}",
             tuple(v for k in range(entries) for v in (sid, last + 1 + k, new[k], new_id(), f"{T0_MS:016d}-0000-x"))),
            ("push: sequence update", "UPDATE station SET last_seq = %s WHERE id = %s", (last + entries, sid)),
            (f"pull: a page of {page} after a cursor",
             "SELECT seq, entry_id, entity, row_id, fields, hlc, site, actor, device_id FROM entry "
             "WHERE station_id = %s AND seq > %s ORDER BY seq LIMIT %s", (sid, rng.randrange(max(1, last - page)), page)),
        ]
        # the statement the server runs for a push of new rows on PostgreSQL, as it runs it
        from server import log_append

        stamps = [f"{T0_MS + 10**9 + k:016d}-0000-scale" for k in range(entries)]
        made = [(new[k], "signin", new_id(), {"kind": "in"}, stamps[k], "scale", "") for k in range(entries)]
        _kept, batch, _once = log_append.postgres_batch(made, ['{"kind":"in"}'] * entries)
        queries.append((f"push: the one statement of {entries} new rows, the token's check in it (PG_PUSH_AS)",
                        log_append.PG_PUSH_AS,
                        {"batch": batch, "station": sid, "token": token, "received": datetime.now(UTC).replace(tzinfo=None),
                         "first_wall": T0_MS + 10**9}))
        # and for a pull: the token's device, the copying pass's look and the page (Store.pull_authenticated)
        from server.requests import STATION_WANTED_SQL
        from server.store import _pg_pull_authenticated

        queries.append((f"pull: the one statement of a page of {page}, the token and the pass's look in it",
                        _pg_pull_authenticated(False, False, STATION_WANTED_SQL),
                        (rng.randrange(max(1, last - page)), page, token)))
        out = []
        for name, sql, params in queries:
            with conn.transaction(force_rollback=True):
                lines = [r[0] for r in conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)]
            out.append((name, "\n".join(lines)))
            if name.startswith(("push: seen", "push: row", "pull")):
                out.append((name + ", generic plan", generic(conn, sql, params)))
        sizes = conn.execute("SELECT relname, pg_size_pretty(pg_total_relation_size(oid)) FROM pg_class "
                             "WHERE relname IN ('entry', 'row_state') ORDER BY relname").fetchall()
        out.append(("table sizes (with indexes)", ", ".join(f"{n} {s}" for n, s in sizes)))
    return out


def generic(conn, sql: str, params: tuple) -> str:
    """The plan of a prepared statement without its values (the driver prepares a query it has run five
    times on a connection, and PostgreSQL may then keep a generic plan)."""
    from psycopg import sql as pgsql

    numbered, n = [], 0
    for part in sql.split("%s")[:-1]:
        n += 1
        numbered.append(f"{part}${n}")
    text = "".join(numbered) + sql.split("%s")[-1]
    with conn.transaction(force_rollback=True):
        conn.execute("PREPARE scale_q AS " + text)
        conn.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        args = ", ".join(pgsql.Literal(v).as_string(conn) for v in params)
        lines = [r[0] for r in conn.execute(f"EXPLAIN (ANALYZE, BUFFERS) EXECUTE scale_q({args})")]
        conn.execute("DEALLOCATE scale_q")
    return "\n".join(lines)


def summary(plan: str) -> str:
    """First node, its buffers and the execution time of a plan, on one line."""
    lines = [line.strip() for line in plan.splitlines()]
    if len(lines) == 1:
        return lines[0]
    top = lines[0].split("  (")[0]
    scan = next((line.split("  (")[0].lstrip("-> ") for line in lines[1:] if "Scan" in line), "")
    buffers = next((line for line in lines if line.startswith("Buffers:")), "")
    took = next((line for line in lines if line.startswith("Execution Time")), "")
    return "; ".join(x for x in (top, scan, buffers, took) if x)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1M,5M,20M", help="total entries, ascending (k and M allowed)")
    parser.add_argument("--stations", type=int, default=1000)
    parser.add_argument("--burst", type=int, default=50, help="entries of one station in a row in the heap")
    parser.add_argument("--entries", type=int, default=50, help="entries per measured push")
    parser.add_argument("--page", type=int, default=1000, help="entries per measured pull")
    parser.add_argument("--runs", type=int, default=40, help="syncs per round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of --runs at each size (the spread)")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "server_scale.md"))
    args = parser.parse_args()
    sizes = [size(s) for s in args.sizes.split(",")]
    step = args.stations * args.burst
    if any(s % step for s in sizes) or sizes != sorted(sizes):
        raise SystemExit(f"each size must be a multiple of stations x burst ({step:,}), ascending")
    rng = random.Random(17)
    began = datetime.now(UTC)
    md = [f"# bench/server_scale.py, {began:%Y-%m-%d %H:%M} UTC", "",
          f"`{' '.join(['bench/server_scale.py', *sys.argv[1:]])}`: {args.stations:,} stations, pushes of "
          f"{args.entries}, pulls of {args.page}, {args.rounds} rounds x {args.runs} syncs per size, "
          f"{args.workers} worker(s); PostgreSQL settings {PG_SETTINGS}; {os.cpu_count()} cores.", ""]
    pg = PgCluster(PG_SETTINGS)
    server = None
    results = []
    try:
        from server.db import open_db
        from server.store import Store

        store = Store(open_db(pg.url))
        create_stations(pg.url, args.stations)
        sid = station_id(0)
        tokens = tuple(store.enrol(store.new_code(sid), f"pc{x}", f"site{x}").token for x in "ab")
        store.db.dispose()
        loaded, volunteers = 0, []
        for total in sizes:
            base = last_seq(pg.url, sid)
            t0 = time.perf_counter()
            load_gen = os.getloadavg()[0]
            times = generate(pg.url, args.stations, args.burst, loaded, total)
            gen_s = time.perf_counter() - t0
            per = (total - loaded) // args.stations
            volunteers += [s for s in range(base + 1, base + per + 1) if s % 20 == 0]
            loaded = total
            fix_hashes(pg.url, sid)
            verify(pg.url, sid, base)
            server = Server(pg.url, workers=args.workers)
            rounds = measure(server, tokens, sid, args, volunteers, rng)
            server.close()
            server = None
            shown = plans(pg.url, sid, args.entries, args.page, volunteers, rng)
            results.append((total, rounds, gen_s))
            gen = ", ".join(f"{k} {v:.0f} s" for k, v in times.items())
            rows = [(f"{total:,} entries", f"generated {per * args.stations:,} in {gen_s:.0f} s "
                     f"({gen}; load {load_gen:.1f} at its start)")]
            rows += [(f"  round {n + 1}", f"push p50/p95 {r['push50'] * 1000:.0f}/{r['push95'] * 1000:.0f} ms, "
                      f"pull p50/p95 {r['pull50'] * 1000:.0f}/{r['pull95'] * 1000:.0f} ms "
                      f"(load {r['load'][0]:.1f} -> {r['load'][1]:.1f})") for n, r in enumerate(rounds)]
            rows += [(f"  plan: {name}", summary(text)) for name, text in shown]
            report(f"Server scale, {args.stations:,} stations, one station's push of {args.entries} and pull of "
                   f"{args.page}", rows)
            sys.stdout.flush()
            md += [f"## {total:,} entries ({total // args.stations:,} per station)", "",
                   f"Generated the step in {gen_s:.0f} s ({gen}), load average {load_gen:.1f} at its start.", "",
                   "| round | push p50 | push p95 | pull p50 | pull p95 | load (1 min) before -> after |",
                   "| --- | --- | --- | --- | --- | --- |"]
            md += [f"| {n + 1} | {r['push50'] * 1000:.0f} ms | {r['push95'] * 1000:.0f} ms | "
                   f"{r['pull50'] * 1000:.0f} ms | {r['pull95'] * 1000:.0f} ms | {r['load'][0]:.1f} -> "
                   f"{r['load'][1]:.1f} |" for n, r in enumerate(rounds)]
            md += [""]
            for name, text in shown:
                md += [f"### {name}", "", "```", text, "```", ""]
            Path(args.out).write_text("\n".join(md) + "\n", encoding="utf-8")
        base = results[0]

        def pooled(rounds, key, pct):
            return percentile([x for r in rounds for x in r[key]], pct)

        flat = []
        for total, rounds, _ in results:
            push95, pull95 = pooled(rounds, "pushes", 95), pooled(rounds, "pulls", 95)
            flat.append((f"{total:,} entries",
                         f"push p50/p95 {pooled(rounds, 'pushes', 50) * 1000:.0f}/{push95 * 1000:.0f} ms "
                         f"({push95 / pooled(base[1], 'pushes', 95):.2f}x), pull p50/p95 "
                         f"{pooled(rounds, 'pulls', 50) * 1000:.0f}/{pull95 * 1000:.0f} ms "
                         f"({pull95 / pooled(base[1], 'pulls', 95):.2f}x)"))
        report("Flatness (all rounds together; p95 ratio to the smallest size, same run; target <= 1.5x)", flat)
        md += ["## Flatness (all rounds' syncs together; p95 ratio to the smallest size, same run; target <= 1.5x)",
               ""]
        md += [f"- {k}: {v}" for k, v in flat]
        Path(args.out).write_text("\n".join(md) + "\n", encoding="utf-8")
        print(f"written: {args.out}")
        return 0
    finally:
        if server is not None:
            server.close()
        pg.close()


if __name__ == "__main__":
    sys.exit(main())
