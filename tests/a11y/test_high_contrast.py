"""View → High contrast: switched by menu or Ctrl+Shift+H, remembered, applied at start; verdicts never
rest on colour alone (WCAG 1.4.1)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from a11y_support import fill_realistic_plan
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.drawing.theme import FOCUS_COLOUR
from gui.ui.app_theme import SETTING, HighContrastStyle, is_high_contrast
from gui.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
BLACK = QColor("black")


def press_shortcut(window: MainWindow, keys: QKeySequence) -> None:
    """Through the window system's path, so QShortcut sees it (pytest-dev/pytest-qt#254)."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, keys[0].key(), keys[0].keyboardModifiers())


def test_ctrl_shift_h_switches_high_contrast_on_and_off(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: Callable[[bool], None], qapp: QApplication
) -> None:
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    action = window.window_menus.high_contrast
    assert (
        action.isCheckable() and not action.isChecked() and action in window.window_menus.view_menu.actions()
    )
    press_shortcut(window, action.shortcut())
    assert action.isChecked() and is_high_contrast()
    style = qapp.style()
    assert isinstance(style, HighContrastStyle) and style.baseStyle().name().casefold() == "fusion"
    assert qapp.palette().color(QPalette.ColorRole.Window) == BLACK
    assert QSettings().value(SETTING, type=bool) is True
    assert FOCUS_COLOUR in window.styleSheet()
    press_shortcut(window, action.shortcut())
    assert not action.isChecked() and not is_high_contrast()
    assert qapp.palette().color(QPalette.ColorRole.Window) != BLACK
    assert QSettings().value(SETTING, type=bool) is False
    assert FOCUS_COLOUR not in window.styleSheet()


def test_a_window_built_in_high_contrast_shows_it_ticked(
    make_window: Callable[[], MainWindow], theme: Callable[[bool], None]
) -> None:
    theme(True)
    window = make_window()
    assert window.window_menus.high_contrast.isChecked()
    assert FOCUS_COLOUR in window.styleSheet()


def test_focus_is_a_thick_yellow_frame_in_high_contrast(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: Callable[[bool], None]
) -> None:
    theme(True)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    edit = window.history.rows[0].date.edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    image = edit.grab().toImage()
    middle = edit.height() // 2
    ring = [image.pixelColor(QPoint(x, middle)) for x in range(3)]
    assert all(abs(c.red() - 255) < 40 and abs(c.green() - 255) < 40 and c.blue() < 60 for c in ring), ring


SESSION = """
import sys
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMainWindow
from gui.app import create_application, run

app = create_application([])
QSettings().setValue("view/high_contrast", sys.argv[1] == "on")

def report():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible())
    print("style:", app.style().name())
    print("window:", app.palette().color(QPalette.ColorRole.Window).name())
    print("ticked:", window.window_menus.high_contrast.isChecked())
    app.quit()

QTimer.singleShot(100, report)
sys.exit(run([]))
"""


@pytest.mark.parametrize(("saved", "window", "ticked"), [("on", "#000000", True), ("off", "#efefef", False)])
def test_the_saved_choice_applies_at_start(tmp_path: Path, saved: str, window: str, ticked: bool) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-c", SESSION, saved], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert f"window: {window}" in result.stdout and f"ticked: {ticked}" in result.stdout, result.stdout


VERDICT_CASES = {  # rows typed, proposed date → the verdict frame's state
    "too-early": ((("botox", "20 Nov 2026"),), ""),
    "ideal": ((("botox", "10 Nov 2026"),), "1 Dec 2026"),
    "late": ((("botox", "1 Jun 2026"),), ""),
    "clear": ((), ""),
    "incomplete": ((("botox", ""),), ""),
}


@pytest.mark.parametrize("verdict", list(VERDICT_CASES))
def test_each_verdict_has_a_glyph_and_words_not_only_a_colour(
    make_window: Callable[[], MainWindow], verdict: str
) -> None:
    window = make_window()
    rows, proposed = VERDICT_CASES[verdict]
    for index, (product, when) in enumerate(rows):
        row = window.history.rows[0] if index == 0 else window.history.add_row()
        row.product.set_product(product)
        row.date.set_text(when)
    window.proposed.set_text(proposed)
    headline = window.headline
    assert headline.verdict_frame.property("verdict") == verdict
    glyph = headline.verdict_icon.text()
    assert glyph and not any(ch.isalnum() for ch in glyph), "a symbol, not a letter"
    words = headline.verdict_label.text()
    assert len([w for w in words.replace("<b>", " ").split() if w.isalpha()]) >= 2
    assert headline.verdict_frame.accessibleName().startswith("Verdict: ")


def test_verdicts_that_differ_have_different_glyphs(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    glyphs = {}
    for verdict in ("too-early", "ideal", "incomplete"):
        rows, proposed = VERDICT_CASES[verdict]
        window.new_patient()
        for product, when in rows:
            window.history.rows[0].product.set_product(product)
            window.history.rows[0].date.set_text(when)
        window.proposed.set_text(proposed)
        shown = window.headline.verdict_frame.isVisibleTo(window)
        glyphs[verdict] = window.headline.verdict_icon.text() if shown else ""
    assert glyphs["incomplete"] == ""  # no verdict at all while an entry is not understood
    assert len(set(glyphs.values())) == 3, glyphs


def test_the_realistic_window_in_high_contrast_keeps_its_verdict_readable(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: Callable[[bool], None]
) -> None:
    """The verdict frame is painted black with white words in high contrast (not the light tints)."""
    theme(True)
    window = make_window()
    fill_realistic_plan(window)
    window.show()
    qtbot.waitExposed(window)
    frame = window.headline.verdict_frame
    image = frame.grab().toImage()
    inside = image.pixelColor(QPoint(frame.width() // 2, frame.height() - 8))
    assert inside == BLACK


def test_verdict_words_take_the_verdicts_colour_after_the_look_changes(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: Callable[[bool], None]
) -> None:
    """An entry not understood (the attention colours), the look switched on and off, then the entry
    fixed: the verdict's words are in the verdict's own colour, not the attention text's left over."""
    from gui.drawing.theme import verdict_colours

    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    row = window.history.rows[0]
    row.product.set_product("botox")
    row.date.set_text("blah")
    for on in (True, False):
        theme(on)
        window.set_high_contrast(on)
    row.date.set_text("10 Nov 2026")
    verdict = window.plan.verdict.value if window.plan else ""
    state = window.headline.verdict_frame.property("verdict")
    text = QColor(verdict_colours(False)[state][2])
    assert verdict and window.headline.verdict_label.palette().color(QPalette.ColorRole.WindowText) == text
    assert window.headline.verdict_icon.palette().color(QPalette.ColorRole.WindowText) == text


def test_dates_are_shown_whole_in_narrow_rows(
    qtbot: QtBot, make_window: Callable[[], MainWindow], theme: Callable[[bool], None]
) -> None:
    """High contrast draws thicker borders; rows squeezed by a scroll bar (a long problem under one of
    them) on a small screen: each date field still holds its whole text ('10 Nov 2026', never
    '0 Nov 2026')."""
    from PySide6.QtWidgets import QStyle, QStyleOptionFrame

    theme(True)
    window = make_window()
    window.set_high_contrast(True)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    texts = ["10 Nov 2026", "blah", "20 Jan 2027", "2026-10-31", "about 7 weeks ago"]
    for index, text in enumerate(texts):
        row = window.history.rows[0] if index == 0 else window.history.add_row()
        row.product.set_product("botox")
        row.date.set_text(text)
    window.history.rows[2].planned.setChecked(True)
    qtbot.wait(50)
    for row in window.history.rows:
        edit = row.date.edit
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit).width()
        clear = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
        assert inside - clear >= edit.fontMetrics().horizontalAdvance(edit.text()), edit.text()
