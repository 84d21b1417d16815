"""Small helpers shared by the benchmarks: timing and printing."""

from __future__ import annotations

import json
import statistics
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - start, result


def best_of(n: int, fn) -> float:
    return min(fn() for _ in range(n))


def reference_ms(rounds: int = 5) -> float:
    """The machine's speed as the time of a fixed piece of work (Python, JSON and zlib, one thread; the best
    of `rounds`, in ms). The shared machine's speed moves by up to twice from minute to minute, and a load
    figure moves with it: printed beside one, it says which minute the figure came from."""
    def once() -> float:
        begin = time.perf_counter()
        rows = {f"row{i}": {"name": f"志愿者{i}", "n": i, "ok": i % 3 == 0} for i in range(4000)}
        zlib.compress(json.dumps(rows, ensure_ascii=False).encode(), 1)
        sorted(rows, key=lambda k: rows[k]["n"] % 97)
        return time.perf_counter() - begin
    return min(once() for _ in range(rounds)) * 1000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"## {title}")
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")
