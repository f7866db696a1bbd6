"""Rows of prior treatments: product (grouped by class, type-to-search), date, precision and area.

The editor only collects what was typed; the main window turns complete rows into treatments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..timing import MAX_AROUND_DAYS, Policy, Precision, check_not_future
from .date_entry import DateEntry

PRECISIONS = (
    (Precision.EXACT, "Exact day"),
    (Precision.AROUND, "Around (± days)"),
    (Precision.MONTH, "Month only"),
)
DEFAULT_AROUND_DAYS = 7


@dataclass(frozen=True)
class RowEntry:
    """What one row holds right now. ``product_id`` is None until a listed product is chosen."""

    product_id: str | None
    date_text: str
    parsed_first: date | None
    parsed_precision: Precision | None
    precision: Precision
    plus_minus_days: int
    area: str
    error: str

    @property
    def is_blank(self) -> bool:
        return self.product_id is None and not self.date_text.strip() and not self.area.strip()


class ProductCombo(QComboBox):
    """Products grouped under non-selectable class headers; typing filters by any part of the name."""

    def __init__(self, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor = self.lineEdit()
        if editor is not None:
            editor.setPlaceholderText("Product… (type to search)")
        self.setAccessibleName("Product")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.set_policy(policy)

    def set_policy(self, policy: Policy) -> None:
        model = QStandardItemModel(self)
        for class_id, product_class in policy.classes.items():
            header = QStandardItem(product_class.name)
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(self.font())
            font.setBold(True)
            header.setFont(font)
            model.appendRow(header)
            for product in policy.products.values():
                if product.class_id == class_id:
                    item = QStandardItem(product.name)
                    item.setData(product.id, Qt.ItemDataRole.UserRole)
                    model.appendRow(item)
        self.setModel(model)
        completer = QCompleter([p.name for p in policy.products.values()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._ids_by_name = {p.name.casefold(): p.id for p in policy.products.values()}
        self._ids_by_name.update({p.id: p.id for p in policy.products.values()})
        self.setCurrentIndex(-1)

    def _show_start(self) -> None:
        editor = self.lineEdit()
        if editor is not None and not editor.hasFocus():
            editor.setCursorPosition(0)  # a long name reads from its start, not its end

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_start()

    def product_id(self) -> str | None:
        return self._ids_by_name.get(self.currentText().strip().casefold())

    def set_product(self, product_id: str | None) -> None:
        index = self.findData(product_id, Qt.ItemDataRole.UserRole) if product_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._show_start()


class HistoryRow(QFrame):
    """One treatment, as a two-line card. ``changed`` fires on every edit; ``remove_requested`` on ✕."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(self)
        self.product = ProductCombo(policy, self)
        self.date = DateEntry(today, check=check_not_future, accessible_name="Treatment date", parent=self)
        self.precision = QComboBox(self)
        for precision, label in PRECISIONS:
            self.precision.addItem(label, precision)
        self.precision.setAccessibleName("How sure is the date")
        self.around = QSpinBox(self)
        self.around.setRange(1, MAX_AROUND_DAYS)
        self.around.setValue(DEFAULT_AROUND_DAYS)
        self.around.setPrefix("± ")
        self.around.setSuffix(" days")
        self.around.setAccessibleName("Plus or minus days")
        self.area = QLineEdit(self)
        self.area.setPlaceholderText("Area (optional)")
        self.area.setAccessibleName("Treated area (optional)")
        self.remove_button = QToolButton(self)
        self.remove_button.setText("✕")
        self.remove_button.setToolTip("Remove this treatment")
        self.remove_button.setAccessibleName("Remove treatment")
        self._lay_out()
        self._connect_signals()
        self._sync_around()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.product, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.date, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.remove_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        how_sure = QHBoxLayout()
        how_sure.addWidget(self.precision)
        how_sure.addWidget(self.around)
        how_sure.addStretch(1)
        grid.addLayout(how_sure, 1, 1)
        grid.addWidget(self.area, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self.date.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 14)

    def set_number(self, number: int) -> None:
        self.number.setText(f"{number}.")
        self.setAccessibleName(f"Treatment {number}")
        self.remove_button.setAccessibleName(f"Remove treatment {number}")

    def _connect_signals(self) -> None:
        self.product.currentTextChanged.connect(self._on_edited)
        self.date.changed.connect(self._on_date_changed)
        self.precision.currentIndexChanged.connect(self._on_edited)
        self.around.valueChanged.connect(self._on_edited)
        self.area.textChanged.connect(self._on_edited)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.product, self.date, self.precision, self.around, self.area, self.remove_button)

    @Slot()
    def _on_date_changed(self) -> None:
        parsed = self.date.parsed
        if parsed is not None and parsed.precision is Precision.MONTH:
            self.set_precision(Precision.MONTH)  # "Nov 2026" means month only
        self._on_edited()

    @Slot()
    def _on_edited(self) -> None:
        self._sync_around()
        self.changed.emit()

    def _sync_around(self) -> None:
        self.around.setEnabled(self.current_precision() is Precision.AROUND)

    def current_precision(self) -> Precision:
        value = self.precision.currentData()
        return value if isinstance(value, Precision) else Precision.EXACT

    def set_precision(self, precision: Precision) -> None:
        self.precision.setCurrentIndex(self.precision.findData(precision))

    def entry(self) -> RowEntry:
        parsed = self.date.parsed
        product_id = self.product.product_id()
        error = self.date.error
        if not error and self.product.currentText().strip() and product_id is None:
            error = f"{self.product.currentText().strip()!r} is not on the list; choose a product."
        return RowEntry(
            product_id=product_id,
            date_text=self.date.text(),
            parsed_first=parsed.first if parsed else None,
            parsed_precision=parsed.precision if parsed else None,
            precision=self.current_precision(),
            plus_minus_days=self.around.value(),
            area=self.area.text(),
            error=error,
        )

    def restore(self, entry: RowEntry) -> None:
        self.product.set_product(entry.product_id)
        self.date.set_text(entry.date_text)
        self.set_precision(entry.precision)
        self.around.setValue(entry.plus_minus_days)
        self.area.setText(entry.area)


class HistoryEditor(QWidget):
    """A growing list of :class:`HistoryRow` cards; emits ``history_changed`` on any edit."""

    history_changed = Signal()

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy, self._today = policy, today
        self._rows: list[HistoryRow] = []
        self._list_host = QWidget()
        self._list = QVBoxLayout(self._list_host)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll
        self.add_button = QPushButton("&Add treatment", self)
        self.add_button.setToolTip("Add a treatment (Ctrl+T)")
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()

    @property
    def rows(self) -> tuple[HistoryRow, ...]:
        return tuple(self._rows)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a whole row card: the splitter may not squeeze the cards into clipping."""
        hint = super().minimumSizeHint()
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(self._list_host.minimumSizeHint().width() + scrollbar + 4, hint.height())

    @Slot()
    def add_row(self) -> HistoryRow:
        row = self._append_row()
        row.product.setFocus()
        QTimer.singleShot(0, row, lambda: self._scroll.ensureWidgetVisible(row))
        self.history_changed.emit()
        return row

    def _append_row(self) -> HistoryRow:
        row = HistoryRow(self._policy, self._today, self._list_host)
        self._rows.append(row)
        self._list.insertWidget(self._list.count() - 1, row)
        row.changed.connect(self.history_changed)
        row.remove_requested.connect(self.remove_row)
        self._renumber()
        return row

    @Slot(object)
    def remove_row(self, row: HistoryRow) -> None:
        if row not in self._rows:
            return
        index = self._rows.index(row)
        self._drop(row)
        if not self._rows:
            self._append_row()
        self._renumber()
        self._rows[min(index, len(self._rows) - 1)].product.setFocus()
        self.history_changed.emit()

    def _drop(self, row: HistoryRow) -> None:
        self._rows.remove(row)
        self._list.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _renumber(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            row.set_number(number)
        chain = [w for row in self._rows for w in row.widgets()] + [self.add_button]
        for before, after in pairwise(chain):  # rows left to right, then Add
            QWidget.setTabOrder(before, after)

    def entries(self) -> list[RowEntry]:
        return [row.entry() for row in self._rows]

    def restore(self, entries: list[RowEntry]) -> None:
        """Replace all rows with ``entries`` (used by Undo after New patient)."""
        for row in list(self._rows):
            self._drop(row)
        for entry in entries:
            self._append_row().restore(entry)
        if not self._rows:
            self._append_row()
        self._renumber()
        self.history_changed.emit()

    def clear(self) -> None:
        self.restore([])

    def set_today(self, today: date) -> None:
        self._today = today
        for row in self._rows:
            row.date.set_today(today)

    def set_policy(self, policy: Policy) -> None:
        """A new policy (edited, imported or shared): rows keep their product when it still exists."""
        self._policy = policy
        for row in self._rows:
            chosen = row.product.product_id()
            typed = row.product.currentText()
            row.product.blockSignals(True)
            row.product.set_policy(policy)
            if chosen in policy.products:
                row.product.set_product(chosen)
            else:
                row.product.setEditText(typed)  # stays visible, and is reported as not on the list
            row.product.blockSignals(False)
