"""Instant volunteer search: name, pinyin, initials, phone digits, ID tail, volunteer id.

`VolunteerIndex.build(rows)` precomputes one lowercase "haystack" string per
volunteer; a search is then a substring scan in C (`in` on str) over the
haystacks, and a query that extends the previous one only rescans the
previous hits (typing "z", "zh", "zha" narrows instead of starting over).
Qt-free: the roster screen and the kiosk both use it.
"""

from __future__ import annotations

import bisect
import itertools
import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

# Only single characters are looked up (names have no phrases), so pypinyin's
# phrase dictionary is never used; loading it is one 1-2 s json.loads that
# holds the GIL and would freeze the window wherever this module is first imported.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

from pypinyin import Style, pinyin  # noqa: E402

# Readings of heteronym characters when used as a surname. pypinyin has no
# surname mode (its first reading of 单 is "dan", of 曾 "ceng"), so this small
# table, from the usual 百家姓 readings, puts the surname reading first; the
# other readings stay searchable as variants.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "朴": "piao", "查": "zha", "区": "ou",
    "盖": "ge", "缪": "miao", "翟": "zhai", "乐": "yue", "尉": "yu", "覃": "qin", "曲": "qu",
    "华": "hua", "纪": "ji", "秘": "bi", "种": "chong", "召": "shao", "员": "yun", "宓": "mi",
    "繁": "po", "万": "wan", "沈": "shen", "祭": "zhai", "句": "gou", "阚": "kan", "隗": "wei",
    "冼": "xian", "黑": "he", "藏": "zang", "折": "she", "莘": "shen", "柏": "bai", "薄": "bo",
    "过": "guo", "都": "du", "长": "chang", "重": "chong", "朝": "chao", "任": "ren", "贲": "ben",
}
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
                     "宇文", "司徒", "夏侯", "令狐", "轩辕", "端木", "万俟", "单于", "呼延", "澹台"}
COMPOUND_READINGS = {"尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "单于": ("chan", "yu"), "长孙": ("zhang", "sun")}
MAX_VARIANTS = 8  # pinyin spellings kept per name (heteronyms multiply)
ID_TAIL = 6  # how much of the ID number is searchable (its tail, not the birth date)
SEP = "\x1f"


@dataclass(frozen=True)
class VolunteerCard:
    """What a search result needs to show: small, immutable, safe across threads."""

    id: str
    name: str
    phone: str = ""
    status: str = "active"
    teams: tuple[str, ...] = ()
    gender: str = ""
    political_status: str = ""
    tags: tuple[str, ...] = ()
    id_tail: str = ""  # last four characters of the ID number

    @property
    def active(self) -> bool:
        return self.status == "active"


_char_cache: dict[str, list[str]] = {}


def _readings(char: str) -> list[str]:
    cached = _char_cache.get(char)
    if cached is None:
        if "\u4e00" <= char <= "\u9fff" or "\u3400" <= char <= "\u4dbf":
            found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
            cached = [r.replace("ü", "v") for r in (found[0] if found else [])] or [char]
        else:
            cached = [char.lower()]
        _char_cache[char] = cached
    return cached


def name_spellings(name: str) -> list[tuple[str, str]]:
    """(full pinyin, initials) spellings of a name, the likeliest first.

    The surname takes its surname reading; every character's other readings
    are kept as later variants (at most MAX_VARIANTS), so a search by a
    common misreading still finds the person.
    """
    chars = [c for c in name if not c.isspace() and c not in "·•."]
    if not chars:
        return []
    options: list[list[str]] = []
    head = "".join(chars[:2])
    if head in COMPOUND_READINGS:
        options.extend([[r] for r in COMPOUND_READINGS[head]])
        rest = chars[2:]
    else:
        rest = chars
        if head not in COMPOUND_SURNAMES and chars[0] in SURNAME_READINGS:
            first = SURNAME_READINGS[chars[0]]
            options.append([first] + [r for r in _readings(chars[0]) if r != first])
            rest = chars[1:]
        elif head not in COMPOUND_SURNAMES:
            # Any other surname has one reading, pypinyin's first: 方 is "fang",
            # never its rare "wang", which would put 方 among the 汪 and 王.
            options.append(_readings(chars[0])[:1])
            rest = chars[1:]
    options.extend(_readings(c)[:3] for c in rest)
    spellings: list[tuple[str, str]] = []
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
        full = "".join(combo)
        initials = "".join(part[0] for part in combo if part)
        if (full, initials) not in spellings:
            spellings.append((full, initials))
    return spellings


def normalize_query(query: str) -> str:
    # lower() and dropping spaces can leave decomposed forms ("R¸" -> "r\u0327"): compose
    # again at the end so that normalising twice changes nothing
    text = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", query or "").lower())
    return unicodedata.normalize("NFKC", "".join(text.split()).replace("-", ""))


def _field(row: Any, key: str, default: Any = "") -> Any:
    if isinstance(row, Mapping):
        return row.get(key, default)
    return getattr(row, key, default)


class VolunteerIndex:
    """Search over volunteers; build once (in a worker), query on any thread."""

    def __init__(self, cards: list[VolunteerCard], haystacks: list[str]):
        self._cards = cards
        self._hay = haystacks
        self._by_id = {card.id: i for i, card in enumerate(cards)}
        self._last_query = ""
        self._last_hits: list[int] | None = None
        self._chars: dict[str, list[int]] | None = None

    @classmethod
    def build(cls, rows: Iterable[Any], teams: Mapping[str, Iterable[str]] | None = None) -> VolunteerIndex:
        """rows: Volunteer objects, dicts or anything with id, name, phone, id_card, status (and
        optionally gender, political_status, tags, teams). Exited volunteers sort after active ones."""
        memo: dict[str, list[tuple[str, str]]] = {}
        built = [_entry(row, teams, memo) for row in rows]
        built.sort(key=lambda item: item[0])
        index = cls([b[1] for b in built], [b[2] for b in built])
        index._by_char()
        return index

    def upsert(self, row: Any, teams: Mapping[str, Iterable[str]] | None = None) -> int:
        """Put one volunteer's new details in place (an edit) or at the end (a new one), without
        rebuilding; returns its position. The order is refreshed by the next full build."""
        _key, card, hay = _entry(row, teams, {})
        chars = self._by_char()
        i = self._by_id.get(card.id)
        if i is None:
            i, old = len(self._cards), set()
            self._cards.append(card)
            self._hay.append(hay)
            self._by_id[card.id] = i
        else:
            old = set(self._hay[i])
            self._cards[i], self._hay[i] = card, hay
        new = set(hay)
        for ch in old - new:
            chars[ch].remove(i)
        for ch in new - old:
            bisect.insort(chars.setdefault(ch, []), i)  # positions stay ascending
        self._last_query, self._last_hits = "", None
        return i

    def __len__(self) -> int:
        return len(self._cards)

    def __contains__(self, volunteer_id: object) -> bool:
        return volunteer_id in self._by_id

    def ids(self) -> list[str]:
        """Every volunteer id, in the index's order (active first, by pinyin)."""
        return [card.id for card in self._cards]

    def sort_name(self, volunteer_id: str) -> str:
        """The likeliest full pinyin of the name (for sorting by name as a register does)."""
        i = self._by_id.get(volunteer_id)
        if i is None:
            return ""
        parts = self._hay[i].split(SEP)
        return parts[2] if len(parts) > 3 and parts[2] else parts[1]

    def get(self, volunteer_id: str) -> VolunteerCard | None:
        i = self._by_id.get(volunteer_id)
        return None if i is None else self._cards[i]

    def _by_char(self) -> dict[str, list[int]]:
        """char -> volunteers whose haystack holds it: the first keystroke is a lookup, not a scan."""
        if self._chars is None:
            chars: dict[str, list[int]] = {}
            for i, text in enumerate(self._hay):
                for ch in set(text):
                    chars.setdefault(ch, []).append(i)
            self._chars = chars
        return self._chars

    def _hits(self, query: str) -> list[int]:
        hay = self._hay
        if len(query) == 1:
            hits = list(self._by_char().get(query, ()))
            self._last_query, self._last_hits = query, hits
            return hits
        if self._last_hits is not None and self._last_query and query.startswith(self._last_query):
            candidates: Iterable[int] = self._last_hits
        else:
            candidates = self._by_char().get(query[0], ())
        hits = [i for i in candidates if query in hay[i]]
        self._last_query, self._last_hits = query, hits
        return hits

    def _ranker(self, query: str):
        """Sort key: exact name, then a field starting with the query (name, pinyin,
        initials, phone), then digits ending a phone or the ID, then anything containing it."""
        cards, hay = self._cards, self._hay
        head, tail = SEP + query, (query + SEP) if query.isdigit() else None

        def key(i: int) -> tuple[int, int]:
            text = hay[i]
            if cards[i].name == query:
                return (0, i)
            if head in text:
                return (1, i)
            if tail and tail in text:
                return (2, i)
            return (3, i)

        return key

    def search_positions(self, query: str) -> list[int] | None:
        """Unranked hits as positions in `ids()` order (None: an empty query, everyone).

        The cheapest form, for a table that maps positions to its rows once
        (`ids()`) and then filters 50,000 rows per keystroke without strings.
        """
        raw = (query or "").strip()
        if raw in self._by_id:
            return [self._by_id[raw]]
        q = normalize_query(raw)
        return self._hits(q) if q else None

    def search(self, query: str, limit: int | None = None, *, rank: bool = True) -> list[str]:
        """Volunteer ids matching `query`, best first (exact name or id, then name or pinyin
        prefix, then phone/ID tail, then anything containing it); active before exited.
        An empty query returns everyone in index order. `rank=False` keeps index order
        (the roster sorts by its own columns) and is cheaper for short queries."""
        raw = (query or "").strip()
        if raw in self._by_id:  # a QR card or a pasted id
            return [raw]
        q = normalize_query(raw)
        if not q:
            ids = self.ids()
            return ids[:limit] if limit is not None else ids
        hits = self._hits(q)
        ranked = sorted(hits, key=self._ranker(q)) if rank else hits
        if limit is not None:
            ranked = ranked[:limit]
        return [self._cards[i].id for i in ranked]


def _entry(row: Any, teams: Mapping[str, Iterable[str]] | None,
           memo: dict[str, list[tuple[str, str]]]) -> tuple[tuple, VolunteerCard, str]:
    """(sort key, card, haystack) of one volunteer."""
    vid = str(_field(row, "id"))
    name = _field(row, "name") or ""
    spelled = memo.get(name)
    if spelled is None:
        spelled = memo[name] = name_spellings(name)
    card_no = (_field(row, "id_card") or "").upper()
    phone = _field(row, "phone") or ""
    row_teams = _field(row, "teams", None)
    if row_teams is None and teams is not None:
        row_teams = teams.get(vid, ())
    tags = _field(row, "tags") or ""
    card = VolunteerCard(
        id=vid, name=name, phone=phone, status=_field(row, "status") or "active",
        teams=tuple(row_teams or ()), gender=_field(row, "gender") or "",
        political_status=_field(row, "political_status") or "",
        tags=tuple(t for t in (tags.split(",") if isinstance(tags, str) else tags) if t),
        id_tail=card_no[-4:])
    fulls = tuple(s[0] for s in spelled)
    initials = tuple(dict.fromkeys(s[1] for s in spelled))
    digits = "".join(ch for ch in phone if ch.isdigit())
    hay = SEP + SEP.join((name.lower(), *fulls, *initials, digits, card_no[-ID_TAIL:].lower())) + SEP
    sort_key = (card.status != "active", fulls[0] if fulls else name, name, vid)
    return sort_key, card, hay


def load_index(db, include_exited: bool = False) -> VolunteerIndex:
    """Build the index from the database (run it in the DB worker)."""
    from sqlmodel import select

    from desktop.models import Volunteer
    from desktop.services.teams import volunteer_teams

    columns = (Volunteer.id, Volunteer.name, Volunteer.phone, Volunteer.id_card, Volunteer.status,
               Volunteer.gender, Volunteer.political_status, Volunteer.tags)
    with db.read() as session:
        query = select(*columns).where(Volunteer.deleted_at.is_(None))
        if not include_exited:
            query = query.where(Volunteer.status == "active")
        rows = [dict(zip(("id", "name", "phone", "id_card", "status", "gender", "political_status", "tags"),
                         r, strict=True)) for r in session.exec(query).all()]
    return VolunteerIndex.build(rows, volunteer_teams(db))
