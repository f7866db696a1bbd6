"""The clinic calendar fields of the settings: opening weekdays and a list of closure dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui.core import DateParseError, ParsedDate, Precision, Tense, format_day_month, format_month
from gui.core.dates import WEEKDAYS
from gui.ui.dialogs.common import push_button
from gui.ui.i18n import QT_TRANSLATE_NOOP, translate, ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.date_entry import DateEntry

OPEN_ON = (
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Mondays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Tuesdays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Wednesdays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Thursdays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Fridays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Saturdays"),
    QT_TRANSLATE_NOOP("WeekdayBoxes", "Open on Sundays"),
)


def check_one_day(parsed: ParsedDate, _today: date, lang: str = "en") -> None:
    """A closure is one whole day: refuse a month ('Dec 2026') or a few days ('2 weeks ago' is about
    20–26 Nov); past days are fine."""
    if parsed.precision is Precision.MONTH:
        month = format_month(parsed.first.year, parsed.first.month, lang)
        text = translate("ClosuresField", "{month} is a whole month; add each closed day on its own.")
        raise DateParseError(text.format(month=month))
    if parsed.precision is not Precision.EXACT:
        text = translate(
            "ClosuresField", "That is any day from {first} to {last}; add each closed day on its own."
        )
        first, last = format_day_month(parsed.first, lang), format_day_month(parsed.last, lang)
        raise DateParseError(text.format(first=first, last=last))


class WeekdayBoxes(Retranslating, QWidget):
    """Seven check boxes, Monday first; each box's accessible name is the full day name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for _day in range(7):
            box = QCheckBox(self)
            box.toggled.connect(self.changed)
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)
        self.setFocusProxy(self.boxes[0])
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Day names in the interface language: 'Mon' / 'Lun', the full name for screen readers."""
        for box, name, tip in zip(self.boxes, WEEKDAYS[ui_language()], OPEN_ON, strict=True):
            name = name[:1].upper() + name[1:]
            box.setText(name[:3])
            box.setAccessibleName(name)
            box.setToolTip(translate("WeekdayBoxes", tip))

    def weekdays(self) -> frozenset[int]:
        return frozenset(day for day, box in enumerate(self.boxes) if box.isChecked())

    def set_weekdays(self, days: frozenset[int]) -> None:
        for day, box in enumerate(self.boxes):
            box.setChecked(day in days)


class ClosuresField(Retranslating, QWidget):
    """Closed days as a sorted list ('25 Dec 2026'); a date entry with Add, and Remove for the selection."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setMinimumHeight(self.fontMetrics().height() * 5)
        # Closures are mostly days to come: '24 Dec' is the coming one, and the examples are single days.
        self.entry = DateEntry(today, check=check_one_day, tense=Tense.FUTURE)
        self.add_button = push_button("", "", self)
        self.remove_button = push_button("", "", self)
        self._lay_out()
        self.retranslate_ui()
        self.entry.changed.connect(self._on_entry_changed)
        self.entry.edit.returnPressed.connect(self._on_add)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.itemSelectionChanged.connect(self._sync_buttons)
        self._sync_buttons()

    def retranslate_ui(self) -> None:
        self.list.setAccessibleName(self.tr("Closure dates"))
        self.entry.set_labels(self.tr("Closure date to add"), self.tr("e.g. 25 Dec 2026"))
        self.add_button.setText(self.tr("&Add"))
        self.add_button.setAccessibleName(self.tr("Add the closure date"))
        self.remove_button.setText(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected closure dates"))
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setText(format_day_month(self._day(item), ui_language()))

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.entry, 0, 0)
        grid.addWidget(self.add_button, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.list, 1, 0)
        buttons = QVBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 1)
        self.setFocusProxy(self.entry)

    def closures(self) -> frozenset[date]:
        return frozenset(self._day(self.list.item(i)) for i in range(self.list.count()))

    def set_closures(self, days: frozenset[date]) -> None:
        self.list.clear()
        for day in sorted(days):
            self._insert(day)
        self._sync_buttons()

    def add_day(self, day: date) -> bool:
        """Add ``day`` in date order; False when it is already listed."""
        if day in self.closures():
            return False
        self._insert(day)
        self.changed.emit()
        return True

    def add_typed(self) -> None:
        """Add the day typed and not yet added: saving keeps what was typed, Add pressed or not."""
        parsed = self.entry.parsed  # None while the field is empty
        if parsed is not None:
            self.add_day(parsed.first)  # already listed: nothing to add
            self.entry.clear()

    def typed_problem(self) -> str:
        """Why the text typed to add is not a closure date ('' when there is none, or it is one)."""
        if not self.entry.text().strip() or self.entry.parsed is not None:
            return ""
        return self.tr("the date typed to add is not understood: correct it or clear it")

    @staticmethod
    def _day(item: QListWidgetItem) -> date:
        day = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(day, date)
        return day

    def _insert(self, day: date) -> None:
        row = sum(1 for i in range(self.list.count()) if self._day(self.list.item(i)) < day)
        item = QListWidgetItem(format_day_month(day, ui_language()))
        item.setData(Qt.ItemDataRole.UserRole, day)
        self.list.insertItem(row, item)

    @Slot()
    def _on_add(self) -> None:
        parsed = self.entry.parsed
        if parsed is None:
            return
        if self.add_day(parsed.first):
            self.entry.clear()
        else:
            text = self.tr("{date} is already in the list.")
            self.entry.echo.setText(text.format(date=format_day_month(parsed.first, ui_language())))
        self.entry.setFocus()

    @Slot()
    def _on_remove(self) -> None:
        rows = sorted((self.list.row(item) for item in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()
        self._sync_buttons()

    @Slot()
    def _on_entry_changed(self) -> None:
        self._sync_buttons()

    @Slot()
    def _sync_buttons(self) -> None:
        self.add_button.setEnabled(self.entry.parsed is not None)
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
