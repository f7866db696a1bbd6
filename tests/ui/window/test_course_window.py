"""A course of sessions at the desk, typed with real keys: the window, the Why panel and the handout agree."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui.core import format_long, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.handout.text import course_html
from gui.store.settings import ClinicSettings
from gui.ui.widgets.side_panels import why_html
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 5)
SESSIONS = [date(2026, 12, 5), date(2027, 1, 2), date(2027, 1, 30)]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    win = MainWindow(
        load_policy_or_raise(default_policy_path()), today=TODAY, settings=ClinicSettings(date_order="dmy")
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    QLocale.setDefault(QLocale.c())


def test_three_sessions_typed_at_the_desk(window: MainWindow) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    QTest.keyClicks(row.date.edit, "20 Nov 2026")
    spin = window.inputs_panel.sessions
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "3")
    plan = window.plan
    assert plan is not None and plan.course is not None
    assert [s.date for s in plan.course.sessions] == SESSIONS
    assert plan.course.next_toxin is not None and plan.course.next_toxin.date == date(2027, 2, 18)
    limits = window.headline.limits_label.text()
    assert "Sessions: Sat 5 Dec 2026, Sat 2 Jan 2027, Sat 30 Jan 2027." in limits
    assert "Next Botox visit: Thursday 18 February 2027" in limits
    why = why_html(plan, lang="en")
    assert "Course of sessions" in why and "at least 28 days after session 1" in why
    paper = course_html(plan, "en")
    assert paper is not None and all(format_long(day, "en") in paper for day in SESSIONS)
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None and [s.day for s in geometry.sessions] == SESSIONS


def test_sessions_only_for_a_treatment_with_a_course(window: MainWindow) -> None:
    spin = window.inputs_panel.sessions
    spin.setValue(4)
    window.set_target("botox")
    assert not spin.isEnabled() and window.inputs_panel.session_count() == 1
    assert window.plan is not None and window.plan.course is None
    window.set_target("rf-microneedling")
    assert spin.isEnabled() and window.plan is not None and window.plan.course is not None
    assert len(window.plan.course.sessions) == 4
    assert QApplication.instance() is not None
