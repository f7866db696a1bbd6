"""Screening at the desk, answered with real keys: the verdict, the Why panel and the handout say what a
yes adds, the answers follow the next treatment, and New patient clears them (its undo brings them back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from desk_support import desk_window
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gui.handout.text import main_message, screening_html
from gui.ui.widgets.side_panels import why_html
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 5)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    with desk_window(qtbot, TODAY) as win:
        row = win.history.rows[0]
        row.product.set_product("botox")
        QTest.keyClicks(row.date.edit, "1 Nov 2026")
        yield win


def answer(window: MainWindow, item_id: str, key: Qt.Key) -> None:
    """Focus the question's answer and press a key, as staff do: Y for yes, N for no."""
    box = window.inputs_panel.screening.boxes[item_id]
    box.setFocus()
    QTest.keyClick(box, key)


def test_the_questions_follow_the_next_treatment(window: MainWindow) -> None:
    screening = window.inputs_panel.screening
    assert list(screening.boxes) == [
        "active-infection", "sunburn", "isotretinoin", "pregnant", "blood-thinners", "keloids",
        "cold-sores", "retinoid",
    ]  # fmt: skip
    assert screening.labels["sunburn"].text() == "Is the skin in the area sunburned now?"
    window.set_target("rf-microneedling")
    assert "implant" in screening.boxes
    window.set_target("botox")
    assert list(screening.boxes) == ["active-infection", "pregnant", "blood-thinners"]


def test_a_yes_keeps_the_date_and_says_not_today_everywhere(window: MainWindow) -> None:
    before = window.plan
    assert before is not None
    answer(window, "active-infection", Qt.Key.Key_Y)
    plan = window.plan
    assert plan is not None and plan.screening_effect == "not-today"
    assert (plan.earliest, plan.bookable, plan.verdict) == (before.earliest, before.bookable, before.verdict)
    verdict = window.headline.verdict_label.text()
    assert "Ideal — not while it applies." in verdict and "Not while it applies: an infection" in verdict
    assert window.headline.verdict_frame.property("verdict") == "not-today"
    assert "Screening answered yes" in why_html(plan, lang="en")
    assert "An infection, a cold sore or an open wound in the area — Not today" in why_html(plan, lang="en")
    paper = screening_html(plan, "en")
    assert paper is not None and "Tell your practitioner about" in paper
    assert "no treatment while it applies. Needles can spread an infection" in paper  # and why
    assert "sunburn" not in paper  # only the yes ones
    assert main_message(plan, "en").tag == "✖ Ideal — not while it applies"
    assert "Not while it applies" in window.timeline.accessibleDescription()


def test_no_and_not_asked_change_nothing(window: MainWindow) -> None:
    before = window.plan
    answer(window, "isotretinoin", Qt.Key.Key_N)
    assert window.inputs_panel.screening.boxes["isotretinoin"].currentText() == "No"
    assert window.plan == before and window.headline.verdict_frame.property("verdict") == "ideal"


def test_ask_first_is_the_lavender_state_and_the_strongest_effect_wins(window: MainWindow) -> None:
    answer(window, "isotretinoin", Qt.Key.Key_Y)
    assert window.headline.verdict_frame.property("verdict") == "ask-first"
    assert "Ideal — ask the practitioner first." in window.headline.verdict_label.text()
    answer(window, "sunburn", Qt.Key.Key_Y)
    assert window.plan is not None and window.plan.screening_effect == "not-today"
    assert window.headline.verdict_frame.property("verdict") == "not-today"


def test_an_answer_for_a_question_not_asked_now_is_kept_but_not_counted(window: MainWindow) -> None:
    window.set_target("rf-microneedling")
    answer(window, "implant", Qt.Key.Key_Y)
    assert window.plan is not None and [i.id for i in window.plan.screening] == ["implant"]
    window.set_target("microneedling")
    assert window.plan is not None and window.plan.screening == ()
    window.set_target("rf-microneedling")
    assert window.plan is not None and [i.id for i in window.plan.screening] == ["implant"]


def test_new_patient_clears_the_answers_and_undo_brings_them_back(window: MainWindow) -> None:
    answer(window, "pregnant", Qt.Key.Key_Y)
    window.new_patient()
    screening = window.inputs_panel.screening
    assert screening.answers() == {} and screening.boxes["pregnant"].currentText() == "Not asked"
    window.undo_entries()
    assert screening.answers() == {"pregnant": "yes"}
    assert window.plan is not None and window.plan.screening_effect == "ask-first"


def test_only_answers_make_a_desk_that_is_not_empty(window: MainWindow) -> None:
    window.new_patient()
    window.undo_stack.clear()
    answer(window, "sunburn", Qt.Key.Key_Y)
    assert not window.inputs().is_empty  # New patient will ask to be undone, not lose the answer silently
    window.new_patient()
    assert window.undo_stack.canUndo()


def test_tab_reaches_the_questions_after_the_proposed_date(window: MainWindow) -> None:
    window.proposed.edit.setFocus()
    QTest.keyClick(window.proposed.edit, Qt.Key.Key_Tab)
    focus = window.focusWidget()
    calendar = window.proposed.calendar_button
    if focus is calendar:  # the calendar button beside the field, then the first question
        QTest.keyClick(calendar, Qt.Key.Key_Tab)
        focus = window.focusWidget()
    assert focus is window.inputs_panel.screening.boxes["active-infection"]


def _wheel(widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel over ``widget`` as a person scrolling the questions does."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_past_the_answers_and_never_changes_one(window: MainWindow, qtbot: QtBot) -> None:
    screening = window.inputs_panel.screening
    box = screening.boxes["active-infection"]
    window.history.rows[0].date.edit.setFocus()
    for notches in (1, 1, -1, -1, 3):
        _wheel(box, notches)
        assert box.currentText() == "Not asked" and not box.hasFocus()  # nor gives it the focus
    answer(window, "active-infection", Qt.Key.Key_Y)
    window.history.rows[0].date.edit.setFocus()
    _wheel(box, -1)  # scrolling back up over a yes leaves it a yes
    assert box.currentText() == "Yes"
    assert window.plan is not None and window.plan.screening_effect == "not-today"
    sessions = window.inputs_panel.sessions
    before = sessions.value()
    _wheel(sessions, 2)  # and the number of sessions, passed over while scrolling, stays
    assert sessions.value() == before
    box.setFocus()  # just answered, the pointer still on it: the wheel still leaves it alone
    _wheel(box, 1)
    assert box.currentText() == "Yes" and box.hasFocus()
    product = window.history.rows[0].product
    product.setFocus()
    _wheel(product, 2)  # nor does it change a treatment's product
    assert product.currentText() == "Botox"
