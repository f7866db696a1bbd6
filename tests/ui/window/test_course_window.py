"""A course of sessions at the desk, typed with real keys: the window, the Why panel and the handout agree."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import icalendar
import pytest
from desk_support import desk_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gui.core import format_long
from gui.handout.text import course_html
from gui.ui.widgets.side_panels import why_html
from gui.ui.window.main_window import MainWindow

TODAY = date(2026, 12, 5)
SESSIONS = [date(2026, 12, 5), date(2027, 1, 2), date(2027, 1, 30)]


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    with desk_window(qtbot, TODAY) as win:
        yield win


def test_three_sessions_typed_at_the_desk(window: MainWindow) -> None:
    _three_sessions(window)
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


def _three_sessions(window: MainWindow) -> None:
    row = window.history.rows[0]
    row.product.set_product("botox")
    QTest.keyClicks(row.date.edit, "20 Nov 2026")
    spin = window.inputs_panel.sessions
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "3")


def _dates(window: MainWindow) -> list[date]:
    assert window.plan is not None and window.plan.course is not None
    return [s.date for s in window.plan.course.sessions]


def test_the_move_row_works_only_for_a_course_and_offers_its_sessions(window: MainWindow) -> None:
    panel = window.inputs_panel
    assert panel.move_row.isVisible() and not panel.move_row.isEnabled()  # greyed: nothing jumps
    y = panel.proposed.mapTo(window, panel.proposed.rect().topLeft()).y()
    _three_sessions(window)
    assert panel.move_row.isEnabled()
    assert panel.proposed.mapTo(window, panel.proposed.rect().topLeft()).y() == y
    model = panel.move_which.model()
    offered = [panel.move_which.itemData(i) for i in range(model.rowCount()) if model.item(i).isEnabled()]
    assert offered == [2, 3]
    window.set_target("botox")
    assert not panel.move_row.isEnabled()
    assert "such as microneedling" in panel.sessions.toolTip()  # why the Sessions box is greyed


def test_typing_a_day_for_session_two_places_the_ones_after_it_again(window: MainWindow) -> None:
    _three_sessions(window)
    panel = window.inputs_panel
    QTest.keyClick(panel.sessions, Qt.Key.Key_Tab)  # Sessions → Move session (the session box)
    assert panel.move_which.hasFocus() and panel.move_which.currentData() == 2
    QTest.keyClick(panel.move_which, Qt.Key.Key_Tab)
    assert panel.move_to.edit.hasFocus()
    QTest.keyClicks(panel.move_to.edit, "10 Jan 2027")
    assert _dates(window) == [date(2026, 12, 5), date(2027, 1, 10), date(2027, 2, 7)]
    assert "Moved by hand" in why_html(window.plan, lang="en")  # type: ignore[arg-type]
    assert window.headline.warning_label.isHidden()


def test_a_session_moved_too_early_is_flagged_everywhere(window: MainWindow) -> None:
    _three_sessions(window)
    panel = window.inputs_panel
    panel.move_to.edit.setFocus()
    QTest.keyClicks(panel.move_to.edit, "20 Dec 2026")
    plan = window.plan
    assert plan is not None and plan.course is not None
    assert _dates(window)[1] == date(2026, 12, 20) and plan.course.sessions[1].too_early
    flag = (
        "Session 2 on Sun 20 Dec 2026 is too early for the course. The first day that fits is Sat 2 Jan 2027."
    )
    label = window.headline.course_label
    assert f"⚠ {flag}" == label.text() and label.isVisible() and label.property("state") == "error"
    assert flag in window.timeline.accessibleDescription()
    geometry = window.timeline.timeline_geometry()
    assert geometry is not None and [s.flagged for s in geometry.sessions] == [False, True, False]
    window.save_pdf_action.trigger()  # no paper carries a day no appointment can be on
    box = window.handout_actions().current_dialog
    fix = "Under Move session, choose a day that fits, or empty the date to let the policy place it."
    assert isinstance(box, QMessageBox) and box.text() == f"No handout yet. {flag} {fix}"
    box.done(0)
    assert window.inputs_panel.move_to.edit.hasFocus()


def test_no_green_verdict_or_tick_beside_a_session_flagged_red(window: MainWindow) -> None:
    """Session 1's own verdict is kept, but the frame says the course cannot be booked, and the day
    typed under Move session carries the flag, not a ✓; typed to a day that fits, both come back."""
    _three_sessions(window)
    assert window.headline.verdict_frame.property("verdict") == "ideal"
    panel = window.inputs_panel
    panel.move_to.edit.setFocus()
    QTest.keyClicks(panel.move_to.edit, "20 Dec 2026")
    frame, verdict = window.headline.verdict_frame, window.headline.verdict_label.text()
    assert frame.property("verdict") == "session-does-not-fit" and window.headline.verdict_icon.text() == "✖"
    assert verdict.startswith("<b>Ideal — session 2 does not fit.</b>")
    assert "The course cannot be booked as it stands: move session 2 to a day that fits." in verdict
    echo = panel.move_to.echo
    assert echo.text().startswith("⚠ Sun 20 Dec 2026") and "✓" not in echo.text()
    assert "Session 2 on Sun 20 Dec 2026 is too early for the course." in echo.text()
    assert echo.property("state") == "error"
    assert "session 2 does not fit" in window.headline.spoken()
    for _ in "20 Dec 2026":
        QTest.keyClick(panel.move_to.edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(panel.move_to.edit, "9 Jan 2027")
    assert frame.property("verdict") == "ideal" and window.headline.verdict_icon.text() == "✔"
    assert echo.text().startswith("✓ Sat 9 Jan 2027") and echo.property("state") == "ok"


def test_a_move_that_is_not_understood_gives_no_answer_and_keeps_the_text(window: MainWindow) -> None:
    _three_sessions(window)
    panel = window.inputs_panel
    panel.move_to.edit.setFocus()
    QTest.keyClicks(panel.move_to.edit, "10 Jaz")
    assert window.plan is None
    assert window.headline.earliest_label.text().startswith("Check the moved session:")
    assert panel.move_to.text() == "10 Jaz"
    QTest.keyClick(panel.move_to.edit, Qt.Key.Key_Backspace)
    QTest.keyClick(panel.move_to.edit, Qt.Key.Key_Backspace)
    QTest.keyClicks(panel.move_to.edit, "an 2027")
    assert _dates(window)[1] == date(2027, 1, 10)


def test_a_move_for_a_session_the_course_no_longer_has_is_named(window: MainWindow, qtbot: QtBot) -> None:
    _three_sessions(window)
    panel = window.inputs_panel
    panel.move_which.setCurrentIndex(panel.move_which.findData(3))
    panel.move_to.edit.setFocus()
    QTest.keyClicks(panel.move_to.edit, "1 Feb 2027")
    assert _dates(window)[2] == date(2027, 2, 1)
    panel.sessions.setValue(2)  # session 3 is gone: the typed day must not move session 2 instead
    assert window.plan is None
    assert "there is no session 3 in 2 sessions" in window.headline.earliest_label.text()
    panel.sessions.setValue(1)  # no course: the row is greyed and not read
    assert not panel.move_row.isEnabled() and window.plan is not None and window.plan.course is None


def _drag_session(window: MainWindow, index: int, day: date) -> QPoint:
    """Press on a session's circle and move the pointer to ``day``; the point to release at."""
    timeline = window.timeline
    geometry = timeline.timeline_geometry()
    assert geometry is not None
    mark = geometry.sessions[index]
    start = QPoint(round(mark.x), round(mark.box.y + mark.box.height / 2))
    target = timeline.point_at(geometry.scale.x_mid(day))
    QTest.mousePress(timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(timeline, target)
    return target


def test_dragging_a_session_on_the_timeline_types_its_day(window: MainWindow, qtbot: QtBot) -> None:
    _three_sessions(window)
    target = _drag_session(window, 1, date(2027, 1, 9))
    QTest.mouseRelease(window.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    panel = window.inputs_panel
    assert panel.move_which.currentData() == 2 and panel.move_to.text() == "9 Jan 2027"
    assert _dates(window) == [date(2026, 12, 5), date(2027, 1, 9), date(2027, 2, 6)]
    assert window.proposed.text() == ""  # a drag of a session is not a click proposing a day


def test_new_patient_clears_the_move_and_undo_brings_it_back(window: MainWindow) -> None:
    _three_sessions(window)
    panel = window.inputs_panel
    panel.move_to.edit.setFocus()
    QTest.keyClicks(panel.move_to.edit, "10 Jan 2027")
    window.new_patient()
    assert panel.move_to.text() == "" and panel.sessions.value() == 1
    window.undo_entries()
    assert panel.move_to.text() == "10 Jan 2027" and _dates(window)[1] == date(2027, 1, 10)


def _save_calendar(window: MainWindow, path: Path, language: str = "English") -> str:
    """Save the calendar through its two dialogs; the file name the save dialog offered."""
    actions = window.calendar_actions()
    window.save_calendar_action.trigger()
    dialog = actions.current_dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue(language)
    dialog.accept()
    files = actions.current_dialog
    assert isinstance(files, QFileDialog) and files.defaultSuffix() == "ics"
    offered = Path(files.selectedFiles()[0]).name
    files.fileSelected.emit(str(path))
    return offered


def _event_days(path: Path) -> list[tuple[str, date]]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return [(str(e["SUMMARY"]), e.decoded("DTSTART")) for e in calendar.walk("VEVENT")]


def test_file_save_calendar_writes_the_sessions_and_next_toxin(window: MainWindow, tmp_path: Path) -> None:
    _three_sessions(window)
    window.inputs_panel.move_to.edit.setFocus()
    QTest.keyClicks(window.inputs_panel.move_to.edit, "10 Jan 2027")
    path = tmp_path / "course.ics"
    assert _save_calendar(window, path) == f"microneedling-sessions-{date.today().isoformat()}.ics"
    days = _event_days(path)
    assert [day for _, day in days] == [*_dates(window), date(2027, 2, 18)]
    assert days[1][0] == "Microneedling: session 2 of 3"
    assert window.statusBar().currentMessage().startswith("Calendar saved:")


def test_the_calendar_speaks_the_language_chosen_for_it(window: MainWindow, tmp_path: Path) -> None:
    _three_sessions(window)
    path = tmp_path / "curso.ics"
    assert _save_calendar(window, path, "Español") == f"sesiones-microneedling-{date.today().isoformat()}.ics"
    summaries = [summary for summary, _ in _event_days(path)]
    assert summaries[0].startswith("Microneedling: sesión 1 de 3"), summaries


def test_no_calendar_while_a_session_breaks_a_rule(window: MainWindow, tmp_path: Path) -> None:
    _three_sessions(window)
    window.inputs_panel.move_to.edit.setFocus()
    QTest.keyClicks(window.inputs_panel.move_to.edit, "20 Dec 2026")
    window.save_calendar_action.trigger()
    box = window.calendar_actions().current_dialog
    assert isinstance(box, QMessageBox)
    assert "Session 2 on Sun 20 Dec 2026 is too early" in box.text()
    box.done(0)
    assert window.inputs_panel.move_to.edit.hasFocus()
    assert list(tmp_path.iterdir()) == []


def test_a_toxin_visit_has_no_course_calendar(window: MainWindow) -> None:
    window.set_target("botox")
    window.save_calendar_action.trigger()
    box = window.calendar_actions().current_dialog
    assert isinstance(box, QMessageBox)
    assert "choose one of: Microneedling, RF microneedling" in box.text()


def test_dragging_session_one_proposes_the_day_it_is_dropped_on(window: MainWindow) -> None:
    _three_sessions(window)
    target = _drag_session(window, 0, date(2026, 12, 12))
    assert window.proposed.text() == ""  # nothing is proposed until the circle is dropped
    QTest.mouseRelease(window.timeline, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert window.proposed.text() == "12 Dec 2026"
    assert _dates(window)[0] == date(2026, 12, 12)


def test_no_calendar_while_a_screening_answer_says_not_today(window: MainWindow, tmp_path: Path) -> None:
    _three_sessions(window)
    box = window.inputs_panel.screening.boxes["sunburn"]
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End)  # Yes
    window.save_calendar_action.trigger()
    refusal = window.calendar_actions().current_dialog
    assert isinstance(refusal, QMessageBox)
    assert "No calendar file while a screening answer says not today (sunburn in the area)" in refusal.text()
    refusal.done(0)
    assert box.hasFocus()  # back on the answer that says no
    assert list(tmp_path.iterdir()) == []
