"""The whole flow with the keyboard alone (WCAG 2.1.1): typing, Tab, mnemonics, shortcuts, dialogs, a
saved PDF and a page printed through CUPS.

Typing and Tab go to ``QApplication.focusWidget()``, wherever focus really is. Shortcuts and mnemonics
go to the window's ``QWindow``: a key event sent straight to a widget never reaches ``QShortcut`` or a
label's mnemonic (pytest-dev/pytest-qt#254), while ``QTest.keyClick(QWindow)`` takes the window-system
path, as a real key press does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from a11y_support import TODAY, name_of
from capture_queue import jobs, queue_available, queue_idle
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QStyleOptionMenuItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.ui.window.main_window import MainWindow

Modifier = Qt.KeyboardModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifiers: Modifier = Modifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifiers)


def press_keys(window: QWidget, keys: QKeySequence) -> None:
    """A shortcut or mnemonic, through the window system's path."""
    combination = keys[0]
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, combination.key(), combination.keyboardModifiers())


def shown_window(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> MainWindow:
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.history.rows[0].product.hasFocus())
    return window


def enter_row(product: str, when: str, row_date: QWidget) -> None:
    type_text(product)
    press(Qt.Key.Key_Tab)
    assert focused() is row_date, "Tab goes from the product to its date"
    type_text(when)


def save_pdf_by_keyboard(qtbot: QtBot, window: MainWindow, target: Path) -> str:
    """Ctrl+Shift+S, Return for the handout question, then the path typed into the file dialog."""
    assert window.save_pdf_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    actions = window.handout_actions()
    press_keys(window, window.save_pdf_action.shortcut())
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.current_dialog, QInputDialog) and focused().window() is actions.current_dialog
        )
    )
    press(Qt.Key.Key_Return)  # no patient name, the window's language
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.current_dialog, QFileDialog) and focused().window() is actions.current_dialog
        )
    )
    press(Qt.Key.Key_A, Modifier.ControlModifier)  # replace the suggested name
    type_text(str(target))
    with qtbot.waitSignal(actions.pdf_saved):
        press(Qt.Key.Key_Return)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("rows", [1, 2])
def test_from_start_to_a_pdf_with_the_keyboard_alone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path, rows: int
) -> None:
    window = shown_window(qtbot, make_window)
    enter_row("Botox", "10 Nov 2026", window.history.rows[0].date.edit)
    if rows == 2:
        press_keys(window, window.add_row_action.shortcut())  # Ctrl+T
        second = window.history.rows[1]
        assert focused() is second.product
        enter_row("Radiesse", "2 Nov 2026", second.date.edit)
    press_keys(window, QKeySequence("Alt+P"))  # &Proposed date:
    assert focused() is window.proposed.edit
    type_text("1 Dec 2026")
    assert window.plan is not None and len(window.plan.reasons) == rows
    text = save_pdf_by_keyboard(qtbot, window, tmp_path / "plan.pdf")
    assert "Botox" in text and "Tuesday 1 December 2026" in text
    assert rows == 1 or "Radiesse" in text


def test_ctrl_t_adds_a_row_and_puts_the_cursor_in_it(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = shown_window(qtbot, make_window)
    assert window.add_row_action.shortcut() == QKeySequence("Ctrl+T")
    press_keys(window, QKeySequence("Ctrl+T"))
    assert len(window.history.rows) == 2 and focused() is window.history.rows[1].product


def test_every_mnemonic_label_moves_focus_to_its_field(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = shown_window(qtbot, make_window)
    label = window.inputs_panel.proposed_label
    assert "&P" in label.text() and label.buddy() is window.proposed.edit
    label = window.inputs_panel.procedure_label
    assert label.buddy() is window.target_combo
    press_keys(window, QKeySequence.mnemonic(label.text()))
    assert focused() is window.target_combo
    press_keys(window, QKeySequence.mnemonic(window.inputs_panel.proposed_label.text()))
    assert focused() is window.proposed.edit


def tab_cycle(window: MainWindow) -> list[QWidget]:
    start, stops = focused(), []
    for _ in range(80):
        stops.append(focused())
        press(Qt.Key.Key_Tab)
        if focused() is start:
            return stops
    raise AssertionError("Tab never came back to where it started")


def test_tab_follows_the_rows_then_the_results(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = shown_window(qtbot, make_window)
    second = window.history.add_row()
    qtbot.waitUntil(second.isVisible)  # a layout shows a new row once events run
    window.history.rows[0].product.setFocus()
    stops = tab_cycle(window)
    leaves = [
        w for row in window.history.rows for w in (row.product, row.date.edit, row.date.calendar_button)
    ]
    assert [s for s in stops if s in leaves] == leaves
    order = [
        window.history.add_button,
        window.target_combo,
        window.proposed.edit,
        window.timeline,
    ]
    assert [s for s in stops if s in order] == order


def menu_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    return [(m.title(), a) for m in window.window_menus.menus() for a in m.actions() if not a.isSeparator()]


def test_every_shortcut_is_shown_in_its_menu(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = shown_window(qtbot, make_window)
    with_keys = [(menu, a) for menu, a in menu_actions(window) if not a.shortcut().isEmpty()]
    assert len(with_keys) >= 10
    for menu_title, action in with_keys:
        menu = next(m for m in window.window_menus.menus() if m.title() == menu_title)
        option = QStyleOptionMenuItem()
        menu.initStyleOption(option, action)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert option.text.endswith("\t" + keys), f"{action.text()} shows {option.text!r}"


def test_every_window_shortcut_is_in_a_menu_and_none_is_used_twice(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    window = shown_window(qtbot, make_window)
    in_menus = {a for _, a in menu_actions(window)}
    keyed = [a for a in window.actions() if not a.shortcut().isEmpty()]
    assert set(keyed) <= in_menus
    keys = [a.shortcut().toString() for a in keyed]
    assert len(keys) == len(set(keys))
    assert window.window_menus.high_contrast.shortcut() == QKeySequence("Ctrl+Shift+H")


def test_the_proposed_date_needs_no_mouse(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    """The timeline takes focus and moves the proposed day with the arrow keys."""
    window = shown_window(qtbot, make_window)
    enter_row("Botox", "10 Nov 2026", window.history.rows[0].date.edit)
    window.timeline.setFocus()
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Right)
    assert window.proposed_date() is not None and window.proposed_date() > TODAY


def test_every_tab_stop_has_a_name(qtbot: QtBot, make_window: Callable[[], MainWindow]) -> None:
    window = shown_window(qtbot, make_window)
    unnamed = [type(w).__name__ for w in tab_cycle(window) if not name_of(w, window)]
    assert not unnamed


@pytest.mark.service
def test_from_start_to_a_printed_page_with_the_keyboard_alone(
    qtbot: QtBot, make_window: Callable[[], MainWindow], require_service: Callable[[str, bool, str], None]
) -> None:
    """Ctrl+P, Return for the handout question, the printer chosen by typing its name, Return: a job
    reaches the real CUPS capture queue."""
    require_service("CUPS capture queue", queue_available(), "run .ci/print-setup.sh")
    window = shown_window(qtbot, make_window)
    enter_row("Botox", "10 Nov 2026", window.history.rows[0].date.edit)
    actions = window.handout_actions()
    before = jobs()
    press_keys(window, window.print_action.shortcut())  # Ctrl+P
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.current_dialog, QInputDialog) and focused().window() is actions.current_dialog
        )
    )
    type_text("Jane Roe")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            isinstance(actions.current_dialog, QPrintDialog) and focused().window() is actions.current_dialog
        )
    )
    printers = focused()
    assert isinstance(printers, QComboBox), f"the print dialog opens on {type(printers).__name__}"
    type_text("Capture")  # keyboard search in the printer list
    assert printers.currentText() == "Capture"
    with qtbot.waitSignal(actions.printed, timeout=10_000):
        press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(jobs() - before) and queue_idle(), timeout=20_000)
    (job,) = jobs() - before
    text = " ".join(page.extract_text() for page in PdfReader(job).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "Prepared for: Jane Roe" in text and "Botox" in text
