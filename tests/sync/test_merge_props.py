"""The merge is a join: commutative, associative, idempotent; applying the
same entries in any order, with repeats, gives the same state."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.sync import merge, protocol
from desktop.sync.clock import Stamp

ROWS = st.sampled_from(["r1", "r2", "r3"])
FIELDS = st.sampled_from(["name", "phone", "deleted_at", "note"])
VALUES = st.one_of(st.none(), st.integers(-3, 3), st.text("甲乙丙ab", max_size=3), st.booleans())
STAMPS = st.builds(lambda w, c, s: Stamp(1_700_000_000_000 + w, c, s).encode(),
                   st.integers(0, 5), st.integers(0, 2), st.sampled_from(["pc1", "pc2", "county"]))
ENTRY = st.tuples(ROWS, st.dictionaries(FIELDS, VALUES, min_size=1, max_size=3), STAMPS)
ENTRIES = st.lists(ENTRY, max_size=12)


def state(entries):
    return merge.fold(entries)


@settings(max_examples=100, deadline=None)
@given(ENTRIES, ENTRIES)
def test_join_is_commutative(a, b):
    assert merge.join_states(state(a), state(b)) == merge.join_states(state(b), state(a))


@settings(max_examples=100, deadline=None)
@given(ENTRIES, ENTRIES, ENTRIES)
def test_join_is_associative(a, b, c):
    left = merge.join_states(merge.join_states(state(a), state(b)), state(c))
    right = merge.join_states(state(a), merge.join_states(state(b), state(c)))
    assert left == right


@settings(max_examples=100, deadline=None)
@given(ENTRIES)
def test_join_is_idempotent(a):
    assert merge.join_states(state(a), state(a)) == state(a)


@settings(max_examples=100, deadline=None)
@given(ENTRIES, st.randoms(use_true_random=False))
def test_order_and_repeats_do_not_matter(entries, rng):
    shuffled = list(entries) + list(entries[: len(entries) // 2])
    rng.shuffle(shuffled)
    assert state(shuffled) == state(entries)


@settings(max_examples=100, deadline=None)
@given(ENTRIES, ENTRIES)
def test_applying_entries_equals_joining_states(a, b):
    assert state(a + b) == merge.join_states(state(a), state(b))


@given(STAMPS, STAMPS)
def test_a_later_stamp_wins_a_field(s1, s2):
    values, clocks = {}, {}
    merge.merge_entry(values, clocks, {"name": "旧"}, min(s1, s2))
    merge.merge_entry(values, clocks, {"name": "新"}, max(s1, s2))
    assert values["name"] == ("新" if s1 != s2 else max("旧", "新", key=protocol.canonical))


def test_concurrent_edits_to_different_fields_both_survive():
    result = state([("r", {"name": "张三", "phone": ""}, "0000000000000001-0000-pc1"),
                    ("r", {"name": "张三丰"}, "0000000000000003-0000-pc1"),
                    ("r", {"phone": "13800000000"}, "0000000000000002-0000-pc2")])
    assert result["r"][0] == {"name": "张三丰", "phone": "13800000000"}


def test_a_delete_is_not_undone_by_a_stale_edit():
    result = state([("r", {"name": "张三", "deleted_at": None}, "0000000000000001-0000-pc1"),
                    ("r", {"deleted_at": "2024-05-01T10:00:00"}, "0000000000000005-0000-county"),
                    ("r", {"name": "张三（改）"}, "0000000000000003-0000-pc2")])
    assert result["r"][0]["deleted_at"] == "2024-05-01T10:00:00"


def test_row_base_clock_covers_fields_without_their_own():
    values, clocks = {"name": "甲"}, {merge.BASE: "0000000000000005-0000-pc1"}
    assert merge.merge_entry(values, clocks, {"name": "乙"}, "0000000000000004-0000-pc2") == {}
    assert merge.merge_entry(values, clocks, {"name": "丙"}, "0000000000000006-0000-pc2") == {"name": "丙"}
    assert merge.stamps_of(clocks, ["name"]) == {"0000000000000006-0000-pc2"}
    assert merge.stamps_of(clocks, ["name", "phone"]) == {"0000000000000006-0000-pc2", "0000000000000005-0000-pc1"}
