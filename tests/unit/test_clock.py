"""The hybrid logical clock stays monotonic whatever the PC clock does, and survives a restart."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.db import Database
from desktop.services.volunteers import add_volunteer
from desktop.sync.clock import DAY_MS, HybridClock, Stamp

BASE = 1_790_000_000_000  # late 2026, in ms

# A wall clock that jumps: each step moves it by up to three days either way.
jumps = st.lists(st.integers(min_value=-3 * DAY_MS, max_value=3 * DAY_MS), min_size=1, max_size=60)
remote_stamps = st.builds(lambda w, c: Stamp(w, c, "remote").encode(),
                          st.integers(BASE - 5 * DAY_MS, BASE + 5 * DAY_MS), st.integers(0, 0xFFFF))


class FakeWall:
    def __init__(self, now: int):
        self.now = now

    def __call__(self) -> int:
        return self.now


@given(jumps)
def test_ticks_strictly_increase_when_the_wall_clock_jumps(steps):
    wall = FakeWall(BASE)
    clock = HybridClock("a1", now=wall)
    last = clock.tick()
    for step in steps:
        wall.now += step
        stamp = clock.tick()
        assert stamp > last
        last = stamp


@given(jumps, st.lists(remote_stamps, max_size=20))
def test_observe_orders_after_every_remote_stamp(steps, remotes):
    wall = FakeWall(BASE)
    clock = HybridClock("a1", now=wall)
    last = clock.tick()
    for step, remote in zip(steps, remotes, strict=False):
        wall.now += step
        observed = clock.observe(remote)
        assert observed > last
        mine, theirs = Stamp.decode(observed), Stamp.decode(remote)
        assert (mine.wall, mine.counter) > (theirs.wall, theirs.counter)
        last = clock.tick()
        assert last > observed


@given(st.integers(0, 70_000))
def test_counter_overflow_borrows_the_next_millisecond(n):
    clock = HybridClock("a1", now=lambda: BASE)
    stamps = [clock.tick() for _ in range(min(n, 2000))]
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    clock._counter = 0xFFFF
    assert Stamp.decode(clock.tick()).wall == clock._wall


def test_text_form_sorts_like_the_tuple():
    stamps = [Stamp(w, c, s) for w in (5, 10**12, 2 * 10**12) for c in (0, 9, 0xFFFF) for s in ("aa", "ab")]
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())
    assert all(Stamp.decode(s.encode()) == s for s in stamps)


def test_far_future_stamps_are_recognised():
    clock = HybridClock("a1", now=lambda: BASE)
    assert clock.is_far_future(Stamp(BASE + DAY_MS + 1, 0, "x").encode())
    assert not clock.is_far_future(Stamp(BASE + DAY_MS - 1, 0, "x").encode())


@given(st.integers(min_value=-30 * DAY_MS, max_value=0))
def test_clock_survives_a_restart_even_if_the_pc_clock_went_back(tmp_path_factory, back):
    data = tmp_path_factory.mktemp("clock")
    wall = FakeWall(BASE)
    db = Database(data, now=wall)
    from desktop.services.station import setup_station

    setup_station(db, name="时钟测试站")
    add_volunteer(db, name="张三")
    before = db.clock.last
    db.close()
    wall.now = BASE + back  # the PC clock was set back while the app was closed
    reopened = Database(data, now=wall)
    try:
        assert reopened.clock.last == before
        assert reopened.clock.tick() > before
        add_volunteer(reopened, name="李四")
        from sqlmodel import select

        from desktop.models import JournalEntry

        with reopened.read() as session:
            stamps = [j.hlc for j in session.exec(select(JournalEntry).order_by(JournalEntry.seq))]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    finally:
        reopened.close()
