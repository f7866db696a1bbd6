"""The date entry: typed text through the parser, echo in words, calendar popup, inline errors."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale
from pytestqt.qtbot import QtBot

from gui.core import DateOrder, Precision, check_not_future
from gui.store.date_order import locale_date_order as locale_order
from gui.ui.widgets.date_entry import DateEntry

TODAY = date(2026, 11, 24)


@pytest.fixture
def entry(qtbot: QtBot) -> DateEntry:
    widget = DateEntry(TODAY, check=check_not_future)
    widget.set_order(DateOrder.DAY_FIRST)
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("typed", "echo"),
    [
        ("2026-11-10", "✓ Tue 10 Nov 2026 · 2 weeks ago"),
        ("10/11/2026", "✓ Tue 10 Nov 2026 · 2 weeks ago"),
        ("12.03.2026", "✓ Thu 12 Mar 2026 · 8 months ago"),
        ("yesterday", "✓ Mon 23 Nov 2026 · yesterday"),
        ("hace 2 semanas", "✓ around 10 Nov 2026 ± 3 days · 2 weeks ago"),  # weeks ago: ± 3 days
        ("Oct 2026", "✓ October 2026 · 7 weeks ago"),
    ],
)
def test_typed_text_is_echoed_in_words(entry: DateEntry, qtbot: QtBot, typed: str, echo: str) -> None:
    with qtbot.waitSignal(entry.changed):
        qtbot.keyClicks(entry.edit, typed)
    assert entry.echo.text() == echo
    assert entry.edit.accessibleDescription() == echo


def test_errors_are_words_not_colour_alone(entry: DateEntry, qtbot: QtBot) -> None:
    qtbot.keyClicks(entry.edit, "2026-12-01")
    assert entry.parsed is None
    assert entry.echo.text() == f"⚠ {entry.error}"  # the problem in words, marked by a sign, not colour
    assert "after today" in entry.error


def test_calendar_pick_sets_month_name_text(entry: DateEntry) -> None:
    entry.calendar.clicked.emit(QDate(2026, 11, 3))
    assert entry.text() == "3 Nov 2026"
    assert entry.parsed is not None and entry.parsed.first == date(2026, 11, 3)
    assert entry.parsed.precision is Precision.EXACT


def test_locale_order_comes_from_qlocale() -> None:
    assert (
        locale_order(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) is DateOrder.MONTH_FIRST
    )
    assert locale_order(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)) is DateOrder.DAY_FIRST
    assert locale_order(QLocale(QLocale.Language.English, QLocale.Country.Canada)) is None


def test_the_calendar_says_the_whole_date_as_the_selection_moves(entry: DateEntry) -> None:
    """Qt's calendar cells say only '22': a screen-reader user hears the whole date instead."""
    calendar = entry.calendar
    calendar.setSelectedDate(QDate(2026, 11, 3))
    assert calendar.accessibleDescription() == "Tuesday 3 November 2026"
    menu_items = [a.text() for a in entry.calendar_button.menu().actions()]
    assert menu_items == [calendar.accessibleName()] and menu_items[0]
