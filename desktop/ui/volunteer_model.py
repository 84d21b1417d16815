"""The roster as a lazy, sortable QAbstractTableModel.

Rows are plain `RosterRow`s loaded by a service in the DB worker. The model
keeps them all, an order for the current sort, and a view (the rows that
pass the search and the filters, in that order); the view is handed to the
table in chunks (canFetchMore/fetchMore), so 50,000 rows never become
50,000 widgets, and a keystroke only recomputes the view.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.roster import RosterFilter, RosterRow
from desktop.validators import mask_id_card

CHUNK = 256
_GREY = QColor("#6b6b6b")


def _sort_key(column: str):
    if column == "hours":
        return lambda r: r.minutes_this_year if r.minutes_this_year is not None else -1
    if column in ("teams", "tags"):
        return lambda r: "、".join(getattr(r, column))
    if column == "name":
        return lambda r: (r.sort_name or r.name, r.name)
    if column == "join_date":
        return lambda r: r.join_date.isoformat() if r.join_date else ""
    return lambda r: getattr(r, column) or ""


@dataclass(frozen=True)
class PreparedRows:
    """The model's lookups for a freshly loaded roster, built off the UI thread (`prepare`): at
    20,000 volunteers they are a few hundred milliseconds of Python the window would otherwise wait for."""

    rows: list[RosterRow]
    pos: dict[str, int]
    index_rows: list[int]
    same_order: bool
    mask_for: RosterFilter | None = None  # the filter the mask was made for
    mask: list[bool] | None = None


def prepare(rows: list[RosterRow], ids_in_index_order: list[str], flt: RosterFilter | None = None) -> PreparedRows:
    """Qt-free; call it in the worker that loaded the rows, then `VolunteerTableModel.install`.
    `flt`: the filters the view has now (their row mask is made here too)."""
    rows = list(rows)
    pos = {r.id: i for i, r in enumerate(rows)}
    index_rows = [pos.get(i, -1) for i in ids_in_index_order]
    # the rows start in their loaded order (rank == row), so the index order is the table's when it rises
    places = [r for r in index_rows if r >= 0]
    same = len(places) == len(rows) and all(a < b for a, b in zip(places, places[1:], strict=False))
    mask = None if flt is None or flt == RosterFilter() else [flt.accepts(r) for r in rows]
    return PreparedRows(rows, pos, index_rows, same, flt if mask is not None else None, mask)


class VolunteerTableModel(QAbstractTableModel):
    COLUMNS = ("name", "gender", "phone", "id_card", "political_status", "teams", "tags", "hours", "status",
               "join_date")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._pos: dict[str, int] = {}
        self._order: list[int] = []  # row indices in the current sort
        self._rank: list[int] = []  # row index -> place in _order
        self._view: list[int] = []
        self._shown = 0
        self._hits: list[int] | None = None  # rows matching the search, or None for everyone
        self._index_rows: list[int] = []  # search index position -> row
        self._same_order = False  # index order == current sort order
        self._hits_sorted = False
        self._filter = RosterFilter()
        self._mask_for: RosterFilter | None = None
        self._mask_rows: list[bool] = []
        self.show_full_id = False
        self.hours_available = True
        self._headers = (self.tr("Name"), self.tr("Gender"), self.tr("Phone"), self.tr("ID number"),
                         self.tr("Political status"), self.tr("Teams"), self.tr("Tags"), self.tr("Hours this year"),
                         self.tr("Status"), self.tr("Joined"))
        self._status = {"active": self.tr("On roster"), "exited": self.tr("Left")}

    # --- data in -------------------------------------------------------
    def set_rows(self, rows: list[RosterRow]) -> None:
        self._rows = list(rows)
        self._mask_for: RosterFilter | None = None
        self._pos = {r.id: i for i, r in enumerate(self._rows)}
        self._hits = None
        self._index_rows, self._same_order, self._hits_sorted = [], False, False
        self._set_order(list(range(len(self._rows))))
        self._recompute()

    def install(self, prepared: PreparedRows) -> None:
        """`set_rows` + `set_index` from lookups built off the UI thread (`prepare`)."""
        self._rows, self._pos = prepared.rows, prepared.pos
        self._mask_for, self._mask_rows = prepared.mask_for, prepared.mask or []
        self._hits = None
        self._hits_sorted = False
        n = len(self._rows)
        self._order = list(range(n))
        self._rank = list(range(n))
        self._index_rows, self._same_order = prepared.index_rows, prepared.same_order
        self._recompute()

    def upsert_rows(self, rows: list[RosterRow], index_positions: list[int] | None = None,
                    search: list[int] | None | bool = False) -> None:
        """A targeted refresh: edited rows change in place, new ones go at the end, and rows that
        now fail (or now pass) the filters and the search leave (or join) the view by
        remove/insert signals, so the selection and the scroll position stay.
        `index_positions[i]` is rows[i]'s place in the search index (VolunteerIndex.upsert);
        `search` the index positions the current search now matches (as for `set_search`;
        False: the search is unchanged)."""
        for n, row in enumerate(rows):
            i = self._pos.get(row.id)
            if i is None:
                i = len(self._rows)
                self._rows.append(row)
                self._pos[row.id] = i
                self._rank.append(len(self._order))
                self._order.append(i)
                self._same_order = self._hits_sorted = False
            else:
                self._rows[i] = row
            if index_positions is not None:
                place = index_positions[n]
                if place >= len(self._index_rows):
                    self._index_rows.extend([-1] * (place + 1 - len(self._index_rows)))
                self._index_rows[place] = i
        if self._mask_for is not None:  # keep the filter mask; re-test only the rows that changed
            flt, mask = self._mask_for, self._mask_rows
            mask.extend([False] * (len(self._rows) - len(mask)))
            for row in rows:
                mask[self._pos[row.id]] = flt.accepts(row)
        if search is not False:
            self._hits = None if search is None else [r for r in (self._index_rows[p] for p in search) if r >= 0]
            self._hits_sorted = self._hits_sorted and self._same_order
        self._apply_view(self._compute_view(), {self._pos[row.id] for row in rows})

    def _apply_view(self, new: list[int], touched: set[int]) -> None:
        """Move from the current view to `new` by row removals and insertions (the rows in
        `touched` are the only ones that may come or go), then repaint the touched rows."""
        old = self._view
        if new != old:
            gone = set(old) - set(new)
            came = set(new) - set(old)
            if not (gone | came) <= touched:  # not a small change after all
                self._view = new
                self.beginResetModel()
                self._shown = min(max(self._shown, CHUNK), len(new))
                self.endResetModel()
                return
            for place in sorted((n for n, i in enumerate(old) if i in gone), reverse=True):
                if place < self._shown:
                    self.beginRemoveRows(QModelIndex(), place, place)
                    del old[place]
                    self._shown -= 1
                    self.endRemoveRows()
                else:
                    del old[place]
            for place, i in sorted((n, i) for n, i in enumerate(new) if i in came):
                if place <= self._shown:
                    self.beginInsertRows(QModelIndex(), place, place)
                    old.insert(place, i)
                    self._shown += 1
                    self.endInsertRows()
                else:
                    old.insert(place, i)
            self._view = old
        last = len(self.COLUMNS) - 1
        for place, i in enumerate(self._view[:self._shown]):
            if i in touched:
                self.dataChanged.emit(self.index(place, 0), self.index(place, last))

    def _set_order(self, order: list[int]) -> None:
        self._order = order
        self._rank = [0] * len(order)
        for place, i in enumerate(order):
            self._rank[i] = place

    def set_search_hits(self, ids: list[str] | None) -> None:
        """Ids matching the search (None: no search). Order is the model's sort, not the hits'."""
        self.set_query(ids, self._filter)

    def set_filter(self, flt: RosterFilter) -> None:
        self._filter = flt
        self._recompute()

    def _recompute(self) -> None:
        view = self._compute_view()
        self.beginResetModel()
        self._view = view
        self._shown = min(CHUNK, len(view))
        self.endResetModel()

    def _mask(self) -> list[bool] | None:
        """Which rows pass the filters, cached until the filters or the rows change."""
        flt = self._filter
        if flt == RosterFilter():
            return None
        if self._mask_for != flt:
            self._mask_for, self._mask_rows = flt, [flt.accepts(r) for r in self._rows]
        return self._mask_rows

    def _compute_view(self) -> list[int]:
        mask = self._mask()
        if self._hits is None:
            return list(self._order) if mask is None else [i for i in self._order if mask[i]]
        hits = self._hits
        if mask is not None:
            hits = [i for i in hits if mask[i]]
        if self._hits_sorted:
            return hits
        if len(hits) * 8 < len(self._rows):
            hits.sort(key=self._rank.__getitem__)
            return hits
        wanted = set(hits)  # many hits: walking the sort order is cheaper than sorting them
        return [i for i in self._order if i in wanted]

    def set_index(self, ids_in_index_order: list[str]) -> None:
        """Map a VolunteerIndex's positions to rows, for `set_search` (call after set_rows)."""
        pos = self._pos
        self._index_rows = [pos.get(i, -1) for i in ids_in_index_order]
        self._check_index_order()

    def _check_index_order(self) -> None:
        """True when the index's order is the table's order (the usual case: the roster is
        loaded in index order and not re-sorted), so hits need no sorting at all."""
        rank = self._rank
        places = [rank[r] for r in self._index_rows if r >= 0]
        self._same_order = len(places) == len(self._rows) and all(a < b for a, b in zip(places, places[1:], strict=False))

    def set_search(self, positions: list[int] | None, flt: RosterFilter) -> None:
        """Index positions matching the search (None: everyone) and the filters, in one recompute."""
        if positions is None:
            self._hits = None
        else:
            rows = self._index_rows
            self._hits = [r for r in (rows[p] for p in positions) if r >= 0]
            self._hits_sorted = self._same_order
        self._filter = flt
        self._recompute()

    def set_query(self, ids: list[str] | None, flt: RosterFilter) -> None:
        """Search hits as volunteer ids (None: everyone) and the filters, in one recompute."""
        self._hits = None if ids is None else [self._pos[i] for i in ids if i in self._pos]
        self._hits_sorted = False
        self._filter = flt
        self._recompute()

    # --- queries --------------------------------------------------------
    def row_at(self, row: int) -> RosterRow:
        return self._rows[self._view[row]]

    def row_by_id(self, volunteer_id: str) -> RosterRow | None:
        i = self._pos.get(volunteer_id)
        return None if i is None else self._rows[i]

    def view_row_of(self, volunteer_id: str) -> int | None:
        i = self._pos.get(volunteer_id)
        if i is None or i not in self._view:
            return None
        row = self._view.index(i)
        while row >= self._shown and self.canFetchMore():
            self.fetchMore()
        return row

    def total(self) -> int:
        """Rows passing search and filters (the table may show fewer until scrolled)."""
        return len(self._view)

    def all_count(self) -> int:
        return len(self._rows)

    # --- Qt model -------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._view)

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = min(CHUNK, len(self._view) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _display(self, row: RosterRow, column: str):
        if column == "id_card":
            return row.id_card if self.show_full_id else mask_id_card(row.id_card)
        if column == "status":
            return self._status.get(row.status, row.status)
        if column in ("teams", "tags"):
            return "、".join(getattr(row, column))
        if column == "hours":
            return "—" if row.minutes_this_year is None else f"{row.minutes_this_year / 60:.1f}"
        if column == "join_date":
            return row.join_date.isoformat() if row.join_date else ""
        return getattr(row, column)

    def column_texts(self, column: int, count: int) -> list:
        """The display texts of a column's first `count` rows shown (desktop.ui.columns.fit_columns)."""
        name = self.COLUMNS[column]
        return [self._display(self._rows[self._view[row]], name) for row in range(min(count, self._shown))]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self._shown or index.column() >= len(self.COLUMNS):
            return None
        row = self._rows[self._view[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "exited":
            return _GREY
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "hours":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.status == "exited":
            return self.tr("Left on {0}: {1}").format(row.exit_date or "", row.exit_reason)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        key = _sort_key(self.COLUMNS[column])
        rows = self._rows
        ordered = sorted(range(len(rows)), key=lambda i: key(rows[i]),
                         reverse=order == Qt.SortOrder.DescendingOrder)
        # Same rows, new order: a layout change that keeps the selection on the same people.
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        moved = [self._view[i.row()] if i.row() < len(self._view) else None for i in old]
        self._set_order(ordered)
        self._same_order = False
        if self._hits is not None and self._hits_sorted:
            self._hits_sorted = False
        self._view = self._compute_view()
        place = {row: n for n, row in enumerate(self._view)}
        new = [self.index(place[m], i.column()) if m is not None and place.get(m, CHUNK * 10**6) < self._shown
               else QModelIndex() for i, m in zip(old, moved, strict=True)]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()
