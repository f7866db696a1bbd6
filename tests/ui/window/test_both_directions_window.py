"""Both directions at the desk, typed with real keys: any next treatment, planned rows, the four dates.

"I had microneedling last Saturday — when can I have Botox? And I have filler booked for the 20th."
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from desk_support import desk_window
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.core import Stage, Verdict, load_policy_or_raise
from gui.core.resources import default_policy_path
from gui.drawing.layout import MarkKind
from gui.handout.text import main_message
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 1)  # a Tuesday


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    with desk_window(qtbot, TODAY) as win:
        qtbot.waitUntil(lambda: win.history.rows[0].product.hasFocus())
        yield win


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def keys(text: str) -> None:
    QTest.keyClicks(focused(), text)


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    # An open completer list has the keyboard, as on a real desk (it hands Tab and Enter on).
    QTest.keyClick(QApplication.activePopupWidget() or focused(), key, modifiers)


def mnemonic(window: MainWindow, text: str) -> None:
    combination = QKeySequence.mnemonic(text)[0]
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, combination.key(), combination.keyboardModifiers())


def type_row(window: MainWindow, number: int, product: str, when: str) -> None:
    row = window.history.rows[number - 1]
    row.product.setFocus()
    keys(product)
    press(Qt.Key.Key_Tab)
    assert focused() is row.date.edit
    keys(when)


def choose_next(window: MainWindow, typed: str) -> None:
    """Alt+N, then the name's first letters, as in any list."""
    # A closed completer list leaves the offscreen platform without an active window; a desktop's
    # window manager gives the activation back, as here.
    window.activateWindow()
    for _ in range(100):
        if window.isActiveWindow():
            break
        QTest.qWait(20)
    mnemonic(window, window.inputs_panel.procedure_label.text())
    assert focused() is window.target_combo
    keys(typed)


def test_the_next_treatment_lists_every_procedure_grouped_as_the_products(window: MainWindow) -> None:
    combo = window.target_combo
    chosen = [combo.itemData(i, Qt.ItemDataRole.UserRole) for i in range(combo.count())]
    headers = [combo.itemText(i) for i, value in enumerate(chosen) if value is None]
    # The usual question first, then the injections grouped by class.
    assert chosen[:2] == ["microneedling", "rf-microneedling"]
    assert headers == [
        "Neurotoxin", "Long-acting neurotoxin", "Hyaluronic-acid filler", "Biostimulator filler",
    ]  # fmt: skip
    policy = load_policy_or_raise(default_policy_path())
    assert {value for value in chosen if value} == set(policy.next_treatments)
    header = combo.model().index(chosen.index(None), 0)
    assert not combo.model().flags(header) & Qt.ItemFlag.ItemIsEnabled  # a class cannot be chosen
    assert window.target() == "microneedling"


def test_the_mirror_question_typed_at_the_desk(window: MainWindow, qtbot: QtBot) -> None:
    type_row(window, 1, "microneedling", "28 Nov 2026")
    choose_next(window, "Bo")
    assert window.target() == "botox"
    plan = window.plan
    assert plan is not None and plan.target == "botox"
    assert (plan.earliest, plan.recommended) == (date(2026, 12, 5), date(2026, 12, 8))
    headline = window.headline
    assert headline.earliest_label.text() == "Earliest date for Botox: Saturday 5 December 2026 — in 4 days"
    assert "Recommended from Tuesday 8 December 2026" in headline.limits_label.text()

    # Between the minimum and the preferred wait: within policy, ask the practitioner first.
    window.proposed.edit.setFocus()
    keys("6 Dec 2026")
    assert window.plan is not None and window.plan.verdict is Verdict.BEFORE_RECOMMENDED
    assert headline.verdict_frame.property("verdict") == "before-recommended"
    assert "ask the practitioner first" in headline.verdict_label.text()

    # The handout says the mirror question plainly, with the injection's own texts.
    message = main_message(window.plan)
    assert message.tag.endswith("Within policy, before the recommended date")
    unproposed = window.plan
    window.proposed.edit.clear()
    assert window.plan is not None and window.plan is not unproposed
    assert main_message(window.plan).lead == "Your Botox can be on or after:"
    assert window.panels.benefits.toPlainText().count("injection") >= 1


def test_a_future_row_is_refused_until_it_is_marked_planned(window: MainWindow, qtbot: QtBot) -> None:
    type_row(window, 1, "microneedling", "28 Nov 2026")
    choose_next(window, "Bo")
    window.add_row_action.trigger()
    qtbot.waitUntil(lambda: len(window.history.rows) == 2 and window.history.rows[1].isVisible())
    type_row(window, 2, "botox", "1 Apr 2027")  # the next Botox, booked: 90 days after this one
    press(Qt.Key.Key_Tab)
    second = window.history.rows[1]
    assert second.product.product_id() == "botox"
    assert window.plan is None  # an unmarked future date is not understood: no date anywhere
    assert "tick Planned" in window.problems[0].what
    assert window.headline.earliest_label.text().startswith("Check row 2:")

    # Tab along the row to Planned and tick it with the space bar.
    for _ in range(6):
        if focused() is second.planned:
            break
        press(Qt.Key.Key_Tab)
    assert focused() is second.planned
    press(Qt.Key.Key_Space)
    assert second.planned.isChecked() and second.property("planned") is True
    plan = window.plan
    assert plan is not None and [p.product.id for p in plan.planned] == ["botox"]
    assert plan.latest == date(2027, 1, 1)  # 90 days before 1 Apr 2027
    assert "Latest date for Botox: Friday 1 January 2027" in window.headline.limits_label.text()
    assert second.date.echo.text().endswith("· planned")
    assert second.accessibleName() == "Planned treatment 2"

    # The timeline draws it as a ring with "(planned)", and the latest day as its own line.
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None
    rings = [m for m in geometry.treatments if m.kind is MarkKind.PLANNED]
    assert len(rings) == 1 and rings[0].label is not None and "(planned)" in rings[0].label.text
    assert [m.day for m in geometry.markers if m.kind is MarkKind.LATEST] == [date(2027, 1, 1)]
    assert any(b.stage is Stage.CONFLICTS_WITH_PLANNED for b in geometry.bands)  # its gap, hatched

    # A proposed day after the latest is too late for the planned Botox.
    window.proposed.edit.setFocus()
    keys("2 Jan 2027")
    assert window.plan is not None and window.plan.verdict is Verdict.CONFLICTS_WITH_PLANNED

    # Unticked again: the future date is an error once more, and no answer is shown.
    second.planned.setFocus()
    press(Qt.Key.Key_Space)
    assert window.plan is None and "tick Planned" in window.problems[0].what


def test_a_booked_filler_does_not_bound_a_botox(window: MainWindow, qtbot: QtBot) -> None:
    """Toxin and filler may be the same day in either order: a filler booked on 20 Dec leaves a Botox
    on 22 Dec within policy, and the headline says the filler needs no wait either way."""
    type_row(window, 1, "microneedling", "28 Nov 2026")
    choose_next(window, "Bo")
    second = window.history.add_row()
    qtbot.waitUntil(second.isVisible)
    second.planned.setChecked(True)
    type_row(window, 2, "ha-filler", "20 Dec 2026")
    window.proposed.edit.setFocus()
    keys("22 Dec 2026")
    assert window.plan is not None and window.plan.verdict is Verdict.CLEAR and window.plan.latest is None
    assert "needs no wait before or after the Botox" in window.headline.limits_label.text()


def test_an_unmarked_coming_day_without_a_year_says_to_tick_planned(window: MainWindow) -> None:
    type_row(window, 1, "botox", "20 Dec")  # no year: read as a past treatment, it would be a year ago
    assert window.plan is None
    assert window.problems[0].what.endswith("For a treatment already booked, tick Planned.")


def test_a_planned_row_must_be_one_day_from_today_on(window: MainWindow, qtbot: QtBot) -> None:
    second = window.history.add_row()
    qtbot.waitUntil(second.isVisible)
    second.planned.setChecked(True)
    type_row(window, 2, "botox", "Dec 2026")
    assert window.plan is None and "whole month" in window.problems[0].what
    second.date.edit.clear()
    keys("25 Nov 2026")
    assert window.plan is None and "before today" in window.problems[0].what
    second.date.edit.clear()
    keys("in 2 weeks")
    assert window.plan is not None and window.plan.planned[0].treatment.on == date(2026, 12, 15)
