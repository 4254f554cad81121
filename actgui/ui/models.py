"""Qt item models: the session document's events as Qt's model signals, and the catalog."""

from __future__ import annotations

import unicodedata

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
from ..core.mathhtml import escape, to_html
from ..core.session import FORMULA, FORMULA_FAMILY, Curve, Document, Session, plain_data
from .i18n import every_language

CURVE_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
PARAMS_ROLE = Qt.ItemDataRole.UserRole + 4  # the curve's parameters changed: re-sample it
FORMULA_ROLE = Qt.ItemDataRole.UserRole + 6  # a My functions entry's formula data
STYLE_ROLE = Qt.ItemDataRole.UserRole + 5  # its line (width, dash) changed: re-style it
#: The roles whose data change with each curve field.
FIELD_ROLES = {
    "params": [PARAMS_ROLE, CURVE_ROLE, Qt.ItemDataRole.ToolTipRole],
    "color": [CURVE_ROLE, Qt.ItemDataRole.DecorationRole],
    "visible": [CURVE_ROLE, Qt.ItemDataRole.CheckStateRole],
    "width": [CURVE_ROLE, STYLE_ROLE],
    "dash": [CURVE_ROLE, STYLE_ROLE],
    "family": [PARAMS_ROLE, CURVE_ROLE],
    "formula": [PARAMS_ROLE, CURVE_ROLE, Qt.ItemDataRole.ToolTipRole],
}


def formula_tooltip(act, params=None) -> str:
    name = QCoreApplication.translate("catalog", act.name)
    return f"<b>{escape(name)}</b> ({act.id})<br>{to_html(act.latex('f', params))}"


class SessionModel(QAbstractListModel):
    """The document's curves as a list model, and its other events as Qt signals.

    It reads a snapshot of the session that it swaps at each event, between Qt's begin/end
    notifications, so views always see a consistent model. Edits go to ``document``.
    ``fieldChanged(name)`` reports a changed session field (x_range, y_ranges, panes, layout,
    compare, ...); ``historyChanged`` what undo and redo would do."""

    fieldChanged = Signal(str)
    historyChanged = Signal()

    def __init__(self, document: Document | Session | None = None, parent=None):
        super().__init__(parent)
        if not isinstance(document, Document):
            document = Document(document)
        self.document = document
        self._take(document.session)
        document.inserted.connect(self._on_inserted)
        document.removed.connect(self._on_removed)
        document.curve_changed.connect(self._on_curve_changed)
        document.reset.connect(self._on_reset)
        document.changed.connect(self._on_changed)
        document.history.connect(self.historyChanged.emit)

    def _take(self, session: Session):
        self.session = session
        self._labels = None  # made when first asked for: most events change no label

    # --- document events -----------------------------------------------------------------------
    def _on_inserted(self, first, last):
        self.beginInsertRows(QModelIndex(), first, last)
        self._take(self.document.session)
        self.endInsertRows()
        self._relabelled()

    def _on_removed(self, first, last):
        self.beginRemoveRows(QModelIndex(), first, last)
        self._take(self.document.session)
        self.endRemoveRows()
        self._relabelled()

    def _on_reset(self):
        self.beginResetModel()
        self._take(self.document.session)
        self.endResetModel()

    def _on_curve_changed(self, row, name):
        self._take(self.document.session)
        idx = self.index(row)
        self.dataChanged.emit(idx, idx, FIELD_ROLES[name])
        if name in ("params", "family", "formula"):
            self._relabelled()

    def _relabelled(self):
        """Labels of twins depend on each other: report the list's labels as changed."""
        if self.session.curves:
            self.dataChanged.emit(self.index(0), self.index(len(self.session.curves) - 1),
                                  [Qt.ItemDataRole.DisplayRole])

    def _on_changed(self, name):
        self._take(self.document.session)
        self.fieldChanged.emit(name)

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent=None):
        return 0 if parent is not None and parent.isValid() else len(self.session.curves)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.session.curves):
            return None
        curve = self.session.curves[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(index.row())
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
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.document.set_curve(index.row(), visible=checked)
            return True
        return False

    def curve(self, row: int) -> Curve:
        return self.session.curves[row]

    def label(self, row: int) -> str:
        if self._labels is None:
            self._labels = self.session.labels(self.session.curves)
        return self._labels[row]


NEW_FUNCTION = "+new"  # the ID_ROLE of "New function...", the first entry of My functions


class CatalogModel(QStandardItemModel):
    """Every catalog entry under its family; an entry is ticked while it has a curve. Last, "My
    functions": "New function..." and each typed formula (of the session or remembered), by
    ``Curve.identity``."""

    def __init__(self, session_model: SessionModel, parent=None):
        super().__init__(parent)
        self.session_model = session_model
        self.setHorizontalHeaderLabels([self.tr("Function")])
        self._items: dict[str, QStandardItem] = {}
        self.formulas: dict[str, dict] = {}  # identity -> the formula's data
        for family in FAMILIES:
            fam = QStandardItem(QCoreApplication.translate("catalog", family))
            fam.setEditable(False)
            fam.setSelectable(False)
            for act in ACTIVATIONS.values():
                if act.family != family:
                    continue
                name = QCoreApplication.translate("catalog", act.name)
                item = QStandardItem(name)
                item.setEditable(False)
                item.setCheckable(True)
                item.setData(act.id, ID_ROLE)
                names = every_language("catalog", act.name)  # the window's name among them
                item.setData(search_key(" ".join((act.id, *names, *act.aliases))), SEARCH_ROLE)
                fam.appendRow(item)
                self._items[act.id] = item
            self.appendRow(fam)
        self.mine = QStandardItem(QCoreApplication.translate("catalog", FORMULA_FAMILY))
        self.mine.setEditable(False)
        self.mine.setSelectable(False)
        new = QStandardItem(self.tr("New function\u2026"))
        new.setEditable(False)
        new.setData(NEW_FUNCTION, ID_ROLE)
        new.setData(search_key(new.text()), SEARCH_ROLE)
        new.setToolTip(self.tr("Type a formula of x: its parameters get spin boxes, f\u2032 and f\u2033 "
                               "are exact"))
        self.mine.appendRow(new)
        self.appendRow(self.mine)
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
            if act_id in ACTIVATIONS:
                return formula_tooltip(ACTIVATIONS[act_id])
        return super().data(index, role)

    def item_for(self, act_id: str) -> QStandardItem:
        return self._items[act_id]

    def add_formula(self, data: dict) -> str:
        """An entry under My functions for the formula ``data`` (if new); its identity."""
        identity = f"={data['text']}\0{data['name']}"
        if identity not in self._items:
            item = QStandardItem(data["name"])
            item.setEditable(False)
            item.setCheckable(True)
            item.setData(identity, ID_ROLE)
            item.setData(data, FORMULA_ROLE)
            item.setData(search_key(f"{data['name']} {data['text']}"), SEARCH_ROLE)
            item.setToolTip(data["text"])
            self.mine.appendRow(item)
            self._items[identity] = item
            self.formulas[identity] = data
        return identity

    def sync(self, *_):
        """Tick and colour entries from the session's curves (adding an entry for each formula)."""
        self._syncing = True
        try:
            first: dict[str, str] = {}
            for c in self.session_model.session.curves:
                if c.formula is not None:
                    self.add_formula(plain_data(c.formula))
                first.setdefault(c.identity, c.color)
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
        if self._syncing or act_id is None or act_id == NEW_FUNCTION:
            return
        document = self.session_model.document
        if item.checkState() == Qt.CheckState.Checked:
            formula = item.data(FORMULA_ROLE)
            if formula is None:
                document.add_curve(act_id)
            else:
                try:
                    document.add_curve(FORMULA, formula=formula)
                except ValueError:  # a remembered formula this version cannot read
                    self._syncing = True
                    item.setCheckState(Qt.CheckState.Unchecked)
                    self._syncing = False
        else:
            document.remove_function(act_id)


class CatalogFilter(QSortFilterProxyModel):
    """Search the catalog by id, name or alias; families stay while a child matches."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(SEARCH_ROLE)

    def set_search(self, text: str) -> None:
        self.setFilterFixedString(search_key(text.strip()))


def search_key(text: str) -> str:
    """Text as search compares it: case and accents folded (sigmoide finds sigmoïde), widths
    unified (ｼｸﾞﾓｲﾄﾞ finds シグモイド), "-" read as "_" (h-swish finds h_swish)."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("-", "_"))
    latin_accents = range(0x300, 0x370)  # not kana's voicing marks: バ is not ハ
    return unicodedata.normalize("NFKC", "".join(c for c in folded if ord(c) not in latin_accents))
