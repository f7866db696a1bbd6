"""The policy editor's table: one row per rule, problem cells marked with an icon, colour and words."""

from __future__ import annotations

from collections.abc import Callable
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


# How a cell of an editor table opens for editing: double-click, F2 or typing.
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)


def column_of(field: str) -> int:
    """The column showing a rule field; sources and whole-row problems mark the first column."""
    return COLUMN_FIELDS.index(field) if field in COLUMN_FIELDS[2:] else 0


class MarkedTableModel(QAbstractTableModel):
    """An editor table of frozen rows, each value the text a person edits, with problem marks (icon,
    colour and words) on cells; ``edited`` fires after a person changes a value. A subclass names its
    columns (``headers``, ``fields``, ``editable``) and says each cell (``_text``, ``_tooltip``)."""

    edited = Signal()
    headers: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()  # the row field each column shows ('' for a label column)
    editable: frozenset[int] = frozenset()
    context = "PolicyEditor"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.marks: dict[tuple[int, int], str] = {}
        self.read_only = False

    def column_of(self, field: str) -> int:
        """The column showing a field; fields edited below the table mark the first column."""
        return self.fields.index(field) if field and field in self.fields else 0

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.marks = {}
        self.endResetModel()

    def set_field(self, row: int, field: str, value: Any) -> None:
        """Change one field of one row (from a cell or from the detail area below the table)."""
        if getattr(self.rows[row], field) == value:
            return
        self.rows[row] = replace(self.rows[row], **{field: value})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))
        self.edited.emit()

    def insert_row(self, position: int, row: Any) -> None:
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
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.headers) - 1))

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
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.context, self.headers[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.editable and not self.read_only:
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
        self.set_field(index.row(), self.fields[index.column()], str(value).strip())
        return True

    def _text(self, row: Any, column: int, editing: bool) -> str:
        raise NotImplementedError

    def _tooltip(self, row: Any, column: int) -> str:
        raise NotImplementedError


class RuleTableModel(MarkedTableModel):
    """One row per rule: the label columns, the waits, the evidence and the basis."""

    headers = COLUMNS
    fields = COLUMN_FIELDS
    editable = EDITABLE_COLUMNS
    rows: list[RuleRow]

    def _text(self, row: RuleRow, column: int, editing: bool) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return row.target_label
        value = str(getattr(row, COLUMN_FIELDS[column]))
        if column == EVIDENCE_COLUMN and not editing:
            return evidence_text(value, ui_language())
        return value

    def _tooltip(self, row: RuleRow, column: int) -> str:
        if column == 0:
            return row.covers
        if column == len(COLUMNS) - 1:
            return row.basis
        if column == COLUMN_FIELDS.index("recommended"):
            return words(RECOMMENDED_HINT)
        return words(DURATION_HINT) if column in DURATION_COLUMNS else ""


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited with a combo box of fixed choices, shown in words: ``choices()`` gives (words,
    value) pairs in the interface language, ``name()`` the combo's accessible name."""

    def __init__(
        self, choices: Callable[[], list[tuple[str, str]]], name: Callable[[], str], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._choices, self._name = choices, name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._name())
        for said, value in self._choices():
            combo.addItem(said, value)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def evidence_delegate(parent: QObject) -> ChoiceDelegate:
    """The evidence cell: the allowed levels, in words."""
    return ChoiceDelegate(
        lambda: [(evidence_text(level, ui_language()), level) for level in EVIDENCE_LEVELS],
        lambda: words(FIELD_WORDS["evidence"]),
        parent,
    )


def editable_table(model: MarkedTableModel, name: str, parent: QWidget) -> QTableView:
    """An editor table: one cell selected at a time, edited by double-click, F2 or typing; Tab leaves
    the table and the arrows move within it."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(EDIT_TRIGGERS)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def make_rule_view(model: RuleTableModel, parent: QWidget) -> QTableView:
    """The rules' table, the basis column taking the spare width."""
    view = editable_table(model, translate("PolicyEditor", "Timing rules"), parent)
    view.setItemDelegateForColumn(EVIDENCE_COLUMN, evidence_delegate(view))
    view.horizontalHeader().setStretchLastSection(True)
    size_columns(view)
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
