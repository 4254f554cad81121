"""Qt item models over the plain session and the catalog."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from ..core import ACTIVATIONS, FAMILIES
from ..core.mathhtml import to_html
from ..core.session import Curve, Session

CURVE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3


def formula_tooltip(act, params=None) -> str:
    return f"<b>{act.name}</b><br>{to_html(act.latex('f', params))}"


class SessionModel(QAbstractListModel):
    """The session's curves as a list; every edit of the session by the window goes through here.

    Views and the canvas follow it through the standard model signals; ``viewChanged`` reports
    changes of ranges, panes, grid and theme.
    """

    viewChanged = Signal()

    def __init__(self, session: Session | None = None, parent=None):
        super().__init__(parent)
        self.session = session or Session.default()

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.session.curves)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.session.curves):
            return None
        curve = self.session.curves[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return curve.label
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(curve.color)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if curve.visible else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return formula_tooltip(curve.activation, curve.params)
        if role == CURVE_ROLE:
            return curve
        if role == ID_ROLE:
            return curve.function
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.isValid() else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid():
            self.set_visible(index.row(), Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        return False

    # --- editing -----------------------------------------------------------------------------------
    def curve(self, row: int) -> Curve:
        return self.session.curves[row]

    def _changed(self, row, roles):
        idx = self.index(row)
        self.dataChanged.emit(idx, idx, roles)

    def add_curve(self, function: str, params: dict | None = None, color: str | None = None) -> int:
        row = len(self.session.curves)
        curve = Curve(function, dict(params or {}), color or self.session.next_color())
        self.beginInsertRows(QModelIndex(), row, row)
        self.session.curves.append(curve)
        self.endInsertRows()
        return row

    def duplicate(self, row: int) -> int:
        c = self.curve(row)
        return self.add_curve(c.function, dict(c.params))

    def remove_curve(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.session.curves[row]
        self.endRemoveRows()

    def remove_function(self, function: str) -> None:
        for row in reversed(range(len(self.session.curves))):
            if self.session.curves[row].function == function:
                self.remove_curve(row)

    def set_params(self, row: int, params: dict) -> None:
        """Replace parameters (validated: ValueError names the problem, nothing changes)."""
        curve = self.curve(row)
        curve.params = curve.activation.bind(params)
        self._changed(row, [CURVE_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def set_param(self, row: int, name: str, value) -> None:
        self.set_params(row, {**self.curve(row).params, name: value})

    def set_color(self, row: int, color: str) -> None:
        self.curve(row).color = QColor(color).name()
        self._changed(row, [Qt.ItemDataRole.DecorationRole])

    def set_visible(self, row: int, visible: bool) -> None:
        self.curve(row).visible = visible
        self._changed(row, [Qt.ItemDataRole.CheckStateRole])

    def set_session(self, session: Session) -> None:
        self.beginResetModel()
        self.session = session
        self.endResetModel()
        self.viewChanged.emit()

    def set_view(self, **changes) -> None:
        """Change x_range, y_range, panes, grid or theme (validated as a whole)."""
        s = self.session
        new = Session(curves=s.curves, **{**{k: getattr(s, k) for k in
                                              ("x_range", "y_range", "panes", "grid", "theme")},
                                           **changes})
        for k in ("x_range", "y_range", "panes", "grid", "theme"):
            setattr(s, k, getattr(new, k))
        self.viewChanged.emit()


class CatalogModel(QStandardItemModel):
    """Every catalog entry under its family; an entry is ticked while it has a curve."""

    def __init__(self, session_model: SessionModel, parent=None):
        super().__init__(parent)
        self.session_model = session_model
        self.setHorizontalHeaderLabels([self.tr("Function")])
        self._items: dict[str, QStandardItem] = {}
        for family in FAMILIES:
            fam = QStandardItem(QCoreApplication.translate("catalog", family))
            fam.setEditable(False)
            fam.setSelectable(False)
            for act in ACTIVATIONS.values():
                if act.family != family:
                    continue
                item = QStandardItem(QCoreApplication.translate("catalog", act.name))
                item.setEditable(False)
                item.setCheckable(True)
                item.setData(act.id, ID_ROLE)
                item.setData(" ".join((act.id, act.name, *act.aliases)), SEARCH_ROLE)
                fam.appendRow(item)
                self._items[act.id] = item
            self.appendRow(fam)
        self._syncing = False
        self.itemChanged.connect(self._on_item_changed)
        for sig in (session_model.rowsInserted, session_model.rowsRemoved, session_model.modelReset):
            sig.connect(self.sync)
        session_model.dataChanged.connect(self._on_data_changed)
        self.sync()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        """Entries' tooltips, the typeset formula, are made when first asked for."""
        if role == Qt.ItemDataRole.ToolTipRole:
            act_id = super().data(index, ID_ROLE)
            if act_id is not None:
                return formula_tooltip(ACTIVATIONS[act_id])
        return super().data(index, role)

    def item_for(self, act_id: str) -> QStandardItem:
        return self._items[act_id]

    def sync(self, *_):
        """Tick and colour entries from the session's curves."""
        self._syncing = True
        try:
            first: dict[str, str] = {}
            for c in self.session_model.session.curves:
                first.setdefault(c.function, c.color)
            for act_id, item in self._items.items():
                state = Qt.CheckState.Checked if act_id in first else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
                color = QColor(first[act_id]) if act_id in first else None
                if item.data(Qt.ItemDataRole.DecorationRole) != color:
                    item.setData(color, Qt.ItemDataRole.DecorationRole)
        finally:
            self._syncing = False

    def _on_data_changed(self, top, bottom, roles=()):
        if not roles or Qt.ItemDataRole.DecorationRole in roles:  # colours; parameters don't matter
            self.sync()

    def _on_item_changed(self, item: QStandardItem):
        act_id = item.data(ID_ROLE)
        if self._syncing or act_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.session_model.add_curve(act_id)
        else:
            self.session_model.remove_function(act_id)


class CatalogFilter(QSortFilterProxyModel):
    """Search the catalog by id, name or alias; families stay while a child matches."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(text.strip().replace("-", "_"))
