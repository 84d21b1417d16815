"""VolunteerIndex: name, pinyin, initials, phone, ID tail, volunteer id; incremental narrowing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.services.search import VolunteerIndex, load_index, name_spellings, normalize_query
from desktop.services.volunteers import add_volunteer, exit_volunteer

PEOPLE = [
    {"id": "v1", "name": "张三", "phone": "13800001234", "id_card": "11010519491231002X", "status": "active"},
    {"id": "v2", "name": "李四", "phone": "13912345678", "id_card": "", "status": "active"},
    {"id": "v3", "name": "单雄信", "phone": "", "id_card": "610721199001011235", "status": "active"},
    {"id": "v4", "name": "曾国藩", "phone": "0916-2345678", "id_card": "", "status": "exited"},
    {"id": "v5", "name": "张珊珊", "phone": "15000005555", "id_card": "", "status": "active"},
]


def index() -> VolunteerIndex:
    return VolunteerIndex.build(PEOPLE, {"v1": ["理论宣讲志愿服务队"]})


def test_name_pinyin_and_initials():
    idx = index()
    assert idx.search("张三")[0] == "v1"
    assert idx.search("zs")[0] == "v1"
    assert idx.search("zhangsan") == ["v1"]
    assert idx.search("ZHANG SAN") == ["v1"]  # case and spaces forgiven
    assert set(idx.search("张")) == {"v1", "v5"}
    assert idx.search("ls") == ["v2"]


def test_surname_heteronyms_read_as_surnames_first():
    assert name_spellings("单雄信")[0] == ("shanxiongxin", "sxx")
    assert name_spellings("曾国藩")[0][0] == "zengguofan"
    idx = index()
    assert idx.search("shanxiong") == ["v3"]
    assert idx.search("danxiong") == ["v3"]  # the common misreading still finds him
    assert "v4" in idx.search("zgf")


def test_phone_digits_id_tail_and_exact_id():
    idx = index()
    assert idx.search("1234")[0] == "v1"  # last four of the phone rank first
    assert idx.search("002x") == ["v1"]  # lowercase x in the ID tail
    assert idx.search("１２３５") == ["v3"]  # full-width digits
    assert idx.search("v4") == ["v4"]  # a QR card's id
    assert idx.search("2345678") == ["v4", "v2"] or set(idx.search("2345678")) == {"v2", "v4"}


def test_incremental_search_equals_fresh_search():
    idx = index()
    for query in ("z", "zh", "zha", "zhan", "zhang", "zhangs"):
        typed = idx.search(query)
        assert typed == VolunteerIndex.build(PEOPLE).search(query)


def test_card_and_limit_and_order():
    idx = index()
    card = idx.get("v1")
    assert card.name == "张三" and card.teams == ("理论宣讲志愿服务队",) and card.id_tail == "002X"
    assert idx.get("nobody") is None
    assert len(idx.search("", limit=2)) == 2
    assert idx.ids()[-1] == "v4"  # exited volunteers sort last
    assert idx.search("不存在的人") == []


@given(st.text(max_size=12))
def test_search_never_fails_and_hits_contain_query(query):
    idx = index()
    hits = idx.search(query)
    assert len(hits) == len(set(hits))
    assert all(h in idx for h in hits)
    assert normalize_query(query) == normalize_query(normalize_query(query))


def test_load_index_from_database(db):
    kept = add_volunteer(db, name="王五", phone="13700000001")
    gone = add_volunteer(db, name="王六", phone="13700000002")
    exit_volunteer(db, gone.id, reason="外出务工")
    assert load_index(db).search("ww") == [kept.id]
    assert set(load_index(db, include_exited=True).search("wangl")) == {gone.id}


def test_a_surname_has_one_reading():
    """方 reads "fang" as a surname; its rare reading "wang" must not mix it with 汪 and 王."""
    from types import SimpleNamespace

    rows = [SimpleNamespace(id=str(i), name=name, phone="", id_card=None, status="active", political_status="",
                            tags="", gender="") for i, name in enumerate(["方超秀", "汪凤梅", "王建国", "单田芳"])]
    index = VolunteerIndex.build(rows)
    assert [index.get(i).name for i in index.search("wang")] == ["汪凤梅", "王建国"]
    assert [index.get(i).name for i in index.search("fcx")] == ["方超秀"]
    assert [index.get(i).name for i in index.search("stf")] == ["单田芳"]
