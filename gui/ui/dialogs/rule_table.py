"""The policy editor's table: one row per rule, problem cells marked with an icon, colour and words."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui.core import EVIDENCE_LEVELS, evidence_text, target_name
from gui.drawing.theme import VERDICT_COLOURS
from gui.ui.dialogs.policy_rows import FIELD_WORDS, RuleRow, words
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language

COLUMNS = (
    QT_TRANSLATE_NOOP("PolicyEditor", "Applies to"),
    QT_TRANSLATE_NOOP("PolicyEditor", "Before"),
    *(FIELD_WORDS[f] for f in ("earliest", "recommended", "ideal_until", "effect_ends", "evidence", "basis")),
)
COLUMN_FIELDS = ("", "", "earliest", "recommended", "ideal_until", "effect_ends", "evidence", "basis")
DURATION_COLUMNS = frozenset({2, 3, 4, 5})
EVIDENCE_COLUMN = 6
EDITABLE_COLUMNS = DURATION_COLUMNS | {EVIDENCE_COLUMN}  # the basis is long: it is edited below the table
DURATION_HINT = QT_TRANSLATE_NOOP(
    "PolicyEditor",
    "Write a number and a unit: 14 days, 4 weeks, 3 months, 1 year. Double-click or type to edit.",
)
RECOMMENDED_HINT = QT_TRANSLATE_NOOP(
    "PolicyEditor",
    "The wait the clinic prefers, when longer than the earliest: between the two the desk says to ask "
    "the practitioner first. Leave empty when the earliest is preferred.",
)
_MARK_BACKGROUND, _, _MARK_TEXT = VERDICT_COLOURS["too-early"]

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: a flat table has rows only under it


def column_of(field: str) -> int:
    """The column showing a rule field; sources and whole-row problems mark the first column."""
    return COLUMN_FIELDS.index(field) if field in COLUMN_FIELDS[2:] else 0


class RuleTableModel(QAbstractTableModel):
    """Holds the rows as text and the problem marks; ``edited`` fires after a person changes a value."""

    edited = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RuleRow] = []
        self.marks: dict[tuple[int, int], str] = {}
        self.read_only = False

    def set_rows(self, rows: list[RuleRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.marks = {}
        self.endResetModel()

    def set_field(self, row: int, field: str, value: Any) -> None:
        """Change one field of one row (from a cell or from the detail area below the table)."""
        if getattr(self.rows[row], field) == value:
            return
        self.rows[row] = replace(self.rows[row], **{field: value})
        column = column_of(field)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))
        self.edited.emit()

    def insert_row(self, position: int, row: RuleRow) -> None:
        """A new rule (a product's own, copied from its class's) at ``position``."""
        self.beginInsertRows(_ROOT, position, position)
        self.rows.insert(position, row)
        self.marks = {}
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, position: int) -> None:
        self.beginRemoveRows(_ROOT, position, position)
        del self.rows[position]
        self.marks = {}
        self.endRemoveRows()
        self.edited.emit()

    def retranslate(self) -> None:
        """Headers and the words in cells (labels, evidence) follow the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def set_marks(self, marks: dict[tuple[int, int], str]) -> None:
        changed = set(marks) ^ set(self.marks) | {k for k in marks if self.marks.get(k) != marks[k]}
        self.marks = dict(marks)
        for row, column in changed:
            if row < len(self.rows):
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return words(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_COLUMNS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        mark = self.marks.get((index.row(), column), "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"⚠ {mark}" if mark else self._tooltip(row, column)
        if not mark:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(_MARK_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(_MARK_TEXT)
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return translate("PolicyEditor", "Problem: {problem}").format(problem=mark)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        self.set_field(index.row(), COLUMN_FIELDS[index.column()], str(value).strip())
        return True

    @staticmethod
    def _text(row: RuleRow, column: int, editing: bool) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return row.target_label
        value = str(getattr(row, COLUMN_FIELDS[column]))
        if column == EVIDENCE_COLUMN and not editing:
            return evidence_text(value, ui_language())
        return value

    @staticmethod
    def _tooltip(row: RuleRow, column: int) -> str:
        if column == 0:
            return row.covers
        if column == len(COLUMNS) - 1:
            return row.basis
        if column == COLUMN_FIELDS.index("recommended"):
            return words(RECOMMENDED_HINT)
        return words(DURATION_HINT) if column in DURATION_COLUMNS else ""


class EvidenceDelegate(QStyledItemDelegate):
    """The evidence cell is edited with a combo box of the allowed levels, shown in words."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(words(FIELD_WORDS["evidence"]))
        for level in EVIDENCE_LEVELS:
            combo.addItem(evidence_text(level, ui_language()), level)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def make_rule_view(model: RuleTableModel, parent: QWidget) -> QTableView:
    """The table view: keyboard-editable cells, the basis column taking the spare width."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(translate("PolicyEditor", "Timing rules"))
    view.setItemDelegateForColumn(EVIDENCE_COLUMN, EvidenceDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    size_columns(view)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def size_columns(view: QTableView) -> None:
    """Widths that fit typical content and the header, in the interface language (the rows' own
    class and product names once there are rows)."""
    width = view.fontMetrics().horizontalAdvance
    model = view.model()
    names = [row.label for row in model.rows] if isinstance(model, RuleTableModel) else []
    samples = (
        max(
            [translate("PolicyEditor", "{name} (class)").format(name="Long-acting neurotoxin"), *names],
            key=width,
        ),
        target_name("rf-microneedling", ui_language()),
        "1 month 2 weeks",
        "",
        "",
        "",
        evidence_text("expert-opinion", ui_language()),
    )
    for column, sample in enumerate(samples):
        header = words(COLUMNS[column])
        view.horizontalHeader().resizeSection(
            column, max(width(sample or "1 month 2 weeks"), width(header)) + 36
        )
