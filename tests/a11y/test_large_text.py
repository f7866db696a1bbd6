"""At 1.5× and 2× the desktop's text size nothing is clipped in the window (WCAG 1.4.4 Resize text)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from a11y_fit import clipped
from a11y_support import fill_realistic_plan
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from gui.ui.window.main_window import MainWindow

START = QSize(1280, 800)
SCREEN = QSize(1920, 1080)


def big_window(
    qtbot: QtBot, make_window: Callable[[], MainWindow], font_scale: Callable[[float], QFont], scale: float
) -> MainWindow:
    font_scale(scale)  # before the window exists, as when the desktop's text size is set
    window = make_window()
    fill_realistic_plan(window)
    window.resize(START.expandedTo(window.minimumSizeHint()))  # a window may grow with its text
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # word-wrapped labels settle their height for their width
    return window


CASES = [(1.5, False, "en"), (2.0, False, "en"), (2.0, True, "en"), (2.0, False, "es"), (2.0, True, "es")]
IDS = ["1.5x", "2x", "2x-high-contrast", "2x-spanish", "2x-spanish-high-contrast"]
PRODUCT = "ProductCombo "


@pytest.mark.parametrize(("scale", "high_contrast", "code"), CASES, ids=IDS)
def test_nothing_is_clipped_at_large_text(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    font_scale: Callable[[float], QFont],
    theme: Callable[[bool], None],
    switch_to: Callable[[str], str],
    scale: float,
    high_contrast: bool,
    code: str,
) -> None:
    assert switch_to(code) == code
    theme(high_contrast)
    window = big_window(qtbot, make_window, font_scale, scale)
    assert window.width() <= SCREEN.width() and window.height() <= SCREEN.height()
    assert clipped(window) == []
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None and geometry.legend, "the legend that explains the patterns is drawn"
    assert window.timeline.height() >= window.timeline.sizeHint().height()
    for label in geometry.labels():
        assert geometry.rect.contains(label.box), label.text


@pytest.mark.parametrize(("scale", "high_contrast", "code"), CASES, ids=IDS)
def test_the_longest_product_name_fits(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    font_scale: Callable[[float], QFont],
    theme: Callable[[bool], None],
    switch_to: Callable[[str], str],
    scale: float,
    high_contrast: bool,
    code: str,
) -> None:
    assert switch_to(code) == code
    theme(high_contrast)
    window = big_window(qtbot, make_window, font_scale, scale)
    combo = window.history.rows[0].product
    for index in range(combo.count()):  # every name in the list, chosen in turn
        if combo.itemData(index) is not None:
            combo.setCurrentIndex(index)
            assert [p for p in clipped(window) if p.startswith(PRODUCT)] == []
