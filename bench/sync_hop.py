"""The hop of a sync request from the event loop to a sync thread: server.sync_lane.SyncThreads
(asyncio's executor) against anyio's `to_thread.run_sync` with a CapacityLimiter (the baseline, what the
server used before round twelve), in the same run, on the loop the server runs (uvloop when installed).

CPU of the whole process per hop, for a call that does nothing: one at a time, and 50 at once (a county's
morning: many requests wait for the 4 threads). The two ways take turns, 1,000 hops a round, so a change
of the machine's speed falls on both.

    .venv/bin/python bench/sync_hop.py [--rounds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time

import anyio
import anyio.to_thread
from _common import report

from server.sync_lane import SyncThreads

THREADS = 4
HOPS = 1000


def _nothing(x):
    return x


async def _rounds(rounds: int) -> dict[tuple[str, int], list[float]]:
    limiter, threads = anyio.CapacityLimiter(THREADS), SyncThreads(THREADS)
    ways = {"anyio": lambda i: anyio.to_thread.run_sync(_nothing, i, limiter=limiter),
            "SyncThreads": lambda i: threads.run(_nothing, i)}
    out: dict[tuple[str, int], list[float]] = {}
    try:
        for _ in range(rounds):
            for at_once in (1, 50):
                for name, hop in ways.items():
                    begin = time.process_time()
                    for start in range(0, HOPS, at_once):
                        await asyncio.gather(*(hop(i) for i in range(start, start + at_once)))
                    out.setdefault((name, at_once), []).append((time.process_time() - begin) / HOPS * 1e6)
    finally:
        threads.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    try:
        import uvloop
        run, loop = uvloop.run, "uvloop"
    except ImportError:
        run, loop = asyncio.run, "asyncio"
    out = run(_rounds(args.rounds))
    rows = []
    for at_once in (1, 50):
        base = statistics.median(out[("anyio", at_once)])
        ours = statistics.median(out[("SyncThreads", at_once)])
        rows += [(f"{at_once} at once: anyio to_thread (baseline)", f"{base:.0f} µs CPU a hop (median of {args.rounds})"),
                 (f"{at_once} at once: SyncThreads", f"{ours:.0f} µs CPU a hop"),
                 (f"{at_once} at once: ratio ours / baseline", f"{ours / base:.2f}x")]
    report(f"Hop to a sync thread ({loop}, {THREADS} threads, {HOPS} hops a round)", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
