"""A date field that cannot silently produce a wrong date.

Typed text goes through the core's parser with the locale's numeric order; a calendar popup is
available; beside the field the widget echoes what it understood, in words and relative to today
("Tue 10 Nov 2026 · 2 weeks ago"), or an inline error in words, both in the interface language
("mar 10 nov 2026 · hace 2 semanas"); a language change reads the text again. QDateEdit's typed-separator
behaviour (field notes §5, pitfall 2) is why this is a line edit and not a QDateEdit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from gui.core import (
    DateOrder,
    DateParseError,
    ParsedDate,
    Tense,
    format_day_month,
    format_long,
    format_relative,
    parse_date,
    reading_text,
)
from gui.store.date_order import system_date_order
from gui.ui.app_theme import style_part
from gui.ui.i18n import ui_language
from gui.ui.retranslate import Retranslating
from gui.ui.widgets.accessible import QuietDescription, announce, name_clear_button
from gui.ui.widgets.hint_edit import HintLineEdit

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

# A check refuses a date the field must not take (a future treatment), in words in the given language.
Check = Callable[[ParsedDate, date, str], None]
# What the echo says the field's date is, in a language: the owner may widen the reading (a row's
# hand-picked precision) and the echo must say what will be counted.
Describe = Callable[[ParsedDate, str], str]
# More to say when the text is not read as a date at all: (text, today, numeric order, lang) → a
# sentence to add to the problem, or "" (a history row: "for a booked treatment, tick Planned").
Advice = Callable[[str, date, "DateOrder | None", str], str]


def understood_text(parsed: ParsedDate, lang: str) -> str:
    """'Tue 10 Nov 2026' / 'mar 10 nov 2026', or the month: what the parser understood, in ``lang``."""
    return reading_text(parsed, lang)


class DateEntry(Retranslating, QWidget):
    """Line edit + calendar button + an echo line. ``parsed`` is None while the text is empty or wrong.

    ``accessible_name`` and ``placeholder`` are translated by the owner, which passes new ones to
    :meth:`set_labels` when the language changes; without them the entry uses its own words.
    """

    changed = Signal()

    def __init__(
        self,
        today: date,
        *,
        check: Check | None = None,
        tense: Tense | None = None,
        describe: Describe | None = None,
        advice: Advice | None = None,
        placeholder: str = "",
        accessible_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._check = check
        self._tense = tense  # which way "11 Dec", "October" or "Friday" point: a past or a coming day
        self._describe = describe
        self._advice = advice
        self._order = system_date_order()  # the window sets the desk's order (Settings ▸ Numeric dates)
        self._placeholder, self._name = placeholder, accessible_name
        self._parsed: ParsedDate | None = None
        self._error = ""
        self._flag = ""  # the owner's word on a day read but not usable as it stands (see set_flag)
        self._build()
        self._connect_signals()
        self.retranslate_ui()

    # --- construction -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.edit = HintLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self._edit_description = QuietDescription(self.edit)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar: QCalendarWidget | None = None  # made when first opened: most never are
        menu = QMenu(self.calendar_button)
        menu.aboutToShow.connect(self._make_calendar)
        self.calendar_button.setMenu(menu)
        self.echo = QLabel(self)
        style_part(self.echo)  # red words when the text is not understood
        self.echo.setTextFormat(Qt.TextFormat.PlainText)
        self.echo.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        self._row = row
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.echo)
        self._column = column
        self.setFocusProxy(self.edit)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # setTabOrder skips NoFocus widgets

    def text_room(self) -> int:
        """The width that shows the typed text whole beside the calendar button: a date shown cut
        reads as another date ("0 Nov 2026" for "10 Nov 2026")."""
        spacing = max(self._row.spacing(), 0)
        return self.edit.room_for(self.edit.text()) + spacing + self.calendar_button.sizeHint().width()

    def _connect_signals(self) -> None:
        self.edit.textChanged.connect(self._on_text_changed)
        shortcut = QShortcut(QKeySequence("Alt+Down"), self.edit)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.calendar_button.showMenu)

    def retranslate_ui(self) -> None:
        """Texts in the interface language; the calendar follows the new locale.

        The numeric order does not: 03/04/2026 must not change meaning when the desk switches language.
        """
        name = self._name or self.tr("Date")
        self.edit.setPlaceholderText(self._placeholder or self.tr("e.g. 10 Nov 2026, 2 weeks ago, Nov 2026"))
        self.edit.setAccessibleName(name)
        self.setAccessibleName(name)  # the field as a whole (Tab reaches it; its edit takes the keys)
        name_clear_button(self.edit, self.tr("{name}: clear").format(name=name))
        self.calendar_button.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("{name}: pick from a calendar").format(name=name))
        if self._calendar is not None:
            self._name_calendar(self._calendar)
        # What the field understood is the echo's name (its text); what it is, its description.
        self.echo.setAccessibleDescription(self.tr("{name}: as understood").format(name=name))
        # The problem in the new words; the window reads every entry again once all have re-worded
        # theirs. Not ``changed``: a language switch is not an edit (it must not end New patient's undo).
        self._refresh()

    def _name_calendar(self, calendar: QCalendarWidget) -> None:
        name = self._name or self.tr("Date")
        calendar.setAccessibleName(self.tr("{name} calendar").format(name=name))
        calendar.setLocale(QLocale())

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar in the button's menu, made on first use (it is the costliest part)."""
        return self._make_calendar()

    @Slot()
    def _make_calendar(self) -> QCalendarWidget:
        if self._calendar is not None:
            return self._calendar
        from PySide6.QtWidgets import QCalendarWidget  # made when first opened: most never are

        calendar = QCalendarWidget()
        calendar.setGridVisible(True)
        self._name_calendar(calendar)
        self._select_in_calendar(calendar)
        calendar.clicked.connect(self._on_calendar_picked)
        calendar.activated.connect(self._on_calendar_picked)
        # Qt's calendar says only the day number ("22") as the arrows move: say the whole date.
        calendar.selectionChanged.connect(lambda: self._say_calendar_day(calendar))
        menu = self.calendar_button.menu()
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        action.setText(calendar.accessibleName())
        menu.addAction(action)
        menu.aboutToShow.connect(
            lambda: QTimer.singleShot(0, calendar, lambda: self._say_calendar_day(calendar))
        )
        self._calendar = calendar
        return calendar

    def _say_calendar_day(self, calendar: QCalendarWidget) -> None:
        chosen = calendar.selectedDate()
        said = format_long(date(chosen.year(), chosen.month(), chosen.day()), ui_language())
        calendar.setAccessibleDescription(said)
        announce(calendar, said)

    def _select_in_calendar(self, calendar: QCalendarWidget) -> None:
        if self._parsed is not None:
            day = self._parsed.first
            calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    # --- public API ---------------------------------------------------------------------------------

    def set_labels(self, accessible_name: str, placeholder: str = "") -> None:
        """The owner's translated name and placeholder (at construction, and on a language change)."""
        self._name, self._placeholder = accessible_name, placeholder
        self.retranslate_ui()

    @property
    def parsed(self) -> ParsedDate | None:
        return self._parsed

    @property
    def error(self) -> str:
        return self._error

    @property
    def today(self) -> date:
        return self._today

    def text(self) -> str:
        return self.edit.text()

    def refresh_echo(self) -> None:
        """Say again what was understood (the owner's reading of it may have changed)."""
        self._show_echo()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, day: date) -> None:
        """Set an exact day (from code, a click on the timeline or the calendar)."""
        self.edit.setText(format_day_month(day, ui_language()))

    def detach_echo(self) -> QLabel:
        """Hand the echo line to the owner's layout (a history row puts it under the whole row, so a
        long message grows the row at its foot and never moves the fields below the date)."""
        self._column.removeWidget(self.echo)
        return self.echo

    def set_check(self, check: Check | None, tense: Tense | None) -> None:
        """Another rule for what the date may be (a past treatment, or one booked ahead): the text is
        read again under it, and ``changed`` fires when that changes what it means."""
        self._check, self._tense = check, tense
        understood = (self._parsed, self._error)
        self._refresh()
        if (self._parsed, self._error) != understood:
            self.changed.emit()

    def set_flag(self, flag: str) -> None:
        """The owner's word on a day that is read but cannot be used as it stands (a course session
        moved where no appointment can be): shown in place of the ✓, in the problem's colour, so a
        tick never stands beside a day flagged elsewhere. Empty: the ✓ again."""
        if flag != self._flag:
            self._flag = flag
            self._show_echo()

    def set_today(self, today: date) -> None:
        self._today = today
        self._refresh()

    def set_order(self, order: DateOrder | None) -> None:
        """The desk's numeric order (None: refuse a date whose day and month could swap)."""
        if order is self._order:
            return
        self._order = order
        understood = (self._parsed, self._error)
        self._refresh()
        if (self._parsed, self._error) != understood:
            self.changed.emit()

    def clear(self) -> None:
        self.edit.clear()

    # --- slots --------------------------------------------------------------------------------------

    @Slot(str)
    def _on_text_changed(self, _text: str) -> None:
        self._refresh()
        self.changed.emit()

    @Slot(QDate)
    def _on_calendar_picked(self, picked: QDate) -> None:
        self.set_date(date(picked.year(), picked.month(), picked.day()))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.edit.setFocus()

    def _refresh(self) -> None:
        text, lang = self.edit.text(), ui_language()
        self._parsed, self._error = None, ""
        if text.strip():
            try:
                parsed = parse_date(text, self._today, self._order, lang, self._tense)
            except DateParseError as exc:
                advice = self._advice(text, self._today, self._order, lang) if self._advice else ""
                self._error = f"{exc} {advice}" if advice else str(exc)
            else:
                try:
                    if self._check is not None:
                        self._check(parsed, self._today, lang)
                    self._parsed = parsed
                except DateParseError as exc:
                    self._error = str(exc)
        self._show_echo()

    def _understood(self, parsed: ParsedDate, lang: str) -> str:
        if self._describe is not None:
            described = self._describe(parsed, lang)
            if described:
                return described
        return f"{understood_text(parsed, lang)} · {format_relative(parsed.first, self._today, lang)}"

    def _show_echo(self) -> None:
        if self._error:
            # The problem says itself ("Cannot read 'x' as a date…", "Tue 8 Dec 2020 is before today"):
            # no "Not understood:" before it, which was wrong for a date understood but out of range.
            text, state = f"⚠ {self._error}", "error"
        elif self._parsed is not None and self._flag:
            text, state = f"⚠ {self._understood(self._parsed, ui_language())} — {self._flag}", "error"
        elif self._parsed is not None:
            text, state = f"✓ {self._understood(self._parsed, ui_language())}", "ok"
        else:
            text, state = "", ""
        self.echo.setText(text)
        self._edit_description.set(text)
        if self.echo.property("state") != state:  # the style sheet colours by state: re-read it
            self.echo.setProperty("state", state)
            self.echo.style().unpolish(self.echo)
            self.echo.style().polish(self.echo)
        if self._calendar is not None:
            self._select_in_calendar(self._calendar)
