"""The wire, measured on real bodies: push bodies of a demo station (desktop.sync.outbox) and the pull
pages a county server makes of the same entries (server.store.Store.pull). JSON: orjson against msgspec,
encoding and decoding (the push decode with its checks: orjson + the door's walk + pydantic, against
msgspec's typed decode, protocol.decode_push); compression: gzip levels 1 to 5 against zstd 1 and 3.
Baseline in the same run: the current path (orjson, pydantic, gzip 1).

    .venv/bin/python bench/sync_wire.py [--volunteers 500 --activities 500 --per-activity 25]
"""

from __future__ import annotations

import argparse
import gc
import gzip
import sys
import tempfile
import time
import zlib
from pathlib import Path

import msgspec
import orjson
from _common import report

from desktop.db import Database
from desktop.services.demo import generate
from desktop.services.station import setup_station
from desktop.sync import outbox, protocol
from server.db import open_db
from server.door import check_json
from server.store import Store


def best(fn, items, runs: int = 3) -> float:
    """Best of `runs` passes over `items`, seconds (collector off, as in the sync's bulk steps)."""
    times = []
    for _ in range(runs):
        gc.disable()
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append(time.perf_counter() - start)
        gc.enable()
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--volunteers", type=int, default=500)
    parser.add_argument("--activities", type=int, default=500)
    parser.add_argument("--per-activity", type=int, default=25)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sd-bench-wire-"))
    pc = Database(folder / "pc")
    setup_station(pc, name="基准村新时代文明实践站", county="基准县")
    generate(pc, volunteers=args.volunteers, activities=args.activities, signins_per_activity=args.per_activity)
    bodies, cursor = [], 0
    while (batch := outbox.next_batch(pc, cursor, protocol.MAX_BATCH_FAST, 1 << 40)) is not None:
        bodies.append(batch.body)
        cursor = batch.last_seq
    store = Store(open_db(f"sqlite:///{folder / 'county.sqlite'}"))
    store.add_station("基准村新时代文明实践站", "基准县", station_id=pc.station_id)
    for body in bodies:
        store.push("pc", pc.station_id, protocol.decode_push(body))
    pages, after = [], 0
    while True:
        page = store.pull("other", pc.station_id, after, protocol.MAX_PULL)
        parsed = orjson.loads(page)
        pages.append(page)
        after = parsed["last_seq"]
        if not parsed["more"]:
            break
    entries = sum(len(orjson.loads(b)["entries"]) for b in bodies)
    raw = sum(map(len, bodies)) / 1e6
    pulled = [orjson.loads(p) for p in pages]
    rows = []

    def slow_push(body: bytes):
        with protocol.bulk():
            return protocol.PushRequest.model_validate(check_json(body))

    base = best(slow_push, bodies)
    fast = best(protocol.decode_push, bodies)
    rows.append(("push decode + checks: orjson + door + pydantic", f"{base:.3f} s ({entries} entries)"))
    rows.append(("push decode + checks: msgspec typed (decode_push)", f"{fast:.3f} s  -> {base / fast:.1f}x faster"))
    rows.append(("push decode only: orjson / msgspec (untyped)",
                 f"{best(orjson.loads, bodies):.3f} / {best(msgspec.json.decode, bodies):.3f} s"))
    rows.append(("pull page decode: orjson / msgspec",
                 f"{best(orjson.loads, pages):.3f} / {best(msgspec.json.decode, pages):.3f} s ({len(pages)} pages)"))
    frag = [{"entries": [dict(e, fields=orjson.Fragment(orjson.dumps(e["fields"]))) for e in p["entries"]]}
            for p in pulled]
    raws = [{"entries": [dict(e, fields=msgspec.Raw(orjson.dumps(e["fields"]))) for e in p["entries"]]}
            for p in pulled]
    rows.append(("page encode, fields passed through: orjson / msgspec",
                 f"{best(orjson.dumps, frag):.3f} / {best(msgspec.json.encode, raws):.3f} s"))
    for name, items in (("push", bodies), ("pull", pages)):
        size = sum(map(len, items)) / 1e6
        for level in range(1, 6):
            packed = [gzip.compress(b, compresslevel=level) for b in items]
            rows.append((f"{name} gzip {level}", f"{sum(map(len, packed)) / 1e6:.2f} MB of {size:.2f} MB, "
                         f"pack {best(lambda b, lv=level: gzip.compress(b, compresslevel=lv), items):.3f} s, "
                         f"unpack {best(lambda b: zlib.decompress(b, 16 + zlib.MAX_WBITS), packed):.3f} s"))
        try:
            import zstandard
        except ImportError:
            rows.append((f"{name} zstd", "zstandard not installed"))
            continue
        for level in (1, 3):
            packer, unpacker = zstandard.ZstdCompressor(level=level), zstandard.ZstdDecompressor()
            packed = [packer.compress(b) for b in items]
            rows.append((f"{name} zstd {level}", f"{sum(map(len, packed)) / 1e6:.2f} MB, "
                         f"pack {best(packer.compress, items):.3f} s, unpack {best(unpacker.decompress, packed):.3f} s"))
    report(f"Wire: {entries} entries, push bodies {raw:.2f} MB JSON", rows)
    pc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
