"""Rows of prior treatments: product (grouped by class, type-to-search), date, precision and area.

The editor only collects what was typed; the main window turns complete rows into treatments.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
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
        self.lineEdit().setPlaceholderText("Product…")
        self.setAccessibleName("Product")
        self.set_policy(policy)

    def set_policy(self, policy: Policy) -> None:
        model = QStandardItemModel(self)
        for class_id, product_class in policy.classes.items():
            header = QStandardItem(product_class.name.upper())
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            model.appendRow(header)
            for product in policy.products.values():
                if product.class_id == class_id:
                    item = QStandardItem(f"  {product.name}")
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

    def product_id(self) -> str | None:
        return self._ids_by_name.get(self.currentText().strip().casefold())

    def set_product(self, product_id: str | None) -> None:
        index = self.findData(product_id, Qt.ItemDataRole.UserRole) if product_id else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class HistoryRow(QWidget):
    """One treatment row. ``changed`` fires on every edit; ``remove_requested`` on its ✕ button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self._connect_signals()
        self._sync_around()

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
    """A growing list of :class:`HistoryRow`; emits ``history_changed`` on any edit."""

    history_changed = Signal()
    COLUMNS = ("Product", "Date", "How sure", "", "Area", "")

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy, self._today = policy, today
        self._rows: list[HistoryRow] = []
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.setColumnStretch(1, 1)
        for column, title in enumerate(self.COLUMNS):
            if title:
                self._grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll
        self.add_button = QPushButton("&Add treatment", self)
        self.add_button.setToolTip("Add a row (Ctrl+T)")
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_row()

    @property
    def rows(self) -> tuple[HistoryRow, ...]:
        return tuple(self._rows)

    @Slot()
    def add_row(self) -> HistoryRow:
        row = HistoryRow(self._policy, self._today, self._grid_host)
        self._rows.append(row)
        self._relayout()
        row.changed.connect(self.history_changed)
        row.remove_requested.connect(self.remove_row)
        row.product.setFocus()
        self._scroll.ensureWidgetVisible(row.product)
        self.history_changed.emit()
        return row

    @Slot(object)
    def remove_row(self, row: HistoryRow) -> None:
        if row not in self._rows:
            return
        index = self._rows.index(row)
        self._rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
        row.deleteLater()
        if not self._rows:
            self.add_row()
        else:
            self._relayout()
            self._rows[min(index, len(self._rows) - 1)].product.setFocus()
        self.history_changed.emit()

    def _relayout(self) -> None:
        for number, row in enumerate(self._rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, number, column, Qt.AlignmentFlag.AlignTop)
            row.remove_button.setAccessibleName(f"Remove treatment {number}")
        chain = [w for row in self._rows for w in row.widgets()] + [self.add_button]
        for before, after in pairwise(chain):  # rows left to right, then Add
            QWidget.setTabOrder(before, after)

    def entries(self) -> list[RowEntry]:
        return [row.entry() for row in self._rows]

    def restore(self, entries: list[RowEntry]) -> None:
        """Replace all rows with ``entries`` (used by Undo after New patient)."""
        self.blockSignals(True)
        try:
            while self._rows:
                row = self._rows.pop()
                for widget in row.widgets():
                    self._grid.removeWidget(widget)
                row.deleteLater()
            for entry in entries or [None]:
                row = self.add_row()
                if entry is not None:
                    row.restore(entry)
        finally:
            self.blockSignals(False)
        self.history_changed.emit()

    def clear(self) -> None:
        self.restore([])

    def set_today(self, today: date) -> None:
        self._today = today
        for row in self._rows:
            row.date.set_today(today)
