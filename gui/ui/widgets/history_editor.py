"""Rows of prior treatments: product (grouped by class, type-to-search), date, precision and area.

The editor only collects what was typed; the main window turns complete rows into treatments.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QPushButton, QStyle, QVBoxLayout, QWidget

from gui.core import DateOrder, Policy
from gui.store.date_order import system_date_order
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.column_scroll import ColumnScroll
from gui.ui.widgets.history_row import HistoryRow, RowEntry


class HistoryEditor(Retranslating, QWidget):
    """A growing list of :class:`HistoryRow` cards; emits ``history_changed`` on any edit."""

    history_changed = Signal()
    add_requested = Signal()  # the Add button: the window makes it an undoable command
    remove_requested = Signal(int)  # a row's ✕ (or its shortcut), by row index

    def __init__(self, policy: Policy, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._policy, self._today = policy, today
        self._order: DateOrder | None = system_date_order()
        self._rows: list[HistoryRow] = []
        self._tab_tail: tuple[QWidget, ...] = ()
        self._list_host = QWidget()
        self._list = QVBoxLayout(self._list_host)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.addStretch(1)
        # Never squeezed below the rows' own minimum width: a date field narrower than its text would
        # show "0 Nov 2026" for "10 Nov 2026".
        scroll = ColumnScroll(self._list_host, self)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the rows take focus and scroll into view
        self._scroll = scroll
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()
        self.add_row()

    def retranslate_ui(self) -> None:
        self.add_button.setText(self.tr("&Add treatment"))
        self.add_button.setToolTip(self.tr("Add a treatment (Ctrl+T)"))

    @property
    def rows(self) -> tuple[HistoryRow, ...]:
        return tuple(self._rows)

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a whole row card: the splitter may not squeeze the cards into clipping."""
        hint = super().minimumSizeHint()
        # The scroll bar as it is drawn (a style sheet may widen it: 1 em in high contrast, 2× text).
        scrollbar = max(
            self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent),
            self._scroll.verticalScrollBar().sizeHint().width(),
        )
        return QSize(self._list_host.minimumSizeHint().width() + scrollbar + 4, hint.height())

    @Slot()
    def add_row(self) -> HistoryRow:
        row = self._append_row()
        row.product.setFocus()
        QTimer.singleShot(0, row, lambda: self._scroll.ensureWidgetVisible(row))
        self.history_changed.emit()
        return row

    def _append_row(self) -> HistoryRow:
        return self._insert(len(self._rows))

    def _insert(self, index: int) -> HistoryRow:
        row = HistoryRow(self._policy, self._today, self._list_host)
        row.date.set_order(self._order)
        self._rows.insert(index, row)
        self._list.insertWidget(index, row)
        row.changed.connect(self.history_changed)
        row.remove_requested.connect(lambda r: self.remove_requested.emit(self._rows.index(r)))
        self._renumber()
        return row

    def insert_row(self, index: int, entry: RowEntry | None = None) -> HistoryRow:
        """A row at ``index`` (clamped), holding ``entry`` if given; it gets the focus."""
        row = self._insert(max(0, min(index, len(self._rows))))
        if entry is not None:
            row.restore(entry)
        row.product.setFocus()
        QTimer.singleShot(0, row, lambda: self._scroll.ensureWidgetVisible(row))
        self.history_changed.emit()
        return row

    def take_row(self, index: int) -> RowEntry:
        """Remove row ``index`` and return what it held; the focus moves to the row now in its place
        (whose field starts a fresh undo history, so Ctrl+Z there brings the row back)."""
        row = self._rows[index]
        entry = row.entry()
        self.remove_row(row)
        focused = self._rows[min(index, len(self._rows) - 1)].product.lineEdit()
        if focused is not None:
            focused.setText(focused.text())  # setText empties a field's own undo history
        return entry

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
        chain = [w for row in self._rows for w in row.widgets()] + [self.add_button, *self._tab_tail]
        for before, after in pairwise(chain):  # rows left to right, then Add, then what follows
            QWidget.setTabOrder(before, after)

    def set_tab_tail(self, widgets: tuple[QWidget, ...]) -> None:
        """What Tab reaches after Add, kept in place as rows come and go.

        A row made after start-up joins the end of the window's focus chain; chaining only the rows
        and Add would leave whatever followed Add behind them.
        """
        self._tab_tail = widgets
        self._renumber()

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

    def set_order(self, order: DateOrder | None) -> None:
        """The desk's numeric date order, for every row and every row added later."""
        self._order = order
        for row in self._rows:
            row.date.set_order(order)

    def set_today(self, today: date) -> None:
        self._today = today
        for row in self._rows:
            row.set_today(today)

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
