"""Calendar edges typed into the real window: a one-line refusal where they were typed, no plan left
over from before, no error dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from gui.core import load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.store.settings import ClinicSettings
from gui.ui.window.main_window import MainWindow
from gui.ui.window.printing import HandoutQuestion

TODAY = date(2026, 11, 24)


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    win = MainWindow(
        load_policy_or_raise(default_policy_path()), today=TODAY, settings=ClinicSettings(date_order="dmy")
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def type_over(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("0001-01-01", "before 1 Jan 1990"),
        ("1989-12-31", "before 1 Jan 1990"),
        ("9999-12-31", "after today"),
        ("9000 years ago", "too far away"),
    ],
)
def test_an_injection_date_outside_the_range_leaves_no_plan(window: MainWindow, text: str, said: str) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    type_over(row.date.edit, "2026-11-10")
    assert window.plan is not None  # a plan that must not survive the next edit
    type_over(row.date.edit, text)
    assert window.plan is None
    assert said in row.date.error and "\n" not in row.date.error
    assert window.headline.earliest_label.text().startswith("Check row 1")
    assert not any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize("text", ["in 100 years", "2031-11-25", "9999-12-31", "in 9000 years"])
def test_a_proposed_date_beyond_5_years_leaves_no_verdict(window: MainWindow, text: str) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    type_over(row.date.edit, "2026-11-10")
    type_over(window.proposed.edit, text)
    assert window.plan is None
    assert window.proposed.error and "\n" not in window.proposed.error
    assert not window.headline.verdict_frame.isVisible()


def test_the_patient_name_field_holds_80_characters(qtbot: QtBot) -> None:
    question = HandoutQuestion(None, "en")
    qtbot.addWidget(question)
    field = question.findChild(QLineEdit)
    assert field is not None and field.maxLength() == 80
    field.setFocus()
    QTest.keyClicks(field, "x" * 100)
    assert len(question.textValue()) == 80
    assert "80 characters" in question.labelText()
