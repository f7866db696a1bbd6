"""Every control a person can reach has a name a screen reader can say (WCAG 1.3.1, 4.1.2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from a11y_support import TODAY, fill_realistic_plan, name_of
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gui.core.resources import default_policy_path
from gui.store.policies import PolicyStore
from gui.store.settings import ClinicSettings
from gui.ui.dialogs import SettingsDialog
from gui.ui.widgets.timeline import TimelineWidget
from gui.ui.window.main_window import MainWindow
from gui.ui.window.policy_files import policy_editor

CONTROLS = (
    QAbstractButton,  # push and tool buttons, check boxes, radio buttons
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,  # and so QTextBrowser
    QAbstractItemView,  # tables and lists
    TimelineWidget,
)
# Parts Qt builds inside another control: a screen reader meets the outer control, which is checked.
INNER_PARTS = (
    QComboBox, QAbstractSpinBox, QLineEdit, QTabBar, QCalendarWidget, QAbstractItemView, QMenuBar
)  # fmt: skip


def own_controls(top: QWidget) -> list[QWidget]:
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.window() is not top:
            continue
        parent = widget.parentWidget()
        inner = any(isinstance(p, INNER_PARTS) for p in _ancestors(parent, top))
        if not inner:
            found.append(widget)
    return found


def _ancestors(widget: QWidget | None, top: QWidget) -> list[QWidget]:
    chain = []
    while widget is not None and widget is not top:
        chain.append(widget)
        widget = widget.parentWidget()
    return chain


def assert_all_named(top: QWidget, at_least: int) -> None:
    controls = own_controls(top)
    assert len(controls) >= at_least, "the walk found the controls"
    unnamed = [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', str)()!r}" for w in controls
               if not name_of(w, top)]  # fmt: skip
    assert not unnamed, f"{type(top).__name__}: controls without a name: {unnamed}"


def test_every_control_of_the_main_window_has_a_name(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    fill_realistic_plan(window)
    window.banner.set_messages(["The clinic settings file could not be read."])
    window.show()
    assert_all_named(window, at_least=30)


def test_a_control_without_a_name_is_found(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    stray = QLineEdit(window.inputs_panel)
    assert not name_of(stray, window)
    stray.setAccessibleName("Notes")
    assert name_of(stray, window) == "Notes"


def test_the_unlabelled_looking_controls_have_their_own_names(make_window: Callable[[], MainWindow]) -> None:
    """Controls that show a symbol or nothing at all: their names are the ones set in code."""
    window = make_window()
    row = window.history.rows[0]
    assert row.remove_button.accessibleName() == "Remove treatment 1"
    assert row.date.calendar_button.accessibleName() == "Treatment date: pick from a calendar"
    assert row.product.accessibleName() == "Product"
    assert window.timeline.accessibleName() == "Treatment timeline"
    assert window.banner.dismiss.accessibleName() == "Hide this notice"
    assert [window.panels.widget(i).accessibleName() for i in range(4)] == [
        "Benefits", "Risks", "Why this date", "About these treatments"
    ]  # fmt: skip


def test_every_control_of_the_settings_dialog_has_a_name(qtbot: QtBot) -> None:
    dialog = SettingsDialog(ClinicSettings(), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert_all_named(dialog, at_least=15)


def test_every_control_of_the_policy_editor_has_a_name(qtbot: QtBot, tmp_path: Path) -> None:
    store = PolicyStore(tmp_path, default_policy_path())
    active = store.active()
    editor = policy_editor(store, active, today=TODAY)
    qtbot.addWidget(editor)
    editor.show()
    assert_all_named(editor, at_least=12)


def test_the_timeline_says_the_plan_and_follows_it(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    fill_realistic_plan(window)
    said = window.timeline.accessibleDescription()
    for fact in ("Today Tue 24 Nov 2026", "Botox on 10 Nov 2026", "Radiesse on 2 Nov 2026", "Proposed date"):
        assert fact in said
    window.proposed.set_text("")
    assert "Proposed date" not in window.timeline.accessibleDescription()
