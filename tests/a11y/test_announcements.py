"""A changed answer is announced to screen readers once, after typing pauses, in the headline's words.

Typed key by key into the real window (``qtbot.keyClicks`` sends one key event per character), with
the pauses a person makes; what the announcer said is what Qt handed to the platform's bridge (the
AT-SPI test in ``test_atspi.py`` hears it on the real bus).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.ui.widgets.announcer import PAUSE_MS
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 6)
KEY_GAP_MS = 120  # a person typing steadily: well under the pause
PAUSED = PAUSE_MS + 300


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(load_policy_or_raise(default_policy_path()), today=TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def heard(window: MainWindow) -> list[str]:
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    return said


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        qtbot.keyClicks(widget, char)
        qtbot.wait(KEY_GAP_MS)


def test_nothing_is_announced_when_the_window_opens(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    qtbot.wait(PAUSED)
    assert heard == []


def test_a_typed_treatment_is_announced_once_with_the_new_date(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    row = window.history.rows[0]
    type_slowly(qtbot, row.product.lineEdit(), "botox")
    qtbot.keyClick(row.product.lineEdit(), Qt.Key.Key_Tab)
    type_slowly(qtbot, row.date.edit, "25 Nov 2026")
    assert heard == [], "nothing while typing: a half-typed date is never said"
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=PAUSED + 500)
    assert heard == [window.headline.spoken()]
    assert "Earliest date for microneedling: Wednesday 9 December 2026" in heard[0]
    assert "Too early." in heard[0]  # today, 6 Dec, is three days before
    qtbot.wait(PAUSED)
    assert len(heard) == 1, "said once"


def test_an_unfinished_row_is_announced_as_what_to_check_and_no_verdict(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    row = window.history.rows[0]
    type_slowly(qtbot, row.product.lineEdit(), "botox")
    qtbot.keyClick(row.product.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=PAUSED + 500)
    assert heard[0] == "Check row 1: type the date of the injection."
    assert "Too early" not in window.timeline.accessibleDescription()
    assert "Ideal" not in window.timeline.accessibleDescription()


def test_an_unchanged_answer_is_not_said_again(qtbot: QtBot, window: MainWindow, heard: list[str]) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text("25 Nov 2026")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=PAUSED + 500)
    # Retype the same date: the answer changes on the way ("Check row 1") and comes back unchanged.
    row.date.edit.selectAll()
    type_slowly(qtbot, row.date.edit, "25 Nov 2026")
    qtbot.wait(PAUSED)
    assert len(heard) == 1
    # Another area changes nothing in the answer: nothing to say.
    type_slowly(qtbot, row.area, "forehead")
    qtbot.wait(PAUSED)
    assert len(heard) == 1


def test_each_pause_with_a_new_answer_is_one_announcement(
    qtbot: QtBot, window: MainWindow, heard: list[str]
) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    type_slowly(qtbot, row.date.edit, "25 Nov 2026")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=PAUSED + 500)
    type_slowly(qtbot, window.proposed.edit, "25 Dec 2026")
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=PAUSED + 500)
    assert "Ideal." in heard[1] and "25 Dec 2026 (proposed date)" in heard[1]
    assert heard[1] == window.headline.spoken()


def test_the_results_area_holds_what_it_shows(window: MainWindow) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text("25 Nov 2026")
    said = window.results.accessibleDescription()
    assert said == window.headline.spoken() and "Wednesday 9 December 2026" in said


@pytest.mark.parametrize("lang", ["es"])
def test_spanish_announcement(
    qtbot: QtBot, switch_to: Callable[[str], str], lang: str, heard: list[str], window: MainWindow
) -> None:
    switch_to(lang)
    qtbot.wait(PAUSED)
    heard.clear()  # the language switch itself says the answer in the new words
    row = window.history.rows[0]
    row.product.set_product("botox")
    type_slowly(qtbot, row.date.edit, "25 nov 2026")
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=PAUSED + 500)
    assert heard[0].startswith(
        "Primera fecha posible para el microneedling: miércoles, 9 de diciembre de 2026"
    )
    switch_to("en")
